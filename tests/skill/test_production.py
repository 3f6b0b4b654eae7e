"""Production mode: what refuses to start, and the production server really serving the skill."""

from __future__ import annotations

import http.client
import importlib
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from skill import envelopes
from skill.secret_settings import MIN_PEPPER_CHARS, pin_pepper
from skill.settings import Settings, SettingsError

ROOT = Path(__file__).resolve().parents[2]
SKILL_ID = "amzn1.ask.skill.0a1b2c3d-0a1b-0a1b-0a1b-0a1b2c3d4e5f"


class TestSettings:
    def test_on_lambda_the_gateway_must_be_chosen(self) -> None:
        with pytest.raises(SettingsError, match="ECHOPPE_GATEWAY must be set on Lambda"):
            Settings.from_env({"AWS_LAMBDA_FUNCTION_NAME": "echoppe"})
        chosen = {"AWS_LAMBDA_FUNCTION_NAME": "echoppe", "ECHOPPE_GATEWAY": "sandbox"}
        assert Settings.from_env(chosen).gateway == "sandbox"

    def test_a_live_skill_refuses_the_sandbox_gateway(self) -> None:
        with pytest.raises(SettingsError, match="without payment"):
            Settings.from_env({"ECHOPPE_LIVE": "true", "SKILL_ID": SKILL_ID})
        with pytest.raises(SettingsError, match="without payment"):
            Settings.from_env(
                {"ECHOPPE_LIVE": "true", "ECHOPPE_GATEWAY": "sandbox", "SKILL_ID": SKILL_ID}
            )
        live = {"ECHOPPE_LIVE": "true", "ECHOPPE_GATEWAY": "stripe", "SKILL_ID": SKILL_ID}
        assert Settings.from_env(live).live

    def test_a_live_skill_needs_its_id(self) -> None:
        with pytest.raises(SettingsError, match="SKILL_ID"):
            Settings.from_env({"ECHOPPE_LIVE": "true", "ECHOPPE_GATEWAY": "stripe"})

    def test_metrics_are_on_by_default_on_lambda_only(self) -> None:
        assert not Settings.from_env({}).metrics
        on_lambda = {"AWS_LAMBDA_FUNCTION_NAME": "f", "ECHOPPE_GATEWAY": "sandbox"}
        assert Settings.from_env(on_lambda).metrics
        with pytest.raises(SettingsError, match="ECHOPPE_METRICS"):
            Settings.from_env({"ECHOPPE_METRICS": "statsd"})


def test_the_wsgi_entry_refuses_to_start_without_a_skill_id(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("ECHOPPE_DB", str(tmp_path / "wsgi.sqlite3"))
    monkeypatch.delenv("SKILL_ID", raising=False)
    sys.modules.pop("skill.wsgi", None)
    with pytest.raises(SettingsError, match="SKILL_ID must be set"):
        importlib.import_module("skill.wsgi")
    sys.modules.pop("skill.wsgi", None)


def test_echoppe_serve_refuses_to_start_without_a_skill_id(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "skill.cli", "serve", "--port", "1"],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "ECHOPPE_DB": str(tmp_path / "s.sqlite3")},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "setting error: SKILL_ID must be set" in result.stderr


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _gunicorn(tmp_path: Path, port: int, env_extra: dict[str, str]) -> subprocess.Popen[str]:
    """The production command of `make serve-prod`, on a free loopback port."""
    env = {
        "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
        "ECHOPPE_DB": str(tmp_path / "prod.sqlite3"),
        "ECHOPPE_WORKERS": "1",
        **env_extra,
    }
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--config",
            "gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{port}",
            "skill.wsgi:app",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _wait_for(port: int, server: subprocess.Popen[str], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(
                f"gunicorn exited: {server.stdout.read() if server.stdout else ''}"
            )
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError("gunicorn did not listen")


def test_gunicorn_serves_the_skill_with_verification_on(tmp_path) -> None:
    port = _free_port()
    server = _gunicorn(tmp_path, port, {"SKILL_ID": envelopes.APPLICATION_ID})
    try:
        _wait_for(port, server)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request("GET", "/health")
        health = connection.getresponse()
        assert health.status == 200
        assert json.loads(health.read()) == {"status": "ok", "verify": True}
        event = envelopes.envelope(envelopes.launch_request("en-US"), user_id="u", session_id="s")
        body = json.dumps(event).encode()
        connection.request(
            "POST", "/alexa", body=body, headers={"Content-Type": "application/json"}
        )
        unsigned = connection.getresponse()
        assert unsigned.status == 400
        assert json.loads(unsigned.read())["error"] == "missing_header"
        connection.close()
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_gunicorn_does_not_start_without_a_skill_id(tmp_path) -> None:
    server = _gunicorn(tmp_path, _free_port(), {})
    try:
        output, _ = server.communicate(timeout=120)
    finally:
        if server.poll() is None:
            server.kill()
    assert server.returncode != 0
    assert "SKILL_ID must be set" in output


class TestPepper:
    def settings(self, tmp_path: Path) -> Settings:
        return Settings(db_path=tmp_path / "data" / "echoppe.sqlite3")

    def test_created_0600_in_a_0700_folder(self, tmp_path) -> None:
        pepper = pin_pepper(self.settings(tmp_path))
        assert len(pepper) == 64
        assert (tmp_path / "data").stat().st_mode & 0o777 == 0o700
        assert (tmp_path / "data" / "pin-pepper").stat().st_mode & 0o777 == 0o600
        assert pin_pepper(self.settings(tmp_path)) == pepper

    @pytest.mark.parametrize("mode", [0o640, 0o604, 0o666])
    def test_a_pepper_others_can_read_is_refused(self, tmp_path, mode: int) -> None:
        pin_pepper(self.settings(tmp_path))
        os.chmod(tmp_path / "data" / "pin-pepper", mode)
        with pytest.raises(SettingsError, match="readable or writable by others"):
            pin_pepper(self.settings(tmp_path))

    def test_a_short_pepper_is_refused(self, tmp_path) -> None:
        folder = tmp_path / "data"
        folder.mkdir(mode=0o700)
        path = folder / "pin-pepper"
        path.write_text("1234")
        os.chmod(path, 0o600)
        with pytest.raises(SettingsError, match=f"fewer than {MIN_PEPPER_CHARS}"):
            pin_pepper(self.settings(tmp_path))


def _cli(*args: str, tmp_path: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "skill.cli", *args],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "ECHOPPE_DB": str(tmp_path / "w.sqlite3")},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_pin_cannot_be_given_on_the_command_line(tmp_path) -> None:
    result = _cli("wallet", "reset-pin", "--user", "u", "--pin", "4826", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "unrecognized arguments: --pin" in result.stderr


def test_without_a_terminal_the_pin_must_be_piped(tmp_path) -> None:
    result = _cli("wallet", "reset-pin", "--user", "u", tmp_path=tmp_path)
    assert result.returncode == 1
    assert "pipe it with --pin-stdin" in result.stderr
