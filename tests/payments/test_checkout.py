"""Checkout: PIN, one charge per agreement, declines, transient failures, cancellation."""

import pytest

from payments.checkout import Checkout
from payments.checkout_outcomes import CancelResult, CancelStatus, PlaceResult, PlaceStatus
from payments.errors import InvalidOrder, InvalidPin
from payments.gateway import DeclineReason
from payments.merchant_view import export_orders
from payments.orders import OrderState
from payments.wallet import Wallets
from store.base import Put
from tests.payments.concurrency import at_once
from tests.payments.conftest import OWNER, PIN, make_pending
from tests.payments.gateways import CountingGateway, approved_charges, refunds


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


def test_a_decline_keeps_the_order_and_the_next_attempt_uses_a_new_key(
    checkout, wallets, address, store
):
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
    # The shopper adds a card in the app, then agrees to try again: attempt 2, a new key.
    wallets.add_payment_method(OWNER, "tok_mastercard")
    assert checkout.find_order(OWNER, pending).attempt == 1  # the summary offers attempt 2
    again = checkout.place_order(OWNER, pending, None, attempt=2)
    assert again.status is PlaceStatus.PIN_REQUIRED  # a new money movement: no grace
    wrong = checkout.place_order(OWNER, pending, "0000", attempt=2)
    assert wrong.status is PlaceStatus.WRONG_PIN
    paid = checkout.place_order(OWNER, pending, PIN, attempt=2)
    assert paid.status is PlaceStatus.PAID
    assert (paid.order.attempt, paid.order.card.last4) == (2, "4444")
    assert [i.sk.rsplit("-", 1)[1] for i in store.query("sandbox", "charge#")] == ["1", "2"]
    # Attempt 2 again, or attempt 1: the recorded outcome; nothing moves.
    assert checkout.place_order(OWNER, pending, None, attempt=2) == paid
    assert checkout.place_order(OWNER, pending, None) == paid
    assert len(approved_charges(store)) == 1


def test_a_duplicated_next_attempt_charges_once(store, wallets, sandbox, clock, address):
    """Two "try again" turns at once (attempt 2 each): one charge of the new card."""
    wallets.enroll(OWNER, "tok_chargeDeclined", address, PIN)
    pending = make_pending(address)
    checkout = Checkout(store, wallets, sandbox, clock=clock)
    assert checkout.place_order(OWNER, pending, PIN).status is PlaceStatus.DECLINED
    wallets.add_payment_method(OWNER, "tok_visa")
    gateway = CountingGateway(sandbox)
    results = at_once(
        2,
        lambda i: Checkout(store, wallets, gateway, clock=clock, wait=30.0).place_order(
            OWNER, pending, PIN, attempt=2
        ),
    )
    assert [r.status for r in results] == [PlaceStatus.PAID] * 2
    assert gateway.charges == 1 and len(approved_charges(store)) == 1


def test_an_attempt_beyond_the_next_one_answers_the_decline(checkout, wallets, address, store):
    """Attempt 3 on an order declined at attempt 1 is not what the shopper was offered."""
    wallets.enroll(OWNER, "tok_chargeDeclined", address, PIN)
    pending = make_pending(address)
    declined = checkout.place_order(OWNER, pending, PIN)
    assert checkout.place_order(OWNER, pending, PIN, attempt=3) == declined
    assert len(store.query("sandbox", "charge#")) == 1


def test_a_declined_next_attempt_stays_declined(checkout, wallets, address, store):
    wallets.enroll(OWNER, "tok_chargeDeclined", address, PIN)
    pending = make_pending(address)
    checkout.place_order(OWNER, pending, PIN)
    second = checkout.place_order(OWNER, pending, PIN, attempt=2)  # the same card: declined
    assert (second.status, second.order.attempt) == (PlaceStatus.DECLINED, 2)
    assert len(store.query("sandbox", "charge#")) == 2


def test_the_same_cart_checked_out_again_names_the_same_order(checkout, enrolled, address, store):
    """The conversation passes its cart id as the nonce: same cart, same contents, same order."""
    cart = make_pending(address, nonce="cart-0001")
    assert checkout.find_order(enrolled, cart) is None
    first = checkout.place_order(enrolled, cart, PIN)
    again = make_pending(address, nonce="cart-0001")  # built afresh by a replayed turn
    assert checkout.find_order(enrolled, again) == first.order
    assert checkout.place_order(enrolled, again, None) == first  # already paid: no PIN
    other = make_pending(address, nonce="cart-0001", qty=3)  # the cart changed: a new order
    assert checkout.order_id_for(enrolled, other) != first.order.order_id
    assert len(approved_charges(store)) == 1


@pytest.mark.parametrize("attempt", [0, -1, "2", 1.0, True])
def test_an_attempt_is_a_whole_number_from_one(checkout, enrolled, pending, attempt):
    with pytest.raises(InvalidOrder):
        checkout.place_order(enrolled, pending, PIN, attempt=attempt)


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


@pytest.mark.parametrize("state", list(OrderState))
def test_every_state_has_an_answer(checkout, enrolled, pending, store, state):
    """Whatever state an order is in, placing it again and cancelling it answer (no PIN asked
    for a decided order; a pending one resumed asks the PIN, its grace being over)."""
    order = checkout.place_order(enrolled, pending, PIN).order
    item = store.get(f"orders#{enrolled}", f"order#{order.order_id}")
    data = {**item.data, "state": state.value, "lease_until": None, "pin_ok_until": None}
    store.write([Put(item.pk, item.sk, data, expect=item.version)])
    assert isinstance(checkout.place_order(enrolled, pending, None), PlaceResult)
    assert isinstance(checkout.cancel_order(enrolled, order.order_id), CancelResult)
