"""Checkout: read back the order, ask for the PIN, charge once, confirm by voice and by a card.

Certification asks that before a purchase the shopper hears the seller, the items, the delivery
and the total; then confirms; then proves it is them (the wallet PIN, or Alexa's voice check).
The pending order lives in the shopper's state from the summary on: its random nonce, drawn when
the summary was read, makes the order id, and the order id makes the charge's idempotency key.
"""

from __future__ import annotations

from catalog import cart
from payments.checkout import PlaceResult, PlaceStatus
from payments.errors import InvalidInput
from payments.orders import OrderLine, PendingOrder
from skill.flows import pin, shopping
from skill.speech import plain
from skill.turn import Reply, Slot, Turn


def checkout(turn: Turn, slots: dict[str, Slot], added=None) -> Reply:
    """Read back the order and ask the shopper to confirm it."""
    lead = turn.say("added_short", product=added[0].title, quantity=added[1]) if added else ""
    if not turn.state.cart:
        turn.state.pending = None
        return turn.ask(turn.say("cart_empty"), reprompt=turn.say("reprompt_product_which"))
    wallet = turn.services.wallets.show(turn.owner)
    if wallet is None:
        return turn.ask(lead, pin.no_wallet(turn).speech, reprompt=turn.say("reprompt_welcome"))
    if wallet.locked:
        return pin.locked(turn)
    totals = cart.price(turn.state.cart, turn.catalog, turn.services.delivery_fee)
    pending = PendingOrder.create(
        turn.content.settings.seller_of_record,
        [
            OrderLine(line.product.id, line.product.title, line.quantity, line.product.price)
            for line in totals.lines
        ],
        totals.delivery,
        wallet.address,
    )
    turn.state.pending = {"kind": "checkout", "order": pending.to_json()}
    method = wallet.default_method
    lines, delivery = shopping.spoken_cart(turn, totals)
    summary = turn.say(
        "checkout_summary",
        seller=pending.seller,
        lines=lines,
        address=wallet.address_short,
        delivery=delivery,
        total=pending.total,
        card=turn.say("card_spoken", brand=method.brand, last4=" ".join(method.last4)),
    )
    return turn.ask(lead, summary, reprompt=turn.say("checkout_reprompt", total=pending.total))


def summary_accepted(turn: Turn) -> Reply:
    turn.state.pending = {**turn.state.pending, "kind": "pin"}
    return pin.ask(turn)


def summary_declined(turn: Turn) -> Reply:
    turn.state.pending = None
    return turn.ask(turn.say("checkout_declined"), reprompt=turn.say("reprompt_after_add"))


def voice_pin(turn: Turn, slots: dict[str, Slot]) -> Reply:
    """A spoken code: for the pending purchase, the pending donation, or nothing at all."""
    pending = turn.state.pending or {}
    if pending.get("kind") == "donation_pin":
        from skill.flows import donations

        return donations.pin_given(turn, slots.get("pin", Slot()))
    if pending.get("kind") not in ("pin", "payment_retry"):
        return turn.ask(turn.say("pin_nothing_pending"), reprompt=turn.say("reprompt_welcome"))
    code = pin.spoken_pin(slots.get("pin", Slot()))
    if code is None:
        return pin.not_understood(turn)
    return _place(turn, code, voice_verified=False)


def resumed(turn: Turn, slots: dict[str, Slot]) -> Reply:
    """Back from Alexa's voice check (``AMAZON.VerifyPerson``)."""
    status = slots.get("status", Slot()).text
    pending = turn.state.pending or {}
    if pending.get("kind") == "donation_pin":
        from skill.flows import donations

        return donations.resumed(turn, slots)
    if pending.get("kind") != "pin":
        return turn.ask(turn.say("pin_nothing_pending"), reprompt=turn.say("reprompt_welcome"))
    if status == "ACHIEVED":
        return _place(turn, None, voice_verified=True)
    if status == "NOT_ENABLED":
        return turn.ask(turn.say("pin_ask"), reprompt=turn.say("pin_reprompt"))
    turn.state.pending = None
    return turn.ask(turn.say("voice_check_failed"), reprompt=turn.say("reprompt_welcome"))


def retry_accepted(turn: Turn) -> Reply:
    return _place(turn, None, voice_verified=False)


def retry_declined(turn: Turn) -> Reply:
    turn.state.pending = None
    return turn.ask(turn.say("payment_retry_declined"), reprompt=turn.say("reprompt_welcome"))


def _place(turn: Turn, code: str | None, *, voice_verified: bool) -> Reply:
    pending_state = turn.state.pending
    order = PendingOrder.from_json(pending_state["order"])
    try:
        result = turn.services.checkout.place_order(
            turn.owner, order, code, voice_verified=voice_verified
        )
    except InvalidInput:
        return pin.not_understood(turn)
    return _outcome(turn, result)


def _outcome(turn: Turn, result: PlaceResult) -> Reply:
    status = result.status
    if status == PlaceStatus.PAID:
        return _paid(turn, result)
    if status == PlaceStatus.WRONG_PIN:
        return pin.wrong(turn, result.attempts_left)
    if status == PlaceStatus.LOCKED:
        return pin.locked(turn)
    if status == PlaceStatus.NO_WALLET:
        return pin.no_wallet(turn)
    if status in (PlaceStatus.PIN_REQUIRED,):
        turn.state.pending = {**turn.state.pending, "kind": "pin"}
        return pin.ask(turn)
    if status == PlaceStatus.DECLINED:
        turn.state.pending = None
        reason = f"decline_{result.decline_reason}"
        explained = (
            turn.say(reason) if reason in turn.speaker.prompts else turn.say("decline_other")
        )
        return turn.ask(
            explained, turn.say("decline_next"), reprompt=turn.say("reprompt_after_add")
        )
    if status == PlaceStatus.RETRY_LATER:
        turn.state.pending = {**turn.state.pending, "kind": "payment_retry"}
        return turn.ask(turn.say("payment_retry_later"), reprompt=turn.say("reprompt_yes_no"))
    if status == PlaceStatus.IN_PROGRESS:
        turn.state.pending = None
        return turn.ask(turn.say("payment_in_progress"), reprompt=turn.say("reprompt_welcome"))
    turn.state.pending = None
    return turn.ask(turn.say("checkout_declined"), reprompt=turn.say("reprompt_welcome"))


def _paid(turn: Turn, result: PlaceResult) -> Reply:
    order = result.order
    via = {line["id"]: line.get("via") for line in turn.state.cart}
    for line in order.lines:
        turn.record(
            "purchase",
            guide=via.get(line.product_id),
            product=line.product_id,
            order=order.order_id,
        )
    turn.state.cart = []
    turn.state.pending = None
    number = spoken_order_number(order.order_id)
    speech = turn.say("order_confirmed", number=number, total=order.total)
    card_title = plain(turn.say("order_card_title"))
    card_text = plain(
        turn.say(
            "order_card", number=number, total=order.total, address=order.shipping_address.short()
        )
    )
    from skill.flows import donations

    follow_up = donations.round_up_offer(turn, order)
    if follow_up is not None:
        return Reply(
            turn.speaker.join(speech, follow_up.speech),
            follow_up.reprompt,
            card_title=card_title,
            card_text=card_text,
        )
    return turn.ask(
        speech,
        turn.say("anything_else"),
        reprompt=turn.say("reprompt_welcome"),
        card_title=card_title,
        card_text=card_text,
    )


def spoken_order_number(order_id: str) -> str:
    """The last six characters, grouped by three: short enough to note down."""
    tail = order_id[-6:].upper()
    return f"{tail[:3]} {tail[3:]}"
