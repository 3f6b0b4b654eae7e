"""Orders with a discount, on both stores: per-line discounts, the charged total with delivery,
a campaign's budget and per-shopper limit held with the order (under concurrency too), a
reward used once, releases on decline and refund, and the merchant's export."""

import pytest

from payments.agreement import OrderLine, PendingOrder
from payments.checkout import Checkout
from payments.checkout_outcomes import CancelStatus, PlaceStatus
from payments.errors import InvalidOrder
from payments.fulfilment import Fulfilment, RefundStatus, ShipStatus
from payments.keys import campaign_budget_key, campaign_uses_key
from payments.merchant_view import export_orders
from payments.money import Money
from payments.promotion import Promotion
from payments.promotions import CampaignTerms, Promotions
from payments.rewards import RewardBook, RewardRecord, earn_put
from store.base import ConditionFailed
from tests.payments.concurrency import at_once
from tests.payments.conftest import OWNER, PIN
from tests.payments.gateways import approved_charges, refunds

NOW = 1_795_000_000
EUR = "EUR"


def eur(value: str) -> Money:
    return Money.of(value, EUR)


def discounted(address, nonce="nonce-0001", campaign="welcome", off=("0.80", "0.35")):
    """Two lines, 10 % off each (half up), 4.90 € delivery: (15.98 − 1.60) + (3.50 − 0.35) + 4.90."""
    return PendingOrder.create(
        seller="Stain Expert",
        lines=[
            OrderLine("p-wine-01", "Wine stain remover", 2, eur("7.99"), eur(off[0]) * 2),
            OrderLine("p-cloth-02", "Microfibre cloth", 1, eur("3.50"), eur(off[1])),
        ],
        delivery_fee=eur("4.90"),
        shipping_address=address,
        nonce=nonce,
        promotion=Promotion(campaign=campaign),
    )


def promoted(store, wallets, sandbox, clock, **terms) -> Checkout:
    campaign = CampaignTerms("welcome", NOW - 10, NOW + 86_400, **terms)
    promotions = Promotions(store, [campaign], clock=clock)
    return Checkout(store, wallets, sandbox, promotions=promotions, clock=clock, wait=10.0)


def test_the_total_is_the_lines_less_their_discounts_plus_delivery(address):
    pending = discounted(address)
    assert pending.discount == eur("1.95")
    assert pending.total == eur("15.98") - eur("1.60") + eur("3.50") - eur("0.35") + eur("4.90")
    assert pending.total == eur("22.43")
    assert PendingOrder.from_json(pending.to_json()) == pending


def test_a_discount_needs_its_promotion_and_stays_within_its_line(address):
    with pytest.raises(InvalidOrder):
        OrderLine("p", "P", 1, eur("3.50"), eur("3.51"))
    with pytest.raises(InvalidOrder):
        PendingOrder.create(
            "S", [OrderLine("p", "P", 1, eur("3.50"), eur("1.00"))], eur("4.90"), address
        )


def test_an_order_without_discount_keeps_its_id(address):
    plain = PendingOrder.create("S", [OrderLine("p", "P", 1, eur("3.50"))], eur("4.90"), address,
                                nonce="nonce-0001")  # fmt: skip
    assert "promotion" not in plain.to_json() and "discount" not in plain.to_json()["lines"][0]


def test_the_charge_the_order_and_the_export_carry_the_discounted_total(
    store, wallets, sandbox, clock, enrolled, address
):
    clock.now = NOW
    checkout = promoted(store, wallets, sandbox, clock, budget={EUR: eur("100.00")})
    result = checkout.place_order(enrolled, discounted(address), PIN)
    assert result.status is PlaceStatus.PAID
    assert result.order.total == eur("22.43") and result.order.discount == eur("1.95")
    assert result.order.promotion == Promotion(campaign="welcome")
    (charge,) = approved_charges(store)
    assert charge.data["amount"] == eur("22.43").to_json()
    (row,) = export_orders(store, clock=clock)
    assert (row["amount"], row["discount"], row["currency"]) == ("22.43", "1.95", "EUR")
    spent = store.get(*campaign_budget_key("welcome", EUR))
    assert spent.data == {"spent_minor": 195}


def test_over_budget_or_out_of_dates_the_order_is_refused_before_the_pin(
    store, wallets, sandbox, clock, enrolled, address
):
    clock.now = NOW
    checkout = promoted(store, wallets, sandbox, clock, budget={EUR: eur("1.94")})
    refused = checkout.place_order(enrolled, discounted(address), "0000")  # wrong PIN: not asked
    assert refused.status is PlaceStatus.PROMOTION_ENDED
    assert wallets.show(enrolled).attempts_left == 3
    assert approved_charges(store) == [] and checkout.latest_orders(enrolled) == []
    clock.now = NOW + 2 * 86_400
    late = promoted(store, wallets, sandbox, clock, budget={EUR: eur("100.00")})
    assert (
        late.place_order(enrolled, discounted(address), PIN).status is PlaceStatus.PROMOTION_ENDED
    )


def test_the_per_shopper_limit_holds(store, wallets, sandbox, clock, enrolled, address):
    clock.now = NOW
    checkout = promoted(store, wallets, sandbox, clock, per_shopper=1)
    assert checkout.place_order(enrolled, discounted(address), PIN).status is PlaceStatus.PAID
    again = checkout.place_order(enrolled, discounted(address, nonce="nonce-0002"), PIN)
    assert again.status is PlaceStatus.PROMOTION_ENDED
    assert store.get(*campaign_uses_key(enrolled, "welcome")).data == {"orders": 1}


def test_the_total_budget_holds_under_concurrent_orders(
    store, wallets, sandbox, clock, address, hasher
):
    """Eight shoppers at once, a budget for three orders' discounts: three are paid."""
    clock.now = NOW
    owners = [f"shopper-{i}" for i in range(8)]
    for owner in owners:
        wallets.enroll(owner, "tok_visa", address, PIN)
    checkout = promoted(store, wallets, sandbox, clock, budget={EUR: eur("5.85")})
    results = at_once(8, lambda i: checkout.place_order(owners[i], discounted(address), PIN))
    statuses = sorted(r.status.value for r in results)
    assert statuses.count("paid") == 3 and statuses.count("promotion_ended") == 5
    assert store.get(*campaign_budget_key("welcome", EUR)).data == {"spent_minor": 585}
    assert len(approved_charges(store)) == 3


def test_twin_requests_of_one_discounted_order_charge_once(
    store, wallets, sandbox, clock, enrolled, address
):
    """A redelivered PIN turn: the same order twice at once, a budget for exactly that order."""
    clock.now = NOW
    checkout = promoted(store, wallets, sandbox, clock, budget={EUR: eur("1.95")}, per_shopper=1)
    results = at_once(4, lambda i: checkout.place_order(enrolled, discounted(address), PIN))
    assert {r.status for r in results} == {PlaceStatus.PAID}
    assert len({r.order.order_id for r in results}) == 1 and len(approved_charges(store)) == 1
    assert store.get(*campaign_budget_key("welcome", EUR)).data == {"spent_minor": 195}


def test_a_declined_attempt_gives_back_what_it_held(store, wallets, sandbox, clock, address):
    clock.now = NOW
    wallets.enroll(OWNER, "tok_chargeDeclined", address, PIN)
    checkout = promoted(store, wallets, sandbox, clock, budget={EUR: eur("2.00")}, per_shopper=1)
    declined = checkout.place_order(OWNER, discounted(address), PIN)
    assert declined.status is PlaceStatus.DECLINED
    assert store.get(*campaign_budget_key("welcome", EUR)).data == {"spent_minor": 0}
    assert store.get(*campaign_uses_key(OWNER, "welcome")).data == {"orders": 0}
    wallets.add_payment_method(OWNER, "tok_mastercard")
    retried = checkout.place_order(OWNER, discounted(address), PIN, attempt=2)
    assert retried.status is PlaceStatus.PAID and retried.order.total == eur("22.43")
    assert store.get(*campaign_budget_key("welcome", EUR)).data == {"spent_minor": 195}


def test_a_cancel_refunds_what_was_paid_and_gives_the_budget_back(
    store, wallets, sandbox, clock, enrolled, address
):
    clock.now = NOW
    checkout = promoted(store, wallets, sandbox, clock, budget={EUR: eur("100.00")})
    order = checkout.place_order(enrolled, discounted(address), PIN).order
    cancelled = checkout.cancel_order(enrolled, order.order_id)
    assert cancelled.status is CancelStatus.REFUNDED
    (refund,) = refunds(store)
    assert refund.data["amount"] == eur("22.43").to_json()
    assert store.get(*campaign_budget_key("welcome", EUR)).data == {"spent_minor": 0}


def test_a_merchant_refund_after_shipping_gives_the_budget_and_limit_back(
    store, wallets, sandbox, clock, enrolled, address
):
    clock.now = NOW
    checkout = promoted(store, wallets, sandbox, clock, budget={EUR: eur("100.00")}, per_shopper=1)
    order = checkout.place_order(enrolled, discounted(address), PIN).order
    fulfilment = Fulfilment(store, checkout, wallets, sandbox, clock=clock, wait=10.0)
    assert fulfilment.mark_shipped(enrolled, order.order_id).status is ShipStatus.SHIPPED
    assert store.get(*campaign_uses_key(enrolled, "welcome")).data == {"orders": 1}
    refunded = fulfilment.refund(enrolled, order.order_id)
    assert refunded.status is RefundStatus.REFUNDED
    assert store.get(*campaign_budget_key("welcome", EUR)).data == {"spent_minor": 0}
    assert store.get(*campaign_uses_key(enrolled, "welcome")).data == {"orders": 0}
    again = fulfilment.refund(enrolled, order.order_id)  # answered, nothing given back twice
    assert again.status is RefundStatus.REFUNDED
    assert store.get(*campaign_uses_key(enrolled, "welcome")).data == {"orders": 0}


def reward(holder: str, kind: str = "discount", **fields) -> RewardRecord:
    return RewardRecord(
        reward_id="third-order", holder=holder, kind=kind, segment="everyone",
        earned_at=NOW, expires_at=NOW + 86_400, source="o_source", **fields,
    )  # fmt: skip


def with_reward(address, holder: str, nonce: str = "nonce-0001") -> PendingOrder:
    return PendingOrder.create(
        "Stain Expert",
        [OrderLine("p-wine-01", "Wine stain remover", 1, eur("7.99"), eur("0.80"))],
        eur("4.90"), address, nonce=nonce,
        promotion=Promotion(reward="third-order", holder=holder),
    )  # fmt: skip


def test_a_reward_is_used_by_one_order_only(store, wallets, sandbox, clock, enrolled, address):
    clock.now = NOW
    store.write([earn_put(reward(enrolled, percent=10))])
    with pytest.raises(ConditionFailed):  # earned once per rule and holder
        store.write([earn_put(reward(enrolled, percent=10))])
    checkout = Checkout(store, wallets, sandbox, clock=clock)
    results = at_once(
        4,
        lambda i: checkout.place_order(
            enrolled, with_reward(address, enrolled, f"nonce-000{i}"), PIN
        ),
    )
    assert sorted(r.status.value for r in results) == ["paid"] + ["promotion_ended"] * 3
    record = RewardBook(store).get(enrolled, "third-order")
    paid = next(r.order for r in results if r.status is PlaceStatus.PAID)
    assert (record.state, record.used_by) == ("used", paid.order_id)


def test_an_expired_reward_is_refused(store, wallets, sandbox, clock, enrolled, address):
    clock.now = NOW + 2 * 86_400
    store.write([earn_put(reward(enrolled, percent=10))])
    checkout = Checkout(store, wallets, sandbox, clock=clock)
    result = checkout.place_order(enrolled, with_reward(address, enrolled), PIN)
    assert result.status is PlaceStatus.PROMOTION_ENDED


def earned_by(order_id: str, holder: str, reward_id: str, **fields) -> RewardRecord:
    return RewardRecord(
        reward_id=reward_id, holder=holder, kind="discount", segment="everyone",
        earned_at=NOW, expires_at=NOW + 86_400, source=order_id, percent=10, **fields,
    )  # fmt: skip


def test_a_refunded_order_takes_back_the_unused_rewards_it_earned(
    store, wallets, sandbox, clock, enrolled, address
):
    """Cancelled at once and four times over (retries, parallel turns): the reward the order
    earned is gone, the one it earned and another order used stays, another order's stays."""
    clock.now = NOW
    checkout = promoted(store, wallets, sandbox, clock)
    order = checkout.place_order(enrolled, discounted(address), PIN).order
    store.write([
        earn_put(earned_by(order.order_id, enrolled, "first-order")),
        earn_put(earned_by(order.order_id, enrolled, "second-order", state="used",
                           used_by="o_other", used_at=NOW)),
        earn_put(earned_by("o_other", enrolled, "donor")),
    ])  # fmt: skip
    results = at_once(4, lambda i: checkout.cancel_order(enrolled, order.order_id))
    assert {r.status for r in results} == {CancelStatus.REFUNDED}
    assert len(refunds(store)) == 1
    book = RewardBook(store)
    assert book.get(enrolled, "first-order") is None
    assert book.get(enrolled, "second-order").state == "used"
    assert book.get(enrolled, "donor").state == "available"
    store.write([earn_put(earned_by("o_next", enrolled, "first-order"))])  # earned again


def test_a_merchant_refund_takes_back_the_rewards_the_order_earned(
    store, wallets, sandbox, clock, enrolled, address
):
    clock.now = NOW
    checkout = promoted(store, wallets, sandbox, clock)
    order = checkout.place_order(enrolled, discounted(address), PIN).order
    store.write([earn_put(earned_by(order.order_id, enrolled, "first-order"))])
    fulfilment = Fulfilment(store, checkout, wallets, sandbox, clock=clock, wait=10.0)
    assert fulfilment.mark_shipped(enrolled, order.order_id).status is ShipStatus.SHIPPED
    assert fulfilment.refund(enrolled, order.order_id).status is RefundStatus.REFUNDED
    assert RewardBook(store).get(enrolled, "first-order") is None
