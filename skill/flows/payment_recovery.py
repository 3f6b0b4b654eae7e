"""A payment the gateway never answered is not forgotten: the next session asks about it.

When a charge ends with no answer (``RETRY_LATER``), what the shopper agreed to is kept in their
state (``UserState.open_payment``). The next launch reads that one order (the only extra read,
and only then): still unanswered, the shopper hears it and chooses to try again (the same
attempt, so the same idempotency key: it cannot charge twice) or to cancel it (the domain
resolves the unknown outcome and refunds a charge that went through); settled meanwhile, the
mark is dropped.
"""

from __future__ import annotations

from payments.agreement import PendingOrder
from payments.checkout_outcomes import CancelResult, CancelStatus
from payments.orders import OrderState
from skill.flows import checkout, pin
from skill.flows.common import follow_up, spoken_number
from skill.questions import OpenPayment, OrderPin
from skill.turn import Reply, Slots, Turn

_OPEN = (OrderState.PAYMENT_UNKNOWN, OrderState.CHARGING)


def ask(turn: Turn) -> Reply | None:
    """ "A payment of 25,80 € is still unanswered. Shall I try again?", or None."""
    open_payment = turn.state.open_payment or {}
    if not open_payment.get("order"):
        turn.state.open_payment = None
        return None
    owner = pin.payer(turn)
    if owner is None:
        return None
    pending = PendingOrder.from_json(open_payment["order"])
    order = turn.services.checkout.find_order(owner, pending)
    if order is None or order.state not in _OPEN or order.abandoned:
        turn.state.open_payment = None
        return None
    return turn.ask(
        turn.say("open_payment", number=spoken_number(order.order_id), total=order.total),
        question=OpenPayment(
            open_payment["order"], int(open_payment.get("attempt", 1)), order.order_id
        ),
        reprompt=turn.say("open_payment_reprompt"),
    )


def retry(turn: Turn, question: OpenPayment, slots: Slots) -> Reply:
    """Try the same attempt again: within the PIN's grace no PIN, after it the PIN again."""
    return checkout.retry_open(turn, OrderPin(question.order, question.attempt))


def abandon(turn: Turn, question: OpenPayment, slots: Slots) -> Reply:
    owner = pin.payer(turn)
    if owner is None:
        return pin.link_account(turn)
    result = turn.services.checkout.cancel_order(owner, question.order_id)
    return turn.settle(result, lambda t, r: _abandoned(t, question, r))


def forget(turn: Turn, order_id: str) -> None:
    """The open payment, when it is ``order_id``, is settled (cancelled): the mark is dropped,
    and the cart, which named this order, draws a new id, or checking out again names the
    cancelled order. The cart's lines stay: the shopper may still want them."""
    open_payment = turn.state.open_payment or {}
    owner = pin.payer(turn)
    if not open_payment.get("order") or owner is None:
        return
    pending = PendingOrder.from_json(open_payment["order"])
    if turn.services.checkout.order_id_for(owner, pending) == order_id:
        turn.state.open_payment = None
        turn.state.cart_id = checkout.new_cart_id()


def _abandoned(turn: Turn, question: OpenPayment, result: CancelResult) -> Reply:
    if result.status in (CancelStatus.RETRY_LATER, CancelStatus.IN_PROGRESS):
        return follow_up(turn, turn.say("cancel_retry_later"))  # the mark stays: ask again later
    forget(turn, question.order_id)
    key = {
        CancelStatus.REFUNDED: "open_payment_refunded",
        CancelStatus.CANCELLED: "open_payment_cancelled",
        CancelStatus.RETRY_LATER: "cancel_retry_later",
        CancelStatus.IN_PROGRESS: "cancel_retry_later",
        CancelStatus.NOT_CANCELLABLE: "cancel_too_late",
    }.get(result.status, "cancel_refund_failed")
    total = result.order.total if result.order else ""
    return follow_up(
        turn,
        turn.say(
            key,
            number=spoken_number(question.order_id),
            total=total,
            phone=turn.content.settings.support_phone,
        ),
    )


def later(turn: Turn, question: OpenPayment, slots: Slots) -> Reply:
    """ "No": leave it; the shopper hears about it again next time."""
    return follow_up(turn, turn.say("open_payment_later"))
