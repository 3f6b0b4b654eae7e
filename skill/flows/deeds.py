"""Deeds and what they earn: a guide finished, an order paid, a gift given.

Called where an outcome is applied once (``checkout.paid`` and ``giving._given``, thanks to
``UserState.settled``; the last step of a guide, once per run): the shopper's profile counts the
deed (``marketing.profile``), the reward rules it meets give reward records, and a gift the
shopper asked to have matched is matched by the merchant (``payments.matching``).

**Exactly once.** A reward record is created with ``expect=0`` *in the turn's own state write*
(``Turn.writes``): the state remembers the rules it earned, so a replay on fresh state does not
try twice, and the record's condition stops a second state item of the same holder. When that
condition is what failed, the replay finds the record's key in ``Journal.tried`` and reads the
record first (one read, only then). A matched gift runs on the exactly-once engine, keyed by the
shopper's gift: a replayed turn gets the recorded outcome.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marketing.profile import Profile
from marketing.rules import Due, match_cap, record_for, rewards_due
from payments.donations import Donation
from payments.keys import reward_key
from payments.orders import Order
from payments.promotion import Promotion
from payments.rewards import RewardBook, RewardRecord, earn_put
from skill.flows.promotions import (
    FOR_GIFTS,
    USE_REWARD,
    date_of,
    describe,
    holder_of,
    keep,
    profile_of,
    segments_of,
    seller,
    wanted_reward,
)
from skill.speech import Ssml, plain
from skill.turn import Card, Turn
from store.base import StoreUnavailable


@dataclass
class Earned:
    """What a deed's rewards add to a reply: sentences and card lines."""

    speech: list[Ssml] = field(default_factory=list)
    card: list[str] = field(default_factory=list)


def reward_card(turn: Turn, earned: Earned) -> Card | None:
    """A card for rewards earned by a turn that has no card of its own."""
    if not earned.card:
        return None
    return Card(plain(turn.say("reward_card_title")), "\n".join(earned.card))


def guide_finished(turn: Turn, guide_id: str) -> Earned:
    """A guide heard to its last step: counted (once per guide), and the rewards it earns. A
    guide turn stays short: the reward is said, how to use it is on the card."""
    profile = profile_of(turn)
    before = segments_of(turn, profile)
    if not profile.finished_guide(guide_id, int(turn.now)):
        return Earned()
    earned = _earn(
        turn, profile, before, "guide_finished", turn.request_id, guide=guide_id, brief=True
    )
    keep(turn, profile)
    return earned


def order_cancelled(turn: Turn, order: Order) -> None:
    """A paid order cancelled and refunded by voice: it no longer counts in the profile, the
    reward it used is the shopper's again and the unused rewards it earned are gone (the store
    did both in the refund's own write; the profile is the copy the conversation reads)."""
    profile = profile_of(turn)
    promotion = order.promotion
    profile.cancelled(order.created_at, order.currency, order.total.minor, _campaign_id(promotion))
    if promotion is not None and promotion.reward:
        profile.given_back(promotion.reward, order.order_id)
    profile.withdrawn(order.order_id)
    keep(turn, profile)


def order_paid(turn: Turn, order: Order) -> Earned:
    """Once per paid order: the profile, the promotion used, the top spenders' cut, rewards."""
    profile = profile_of(turn)
    before = segments_of(turn, profile)
    promotion = order.promotion
    profile.paid(order.created_at, order.currency, order.total.minor, _campaign_id(promotion))
    if promotion is not None:
        turn.record(
            "promotion", promotion=promotion.id, via="campaign" if promotion.campaign else "reward",
            order=order.order_id, first=profile.orders == 1,
        )  # fmt: skip
        if promotion.reward:
            profile.used(promotion.reward, order.order_id)
            turn.state.session.pop(USE_REWARD, None)
        else:
            turn.services.budgets.forget()
    if turn.content.marketing.campaigns or turn.content.marketing.rewards:
        from marketing import thresholds  # a payment turn's import, not every cold start's

        try:
            cut = thresholds.read(turn.services.store)
        except StoreUnavailable:
            cut = None  # the cut is copied with the next order; the payment is what matters
        if cut is not None:
            profile.top_cut = dict(cut.cuts)
    earned = _earn(turn, profile, before, "purchase", order.order_id, holder=order.owner)
    keep(turn, profile)
    return earned


def gift_given(turn: Turn, donation: Donation) -> Earned:
    """Once per gift: the profile, the merchant's match when asked for, and rewards."""
    profile = profile_of(turn)
    before = segments_of(turn, profile)
    profile.gave(donation.created_at)
    matched = _match(turn, profile, donation)
    earned = _earn(turn, profile, before, "donation", donation.donation_id, holder=donation.owner)
    keep(turn, profile)
    return Earned([*matched.speech, *earned.speech], [*matched.card, *earned.card])


def _campaign_id(promotion: Promotion | None) -> str | None:
    return promotion.campaign if promotion is not None else None


def _earn(
    turn: Turn,
    profile: Profile,
    before: frozenset[str],
    deed: str,
    source: str,
    *,
    guide: str | None = None,
    holder: str | None = None,
    brief: bool = False,
) -> Earned:
    marketing = turn.content.marketing
    earned = Earned()
    for due in rewards_due(marketing, deed, before, profile, turn.locale, turn.now, guide):
        record = _claim(turn, profile, due, holder or holder_of(turn), source)
        if record is None:
            continue
        reward = record.to_json()
        what = describe(turn, reward, turn.locale_settings.currency)
        until = date_of(turn, record.expires_at)
        how = "reward_how_gift" if record.kind == "match" else "reward_how_order"
        earned.speech.append(turn.say("reward_earned", what=what, date=until))
        if not brief:
            earned.speech.append(turn.say(how))
        label = due.rule.text[turn.locale].label
        earned.card.append(plain(turn.say("reward_card", label=label, what=what, date=until)))
    return earned


def _claim(turn: Turn, profile: Profile, due: Due, holder: str, source: str) -> RewardRecord | None:
    """The reward record this deed creates with the state write, or None when the holder has
    it already (see the module docstring)."""
    rule_id = due.rule.id
    key = "#".join(reward_key(holder, rule_id))
    profile.earned = [*profile.earned, rule_id]
    # An earlier attempt of this request meant to create it and its save failed: maybe because
    # another state item of this holder created it first (one read, only on that replay).
    tried = key in turn.journal.tried
    if tried and RewardBook(turn.services.store).get(holder, rule_id) is not None:
        return None
    turn.journal.tried.add(key)
    record = record_for(due, holder, source, int(turn.now))
    turn.writes.append(earn_put(record))
    profile.hold(record.to_json())
    turn.record("reward_earned", reward=rule_id, segment=due.segment, reward_kind=record.kind)
    return record


def _match(turn: Turn, profile: Profile, donation: Donation) -> Earned:
    """The merchant's match of this gift, when the shopper asked to use a match reward."""
    from payments.matching import MatchStatus, match_amount  # donation turns only

    reward = wanted_reward(turn, FOR_GIFTS)
    token = turn.services.match_token
    if reward is None or not token:
        return Earned()
    record = RewardRecord.from_json(reward)
    amount = match_amount(
        donation.amount, record.match_percent, match_cap(record, donation.currency)
    )
    try:
        result = turn.services.matches.match(donation, record, amount, token)
    except StoreUnavailable:
        return Earned([turn.say("gift_match_later", seller=seller(turn))])
    turn.state.session.pop(USE_REWARD, None)
    charity = turn.recorded_charity_name(donation.charity_id, donation.charity_name)
    if result.status is MatchStatus.GIVEN and result.match is not None:
        profile.used(record.reward_id, donation.donation_id)
        turn.record(
            "match", promotion=record.reward_id, donation=donation.donation_id,
            match=result.match.match_id,
        )  # fmt: skip
        said = turn.say(
            "gift_matched", seller=seller(turn), amount=result.match.amount, charity=charity
        )
        return Earned([said], [plain(said)])
    if result.status in (MatchStatus.RETRY_LATER, MatchStatus.IN_PROGRESS):
        profile.used(record.reward_id, donation.donation_id)
        return Earned([turn.say("gift_match_later", seller=seller(turn))])
    if result.status is MatchStatus.NOT_AVAILABLE:
        profile.used(record.reward_id, "elsewhere")
        return Earned([turn.say("reward_gone")])
    return Earned([turn.say("gift_match_failed", seller=seller(turn))])
