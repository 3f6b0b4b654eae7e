"""The console through Flask's test client: who may open what, CSRF, headers, the CSV export's
neutralised cells, the sign-in limits, and the users' command line."""

from __future__ import annotations

import csv
import io
import os
import stat
import sys

import pytest

from accounts.links import account_owner
from merchants.dev import DEV_EMAIL, dev_merchant
from merchants.users import MerchantUsers
from payments.address import Address
from payments.agreement import OrderLine, PendingOrder
from payments.money import Money
from skill.cli import main as echoppe
from tests.web.console_shop import OWNER, PIN, STAFF, add_users, console_settings
from tests.web.helpers import csrf, post_form, set_up_wallet, sign_up


@pytest.fixture
def settings(tmp_path):
    return console_settings(tmp_path)


def signed_in(client, who=OWNER):
    response = post_form(client, "/console/signin", {"email": who[0], "password": who[1]})
    assert response.status_code == 302, response.text
    return client


@pytest.fixture
def owner(app, store, clock):
    add_users(store, clock)
    return signed_in(app.test_client())


@pytest.fixture
def staff(app, store, clock, owner):
    return signed_in(app.test_client(), STAFF)


def test_every_console_page_needs_a_merchant(client, app, store, clock):
    for path in ["/console/orders", "/console/reports", "/console/content", "/console/audit",
                 "/console/orders.csv", "/console/content/preview"]:  # fmt: skip
        response = client.get(path)
        assert response.status_code == 302 and response.location.endswith("/console/signin")
    sign_up(client)  # a shopper's session is not a merchant's
    assert client.get("/console/orders").status_code == 302


def test_forms_need_their_csrf_token_and_pages_carry_the_policy(app, store, clock):
    add_users(store, clock)
    client = app.test_client()
    response = client.post("/console/signin", data={"email": OWNER[0], "password": OWNER[1]})
    assert response.status_code == 400
    signed_in(client)
    page = client.get("/console/orders")
    policy = page.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert page.headers["Cache-Control"] == "no-store"
    assert client.post("/console/content/discard").status_code == 400  # no token
    assert app.config["SESSION_COOKIE_HTTPONLY"] and app.config["SESSION_COOKIE_SECURE"]


def test_staff_cannot_refund_cancel_or_publish(staff, owner):
    token = csrf(staff.get("/console/orders").text)
    fake = "o_" + "a" * 24
    for path in [f"/console/orders/{fake}/refund", f"/console/orders/{fake}/cancel",
                 "/console/content/publish"]:  # fmt: skip
        assert staff.post(path, data={"csrf_token": token, "confirm": "y"}).status_code == 403
    assert staff.get("/console/content/publish").status_code == 403
    assert owner.get("/console/content/publish").status_code == 200


def test_sign_in_is_limited_per_client(app, store, clock):
    add_users(store, clock)
    client = app.test_client()
    page = client.get("/console/signin")
    token = csrf(page.text)
    codes = [
        client.post(
            "/console/signin",
            data={"email": f"x{n}@shop.example", "password": "not it at all", "csrf_token": token},
        ).status_code
        for n in range(21)
    ]
    assert codes[:20] == [200] * 20 and codes[20] == 429


def test_the_csv_export_neutralises_formulas_and_holds_no_wallet(app, owner, store, clock):
    shopper = app.test_client()
    sign_up(shopper)
    set_up_wallet(shopper)
    context = app.extensions["echoppe"]
    account = context.accounts.find_by_email("shopper@example.com")
    address = Address(recipient="=HYPERLINK(\"http://evil\")", line1="@SUM(1+1)",
                      postal_code="75011", city="-Paris", country="FR")  # fmt: skip
    pending = PendingOrder.create(
        seller="Les Bonnes Recettes SAS",
        lines=[OrderLine("savon-fiel", "+Savon au fiel", 2, Money.of("4.90", "EUR"))],
        delivery_fee=Money.of("3.90", "EUR"),
        shipping_address=address,
        nonce="nonce-csv-0001",
    )
    placed = context.services.checkout.place_order(account_owner(account.account_id), pending, PIN)
    assert placed.status.value == "paid"
    response = owner.get("/console/orders.csv?since=2026-11-18&until=2026-11-18")
    assert response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 1
    row = rows[0]
    assert row["recipient"].startswith("'=") and row["line1"] == "'@SUM(1+1)"
    assert row["city"] == "'-Paris" and row["lines"].startswith("2 x +Savon")
    assert row["amount"] == "13.70" and row["status"] == "paid"
    assert "4242" not in response.text and "tok_" not in response.text
    assert owner.get("/console/orders.csv?since=2026-11-19").text.count("\n") == 1  # header


def test_console_users_from_the_command_line(settings, monkeypatch, capsys):
    monkeypatch.setenv("ECHOPPE_DB", str(settings.db_path))
    monkeypatch.setattr(sys, "stdin", io.StringIO("a passphrase from stdin\n"))
    assert echoppe(["console", "user", "add", "boss@shop.example", "--role", "owner",
                    "--password-stdin"]) == 0  # fmt: skip
    assert "a passphrase" not in capsys.readouterr().out
    assert echoppe(["console", "user", "list"]) == 0
    assert "boss@shop.example\towner" in capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", io.StringIO("short\n"))
    assert echoppe(["console", "user", "add", "b@shop.example", "--password-stdin"]) == 1


def test_the_dev_merchant_keeps_its_password_in_a_private_file(store, tmp_path):
    email, password = dev_merchant(store, tmp_path / "var")
    assert (email, password) == dev_merchant(store, tmp_path / "var")
    assert email == DEV_EMAIL and password.startswith("dev-")
    mode = stat.S_IMODE(os.stat(tmp_path / "var" / "dev-merchant-password").st_mode)
    assert mode == 0o600
    assert MerchantUsers(store).sign_in(email, password, source="127.0.0.1").role.value == "owner"


def test_an_edit_shows_the_interaction_model_change_it_implies(owner, settings):
    from content.editing import field_names, form_values, guide_document

    text = (settings.content_dir / "guides" / "coffee.yaml").read_text(encoding="utf-8")
    values = form_values(guide_document(text), field_names("guide", ["fr-FR", "en-US"]))
    values["locales.en-US.synonyms"] += "\njava spill"
    page = owner.get("/console/content/guides/coffee")
    response = owner.post(
        "/console/content/guides/coffee", data={**values, "csrf_token": csrf(page.text)}
    )
    assert response.status_code == 302
    content = owner.get("/console/content").text
    assert "guides/coffee.yaml" in content
    assert "Synonymes changés dans GUIDE_TOPIC" in content and "set-interaction-model" in content
    model = owner.get("/console/content/models/en-US.json").get_json()
    types = model["interactionModel"]["languageModel"]["types"]
    assert any("java spill" in v["name"].get("synonyms", []) for t in types for v in t["values"])


def test_the_preview_keeps_to_its_own_corner_of_the_store(owner, store):
    page = owner.get("/console/content/preview")
    response = owner.post(
        "/console/content/preview",
        data={"csrf_token": csrf(page.text), "locale": "en-US",
              "text": "how do I get coffee out of my cotton shirt"},
    )  # fmt: skip
    assert response.status_code == 302
    assert "Coffee or tea stain" in owner.get("/console/content/preview").text
    assert store.query("events") == []  # the funnel never sees a preview
    assert store.query("preview#events")
