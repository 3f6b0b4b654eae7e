"""The funnel counts shoppers once per guide and day, so no rate passes 100 %; closed days are
kept; revenue comes from the guide's lines of paid orders; donations per charity."""

from __future__ import annotations

import uuid

import pytest

from payments.address import Address
from payments.agreement import OrderLine, PendingOrder
from payments.checkout import Checkout
from payments.money import Money
from payments.pin import PinHasher
from payments.sandbox import SandboxGateway
from payments.wallet import Wallets
from reports.daily import GRACE, ROLLUP_PK, Reports
from reports.days import DayRange, day_of, start_of
from reports.funnel import STAGES, purchase_events
from skill.report import render_funnel
from skill.state import EVENTS_PK
from store.base import Delete, Put
from tests.counting import CountingStore

DAY = 86_400


def event(store, at: float, shopper: str, kind: str, **data) -> None:
    sk = f"{at:017.6f}#{shopper[:12]}#{uuid.uuid4().hex[:12]}"
    store.write([Put(EVENTS_PK, sk, {"kind": kind, "at": at, "locale": "en-US", **data})])


@pytest.fixture
def reports(store, clock) -> Reports:
    return Reports(store, clock=clock)


def test_each_shopper_counts_once_and_no_rate_passes_100_percent(store, clock, reports):
    now = clock()
    for kind in ["guide_started", "guide_started", "step_reached", "guide_completed",
                 "guide_completed", "offer_made", "offer_made", "offer_accepted"]:  # fmt: skip
        event(store, now, "shopperAAAAAAAA", kind, guide="coffee", product="oxy")
    # Bought from the guide today, having started it yesterday: counted at every stage today.
    event(store, now + 1, "shopperBBBBBBBB", "purchase", guide="coffee", product="oxy",
          order="o_" + "a" * 24, line=0, currency="EUR", charged=990, total=1480)  # fmt: skip
    event(store, now + 2, "shopperCCCCCCCC", "guide_started", guide="ink")
    (row, ink, total) = reports.funnel(reports.today()).rows()
    assert row.guide == "coffee" and ink.guide == "ink" and total.guide == "(all)"
    assert row.counts == {"started": 2, "finished": 1, "offered": 2, "accepted": 2, "carts": 1,
                          "orders": 1}  # fmt: skip
    assert total.counts["started"] == 3
    for r in (row, ink, total):
        for stage in STAGES:
            rate = r.rate(stage)
            assert rate is None or 0 <= rate <= 1
    assert "(50%)" in render_funnel(reports.funnel(reports.today()))


def test_days_are_apart_and_closed_days_are_kept(store, clock, reports):
    yesterday = clock() - DAY
    event(store, yesterday, "shopperAAAAAAAA", "guide_started", guide="coffee")
    event(store, clock(), "shopperAAAAAAAA", "guide_started", guide="coffee")
    days = DayRange.ending(day_of(clock()), 2)
    funnel = reports.funnel(days)
    assert [n for _, n in funnel.per_day("started")] == [1, 1]
    assert funnel.rows()[-1].counts["started"] == 2  # once per guide and day
    kept = store.query(ROLLUP_PK)
    assert [i.sk for i in kept] == [f"day#{day_of(yesterday).isoformat()}"]  # today is open
    store.write([Delete(i.pk, i.sk) for i in store.query(EVENTS_PK)])
    assert [n for _, n in reports.funnel(days).per_day("started")] == [1, 0]
    clock.now = start_of(day_of(clock())) + DAY + GRACE  # today closes
    reports.funnel(days)
    assert len(store.query(ROLLUP_PK)) == 2


def test_revenue_sales_and_donations(store, clock, reports):
    address = Address(recipient="Zoé Martin", line1="12 rue des Lilas", postal_code="75020",
                      city="Paris", country="FR")  # fmt: skip
    gateway = SandboxGateway(store, clock=clock)
    wallets = Wallets(store, gateway, PinHasher("p" * 32), clock=clock)
    wallets.enroll("owner-revenue", "tok_visa", address, "4826")
    pending = PendingOrder.create(
        seller="Les Bonnes Recettes",
        lines=[
            OrderLine("oxy", "Oxy", 2, Money.of("9.90", "EUR")),
            OrderLine("soap", "Soap", 1, Money.of("4.90", "EUR")),
        ],
        delivery_fee=Money.of("4.90", "EUR"),
        shipping_address=address,
        nonce="nonce-revenue",
    )
    order = (
        Checkout(store, wallets, gateway, clock=clock)
        .place_order("owner-revenue", pending, "4826")
        .order
    )
    for data in purchase_events(order, {"oxy": "coffee"}) * 2:  # delivered twice: counted once
        event(store, clock(), "owner-revenue", "purchase", **data)
    event(store, clock(), "owner-revenue", "purchase", guide="coffee", product="oxy",
          order="o_" + "c" * 24)  # fmt: skip
    for _ in range(2):
        event(store, clock(), "owner-revenue", "donation", charity="croix-rouge",
              donation="d_" + "b" * 24, amount=Money.of("20", "EUR").to_json())  # fmt: skip
    counting = CountingStore(store)
    funnel = Reports(counting, clock=clock).funnel(reports.today())
    assert counting.counts == {"query": 2}  # the kept summaries and the day's events
    coffee = funnel.rows()[0]
    assert coffee.revenue == {"EUR": 1980} and coffee.counts["orders"] == 1  # one shopper
    # The event without amounts (not one the skill writes) counts as a stage, not as a sale.
    assert funnel.sales() == [(day_of(clock()), 1, {"EUR": 2960})]
    assert funnel.donations() == [("croix-rouge", 1, {"EUR": 2000})]
