"""Text that cannot be stored never reaches the store: a NUL or a lone surrogate is refused with
``InvalidInput`` (the SQLite write would fail on a surrogate; a NUL would reach SSML)."""

import pytest

from payments.address import Address
from payments.agreement import OrderLine, PendingOrder
from payments.donations import CharityTerms, PendingDonation
from payments.errors import InvalidInput
from payments.money import Money
from payments.text import clean_text
from tests.payments.conftest import OWNER, PIN, make_pending

BAD = ["nul\x00here", "lone \ud800 surrogate", "\udfff", "end\x00"]


@pytest.mark.parametrize("bad", BAD)
def test_clean_text_refuses_what_cannot_be_stored(bad):
    with pytest.raises(InvalidInput) as error:
        clean_text(bad, "seller")
    assert bad not in str(error.value)


@pytest.mark.parametrize("good", ["Zoé", "Stain Expert ™", "😀 emoji", "l'éponge", "ß", ""])
def test_clean_text_keeps_every_real_character(good):
    assert clean_text(good, "field") == good


def everything(store) -> list:
    return [i for pk in ("orders#" + OWNER, "merchant#orders", "sandbox") for i in store.query(pk)]


@pytest.mark.parametrize("bad", BAD)
def test_an_order_with_unstorable_text_is_refused_before_any_write(
    checkout, enrolled, address, store, bad
):
    lines = [OrderLine("p-1", "Spray", 1, Money.of("7.99", "EUR"))]
    fee = Money.of("4.90", "EUR")
    with pytest.raises(InvalidInput):
        PendingOrder.create(bad, lines, fee, address, nonce="nonce-0001")
    with pytest.raises(InvalidInput):
        OrderLine("p-1", bad, 1, Money.of("7.99", "EUR"))
    with pytest.raises(InvalidInput):
        OrderLine(bad, "Spray", 1, Money.of("7.99", "EUR"))
    with pytest.raises(InvalidInput):
        checkout.place_order(OWNER + bad, make_pending(address), PIN)
    assert everything(store) == []


@pytest.mark.parametrize("bad", BAD)
@pytest.mark.parametrize("field", ["recipient", "line1", "line2", "city"])
def test_an_address_with_unstorable_text_is_refused(address, bad, field):
    parts = address.to_json()
    parts[field] = f"x {bad}"
    with pytest.raises(InvalidInput):
        Address.from_json(parts)


@pytest.mark.parametrize("bad", BAD)
def test_wallets_and_gifts_refuse_unstorable_text(wallets, enrolled, address, bad):
    with pytest.raises(InvalidInput):
        wallets.check_pin(OWNER + bad, PIN)
    with pytest.raises(InvalidInput):
        wallets.enroll(bad, "tok_visa", address, PIN)
    with pytest.raises(InvalidInput):
        wallets.add_payment_method(OWNER, f"tok_{bad}")
    with pytest.raises(InvalidInput):
        CharityTerms("croix-rouge", bad, "EUR")
    with pytest.raises(InvalidInput):
        PendingDonation.create(bad, Money.of(5, "EUR"))
    assert wallets.show(OWNER).attempts_left == 3  # nothing was counted
