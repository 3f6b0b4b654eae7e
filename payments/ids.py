"""Deterministic identifiers: the same inputs always give the same id.

Ids are lowercase base32 (letters and the digits 2–7) so that no id can ever contain a run of
13+ digits that a log scanner (or our own tests) would take for a card number.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any


def canonical(value: Any) -> bytes:
    """One byte string per JSON value, whatever the key order."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def derive_id(prefix: str, value: Any, *, length: int = 24) -> str:
    """``prefix`` + ``length`` base32 characters of SHA-256 over the canonical JSON of ``value``."""
    digest = hashlib.sha256(canonical(value)).digest()
    return prefix + base64.b32encode(digest).decode().lower()[:length]
