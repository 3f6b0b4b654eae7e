"""The merchant's side of an order: ship it (the shopper hears it), refund it once whoever asks
first, cancel a failed payment, reveal and claim its one-time token; and the order list."""

from __future__ import annotations

import pytest

from payments.checkout_outcomes import CancelStatus, PlaceStatus
from payments.fulfilment import Fulfilment, RefundStatus, ShipStatus
from payments.order_search import find, iterate, search
from payments.orders import OrderState, OrderStatus
from store.base import Put
from tests.payments.concurrency import at_once
from tests.payments.conftest import PIN, make_pending
from tests.payments.gateways import refunds

SHOPPER = "amzn-shopper-fulfilment"


@pytest.fixture
def fulfilment(store, checkout, wallets, sandbox, clock) -> Fulfilment:
    return Fulfilment(store, checkout, wallets, sandbox, clock=clock, wait=10.0)


@pytest.fixture
def paid(checkout, wallets, address):
    wallets.enroll(SHOPPER, "tok_visa", address, PIN)
    result = checkout.place_order(SHOPPER, make_pending(address), PIN)
    assert result.status is PlaceStatus.PAID
    return result.order


def test_shipping_is_one_conditional_write_with_what_goes_with_it(store, fulfilment, paid):
    audit = Put("audit#test", "entry", {"action": "ship"})
    result = fulfilment.mark_shipped(SHOPPER, paid.order_id, also=[audit])
    assert result.status is ShipStatus.SHIPPED and result.order.state is OrderState.SHIPPED
    assert store.get("audit#test", "entry") is not None
    assert find(store, paid.order_id).state is OrderState.SHIPPED
    assert fulfilment.mark_shipped(SHOPPER, paid.order_id).status is ShipStatus.ALREADY_SHIPPED
    page = search(store, statuses=[OrderStatus.SHIPPED])
    assert [o.order_id for o in page.orders] == [paid.order_id]
    assert search(store, statuses=[OrderStatus.PAID]).orders == []


def test_a_shipped_order_is_no_longer_the_shoppers_to_cancel(fulfilment, checkout, paid):
    fulfilment.mark_shipped(SHOPPER, paid.order_id)
    assert fulfilment.reveal_token(paid.order_id) is None  # no longer awaiting fulfilment
    refunded = fulfilment.refund(SHOPPER, paid.order_id)  # the merchant still can (a return)
    assert refunded.status is RefundStatus.REFUNDED
    assert checkout.get_order(SHOPPER, paid.order_id).state is OrderState.REFUNDED


def test_a_cancelled_order_cannot_be_shipped(fulfilment, checkout, paid):
    assert checkout.cancel_order(SHOPPER, paid.order_id).status is CancelStatus.REFUNDED
    assert fulfilment.mark_shipped(SHOPPER, paid.order_id).status is ShipStatus.NOT_SHIPPABLE


def test_ship_and_cancel_at_once_one_wins(store, fulfilment, checkout, paid):
    ship, cancel = at_once(
        2,
        lambda i: (
            fulfilment.mark_shipped(SHOPPER, paid.order_id)
            if i == 0
            else checkout.cancel_order(SHOPPER, paid.order_id)
        ),
    )
    state = checkout.get_order(SHOPPER, paid.order_id).state
    if ship.status is ShipStatus.SHIPPED:
        assert state is OrderState.SHIPPED and cancel.status is not CancelStatus.REFUNDED
        assert refunds(store) == []
    else:
        assert state is OrderState.REFUNDED and cancel.status is CancelStatus.REFUNDED
        assert len(refunds(store)) == 1


def test_the_merchant_and_the_shopper_refund_at_once_money_moves_back_once(
    store, fulfilment, checkout, paid
):
    results = at_once(
        4,
        lambda i: (
            fulfilment.refund(SHOPPER, paid.order_id)
            if i % 2
            else checkout.cancel_order(SHOPPER, paid.order_id)
        ),
    )
    assert checkout.get_order(SHOPPER, paid.order_id).state is OrderState.REFUNDED
    assert len(refunds(store)) == 1
    assert all(r.status.value in ("refunded", "in_progress", "retry_later") for r in results)
    again = fulfilment.refund(SHOPPER, paid.order_id)
    assert again.status is RefundStatus.REFUNDED and len(refunds(store)) == 1


def test_a_declined_payment_is_cancelled_not_refunded(
    store, fulfilment, checkout, wallets, address
):
    wallets.enroll("amzn-declined", "tok_chargeDeclined", address, PIN)
    failed = checkout.place_order("amzn-declined", make_pending(address), PIN).order
    assert fulfilment.refund("amzn-declined", failed.order_id).status is RefundStatus.NOT_REFUNDABLE
    assert fulfilment.cancel("amzn-declined", failed.order_id).status is CancelStatus.CANCELLED
    found = find(store, failed.order_id, created_at=failed.created_at)
    assert found is not None and found.state is OrderState.CANCELLED
    assert find(store, failed.order_id) is None  # never paid: the list's link says when


def test_the_token_is_revealed_once_then_claimed(fulfilment, paid, checkout):
    first = fulfilment.reveal_token(paid.order_id)
    second = fulfilment.reveal_token(paid.order_id)
    assert first and second and first != second
    assert not fulfilment.claim(paid.order_id, first)  # revealing again killed the first
    assert fulfilment.claim(paid.order_id, second)
    assert not fulfilment.claim(paid.order_id, second)  # once
    assert checkout.get_order(SHOPPER, paid.order_id).state is OrderState.CLAIMED
    assert fulfilment.mark_shipped(SHOPPER, paid.order_id).status is ShipStatus.SHIPPED


def test_the_list_pages_and_filters_by_date(store, checkout, wallets, address, clock):
    wallets.enroll(SHOPPER, "tok_visa", address, PIN)
    placed = []
    for n in range(7):
        placed.append(checkout.place_order(SHOPPER, make_pending(address, f"nonce-{n:04d}"), PIN))
        clock.advance(3600)
    ids = [r.order.order_id for r in reversed(placed)]  # newest first
    first = search(store, size=3)
    assert [o.order_id for o in first.orders] == ids[:3] and first.next_cursor
    second = search(store, size=3, cursor=first.next_cursor)
    assert [o.order_id for o in second.orders] == ids[3:6]
    last = search(store, size=3, cursor=second.next_cursor)
    assert [o.order_id for o in last.orders] == ids[6:] and last.next_cursor is None
    t0 = placed[0].order.created_at
    window = search(store, since=t0 + 3600, until=t0 + 3 * 3600)
    assert [o.order_id for o in window.orders] == [ids[4], ids[5]]
    assert [o.order_id for o in iterate(store)] == ids
    assert search(store, cursor="not a cursor", size=2).orders[0].order_id == ids[0]
