"""The merchant's view of orders: amount (and discount), order id, time, address, one-time token.

As with Amazon Pay, the merchant never sees the wallet: no owner key, no email, no card facts,
no gateway token. Checkout writes one record per paid order under the merchant's own partition
(``keys.MERCHANT_PK``), so an export never reads a shopper's partition.

``export_orders`` yields the orders awaiting fulfilment (state ``paid``), each with a fresh
**one-time payment token**: 32 random bytes, URL-safe, stored only as SHA-256(order id, token),
valid ``TOKEN_TTL`` seconds, bound to its order. Exporting again mints a new token and the
previous one stops working. ``redeem_payment_token`` succeeds once, for that order, before
expiry: it is the merchant claiming the order for fulfilment, and from then on the shopper can
no longer cancel it by voice (the order becomes ``claimed``; returns go through the merchant).

``list_orders`` lists the orders of one status (pending, failed, paid, cancelled) from the
status index that every write of an order moves (``orders.order_write``).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

from payments.keys import (
    MERCHANT_ORDER_PREFIX,
    MERCHANT_PK,
    merchant_order_key,
    merchant_status_prefix,
)
from payments.money import Money
from payments.orders import Order, OrderBook, OrderState, OrderStatus, changed, order_write
from store.base import ConditionFailed, Item, Put, Store

log = logging.getLogger(__name__)

TOKEN_TTL = 24 * 3600
EXPORT_FIELDS = (
    "order_id",
    "amount",
    "discount",
    "currency",
    "created_at",
    "shipping_address",
    "payment_token",
)
_MAX_RACES = 10


def merchant_record_put(order: Order) -> Put:
    """The merchant record of a just-paid order, created in the same write as the ``paid`` state."""
    return Put(
        *merchant_order_key(order.order_id),
        {
            "order_id": order.order_id,
            "owner": order.owner,  # internal: lets redeem update the order; never exported
            "amount": order.total.to_json(),
            "discount": order.discount.to_json(),
            "created_at": order.created_at,
            "shipping_address": order.shipping_address.to_json(),
            "state": "paid",
            "token_hash": None,
            "token_expires_at": None,
        },
        expect=0,
    )


def merchant_state_put(item: Item, state: str) -> Put:
    """Change the merchant record's state (``cancelled``, ``claimed``) on the version read."""
    return Put(item.pk, item.sk, {**item.data, "state": state}, expect=item.version)


def get_merchant_record(store: Store, order_id: str) -> Item | None:
    return store.get(*merchant_order_key(order_id))


def _token_hash(order_id: str, token: str) -> str:
    return hashlib.sha256(f"{order_id}:{token}".encode()).hexdigest()


def _iso(ts: int) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def export_orders(
    store: Store, *, clock: Callable[[], float] = time.time, ttl: int = TOKEN_TTL
) -> Iterator[dict]:
    """Paid orders awaiting fulfilment, oldest first, each with a fresh one-time token.

    Each dict has exactly ``EXPORT_FIELDS``: ``amount`` what was charged and ``discount`` what a
    campaign or reward took off the lines, decimal strings ("42.50", "0.00"),
    ``created_at`` ISO-8601 UTC, ``shipping_address`` a dict of the address parts. Tokens are
    minted (their hash written) as the iterator advances.
    """
    items = store.query(MERCHANT_PK, MERCHANT_ORDER_PREFIX)
    items.sort(key=lambda item: (item.data["created_at"], item.data["order_id"]))
    for listed in items:
        item: Item | None = listed
        for _ in range(_MAX_RACES):
            if item is None or item.data["state"] != "paid":
                break
            token = secrets.token_urlsafe(32)
            data = {
                **item.data,
                "token_hash": _token_hash(item.data["order_id"], token),
                "token_expires_at": int(clock()) + ttl,
            }
            try:
                store.write([Put(item.pk, item.sk, data, expect=item.version)])
            except ConditionFailed:
                item = store.get(item.pk, item.sk)  # redeemed or cancelled meanwhile: look again
                continue
            amount = Money.from_json(data["amount"])
            discount = data.get("discount")
            off = Money.from_json(discount) if discount else Money.zero(amount.currency)
            yield {
                "order_id": data["order_id"],
                "amount": str(amount.amount),
                "discount": str(off.amount),
                "currency": amount.currency,
                "created_at": _iso(data["created_at"]),
                "shipping_address": dict(data["shipping_address"]),
                "payment_token": token,
            }
            break


def mint_payment_token(
    store: Store, order_id: str, *, clock: Callable[[], float] = time.time, ttl: int = TOKEN_TTL
) -> str | None:
    """A fresh one-time token for one order awaiting fulfilment (the console reveals it once);
    None when the order is not ``paid`` in the merchant's view. The previous token stops working.
    """
    for _ in range(_MAX_RACES):
        item = get_merchant_record(store, order_id)
        if item is None or item.data["state"] != "paid":
            return None
        token = secrets.token_urlsafe(32)
        data = {
            **item.data,
            "token_hash": _token_hash(order_id, token),
            "token_expires_at": int(clock()) + ttl,
        }
        try:
            store.write([Put(item.pk, item.sk, data, expect=item.version)])
        except ConditionFailed:
            continue
        return token
    return None


LIST_FIELDS = (
    "order_id",
    "state",
    "attempt",
    "amount",
    "currency",
    "created_at",
    "updated_at",
    "failure_reason",
)


def list_orders(store: Store, status: OrderStatus, *, limit: int | None = None) -> Iterator[dict]:
    """The orders under ``status`` (``orders.status_of``), oldest first, as dicts of exactly
    ``LIST_FIELDS`` (no owner, no card, no address, no token): for the merchant to follow pending
    and failed payments.

    Cost: one query of the merchant's status index (``keys.merchant_status_key``: one small
    item per order, a page holds thousands), then one read per order listed, for its state now.
    """
    book = OrderBook(store)
    status = OrderStatus(status)
    items = store.query(MERCHANT_PK, merchant_status_prefix(status.value), limit=limit)
    for item in items:
        order = book.get(item.data["owner"], item.data["order_id"])
        if order is None or order.status is not status:
            continue  # moved on since the query
        yield {
            "order_id": order.order_id,
            "state": order.state.value,
            "attempt": order.attempt,
            "amount": str(order.total.amount),
            "currency": order.currency,
            "created_at": _iso(order.created_at),
            "updated_at": _iso(order.updated_at),
            "failure_reason": order.failure_reason,
        }


def redeem_payment_token(
    store: Store, token: str, order_id: str, *, clock: Callable[[], float] = time.time
) -> bool:
    """Claim ``order_id`` with its one-time token: True once, for that order, before expiry.

    False for an unknown order, a token of another order or an older export, an expired or
    used token, or an order the shopper cancelled. On success the order becomes ``claimed``.
    """
    if not isinstance(token, str) or not isinstance(order_id, str):
        return False
    book = OrderBook(store)
    for _ in range(_MAX_RACES):
        item = get_merchant_record(store, order_id)
        if item is None or not item.data.get("token_hash"):
            return False
        if not hmac.compare_digest(item.data["token_hash"], _token_hash(order_id, token)):
            log.info("payment token refused: does not match order %s", order_id)
            return False
        if item.data["state"] != "paid":
            log.info("payment token refused: order %s is %s", order_id, item.data["state"])
            return False
        if int(clock()) >= int(item.data["token_expires_at"]):
            log.info("payment token refused: expired for order %s", order_id)
            return False
        order = book.get(item.data["owner"], order_id)
        if order is None or order.state is not OrderState.PAID:
            return False
        claimed = changed(order, state=OrderState.CLAIMED, updated_at=int(clock()))
        try:
            store.write([merchant_state_put(item, "claimed"), *order_write(order, claimed)])
        except ConditionFailed:
            continue
        log.info("order %s claimed by the merchant", order_id)
        return True
    return False
