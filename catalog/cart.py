"""The cart: lines of product ids and quantities, priced from the catalog with the delivery rule.

A cart holds **one currency**. One account may shop in several locales (a French and an English
device in one home), and each locale's catalog prices the same product ids in its own currency:
each line records the currency it was added in, a product in another currency is refused
(``other_currency``), and a cart whose lines are not all in the currency this catalog prices
them in is never priced here: money is never summed, nor charged, across currencies.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from catalog.model import Catalog, Product
from payments.money import Money

MAX_QUANTITY = 99


class CartError(ValueError):
    """An operation the cart refuses; ``reason`` names it for the speech."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class PricedLine:
    product: Product
    quantity: int

    @property
    def amount(self) -> Money:
        return self.product.price * self.quantity


@dataclass(frozen=True)
class Totals:
    lines: tuple[PricedLine, ...]
    subtotal: Money
    delivery: Money
    total: Money

    @property
    def items(self) -> int:
        return sum(line.quantity for line in self.lines)


def check_quantity(quantity: int) -> int:
    if not 1 <= quantity <= MAX_QUANTITY:
        raise CartError("quantity")
    return quantity


def currency(lines: list[dict]) -> str | None:
    """The currency the lines were added in; None for an empty cart (or lines older than the
    record of their currency)."""
    return next((line["currency"] for line in lines if line.get("currency")), None)


def add(lines: list[dict], product: Product, quantity: int) -> list[dict]:
    """Lines with ``quantity`` more of ``product``; refuses out-of-stock products, > 99, and a
    product priced in another currency than the cart's."""
    check_quantity(quantity)
    if not product.in_stock:
        raise CartError("out_of_stock")
    if currency(lines) not in (None, product.price.currency):
        raise CartError("other_currency")
    result = [dict(line) for line in lines]
    for line in result:
        if line["id"] == product.id:
            line["qty"] = check_quantity(line["qty"] + quantity)
            line["currency"] = product.price.currency
            return result
    return [*result, {"id": product.id, "qty": quantity, "currency": product.price.currency}]


def set_quantity(lines: list[dict], product: Product, quantity: int) -> list[dict]:
    """Lines where ``product``'s line holds ``quantity`` (1 to 99), in its place and with what
    else it carries (the guide that offered it); a line that grows is checked as :func:`add`
    checks it (in stock, the cart's currency). Raises ``KeyError`` when it is not in the cart."""
    check_quantity(quantity)
    held = next((line for line in lines if line["id"] == product.id), None)
    if held is None:
        raise KeyError(product.id)
    if quantity > held["qty"]:
        return add(lines, product, quantity - held["qty"])
    return [{**line, "qty": quantity} if line["id"] == product.id else dict(line) for line in lines]


def remove(lines: list[dict], product_id: str) -> list[dict]:
    if not any(line["id"] == product_id for line in lines):
        raise CartError("not_in_cart")
    return [dict(line) for line in lines if line["id"] != product_id]


def in_other_currency(lines: list[dict], catalog: Catalog) -> bool:
    """True when the lines are not all in one currency with the prices ``catalog`` gives them:
    the cart was filled in another locale's currency (or its lines disagree)."""
    recorded = {line["currency"] for line in lines if line.get("currency")}
    products = (catalog.get(line["id"]) for line in lines)
    prices = {product.price.currency for product in products if product is not None}
    return len(recorded | prices) > 1


def price(lines: list[dict], catalog: Catalog, delivery_fee: Callable[[Money], Money]) -> Totals:
    """Price the lines still in the catalog; ``delivery_fee(subtotal)`` gives the delivery fee.
    Refuses (``other_currency``) lines that are not all in one currency with these prices."""
    if in_other_currency(lines, catalog):
        raise CartError("other_currency")
    found = ((catalog.get(line["id"]), line) for line in lines)
    priced = tuple(
        PricedLine(product, int(line["qty"])) for product, line in found if product is not None
    )
    if not priced:
        raise CartError("empty")
    subtotal = Money.zero(priced[0].product.price.currency)
    for line in priced:
        subtotal = subtotal + line.amount
    delivery = delivery_fee(subtotal)
    return Totals(priced, subtotal, delivery, subtotal + delivery)
