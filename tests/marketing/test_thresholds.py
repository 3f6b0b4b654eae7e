"""The top spenders' cut, computed offline over the merchant's orders, on both stores."""

from marketing import thresholds
from marketing.model import SegmentRules
from payments.keys import merchant_order_key
from payments.money import Money
from store.base import Put

NOW = 1_795_000_000


def order(store, order_id: str, owner: str, euros: str, state: str = "paid", at: int = NOW):
    data = {
        "order_id": order_id, "owner": owner, "amount": Money.of(euros, "EUR").to_json(),
        "created_at": at, "state": state,
    }  # fmt: skip
    store.write([Put(*merchant_order_key(order_id), data, expect=0)])


def test_the_cut_is_the_smallest_spend_among_the_top_share(store):
    for n in range(20):  # payers p0..p19 spend 10, 20, ... 200 €
        order(store, f"o{n}", f"p{n}", str(10 * (n + 1)))
    order(store, "o-more", "p0", "5.00")  # p0: 15 €
    order(store, "o-old", "p1", "1000.00", at=NOW - 400 * 86_400)  # too old to count
    order(store, "o-refunded", "p2", "1000.00", state="cancelled")
    done = thresholds.refresh(store, SegmentRules(top_share=10), NOW)
    assert done.cuts == {"EUR": 19000} and done.payers == {"EUR": 20}  # p18 and p19
    assert thresholds.read(store) == done


def test_no_order_no_cut(store):
    assert thresholds.read(store) is None
    assert thresholds.refresh(store, SegmentRules(), NOW).cuts == {}
