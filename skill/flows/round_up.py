"""The round-up after a purchase: "round up to 25 € with 1,10 € for the Red Cross?".

A separate gift: it needs the PIN again, unless the merchant allows reusing the purchase's PIN
check for ``pin_reuse_seconds`` (at most ``MAX_PIN_REUSE``). Only the time of that check is
kept, never the PIN.
"""

from __future__ import annotations

from payments.donations import PendingDonation
from payments.money import Money
from payments.orders import Order
from skill.flows import giving, pin, promotions
from skill.flows.common import follow_up
from skill.questions import DonationPin, RoundUp
from skill.turn import Reply, Slot, Slots, Turn

MAX_PIN_REUSE = 60


def offer(turn: Turn, order: Order) -> Reply | None:
    """After a paid order: the round-up question, or None.

    Offered when the merchant opted in, the charity takes the order's currency, the total is not
    already a multiple of the merchant's ``to``, and the difference fits the charity's limits and
    what the daily cap leaves. The nonce comes from the order: one round-up per order, however often
    it is offered.
    """
    settings = turn.content.settings.round_up
    if settings is None or not settings.enabled:
        return None
    charity = turn.content.charities.get(settings.charity)
    text = charity.text.get(turn.locale) if charity else None
    currency = order.total.currency
    if text is None or text.currency != currency:
        return None
    rounded = rounded_total(order.total, settings.to, text.minimum)
    if rounded is None:
        return None
    gift = rounded - order.total
    if gift > text.maximum:
        return None
    if gift > turn.services.donations.room_today(order.owner, currency):
        return None
    pending = PendingDonation.create(settings.charity, gift, nonce=f"roundup-{order.order_id}")
    name = turn.charity_name(settings.charity)
    # The order is created right after the PIN check: its time is never later than the check.
    # A match the shopper asked for this session goes with this gift too: it is said.
    matched = promotions.match_for(turn, gift)
    seller = turn.locale_settings.skill_name
    return turn.ask(
        turn.say("gift_will_match", seller=seller, amount=matched) if matched else "",
        turn.say("round_up_offer", total=rounded, gift=gift, charity=name),
        question=RoundUp(pending.to_json(), order.created_at),
        reprompt=turn.say("round_up_reprompt", gift=gift, charity=name),
    )


def rounded_total(total: Money, to: int, minimum: Money) -> Money | None:
    """The next multiple of ``to`` major units above ``total`` that leaves the charity at least
    its ``minimum`` (12,70 € to the euro with a 1 € minimum: 14 €, not 13 €); None when the total
    is already a multiple."""
    unit = Money.of(to, total.currency).minor
    if total.minor % unit == 0:
        return None
    needed = total.minor + max(minimum.minor, 1)
    return Money(-(-needed // unit) * unit, total.currency)


def accepted(turn: Turn, question: RoundUp, slots: Slots) -> Reply:
    settings = turn.content.settings.round_up
    reuse = min(settings.pin_reuse_seconds, MAX_PIN_REUSE) if settings else 0
    verified_at = question.pin_verified_at
    donation_pin = DonationPin(question.donation)
    if reuse > 0 and verified_at is not None and 0 <= turn.now - float(verified_at) <= reuse:
        return giving.give(turn, donation_pin, None, pin_reused=True)
    return pin.ask(turn, donation_pin, turn.say("round_up_pin_again"))


def declined(turn: Turn, question: RoundUp, slots: Slots) -> Reply:
    return follow_up(turn, turn.say("no_problem"))


def other_amount(turn: Turn, question: RoundUp, slots: Slots) -> Reply:
    """ "Give two dollars instead", « plutôt trois euros »: a gift of that amount to the
    round-up's charity, read back and confirmed as any gift (a new gift, its own PIN)."""
    from skill.flows import donations

    offered = PendingDonation.from_json(question.donation) if question.donation else None
    charity = slots.get("charity", Slot())
    if charity.empty and offered is not None:
        charity = Slot(entity_id=offered.charity_id)
    return donations.donate(turn, None, {**slots, "charity": charity})
