"""Checkout: PIN, one charge per agreement, declines, transient failures, cancellation."""

import threading

import pytest

from payments.checkout import CancelStatus, Checkout, PlaceStatus
from payments.errors import InvalidPin, OrderNotFound
from payments.gateway import DeclineReason
from payments.merchant_view import export_orders
from payments.orders import OrderState
from payments.wallet import Wallets
from store.base import StoreUnavailable
from tests.payments.conftest import OWNER, PIN, make_pending
from tests.payments.gateways import CountingGateway, CrashAfterCharge, SlowGateway, approved_charges


def refunds(store):
    return store.query("sandbox", "refund#")


def test_place_order_pays(checkout, enrolled, pending, store):
    result = checkout.place_order(enrolled, pending, PIN)
    assert result.status is PlaceStatus.PAID
    order = result.order
    assert order.state is OrderState.PAID and order.total == pending.total
    assert order.order_id == checkout.order_id_for(enrolled, pending)
    assert order.card.spoken() == "Visa ending in 4242"
    (charge,) = approved_charges(store)
    assert charge.sk == f"charge#echoppe-{order.order_id}-charge-1"
    assert charge.data["charge_id"] == order.charge_id


def test_wrong_pin_charges_nothing(checkout, enrolled, pending, store):
    result = checkout.place_order(enrolled, pending, "0000")
    assert (result.status, result.attempts_left) == (PlaceStatus.WRONG_PIN, 2)
    assert result.order is None
    assert approved_charges(store) == [] and checkout.latest_orders(enrolled) == []
    assert checkout.place_order(enrolled, pending, PIN).status is PlaceStatus.PAID


def test_locked_wallet_refuses_even_the_right_pin(checkout, enrolled, pending, store):
    for _ in range(2):
        assert checkout.place_order(enrolled, pending, "0000").status is PlaceStatus.WRONG_PIN
    assert checkout.place_order(enrolled, pending, "0000").status is PlaceStatus.LOCKED
    assert checkout.place_order(enrolled, pending, PIN).status is PlaceStatus.LOCKED
    assert approved_charges(store) == []


def test_no_wallet(checkout, pending):
    assert checkout.place_order("nobody", pending, PIN).status is PlaceStatus.NO_WALLET


def test_pin_is_required(checkout, enrolled, pending):
    assert checkout.place_order(enrolled, pending, None).status is PlaceStatus.PIN_REQUIRED
    with pytest.raises(InvalidPin):
        checkout.place_order(enrolled, pending, "48")


def test_voice_verified_replaces_the_pin_but_not_the_lock(checkout, wallets, enrolled, pending):
    for wrong in ("0000", "1111", "2222"):
        wallets.check_pin(enrolled, wrong)
    locked = checkout.place_order(enrolled, pending, None, voice_verified=True)
    assert locked.status is PlaceStatus.LOCKED
    wallets.reset_pin(enrolled, PIN)
    paid = checkout.place_order(enrolled, pending, None, voice_verified=True)
    assert paid.status is PlaceStatus.PAID


def test_the_same_request_twice_charges_once(checkout, enrolled, pending, store):
    first = checkout.place_order(enrolled, pending, PIN)
    second = checkout.place_order(enrolled, pending, PIN)
    assert first == second
    assert len(approved_charges(store)) == 1
    assert len(checkout.latest_orders(enrolled, 10)) == 1


def test_a_new_summary_is_a_new_order(checkout, enrolled, address, store):
    first = checkout.place_order(enrolled, make_pending(address, nonce="nonce-aaaa"), PIN)
    second = checkout.place_order(enrolled, make_pending(address, nonce="nonce-bbbb"), PIN)
    assert first.order.order_id != second.order.order_id
    assert len(approved_charges(store)) == 2


@pytest.mark.parametrize("n", [2, 5])
def test_the_same_order_placed_at_once_charges_once(
    store, wallets, sandbox, clock, enrolled, pending, n
):
    gateway = CountingGateway(sandbox)
    barrier = threading.Barrier(n)
    results, errors = [None] * n, []

    def run(i):
        try:
            # Each thread its own Checkout, as separate Lambda invocations would be.
            checkout = Checkout(store, wallets, gateway, clock=clock, wait=30.0)
            barrier.wait()
            results[i] = checkout.place_order(enrolled, pending, PIN)
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert {r.status for r in results} == {PlaceStatus.PAID}
    assert len({r.order for r in results}) == 1
    assert gateway.charges == 1  # checkout's own guarantee, before the gateway's
    assert len(approved_charges(store)) == 1


def test_a_twin_request_waits_for_the_first_outcome(
    store, wallets, sandbox, clock, enrolled, pending
):
    slow = SlowGateway(sandbox)
    first = Checkout(store, wallets, slow, clock=clock, wait=30.0)
    impatient = Checkout(store, wallets, slow, clock=clock, wait=0.0)
    patient = Checkout(store, wallets, slow, clock=clock, wait=30.0)
    results = {}
    thread = threading.Thread(
        target=lambda: results.update(a=first.place_order(enrolled, pending, PIN))
    )
    thread.start()
    assert slow.entered.wait(10)
    busy = impatient.place_order(enrolled, pending, PIN)
    assert busy.status is PlaceStatus.IN_PROGRESS and busy.order.state is OrderState.CHARGING
    waiter = threading.Thread(
        target=lambda: results.update(b=patient.place_order(enrolled, pending, PIN))
    )
    waiter.start()
    slow.release.set()
    thread.join()
    waiter.join()
    assert results["a"].status is results["b"].status is PlaceStatus.PAID
    assert results["a"] == results["b"]
    assert slow.calls == 1


def test_a_decline_keeps_the_order_and_retry_uses_a_new_key(checkout, wallets, address, store):
    wallets.enroll(OWNER, "tok_chargeDeclined", address, PIN)
    pending = make_pending(address)
    declined = checkout.place_order(OWNER, pending, PIN)
    assert declined.status is PlaceStatus.DECLINED
    assert declined.decline_reason == DeclineReason.CARD_DECLINED
    order_id = declined.order.order_id
    assert checkout.get_order(OWNER, order_id).state is OrderState.PAYMENT_FAILED
    # The same request again: the same answer, no new attempt.
    assert checkout.place_order(OWNER, pending, PIN) == declined
    assert len(store.query("sandbox", "charge#")) == 1
    # The shopper adds a card in the app, then retries: attempt 2, a new key.
    wallets.add_payment_method(OWNER, "tok_mastercard")
    assert checkout.retry_payment(OWNER, order_id, None).status is PlaceStatus.PIN_REQUIRED
    assert checkout.retry_payment(OWNER, order_id, "0000").status is PlaceStatus.WRONG_PIN
    paid = checkout.retry_payment(OWNER, order_id, PIN)
    assert paid.status is PlaceStatus.PAID
    assert (paid.order.attempt, paid.order.card.last4) == (2, "4444")
    assert [i.sk.rsplit("-", 1)[1] for i in store.query("sandbox", "charge#")] == ["1", "2"]
    # Retrying a paid order changes nothing.
    assert checkout.retry_payment(OWNER, order_id, PIN) == paid
    assert len(approved_charges(store)) == 1


@pytest.mark.parametrize(
    ("token", "reason"),
    [
        ("tok_insufficientFunds", "insufficient_funds"),
        ("tok_expiredCard", "expired_card"),
    ],
)
def test_decline_reasons_reach_the_conversation(checkout, wallets, address, token, reason):
    wallets.enroll(OWNER, token, address, PIN)
    result = checkout.place_order(OWNER, make_pending(address), PIN)
    assert (result.status, result.decline_reason) == (PlaceStatus.DECLINED, reason)


def test_retry_of_an_unknown_order(checkout, enrolled):
    with pytest.raises(OrderNotFound):
        checkout.retry_payment(enrolled, "o_" + "a" * 24, PIN)


def test_transient_failure_then_retry_without_the_pin(checkout, wallets, address, store, clock):
    wallets.enroll(OWNER, "tok_processingError", address, PIN)
    pending = make_pending(address)
    first = checkout.place_order(OWNER, pending, PIN)
    assert first.status is PlaceStatus.RETRY_LATER
    assert first.order.state is OrderState.PAYMENT_UNKNOWN
    clock.advance(60)
    second = checkout.place_order(OWNER, pending, None)  # within the grace: no PIN asked
    assert second.status is PlaceStatus.PAID
    assert second.order.attempt == 1  # the same attempt, the same key
    assert len(approved_charges(store)) == 1


def test_the_pin_grace_expires(checkout, wallets, address, clock):
    wallets.enroll(OWNER, "tok_processingError", address, PIN)
    pending = make_pending(address)
    assert checkout.place_order(OWNER, pending, PIN).status is PlaceStatus.RETRY_LATER
    clock.advance(121)
    assert checkout.place_order(OWNER, pending, None).status is PlaceStatus.PIN_REQUIRED
    assert checkout.place_order(OWNER, pending, PIN).status is PlaceStatus.PAID


def test_the_pin_grace_covers_only_that_order(checkout, wallets, address):
    wallets.enroll(OWNER, "tok_processingError", address, PIN)
    assert checkout.place_order(OWNER, make_pending(address), PIN).status is PlaceStatus.RETRY_LATER
    other = make_pending(address, nonce="nonce-other")
    assert checkout.place_order(OWNER, other, None).status is PlaceStatus.PIN_REQUIRED


def test_a_dead_attempt_is_resumed_after_its_lease_with_the_same_key(
    store, wallets, sandbox, clock, enrolled, pending
):
    crashing = Checkout(store, wallets, CrashAfterCharge(sandbox), clock=clock, wait=0.0)
    with pytest.raises(RuntimeError):
        crashing.place_order(enrolled, pending, PIN)
    checkout = Checkout(store, wallets, sandbox, clock=clock, wait=0.0)
    assert checkout.place_order(enrolled, pending, PIN).status is PlaceStatus.IN_PROGRESS
    clock.advance(31)
    resumed = checkout.place_order(enrolled, pending, PIN)
    assert resumed.status is PlaceStatus.PAID
    assert len(approved_charges(store)) == 1  # the gateway replayed the first charge


def test_latest_orders_newest_first(checkout, enrolled, address, clock):
    ids = []
    for i in range(4):
        ids.append(
            checkout.place_order(
                enrolled, make_pending(address, nonce=f"nonce-{i:04d}"), PIN
            ).order.order_id
        )
        clock.advance(10)
    assert [o.order_id for o in checkout.latest_orders(enrolled, 3)] == ids[::-1][:3]
    assert checkout.latest_orders("someone-else", 3) == []
    assert checkout.latest_orders(enrolled, 0) == []


def test_cancel_refunds_once(checkout, enrolled, pending, store):
    order = checkout.place_order(enrolled, pending, PIN).order
    first = checkout.cancel_order(enrolled, order.order_id)
    assert first.status is CancelStatus.REFUNDED
    assert first.order.state is OrderState.REFUNDED and first.order.refund_id
    again = checkout.cancel_order(enrolled, order.order_id)
    assert again.status is CancelStatus.REFUNDED and again.order.refund_id == first.order.refund_id
    assert len(refunds(store)) == 1
    assert checkout.place_order(enrolled, pending, PIN).status is PlaceStatus.CANCELLED
    assert list(export_orders(store, clock=lambda: 0)) == []


def test_cancel_at_once_refunds_once(store, wallets, sandbox, clock, enrolled, pending):
    order = Checkout(store, wallets, sandbox, clock=clock).place_order(enrolled, pending, PIN).order
    n = 4
    barrier = threading.Barrier(n)
    results = []

    def run():
        barrier.wait()
        results.append(
            Checkout(store, wallets, sandbox, clock=clock).cancel_order(enrolled, order.order_id)
        )

    threads = [threading.Thread(target=run) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [r.status for r in results] == [CancelStatus.REFUNDED] * n
    assert len(refunds(store)) == 1


def test_cancel_unknown_and_declined_orders(checkout, wallets, address):
    assert checkout.cancel_order(OWNER, "o_" + "b" * 24).status is CancelStatus.NOT_FOUND
    wallets.enroll(OWNER, "tok_chargeDeclined", address, PIN)
    declined = checkout.place_order(OWNER, make_pending(address), PIN).order
    result = checkout.cancel_order(OWNER, declined.order_id)
    assert result.status is CancelStatus.CANCELLED and result.order.state is OrderState.CANCELLED


def test_cancel_after_the_merchant_claimed_is_refused(checkout, enrolled, pending, store, clock):
    from payments.merchant_view import redeem_payment_token

    order = checkout.place_order(enrolled, pending, PIN).order
    (row,) = export_orders(store, clock=clock)
    assert redeem_payment_token(store, row["payment_token"], order.order_id, clock=clock)
    result = checkout.cancel_order(enrolled, order.order_id)
    assert result.status is CancelStatus.NOT_CANCELLABLE
    assert result.order.state is OrderState.CLAIMED
    assert refunds(store) == []


def test_orders_of_one_owner_are_not_anothers(checkout, enrolled, pending, wallets, address):
    order = checkout.place_order(enrolled, pending, PIN).order
    wallets.enroll("intruder", "tok_visa", address, "1111")
    assert checkout.get_order("intruder", order.order_id) is None
    assert checkout.cancel_order("intruder", order.order_id).status is CancelStatus.NOT_FOUND


def test_a_second_wallets_instance_sees_the_same_state(
    store, sandbox, hasher, clock, enrolled, pending
):
    one = Checkout(store, Wallets(store, sandbox, hasher, clock=clock), sandbox, clock=clock)
    two = Checkout(store, Wallets(store, sandbox, hasher, clock=clock), sandbox, clock=clock)
    assert one.place_order(enrolled, pending, PIN) == two.place_order(enrolled, pending, PIN)


class FlakyStore:
    """Wraps a store; the next write of an order raises StoreUnavailable, landed or not."""

    def __init__(self, inner, *, landed: bool, times: int = 1):
        self.inner = inner
        self.landed = landed
        self.times = times

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def write(self, ops):
        if self.times and any(op.sk.startswith("order#") for op in ops):
            self.times -= 1
            if self.landed:
                self.inner.write(ops)
            raise StoreUnavailable("timed out")
        return self.inner.write(ops)


@pytest.mark.parametrize("landed", [True, False])
def test_an_unknown_write_outcome_is_read_back(
    store, wallets, sandbox, clock, enrolled, pending, landed
):
    gateway = CountingGateway(sandbox)
    flaky = FlakyStore(store, landed=landed)
    result = Checkout(flaky, wallets, gateway, clock=clock, sleep=lambda s: None).place_order(
        enrolled, pending, PIN
    )
    assert result.status is PlaceStatus.PAID
    assert gateway.charges == 1 and len(approved_charges(store)) == 1


def test_a_store_that_stays_down_is_reported(store, wallets, sandbox, clock, enrolled, pending):
    flaky = FlakyStore(store, landed=False, times=10)
    checkout = Checkout(flaky, wallets, sandbox, clock=clock, sleep=lambda s: None)
    with pytest.raises(StoreUnavailable):
        checkout.place_order(enrolled, pending, PIN)
    assert approved_charges(store) == []


def test_an_outcome_write_that_timed_out_but_landed(
    store, wallets, sandbox, clock, enrolled, pending
):
    class LateFlaky(FlakyStore):
        def write(self, ops):
            if any(op.sk.startswith("order#") and op.data.get("state") == "paid" for op in ops):
                return super().write(ops)
            return self.inner.write(ops)

    gateway = CountingGateway(sandbox)
    flaky = LateFlaky(store, landed=True)
    result = Checkout(flaky, wallets, gateway, clock=clock, sleep=lambda s: None).place_order(
        enrolled, pending, PIN
    )
    assert result.status is PlaceStatus.PAID and gateway.charges == 1
    assert len(list(export_orders(store, clock=clock))) == 1
