"""The wallet: enrolment with tokens only, the masked view, the PIN counter and its lock."""

import dataclasses

import pytest

from payments.address import Address
from payments.errors import (
    InvalidAddress,
    InvalidPin,
    LooksLikeCardNumber,
    NoWallet,
    UnknownPaymentMethod,
    WalletExists,
)
from payments.pin import PinStatus
from payments.wallet import Wallets
from payments.wallet_records import PaymentMethod, Wallet
from store.base import Put
from tests.payments.concurrency import at_once
from tests.payments.conftest import OWNER, PIN


def test_enroll_then_show_masked(wallets, address):
    view = wallets.enroll(OWNER, "tok_visa", address, PIN)
    assert view == wallets.show(OWNER)
    (method,) = view.methods
    assert (method.brand, method.last4, method.expiry) == ("Visa", "4242", "12/2030")
    assert method.is_default and method.spoken == "Visa ending in 4242"
    assert view.address_short == "12 rue des Lilas, Paris"
    assert (view.locked, view.attempts_left) == (False, 3)
    assert "tok_visa" not in repr(view)


def test_show_without_wallet_is_none(wallets):
    assert wallets.show("nobody") is None


def test_stored_item_holds_token_and_card_facts_only(wallets, store, address):
    wallets.enroll(OWNER, "tok_mastercard", address, PIN)
    item = store.get(f"wallet#{OWNER}", "wallet")
    assert item.data["methods"] == [
        {
            "method_id": "m1",
            "token": "tok_mastercard",
            "brand": "mastercard",
            "last4": "4444",
            "exp_month": 12,
            "exp_year": 2030,
        }
    ]
    assert PIN not in str(item.data)


def test_record_types_have_no_field_for_a_card_number():
    assert {f.name for f in dataclasses.fields(PaymentMethod)} == {"method_id", "token", "card"}
    from payments.cards import CardFacts

    assert {f.name for f in dataclasses.fields(CardFacts)} == {
        "brand",
        "last4",
        "exp_month",
        "exp_year",
    }


@pytest.mark.parametrize(
    "token", ["4242424242424242", "4242 4242 4242 4242", "pm_4000-0566-5566-5556", "3782822463100"]
)
def test_a_card_number_is_refused_where_a_token_belongs(wallets, address, token, store):
    with pytest.raises(LooksLikeCardNumber) as err:
        wallets.enroll(OWNER, token, address, PIN)
    assert token not in str(err.value)
    assert store.get(f"wallet#{OWNER}", "wallet") is None


def test_a_card_number_is_refused_in_an_address():
    with pytest.raises(LooksLikeCardNumber):
        Address("Zoé", "4111111111111111", "75020", "Paris", "FR")


def test_addresses_are_checked():
    with pytest.raises(InvalidAddress):
        Address("Zoé", "", "75020", "Paris", "FR")
    with pytest.raises(InvalidAddress):
        Address("Zoé", "12 rue des Lilas", "75020", "Paris", "France")
    assert Address("Zoé", " 12  rue des Lilas ", "75020", "Paris", "fr").short() == (
        "12 rue des Lilas, Paris"
    )


def test_unknown_token_refused(wallets, address):
    with pytest.raises(UnknownPaymentMethod):
        wallets.enroll(OWNER, "tok_nope", address, PIN)


def test_enroll_twice_refused(wallets, address):
    wallets.enroll(OWNER, "tok_visa", address, PIN)
    with pytest.raises(WalletExists):
        wallets.enroll(OWNER, "tok_mastercard", address, "1111")
    assert wallets.show(OWNER).methods[0].last4 == "4242"


def test_enroll_needs_a_four_digit_pin(wallets, address):
    with pytest.raises(InvalidPin):
        wallets.enroll(OWNER, "tok_visa", address, "123")


def test_owners_are_separate(wallets, address):
    wallets.enroll("a", "tok_visa", address, PIN)
    wallets.enroll("b", "tok_mastercard", address, "1111")
    assert wallets.check_pin("a", "1111").status is PinStatus.WRONG
    assert wallets.check_pin("b", "1111").status is PinStatus.OK
    assert wallets.show("b").default_method.last4 == "4444"


def test_add_payment_method_becomes_default(wallets, enrolled):
    view = wallets.add_payment_method(enrolled, "tok_mastercard")
    assert [m.last4 for m in view.methods] == ["4242", "4444"]
    assert view.default_method.last4 == "4444"
    again = wallets.add_payment_method(enrolled, "tok_visa")
    assert len(again.methods) == 2 and again.default_method.last4 == "4242"


def test_right_pin(wallets, enrolled):
    assert wallets.check_pin(enrolled, PIN).status is PinStatus.OK


def test_no_wallet(wallets):
    check = wallets.check_pin("nobody", PIN)
    assert (check.status, check.attempts_left) == (PinStatus.NO_WALLET, 0)


def test_three_wrong_lock_and_the_right_pin_then_fails(wallets, enrolled):
    first = wallets.check_pin(enrolled, "0000")
    second = wallets.check_pin(enrolled, "1111")
    third = wallets.check_pin(enrolled, "2222")
    assert (first.status, first.attempts_left) == (PinStatus.WRONG, 2)
    assert (second.status, second.attempts_left) == (PinStatus.WRONG, 1)
    assert (third.status, third.attempts_left) == (PinStatus.LOCKED, 0)
    assert wallets.check_pin(enrolled, PIN).status is PinStatus.LOCKED
    view = wallets.show(enrolled)
    assert view.locked and view.attempts_left == 0


def test_a_right_pin_resets_the_counter(wallets, enrolled):
    wallets.check_pin(enrolled, "0000")
    wallets.check_pin(enrolled, "0000")
    assert wallets.check_pin(enrolled, PIN).ok
    assert wallets.show(enrolled).attempts_left == 3
    assert wallets.check_pin(enrolled, "0000").attempts_left == 2
    assert wallets.check_pin(enrolled, "0000").attempts_left == 1


def test_the_counter_lives_in_the_store_across_sessions(store, sandbox, hasher, clock, enrolled):
    Wallets(store, sandbox, hasher, clock=clock).check_pin(enrolled, "0000")
    Wallets(store, sandbox, hasher, clock=clock).check_pin(enrolled, "0000")
    third = Wallets(store, sandbox, hasher, clock=clock).check_pin(enrolled, "0000")
    assert third.status is PinStatus.LOCKED


def test_reset_pin_unlocks(wallets, enrolled):
    for wrong in ("0000", "1111", "2222"):
        wallets.check_pin(enrolled, wrong)
    wallets.reset_pin(enrolled, "9753")
    assert wallets.check_pin(enrolled, PIN).status is PinStatus.WRONG
    assert wallets.check_pin(enrolled, "9753").ok
    assert wallets.show(enrolled).attempts_left == 3


def test_reset_pin_without_wallet(wallets):
    with pytest.raises(NoWallet):
        wallets.reset_pin("nobody", "1234")


def test_concurrent_wrong_pins_are_all_counted(wallets, enrolled):
    results = at_once(2, lambda i: wallets.check_pin(enrolled, "0000"))
    assert sorted(r.attempts_left for r in results) == [1, 2]
    assert wallets.show(enrolled).attempts_left == 1


def test_many_concurrent_wrong_pins_lock_exactly(wallets, enrolled):
    results = at_once(6, lambda i: wallets.check_pin(enrolled, f"{i}{i}{i}{i}"))
    statuses = sorted((r.status.value, r.attempts_left) for r in results)
    assert statuses == [("locked", 0)] * 4 + [("wrong", 1), ("wrong", 2)]
    assert wallets.check_pin(enrolled, PIN).status is PinStatus.LOCKED


def test_rehash_on_right_pin_when_parameters_change(store, sandbox, clock, enrolled):
    from payments.pin import PinHasher
    from tests.payments.conftest import PEPPER

    stronger = Wallets(store, sandbox, PinHasher(PEPPER, time_cost=3), clock=clock)
    assert stronger.check_pin(enrolled, PIN).ok
    assert "t=3" in store.get(f"wallet#{enrolled}", "wallet").data["pin_hash"]


def test_wallet_repr_hides_the_pin_hash(wallets, enrolled):
    wallet = wallets.get(enrolled)
    assert wallet.pin_hash not in repr(wallet)
    assert isinstance(wallet, Wallet)


def test_a_locked_wallet_written_elsewhere_is_seen(wallets, store, enrolled):
    item = store.get(f"wallet#{enrolled}", "wallet")
    store.write([Put(item.pk, item.sk, {**item.data, "locked": True}, expect=item.version)])
    assert wallets.check_pin(enrolled, PIN).status is PinStatus.LOCKED
