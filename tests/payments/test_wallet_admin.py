"""Managing a wallet out of band: cards and addresses with one default each, the PIN chosen twice
and never weak, unlocking, erasing; on both stores."""

from __future__ import annotations

import pytest

from payments.address import Address
from payments.errors import NoWallet, WeakPin
from payments.keys import wallet_key
from payments.pin import PinStatus
from payments.wallet_admin import PinsDiffer, WalletAdmin, WalletRefused
from payments.wallet_records import Wallet
from store.base import Put
from tests.payments.conftest import OWNER, PIN

NY = Address("Jane Doe", "350 Fifth Avenue", "10118", "New York", "US", region="NY")


@pytest.fixture
def admin(wallets) -> WalletAdmin:
    return WalletAdmin(wallets)


def test_create_refuses_weak_or_mistyped_pins(admin, address):
    for weak in ("0000", "1234", "1111", "4321", "2580"):
        with pytest.raises(WeakPin):
            admin.create(OWNER, "tok_visa", address, weak, weak)
    with pytest.raises(PinsDiffer):
        admin.create(OWNER, "tok_visa", address, PIN, "4862")
    view = admin.create(OWNER, "tok_visa", address, PIN, PIN)
    assert view.default_method.last4 == "4242"


def test_cards_one_default_and_never_none(admin, enrolled, wallets):
    view = admin.add_card(enrolled, "tok_mastercard")
    assert view.default_method.last4 == "4444"  # the new card is charged next
    assert wallets.get(enrolled).default_method.card.last4 == "4444"
    with pytest.raises(WalletRefused) as refused:
        admin.remove_card(enrolled, "m2")
    assert refused.value.code == "default_card"
    admin.set_default_card(enrolled, "m1")
    assert [m.last4 for m in admin.remove_card(enrolled, "m2").methods] == ["4242"]
    with pytest.raises(WalletRefused) as last:
        admin.remove_card(enrolled, "m1")
    assert last.value.code == "last_card"
    assert admin.add_card(enrolled, "tok_amex").default_method.method_id == "m2"
    with pytest.raises(WalletRefused):
        admin.set_default_card(enrolled, "m9")


def test_addresses_one_default_which_checkout_reads(admin, enrolled, wallets, address):
    view = admin.add_address(enrolled, NY)
    assert view.address == address  # adding does not move the default unless asked
    admin.set_default_address(enrolled, "a2")
    assert wallets.get(enrolled).address == NY
    assert wallets.show(enrolled).address_short == "350 Fifth Avenue, New York"
    assert len(admin.add_address(enrolled, NY).addresses) == 2  # the same address once
    with pytest.raises(WalletRefused) as refused:
        admin.remove_address(enrolled, "a2")
    assert refused.value.code == "default_address"
    assert [a.address_id for a in admin.remove_address(enrolled, "a1").addresses] == ["a2"]
    with pytest.raises(WalletRefused) as last:
        admin.remove_address(enrolled, "a2")
    assert last.value.code == "last_address"


def test_set_pin_unlocks_a_locked_wallet(admin, enrolled, wallets):
    for _ in range(3):
        wallets.check_pin(enrolled, "0000")
    assert wallets.check_pin(enrolled, PIN).status is PinStatus.LOCKED
    with pytest.raises(WeakPin):
        admin.set_pin(enrolled, "9999", "9999")
    view = admin.set_pin(enrolled, "7391", "7391")
    assert not view.locked and view.attempts_left == 3
    assert wallets.check_pin(enrolled, PIN).status is PinStatus.WRONG
    assert wallets.check_pin(enrolled, "7391").status is PinStatus.OK


def test_erase_deletes_the_wallet(admin, enrolled, wallets):
    assert admin.erase(enrolled)
    assert wallets.get(enrolled) is None
    assert not admin.erase(enrolled)
    with pytest.raises(NoWallet):
        admin.set_default_card(enrolled, "m1")


def test_a_wallet_stored_before_several_addresses_still_reads(store, wallets, address, enrolled):
    item = store.get(*wallet_key(enrolled))
    legacy = {k: v for k, v in item.data.items() if k not in ("addresses", "default_address_id")}
    legacy["address"] = address.to_json()
    store.write([Put(*wallet_key(enrolled), legacy, expect=item.version)])
    wallet = wallets.get(enrolled)
    assert isinstance(wallet, Wallet) and wallet.address == address
    assert [a.address_id for a in wallet.addresses] == ["a1"]
