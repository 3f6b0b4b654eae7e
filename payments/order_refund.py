"""An order refunded in full, once: the effect the shopper's cancel (``checkout.cancel_order``)
and the merchant's refund (``fulfilment.refund``) share.

Both use the **same idempotency key** (``orders.refund_key``), so whoever comes first, the gateway
moves the money back once; the order goes ``refunding`` (claimed with a lease) → ``refunded``, or
``refund_failed`` when the gateway refuses (a human must look), and stays ``refunding`` when it
does not answer (the next call resumes it with the same key). Once refunded, the order's campaign
budget and limit, or its reward, are given back (``promotions.release``) and the rewards it
earned and nobody used are taken back (``promotions.withdraw_earned``), in the same write.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import replace
from typing import Generic, TypeVar

from payments.charging import Moved, Outcome, Payer, refund
from payments.errors import InvalidInput
from payments.exactly_once import Answer, Claim, Step, Wait, new_claim_id
from payments.merchant_view import get_merchant_record, merchant_state_put
from payments.orders import Order, OrderBook, OrderState, changed, order_write, refund_key
from payments.promotions import Promotions
from store.base import Op, Store

R = TypeVar("R")

_AFTER_REFUND = {
    Outcome.APPROVED: OrderState.REFUNDED,
    Outcome.DECLINED: OrderState.REFUND_FAILED,
    Outcome.UNKNOWN: OrderState.REFUNDING,
}


class OrderRefund(ABC, Generic[R]):
    """An ``exactly_once.Effect`` refunding one order; a subclass says which states it refunds,
    what it answers, and may decide some states first (``before``)."""

    refundable: tuple[OrderState, ...] = ()
    description = "refund"
    """Said to the gateway with the order id."""

    def __init__(
        self, payer: Payer, store: Store, promotions: Promotions, owner: str, order_id: str
    ) -> None:
        self.payer = payer
        self.store = store
        self.promotions = promotions
        self.book = OrderBook(store)
        self.owner = owner
        self.order_id = order_id

    # --- what a subclass says ---------------------------------------------------------------
    @abstractmethod
    def answer(self, record: Order) -> R:
        """The result for an order in a state this effect does not move."""

    @abstractmethod
    def not_found(self) -> R: ...

    @abstractmethod
    def in_progress(self, record: Order) -> R:
        """Another request holds the refund right now."""

    def before(self, record: Order, now: int) -> Step[R, Order] | None:
        """A step decided before the refund is considered (None: consider it)."""
        return None

    # --- the effect -------------------------------------------------------------------------
    def read(self) -> Order | None:
        return self.book.get(self.owner, self.order_id)

    def step(self, record: Order | None, now: int) -> Step[R, Order]:
        if record is None:
            return Answer(self.not_found())
        decided = self.before(record, now)
        if decided is not None:
            return decided
        if record.state in self.refundable:
            held = self._held(record, now)
            ops = order_write(record, held)
            merchant = get_merchant_record(self.store, record.order_id)
            if merchant is not None and merchant.data["state"] != "cancelled":
                ops.append(merchant_state_put(merchant, "cancelled"))
            return Claim(ops, held)
        if record.state is OrderState.REFUNDING:
            if (record.lease_until or 0) > now:
                return Wait(self.in_progress(record))
            held = self._held(record, now)
            return Claim(order_write(record, held), held)
        return Answer(self.answer(record))

    def _held(self, record: Order, now: int) -> Order:
        return changed(
            record,
            state=OrderState.REFUNDING,
            lease_until=now + self.payer.lease,
            claim=new_claim_id(),
            updated_at=now,
        )

    def move(self, held: Order) -> Order:
        if held.charge_id is None:
            raise InvalidInput("a paid order without a charge id")  # a broken invariant
        moved: Moved = refund(
            self.payer,
            held.charge_id,
            held.total,
            refund_key(held.order_id),
            f"{self.description} {held.order_id}",
        )
        return replace(held, state=_AFTER_REFUND[moved.outcome], **moved.changes)

    def settle(self, held: Order, moved: Order) -> Sequence[Op]:
        """The order, and once refunded, its campaign's budget and limit or its reward given
        back and the unused rewards it earned taken back, in one write."""
        ops = order_write(held, moved)
        if moved.state is OrderState.REFUNDED:
            ops += self.promotions.release(moved)
            ops += self.promotions.withdraw_earned(moved)
        return ops
