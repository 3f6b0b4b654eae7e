"""The storage protocol every backend implements, and the errors it raises.

The store holds JSON documents addressed by a partition key and a sort key (single-table design:
``pk`` groups what belongs to one user, one order list, one charity). Every write is conditional on
the version the caller read, so concurrent turns never lose an update:

- ``Put(pk, sk, data, expect=0)`` creates the item and fails if it exists (``attribute_not_exists``);
- ``Put(pk, sk, data, expect=n)`` replaces version ``n`` with version ``n + 1`` and fails otherwise;
- ``Put(pk, sk, data, expect=None)`` writes unconditionally (only for data nobody else writes);
- ``Delete`` and ``Check`` take the same ``expect``.

``Store.write(ops)`` applies all its operations atomically or none (one transaction), and costs one
request whatever the backend. Exceptions::

    StoreError
    ├── ConditionFailed      a version or existence condition did not hold: reload and retry
    └── StoreUnavailable     slow, throttling or down: tell the shopper to retry. After a
                             timeout the write's outcome is unknown; its condition keeps it at
                             most once, and a replayed turn reads what happened.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol


class StoreError(Exception):
    """Base of every storage error."""


class ConditionFailed(StoreError):
    """A write's condition did not hold; nothing was written."""


class StoreUnavailable(StoreError):
    """The backend could not answer in time; a timed-out write may still land, at most once."""


@dataclass(frozen=True)
class Item:
    pk: str
    sk: str
    data: dict[str, Any]
    version: int
    expires_at: int | None = None


@dataclass(frozen=True)
class Put:
    pk: str
    sk: str
    data: dict[str, Any]
    expect: int | None = 0
    expires_at: int | None = field(default=None)
    """Unix time after which the item may be deleted (DynamoDB TTL); readers ignore expired items."""


@dataclass(frozen=True)
class Delete:
    pk: str
    sk: str
    expect: int | None = None


@dataclass(frozen=True)
class Check:
    pk: str
    sk: str
    expect: int | None = 0


Op = Put | Delete | Check

MAX_OPS = 25
"""At most this many operations in one ``write``; well within DynamoDB's 100-action limit."""


class Store(Protocol):
    """The storage protocol. Implementations: ``SQLiteStore``, ``DynamoStore``."""

    def get(self, pk: str, sk: str) -> Item | None:
        """The item, or None when absent or expired."""

    def query(
        self,
        pk: str,
        prefix: str = "",
        *,
        limit: int | None = None,
        newest_first: bool = False,
        start: str | None = None,
        end: str | None = None,
    ) -> list[Item]:
        """Items of one partition whose sort key starts with ``prefix``, in sort-key order.

        ``start`` and ``end`` narrow it to ``start <= sk < end`` (full sort keys): a time range
        of keys that embed a time, or the next page after a cursor (``key_range`` computes the
        bounds a backend sends)."""

    def write(self, ops: Sequence[Op]) -> None:
        """Apply all operations atomically; raise ``ConditionFailed`` if any condition fails."""

    def close(self) -> None:
        """Release connections."""


KEY_MAX = "\uffff"
"""Sorts after every character our sort keys use (they are ASCII): ``prefix + KEY_MAX`` bounds
the keys that start with ``prefix``."""


def key_range(prefix: str, start: str | None, end: str | None) -> tuple[str, str] | None:
    """The inclusive bounds ``(low, high)`` of ``query(prefix, start=, end=)`` (``end`` itself is
    dropped by the caller), or None when the range is empty."""
    low = max(prefix, start) if start is not None else prefix
    high = min(prefix + KEY_MAX, end) if end is not None else prefix + KEY_MAX
    return (low, high) if low <= high else None


def check_ops(ops: Sequence[Op]) -> None:
    """Reject what no backend accepts: empty, too many, or two operations on one item."""
    if not ops:
        raise ValueError("write needs at least one operation")
    if len(ops) > MAX_OPS:
        raise ValueError(f"write takes at most {MAX_OPS} operations")
    keys = [(op.pk, op.sk) for op in ops]
    if len(set(keys)) != len(keys):
        raise ValueError("two operations on one item in one write")
