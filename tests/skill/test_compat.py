"""``skill.compat``: flask-ask-sdk imports with the fix, and fails without it *on this machine*.

When ``test_flask_ask_sdk_still_needs_the_fix`` fails, upstream has fixed oscrypto (or the
dependency chain changed): delete ``skill/compat.py`` and import flask-ask-sdk directly.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import ssl
import subprocess
import sys
from pathlib import Path

import pytest

from skill import compat

ROOT = Path(__file__).resolve().parents[2]
OPENSSL = tuple(int(part) for part in re.findall(r"\d+", ssl.OPENSSL_VERSION)[:3])
NEEDS_FIX = any(part > 9 for part in OPENSSL)
"""oscrypto 1.3.0 reads one digit per version part: 3.0.9 parses, 3.0.19 does not."""


def python(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter (nothing imported, no fix installed)."""
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


@pytest.mark.skipif(not NEEDS_FIX, reason=f"OpenSSL {OPENSSL} parses with oscrypto 1.3.0")
def test_flask_ask_sdk_still_needs_the_fix() -> None:
    result = python("import flask_ask_sdk.skill_adapter")
    assert result.returncode != 0, "upstream fixed: remove skill/compat.py"
    assert "Error detecting the version of libcrypto" in result.stderr


def test_with_the_fix_flask_ask_sdk_imports_and_oscrypto_reads_the_right_version() -> None:
    result = python(
        "import skill.compat, flask_ask_sdk.skill_adapter\n"
        "from oscrypto._openssl._libcrypto import libcrypto_version_info\n"
        "print(libcrypto_version_info)"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(OPENSSL)


def test_the_patched_code_never_reaches_the_bytecode_cache() -> None:
    python("import skill.compat, oscrypto._openssl._libcrypto")
    for name in compat.PATCHED_MODULES:
        cached = Path(importlib.util.cache_from_source(importlib.util.find_spec(name).origin))
        if cached.exists():
            assert b"\\d+\\.\\d+" not in cached.read_bytes(), cached


def test_the_fix_is_installed_once() -> None:
    compat.install_oscrypto_fix()
    compat.install_oscrypto_fix()
    finders = [f for f in sys.meta_path if type(f).__name__ == "_OscryptoVersionFinder"]
    assert len(finders) == 1


def test_the_fix_targets_the_one_expression_in_each_module() -> None:
    """If oscrypto rewrites these lines, the hook silently stops mattering: say so."""
    for name in compat.PATCHED_MODULES:
        source = Path(importlib.util.find_spec(name).origin).read_text(encoding="utf-8")
        assert source.count(compat.BROKEN_PATTERN) == 1, name


@pytest.mark.parametrize(
    ("version", "parsed"),
    [
        ("OpenSSL 3.0.19 27 Jan 2026", "3.0.19"),
        ("OpenSSL 3.0.9 30 May 2023", "3.0.9"),
        ("OpenSSL 1.1.1w  11 Sep 2023", "1.1.1w"),
        ("OpenSSL 3.10.100 1 Jan 2030", "3.10.100"),
    ],
)
def test_the_replacement_expression_reads_multi_digit_versions(version: str, parsed: str) -> None:
    broken, fixed = (ast.literal_eval(p) for p in (compat.BROKEN_PATTERN, compat.FIXED_PATTERN))
    assert re.search(fixed, version).group(1) == parsed
    if re.search(r"\d\d", parsed):
        assert re.search(broken, version) is None
