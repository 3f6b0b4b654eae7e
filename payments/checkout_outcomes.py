"""What checkout answers: the outcome of placing an order (``PlaceStatus``) and of cancelling
one (``CancelStatus``), and how an order's state reads as each."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from payments.charging import PaymentResult
from payments.orders import Order, OrderState


class PlaceStatus(StrEnum):
    PAID = "paid"
    DECLINED = "declined"
    """``decline_reason`` says why; ``place_order`` with ``attempt + 1`` tries again."""
    RETRY_LATER = "retry_later"
    """The gateway did not answer; ``place_order`` again (no PIN needed for ``pin_grace``)."""
    IN_PROGRESS = "in_progress"
    """Another request is charging this order right now; ask again in a moment."""
    WRONG_PIN = "wrong_pin"
    LOCKED = "locked"
    NO_WALLET = "no_wallet"
    PIN_REQUIRED = "pin_required"
    CANCELLED = "cancelled"
    """The order was cancelled (before or after its payment), refunded or being refunded."""
    PROMOTION_ENDED = "promotion_ended"
    """The order's campaign or reward can no longer apply (``payments.promotions``): nothing
    was charged and no PIN was checked; read the summary again without it."""


@dataclass(frozen=True)
class PlaceResult(PaymentResult):
    status: PlaceStatus
    order: Order | None = None


class CancelStatus(StrEnum):
    REFUNDED = "refunded"
    CANCELLED = "cancelled"
    """Nothing was charged (a declined or abandoned payment): the order is closed."""
    NOT_FOUND = "not_found"
    NOT_CANCELLABLE = "not_cancellable"
    """Claimed by the merchant for shipping, or shipped."""
    IN_PROGRESS = "in_progress"
    """Another request is charging or refunding the order right now; cancel again in a moment."""
    RETRY_LATER = "retry_later"
    """The gateway did not answer; cancel again (the same keys: nothing moves twice)."""
    REFUND_FAILED = "refund_failed"
    """The gateway refused the refund; a human must look."""


@dataclass(frozen=True)
class CancelResult:
    status: CancelStatus
    order: Order | None = None


_OUTCOMES = {
    OrderState.PAID: PlaceStatus.PAID,
    OrderState.CLAIMED: PlaceStatus.PAID,
    OrderState.SHIPPED: PlaceStatus.PAID,
    OrderState.PAYMENT_UNKNOWN: PlaceStatus.RETRY_LATER,
    OrderState.CHARGING: PlaceStatus.IN_PROGRESS,
    OrderState.REFUNDING: PlaceStatus.CANCELLED,
    OrderState.REFUNDED: PlaceStatus.CANCELLED,
    OrderState.REFUND_FAILED: PlaceStatus.CANCELLED,
    OrderState.CANCELLED: PlaceStatus.CANCELLED,
}

_CANCELS = {
    OrderState.REFUNDED: CancelStatus.REFUNDED,
    OrderState.REFUNDING: CancelStatus.RETRY_LATER,
    OrderState.CANCELLED: CancelStatus.CANCELLED,
    OrderState.REFUND_FAILED: CancelStatus.REFUND_FAILED,
    OrderState.CLAIMED: CancelStatus.NOT_CANCELLABLE,
    OrderState.SHIPPED: CancelStatus.NOT_CANCELLABLE,
    OrderState.CHARGING: CancelStatus.IN_PROGRESS,
    OrderState.PAYMENT_UNKNOWN: CancelStatus.RETRY_LATER,
}


def placed(order: Order) -> PlaceResult:
    """What ``place_order`` answers for an order in its current state."""
    if order.state is OrderState.PAYMENT_FAILED:
        return PlaceResult(PlaceStatus.DECLINED, order, decline_reason=order.failure_reason)
    if order.abandoned:
        return PlaceResult(PlaceStatus.CANCELLED, order)  # never resumed as a purchase
    return PlaceResult(_OUTCOMES[order.state], order)


def cancelled(order: Order) -> CancelResult:
    """What ``cancel_order`` answers for an order in its current state."""
    return CancelResult(_CANCELS[order.state], order)
