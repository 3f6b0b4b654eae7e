"""The guide funnel and sales: one day's summary, and the funnel of a range of days.

**Stages**, per guide, each counting **shoppers** (not events) once per guide and day::

    started ──▶ finished                 heard the guide's first steps ──▶ heard its last step
       └──▶ offered ──▶ accepted ──▶ carts ──▶ orders
            the offer   "yes" (the      heard the order    paid
            was made    product went    summary with the
                        to the cart)    guide's product

A shopper counted at a stage is counted at every stage before it on its branch, the same day
(one who resumes a guide and buys from it on Tuesday started it on Tuesday too). So each stage is
a subset of the one before it, and every rate (a stage over the one before it, or orders over
started) is at most 100 %, whatever events arrive, twice or out of order.

**Revenue** is what the guide's product lines of paid orders brought in, after discounts (in
each currency, before later refunds); **sales** are every order paid that day, guided or not.
**Donations** per charity count the gifts given that day. Days are UTC days (``reports.days``).

Source: the conversation's events alone (``skill.state.EVENTS_PK``, sorted by time: one range
query a day; the shopper is the owner hash in the event's key). A ``purchase`` event (one per
order line) carries the line's charged amount and the order's total, a ``donation`` event its
amount, so a day costs no read of any order or gift, however many were paid.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from payments.money import Money
from payments.orders import Order
from reports.days import start_of
from skill.state import EVENTS_PK
from store.base import Store

STAGES = ("started", "finished", "offered", "accepted", "carts", "orders")
PARENT = {
    "finished": "started",
    "offered": "started",
    "accepted": "offered",
    "carts": "accepted",
    "orders": "carts",
}
"""Each stage's parent: the rate of a stage is its count over its parent's."""
_STAGE_OF = {
    "guide_started": "started",
    "step_reached": "started",
    "guide_completed": "finished",
    "offer_made": "offered",
    "offer_accepted": "accepted",
    "checkout": "carts",
    "purchase": "orders",
}
ALL = "(all)"


def _branch(stage: str) -> Iterable[str]:
    """``stage`` and its ancestors."""
    while True:
        yield stage
        if stage not in PARENT:
            return
        stage = PARENT[stage]


def _event_key(timestamp: int) -> str:
    return f"{timestamp:017.6f}"


def _add(total: dict[str, int], currency: str, minor: int) -> None:
    total[currency] = total.get(currency, 0) + minor


@dataclass
class DaySummary:
    """What one day did. JSON-ready (``to_json``): closed days are kept in the store."""

    stages: dict[str, dict[str, int]] = field(default_factory=dict)
    """guide → stage → shoppers."""
    revenue: dict[str, dict[str, int]] = field(default_factory=dict)
    """guide → currency → minor units."""
    orders: int = 0
    sales: dict[str, int] = field(default_factory=dict)
    """currency → minor units, every order paid that day."""
    donations: dict[str, dict[str, Any]] = field(default_factory=dict)
    """charity → {"gifts": n, "amount": {currency: minor}}."""

    def to_json(self) -> dict[str, Any]:
        return {
            "stages": self.stages,
            "revenue": self.revenue,
            "orders": self.orders,
            "sales": self.sales,
            "donations": self.donations,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DaySummary:
        return cls(
            stages={g: dict(s) for g, s in data["stages"].items()},
            revenue={g: dict(r) for g, r in data["revenue"].items()},
            orders=int(data["orders"]),
            sales=dict(data["sales"]),
            donations={c: dict(d) for c, d in data["donations"].items()},
        )


def summarise_day(store: Store, day: date) -> DaySummary:
    """One day from its events alone: one range query (see the module docstring)."""
    start = start_of(day)
    events = store.query(EVENTS_PK, start=_event_key(start), end=_event_key(start + 86_400))
    reached: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    orders: dict[str, _Paid] = {}
    gifts: dict[str, dict[str, Money]] = defaultdict(dict)  # charity → donation id → amount
    for item in events:
        data = item.data
        kind, guide = data.get("kind"), data.get("guide")
        shopper = item.sk.split("#")[1] if "#" in item.sk else ""
        if kind == "purchase" and _has(data, order=str, currency=str, total=int, line=int,
                                       charged=int):  # fmt: skip
            paid = orders.setdefault(data["order"], _Paid(data["currency"], data["total"]))
            paid.lines[data["line"]] = (guide or "", data["charged"])
        if kind == "donation" and _has(data, charity=str, donation=str, amount=dict):
            gifts[data["charity"]][data["donation"]] = Money.from_json(data["amount"])
        stage = _STAGE_OF.get(str(kind))
        if stage is not None and guide:
            for reached_stage in _branch(stage):
                reached[guide][reached_stage].add(shopper)
    summary = DaySummary(
        stages={g: {s: len(reached[g][s]) for s in STAGES} for g in sorted(reached)}
    )
    for paid in orders.values():
        summary.orders += 1
        _add(summary.sales, paid.currency, paid.total)
        for guide, charged in paid.lines.values():
            if guide:
                _add(summary.revenue.setdefault(guide, {}), paid.currency, charged)
    for charity in sorted(gifts):
        amounts: dict[str, int] = {}
        for amount in gifts[charity].values():
            _add(amounts, amount.currency, amount.minor)
        summary.donations[charity] = {"gifts": len(gifts[charity]), "amount": amounts}
    return summary


def purchase_events(order: Order, guides: Mapping[str, str | None]) -> list[dict[str, Any]]:
    """The data of a paid order's ``purchase`` events, one per line: what a day's summary needs
    (the line's charged amount, the order's total), and the guide that sold the line, if any."""
    return [
        {
            "guide": guides.get(line.product_id),
            "product": line.product_id,
            "order": order.order_id,
            "line": number,
            "currency": order.currency,
            "charged": line.charged.minor,
            "total": order.total.minor,
        }
        for number, line in enumerate(order.lines)
    ]


def _has(data: Mapping[str, Any], **types: type) -> bool:
    """True when each named field is there with its type: an event that is not is left out."""
    return all(isinstance(data.get(name), kind) for name, kind in types.items())


@dataclass
class _Paid:
    """An order paid that day, as its ``purchase`` events tell it (one event per line)."""

    currency: str
    total: int
    lines: dict[int, tuple[str, int]] = field(default_factory=dict)
    """line number → (guide or "", minor units charged)."""


# --- a range of days ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FunnelRow:
    guide: str
    counts: dict[str, int]
    revenue: dict[str, int]
    """currency → minor units."""

    def rate(self, stage: str) -> float | None:
        """``stage`` over its parent stage (None for ``started``, or a parent of 0)."""
        parent = PARENT.get(stage)
        if parent is None or not self.counts[parent]:
            return None
        return self.counts[stage] / self.counts[parent]

    @property
    def conversion(self) -> float | None:
        """Orders over started."""
        return self.counts["orders"] / self.counts["started"] if self.counts["started"] else None

    def revenue_money(self) -> list[Money]:
        return [Money(minor, currency) for currency, minor in sorted(self.revenue.items())]


@dataclass(frozen=True)
class Funnel:
    """The days of a range, in order, and what each did."""

    days: list[tuple[date, DaySummary]]

    def rows(self) -> list[FunnelRow]:
        """One row per guide (by name), then ``(all)``: sums over the days (a shopper counts once
        per guide and day) and over the guides."""
        counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(STAGES, 0))
        revenue: dict[str, dict[str, int]] = defaultdict(dict)
        for _, summary in self.days:
            for guide, stages in summary.stages.items():
                for stage in STAGES:
                    counts[guide][stage] += stages.get(stage, 0)
                    counts[ALL][stage] += stages.get(stage, 0)
            for guide, by_currency in summary.revenue.items():
                for currency, minor in by_currency.items():
                    _add(revenue[guide], currency, minor)
                    _add(revenue[ALL], currency, minor)
        rows = [FunnelRow(g, counts[g], revenue[g]) for g in sorted(counts) if g != ALL]
        return [*rows, FunnelRow(ALL, counts[ALL], revenue[ALL])]

    def per_day(self, stage: str) -> list[tuple[date, int]]:
        """Shoppers at ``stage`` each day, over every guide."""
        return [(d, sum(s.get(stage, 0) for s in day.stages.values())) for d, day in self.days]

    def sales(self) -> list[tuple[date, int, dict[str, int]]]:
        """Each day: orders paid and their total per currency."""
        return [(d, day.orders, dict(day.sales)) for d, day in self.days]

    def donations(self) -> list[tuple[str, int, dict[str, int]]]:
        """Per charity over the range: gifts and their total per currency."""
        gifts: dict[str, int] = defaultdict(int)
        amounts: dict[str, dict[str, int]] = defaultdict(dict)
        for _, day in self.days:
            for charity, line in day.donations.items():
                gifts[charity] += int(line["gifts"])
                for currency, minor in line["amount"].items():
                    _add(amounts[charity], currency, int(minor))
        return [(c, gifts[c], amounts[c]) for c in sorted(gifts)]
