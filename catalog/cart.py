"""The cart: lines of product ids and quantities, priced from the catalog with the delivery rule."""

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


def add(lines: list[dict], product: Product, quantity: int) -> list[dict]:
    """Lines with ``quantity`` more of ``product``; refuses out-of-stock products and > 99."""
    check_quantity(quantity)
    if not product.in_stock:
        raise CartError("out_of_stock")
    result = [dict(line) for line in lines]
    for line in result:
        if line["id"] == product.id:
            line["qty"] = check_quantity(line["qty"] + quantity)
            return result
    return [*result, {"id": product.id, "qty": quantity}]


def remove(lines: list[dict], product_id: str) -> list[dict]:
    if not any(line["id"] == product_id for line in lines):
        raise CartError("not_in_cart")
    return [dict(line) for line in lines if line["id"] != product_id]


def price(lines: list[dict], catalog: Catalog, delivery_fee: Callable[[Money], Money]) -> Totals:
    """Price the lines still in the catalog; ``delivery_fee(subtotal)`` gives the delivery fee."""
    found = ((catalog.get(line["id"]), line) for line in lines)
    priced = tuple(
        PricedLine(product, int(line["qty"])) for product, line in found if product is not None
    )
    currency = priced[0].product.price.currency if priced else None
    if currency is None:
        raise CartError("empty")
    subtotal = Money.zero(currency)
    for line in priced:
        subtotal = subtotal + line.amount
    delivery = delivery_fee(subtotal)
    return Totals(priced, subtotal, delivery, subtotal + delivery)
