"""What the merchant does with an order after checkout: ship it, refund it, cancel it, and the
order's one-time payment token (revealed once, then claimed).

- ``mark_shipped``: ``paid`` or ``claimed`` → ``shipped``, one conditional write on the version
  read (the order, its status index, the merchant's record) plus whatever the caller adds to the
  same transaction (its audit entry). A shopper asking "where is my order?" then hears
  "shipped"; a shipped order can no longer be cancelled by voice.
- ``refund``: a ``paid``, ``claimed`` or ``shipped`` order is refunded in full, once, through the
  exactly-once engine, with the **same idempotency key** as a shopper's cancellation
  (``orders.refund_key``): whoever comes first, the gateway moves the money back once.
- ``cancel``: a pending or failed payment is closed by ``Checkout.cancel_order`` (a pending one
  is resolved with its own key, and refunded if it went through).
- ``reveal_token`` / ``claim``: ``merchant_view.mint_payment_token`` and
  ``redeem_payment_token``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Unpack

from payments.charging import Options, payer_and_engine
from payments.checkout import Checkout
from payments.checkout_outcomes import CancelResult
from payments.gateway import Gateway
from payments.merchant_view import (
    get_merchant_record,
    merchant_state_put,
    mint_payment_token,
    redeem_payment_token,
)
from payments.order_refund import OrderRefund
from payments.orders import Order, OrderBook, OrderState, changed, order_write
from payments.wallet import Wallets
from store.base import ConditionFailed, Op, Store, StoreUnavailable

SHIPPABLE = (OrderState.PAID, OrderState.CLAIMED)
REFUNDABLE = (OrderState.PAID, OrderState.CLAIMED, OrderState.SHIPPED)
CANCELLABLE = (OrderState.CHARGING, OrderState.PAYMENT_UNKNOWN, OrderState.PAYMENT_FAILED)
_RACES = 10


class ShipStatus(StrEnum):
    SHIPPED = "shipped"
    ALREADY_SHIPPED = "already_shipped"
    NOT_FOUND = "not_found"
    NOT_SHIPPABLE = "not_shippable"
    """Not paid (pending, failed), or cancelled or refunded meanwhile."""


@dataclass(frozen=True)
class ShipResult:
    status: ShipStatus
    order: Order | None = None


class RefundStatus(StrEnum):
    REFUNDED = "refunded"
    IN_PROGRESS = "in_progress"
    """Another request is refunding it right now."""
    RETRY_LATER = "retry_later"
    """The gateway did not answer: refund again (the same key: nothing moves twice)."""
    REFUND_FAILED = "refund_failed"
    NOT_FOUND = "not_found"
    NOT_REFUNDABLE = "not_refundable"
    """Nothing was paid (pending, failed, cancelled)."""


@dataclass(frozen=True)
class RefundResult:
    status: RefundStatus
    order: Order | None = None


_REFUNDS = {
    OrderState.REFUNDED: RefundStatus.REFUNDED,
    OrderState.REFUNDING: RefundStatus.RETRY_LATER,
    OrderState.REFUND_FAILED: RefundStatus.REFUND_FAILED,
}


class Fulfilment:
    def __init__(
        self,
        store: Store,
        checkout: Checkout,
        wallets: Wallets,
        gateway: Gateway,
        **options: Unpack[Options],
    ) -> None:
        self._store = store
        self._checkout = checkout
        self._book = OrderBook(store)
        self._payer, self._engine = payer_and_engine(store, wallets, gateway, options)

    def _now(self) -> int:
        return int(self._payer.clock())

    def mark_shipped(self, owner: str, order_id: str, *, also: Sequence[Op] = ()) -> ShipResult:
        """``also``: written in the same transaction as the change (the audit entry)."""
        for _ in range(_RACES):
            order = self._book.get(owner, order_id)
            if order is None:
                return ShipResult(ShipStatus.NOT_FOUND)
            if order.state is OrderState.SHIPPED:
                return ShipResult(ShipStatus.ALREADY_SHIPPED, order)
            if order.state not in SHIPPABLE:
                return ShipResult(ShipStatus.NOT_SHIPPABLE, order)
            shipped = changed(order, state=OrderState.SHIPPED, updated_at=self._now())
            ops = order_write(order, shipped)
            merchant = get_merchant_record(self._store, order_id)
            if merchant is not None:
                ops.append(merchant_state_put(merchant, "shipped"))
            try:
                self._store.write([*ops, *also])
            except ConditionFailed:
                continue  # the shopper cancelled, or another click shipped it: look again
            return ShipResult(ShipStatus.SHIPPED, shipped)
        raise StoreUnavailable("the order kept changing while it was being shipped")

    def refund(self, owner: str, order_id: str) -> RefundResult:
        refund = _MerchantRefund(
            self._payer, self._store, self._checkout.promotions, owner, order_id
        )
        return self._engine.run(refund)

    def cancel(self, owner: str, order_id: str) -> CancelResult:
        return self._checkout.cancel_order(owner, order_id)

    def reveal_token(self, order_id: str) -> str | None:
        """A new one-time token for a ``paid`` order; the previous one stops working."""
        return mint_payment_token(self._store, order_id, clock=self._payer.clock)

    def claim(self, order_id: str, token: str) -> bool:
        return redeem_payment_token(self._store, token, order_id, clock=self._payer.clock)


class _MerchantRefund(OrderRefund[RefundResult]):
    """A paid (claimed, shipped) order → refunding → refunded."""

    refundable = REFUNDABLE
    description = "merchant refund"

    def answer(self, record: Order) -> RefundResult:
        return RefundResult(_REFUNDS.get(record.state, RefundStatus.NOT_REFUNDABLE), record)

    def not_found(self) -> RefundResult:
        return RefundResult(RefundStatus.NOT_FOUND)

    def in_progress(self, record: Order) -> RefundResult:
        return RefundResult(RefundStatus.IN_PROGRESS, record)
