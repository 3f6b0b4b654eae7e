"""The guard on every text that money code stores: no NUL, no lone surrogate.

A slot value can carry either (a fuzzed or broken envelope): a lone surrogate cannot be encoded
as UTF-8, so the SQLite write of a record holding it fails, and a NUL ends strings in C and
breaks SSML. Money code refuses both with ``InvalidInput`` before anything is written; the
conversation answers that it did not understand.
"""

from __future__ import annotations

import re

from payments.errors import InvalidInput

_UNSTORABLE_RE = re.compile("[\x00\ud800-\udfff]")


def clean_text(value: str, field: str) -> str:
    """Return ``value`` unless it holds a NUL or a lone surrogate; the error names the field."""
    if not isinstance(value, str):
        raise InvalidInput(f"{field} must be text")
    if _UNSTORABLE_RE.search(value):
        raise InvalidInput(f"{field} holds a character that cannot be stored")
    return value
