"""Orders: the pending order's guards, the deterministic id and keys."""

import dataclasses

import pytest

from payments.agreement import OrderLine, PendingOrder, clean_pending_order, derive_order_id
from payments.errors import InvalidOrder, LooksLikeCardNumber
from payments.money import Money
from payments.orders import charge_key, refund_key
from tests.payments.conftest import make_pending


def test_total_includes_lines_and_delivery(pending):
    assert pending.total == Money.of("24.38", "EUR")  # 2 × 7.99 + 3.50 + 4.90
    assert pending.currency == "EUR"


def test_the_order_id_is_derived_from_the_agreement(address):
    a = derive_order_id("owner", make_pending(address))
    assert a == derive_order_id("owner", make_pending(address))
    assert a.startswith("o_") and len(a) == 26
    assert a != derive_order_id("other", make_pending(address))
    assert a != derive_order_id("owner", make_pending(address, nonce="nonce-0002"))
    assert a != derive_order_id("owner", make_pending(address, qty=3))


def test_json_round_trip_keeps_the_id(pending):
    again = PendingOrder.from_json(pending.to_json())
    assert again == pending
    assert derive_order_id("o", again) == derive_order_id("o", pending)


def test_keys_come_from_the_order_not_randomness():
    assert charge_key("o_abc", 1) == "echoppe-o_abc-charge-1"
    assert charge_key("o_abc", 2) != charge_key("o_abc", 1)
    assert refund_key("o_abc") == "echoppe-o_abc-refund"


def test_a_total_that_does_not_add_up_is_refused(pending):
    wrong = dataclasses.replace(pending, total=Money.of("20.00", "EUR"))
    with pytest.raises(InvalidOrder):
        clean_pending_order(wrong)


def test_one_currency(address):
    with pytest.raises(InvalidOrder):
        PendingOrder.create(
            "Seller",
            [
                OrderLine("p1", "One", 1, Money.of("1.00", "EUR")),
                OrderLine("p2", "Two", 1, Money.of("1.00", "USD")),
            ],
            Money.zero("EUR"),
            address,
        )


@pytest.mark.parametrize("qty", [0, -1, 100, 1.5, True])
def test_quantities(qty):
    with pytest.raises(InvalidOrder):
        OrderLine("p1", "One", qty, Money.of("1.00", "EUR"))


def test_no_empty_order_and_no_bad_nonce(address, pending):
    with pytest.raises(InvalidOrder):
        PendingOrder.create("Seller", [], Money.zero("EUR"), address)
    with pytest.raises(InvalidOrder):
        clean_pending_order(dataclasses.replace(pending, nonce="x"))


def test_no_card_number_in_a_title():
    with pytest.raises(LooksLikeCardNumber):
        OrderLine("p1", "gift for 4111 1111 1111 1111", 1, Money.of("1.00", "EUR"))
