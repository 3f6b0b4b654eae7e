"""Checkout: read back the order, ask for the PIN, charge once, confirm by voice and by a card.

Certification asks that before a purchase the shopper hears the seller, the items, the delivery
and the total; then confirms; then proves it is them (the wallet PIN, or Alexa's voice check).

The order id comes from what the shopper agrees to: the cart's id (``UserState.cart_id``, drawn
once per cart) and its lines, delivery and address. So checking out the same cart twice names
the same order: a paid one is said to be paid, an unanswered one is resumed, and after a decline
the shopper agrees to a new attempt. A campaign's discount, or the reward the shopper asked for,
is part of what they agree to (``skill.flows.promotions``: the summary says the discount and the
exact total); if it ended meanwhile, nothing is charged and the summary is read again without it. The charge is ``Turn.settle``d: a replay of this turn speaks
and applies its outcome instead of deciding again, and ``UserState.settled`` applies the
consequences of one order (the cart emptied of its lines, the purchase events) once.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from catalog import cart
from payments.agreement import PendingOrder
from payments.checkout_outcomes import PlaceResult, PlaceStatus
from payments.errors import InvalidInput
from payments.orders import Order, OrderState
from payments.promotion import Promotion
from reports.funnel import purchase_events
from skill import metrics
from skill.flows import deeds, giving, pin, promotions, round_up
from skill.flows.cart_speech import spoken_fee, spoken_lines, totals
from skill.flows.common import again, follow_up, spoken_number
from skill.metrics import Metric
from skill.questions import (
    AnythingElse,
    ConfirmOrder,
    DonationPin,
    OrderPin,
    PaymentRetry,
    Question,
    VoiceCheck,
    WhatNext,
    WhichProduct,
)
from skill.speech import plain
from skill.turn import Card, Reply, Slot, Slots, Turn

_DONE = (OrderState.PAID, OrderState.CLAIMED)


def summary(turn: Turn, lead: str = "") -> Reply:
    """Read back the order and ask the shopper to confirm it."""
    if not turn.state.cart:
        return turn.ask(
            lead,
            turn.say("cart_empty"),
            question=WhichProduct("add"),
            reprompt=turn.say("reprompt_product_which"),
        )
    if cart.in_other_currency(turn.state.cart, turn.catalog):
        return follow_up(turn, lead, turn.say("checkout_other_currency"))
    owner = pin.payer(turn)
    if owner is None:
        return pin.link_account(turn).led_by(lead)
    wallet = turn.services.wallets.show(owner)
    if wallet is None:
        return pin.no_wallet(turn).led_by(lead)
    if wallet.locked:
        return pin.locked(turn).led_by(lead)
    if turn.state.open_payment:
        # A payment the gateway never answered is settled first (tried again or cancelled):
        # another order now could hold the same goods twice.
        from skill.flows import payment_recovery

        recovered = payment_recovery.ask(turn)
        if recovered is not None:
            return recovered.led_by(lead)
    if not turn.state.cart_id:
        turn.state.cart_id = new_cart_id()
    priced = totals(turn)
    order = promotions.price_order(turn, priced, owner)
    pending = PendingOrder.create(
        turn.content.settings.seller_of_record,
        order.lines,
        order.delivery,
        wallet.address,
        nonce=turn.state.cart_id,
        promotion=order.promotion,
    )
    existing = turn.services.checkout.find_order(owner, pending)
    attempt = 1
    if existing is not None:
        if existing.state in _DONE:
            return paid(turn, existing, lead=turn.say("order_already_paid"))
        failed = existing.state is OrderState.PAYMENT_FAILED
        attempt = existing.attempt + 1 if failed else existing.attempt
    for line in turn.state.cart:  # the funnel's "carts" stage (reports.funnel)
        if line.get("via"):
            turn.record("checkout", guide=line["via"], product=line["id"])
    speech = turn.say(
        "checkout_summary",
        seller=pending.seller,
        lines=turn.speaker.join(spoken_lines(turn, priced), *order.said),
        address=wallet.address_short,
        delivery=spoken_fee(turn, order.delivery),
        total=pending.total,
        card=pin.spoken_card(turn, wallet),
    )
    return turn.ask(
        lead,
        speech,
        _reward_hint(turn, order.promotion, pending.total.currency),
        turn.say("checkout_confirm"),
        question=ConfirmOrder(pending.to_json(), attempt),
        reprompt=turn.say("checkout_reprompt", total=pending.total),
    )


def _reward_hint(turn: Turn, applied: Promotion | None, currency: str) -> str:
    """A reward the shopper holds for orders and has not asked to use: said with the summary,
    or it waits unseen while they pay full price."""
    held = promotions.held(turn, promotions.FOR_ORDERS)
    asked = promotions.wanted_reward(turn, promotions.FOR_ORDERS) is not None
    if not held or asked or (applied is not None and applied.reward is not None):
        return ""
    return turn.say("checkout_reward_hint", what=promotions.describe(turn, held[0], currency))


def new_cart_id() -> str:
    return secrets.token_urlsafe(12)


def intent(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "Check out"."""
    return summary(turn)


def agreed(turn: Turn, question: ConfirmOrder, slots: Slots) -> Reply:
    """Yes to the summary, or "place the order", « je veux payer » said to it (it read the
    summary again, a loop): the code is asked, which alone lets the payment go."""
    return pin.ask(turn, OrderPin(question.order, question.attempt))


def refused(turn: Turn, question: ConfirmOrder, slots: Slots) -> Reply:
    return follow_up(turn, turn.say("checkout_declined"))


def summary_again(turn: Turn, question: ConfirmOrder | OrderPin, slots: Slots) -> Reply:
    """ "Go back" at the code: read the (maybe changed) cart again."""
    return summary(turn)


def asked_while_confirming(turn: Turn, question: ConfirmOrder, slots: Slots) -> Reply:
    """ "How much is delivery?", "what's the total?" while the summary waits: no product goes
    by those words, so the summary (delivery and total) is said again and the order still
    waits; a product named is described, the order set aside as any request sets it aside."""
    from skill.flows import products

    slot = slots.get("product", Slot())
    if slot.empty or turn.services.resolve_product(turn.locale, slot).status == "none":
        return summary(turn)
    return products.info(turn, None, slots).led_by(turn.say(question.set_aside))


# --- the PIN ------------------------------------------------------------------------------------


def delivery_asked(turn: Turn, question: ConfirmOrder | OrderPin, slots: Slots) -> Reply:
    """ "How much is delivery?" while the summary or the code waits: the fee and the total,
    then the same question again (the whole summary is not read again)."""

    def fee(pending: PendingOrder) -> list[str]:
        free = pending.delivery_fee.minor == 0
        return [
            turn.say("order_delivery_free" if free else "order_delivery", fee=pending.delivery_fee)
        ]

    return _detail(turn, question, fee)


def lines_asked(turn: Turn, question: ConfirmOrder | OrderPin, slots: Slots) -> Reply:
    """ "What's in my cart?" while the summary or the code waits: the lines and the total,
    then the same question again."""
    return _detail(turn, question, lambda pending: [spoken_lines(turn, totals(turn))])


def _detail(
    turn: Turn,
    question: ConfirmOrder | OrderPin,
    said: Callable[[PendingOrder], list[str]],
) -> Reply:
    if question.order is None:
        return summary(turn)
    pending = PendingOrder.from_json(question.order)
    parts = [*said(pending), turn.say("pin_total", total=pending.total)]
    if isinstance(question, OrderPin):
        return pin.ask(turn, question, lead=turn.speaker.join(*parts))
    return again(turn, question, *parts)


def pin_given(turn: Turn, question: OrderPin, slots: Slots) -> Reply | None:
    """A spoken code for the order; on another intent, only when its words are four digits
    (a size alone resizes the order: ``other_size.while_ordering``)."""
    code = pin.spoken(slots)
    if code is None:
        if pin.attempted(slots):
            return pin.not_understood(turn, question)
        from skill.flows import other_size  # "the bigger one": the order resized

        return other_size.while_ordering(turn, question, slots)  # else the intent moves on
    return _place(turn, question, code, voice_verified=False)


def pin_refused(turn: Turn, question: OrderPin, slots: Slots) -> Reply:
    return follow_up(turn, turn.say("checkout_declined"))


def resumed(turn: Turn, question: VoiceCheck, slots: Slots) -> Reply:
    """Back from Alexa's voice check: only the check this skill started, in Alexa PIN mode."""
    status = slots.get("status", Slot()).text
    token = slots.get("token", Slot()).text
    if turn.services.settings.pin_mode != "alexa" or not token or token != question.token:
        return follow_up(turn, turn.say("voice_check_unknown"))
    if question.purpose == "donation":
        return giving.voice_checked(turn, question, status)
    order_pin = OrderPin(question.order, question.attempt)
    if status == "ACHIEVED":
        return _place(turn, order_pin, None, voice_verified=True)
    if status == "NOT_ENABLED":
        return turn.ask(turn.say("pin_ask"), question=order_pin, reprompt=turn.say("pin_reprompt"))
    return follow_up(turn, turn.say("voice_check_failed"))


def resumed_unasked(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """A voice check result the skill did not ask for: nothing is charged."""
    return follow_up(turn, turn.say("voice_check_unknown"))


def nothing_to_confirm(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """A code with nothing waiting for one: never repeated, never checked."""
    return follow_up(turn, turn.say("pin_nothing_pending"))


def code_unasked(turn: Turn, question: Question, slots: Slots) -> Reply:
    """A code said to a question that wants something else (a yes or no, a fabric): never
    repeated, never checked, and the question asked again rather than lost; another bare
    number ("7" to "which fabric?") is not understood, the question asked again too."""
    if isinstance(question, (WhatNext, AnythingElse)):
        return nothing_to_confirm(turn, question, slots)
    key = "pin_not_asked" if pin.spoken(slots) is not None else "not_understood"
    return again(turn, question, turn.say(key))


def voice_check_pending(turn: Turn, question: VoiceCheck, slots: Slots) -> Reply:
    """ "Yes" while Alexa's voice check should be running: start it again."""
    if question.purpose == "donation":
        return pin.ask(turn, DonationPin(question.donation))
    return pin.ask(turn, OrderPin(question.order, question.attempt))


def retry(turn: Turn, question: PaymentRetry, slots: Slots) -> Reply:
    return _place(turn, OrderPin(question.order, question.attempt), None, voice_verified=False)


def retry_open(turn: Turn, question: OrderPin) -> Reply:
    """A payment left unanswered in an earlier session, tried again."""
    return _place(turn, question, None, voice_verified=False)


def retry_declined(turn: Turn, question: PaymentRetry, slots: Slots) -> Reply:
    return follow_up(turn, turn.say("payment_retry_declined"))


def _place(turn: Turn, question: OrderPin, code: str | None, *, voice_verified: bool) -> Reply:
    if question.order is None:
        return follow_up(turn, turn.say("pin_nothing_pending"))
    owner = pin.payer(turn)
    if owner is None:
        return pin.link_account(turn)
    try:
        result = turn.services.checkout.place_order(
            owner,
            PendingOrder.from_json(question.order),
            code,
            attempt=question.attempt,
            voice_verified=voice_verified,
        )
    except InvalidInput:
        return pin.not_understood(turn, question)
    return turn.settle(result, lambda t, r: outcome(t, question, r))


def outcome(turn: Turn, question: OrderPin, result: PlaceResult) -> Reply:
    """Say what became of the payment, and apply it to the shopper's state."""
    status = result.status
    if status is PlaceStatus.PAID and result.order is not None:
        metrics.count(Metric.ORDERS_PAID)
        metrics.count(Metric.CHARGES)
        return paid(turn, result.order)
    refused = pin.refused(turn, question, status, result.attempts_left)
    if refused is not None:
        return refused
    if status is PlaceStatus.DECLINED:
        metrics.count(Metric.ORDERS_DECLINED)
        return follow_up(turn, pin.declined(turn, result.decline_reason), turn.say("decline_next"))
    if status is PlaceStatus.RETRY_LATER:
        turn.state.open_payment = {"order": question.order, "attempt": question.attempt}
        return turn.ask(
            turn.say("payment_retry_later"),
            question=PaymentRetry(question.order, question.attempt),
            reprompt=turn.say("payment_retry_reprompt"),
        )
    if status is PlaceStatus.IN_PROGRESS:
        return follow_up(turn, turn.say("payment_in_progress"))
    if status is PlaceStatus.PROMOTION_ENDED:
        ended = PendingOrder.from_json(question.order).promotion if question.order else None
        promotions.promotion_ended(turn, ended)
        return summary(turn, lead=turn.say("promotion_ended"))
    return follow_up(turn, turn.say("order_was_cancelled"))


def paid(turn: Turn, order: Order, lead: str = "") -> Reply:
    """The order is paid: its lines leave the cart (once), and the shopper hears it."""
    state = turn.state
    earned = deeds.Earned()
    if state.first_time(order.order_id):
        via = {line["id"]: line.get("via") for line in state.cart}
        for data in purchase_events(order, via):
            turn.record("purchase", **data)
        state.cart = _without(state.cart, order)
        state.cart_id = new_cart_id()
        earned = deeds.order_paid(turn, order)
    if state.open_payment and order.order_id == _open_order_id(turn):
        state.open_payment = None
    number = spoken_number(order.order_id)
    speech = turn.speaker.join(
        turn.say("order_confirmed", number=number, total=order.total), *earned.speech
    )
    card_text = plain(
        turn.say(
            "order_card", number=number, total=order.total, address=order.shipping_address.short()
        )
    )
    card = Card(plain(turn.say("order_card_title")), "\n".join([card_text, *earned.card]))
    gift = round_up.offer(turn, order)
    if gift is not None:
        return Reply(
            turn.speaker.join(lead, speech, gift.speech), gift.question, gift.reprompt, card
        )
    return follow_up(turn, lead, speech, card=card)


def _open_order_id(turn: Turn) -> str | None:
    """The id of the order ``UserState.open_payment`` keeps, if any."""
    open_payment = turn.state.open_payment or {}
    if not open_payment.get("order"):
        return None
    pending = PendingOrder.from_json(open_payment["order"])
    return turn.services.checkout.order_id_for(turn.payer, pending) if turn.payer else None


def _without(lines: list[dict], order: Order) -> list[dict]:
    """The cart lines left once the order's quantities are taken out (a free product a reward
    added counts with its product: the cart never holds more than was ordered)."""
    bought: dict[str, int] = {}
    for ordered in order.lines:
        bought[ordered.product_id] = bought.get(ordered.product_id, 0) + ordered.quantity
    left = []
    for line in lines:
        quantity = int(line["qty"]) - bought.pop(line["id"], 0)
        if quantity > 0:
            left.append({**line, "qty": quantity})
    return left
