"""Campaigns and rewards in the conversation: said with the offer, priced at checkout, and
applied when the shopper asks (what deeds earn is in ``skill.flows.deeds``).

**When a campaign is said**: after the skill has helped, with the guide's offer (its sentence
and the discounted price), and in the checkout summary (the discount and the exact total, before
the PIN). Never at launch, never before the guide has answered.

**What it costs a turn**: the shopper's segments come from the profile in their state item
(``marketing.profile``): no request. A campaign with a budget is said only while the process's
view of the budgets has room (``marketing.budgets``: one query per process a minute at most).
The checkout summary, a payment turn, checks the campaign exactly (``Promotions.allows``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from catalog import cart
from catalog.model import Product
from marketing.model import Campaign, Discount
from marketing.pricing import line_discounts
from marketing.profile import Profile
from marketing.rules import campaign_for, match_cap
from payments.agreement import OrderLine
from payments.money import Money
from payments.promotion import Promotion
from payments.rewards import RewardRecord
from skill.speech import Ssml
from skill.turn import Turn

USE_REWARD = "use_reward"
"""``UserState.session`` key: the reward the shopper asked to use in this session."""
ENDED = "ended_campaigns"
"""``UserState.session`` key: campaigns checkout found over their budget or limit."""
FOR_ORDERS = ("discount", "free_product")
"""The kinds of reward an order uses."""
FOR_GIFTS = ("match",)
"""The kinds of reward a gift uses."""


# --- the shopper's profile ------------------------------------------------------------------


def profile_of(turn: Turn) -> Profile:
    profile = Profile.from_json(turn.state.profile)
    profile.drop_expired(turn.now)
    return profile


def keep(turn: Turn, profile: Profile) -> None:
    turn.state.profile = profile.to_json()


def segments_of(turn: Turn, profile: Profile | None = None) -> frozenset[str]:
    rules = turn.content.marketing.segments
    return (profile or profile_of(turn)).segments(rules, turn.now)


def holder_of(turn: Turn) -> str:
    """Whose rewards: the wallet's owner when there is one, else this shopper's own key."""
    return turn.payer or turn.owner


# --- campaigns ------------------------------------------------------------------------------


def _campaign(turn: Turn, product_ids: list[str], currency: str) -> Campaign | None:
    """The campaign for ``product_ids``; budgets from this process's view (``BudgetView``)."""
    marketing = turn.content.marketing
    if not marketing.campaigns:
        return None
    profile = profile_of(turn)
    segments = segments_of(turn, profile)
    ended = set(turn.state.session.get(ENDED, []))
    found = campaign_for(
        marketing, segments, turn.locale, turn.now, profile, product_ids, currency,
        spent=turn.services.budgets.spent,
    )  # fmt: skip
    if found is not None and found.id in ended:
        return None
    return found


def running(turn: Turn) -> Campaign | None:
    """The campaign this shopper would hear now on some product of the shop: one naming its
    products, or one on every product (asked with any one product)."""
    marketing = turn.content.marketing
    ids = sorted({pid for c in marketing.campaigns if c.products for pid in c.products})
    if any(c.products is None for c in marketing.campaigns):
        first = next(iter(turn.catalog.products), None)
        ids += [first.id] if first is not None else []
    return _campaign(turn, ids, turn.locale_settings.currency) if ids else None


def offer_mention(turn: Turn, product: Product, again: bool = False) -> tuple[str, Money] | None:
    """With the guide's offer: the campaign's sentence and the product's discounted price
    (``again``: the offer described once more, not a new hearing of the campaign)."""
    campaign = _campaign(turn, [product.id], product.price.currency)
    if campaign is None:
        return None
    off = line_discounts([product.price], [True], campaign.discount)[0]
    budget = campaign.budget.get(off.currency) if campaign.budget else None
    if off.minor == 0 or not turn.services.budgets.fits(campaign.id, budget, off):
        return None
    if not again:
        turn.record("campaign_heard", campaign=campaign.id)
    return campaign.text[turn.locale].say, product.price - off


# --- pricing an order -----------------------------------------------------------------------


@dataclass
class PricedOrder:
    """The lines and delivery the summary reads, with what a promotion took off."""

    lines: list[OrderLine]
    delivery: Money
    promotion: Promotion | None = None
    said: list[Ssml] = field(default_factory=list)
    """Sentences for the summary: a free product, the discount."""

    @property
    def discount(self) -> Money:
        return sum((line.off for line in self.lines), Money.zero(self.delivery.currency))


def price_order(turn: Turn, priced: cart.Totals, payer: str) -> PricedOrder:
    """The cart as an order: the reward the shopper asked for, else the campaign that fits.

    One promotion per order: when the campaign takes off as much as the reward or more, the
    campaign is kept and the reward stays for another order (using it would spend it for
    nothing)."""
    lines = [
        OrderLine(line.product.id, line.product.title, line.quantity, line.product.price)
        for line in priced.lines
    ]
    currency = priced.subtotal.currency
    said: list[Ssml] = []
    chosen: tuple[list[OrderLine], Promotion] | None = None
    reward = wanted_reward(turn, FOR_ORDERS)
    if reward is not None:
        chosen, said = _with_reward(turn, lines, reward, currency)
    campaign = _campaign(turn, [line.product_id for line in lines], currency)
    if campaign is not None:
        covered = [campaign.covers(line.product_id) for line in lines]
        offs = line_discounts([line.total for line in lines], covered, campaign.discount)
        off = sum(offs, Money.zero(currency))
        beats = chosen is None or off.minor >= _off(chosen[0], currency).minor
        services = turn.services
        if (
            off.minor
            and beats
            and services.promotions.allows(campaign.id, payer, off, int(turn.now))
        ):
            label = campaign.text[turn.locale].label
            if chosen is not None:
                said = [turn.say("reward_kept", label=label)]
            lines_off = [_discounted(line, o) for line, o in zip(lines, offs, strict=True)]
            chosen = (lines_off, Promotion(campaign=campaign.id))
            said.append(turn.say("promotion_line", label=label, amount=off))
            turn.record("campaign_heard", campaign=campaign.id)
        elif off.minor and beats:
            _ended(turn, campaign.id)
    if chosen is not None:
        lines = chosen[0]
    promotion = chosen[1] if chosen is not None else None
    # Delivery is judged on the goods at full price: a discount that took the cart under the
    # free-delivery amount would make the shopper pay more with it than without.
    return PricedOrder(lines, turn.services.delivery_fee(priced.subtotal), promotion, said)


def _off(lines: list[OrderLine], currency: str) -> Money:
    return sum((line.off for line in lines), Money.zero(currency))


def _discounted(line: OrderLine, off: Money) -> OrderLine:
    return OrderLine(line.product_id, line.title, line.quantity, line.unit_price, off)


def _with_reward(
    turn: Turn, lines: list[OrderLine], reward: dict, currency: str
) -> tuple[tuple[list[OrderLine], Promotion] | None, list[Ssml]]:
    """The order's lines with ``reward`` and its sentence, or none and why not."""
    record = RewardRecord.from_json(reward)
    promotion = Promotion(reward=record.reward_id, holder=record.holder)
    label = _label(turn, record.reward_id)
    if record.kind == "free_product":
        product = turn.catalog.get(record.product or "")
        if product is None or not product.in_stock or product.price.currency != currency:
            return None, [turn.say("reward_not_now")]
        free = OrderLine(product.id, product.title, 1, product.price, product.price)
        name = turn.product_name(product)
        said = turn.say("promotion_free", product=name, label=label)
        return ([*lines, free], promotion), [said]
    discount = _discount_of(record)
    offs = line_discounts([line.total for line in lines], [True] * len(lines), discount)
    off = sum(offs, Money.zero(currency))
    if off.minor == 0:
        return None, [turn.say("reward_not_now")]
    discounted = [_discounted(line, o) for line, o in zip(lines, offs, strict=True)]
    return (discounted, promotion), [turn.say("promotion_line", label=label, amount=off)]


def _discount_of(record: RewardRecord) -> Discount:
    return Discount(percent=record.percent, amounts=dict(record.amounts))


def _ended(turn: Turn, campaign_id: str) -> None:
    session = turn.state.session
    session[ENDED] = [*session.get(ENDED, []), campaign_id]


def promotion_ended(turn: Turn, promotion: Promotion | None) -> None:
    """Checkout refused the order's promotion: not offered again this session."""
    if promotion is None:
        return
    if promotion.campaign:
        _ended(turn, promotion.campaign)
    elif turn.state.session.get(USE_REWARD) == promotion.reward:
        turn.state.session.pop(USE_REWARD, None)
        profile = profile_of(turn)
        profile.used(promotion.reward or "", "elsewhere")
        keep(turn, profile)


# --- rewards held ---------------------------------------------------------------------------


def held(turn: Turn, kinds: tuple[str, ...]) -> list[dict]:
    """The shopper's available rewards of ``kinds``, the soonest to expire first."""
    profile = profile_of(turn)
    found = [
        r for r in profile.rewards
        if r.get("state") == "available" and r.get("kind") in kinds
        and r.get("expires_at", 0) > turn.now
    ]  # fmt: skip
    return sorted(found, key=lambda r: (r["expires_at"], r["reward_id"]))


def wanted_reward(turn: Turn, kinds: tuple[str, ...]) -> dict | None:
    wanted = turn.state.session.get(USE_REWARD)
    return next((r for r in held(turn, kinds) if r["reward_id"] == wanted), None)


def use(turn: Turn, reward: dict) -> None:
    """The shopper asked to use ``reward`` (applied by the next summary or gift)."""
    turn.state.session[USE_REWARD] = reward["reward_id"]


def describe(turn: Turn, reward: dict, currency: str) -> Ssml:
    """ "10 % de remise sur votre prochaine commande" and the like."""
    record = RewardRecord.from_json(reward)
    if record.kind == "free_product":
        product = turn.catalog.get(record.product or "")
        if product is not None:
            return turn.say("reward_what_product", product=turn.product_name(product))
    if record.kind == "match":
        cap = match_cap(record, currency)
        if cap is not None:
            return turn.say(
                "reward_what_match", percent=record.match_percent, max=cap, seller=seller(turn)
            )
    if record.percent:
        return turn.say("reward_what_percent", percent=record.percent)
    amount = record.amounts.get(currency)
    if amount is not None:
        return turn.say("reward_what_amount", amount=amount)
    return turn.say("reward_what_other")


def _label(turn: Turn, reward_id: str) -> str:
    rule = turn.content.marketing.rule(reward_id)
    return rule.text[turn.locale].label if rule and turn.locale in rule.text else reward_id


def date_of(turn: Turn, timestamp: float) -> Ssml:
    moment = datetime.fromtimestamp(timestamp, UTC)
    months = turn.speaker.text("reward_months").split()
    return turn.say("reward_date", day=moment.day, month=months[moment.month - 1])


def match_for(turn: Turn, gift: Money) -> Money | None:
    """What the merchant adds to ``gift`` when the shopper asked to use a match reward."""
    from payments.matching import match_amount  # donation turns only

    reward = wanted_reward(turn, FOR_GIFTS)
    if reward is None or not turn.services.match_token:
        return None
    record = RewardRecord.from_json(reward)
    amount = match_amount(gift, record.match_percent, match_cap(record, gift.currency))
    return amount if amount.minor else None


def seller(turn: Turn) -> str:
    """The shop's name as shoppers hear it (it matches their gifts)."""
    return turn.locale_settings.skill_name
