"""After-sale by voice: "where is my order?" and "cancel my order" (refund after a yes)."""

from __future__ import annotations

from payments.checkout_outcomes import CancelResult, CancelStatus
from payments.orders import OrderState
from skill.flows import deeds, payment_recovery, pin
from skill.flows.common import follow_up, spoken_number
from skill.questions import CancelOrder, Question
from skill.turn import Reply, Slots, Turn

CANCELLABLE = (
    OrderState.PAID,
    OrderState.PAYMENT_FAILED,
    OrderState.PAYMENT_UNKNOWN,
    OrderState.CHARGING,
)
"""Orders "cancel my order" offers: paid (refunded), declined (closed), or a payment the
gateway has not answered (resolved with its own key, refunded if it went through)."""
_CONFIRM = {
    OrderState.PAYMENT_FAILED: "cancel_confirm_declined",
    OrderState.PAYMENT_UNKNOWN: "cancel_confirm_unanswered",
    OrderState.CHARGING: "cancel_confirm_unanswered",
}
LATEST = 3


def status(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    owner = pin.payer(turn)
    if owner is None:
        return pin.link_account(turn)
    orders = turn.services.checkout.latest_orders(owner, LATEST)
    if not orders:
        return follow_up(turn, turn.say("orders_none"))
    parts = [
        turn.say(
            "order_line",
            number=spoken_number(order.order_id),
            total=order.total,
            state=turn.say(f"order_state_{order.state.value}"),
        )
        for order in orders
    ]
    # What the latest order held ("what did I order last time?").
    items = [
        turn.say("order_item", title=line.title, quantity=line.quantity) for line in orders[0].lines
    ]
    parts.insert(1, turn.say("order_items", items=turn.speaker.both(items)))
    return follow_up(turn, turn.say("orders_intro", count=len(orders)), *parts)


def cancel(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    owner = pin.payer(turn)
    if owner is None:
        return pin.link_account(turn)
    orders = turn.services.checkout.latest_orders(owner, LATEST)
    order = next((o for o in orders if o.state in CANCELLABLE), None)
    if order is None:
        return follow_up(turn, turn.say("cancel_nothing"))
    key = _CONFIRM.get(order.state, "cancel_confirm")
    return turn.ask(
        turn.say(key, number=spoken_number(order.order_id), total=order.total),
        question=CancelOrder(order.order_id),
        reprompt=turn.say("cancel_reprompt", number=spoken_number(order.order_id)),
    )


def confirmed(turn: Turn, question: CancelOrder, slots: Slots) -> Reply:
    owner = pin.payer(turn)
    if owner is None:
        return pin.link_account(turn)
    result = turn.services.checkout.cancel_order(owner, question.order_id)
    return turn.settle(result, lambda t, r: _cancelled(t, question.order_id, r))


def _cancelled(turn: Turn, order_id: str, result: CancelResult) -> Reply:
    if result.status not in (CancelStatus.RETRY_LATER, CancelStatus.IN_PROGRESS):
        payment_recovery.forget(turn, order_id)
    key = {
        CancelStatus.REFUNDED: "cancel_refunded",
        CancelStatus.CANCELLED: "cancel_closed",
        CancelStatus.NOT_FOUND: "cancel_nothing",
        CancelStatus.NOT_CANCELLABLE: "cancel_too_late",
        CancelStatus.RETRY_LATER: "cancel_retry_later",
        CancelStatus.IN_PROGRESS: "cancel_retry_later",
        CancelStatus.REFUND_FAILED: "cancel_refund_failed",
    }[result.status]
    total = result.order.total if result.order else ""
    if (
        result.order is not None
        and result.status is CancelStatus.REFUNDED
        and not result.order.abandoned
    ):
        # Only a paid order counted in the profile (``checkout.paid``): a declined one closed,
        # or a pending payment abandoned and refunded, never did.
        deeds.order_cancelled(turn, result.order)
    return follow_up(
        turn,
        turn.say(
            key,
            number=spoken_number(order_id),
            total=total,
            phone=turn.content.settings.support_phone,
        ),
    )


def kept(turn: Turn, question: CancelOrder, slots: Slots) -> Reply:
    return follow_up(turn, turn.say("cancel_kept"))


def kept_and_stop(turn: Turn, question: CancelOrder, slots: Slots) -> Reply:
    """ "Cancel" to "do you want to cancel order …?": Alexa's "never mind"; the order stays,
    and the shopper hears so before goodbye."""
    return turn.tell(turn.say("cancel_kept"), turn.say("goodbye"))
