"""The dependency locks: every pin of requirements*.txt is locked, with hashes, and the Lambda
lock holds only the skill path's dependencies."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _check_lock() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_lock", ROOT / "tools" / "check_lock.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check_lock = _check_lock()


def test_the_locks_are_current() -> None:
    assert check_lock.check() == []


def test_every_locked_package_has_hashes() -> None:
    for name in check_lock.LOCKED:
        text = (ROOT / f"{name}.lock").read_text()
        packages = [line for line in text.splitlines() if check_lock._PIN_RE.match(line)]
        assert packages
        assert text.count("--hash=sha256:") >= len(packages)


def test_a_pin_missing_from_its_lock_is_reported(tmp_path: Path) -> None:
    for name in check_lock.LOCKED:
        (tmp_path / f"{name}.txt").write_text((ROOT / f"{name}.txt").read_text())
        (tmp_path / f"{name}.lock").write_text((ROOT / f"{name}.lock").read_text())
    web = (ROOT / "requirements-web.txt").read_text()
    (tmp_path / "requirements-web.txt").write_text(web + "Not_A.Package==1.0\nnot pinned\n")
    line = web.count("\n") + 2
    problems = check_lock.check(tmp_path)
    assert "requirements.lock: not-a-package is not locked (requirements.txt pins 1.0)" in problems
    assert f"requirements-web.txt:{line}: 'not pinned' is not pinned as name==version" in problems


def test_the_lambda_lock_has_no_web_dependency() -> None:
    lambda_lock = check_lock.locked(ROOT / "requirements-lambda.lock")
    for web_only in ("flask", "werkzeug", "cryptography", "gunicorn", "flask-ask-sdk"):
        assert web_only not in lambda_lock
    runtime = check_lock.locked(ROOT / "requirements.lock")
    assert all(runtime.get(name) == versions for name, versions in lambda_lock.items())
