"""Web-service throughput on loopback, with request verification off and on, on the
development server and on the production server, in the same run.

Serves ``skill.webservice.create_app`` on a free 127.0.0.1 port, with werkzeug's threaded server
(``echoppe serve``) and with gunicorn as ``make serve-prod`` runs it (``gunicorn.conf.py``: gthread
workers, here ``--workers`` of them), and posts signed Alexa envelopes over keep-alive
``http.client`` connections, one per client thread. The skill is a one-handler skill, so the figures measure the web layer (Flask, JSON,
envelope parsing and, when on, the signature, certificate and timestamp checks), not the
conversation. Certificates come from a PKI generated at start-up; the certificate "fetch" is a
dict, so the first request validates the chain and the others hit the cache, as in production.

gunicorn serves :func:`served` in its workers, which rebuild the same app from the PKI the
parent wrote to a temporary folder (``BENCH_PKI``).

Run: ``python -m bench.webservice [--requests 500] [--clients 4] [--workers 2]``.
"""

from __future__ import annotations

import argparse
import http.client
import logging
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type
from cryptography import x509
from flask import Flask
from werkzeug.serving import make_server

from skill.verification import CertificateVerifier
from skill.webservice import create_app
from tests.fixtures.certs import CERT_URL, SKILL_ID, AlexaSigner, FakeFetch, Pki, body_of, envelope

Request = tuple[bytes, dict[str, str]]
ROOT = Path(__file__).resolve().parent.parent


class _Launch(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_request_type("LaunchRequest")(handler_input)

    def handle(self, handler_input):
        return handler_input.response_builder.speak("Bienvenue.").response


def _skill() -> CustomSkill:
    builder = SkillBuilder()
    builder.skill_id = SKILL_ID
    builder.add_request_handler(_Launch())
    return builder.create()


def _serve(verify: bool, pki: Pki) -> tuple[object, int]:
    certificates = None
    if verify:
        certificates = CertificateVerifier(
            trust_roots=[pki.root.certificate],
            fetch=FakeFetch({CERT_URL: pki.chain_pem(pki.valid)}),
        )
    app = create_app(_skill(), verify=verify, certificates=certificates)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_port


def _write_pki(pki: Pki, folder: Path) -> None:
    (folder / "root.pem").write_bytes(pki.root.pem())
    (folder / "chain.pem").write_bytes(pki.chain_pem(pki.valid))


def served(verify: str = "on") -> Flask:
    """The WSGI app of a gunicorn worker: the bench's skill, trusting the PKI in ``BENCH_PKI``."""
    logging.getLogger("echoppe.webservice").setLevel(logging.ERROR)
    if verify == "off":
        return create_app(_skill(), verify=False)
    folder = Path(os.environ["BENCH_PKI"])
    certificates = CertificateVerifier(
        trust_roots=[x509.load_pem_x509_certificate((folder / "root.pem").read_bytes())],
        fetch=FakeFetch({CERT_URL: (folder / "chain.pem").read_bytes()}),
    )
    return create_app(_skill(), verify=True, certificates=certificates)


@contextmanager
def _gunicorn(verify: bool, pki_folder: Path, workers: int) -> Iterator[int]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "BENCH_PKI": str(pki_folder), "ECHOPPE_WORKERS": str(workers)}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--config",
            str(ROOT / "gunicorn.conf.py"),
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            f"bench.webservice:served(verify={'on' if verify else 'off'!r})",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {server.returncode}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("gunicorn did not listen within 60 s") from None
                time.sleep(0.1)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


@contextmanager
def _werkzeug(verify: bool, pki: Pki) -> Iterator[int]:
    server, port = _serve(verify, pki)
    try:
        yield port
    finally:
        server.shutdown()


def _client(port: int, requests: Sequence[Request]) -> int:
    """Posts ``requests`` over one keep-alive connection; returns how many got a 200."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    ok = 0
    try:
        for body, headers in requests:
            connection.request("POST", "/alexa", body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            ok += response.status == 200
    finally:
        connection.close()
    return ok


def measure(
    server: AbstractContextManager[int], signed: Sequence[Request], total: int, clients: int
) -> float:
    """Requests per second for ``total`` requests spread over ``clients`` connections."""
    with server as port:
        # Warm-up: imports, first certificate fetch and validation, in every worker.
        with ThreadPoolExecutor(clients) as pool:
            list(pool.map(lambda _: _client(port, signed[:10]), range(clients)))
        batches = [
            [signed[i % len(signed)] for i in range(n, total, clients)] for n in range(clients)
        ]
        started = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            answered = sum(pool.map(lambda batch: _client(port, batch), batches))
        elapsed = time.perf_counter() - started
    if answered != total:
        raise RuntimeError(f"only {answered} of {total} requests got a 200")
    return total / elapsed


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    args = parser.parse_args(argv)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one access-log line per request
    logging.getLogger("echoppe.webservice").setLevel(logging.ERROR)  # the dev-mode warning
    now = time.time()
    pki = Pki.build(now)
    alexa = AlexaSigner(pki.valid)
    bodies = [body_of(envelope(now)) for _ in range(50)]
    signed = [(body, alexa.headers(body)) for body in bodies]
    print(
        f"web service, loopback, {args.requests} LaunchRequests over {args.clients} keep-alive "
        "connections (one-handler skill)"
    )
    off = measure(_werkzeug(False, pki), signed, args.requests, args.clients)
    print(f"  werkzeug (echoppe serve), verification off: {off:8.0f} requests/s")
    on = measure(_werkzeug(True, pki), signed, args.requests, args.clients)
    print(f"  werkzeug (echoppe serve), verification on:  {on:8.0f} requests/s")
    with tempfile.TemporaryDirectory() as folder:
        _write_pki(pki, Path(folder))
        name = f"gunicorn ({args.workers} gthread workers)"
        g_off = measure(
            _gunicorn(False, Path(folder), args.workers), signed, args.requests, args.clients
        )
        print(f"  {name}, verification off: {g_off:8.0f} requests/s  ({g_off / off:.1f}x werkzeug)")
        g_on = measure(
            _gunicorn(True, Path(folder), args.workers), signed, args.requests, args.clients
        )
        print(f"  {name}, verification on:  {g_on:8.0f} requests/s  ({g_on / on:.1f}x werkzeug)")


if __name__ == "__main__":
    main()
