"""Server time per merchant-console page with 10,000 orders in the store.

The store (a SQLite file) is seeded with the records checkout writes (``orders.order_write`` and
the merchant's record of each paid order) for 10,000 orders over the last 90 days, in every
status, and with the conversation's funnel events (about 100,000: guides started and finished,
offers made and accepted, order summaries, purchases). The seeding bypasses the PIN and the
gateway (an argon2 check per order would take minutes), not the layout. Each page is rendered
through the real WSGI app (``web.app.create_app``) by a signed-in owner; the figures are the
median and the 95th percentile of ``ROUNDS`` renders, in milliseconds.

Run: ``python -m bench.console_pages`` (also part of ``make bench``).
"""

from __future__ import annotations

import random
import re
import statistics
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

from payments.address import Address
from payments.agreement import OrderLine
from payments.cards import CardFacts
from payments.ids import derive_id
from payments.merchant_view import merchant_record_put
from payments.money import Money
from payments.orders import Order, OrderState, order_write
from reports.days import day_of
from skill.settings import Settings
from skill.state import EVENTS_PK
from store.base import MAX_OPS, Put
from store.sqlite import SQLiteStore

ORDERS = 10_000
DAYS = 90
ROUNDS = 30
GUIDES = ["coffee", "red-wine", "grass", "ink", "blood", "rust", "sweat", "grease"]
_STATES = [
    (OrderState.PAID, 70), (OrderState.CLAIMED, 4), (OrderState.SHIPPED, 10),
    (OrderState.PAYMENT_FAILED, 5), (OrderState.PAYMENT_UNKNOWN, 2), (OrderState.REFUNDED, 5),
    (OrderState.CANCELLED, 4),
]  # fmt: skip


def _settings(folder: Path) -> Settings:
    return Settings.from_env(
        {
            "ECHOPPE_DB": str(folder / "bench.sqlite3"),
            "ECHOPPE_PIN_PEPPER": "bench-pepper-not-for-production",
            "ECHOPPE_WEB_SECRET": "bench-web-secret-0123456789abcdef0123",
            "ECHOPPE_OUTBOX": str(folder / "outbox"),
        }
    )


def _batched(store: SQLiteStore, ops: list) -> None:
    batch: list = []
    for op in ops:
        if len(batch) >= MAX_OPS - 4:
            store.write(batch)
            batch = []
        batch.append(op)
    if batch:
        store.write(batch)


def seed(store: SQLiteStore, now: float, orders: int = ORDERS, days: int = DAYS) -> None:
    rng = random.Random(7)
    address = Address(recipient="Camille Martin", line1="12 rue des Lilas",
                      postal_code="75011", city="Paris", country="FR")  # fmt: skip
    card = CardFacts("visa", "4242", 12, 2030)
    states = [s for s, weight in _STATES for _ in range(weight)]
    ops: list = []
    for n in range(orders):
        at = int(now - rng.uniform(0, days * 86_400))
        owner = f"{uuid.UUID(int=rng.getrandbits(128)).hex}"
        price = Money(rng.choice([490, 690, 990, 1590]), "EUR")
        lines = (
            OrderLine("oxy-spray-500", "Détachant à l'oxygène actif", rng.randint(1, 3), price),
        )
        total = sum((line.total for line in lines), Money(490, "EUR"))
        state = rng.choice(states)
        order = Order(
            order_id=derive_id("o_", {"n": n}), owner=owner, seller="Les Bonnes Recettes SAS",
            lines=lines, delivery_fee=Money(490, "EUR"), total=total, shipping_address=address,
            created_at=at, state=state, attempt=1, method_id="m1", card=card, token="tok_visa",
            charge_id="ch_bench" if state is not OrderState.PAYMENT_FAILED else None,
            failure_reason="card_declined" if state is OrderState.PAYMENT_FAILED else None,
            updated_at=at, version=1,
        )  # fmt: skip
        ops += order_write(None, order)
        if state in (OrderState.PAID, OrderState.CLAIMED, OrderState.SHIPPED, OrderState.REFUNDED):
            ops.append(merchant_record_put(order))
        guide = rng.choice(GUIDES)
        kinds = ["guide_started", "step_reached", "step_reached", "guide_completed",
                 "offer_made", "offer_accepted", "checkout"]  # fmt: skip
        for k, kind in enumerate(kinds):
            ops.append(_event(at - 60 + k, owner, kind, guide=guide, product="oxy-spray-500"))
        if state not in (
            OrderState.PAYMENT_FAILED,
            OrderState.PAYMENT_UNKNOWN,
            OrderState.CANCELLED,
        ):
            ops.append(_event(at + 1, owner, "purchase", guide=guide, product="oxy-spray-500",
                              order=order.order_id, line=0, currency="EUR",
                              charged=lines[0].charged.minor, total=total.minor))  # fmt: skip
        for _ in range(3):  # shoppers who read a guide and stop somewhere along the way
            reader, when, other = uuid.uuid4().hex, at - rng.uniform(0, 3600), rng.choice(GUIDES)
            for kind, goes_on in [("guide_started", 1.0), ("guide_completed", 0.6),
                                  ("offer_made", 0.8), ("offer_accepted", 0.25)]:  # fmt: skip
                if rng.random() > goes_on:
                    break
                ops.append(_event(when, reader, kind, guide=other, product="oxy-spray-500"))
                when += 30
    _batched(store, ops)


def _event(at: float, owner: str, kind: str, **data: object) -> Put:
    sk = f"{at:017.6f}#{owner[:12]}#{uuid.uuid4().hex[:12]}"
    return Put(EVENTS_PK, sk, {"kind": kind, "at": at, "locale": "fr-FR", **data})


def _timed(client, path: str, rounds: int = ROUNDS) -> tuple[float, float, int]:
    times = []
    status = 0
    for _ in range(rounds):
        started = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - started) * 1000)
        status = response.status_code
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1], status


def main() -> None:
    from merchants.users import MerchantUsers
    from web.app import create_app

    with tempfile.TemporaryDirectory() as folder:
        settings = _settings(Path(folder))
        store = SQLiteStore(settings.db_path)
        now = time.time()
        started = time.perf_counter()
        seed(store, now)
        events = len(store.query(EVENTS_PK))
        print(f"seeded {ORDERS:,} orders and {events:,} events over {DAYS} days "
              f"in {time.perf_counter() - started:.1f} s (SQLite)")  # fmt: skip
        MerchantUsers(store).add("owner@bench.example", "a bench passphrase", "owner")
        app = create_app(settings, store=store, secure_cookies=False)
        client = app.test_client()
        page = client.get("/console/signin").text
        token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page)[1]
        client.post("/console/signin", data={"email": "owner@bench.example",
                                             "password": "a bench passphrase",
                                             "csrf_token": token})  # fmt: skip
        today = day_of(now)
        month = (today - timedelta(days=29)).isoformat()
        quarter = (today - timedelta(days=DAYS - 1)).isoformat()
        listing = client.get("/console/orders").text
        order_link = re.search(r'href="(/console/orders/o_[^"]+)"', listing)[1].replace(
            "&amp;", "&"
        )
        cursor = None
        for _ in range(4):
            found = re.search(
                r"cursor=([0-9]{10}%23o_[a-z2-7]{24})",
                client.get("/console/orders" + (f"?cursor={cursor}" if cursor else "")).text,
            )
            cursor = found[1] if found else None
        pages = [
            ("orders, first page (all statuses)", "/console/orders"),
            ("orders, 5th page", f"/console/orders?cursor={cursor}"),
            ("orders, failed", "/console/orders?status=failed"),
            ("orders, paid + shipped, last 30 days", f"/console/orders?status=paid&status=shipped&since={month}&until={today}"),
            ("an order", order_link),
            ("audit log", "/console/audit"),
            ("content", "/console/content"),
        ]  # fmt: skip
        print(f"{'page':<44}{'median ms':>10}{'p95 ms':>9}")
        for name, path in pages:
            median, p95, status = _timed(client, path)
            assert status == 200, (path, status)
            print(f"{name:<44}{median:>10.1f}{p95:>9.1f}")
        reports = f"/console/reports?from={quarter}&to={today}"
        median, _, status = _timed(client, reports, rounds=1)
        print(
            f"{'funnel, 90 days, first render (cold)':<44}{median:>10.1f}{'':>9}  (89 closed days summarised and kept)"
        )
        median, p95, status = _timed(client, reports, rounds=10)
        print(f"{'funnel, 90 days (closed days kept)':<44}{median:>10.1f}{p95:>9.1f}")
        median, _, status = _timed(
            client, f"/console/orders.csv?since={month}&until={today}", rounds=3
        )
        rows = client.get(f"/console/orders.csv?since={month}&until={today}").text.count("\n") - 1
        print(f"{'CSV export, 30 days':<44}{median:>10.1f}{'':>9}  ({rows:,} orders)")
        store.close()


if __name__ == "__main__":
    main()
