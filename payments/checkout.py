"""Checkout: turn the pending order the shopper agreed to into exactly one charge.

``place_order(owner, pending, pin)`` runs: guards (``clean_*``) → the order id, derived from
the agreement → if the order exists, its recorded outcome → else PIN check → the order record
created with ``expect=0`` (state ``charging``, attempt 1) → charge through the gateway with the
key ``charge_key(order_id, attempt)`` → outcome written on the version claimed (``paid`` with
the merchant's record in the same write, ``payment_failed`` with the reason, or
``payment_unknown``).

**Exactly once.** The ``expect=0`` create is the idempotency record: of two identical requests
(a redelivery, or two at once) one creates the record and charges; the other fails the create,
reads the record and returns its outcome, polling up to ``wait`` seconds while it is
``charging``, then answering ``IN_PROGRESS``. An order already decided returns its outcome
without a PIN check: nothing moves, so there is nothing to authorize. If the process dies
mid-charge, the record's lease (``lease`` seconds) runs out and the next request resumes the
*same* attempt with the *same* key, so the gateway answers the first outcome.

**Declines** keep the order (``payment_failed``, reason). ``place_order`` again answers the
same decline; ``retry_payment`` starts attempt n + 1 with a fresh key, charging the wallet's
current default card, and needs the PIN again (a new money movement).

**Transient failures** (the gateway did not answer) leave ``payment_unknown``. The PIN that
authorized the attempt stays valid for *that order's same attempt* for ``pin_grace`` seconds
(default 120): ``place_order(owner, pending, pin=None)`` resumes it without asking again. The
resumed charge reuses the key, token and amount, so nothing new is authorized; any other order,
or a new attempt, needs the PIN.

``voice_verified=True`` replaces the wallet PIN by Alexa's own check (``AMAZON.VerifyPerson``
answered ``ACHIEVED`` in this turn); a locked wallet stays locked either way.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from payments.charging import (
    LEASE,
    PIN_GRACE,
    POLL,
    WAIT,
    Outcome,
    Poll,
    Refused,
    authorize,
    charge,
    holds,
    is_resumable,
    new_claim_id,
)
from payments.errors import GatewayError, GatewayTransientError, InvalidInput, OrderNotFound
from payments.gateway import DeclineReason, Gateway, RefundResult
from payments.merchant_view import get_merchant_record, merchant_record_put, merchant_state_put
from payments.orders import (
    Order,
    OrderBook,
    OrderState,
    PendingOrder,
    charge_key,
    clean_order_id,
    clean_pending_order,
    derive_order_id,
    refund_key,
)
from payments.pin import clean_pin
from payments.wallet import Wallet, Wallets, clean_owner
from store.base import ConditionFailed, Put, Store, StoreUnavailable

log = logging.getLogger(__name__)

_MAX_LOST_CLAIMS = 20
_MAX_LOOPS = 50
_UNAVAILABLE_RETRIES = 3


class PlaceStatus(StrEnum):
    PAID = "paid"
    DECLINED = "declined"
    """``decline_reason`` says why; ``retry_payment`` tries again with a new attempt."""
    RETRY_LATER = "retry_later"
    """The gateway did not answer; ``place_order`` again (no PIN needed for ``pin_grace``)."""
    IN_PROGRESS = "in_progress"
    """Another request is charging this order right now; ask again in a moment."""
    WRONG_PIN = "wrong_pin"
    LOCKED = "locked"
    NO_WALLET = "no_wallet"
    PIN_REQUIRED = "pin_required"
    CANCELLED = "cancelled"
    """The order was placed and has since been cancelled or refunded."""


@dataclass(frozen=True)
class PlaceResult:
    status: PlaceStatus
    order: Order | None = None
    attempts_left: int | None = None
    """With ``WRONG_PIN`` and ``LOCKED``: PIN attempts left before (0: since) the lock."""
    decline_reason: str | None = None
    """With ``DECLINED``: a ``gateway.DeclineReason`` value."""


class CancelStatus(StrEnum):
    REFUNDED = "refunded"
    CANCELLED = "cancelled"
    """Nothing had been charged (the payment had failed): the order is simply closed."""
    NOT_FOUND = "not_found"
    NOT_CANCELLABLE = "not_cancellable"
    """Claimed by the merchant for shipping, or a payment still in flight."""
    RETRY_LATER = "retry_later"
    """The gateway did not answer; cancel again (the refund keeps its key)."""
    REFUND_FAILED = "refund_failed"
    """The gateway refused the refund; a human must look."""


@dataclass(frozen=True)
class CancelResult:
    status: CancelStatus
    order: Order | None = None


_OUTCOMES = {
    OrderState.PAID: PlaceStatus.PAID,
    OrderState.CLAIMED: PlaceStatus.PAID,
    OrderState.PAYMENT_FAILED: PlaceStatus.DECLINED,
    OrderState.PAYMENT_UNKNOWN: PlaceStatus.RETRY_LATER,
    OrderState.CHARGING: PlaceStatus.IN_PROGRESS,
    OrderState.REFUNDING: PlaceStatus.CANCELLED,
    OrderState.REFUNDED: PlaceStatus.CANCELLED,
    OrderState.REFUND_FAILED: PlaceStatus.CANCELLED,
    OrderState.CANCELLED: PlaceStatus.CANCELLED,
}


_CHARGE_STATES = {
    Outcome.APPROVED: OrderState.PAID,
    Outcome.DECLINED: OrderState.PAYMENT_FAILED,
    Outcome.UNKNOWN: OrderState.PAYMENT_UNKNOWN,
}


def _outcome(order: Order) -> PlaceResult:
    status = _OUTCOMES[order.state]
    reason = order.failure_reason if status is PlaceStatus.DECLINED else None
    return PlaceResult(status, order, decline_reason=reason)


class Checkout:
    """Place, retry, list and cancel orders. See the module docstring for the guarantees."""

    def __init__(
        self,
        store: Store,
        wallets: Wallets,
        gateway: Gateway,
        *,
        clock: Callable[[], float] = time.time,
        pin_grace: int = PIN_GRACE,
        lease: int = LEASE,
        wait: float = WAIT,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._store = store
        self._book = OrderBook(store)
        self._wallets = wallets
        self._gateway = gateway
        self._clock = clock
        self._pin_grace = pin_grace
        self._lease = lease
        self._wait = wait
        self._sleep = sleep
        self._monotonic = monotonic

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

    # --- placing ---------------------------------------------------------------------------

    def place_order(
        self, owner: str, pending: PendingOrder, pin: str | None, *, voice_verified: bool = False
    ) -> PlaceResult:
        """Charge the pending order once and record it; see the module docstring."""
        order_id = self.order_id_for(owner, pending)
        if pin is not None:
            clean_pin(pin)
        return self._settle(owner, order_id, pin, voice_verified, pending=pending)

    def retry_payment(
        self, owner: str, order_id: str, pin: str | None, *, voice_verified: bool = False
    ) -> PlaceResult:
        """After a decline: a new attempt (new key) on the wallet's current default card.

        On an order that is not ``payment_failed`` this behaves like ``place_order`` (returns
        the outcome, or resumes an unanswered attempt).
        """
        clean_owner(owner)
        clean_order_id(order_id)
        if pin is not None:
            clean_pin(pin)
        order = self._book.get(owner, order_id)
        if order is None:
            raise OrderNotFound("no such order")
        retry_after = order.attempt if order.state is OrderState.PAYMENT_FAILED else None
        return self._settle(owner, order_id, pin, voice_verified, retry_after=retry_after)

    def _settle(
        self,
        owner: str,
        order_id: str,
        pin: str | None,
        voice_verified: bool,
        *,
        pending: PendingOrder | None = None,
        retry_after: int | None = None,
    ) -> PlaceResult:
        poll = Poll(self._wait, self._sleep, self._monotonic)
        wallet: Wallet | None = None  # set once this call has been authorized
        lost = 0  # claims lost to other requests; waiting for an outcome is bounded by ``wait``
        while lost < _MAX_LOST_CLAIMS:
            now = int(self._clock())
            order = self._book.get(owner, order_id)
            if order is None:
                if pending is None:
                    raise OrderNotFound("no such order")
                if wallet is None:
                    auth = self._authorize(owner, pin, voice_verified, None, now)
                    if isinstance(auth, PlaceResult):
                        return auth
                    wallet = auth
                new = self._new_order(owner, order_id, pending, wallet, now)
                held = self._claim(OrderBook.create_ops(new), replace(new, version=1))
                if held is not None:
                    return self._charge(held)
                lost += 1
                continue  # an identical request created it first: read its outcome

            if order.state is OrderState.PAYMENT_FAILED and order.attempt == retry_after:
                if wallet is None:
                    auth = self._authorize(owner, pin, voice_verified, None, now)
                    if isinstance(auth, PlaceResult):
                        return auth
                    wallet = auth
                method = wallet.default_method
                put, claimed = OrderBook.update_op(
                    order,
                    state=OrderState.CHARGING,
                    attempt=order.attempt + 1,
                    method_id=method.method_id,
                    card=method.card,
                    token=method.token,
                    charge_id=None,
                    failure_reason=None,
                    lease_until=now + self._lease,
                    pin_ok_until=None,
                    claim=new_claim_id(),
                    updated_at=now,
                )
                held = self._claim([put], claimed)
                if held is not None:
                    return self._charge(held)
                lost += 1
                continue

            resumable = is_resumable(
                order.state,
                order.lease_until,
                now,
                charging=OrderState.CHARGING,
                unknown=OrderState.PAYMENT_UNKNOWN,
            )
            if not resumable:
                if order.state is OrderState.CHARGING and poll.again():
                    continue
                return _outcome(order)  # IN_PROGRESS once the wait is over

            # Resume the same attempt: same key, same token, same amount.
            if wallet is None:
                auth = self._authorize(owner, pin, voice_verified, order, now)
                if isinstance(auth, PlaceResult):
                    return auth
                wallet = auth
            put, claimed = OrderBook.update_op(
                order,
                state=OrderState.CHARGING,
                lease_until=now + self._lease,
                claim=new_claim_id(),
                updated_at=now,
            )
            held = self._claim([put], claimed)
            if held is not None:
                log.info("order %s: resuming attempt %d", order_id, order.attempt)
                return self._charge(held)
            lost += 1
        raise ConditionFailed("order kept changing under this request")

    def _claim(self, ops: list[Put], claimed: Order) -> Order | None:
        """Write a claim on the order (create, or move to ``charging``); the order if we hold it.

        ``ConditionFailed``: another request holds it. ``StoreUnavailable`` leaves the outcome
        unknown (a timeout: the write may have landed; a DynamoDB transaction conflict: it did
        not), so read back: we hold the order exactly when it carries our claim id.
        """
        for tries in range(_UNAVAILABLE_RETRIES):
            try:
                self._store.write(ops)
                return claimed
            except ConditionFailed:
                return None
            except StoreUnavailable:
                if tries == _UNAVAILABLE_RETRIES - 1:
                    raise
                self._sleep(POLL)
                current = self._book.get(claimed.owner, claimed.order_id)
                if holds(current, claimed.claim):
                    return current
                if current is not None and current.version != claimed.version - 1:
                    return None  # someone else's write landed: read their outcome
        return None

    def _authorize(
        self, owner: str, pin: str | None, voice_verified: bool, order: Order | None, now: int
    ) -> Wallet | PlaceResult:
        """The wallet to charge, or the result that stops the checkout (PIN wrong, locked...)."""
        grace = order.pin_ok_until if order is not None else None
        auth = authorize(self._wallets, owner, pin, voice_verified, grace, now)
        if isinstance(auth, Refused):
            return PlaceResult(PlaceStatus(auth.status), order, attempts_left=auth.attempts_left)
        return auth

    def _new_order(
        self, owner: str, order_id: str, pending: PendingOrder, wallet: Wallet, now: int
    ) -> Order:
        method = wallet.default_method
        return Order(
            order_id=order_id,
            owner=owner,
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
            lease_until=now + self._lease,
            claim=new_claim_id(),
            updated_at=now,
        )

    def _charge(self, order: Order) -> PlaceResult:
        """Charge the claimed attempt and record the outcome on the version claimed."""
        key = charge_key(order.order_id, order.attempt)
        description = f"{order.seller} order {order.order_id}"
        label = "order {} attempt {}".format(*_ids(order))
        charged = charge(
            self._gateway, order.token, order.total, key, description,
            clock=self._clock, pin_grace=self._pin_grace, log=log, label=label,
        )  # fmt: skip
        state = _CHARGE_STATES[charged.outcome]
        put, new = OrderBook.update_op(order, state=state, **charged.changes)
        extra = [merchant_record_put(new)] if charged.outcome is Outcome.APPROVED else []
        for tries in range(_UNAVAILABLE_RETRIES):
            try:
                self._store.write([put, *extra])
                break
            except ConditionFailed:
                # Our lease ran out and another request resumed this attempt (same key, same
                # outcome at the gateway), or our own earlier try landed: the record decides.
                current = self._book.get(order.owner, order.order_id)
                return _outcome(current) if current else PlaceResult(PlaceStatus.IN_PROGRESS)
            except StoreUnavailable:
                if tries == _UNAVAILABLE_RETRIES - 1:
                    raise  # the lease will run out and the next request replays the charge
                self._sleep(POLL)
        log.info("order %s attempt %d: %s", *_ids(new), new.state.value)
        return _outcome(new)

    def _try_write(self, ops: list[Put]) -> bool:
        try:
            self._store.write(ops)
        except ConditionFailed:
            return False
        return True

    # --- cancelling ------------------------------------------------------------------------

    def cancel_order(self, owner: str, order_id: str) -> CancelResult:
        """Cancel before the merchant claims the order: refund in full, once (idempotent)."""
        clean_owner(owner)
        clean_order_id(order_id)
        for _ in range(_MAX_LOOPS):
            order = self._book.get(owner, order_id)
            if order is None:
                return CancelResult(CancelStatus.NOT_FOUND)
            now = int(self._clock())
            state = order.state
            if state is OrderState.PAID:
                merchant = get_merchant_record(self._store, order_id)
                put, refunding = OrderBook.update_op(
                    order, state=OrderState.REFUNDING, updated_at=now
                )
                ops = [put]
                if merchant is not None:
                    ops.append(merchant_state_put(merchant, "cancelled"))
                if self._try_write(ops):
                    return self._refund(refunding)
                continue  # claimed by the merchant, or cancelled by a twin request: look again
            if state is OrderState.REFUNDING:
                return self._refund(order)
            if state is OrderState.PAYMENT_FAILED:
                put, cancelled = OrderBook.update_op(
                    order, state=OrderState.CANCELLED, updated_at=now
                )
                if self._try_write([put]):
                    log.info("order %s cancelled (nothing was charged)", order_id)
                    return CancelResult(CancelStatus.CANCELLED, cancelled)
                continue
            status = {
                OrderState.REFUNDED: CancelStatus.REFUNDED,
                OrderState.CANCELLED: CancelStatus.CANCELLED,
                OrderState.REFUND_FAILED: CancelStatus.REFUND_FAILED,
            }.get(state, CancelStatus.NOT_CANCELLABLE)
            return CancelResult(status, order)
        raise ConditionFailed("order kept changing under this request")

    def _refund(self, order: Order) -> CancelResult:
        if order.charge_id is None:
            raise InvalidInput("a paid order without a charge id")  # a broken invariant
        try:
            result = self._gateway.refund(order.charge_id, order.total, refund_key(order.order_id))
        except GatewayTransientError:
            log.warning("order %s: no answer from the gateway for the refund", order.order_id)
            return CancelResult(CancelStatus.RETRY_LATER, order)
        except GatewayError as exc:
            log.error(
                "order %s: gateway refused the refund: %s", order.order_id, type(exc).__name__
            )
            result = RefundResult(approved=False, reason=DeclineReason.GATEWAY_REFUSED.value)
        now = int(self._clock())
        if result.approved:
            put, new = OrderBook.update_op(
                order, state=OrderState.REFUNDED, refund_id=result.refund_id, updated_at=now
            )
        else:
            log.error("order %s: refund refused (%s)", order.order_id, result.reason)
            put, new = OrderBook.update_op(
                order, state=OrderState.REFUND_FAILED, failure_reason=result.reason, updated_at=now
            )
        if not self._try_write([put]):
            return self.cancel_order(order.owner, order.order_id)  # a twin finished first
        log.info("order %s: %s", order.order_id, new.state.value)
        status = CancelStatus.REFUNDED if result.approved else CancelStatus.REFUND_FAILED
        return CancelResult(status, new)


def _ids(order: Order) -> tuple[str, int]:
    return order.order_id, order.attempt
