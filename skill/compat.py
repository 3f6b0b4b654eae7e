r"""Workarounds for broken dependencies: one place, each with the test that says when to drop it.

**oscrypto 1.3.0 and OpenSSL ≥ 3.0.10.** ``flask_ask_sdk`` imports
``ask_sdk_webservice_support.verifier``, which imports ``certvalidator``, which imports oscrypto.
oscrypto 1.3.0 (the last release on PyPI) reads the libcrypto version with the expression
``\b(\d\.\d\.\d[a-z]*)\b``: one digit per part. ``OpenSSL 3.0.19 27 Jan 2026`` does not
match, so the import raises ``LibraryNotFoundError: Error detecting the version of libcrypto``
(oscrypto issues #75 and #78; fixed on oscrypto's master by allowing ``\d+``, never released).

The fix chosen is an import hook limited to the two modules that hold that expression
(``oscrypto._openssl._libcrypto_cffi`` and ``_libcrypto_ctypes``): it compiles their source with the
one expression replaced by upstream's fix, ``\b(\d+\.\d+\.\d+[a-z]*)\b``, and changes nothing
else. Alternatives and why not:

- ``oscrypto.use_openssl(libcrypto, libssl)`` only chooses *which* library is loaded; the version
  string is parsed after loading, so any OpenSSL 3.0.10+ still fails.
- Swapping ``re.search`` while oscrypto imports patches the standard library process-wide, under
  threads, and needs oscrypto imported eagerly.
- Pinning oscrypto to a git commit makes every install depend on GitHub and on a build from source.
- Editing site-packages is lost at the next ``pip install``.

The hook does nothing when the expression is absent (a fixed oscrypto), and nothing for any other
module. ``tests/skill/test_compat.py`` fails when the plain import starts working on this machine:
that is the day to delete this module and import flask-ask-sdk directly.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from collections.abc import Sequence
from types import CodeType, ModuleType

BROKEN_PATTERN = "'\\\\b(\\\\d\\\\.\\\\d\\\\.\\\\d[a-z]*)\\\\b'"
"""oscrypto 1.3.0's version expression, exactly as its source spells it (a Python literal)."""

FIXED_PATTERN = "'\\\\b(\\\\d+\\\\.\\\\d+\\\\.\\\\d+[a-z]*)\\\\b'"
"""The same expression with one or more digits per part, as on oscrypto's master."""

PATCHED_MODULES = frozenset(
    {"oscrypto._openssl._libcrypto_cffi", "oscrypto._openssl._libcrypto_ctypes"}
)


class _PatchedSourceLoader(importlib.machinery.SourceFileLoader):
    """Loads a module from its source with the broken expression replaced.

    It always compiles from source (never the cached bytecode of the unpatched file) and never
    writes bytecode, so the patched code cannot leak into ``__pycache__``.
    """

    def get_code(self, fullname: str) -> CodeType:
        path = self.get_filename(fullname)
        source = self.get_data(path).decode("utf-8")
        return compile(
            source.replace(BROKEN_PATTERN, FIXED_PATTERN), path, "exec", dont_inherit=True
        )


class _OscryptoVersionFinder(importlib.abc.MetaPathFinder):
    """Finds the two oscrypto modules as usual, then hands them to the patching loader."""

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in PATCHED_MODULES:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or not isinstance(spec.loader, importlib.machinery.SourceFileLoader):
            return None
        spec.loader = _PatchedSourceLoader(fullname, spec.loader.path)
        return spec


def install_oscrypto_fix() -> None:
    """Make oscrypto 1.3.0 importable on OpenSSL ≥ 3.0.10. Idempotent; call before importing
    ``flask_ask_sdk`` or ``ask_sdk_webservice_support``."""
    if not any(isinstance(finder, _OscryptoVersionFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _OscryptoVersionFinder())


install_oscrypto_fix()

from ask_sdk_webservice_support import verifier_constants  # noqa: E402
from ask_sdk_webservice_support.verifier import (  # noqa: E402
    AbstractVerifier,
    VerificationException,
)
from flask_ask_sdk.skill_adapter import SkillAdapter  # noqa: E402

__all__ = [
    "AbstractVerifier",
    "SkillAdapter",
    "VerificationException",
    "install_oscrypto_fix",
    "verifier_constants",
]
