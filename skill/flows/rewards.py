""" "Utilise ma récompense" / "use my reward": the shopper's rewards, applied when they ask.

A reward for an order (a discount, a free product) is applied by reading the checkout summary
again with it (the shopper hears the new total before the PIN); a reward that matches a gift is
applied to the gift being confirmed (the merchant's match is made once the gift is given).
Asked with nothing to apply it to, the skill lists the shopper's rewards and keeps the wish for
this session: the next summary (or, with only a gift reward, the next gift) uses it. Which
reward: the one that expires first.
"""

from __future__ import annotations

from payments.donations import PendingDonation
from skill.flows import checkout, promotions
from skill.flows.common import again, follow_up
from skill.flows.promotions import FOR_GIFTS, FOR_ORDERS
from skill.questions import (
    ConfirmDonation,
    ConfirmOrder,
    DonationPin,
    DonationReceipt,
    OrderPin,
    Question,
    RoundUp,
)
from skill.turn import Reply, Slots, Turn


def _held(turn: Turn) -> tuple[list[dict], list[dict]]:
    """The shopper's rewards for orders and for gifts (gifts only when matches can be paid)."""
    for_gifts = promotions.held(turn, FOR_GIFTS) if turn.services.match_token else []
    return promotions.held(turn, FOR_ORDERS), for_gifts


def _said(turn: Turn, rewards: list[dict]) -> str:
    """ "You have two rewards: …" """
    currency = turn.locale_settings.currency
    items = [promotions.describe(turn, r, currency) for r in rewards]
    return turn.say("rewards_list", count=len(items), items=turn.speaker.both(items))


def use(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """Nothing pending: apply a reward to the cart, or say which rewards the shopper has."""
    for_orders, for_gifts = _held(turn)
    if turn.state.cart and for_orders:
        promotions.use(turn, for_orders[0])
        return checkout.summary(turn)
    if not for_orders and not for_gifts:
        return follow_up(turn, turn.say("rewards_none"))
    parts = [_said(turn, [*for_orders, *for_gifts])]
    if for_orders:
        promotions.use(turn, for_orders[0])
        parts.append(turn.say("reward_saved_for_order", count=len(for_orders)))
        if for_gifts:
            parts.append(turn.say("reward_use_with_gift"))
    else:
        promotions.use(turn, for_gifts[0])
        parts.append(turn.say("reward_saved_for_gift"))
    return follow_up(turn, *parts)


def listed(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "What rewards do I have?": the rewards and how to use them; none is used for asking."""
    for_orders, for_gifts = _held(turn)
    rewards = [*for_orders, *for_gifts]
    if not rewards:
        return follow_up(turn, turn.say("rewards_none"))
    return follow_up(turn, _said(turn, rewards), turn.say("reward_say_use", count=len(rewards)))


def use_at_checkout(turn: Turn, question: ConfirmOrder | OrderPin, slots: Slots) -> Reply:
    """While the order waits for a yes or the PIN: the summary again, with the reward."""
    rewards = promotions.held(turn, FOR_ORDERS)
    if not rewards:
        return again(turn, question, turn.say("reward_none_for_order"))
    promotions.use(turn, rewards[0])
    return checkout.summary(turn)


def use_for_gift(
    turn: Turn, question: ConfirmDonation | DonationReceipt | DonationPin | RoundUp, slots: Slots
) -> Reply:
    """While a gift waits for a yes, the receipt question or the PIN: the merchant will match
    it once it is given; the same question is asked again."""
    rewards = promotions.held(turn, FOR_GIFTS)
    if not rewards or question.donation is None or not turn.services.match_token:
        return again(turn, question, turn.say("reward_none_for_gift"))
    promotions.use(turn, rewards[0])
    gift = PendingDonation.from_json(question.donation).amount
    amount = promotions.match_for(turn, gift)
    if amount is None:
        return again(turn, question, turn.say("reward_none_for_gift"))
    seller = turn.locale_settings.skill_name
    return again(turn, question, turn.say("gift_will_match", seller=seller, amount=amount))
