"""After-sale by voice: "where is my order?" and "cancel my order" (refund after a yes)."""

from __future__ import annotations

from payments.checkout import CancelStatus
from payments.orders import OrderState
from skill.flows.checkout import spoken_order_number
from skill.turn import Reply, Slot, Turn

CANCELLABLE = (OrderState.PAID, OrderState.PAYMENT_FAILED)
LATEST = 3


def order_status(turn: Turn, slots: dict[str, Slot]) -> Reply:
    orders = turn.services.checkout.latest_orders(turn.owner, LATEST)
    if not orders:
        return turn.ask(turn.say("orders_none"), reprompt=turn.say("reprompt_welcome"))
    parts = [
        turn.say(
            "order_line",
            number=spoken_order_number(order.order_id),
            total=order.total,
            state=turn.say(f"order_state_{order.state.value}"),
        )
        for order in orders
    ]
    return turn.ask(
        turn.say("orders_intro", count=len(orders)), *parts, reprompt=turn.say("reprompt_welcome")
    )


def cancel_order(turn: Turn, slots: dict[str, Slot]) -> Reply:
    orders = turn.services.checkout.latest_orders(turn.owner, LATEST)
    order = next((o for o in orders if o.state in CANCELLABLE), None)
    if order is None:
        turn.state.pending = None
        return turn.ask(turn.say("cancel_nothing"), reprompt=turn.say("reprompt_welcome"))
    turn.state.pending = {"kind": "cancel_order", "order_id": order.order_id}
    return turn.ask(
        turn.say("cancel_confirm", number=spoken_order_number(order.order_id), total=order.total),
        reprompt=turn.say("reprompt_yes_no"),
    )


def cancel_confirmed(turn: Turn) -> Reply:
    order_id = turn.state.pending["order_id"]
    turn.state.pending = None
    result = turn.services.checkout.cancel_order(turn.owner, order_id)
    number = spoken_order_number(order_id)
    key = {
        CancelStatus.REFUNDED: "cancel_refunded",
        CancelStatus.CANCELLED: "cancel_closed",
        CancelStatus.NOT_FOUND: "cancel_nothing",
        CancelStatus.NOT_CANCELLABLE: "cancel_too_late",
        CancelStatus.RETRY_LATER: "cancel_retry_later",
        CancelStatus.REFUND_FAILED: "cancel_refund_failed",
    }[result.status]
    total = result.order.total if result.order else ""
    return turn.ask(
        turn.say(key, number=number, total=total, phone=turn.content.settings.support_phone),
        reprompt=turn.say("reprompt_welcome"),
    )


def cancel_declined(turn: Turn) -> Reply:
    turn.state.pending = None
    return turn.ask(turn.say("cancel_kept"), reprompt=turn.say("reprompt_welcome"))
