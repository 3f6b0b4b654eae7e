"""What a merchant's ``campaigns.yaml`` declares, once checked (``content.campaigns`` reads it).

Three things, all plain data:

- **Segment rules** (``SegmentRules``): the merchant's thresholds for the segments a shopper
  falls in (``marketing.segments``): new, active, top spenders, lapsed, donors.
- **Campaigns** (``Campaign``): a discount for some segments, on all products or some, within
  dates and locales, with a per-shopper limit and a total budget per currency.
- **Reward rules** (``RewardRule``): an action the merchant wants (a guide finished, a first
  purchase, an Nth order, a gift, a count within a period) and what each segment earns for it
  (a discount on the next order, a free product added to it, the next gift matched).

Dates are UTC days, both ends included. Money is ``payments.money.Money``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cached_property

from payments.money import Money

SEGMENTS = ("new", "active", "top", "lapsed", "donor", "everyone")
"""``everyone`` is every shopper: a campaign or a reward for all."""
ACTIONS = ("guide_finished", "first_purchase", "order", "donation", "count")
COUNTED = ("guide_finished", "purchase", "donation")
"""What a ``count`` action counts."""
REWARD_KINDS = ("discount", "free_product", "match")
DAY = 86_400


@dataclass(frozen=True)
class SegmentRules:
    """The merchant's thresholds (``campaigns.yaml``, ``segments``)."""

    active_days: int = 90
    """Active: a paid order in the last this many days."""
    lapsed_days: int = 180
    """Lapsed: paid orders before, none in the last this many days."""
    top_share: int = 10
    """Top spenders: the top this many percent of payers by spend over the last 12 months."""
    donor_days: int = 365
    """Donors: a gift in the last this many days."""


@dataclass(frozen=True)
class Discount:
    """A percentage off each line, or a fixed amount off the lines it applies to (per currency)."""

    percent: int | None = None
    amounts: dict[str, Money] = field(default_factory=dict)

    def amount_in(self, currency: str) -> Money | None:
        return self.amounts.get(currency)


@dataclass(frozen=True)
class Window:
    """When and where something runs: UTC days ``first``..``last`` and a set of locales."""

    first: date
    last: date
    locales: tuple[str, ...]

    @cached_property
    def starts_at(self) -> int:
        return int(
            datetime(self.first.year, self.first.month, self.first.day, tzinfo=UTC).timestamp()
        )

    @cached_property
    def ends_at(self) -> int:
        """The first second after the last day."""
        after = self.last + timedelta(days=1)
        return int(datetime(after.year, after.month, after.day, tzinfo=UTC).timestamp())

    def open(self, now: float, locale: str) -> bool:
        """Asked of every campaign by a turn that says one: the bounds are computed once."""
        return self.starts_at <= now < self.ends_at and locale in self.locales


@dataclass(frozen=True)
class Text:
    """What a shopper hears of a campaign or a reward in one locale."""

    label: str
    """A short name: "Remise de bienvenue" (the checkout summary, cards, reports)."""
    say: str = ""
    """A campaign's sentence said with the guide's offer ("Pour votre première commande…")."""


@dataclass(frozen=True)
class Campaign:
    id: str
    segments: tuple[str, ...]
    discount: Discount
    products: frozenset[str] | None
    """None: every product."""
    window: Window
    per_shopper: int | None
    """Orders per shopper with this campaign; None: no limit."""
    budget: dict[str, Money]
    """Total discount per currency; empty: no budget. A currency not listed gets no discount."""
    text: dict[str, Text]

    def covers(self, product_id: str) -> bool:
        return self.products is None or product_id in self.products

    @cached_property
    def audience(self) -> frozenset[str]:
        """Its segments as a set (asked on every turn that says a campaign)."""
        return frozenset(self.segments)


@dataclass(frozen=True)
class Action:
    """What a shopper does to earn a reward.

    ``guide_finished`` (any guide, or one of ``guides``), ``first_purchase``, ``order`` (the
    ``times``-th paid order), ``donation`` (a gift given), ``count`` (``times`` of ``counts``
    within ``within_days`` days).
    """

    kind: str
    times: int = 1
    counts: str | None = None
    within_days: int | None = None
    guides: frozenset[str] | None = None

    @cached_property
    def event(self) -> str:
        """The shopper's deed this action watches: guide_finished, purchase or donation."""
        if self.kind in ("first_purchase", "order"):
            return "purchase"
        if self.kind == "count":
            return self.counts or ""
        return self.kind


@dataclass(frozen=True)
class Reward:
    """What one segment earns."""

    kind: str
    discount: Discount | None = None
    product: str | None = None
    """``free_product``: added to the next order at no charge (quantity 1)."""
    match_percent: int = 100
    match_max: dict[str, Money] = field(default_factory=dict)
    """``match``: the merchant gives ``match_percent`` of the next gift, at most this much."""


@dataclass(frozen=True)
class RewardRule:
    id: str
    action: Action
    rewards: tuple[tuple[str, Reward], ...]
    """(segment, reward) in the merchant's order: the first segment the shopper is in wins."""
    window: Window
    expires_days: int
    text: dict[str, Text]

    def reward_for(self, segments: frozenset[str]) -> tuple[str, Reward] | None:
        for segment, reward in self.rewards:
            if segment in segments or segment == "everyone":
                return segment, reward
        return None


@dataclass(frozen=True)
class Marketing:
    segments: SegmentRules = SegmentRules()
    campaigns: tuple[Campaign, ...] = ()
    rewards: tuple[RewardRule, ...] = ()

    def campaign(self, campaign_id: str | None) -> Campaign | None:
        return next((c for c in self.campaigns if c.id == campaign_id), None)

    def rule(self, rule_id: str | None) -> RewardRule | None:
        return next((r for r in self.rewards if r.id == rule_id), None)


NO_MARKETING = Marketing()
