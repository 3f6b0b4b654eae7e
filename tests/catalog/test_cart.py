"""The cart holds one currency: one account shops in several locales, each catalog prices the
same product ids in its own currency, and money is never summed across currencies."""

import pytest

from catalog import cart
from catalog.model import Catalog, Product
from payments.money import Money
from skill.state import StateRepository, UserState

SOAP_FR = Product("savon-fiel", "Savon au fiel", Money.of("4.50", "EUR"))
SPRAY_FR = Product("oxy-spray", "Spray oxygène", Money.of("9.90", "EUR"))
SOAP_US = Product("savon-fiel", "Ox gall soap", Money.of("4.90", "USD"))
SPRAY_US = Product("oxy-spray", "Oxygen spray", Money.of("10.90", "USD"))
FR = Catalog("fr-FR", (SOAP_FR, SPRAY_FR))
US = Catalog("en-US", (SOAP_US, SPRAY_US))


def free(subtotal: Money) -> Money:
    return Money.zero(subtotal.currency)


def test_a_line_records_the_currency_it_was_added_in():
    lines = cart.add(cart.add([], SOAP_US, 2), SOAP_US, 1)
    assert lines == [{"id": "savon-fiel", "qty": 3, "currency": "USD"}]
    assert cart.currency(lines) == "USD"
    assert cart.currency([]) is None


def test_a_product_in_another_currency_is_refused_and_the_cart_kept():
    lines = cart.add([], SOAP_US, 2)
    for product in (SPRAY_FR, SOAP_FR):
        with pytest.raises(cart.CartError) as refused:
            cart.add(lines, product, 1)
        assert refused.value.reason == "other_currency"
    assert lines == [{"id": "savon-fiel", "qty": 2, "currency": "USD"}]


def test_a_cart_is_priced_in_its_own_currency_only():
    lines = cart.add(cart.add([], SOAP_US, 2), SPRAY_US, 1)
    totals = cart.price(lines, US, free)
    assert totals.total == Money.of("20.70", "USD")
    assert not cart.in_other_currency(lines, US)
    assert cart.in_other_currency(lines, FR)
    with pytest.raises(cart.CartError) as refused:
        cart.price(lines, FR, free)
    assert refused.value.reason == "other_currency"


def test_lines_in_two_currencies_are_refused_never_summed():
    mixed = [
        {"id": "savon-fiel", "qty": 1, "currency": "USD"},
        {"id": "oxy-spray", "qty": 1, "currency": "EUR"},
    ]
    for catalog in (FR, US):
        assert cart.in_other_currency(mixed, catalog)
        with pytest.raises(cart.CartError) as refused:
            cart.price(mixed, catalog, free)
        assert refused.value.reason == "other_currency"


def test_a_catalog_pricing_a_cart_in_two_currencies_is_refused():
    """Lines without a recorded currency (carts saved before lines recorded it) still never
    sum two currencies: the prices themselves must agree."""
    odd = Catalog("fr-FR", (SOAP_FR, SPRAY_US))
    legacy = [{"id": "savon-fiel", "qty": 1}, {"id": "oxy-spray", "qty": 1}]
    with pytest.raises(cart.CartError) as refused:
        cart.price(legacy, odd, free)
    assert refused.value.reason == "other_currency"
    assert cart.price(legacy, FR, free).total == Money.of("14.40", "EUR")
    assert cart.add(legacy, SOAP_FR, 1)[0] == {"id": "savon-fiel", "qty": 2, "currency": "EUR"}


def test_the_currency_survives_the_stored_state(store):
    """The shopper's state is written by one locale's turn and read by the other's."""
    repository = StateRepository(store)
    loaded = repository.load("owner-a")
    state = UserState(cart=cart.add([], SOAP_US, 2))
    repository.save("owner-a", loaded, state, [])
    again = repository.load("owner-a").state
    assert cart.currency(again.cart) == "USD"
    assert cart.in_other_currency(again.cart, FR)
    with pytest.raises(cart.CartError):
        cart.add(again.cart, SPRAY_FR, 1)
    assert cart.price(again.cart, US, free).subtotal == Money.of("9.80", "USD")


def test_a_quantity_is_set_in_place_and_checked_like_an_add():
    lines = cart.add(cart.add([], SOAP_US, 3), SPRAY_US, 1)
    lines[0]["guide"] = "red-wine"
    fewer = cart.set_quantity(lines, SOAP_US, 1)
    assert fewer[0] == {"id": "savon-fiel", "qty": 1, "currency": "USD", "guide": "red-wine"}
    assert [line["id"] for line in fewer] == ["savon-fiel", "oxy-spray"]
    assert cart.set_quantity(lines, SPRAY_US, 4)[1]["qty"] == 4
    assert lines[0]["qty"] == 3  # the lines given are never changed
    with pytest.raises(cart.CartError):
        cart.set_quantity(lines, SOAP_US, 100)
    with pytest.raises(cart.CartError):
        cart.set_quantity(lines, SOAP_US, 0)
    with pytest.raises(KeyError):
        cart.set_quantity(cart.remove(lines, "oxy-spray"), SPRAY_US, 2)
