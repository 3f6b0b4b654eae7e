"""Pending payments: found by the next session, cancelled safely, refunds exactly once.

A payment is pending when the gateway did not answer (``payment_unknown``) or its process died
(``charging``, lease run out). Cancelling it resolves it with its own key: whatever went through
is refunded, once, so the shopper is never charged for an abandoned payment.
"""

import threading

import pytest

from payments.checkout import Checkout
from payments.checkout_outcomes import CancelStatus, PlaceStatus
from payments.exactly_once import LEASE
from payments.merchant_view import export_orders
from payments.orders import OrderState
from store.base import StoreUnavailable
from tests.payments.concurrency import FlakyStore, at_once, writes
from tests.payments.conftest import OWNER, PIN, make_pending
from tests.payments.gateways import (
    CountingGateway,
    CrashAfterCharge,
    NoAnswer,
    SlowGateway,
    approved_charges,
    refunds,
)


def charged_net(store) -> int:
    """Minor units taken from the shopper and not given back."""
    taken = sum(i.data["amount"]["minor"] for i in approved_charges(store))
    given = sum(i.data["amount"]["minor"] for i in refunds(store) if i.data["approved"])
    return taken - given


@pytest.fixture
def unknown(checkout, wallets, address):
    """An order whose charge got no answer: ``tok_processingError`` is approved when retried."""
    wallets.enroll(OWNER, "tok_processingError", address, PIN)
    pending = make_pending(address)
    result = checkout.place_order(OWNER, pending, PIN)
    assert result.status is PlaceStatus.RETRY_LATER
    return pending, result.order


def test_the_next_session_finds_the_pending_payment(checkout, unknown, enrolled_other):
    pending, order = unknown
    (found,) = checkout.open_orders(OWNER)
    assert found.order_id == order.order_id and found.state is OrderState.PAYMENT_UNKNOWN
    assert checkout.open_orders(enrolled_other) == []
    # The same cart checked out again is the same order, resumed, not a second pending order.
    assert checkout.find_order(OWNER, pending) == found
    assert checkout.place_order(OWNER, pending, PIN).status is PlaceStatus.PAID
    assert checkout.open_orders(OWNER) == [] and len(checkout.latest_orders(OWNER, 10)) == 1


def test_a_charge_whose_process_died_is_open_once_its_lease_ran_out(
    store, wallets, sandbox, clock, enrolled, pending
):
    with pytest.raises(RuntimeError):
        Checkout(store, wallets, CrashAfterCharge(sandbox), clock=clock).place_order(
            enrolled, pending, PIN
        )
    checkout = Checkout(store, wallets, sandbox, clock=clock)
    assert checkout.open_orders(enrolled) == []  # still being charged, as far as anyone knows
    clock.advance(LEASE + 1)
    (found,) = checkout.open_orders(enrolled)
    assert found.state is OrderState.CHARGING


def test_decided_orders_are_not_open(checkout, enrolled, wallets, address):
    checkout.place_order(enrolled, make_pending(address, nonce="nonce-paid"), PIN)
    wallets.add_payment_method(enrolled, "tok_chargeDeclined")
    declined = checkout.place_order(enrolled, make_pending(address, nonce="nonce-fail"), PIN)
    assert declined.status is PlaceStatus.DECLINED
    assert checkout.open_orders(enrolled) == []


def test_cancelling_a_pending_payment_that_went_through_refunds_it_once(checkout, unknown, store):
    pending, order = unknown
    result = checkout.cancel_order(OWNER, order.order_id)
    assert result.status is CancelStatus.REFUNDED
    assert result.order.abandoned and result.order.attempt == 1
    assert len(approved_charges(store)) == 1 and len(refunds(store)) == 1
    assert charged_net(store) == 0
    assert checkout.open_orders(OWNER) == []
    assert list(export_orders(store)) == []  # never the merchant's to ship
    # The same cart again: cancelled, nothing charged again; a cancel again changes nothing.
    assert checkout.place_order(OWNER, pending, PIN).status is PlaceStatus.CANCELLED
    assert checkout.cancel_order(OWNER, order.order_id) == result
    assert len(approved_charges(store)) == 1 and len(refunds(store)) == 1


def test_cancelling_a_pending_payment_that_was_declined_closes_it(
    store, wallets, sandbox, clock, address
):
    wallets.enroll(OWNER, "tok_chargeDeclined", address, PIN)
    gateway = CountingGateway(NoAnswer(sandbox))
    checkout = Checkout(store, wallets, gateway, clock=clock)
    order = checkout.place_order(OWNER, make_pending(address), PIN).order
    assert order.state is OrderState.PAYMENT_UNKNOWN
    result = checkout.cancel_order(OWNER, order.order_id)
    assert (result.status, result.order.state) == (CancelStatus.CANCELLED, OrderState.CANCELLED)
    assert (gateway.charges, gateway.refunds) == (2, 0)  # the same key, asked again
    assert approved_charges(store) == [] and refunds(store) == []


def test_an_abandoned_payment_still_unanswered_is_never_resumed_as_a_purchase(
    store, wallets, sandbox, clock, unknown
):
    pending, order = unknown
    checkout = Checkout(store, wallets, NoAnswer(sandbox), clock=clock)
    assert checkout.cancel_order(OWNER, order.order_id).status is CancelStatus.RETRY_LATER
    assert checkout.get_order(OWNER, order.order_id).abandoned
    assert checkout.place_order(OWNER, pending, PIN).status is PlaceStatus.CANCELLED
    assert approved_charges(store) == []
    (still,) = checkout.open_orders(OWNER)  # still pending: offered again next session
    assert checkout.cancel_order(OWNER, still.order_id).status is CancelStatus.REFUNDED
    assert charged_net(store) == 0


def test_an_abandon_whose_process_died_is_finished_by_the_next_cancel(
    store, wallets, sandbox, clock, unknown
):
    _, order = unknown
    dying = Checkout(store, wallets, CrashAfterCharge(sandbox), clock=clock, wait=0.0)
    with pytest.raises(RuntimeError):
        dying.cancel_order(OWNER, order.order_id)  # charged, then died: nothing recorded
    assert charged_net(store) > 0
    checkout = Checkout(store, wallets, sandbox, clock=clock, wait=0.0)
    assert checkout.cancel_order(OWNER, order.order_id).status is CancelStatus.IN_PROGRESS
    clock.advance(LEASE + 1)
    assert checkout.cancel_order(OWNER, order.order_id).status is CancelStatus.REFUNDED
    assert charged_net(store) == 0 and len(approved_charges(store)) == 1


@pytest.mark.parametrize("n", [2, 4])
def test_cancels_at_once_charge_and_refund_once(store, wallets, sandbox, clock, unknown, n):
    _, order = unknown
    gateway = CountingGateway(sandbox)
    results = at_once(
        n,
        lambda i: Checkout(store, wallets, gateway, clock=clock, wait=30.0).cancel_order(
            OWNER, order.order_id
        ),
    )
    assert {r.status for r in results} == {CancelStatus.REFUNDED}
    assert (gateway.charges, gateway.refunds) == (1, 1)
    assert charged_net(store) == 0


def test_a_resume_and_a_cancel_at_once_leave_nothing_charged(
    store, wallets, sandbox, clock, unknown
):
    """Whichever claims the pending payment first, the cancel wins in the end: one charge,
    refunded once. The resume answers paid (then the cancel refunds) or cancelled."""
    pending, order = unknown
    gateway = CountingGateway(sandbox)

    def run(i):
        checkout = Checkout(store, wallets, gateway, clock=clock, wait=30.0)
        if i == 0:
            return checkout.place_order(OWNER, pending, PIN)
        return checkout.cancel_order(OWNER, order.order_id)

    placed, cancelled = at_once(2, run)
    assert placed.status in (PlaceStatus.PAID, PlaceStatus.CANCELLED)
    assert cancelled.status is CancelStatus.REFUNDED
    assert (gateway.charges, gateway.refunds) == (1, 1) and charged_net(store) == 0


def test_cancel_refunds_a_paid_order_once_even_when_the_gateway_does_not_answer(
    store, wallets, sandbox, clock, enrolled, pending
):
    order = Checkout(store, wallets, sandbox, clock=clock).place_order(enrolled, pending, PIN).order
    gateway = CountingGateway(NoAnswer(sandbox))
    checkout = Checkout(store, wallets, gateway, clock=clock)
    first = checkout.cancel_order(enrolled, order.order_id)
    assert (first.status, first.order.state) == (CancelStatus.RETRY_LATER, OrderState.REFUNDING)
    assert checkout.cancel_order(enrolled, order.order_id).status is CancelStatus.REFUNDED
    assert gateway.refunds == 2 and len(refunds(store)) == 1  # the same refund key
    assert charged_net(store) == 0


@pytest.mark.parametrize("n", [2, 4])
def test_cancels_of_a_paid_order_at_once_refund_once(
    store, wallets, sandbox, clock, enrolled, pending, n
):
    order = Checkout(store, wallets, sandbox, clock=clock).place_order(enrolled, pending, PIN).order
    gateway = CountingGateway(sandbox)
    results = at_once(
        n,
        lambda i: Checkout(store, wallets, gateway, clock=clock, wait=30.0).cancel_order(
            enrolled, order.order_id
        ),
    )
    assert [r.status for r in results] == [CancelStatus.REFUNDED] * n
    assert gateway.refunds == 1 and len(refunds(store)) == 1


@pytest.mark.parametrize("landed", [True, False])
@pytest.mark.parametrize("write", ["refunding", "refunded"])  # the claim, the outcome
def test_store_unavailable_on_the_refund_claim_and_outcome(
    store, wallets, sandbox, clock, enrolled, pending, write, landed
):
    order = Checkout(store, wallets, sandbox, clock=clock).place_order(enrolled, pending, PIN).order
    gateway = CountingGateway(sandbox)
    flaky = FlakyStore(store, writes("order#", state=write), landed=landed)
    checkout = Checkout(flaky, wallets, gateway, clock=clock, sleep=lambda s: None)
    assert checkout.cancel_order(enrolled, order.order_id).status is CancelStatus.REFUNDED
    assert flaky.failed == 1 and gateway.refunds == 1 and len(refunds(store)) == 1


def test_a_refund_outcome_the_store_never_took_is_resumed(
    store, wallets, sandbox, clock, enrolled, pending
):
    order = Checkout(store, wallets, sandbox, clock=clock).place_order(enrolled, pending, PIN).order
    down = FlakyStore(store, writes("order#", state="refunded"), times=1000)
    with pytest.raises(StoreUnavailable):
        Checkout(down, wallets, sandbox, clock=clock, sleep=lambda s: None).cancel_order(
            enrolled, order.order_id
        )
    checkout = Checkout(store, wallets, sandbox, clock=clock, wait=0.0)
    assert checkout.cancel_order(enrolled, order.order_id).status is CancelStatus.IN_PROGRESS
    clock.advance(LEASE + 1)
    assert checkout.cancel_order(enrolled, order.order_id).status is CancelStatus.REFUNDED
    assert len(refunds(store)) == 1 and charged_net(store) == 0


def test_a_stale_abandon_finds_the_payment_resolved_by_the_next_cancel(
    store, wallets, sandbox, clock, unknown
):
    """The first cancel hangs in the gateway past its lease; a second one resumes the abandon
    (same key) and refunds. The first then loses its outcome write and answers what happened."""
    pending, order = unknown
    slow = SlowGateway(CountingGateway(sandbox))
    first = {}
    thread = threading.Thread(
        target=lambda: first.update(
            result=Checkout(store, wallets, slow, clock=clock).cancel_order(OWNER, order.order_id)
        )
    )
    thread.start()
    assert slow.entered.wait(10)
    clock.advance(LEASE + 1)
    gateway = CountingGateway(sandbox)
    checkout = Checkout(store, wallets, gateway, clock=clock)
    assert checkout.place_order(OWNER, pending, PIN).status is PlaceStatus.CANCELLED  # not resumed
    second = checkout.cancel_order(OWNER, order.order_id)
    assert second.status is CancelStatus.REFUNDED
    slow.release.set()
    thread.join()
    assert first["result"].status is CancelStatus.REFUNDED
    assert (gateway.charges, gateway.refunds) == (1, 1)
    assert len(approved_charges(store)) == 1 and len(refunds(store)) == 1
    assert charged_net(store) == 0
