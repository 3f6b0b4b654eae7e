"""The merchant's order list: filters (statuses, a time range), pages, one order by id, and the
rows of a CSV export. Read-only.

Everything goes through the status index (``keys.merchant_status_key``: one small item per
order, ``status#<status>#<created_at:010d>#<order_id>``, moved in the write that moves the
order), which is sorted by time within each status. A page costs one range query per status
asked for (``limit`` = page size + 1, newest first, below the cursor), then one read per order
shown: its cost does not grow with the number of orders in the store.

A **cursor** is the index key's suffix after the status, ``<created_at:010d>#<order_id>``, of
the last order shown: the next page is everything strictly older.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from payments.keys import MERCHANT_PK, merchant_status_key, merchant_status_prefix
from payments.merchant_view import get_merchant_record
from payments.orders import Order, OrderBook, OrderStatus, clean_order_id
from store.base import Store

PAGE_SIZE = 25
_CURSOR_RE = re.compile(r"^\d{10}#o_[a-z2-7]{24}$")


@dataclass(frozen=True)
class Page:
    orders: list[Order]
    next_cursor: str | None
    """Pass it as ``cursor`` for the next (older) page; None on the last page."""


def clean_cursor(cursor: str | None) -> str | None:
    return cursor if isinstance(cursor, str) and _CURSOR_RE.match(cursor) else None


def _time_key(timestamp: int) -> str:
    return f"{max(0, timestamp):010d}"


def _index_entries(
    store: Store,
    statuses: Iterable[OrderStatus],
    since: int | None,
    until: int | None,
    cursor: str | None,
    limit: int | None,
) -> list[tuple[str, str, str]]:
    """``(suffix, order_id, owner)`` newest first, merged across ``statuses``."""
    found: list[tuple[str, str, str]] = []
    for status in statuses:
        prefix = merchant_status_prefix(OrderStatus(status).value)
        ends = [prefix + e for e in (cursor, _time_key(until) if until is not None else None) if e]
        items = store.query(
            MERCHANT_PK,
            prefix,
            newest_first=True,
            limit=limit,
            start=prefix + _time_key(since) if since is not None else None,
            end=min(ends) if ends else None,
        )
        found += [(i.sk[len(prefix) :], i.data["order_id"], i.data["owner"]) for i in items]
    found.sort(reverse=True)
    return found


def search(
    store: Store,
    *,
    statuses: Sequence[OrderStatus] = tuple(OrderStatus),
    since: int | None = None,
    until: int | None = None,
    cursor: str | None = None,
    size: int = PAGE_SIZE,
) -> Page:
    """Orders created in ``[since, until)`` under ``statuses``, newest first, one page."""
    entries = _index_entries(store, statuses or tuple(OrderStatus), since, until,
                             clean_cursor(cursor), size + 1)  # fmt: skip
    shown, more = entries[:size], len(entries) > size
    book = OrderBook(store)
    orders = [book.get(owner, order_id) for _, order_id, owner in shown]
    return Page(
        [order for order in orders if order is not None], shown[-1][0] if more and shown else None
    )


def iterate(
    store: Store,
    *,
    statuses: Sequence[OrderStatus] = tuple(OrderStatus),
    since: int | None = None,
    until: int | None = None,
) -> Iterator[Order]:
    """Every order of the range, newest first, a page at a time (the CSV export)."""
    cursor: str | None = None
    while True:
        page = search(store, statuses=statuses, since=since, until=until, cursor=cursor, size=200)
        yield from page.orders
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def find(store: Store, order_id: str, *, created_at: int | None = None) -> Order | None:
    """One order by id: its merchant record names its owner once it was paid; before that, its
    index entry does (``created_at`` from the list's link: at most one read per status)."""
    clean_order_id(order_id)
    book = OrderBook(store)
    record = get_merchant_record(store, order_id)
    if record is not None:
        return book.get(record.data["owner"], order_id)
    if created_at is None:
        return None
    for status in OrderStatus:
        entry = store.get(*merchant_status_key(status.value, created_at, order_id))
        if entry is not None:
            return book.get(entry.data["owner"], order_id)
    return None
