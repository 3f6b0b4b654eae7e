"""A real store that counts the requests made through it, by kind (get, query, write)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from store.base import Item, Op, Store


class CountingStore:
    def __init__(self, inner: Store) -> None:
        self.inner = inner
        self.counts: Counter[str] = Counter()

    @property
    def requests(self) -> int:
        return sum(self.counts.values())

    def reset(self) -> None:
        self.counts.clear()

    def get(self, pk: str, sk: str) -> Item | None:
        self.counts["get"] += 1
        return self.inner.get(pk, sk)

    def query(self, *args: Any, **kwargs: Any) -> list[Item]:
        self.counts["query"] += 1
        return self.inner.query(*args, **kwargs)

    def write(self, ops: Sequence[Op]) -> None:
        self.counts["write"] += 1
        self.inner.write(ops)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)
