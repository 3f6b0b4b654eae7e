"""Which campaign a shopper hears, and which rewards a deed earns: decided here, once.

**One promotion per order.** A shopper is offered at most one campaign: the first one in
``campaigns.yaml`` that runs now in their locale, targets one of their segments, covers the
product or cart at hand, is under its per-shopper limit (as the profile counts it) and, as far
as the process knows, under its budget. The shopper's reward, when they ask for it, replaces
the campaign on that order.

**A reward per deed.** After a deed (a guide finished, an order paid, a gift given) the rules
that watch it, run now in the locale, and the shopper has not earned yet are checked against
the profile *with* the deed counted (the first purchase is ``orders == 1``); the reward is the
one of the first segment in the rule that the shopper was in *before* the deed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from marketing.model import DAY, Campaign, Marketing, Reward, RewardRule
from marketing.profile import Profile
from payments.money import Money
from payments.promotions import CampaignTerms
from payments.rewards import RewardRecord


def campaign_for(
    marketing: Marketing,
    segments: frozenset[str],
    locale: str,
    now: float,
    profile: Profile,
    products: Iterable[str],
    currency: str,
    spent: Callable[[], Mapping[str, Mapping[str, int]]] | None = None,
) -> Campaign | None:
    """The campaign this shopper hears for ``products`` (see the module docstring).

    ``spent``: gives the campaigns' budgets spent as last read (``marketing.budgets``), asked
    only when a campaign with a budget fits; None: budgets are not looked at (checkout checks
    them exactly). One pass over the campaigns, the cheapest tests first."""
    wanted = list(products)
    for campaign in marketing.campaigns:
        if not (segments & campaign.audience or "everyone" in campaign.audience):
            continue
        if not campaign.window.open(now, locale):
            continue
        if campaign.per_shopper is not None and (
            profile.campaigns.get(campaign.id, 0) >= campaign.per_shopper
        ):
            continue
        if campaign.discount.amounts and currency not in campaign.discount.amounts:
            continue
        if not any(campaign.covers(p) for p in wanted):
            continue
        if campaign.budget and not _has_room(campaign, currency, spent() if spent else None):
            continue
        return campaign
    return None


def _has_room(
    campaign: Campaign, currency: str, spent: Mapping[str, Mapping[str, int]] | None
) -> bool:
    budget = campaign.budget.get(currency)
    if budget is None:
        return False
    if spent is None:
        return True
    return spent.get(campaign.id, {}).get(currency, 0) < budget.minor


def terms(marketing: Marketing) -> list[CampaignTerms]:
    """What checkout enforces of each campaign (``payments.promotions``)."""
    return [
        CampaignTerms(c.id, c.window.starts_at, c.window.ends_at, dict(c.budget), c.per_shopper)
        for c in marketing.campaigns
    ]


@dataclass(frozen=True)
class Due:
    """A reward a deed earns: the rule, the segment it was given for, and what it is."""

    rule: RewardRule
    segment: str
    reward: Reward


def rewards_due(
    marketing: Marketing,
    deed: str,
    before: frozenset[str],
    after: Profile,
    locale: str,
    now: float,
    guide: str | None = None,
) -> list[Due]:
    """The rewards ``deed`` earns (see the module docstring): ``before`` are the shopper's
    segments before it, ``after`` the profile with it counted."""
    due = []
    earned = set(after.earned)
    for rule in marketing.rewards:
        action = rule.action
        if action.event != deed or rule.id in earned or not rule.window.open(now, locale):
            continue
        if action.kind == "guide_finished" and action.guides and guide not in action.guides:
            continue
        if action.kind == "first_purchase" and after.orders != 1:
            continue
        if action.kind == "order" and after.orders != action.times:
            continue
        if action.kind == "count" and (
            after.count(deed, action.within_days or 0, now) < action.times
        ):
            continue
        chosen = rule.reward_for(before)
        if chosen is not None:
            due.append(Due(rule, *chosen))
    return due


def record_for(due: Due, holder: str, source: str, now: int) -> RewardRecord:
    """The reward record ``due`` creates for ``holder`` (``payments.rewards``)."""
    reward = due.reward
    discount = reward.discount
    return RewardRecord(
        reward_id=due.rule.id,
        holder=holder,
        kind=reward.kind,
        segment=due.segment,
        earned_at=now,
        expires_at=now + due.rule.expires_days * DAY,
        source=source,
        percent=discount.percent if discount else None,
        amounts=dict(discount.amounts) if discount else {},
        product=reward.product,
        match_percent=reward.match_percent,
        match_max=dict(reward.match_max),
    )


def match_cap(record: RewardRecord, currency: str) -> Money | None:
    return record.match_max.get(currency)
