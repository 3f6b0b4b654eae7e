"""Checkout: turn the pending order the shopper agreed to into exactly one charge.

``place_order(owner, pending, pin, attempt=n)`` runs on the exactly-once engine
(``exactly_once``): guards (``clean_*``) → the order id, derived from the agreement (the same
cart with the same contents names the same order) → if the order exists, its recorded outcome
→ else the PIN check → the order created with ``expect=0`` (state ``charging``, attempt 1) →
the charge with the key ``charge_key(order_id, attempt)`` → the outcome written on the version
claimed (``paid`` with the merchant's record in the same write, ``payment_failed`` with the
reason, or ``payment_unknown``).

**Exactly once.** Of two identical requests (a redelivery, a replayed turn, two at once) one
creates the order and charges; the other reads it and answers its outcome, waiting up to
``wait`` seconds while it is ``charging``, then ``IN_PROGRESS``. A decided order answers its
outcome without a PIN check: nothing moves. If the process dies mid-charge, the lease runs out
and the next request resumes the *same* attempt with the *same* key, token and amount.

**Attempts** are part of the agreement. A decline keeps the order (``payment_failed`` at
attempt n); ``place_order`` with ``attempt`` n + 1 (the shopper agreed to try again) starts
attempt n + 1 with a fresh key on the wallet's current default card, and needs the PIN (a new
money movement). With ``attempt`` ≤ n, or more than n + 1, it answers the recorded outcome:
a duplicate of "try again" never starts a third attempt.

**Transient failures** leave ``payment_unknown``; the PIN that authorized the attempt stays
good for *that order's same attempt* for ``pin_grace`` seconds: ``place_order(..., pin=None)``
resumes it. ``open_orders`` lists the owner's pending payments (one query); ``cancel_order``
resolves one safely: it marks the order abandoned and charges the same key to learn the
outcome; approved is refunded at once (once), declined is closed. A paid order is refunded.

``voice_verified=True`` replaces the wallet PIN by Alexa's own check; a locked wallet stays
locked either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar, Unpack

from payments.agreement import PendingOrder, clean_pending_order, derive_order_id
from payments.charging import (
    ChargeEffect,
    Options,
    Payer,
    Refused,
    payer_and_engine,
)
from payments.checkout_outcomes import (
    CancelResult,
    CancelStatus,
    PlaceResult,
    PlaceStatus,
    cancelled,
    placed,
)
from payments.errors import InvalidOrder
from payments.exactly_once import (
    Answer,
    Change,
    Claim,
    Step,
    Wait,
    new_claim_id,
)
from payments.gateway import Gateway
from payments.merchant_view import merchant_record_put
from payments.money import Money
from payments.order_refund import OrderRefund
from payments.orders import (
    Order,
    OrderBook,
    OrderState,
    changed,
    charge_key,
    clean_order_id,
    order_write,
)
from payments.pin import clean_pin
from payments.promotions import Promotions
from payments.wallet import Wallets
from payments.wallet_records import PaymentMethod, clean_owner
from store.base import Op, Store

A = TypeVar("A")


class Checkout:
    """Place, find, list and cancel orders. See the module docstring for the guarantees."""

    def __init__(
        self,
        store: Store,
        wallets: Wallets,
        gateway: Gateway,
        *,
        promotions: Promotions | None = None,
        **options: Unpack[Options],
    ) -> None:
        self._store = store
        self._book = OrderBook(store)
        self._payer, self._engine = payer_and_engine(store, wallets, gateway, options)
        self.promotions = promotions or Promotions(store, clock=self._payer.clock)
        """What orders' campaigns and rewards spend (``payments.promotions``)."""

    # --- reading ---------------------------------------------------------------------------

    def latest_orders(self, owner: str, n: int = 3) -> list[Order]:
        """The owner's ``n`` most recent orders, newest first."""
        return self._book.latest(clean_owner(owner), n)

    def get_order(self, owner: str, order_id: str) -> Order | None:
        return self._book.get(clean_owner(owner), clean_order_id(order_id))

    @staticmethod
    def order_id_for(owner: str, pending: PendingOrder) -> str:
        """The id ``place_order`` will give this pending order (to say it, or look it up)."""
        return derive_order_id(clean_owner(owner), clean_pending_order(pending))

    def find_order(self, owner: str, pending: PendingOrder) -> Order | None:
        """The order this agreement names, if it was placed (one read): "already paid", or the
        attempt to offer next (``order.attempt + 1`` after a decline)."""
        return self._book.get(clean_owner(owner), self.order_id_for(owner, pending))

    def open_orders(self, owner: str) -> list[Order]:
        """The owner's orders whose payment is pending and nobody is charging: ``payment_unknown``,
        or ``charging`` with its lease run out. One query of the owner's open markers (empty in
        the usual case), then one read per open order."""
        now = int(self._payer.clock())
        return [
            order
            for order in self._book.open(clean_owner(owner))
            if order.state is OrderState.PAYMENT_UNKNOWN or (order.lease_until or 0) <= now
        ]

    # --- placing ---------------------------------------------------------------------------

    def place_order(
        self,
        owner: str,
        pending: PendingOrder,
        pin: str | None,
        *,
        attempt: int = 1,
        voice_verified: bool = False,
    ) -> PlaceResult:
        """Charge the pending order once and record it; see the module docstring."""
        clean_owner(owner)
        clean_pending_order(pending)
        if pin is not None:
            clean_pin(pin)
        if type(attempt) is not int or attempt < 1:
            raise InvalidOrder("an attempt is a whole number from 1")
        place = _Place(
            self._payer, self._book, self.promotions, owner, pending, attempt, pin, voice_verified
        )
        return self._engine.run(place)

    # --- cancelling ------------------------------------------------------------------------

    def cancel_order(self, owner: str, order_id: str) -> CancelResult:
        """Cancel before the merchant claims the order, so the shopper ends up charged nothing.

        A pending payment is abandoned: resolved with its own key, then refunded if it went
        through. A paid order is refunded in full, once; a declined one is closed. Idempotent:
        cancelling again answers the same.
        """
        clean_owner(owner)
        clean_order_id(order_id)
        abandon = _Abandon(self._payer, self._book, self.promotions, owner, order_id)
        resolved = self._engine.run(abandon)
        if isinstance(resolved, CancelResult):
            return resolved
        return self._engine.run(_Cancel(self._payer, self._store, self.promotions, owner, order_id))


# --- the effects ----------------------------------------------------------------------------


class _OrderCharge(ChargeEffect[Order, A]):
    """What charging an order means, whatever the answer: its key, amount and writes."""

    charging = OrderState.CHARGING
    approved = OrderState.PAID
    declined = OrderState.PAYMENT_FAILED
    unknown = OrderState.PAYMENT_UNKNOWN

    def __init__(
        self,
        payer: Payer,
        book: OrderBook,
        promotions: Promotions,
        owner: str,
        order_id: str,
        pin: str | None = None,
        authorized: bool = False,
    ) -> None:
        super().__init__(payer, owner, pin, authorized)
        self.book = book
        self.promotions = promotions
        self.order_id = order_id

    def read(self) -> Order | None:
        return self.book.get(self.owner, self.order_id)

    def key(self, held: Order) -> str:
        return charge_key(held.order_id, held.attempt)

    def amount(self, held: Order) -> Money:
        return held.total

    def description(self, held: Order) -> str:
        return f"{held.seller} order {held.order_id}"

    def write(self, before: Order, after: Order) -> Sequence[Op]:
        return order_write(before, after)


class _Place(_OrderCharge[PlaceResult]):
    """``place_order``: create, start a new attempt, answer, or resume."""

    def __init__(
        self,
        payer: Payer,
        book: OrderBook,
        promotions: Promotions,
        owner: str,
        pending: PendingOrder,
        attempt: int,
        pin: str | None,
        voice_verified: bool,
    ) -> None:
        order_id = derive_order_id(owner, pending)
        super().__init__(payer, book, promotions, owner, order_id, pin, authorized=voice_verified)
        self.pending = pending
        self.attempt = attempt

    def step(self, record: Order | None, now: int) -> Step[PlaceResult, Order]:
        if record is None:
            spends = self.promotions.hold(self.owner, self.order_id, self.pending, now)
            if spends is None:
                if self.read() is not None:  # a twin request created it since: its outcome
                    return Wait(PlaceResult(PlaceStatus.IN_PROGRESS))
                return Answer(PlaceResult(PlaceStatus.PROMOTION_ENDED))
            auth = self.wallet(None, now)
            if isinstance(auth, Refused):
                return Answer(self.refused(auth, None))
            new = self._new_order(auth.default_method, now)
            return Claim([*order_write(None, new), *spends], new)
        if record.abandoned:
            return Answer(self.answer(record))  # the shopper's cancel resolves it, not a purchase
        if record.state is OrderState.PAYMENT_FAILED and self.attempt == record.attempt + 1:
            spends = self.promotions.hold(self.owner, self.order_id, self.pending, now)
            if spends is None:
                current = self.read()
                if current is not None and current.version != record.version:
                    return Wait(PlaceResult(PlaceStatus.IN_PROGRESS, current))  # a twin's attempt
                return Answer(PlaceResult(PlaceStatus.PROMOTION_ENDED, record))
            auth = self.wallet(None, now)  # a new money movement: no grace
            if isinstance(auth, Refused):
                return Answer(self.refused(auth, record))
            method = auth.default_method
            claim = self.claim(
                record,
                now,
                state=OrderState.CHARGING,
                attempt=self.attempt,
                method_id=method.method_id,
                card=method.card,
                token=method.token,
                charge_id=None,
                failure_reason=None,
                pin_ok_until=None,
            )
            return Claim([*claim.ops, *spends], claim.held)
        return self.existing(record, now)

    def settle(self, held: Order, moved: Order) -> Sequence[Op]:
        ops = order_write(held, moved)
        if moved.state is OrderState.PAID:
            ops.append(merchant_record_put(moved))
        elif moved.state is OrderState.PAYMENT_FAILED:
            ops += self.promotions.release(moved)  # a declined attempt gives back what it held
        return ops

    def answer(self, record: Order) -> PlaceResult:
        return placed(record)

    def refused(self, refused: Refused, record: Order | None) -> PlaceResult:
        return PlaceResult(PlaceStatus(refused.status), record, attempts_left=refused.attempts_left)

    def _new_order(self, method: PaymentMethod, now: int) -> Order:
        pending = self.pending
        return Order(
            order_id=self.order_id,
            owner=self.owner,
            seller=pending.seller,
            lines=pending.lines,
            delivery_fee=pending.delivery_fee,
            total=pending.total,
            shipping_address=pending.shipping_address,
            created_at=now,
            state=OrderState.CHARGING,
            attempt=1,
            method_id=method.method_id,
            card=method.card,
            token=method.token,
            lease_until=now + self.payer.lease,
            claim=new_claim_id(),
            promotion=pending.promotion,
            updated_at=now,
            version=1,
        )


class _Abandon(_OrderCharge[Order | CancelResult]):
    """``cancel_order``, first: a pending payment is resolved with its own key, as abandoned
    (approved → ``refunding``, declined → ``cancelled``). Answers the order once nothing is
    pending (for ``_Cancel``), or the ``CancelResult`` that stops here."""

    approved = OrderState.REFUNDING
    declined = OrderState.CANCELLED

    def step(self, record: Order | None, now: int) -> Step[Order | CancelResult, Order]:
        if record is None:
            return Answer(CancelResult(CancelStatus.NOT_FOUND))
        if record.state not in (OrderState.CHARGING, OrderState.PAYMENT_UNKNOWN):
            return Answer(record)
        if record.state is OrderState.CHARGING and (record.lease_until or 0) > now:
            return Wait(CancelResult(CancelStatus.IN_PROGRESS, record))
        # No PIN: the same key, token and amount, and whatever it moved is refunded.
        return self.claim(record, now, state=OrderState.CHARGING, abandoned=True)

    def settle(self, held: Order, moved: Order) -> Sequence[Op]:
        ops = order_write(held, moved)  # abandoned: never the merchant's to ship
        if moved.state is OrderState.CANCELLED:
            ops += self.promotions.release(moved)  # nothing went through: give back its hold
        return ops

    def answer(self, record: Order) -> Order | CancelResult:
        if record.state in (OrderState.CHARGING, OrderState.PAYMENT_UNKNOWN):
            return cancelled(record)  # still pending: in progress, or retry later
        return record  # settled (went through, declined, or paid by a resume): _Cancel ends it


class _Cancel(OrderRefund[CancelResult]):
    """``cancel_order``, then: refund a paid order once, close a declined one."""

    refundable = (OrderState.PAID,)
    description = "order"

    def before(self, record: Order, now: int) -> Step[CancelResult, Order] | None:
        if record.state is OrderState.PAYMENT_FAILED:
            closed = changed(record, state=OrderState.CANCELLED, updated_at=now)
            return Change(order_write(record, closed), closed)
        return None

    def answer(self, record: Order) -> CancelResult:
        return cancelled(record)

    def not_found(self) -> CancelResult:
        return CancelResult(CancelStatus.NOT_FOUND)

    def in_progress(self, record: Order) -> CancelResult:
        return CancelResult(CancelStatus.IN_PROGRESS, record)
