"""Orders: what the shopper agreed to, its deterministic id, its states, and where it is stored.

The conversation builds a ``PendingOrder`` when it reads the summary aloud (seller, items,
delivery, total with VAT and delivery included, address) and keeps it in its state. Its
``nonce`` is drawn once, then; everything else is what the shopper heard. The **order id** is a
hash of the owner and the whole pending order, so the same agreement always names the same
order, and the **charge idempotency key** is derived from the order id and the attempt number:
a retried request can never charge twice, and a new attempt after a decline gets a new key.

States::

    charging ──approved──▶ paid ──merchant redeems its token──▶ claimed
      │  ├──declined──▶ payment_failed ──retry_payment──▶ charging (attempt + 1, new key)
      │  │                   └──cancel──▶ cancelled
      │  └──no answer──▶ payment_unknown ──place_order again──▶ charging (same attempt, same key)
      └──(lease expired: the process died)──▶ resumed like payment_unknown
    paid ──cancel_order──▶ refunding ──refund approved──▶ refunded
                                     └──refund refused──▶ refund_failed (needs a human)
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from payments.address import Address
from payments.cards import CardFacts, clean_no_pan
from payments.errors import InvalidOrder
from payments.ids import derive_id
from payments.keys import ORDER_INDEX_PREFIX, order_index_key, order_key, orders_pk
from payments.money import Money, MoneyError
from store.base import Put, Store

MAX_LINES = 20
MAX_QUANTITY = 99
_NONCE_RE = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
_ORDER_ID_RE = re.compile(r"^o_[a-z2-7]{24}$")


class OrderState(StrEnum):
    CHARGING = "charging"
    PAYMENT_UNKNOWN = "payment_unknown"
    PAYMENT_FAILED = "payment_failed"
    PAID = "paid"
    CLAIMED = "claimed"
    REFUNDING = "refunding"
    REFUNDED = "refunded"
    REFUND_FAILED = "refund_failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class OrderLine:
    product_id: str
    title: str
    quantity: int
    unit_price: Money

    def __post_init__(self) -> None:
        if not self.product_id or not self.title:
            raise InvalidOrder("an order line needs a product id and a title")
        clean_no_pan(self.product_id, "product id")
        clean_no_pan(self.title, "product title")
        if type(self.quantity) is not int or not 1 <= self.quantity <= MAX_QUANTITY:
            raise InvalidOrder(f"a quantity is a whole number from 1 to {MAX_QUANTITY}")
        if not isinstance(self.unit_price, Money) or self.unit_price.minor <= 0:
            raise InvalidOrder("a unit price is positive Money")

    @property
    def total(self) -> Money:
        return self.unit_price * self.quantity

    def to_json(self) -> dict:
        return {
            "product_id": self.product_id,
            "title": self.title,
            "quantity": self.quantity,
            "unit_price": self.unit_price.to_json(),
        }

    @classmethod
    def from_json(cls, data: dict) -> OrderLine:
        return cls(
            product_id=data["product_id"],
            title=data["title"],
            quantity=int(data["quantity"]),
            unit_price=Money.from_json(data["unit_price"]),
        )


@dataclass(frozen=True)
class PendingOrder:
    """What the shopper heard and agreed to. Keep it in conversation state (``to_json``)."""

    nonce: str
    seller: str
    lines: tuple[OrderLine, ...]
    delivery_fee: Money
    total: Money
    shipping_address: Address

    @classmethod
    def create(
        cls,
        seller: str,
        lines: Sequence[OrderLine],
        delivery_fee: Money,
        shipping_address: Address,
        *,
        nonce: str | None = None,
    ) -> PendingOrder:
        """Build the pending order the summary reads out; the total is computed here.

        Prices are VAT-inclusive (consumer prices), so total = Σ lines + delivery.
        """
        lines = tuple(lines)
        if not lines:
            raise InvalidOrder("an order has at least one line")
        try:
            total = sum((line.total for line in lines), delivery_fee)
        except MoneyError as exc:
            raise InvalidOrder("an order is in one currency") from exc
        pending = cls(
            nonce=nonce or secrets.token_urlsafe(12),
            seller=seller,
            lines=lines,
            delivery_fee=delivery_fee,
            total=total,
            shipping_address=shipping_address,
        )
        clean_pending_order(pending)
        return pending

    @property
    def currency(self) -> str:
        return self.total.currency

    def to_json(self) -> dict:
        return {
            "nonce": self.nonce,
            "seller": self.seller,
            "lines": [line.to_json() for line in self.lines],
            "delivery_fee": self.delivery_fee.to_json(),
            "total": self.total.to_json(),
            "shipping_address": self.shipping_address.to_json(),
        }

    @classmethod
    def from_json(cls, data: dict) -> PendingOrder:
        return cls(
            nonce=data["nonce"],
            seller=data["seller"],
            lines=tuple(OrderLine.from_json(line) for line in data["lines"]),
            delivery_fee=Money.from_json(data["delivery_fee"]),
            total=Money.from_json(data["total"]),
            shipping_address=Address.from_json(data["shipping_address"]),
        )


def clean_pending_order(pending: PendingOrder) -> PendingOrder:
    """The guard before any money moves: the parts add up to the total the shopper heard."""
    if not isinstance(pending, PendingOrder):
        raise InvalidOrder("a PendingOrder is required")
    if not isinstance(pending.nonce, str) or not _NONCE_RE.match(pending.nonce):
        raise InvalidOrder("the nonce is 8–64 URL-safe characters")
    if not isinstance(pending.seller, str) or not pending.seller.strip():
        raise InvalidOrder("an order names its seller")
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
    expected = sum((line.total for line in pending.lines), pending.delivery_fee)
    if expected != pending.total:
        raise InvalidOrder("the total is not the sum of the lines and the delivery fee")
    if pending.total.minor <= 0:
        raise InvalidOrder("the total must be positive")
    return pending


def derive_order_id(owner: str, pending: PendingOrder) -> str:
    """The order id: a hash of the owner and everything the shopper agreed to."""
    return derive_id("o_", {"owner": owner, "pending": pending.to_json()})


def clean_order_id(order_id: str) -> str:
    if not isinstance(order_id, str) or not _ORDER_ID_RE.match(order_id):
        raise InvalidOrder("not an order id")
    return order_id


def charge_key(order_id: str, attempt: int) -> str:
    """The charge's idempotency key: one per order and attempt, never random."""
    return f"echoppe-{order_id}-charge-{attempt}"


def refund_key(order_id: str) -> str:
    """The refund's idempotency key: an order is refunded once, in full."""
    return f"echoppe-{order_id}-refund"


@dataclass(frozen=True)
class Order:
    """An order as stored (``keys.order_key``); ``version`` is the store version read."""

    order_id: str
    owner: str
    seller: str
    lines: tuple[OrderLine, ...]
    delivery_fee: Money
    total: Money
    shipping_address: Address
    created_at: int
    state: OrderState
    attempt: int
    method_id: str
    card: CardFacts
    """The card of the current attempt, to say "charged to your Visa ending in 4242"."""
    token: str
    """The gateway token of the current attempt: a retry of that attempt reuses it."""
    charge_id: str | None = None
    failure_reason: str | None = None
    refund_id: str | None = None
    lease_until: int | None = None
    """While ``charging``: after this, the attempt is presumed dead and may be resumed."""
    pin_ok_until: int | None = None
    """After a transient failure: until then the attempt may be resumed without the PIN."""
    claim: str | None = None
    """Random id of the request that moved the order to ``charging``: after a write whose
    outcome is unknown, that request reads the order back and knows whether it holds it."""
    updated_at: int = 0
    version: int = 0

    @property
    def currency(self) -> str:
        return self.total.currency

    def to_json(self) -> dict:
        return {
            "order_id": self.order_id,
            "owner": self.owner,
            "seller": self.seller,
            "lines": [line.to_json() for line in self.lines],
            "delivery_fee": self.delivery_fee.to_json(),
            "total": self.total.to_json(),
            "shipping_address": self.shipping_address.to_json(),
            "created_at": self.created_at,
            "state": self.state.value,
            "attempt": self.attempt,
            "method_id": self.method_id,
            "card": self.card.to_json(),
            "token": self.token,
            "charge_id": self.charge_id,
            "failure_reason": self.failure_reason,
            "refund_id": self.refund_id,
            "lease_until": self.lease_until,
            "pin_ok_until": self.pin_ok_until,
            "claim": self.claim,
            "updated_at": self.updated_at,
        }

    @classmethod
    def from_json(cls, data: dict, version: int) -> Order:
        return cls(
            order_id=data["order_id"],
            owner=data["owner"],
            seller=data["seller"],
            lines=tuple(OrderLine.from_json(line) for line in data["lines"]),
            delivery_fee=Money.from_json(data["delivery_fee"]),
            total=Money.from_json(data["total"]),
            shipping_address=Address.from_json(data["shipping_address"]),
            created_at=int(data["created_at"]),
            state=OrderState(data["state"]),
            attempt=int(data["attempt"]),
            method_id=data["method_id"],
            card=CardFacts.from_json(data["card"]),
            token=data["token"],
            charge_id=data.get("charge_id"),
            failure_reason=data.get("failure_reason"),
            refund_id=data.get("refund_id"),
            lease_until=data.get("lease_until"),
            pin_ok_until=data.get("pin_ok_until"),
            claim=data.get("claim"),
            updated_at=int(data.get("updated_at", 0)),
            version=version,
        )


class OrderBook:
    """Reads orders and builds the store operations that change them."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, owner: str, order_id: str) -> Order | None:
        item = self._store.get(*order_key(owner, order_id))
        return Order.from_json(item.data, item.version) if item else None

    def latest(self, owner: str, n: int) -> list[Order]:
        """The owner's ``n`` most recent orders, newest first (one query, then one read each)."""
        if n <= 0:
            return []
        index = self._store.query(orders_pk(owner), ORDER_INDEX_PREFIX, limit=n, newest_first=True)
        orders = [self.get(owner, item.data["order_id"]) for item in index]
        return [order for order in orders if order is not None]

    @staticmethod
    def create_ops(order: Order) -> list[Put]:
        """Create the order (``expect=0``: the idempotency record) and its index entry."""
        return [
            Put(*order_key(order.owner, order.order_id), order.to_json(), expect=0),
            Put(
                *order_index_key(order.owner, order.created_at, order.order_id),
                {"order_id": order.order_id},
                expect=0,
            ),
        ]

    @staticmethod
    def update_op(order: Order, **changes: object) -> tuple[Put, Order]:
        """Replace the version read with ``changes`` applied; returns the op and the new order."""
        changed = replace(order, **changes)  # type: ignore[arg-type]
        put = Put(*order_key(order.owner, order.order_id), changed.to_json(), expect=order.version)
        return put, replace(changed, version=order.version + 1)
