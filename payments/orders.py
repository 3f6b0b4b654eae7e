"""Orders: the order stored from what the shopper agreed to (``payments.agreement``), its
states, and where it is stored. The **charge idempotency key** is derived from the order id and
the attempt number: a retried request can never charge twice, and a new attempt after a decline
gets a new key.

States::

    charging ──approved──▶ paid ──merchant redeems its token──▶ claimed
      │  ├──declined──▶ payment_failed ──place_order(attempt n + 1)──▶ charging (new key)
      │  │                   └──cancel──▶ cancelled
      │  └──no answer──▶ payment_unknown ──place_order again──▶ charging (same attempt, same key)
      └──(lease expired: the process died)──▶ resumed like payment_unknown
    paid ──cancel_order──▶ refunding ──refund approved──▶ refunded
                                     └──refund refused──▶ refund_failed (needs a human)
    paid, claimed ──the merchant ships it (``fulfilment.mark_shipped``)──▶ shipped
    paid, claimed, shipped ──the merchant refunds it (``fulfilment``)──▶ refunding ──▶ ...

**Abandoned**: cancelling an order whose payment is pending (``payment_unknown``, or
``charging`` with its lease run out) marks it ``abandoned`` and resolves the payment with the
same key: approved becomes ``refunding`` (then refunded, never ``paid``), declined becomes
``cancelled``. An abandoned order is never resumed as a purchase.

**Status** (``status_of``): the merchant's grouping of states, kept as an index item per order
(``keys.merchant_status_key``) that moves in the same write as the order; ``pending`` orders
also have a marker in the shopper's partition (``keys.open_order_key``). ``order_write``
builds every write of an order, so the index cannot drift from the order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from payments.address import Address
from payments.agreement import OrderLine, discount_of
from payments.cards import CardFacts
from payments.errors import InvalidOrder
from payments.keys import (
    OPEN_ORDER_PREFIX,
    ORDER_INDEX_PREFIX,
    merchant_status_key,
    open_order_key,
    order_index_key,
    order_key,
    orders_pk,
)
from payments.money import Money
from payments.promotion import Promotion
from store.base import Delete, Op, Put, Store

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
    SHIPPED = "shipped"


class OrderStatus(StrEnum):
    """The merchant's grouping of order states (``echoppe orders list --status``)."""

    PENDING = "pending"
    """The payment's outcome is not known yet: charging, payment_unknown."""
    FAILED = "failed"
    PAID = "paid"
    """Paid, or claimed by the merchant for shipping."""
    SHIPPED = "shipped"
    CANCELLED = "cancelled"
    """Closed before any money moved (a declined or abandoned payment)."""
    REFUNDED = "refunded"
    """Refunding, refunded, or refund_failed (a human must look)."""


_STATUS = {
    OrderState.CHARGING: OrderStatus.PENDING,
    OrderState.PAYMENT_UNKNOWN: OrderStatus.PENDING,
    OrderState.PAYMENT_FAILED: OrderStatus.FAILED,
    OrderState.PAID: OrderStatus.PAID,
    OrderState.CLAIMED: OrderStatus.PAID,
    OrderState.SHIPPED: OrderStatus.SHIPPED,
    OrderState.REFUNDING: OrderStatus.REFUNDED,
    OrderState.REFUNDED: OrderStatus.REFUNDED,
    OrderState.REFUND_FAILED: OrderStatus.REFUNDED,
    OrderState.CANCELLED: OrderStatus.CANCELLED,
}


def status_of(state: OrderState) -> OrderStatus:
    return _STATUS[state]


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
    """Random id of the request that moved the order to ``charging`` or ``refunding``: after a
    write whose outcome is unknown, that request reads the order back and knows whether it holds
    it."""
    abandoned: bool = False
    """The shopper cancelled while the payment was pending: its outcome is refunded, never paid."""
    promotion: Promotion | None = None
    """The campaign or reward of the lines' discounts; ``total`` is what was charged."""
    updated_at: int = 0
    version: int = 0

    @property
    def status(self) -> OrderStatus:
        return status_of(self.state)

    @property
    def currency(self) -> str:
        return self.total.currency

    @property
    def discount(self) -> Money:
        """What the promotion took off the lines (``total`` is after it)."""
        return discount_of(self.lines, self.currency)

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
            "abandoned": self.abandoned,
            "updated_at": self.updated_at,
            **({"promotion": self.promotion.to_json()} if self.promotion else {}),
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
            abandoned=bool(data.get("abandoned", False)),
            promotion=Promotion.from_json(data.get("promotion")),
            updated_at=int(data.get("updated_at", 0)),
            version=version,
        )


def order_write(before: Order | None, after: Order) -> list[Op]:
    """Every write of an order: ``after`` over the version read (``before``; None: create it,
    ``expect=0``, with its time index entry), and the index entries its status moves."""
    if before is None:
        ops: list[Op] = [
            Put(*order_key(after.owner, after.order_id), after.to_json(), expect=0),
            Put(
                *order_index_key(after.owner, after.created_at, after.order_id),
                {"order_id": after.order_id},
                expect=0,
            ),
        ]
    else:
        ops = [Put(*order_key(after.owner, after.order_id), after.to_json(), expect=before.version)]
    old = before.status if before is not None else None
    if old is after.status:
        return ops
    if before is not None and old is not None:
        ops.append(Delete(*merchant_status_key(old.value, before.created_at, before.order_id)))
    ops.append(
        Put(
            *merchant_status_key(after.status.value, after.created_at, after.order_id),
            {"order_id": after.order_id, "owner": after.owner},
            expect=None,
        )
    )
    open_key = open_order_key(after.owner, after.order_id)
    if after.status is OrderStatus.PENDING:
        ops.append(Put(*open_key, {"order_id": after.order_id}, expect=None))
    elif old is OrderStatus.PENDING:
        ops.append(Delete(*open_key))
    return ops


def changed(order: Order, **changes: object) -> Order:
    """``order`` with ``changes``, as it will be once written over the version read."""
    return replace(order, **changes, version=order.version + 1)  # type: ignore[arg-type]


class OrderBook:
    """Reads orders (``order_write`` builds their writes)."""

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

    def open(self, owner: str) -> list[Order]:
        """The owner's orders whose payment is pending (one query, then one read each)."""
        items = self._store.query(orders_pk(owner), OPEN_ORDER_PREFIX)
        orders = [self.get(owner, item.data["order_id"]) for item in items]
        return [order for order in orders if order is not None]
