"""Reward records: what a shopper earned, stored once, used once.

A reward record (``keys.reward_key(holder, reward_id)``; the reward id is the merchant's rule
id) is **created with ``expect=0``**: a rule rewards a holder once, however often the deed is
replayed or delivered. It is then ``available`` until it expires (``expires_at``) or is **used**
by one order (``payments.promotions``, in the write that creates the order) or one gift
(``payments.matching``, in the write that creates the match). An order that fails or is refunded
gives it back (``available`` again, if it has not expired). An order refunded takes back the
rewards it earned, unless they were used (``withdraw_delete``).

What the reward is (a discount, a free product, a gift matched) is decided by the merchant's
rules (``marketing``); the record keeps it as earned, so a rule edited later does not change
a reward already given.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from payments.keys import REWARD_PREFIX, reward_key, rewards_pk
from payments.money import Money
from store.base import Delete, Item, Put, Store

AVAILABLE = "available"
USED = "used"


@dataclass(frozen=True)
class RewardRecord:
    reward_id: str
    holder: str
    kind: str
    """``discount``, ``free_product`` or ``match``."""
    segment: str
    earned_at: int
    expires_at: int
    source: str
    """What earned it: an order id, a donation id, or the request that finished a guide."""
    percent: int | None = None
    amounts: dict[str, Money] = field(default_factory=dict)
    """``discount``: a percentage, or an amount per currency."""
    product: str | None = None
    match_percent: int = 100
    match_max: dict[str, Money] = field(default_factory=dict)
    state: str = AVAILABLE
    used_by: str | None = None
    used_at: int | None = None
    version: int = 0

    def available(self, now: float) -> bool:
        return self.state == AVAILABLE and now < self.expires_at

    def status(self, now: float) -> str:
        """``available``, ``used`` or ``expired``: what the shopper's account page says."""
        if self.state == USED:
            return USED
        return AVAILABLE if now < self.expires_at else "expired"

    def to_json(self) -> dict[str, Any]:
        return {
            "reward_id": self.reward_id,
            "holder": self.holder,
            "kind": self.kind,
            "segment": self.segment,
            "earned_at": self.earned_at,
            "expires_at": self.expires_at,
            "source": self.source,
            "percent": self.percent,
            "amounts": {c: m.to_json() for c, m in self.amounts.items()},
            "product": self.product,
            "match_percent": self.match_percent,
            "match_max": {c: m.to_json() for c, m in self.match_max.items()},
            "state": self.state,
            "used_by": self.used_by,
            "used_at": self.used_at,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], version: int = 0) -> RewardRecord:
        return cls(
            reward_id=data["reward_id"],
            holder=data["holder"],
            kind=data["kind"],
            segment=data.get("segment", ""),
            earned_at=int(data["earned_at"]),
            expires_at=int(data["expires_at"]),
            source=data.get("source", ""),
            percent=data.get("percent"),
            amounts={c: Money.from_json(m) for c, m in (data.get("amounts") or {}).items()},
            product=data.get("product"),
            match_percent=int(data.get("match_percent", 100)),
            match_max={c: Money.from_json(m) for c, m in (data.get("match_max") or {}).items()},
            state=data.get("state", AVAILABLE),
            used_by=data.get("used_by"),
            used_at=data.get("used_at"),
            version=version,
        )

    @classmethod
    def from_item(cls, item: Item) -> RewardRecord:
        return cls.from_json(item.data, item.version)


def earn_put(record: RewardRecord) -> Put:
    """The record's creation: ``expect=0``, so a rule rewards a holder once."""
    return Put(*reward_key(record.holder, record.reward_id), record.to_json(), expect=0)


def use_put(record: RewardRecord, by: str, now: int) -> Put:
    """``record`` used by the order or gift ``by``, on the version read."""
    used = replace(record, state=USED, used_by=by, used_at=now)
    return Put(*reward_key(record.holder, record.reward_id), used.to_json(), expect=record.version)


def give_back_put(record: RewardRecord) -> Put:
    """``record`` available again (its order failed or was refunded), on the version read."""
    back = replace(record, state=AVAILABLE, used_by=None, used_at=None)
    return Put(*reward_key(record.holder, record.reward_id), back.to_json(), expect=record.version)


def withdraw_delete(record: RewardRecord) -> Delete:
    """``record`` taken back (the order that earned it was refunded), on the version read: the
    rule may reward the holder again, by a deed that stands."""
    return Delete(*reward_key(record.holder, record.reward_id), expect=record.version)


class RewardBook:
    """Reads reward records."""

    def __init__(self, store: Store, *, clock: Callable[[], float] = time.time) -> None:
        self._store = store
        self._clock = clock

    def get(self, holder: str, reward_id: str) -> RewardRecord | None:
        item = self._store.get(*reward_key(holder, reward_id))
        return RewardRecord.from_item(item) if item else None

    def of(self, holder: str) -> list[RewardRecord]:
        """Every reward of ``holder``, newest first (one query): the account page's list."""
        items = self._store.query(rewards_pk(holder), REWARD_PREFIX)
        records = [RewardRecord.from_item(item) for item in items]
        return sorted(records, key=lambda r: (-r.earned_at, r.reward_id))
