"""A store seen through a prefix: every partition key gets ``prefix`` in front.

The merchant console's preview talks to the skill on the draft content through one, so a
preview conversation (its state, its funnel events, a cart) never mixes with shoppers' data and
finds no wallet to charge. Its items expire after ``ttl`` seconds (DynamoDB's TTL cleans them).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace

from store.base import Check, Delete, Item, Op, Put, Store


class PrefixedStore:
    def __init__(
        self,
        inner: Store,
        prefix: str,
        *,
        ttl: int = 24 * 3600,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._inner = inner
        self._prefix = prefix
        self._ttl = ttl
        self._clock = clock

    def _out(self, item: Item) -> Item:
        return replace(item, pk=item.pk[len(self._prefix) :])

    def get(self, pk: str, sk: str) -> Item | None:
        item = self._inner.get(self._prefix + pk, sk)
        return self._out(item) if item else None

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
        items = self._inner.query(
            self._prefix + pk, prefix, limit=limit, newest_first=newest_first, start=start, end=end
        )
        return [self._out(item) for item in items]

    def write(self, ops: Sequence[Op]) -> None:
        expires = int(self._clock()) + self._ttl
        moved: list[Op] = []
        for op in ops:
            if isinstance(op, Put):
                moved.append(replace(op, pk=self._prefix + op.pk, expires_at=expires))
            elif isinstance(op, Delete | Check):
                moved.append(replace(op, pk=self._prefix + op.pk))
        self._inner.write(moved)

    def close(self) -> None:
        """The inner store is its owner's to close."""
