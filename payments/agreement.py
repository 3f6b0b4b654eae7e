"""What the shopper agreed to: the order lines, their discounts, and the pending order the
conversation reads aloud as its summary, checked, with the order id derived from it.

The conversation builds a ``PendingOrder`` when it reads the summary aloud (seller, items,
delivery, total with VAT and delivery included, address) and keeps it in its state. Its
``nonce`` is the conversation's cart id (drawn once per cart, rotated when the cart is paid);
everything else is what the shopper heard. The **order id** is a hash of the owner and the
whole pending order, so the same cart with the same contents always names the same order
(``payments.orders`` stores it and derives the charge's key from it).
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from payments.address import Address
from payments.cards import clean_no_pan
from payments.errors import InvalidOrder
from payments.ids import derive_id
from payments.money import Money, MoneyError
from payments.promotion import Promotion
from payments.text import clean_text

MAX_LINES = 20
MAX_QUANTITY = 99
_NONCE_RE = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


@dataclass(frozen=True)
class OrderLine:
    """A product, its quantity and VAT-included unit price, and the line's ``discount``.

    **Discounts** are per line, in integer minor units of the line's currency, VAT included,
    and never more than the line (``payments.promotions`` says how they are rounded): the line
    is charged ``total - discount``. A free product is a line whose discount is its total.
    """

    product_id: str
    title: str
    quantity: int
    unit_price: Money
    discount: Money | None = None
    """None or zero: no discount (then the line's JSON carries none, and order ids stay as
    they were before discounts existed)."""

    def __post_init__(self) -> None:
        if not self.product_id or not self.title:
            raise InvalidOrder("an order line needs a product id and a title")
        clean_no_pan(self.product_id, "product id")
        clean_no_pan(self.title, "product title")
        if type(self.quantity) is not int or not 1 <= self.quantity <= MAX_QUANTITY:
            raise InvalidOrder(f"a quantity is a whole number from 1 to {MAX_QUANTITY}")
        if not isinstance(self.unit_price, Money) or self.unit_price.minor <= 0:
            raise InvalidOrder("a unit price is positive Money")
        if self.discount is None:
            object.__setattr__(self, "discount", Money.zero(self.unit_price.currency))
        if not isinstance(self.discount, Money) or self.discount.currency != self.currency:
            raise InvalidOrder("a line's discount is Money in the line's currency")
        if not 0 <= self.discount.minor <= self.total.minor:
            raise InvalidOrder("a line's discount is between zero and the line's total")

    @property
    def currency(self) -> str:
        return self.unit_price.currency

    @property
    def total(self) -> Money:
        """The line before its discount: unit price × quantity."""
        return self.unit_price * self.quantity

    @property
    def off(self) -> Money:
        """The line's discount (zero when none)."""
        return self.discount or Money.zero(self.currency)

    @property
    def charged(self) -> Money:
        """What the line costs the shopper: its total less its discount."""
        return self.total - self.off

    def to_json(self) -> dict:
        data = {
            "product_id": self.product_id,
            "title": self.title,
            "quantity": self.quantity,
            "unit_price": self.unit_price.to_json(),
        }
        if self.off.minor:
            data["discount"] = self.off.to_json()
        return data

    @classmethod
    def from_json(cls, data: dict) -> OrderLine:
        discount = data.get("discount")
        return cls(
            product_id=data["product_id"],
            title=data["title"],
            quantity=int(data["quantity"]),
            unit_price=Money.from_json(data["unit_price"]),
            discount=Money.from_json(discount) if discount else None,
        )


def discount_of(lines: Sequence[OrderLine], currency: str) -> Money:
    """The discount of all ``lines``."""
    return sum((line.off for line in lines), Money.zero(currency))


@dataclass(frozen=True)
class PendingOrder:
    """What the shopper heard and agreed to. Keep it in conversation state (``to_json``)."""

    nonce: str
    seller: str
    lines: tuple[OrderLine, ...]
    delivery_fee: Money
    total: Money
    shipping_address: Address
    promotion: Promotion | None = None
    """The campaign or reward whose discount the lines carry (``payments.promotions``)."""

    @classmethod
    def create(
        cls,
        seller: str,
        lines: Sequence[OrderLine],
        delivery_fee: Money,
        shipping_address: Address,
        *,
        nonce: str | None = None,
        promotion: Promotion | None = None,
    ) -> PendingOrder:
        """Build the pending order the summary reads out; the total is computed here.

        Prices are VAT-inclusive (consumer prices), so total = Σ (line − its discount) +
        delivery: the amount charged.
        """
        lines = tuple(lines)
        if not lines:
            raise InvalidOrder("an order has at least one line")
        try:
            total = sum((line.charged for line in lines), delivery_fee)
        except MoneyError as exc:
            raise InvalidOrder("an order is in one currency") from exc
        pending = cls(
            nonce=nonce or secrets.token_urlsafe(12),
            seller=seller,
            lines=lines,
            delivery_fee=delivery_fee,
            total=total,
            shipping_address=shipping_address,
            promotion=promotion,
        )
        clean_pending_order(pending)
        return pending

    @property
    def currency(self) -> str:
        return self.total.currency

    @property
    def discount(self) -> Money:
        return discount_of(self.lines, self.currency)

    def to_json(self) -> dict:
        data = {
            "nonce": self.nonce,
            "seller": self.seller,
            "lines": [line.to_json() for line in self.lines],
            "delivery_fee": self.delivery_fee.to_json(),
            "total": self.total.to_json(),
            "shipping_address": self.shipping_address.to_json(),
        }
        if self.promotion is not None:
            data["promotion"] = self.promotion.to_json()
        return data

    @classmethod
    def from_json(cls, data: dict) -> PendingOrder:
        return cls(
            nonce=data["nonce"],
            seller=data["seller"],
            lines=tuple(OrderLine.from_json(line) for line in data["lines"]),
            delivery_fee=Money.from_json(data["delivery_fee"]),
            total=Money.from_json(data["total"]),
            shipping_address=Address.from_json(data["shipping_address"]),
            promotion=Promotion.from_json(data.get("promotion")),
        )


def clean_pending_order(pending: PendingOrder) -> PendingOrder:
    """The guard before any money moves: the parts add up to the total the shopper heard."""
    if not isinstance(pending, PendingOrder):
        raise InvalidOrder("a PendingOrder is required")
    if not isinstance(pending.nonce, str) or not _NONCE_RE.match(pending.nonce):
        raise InvalidOrder("the nonce is 8–64 URL-safe characters")
    if not isinstance(pending.seller, str) or not pending.seller.strip():
        raise InvalidOrder("an order names its seller")
    clean_text(pending.seller, "seller")
    if not isinstance(pending.shipping_address, Address):
        raise InvalidOrder("an order has a shipping address")
    if not pending.lines or len(pending.lines) > MAX_LINES:
        raise InvalidOrder(f"an order has 1 to {MAX_LINES} lines")
    if any(not isinstance(line, OrderLine) for line in pending.lines):
        raise InvalidOrder("order lines must be OrderLine")
    currency = pending.total.currency
    prices = [line.unit_price for line in pending.lines] + [pending.delivery_fee]
    if any(price.currency != currency for price in prices):
        raise InvalidOrder("an order is in one currency")
    if pending.delivery_fee.minor < 0:
        raise InvalidOrder("the delivery fee cannot be negative")
    if pending.promotion is not None and not isinstance(pending.promotion, Promotion):
        raise InvalidOrder("a promotion is a Promotion")
    if pending.promotion is None and pending.discount.minor:
        raise InvalidOrder("a discount comes with the promotion that gives it")
    expected = sum((line.charged for line in pending.lines), pending.delivery_fee)
    if expected != pending.total:
        raise InvalidOrder("the total is not the sum of the lines, less discounts, and delivery")
    if pending.total.minor <= 0:
        raise InvalidOrder("the total must be positive")
    return pending


def derive_order_id(owner: str, pending: PendingOrder) -> str:
    """The order id: a hash of the owner and everything the shopper agreed to."""
    return derive_id("o_", {"owner": owner, "pending": pending.to_json()})
