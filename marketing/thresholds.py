"""The top spenders' cut: computed offline over every payer, read only when an order settles.

"Top spenders" is the merchant's top share (``SegmentRules.top_share`` percent) of payers by
spend over the last 12 calendar months, per currency. Deciding it needs every payer's spend,
which no turn should read. So:

- ``refresh`` (``echoppe segments refresh``, run daily by the merchant's scheduler, or by hand)
  reads the merchant's order records (``payments.keys.MERCHANT_PK``: one query, a page holds a
  few thousand orders; the amounts and owners are on the records, no shopper partition is read),
  sums each payer's paid orders of the last 12 months, and writes the spend at the edge of the
  top share, per currency, to one small item (``THRESHOLDS_KEY``, one write);
- when an order settles (a payment turn, once per order), the conversation reads that item
  (one read) and copies the cut into the shopper's profile (``marketing.profile``), where every
  later turn finds it for free.

A payer is in the top share when their spend is at or above the cut; with no paid order in a
currency, there is no cut in it.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from marketing.model import SegmentRules
from marketing.profile import MONTHS, month_index
from payments.keys import MERCHANT_ORDER_PREFIX, MERCHANT_PK
from payments.money import Money
from store.base import Put, Store

THRESHOLDS_KEY = ("marketing#segments", "thresholds")
SPENT = ("paid", "claimed", "shipped")
"""Merchant record states of orders that count as spend (not cancelled or refunded)."""


@dataclass(frozen=True)
class Thresholds:
    computed_at: int
    share: int
    cuts: dict[str, int] = field(default_factory=dict)
    """Currency → minor units: the smallest 12-month spend among the top share."""
    payers: dict[str, int] = field(default_factory=dict)
    """Currency → payers with spend in it."""

    def to_json(self) -> dict[str, Any]:
        return {
            "computed_at": self.computed_at,
            "share": self.share,
            "cuts": self.cuts,
            "payers": self.payers,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Thresholds:
        return cls(
            int(data["computed_at"]),
            int(data["share"]),
            dict(data.get("cuts") or {}),
            dict(data.get("payers") or {}),
        )

    def cut_money(self) -> list[Money]:
        return [Money(minor, currency) for currency, minor in sorted(self.cuts.items())]


def compute(store: Store, rules: SegmentRules, now: float) -> Thresholds:
    """The cut per currency over the merchant's orders (see the module docstring)."""
    first = month_index(now) - (MONTHS - 1)
    spend: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for item in store.query(MERCHANT_PK, MERCHANT_ORDER_PREFIX):
        data = item.data
        if data.get("state") not in SPENT or month_index(int(data["created_at"])) < first:
            continue
        amount = Money.from_json(data["amount"])
        spend[amount.currency][str(data["owner"])] += amount.minor
    cuts: dict[str, int] = {}
    payers: dict[str, int] = {}
    for currency, by_payer in spend.items():
        ranked = sorted(by_payer.values(), reverse=True)
        top = max(1, math.ceil(len(ranked) * rules.top_share / 100))
        cuts[currency] = ranked[top - 1]
        payers[currency] = len(ranked)
    return Thresholds(int(now), rules.top_share, cuts, payers)


def refresh(store: Store, rules: SegmentRules, now: float) -> Thresholds:
    """Compute the cut and keep it (one query of the merchant's orders, one write)."""
    thresholds = compute(store, rules, now)
    store.write([Put(*THRESHOLDS_KEY, thresholds.to_json(), expect=None)])
    return thresholds


def read(store: Store) -> Thresholds | None:
    """The cut last kept (one read), or None before the first refresh."""
    item = store.get(*THRESHOLDS_KEY)
    return Thresholds.from_json(item.data) if item else None
