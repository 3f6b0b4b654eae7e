"""Web-service throughput on loopback, with request verification off and on.

Serves ``skill.webservice.create_app`` with werkzeug's threaded server on a free 127.0.0.1 port
and posts signed Alexa envelopes over keep-alive ``http.client`` connections, one per client
thread. The skill is a one-handler skill, so the figures measure the web layer (Flask, JSON,
envelope parsing and, when on, the signature, certificate and timestamp checks), not the
conversation. Certificates come from a PKI generated at start-up; the certificate "fetch" is a
dict, so the first request validates the chain and the others hit the cache, as in production.

Run: ``python -m bench.webservice [--requests 500] [--clients 4]``.
"""

from __future__ import annotations

import argparse
import http.client
import logging
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type
from werkzeug.serving import make_server

from skill.verification import CertificateVerifier
from skill.webservice import create_app
from tests.fixtures.certs import CERT_URL, SKILL_ID, AlexaSigner, FakeFetch, Pki, body_of, envelope

Request = tuple[bytes, dict[str, str]]


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


def measure(verify: bool, pki: Pki, signed: Sequence[Request], total: int, clients: int) -> float:
    """Requests per second for ``total`` requests spread over ``clients`` connections."""
    server, port = _serve(verify, pki)
    try:
        _client(port, signed[:10])  # warm-up: imports, first certificate fetch and validation
        batches = [
            [signed[i % len(signed)] for i in range(n, total, clients)] for n in range(clients)
        ]
        started = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            answered = sum(pool.map(lambda batch: _client(port, batch), batches))
        elapsed = time.perf_counter() - started
    finally:
        server.shutdown()
    if answered != total:
        raise RuntimeError(f"only {answered} of {total} requests got a 200")
    return total / elapsed


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--clients", type=int, default=4)
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
    off = measure(False, pki, signed, args.requests, args.clients)
    print(f"  verification off: {off:8.0f} requests/s")
    on = measure(True, pki, signed, args.requests, args.clients)
    print(f"  verification on:  {on:8.0f} requests/s  ({on / off:.0%} of off)")


if __name__ == "__main__":
    main()
