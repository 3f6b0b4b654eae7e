"""The merchant's view: exactly six fields, nothing of the wallet, one-time tokens."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from payments.checkout import Checkout
from payments.checkout_outcomes import PlaceStatus
from payments.merchant_view import (
    EXPORT_FIELDS,
    LIST_FIELDS,
    export_orders,
    list_orders,
    redeem_payment_token,
)
from payments.orders import OrderState, OrderStatus
from payments.pin import PinHasher
from payments.sandbox import SandboxGateway
from payments.wallet import Wallets
from store.sqlite import SQLiteStore
from tests.payments.conftest import PEPPER, PIN, make_pending

EMAIL_OWNER = "zoe.martin@example.com|amzn1.ask.person.XYZ"


@pytest.fixture
def paid(checkout, wallets, address, clock):
    wallets.enroll(EMAIL_OWNER, "tok_mastercard", address, PIN)
    result = checkout.place_order(EMAIL_OWNER, make_pending(address), PIN)
    assert result.status is PlaceStatus.PAID
    return result.order


def test_export_has_exactly_the_agreed_fields(store, paid, clock):
    (row,) = export_orders(store, clock=clock)
    assert (
        set(row)
        == set(EXPORT_FIELDS)
        == {
            "order_id",
            "amount",
            "discount",
            "currency",
            "created_at",
            "shipping_address",
            "payment_token",
        }
    )
    assert row["order_id"] == paid.order_id
    assert (row["amount"], row["discount"], row["currency"]) == ("24.38", "0.00", "EUR")
    assert row["created_at"] == "2026-11-18T11:06:40Z"  # FakeClock: 1_795_000_000 (date -u -d @...)
    assert row["shipping_address"] == paid.shipping_address.to_json()
    assert re.fullmatch(r"[A-Za-z0-9_-]{43}", row["payment_token"])


def test_export_leaks_nothing_of_the_wallet(store, paid, clock):
    text = json.dumps(list(export_orders(store, clock=clock)))
    for secret in [
        EMAIL_OWNER,
        "zoe.martin",
        "@",
        "amzn1",
        "tok_",
        "mastercard",
        "Mastercard",
        "4444",
        "12/2030",
        "2030",
        "exp_",
        "last4",
        "brand",
        "owner",
        "wallet",
        paid.charge_id,
        PIN,
    ]:
        assert secret not in text, secret


def test_export_reads_only_the_merchant_partition(store, paid, clock):
    seen = []
    real_query, real_get = store.query, store.get

    def query(pk, *args, **kwargs):
        seen.append(pk)
        return real_query(pk, *args, **kwargs)

    def get(pk, sk):
        seen.append(pk)
        return real_get(pk, sk)

    store.query, store.get = query, get
    try:
        list(export_orders(store, clock=clock))
    finally:
        del store.query, store.get
    assert set(seen) == {"merchant#orders"}


def test_only_paid_orders_awaiting_fulfilment(store, checkout, wallets, address, clock):
    wallets.enroll("declined", "tok_chargeDeclined", address, PIN)
    checkout.place_order("declined", make_pending(address), PIN)
    assert list(export_orders(store, clock=clock)) == []


def test_a_token_redeems_once(store, paid, clock):
    (row,) = export_orders(store, clock=clock)
    assert redeem_payment_token(store, row["payment_token"], paid.order_id, clock=clock)
    assert not redeem_payment_token(store, row["payment_token"], paid.order_id, clock=clock)
    assert store.get(f"orders#{EMAIL_OWNER}", f"order#{paid.order_id}").data["state"] == (
        OrderState.CLAIMED.value
    )
    assert list(export_orders(store, clock=clock)) == []


def test_a_token_is_bound_to_its_order(store, checkout, paid, address, clock):
    other = checkout.place_order(EMAIL_OWNER, make_pending(address, nonce="nonce-2222"), PIN).order
    rows = {r["order_id"]: r for r in export_orders(store, clock=clock)}
    assert not redeem_payment_token(store, rows[paid.order_id]["payment_token"], other.order_id)
    assert not redeem_payment_token(store, "made-up", paid.order_id, clock=clock)
    assert not redeem_payment_token(store, rows[paid.order_id]["payment_token"], "o_unknown")
    assert redeem_payment_token(
        store, rows[other.order_id]["payment_token"], other.order_id, clock=clock
    )


def test_a_token_expires(store, paid, clock):
    (row,) = export_orders(store, clock=clock)
    clock.advance(24 * 3600)
    assert not redeem_payment_token(store, row["payment_token"], paid.order_id, clock=clock)


def test_a_new_export_replaces_the_token(store, paid, clock):
    (old,) = export_orders(store, clock=clock)
    (new,) = export_orders(store, clock=clock)
    assert old["payment_token"] != new["payment_token"]
    assert not redeem_payment_token(store, old["payment_token"], paid.order_id, clock=clock)
    assert redeem_payment_token(store, new["payment_token"], paid.order_id, clock=clock)


def test_tokens_are_stored_as_hashes_only(store, paid, clock):
    (row,) = export_orders(store, clock=clock)
    everything = json.dumps([i.data for i in store.query("merchant#orders")])
    everything += json.dumps([i.data for i in store.query(f"orders#{EMAIL_OWNER}")])
    assert row["payment_token"] not in everything


def test_a_cancelled_order_leaves_the_export_and_its_token_dies(store, checkout, paid, clock):
    (row,) = export_orders(store, clock=clock)
    checkout.cancel_order(EMAIL_OWNER, paid.order_id)
    assert list(export_orders(store, clock=clock)) == []
    assert not redeem_payment_token(store, row["payment_token"], paid.order_id, clock=clock)


# --- the merchant's lists -----------------------------------------------------------------------


@pytest.fixture
def mixed(store, checkout, wallets, address, clock):
    """A paid, a declined and a pending order, and a refunded one; their ids by status."""
    wallets.enroll(EMAIL_OWNER, "tok_visa", address, PIN)
    paid = checkout.place_order(EMAIL_OWNER, make_pending(address, nonce="nonce-paid"), PIN)
    cancelled = checkout.place_order(EMAIL_OWNER, make_pending(address, nonce="nonce-back"), PIN)
    checkout.cancel_order(EMAIL_OWNER, cancelled.order.order_id)
    clock.advance(60)
    wallets.enroll("amzn-owner-b", "tok_chargeDeclined", address, "1357")
    failed = checkout.place_order("amzn-owner-b", make_pending(address), "1357")
    wallets.enroll("amzn-owner-c", "tok_processingError", address, "1357")
    pending = checkout.place_order("amzn-owner-c", make_pending(address), "1357")
    assert pending.status is PlaceStatus.RETRY_LATER
    return {
        OrderStatus.PAID: [paid.order.order_id],
        OrderStatus.REFUNDED: [cancelled.order.order_id],
        OrderStatus.FAILED: [failed.order.order_id],
        OrderStatus.PENDING: [pending.order.order_id],
    }


def test_the_merchant_lists_orders_by_status(store, mixed):
    for status, ids in mixed.items():
        rows = list(list_orders(store, status))
        assert [r["order_id"] for r in rows] == ids, status
        assert all(set(r) == set(LIST_FIELDS) for r in rows)
    (failed,) = list_orders(store, OrderStatus.FAILED)
    assert (failed["state"], failed["failure_reason"]) == ("payment_failed", "card_declined")
    (pending,) = list_orders(store, OrderStatus.PENDING)
    assert (pending["state"], pending["amount"]) == ("payment_unknown", "24.38")


def test_the_lists_follow_the_orders(store, checkout, mixed, address, clock):
    """Resumed, the pending order leaves the pending list for the paid one."""
    (order_id,) = mixed[OrderStatus.PENDING]
    assert (
        checkout.place_order("amzn-owner-c", make_pending(address), "1357").status
        is PlaceStatus.PAID
    )
    assert list(list_orders(store, OrderStatus.PENDING)) == []
    paid = [r["order_id"] for r in list_orders(store, OrderStatus.PAID)]
    assert paid == [*mixed[OrderStatus.PAID], order_id]


def test_the_lists_say_nothing_of_the_shopper(store, mixed):
    text = json.dumps([row for status in OrderStatus for row in list_orders(store, status)])
    for secret in [EMAIL_OWNER, "amzn-owner-c", "amzn-owner-b", "tok_", "4242", "Lilas", "Martin"]:
        assert secret not in text, secret


def test_echoppe_orders_list(tmp_path, address):
    """The merchant's command, run as a merchant runs it, on the store the skill uses."""
    db = tmp_path / "shop.sqlite3"
    store = SQLiteStore(db)
    gateway = SandboxGateway(store)
    wallets = Wallets(store, gateway, PinHasher(PEPPER))
    wallets.enroll("amzn-owner-c", "tok_processingError", address, PIN)
    pending = Checkout(store, wallets, gateway).place_order(
        "amzn-owner-c", make_pending(address), PIN
    )
    store.close()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "ECHOPPE_DB": str(db)}
    run = subprocess.run(
        [sys.executable, "-m", "skill.cli", "orders", "list", "--status", "pending"],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    (row,) = [json.loads(line) for line in run.stdout.splitlines()]
    assert (row["order_id"], row["state"]) == (pending.order.order_id, "payment_unknown")
