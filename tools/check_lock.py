"""Fail when a requirements file pins something its lock file does not (run ``make lock``).

Each ``requirements*.txt`` names the direct dependencies, pinned; its ``.lock`` twin, written by
``make lock`` (``uv pip compile --generate-hashes``), pins them and everything they pull in, with
the hashes pip checks on install. ``make setup`` runs this first, so a pin added to a requirements
file without regenerating the lock stops the install with a message instead of being ignored.

Standard library only: it runs before the virtual environment exists.
Usage: ``python tools/check_lock.py``; exits 1 and prints every mismatch.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCKED = ("requirements-lambda", "requirements", "requirements-dev")
"""Each ``<name>.txt`` is compiled into ``<name>.lock``."""
_PIN_RE = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*==\s*([^\s;\\]+)")


def normalise(name: str) -> str:
    """PEP 503: case and runs of ``-_.`` do not matter in a distribution name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirements(path: Path) -> tuple[dict[str, str], list[str]]:
    """Pins of a requirements file, following ``-r``; and the lines that are not pins."""
    pins: dict[str, str] = {}
    problems: list[str] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith(("-r ", "--requirement ")):
            included, more = requirements(path.parent / line.split(None, 1)[1])
            pins.update(included)
            problems += more
            continue
        match = _PIN_RE.match(line)
        if match is None:
            problems.append(f"{path.name}:{number}: {raw.strip()!r} is not pinned as name==version")
        else:
            pins[normalise(match[1])] = match[3]
    return pins, problems


def locked(path: Path) -> dict[str, set[str]]:
    """Versions per package in a lock file (a package may have one per Python version)."""
    versions: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _PIN_RE.match(line)
        if match:
            versions.setdefault(normalise(match[1]), set()).add(match[3])
    return versions


def check(root: Path = ROOT) -> list[str]:
    problems: list[str] = []
    for name in LOCKED:
        source, lock = root / f"{name}.txt", root / f"{name}.lock"
        pins, problems_here = requirements(source)
        problems += problems_here
        if not lock.exists():
            problems.append(f"{lock.name}: missing")
            continue
        versions = locked(lock)
        for package, version in sorted(pins.items()):
            found = versions.get(package)
            if found is None:
                problems.append(
                    f"{lock.name}: {package} is not locked ({source.name} pins {version})"
                )
            elif version not in found:
                problems.append(
                    f"{lock.name}: {package} is locked at {', '.join(sorted(found))},"
                    f" {source.name} pins {version}"
                )
    return problems


def main() -> int:
    problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print("the lock files are stale: run `make lock`, then `make setup`", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
