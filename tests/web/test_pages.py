"""The pages through the real app: languages, CSRF, cookies, headers, sign-in by code, the wallet
pages, unlink and delete; and no password, PIN or code in a log, a page or the store."""

from __future__ import annotations

import logging
import re

import pytest

from accounts.links import account_owner
from skill.webservice import create_app as create_skill_app
from tests.accounts.conftest import all_items
from tests.web.helpers import csrf, post_form, set_up_wallet, sign_up
from web import i18n
from web.app import init_web

PASSWORD = "a long sentence I remember"


def context(app):
    return app.extensions["echoppe"]


def test_both_languages_have_the_same_messages():
    assert set(i18n.messages("fr-FR")) == set(i18n.messages("en-US"))


@pytest.mark.parametrize(
    ("header", "words"), [("fr-FR,fr;q=0.9", "Créer un compte"), ("en-US,en", "Create an account")]
)
def test_the_language_follows_the_browser_then_the_switch(client, header, words):
    assert words in client.get("/signup", headers={"Accept-Language": header}).text
    switched = client.get("/signup?lang=en-US", headers={"Accept-Language": "fr-FR"})
    assert "Create an account" in switched.text
    assert "Create an account" in client.get("/signup", headers={"Accept-Language": "fr"}).text


def test_every_form_needs_its_csrf_token(client):
    response = client.post(
        "/signup", data={"email": "a@example.com", "password": PASSWORD, "password_again": PASSWORD}
    )
    assert response.status_code == 400
    assert context(client.application).accounts.find_by_email("a@example.com") is None


def test_cookie_and_headers(client):
    sign_up(client)
    page = client.get("/account")
    cookie = next(c for c in client._cookies.values() if c.key == "__Host-echoppe")
    assert cookie.secure and cookie.http_only and cookie.same_site == "Lax" and cookie.path == "/"
    policy = page.headers["Content-Security-Policy"]
    assert "script-src 'self';" in policy and "unsafe-inline" not in policy
    assert "form-action 'self' https://pitangui.amazon.com" in policy
    assert "frame-ancestors 'none'" in policy
    assert page.headers["Cache-Control"] == "no-store"
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    assert "<script" not in page.text


def test_pages_ask_to_sign_in_and_come_back(client):
    response = client.get("/wallet/cards")
    assert response.headers["Location"].endswith("/signin")
    response = post_form(client, "/signin", {"email": "nobody@example.com", "password": PASSWORD})
    assert "incorrect" in response.text


def test_code_sign_in_through_the_dev_outbox(client, mailer):
    post_form(client, "/signin/code", {"email": "Code@Example.com"})
    outbox = client.get("/dev/outbox").text
    code = re.search(r"\b(\d{6})\b", outbox)[1]
    response = post_form(client, "/signin/code/verify", {"code": code})
    assert response.status_code == 302
    assert "code@example.com" in client.get("/account").text


def test_wallet_pages_cards_addresses_and_pin(client, app):
    sign_up(client)
    set_up_wallet(client)
    post_form(client, "/wallet/card", {"card": "tok_mastercard"})
    cards = client.get("/wallet/cards").text
    assert "•••• 4444" in cards and "•••• 4242" in cards
    token = csrf(cards)
    client.post("/wallet/cards/m2/remove", data={"csrf_token": token})  # the default: refused
    assert "•••• 4444" in client.get("/wallet/cards").text
    client.post("/wallet/cards/m1/default", data={"csrf_token": token})
    client.post("/wallet/cards/m2/remove", data={"csrf_token": token})
    assert "•••• 4444" not in client.get("/wallet/cards").text
    us = {
        "country": "US", "recipient": "Jane Doe", "line1": "350 Fifth Avenue",
        "city": "New York", "region": "NY", "postal_code": "10118", "make_default": "y",
    }  # fmt: skip
    post_form(client, "/wallet/address?country=US", us)
    addresses = client.get("/wallet/addresses").text
    assert "NEW YORK NY 10118" in addresses and "75011 PARIS" in addresses
    bad = post_form(client, "/wallet/address?country=US", {**us, "region": "ZZ"})
    assert 'aria-invalid="true"' in bad.text
    owner = account_owner(context(app).accounts.find_by_email("shopper@example.com").account_id)
    assert context(app).services.wallets.get(owner).address.region == "NY"
    weak = post_form(client, "/wallet/pin", {"pin": "0000", "pin_again": "0000"})
    assert weak.status_code == 200 and 'aria-invalid="true"' in weak.text


def test_the_pin_page_asks_for_the_password_after_ten_minutes(client, clock):
    sign_up(client)
    set_up_wallet(client)
    clock.advance(601)
    assert client.get("/wallet/pin").headers["Location"].endswith("/reauth")
    post_form(client, "/reauth", {"password": PASSWORD})
    assert client.get("/wallet/pin").status_code == 200


def test_unlink_then_delete(client, app, clock):
    sign_up(client)
    set_up_wallet(client)
    accounts = context(app).accounts
    account = accounts.find_by_email("shopper@example.com")
    post_form(client, "/account/unlink", {"confirm": "y"})
    assert accounts.get(account.account_id).link_version == account.link_version + 1
    post_form(client, "/account/delete", {"confirm": "y"})
    assert accounts.get(account.account_id) is None
    assert context(app).services.wallets.get(account_owner(account.account_id)) is None
    assert client.get("/account").headers["Location"].endswith("/signin")


def test_no_secret_in_logs_pages_or_store(client, app, store, caplog):
    with caplog.at_level(logging.DEBUG):
        sign_up(client)
        set_up_wallet(client, pin="7391")
        pages = [client.get(p).text for p in ("/account", "/wallet/cards", "/wallet/pin")]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    stored = "\n".join(all_items(store))
    for secret in (PASSWORD, "7391"):
        assert secret not in logged
        assert all(secret not in page for page in pages)
    assert PASSWORD not in stored and '"7391"' not in stored


def test_beside_the_skill_alexa_needs_no_csrf_token(settings, skill, mailer):
    app = create_skill_app(skill, verify=False)
    init_web(app, settings, services=skill.services, mailer=mailer)
    client = app.test_client()
    assert client.post("/alexa", data=b"{}").status_code == 400  # not_an_envelope, not CSRF
    assert client.post("/alexa", data=b"{}").get_json()["error"] == "not_an_envelope"
    assert "Create an account" in client.get("/signup?lang=en-US").text
    assert "/dev/outbox" not in [r.rule for r in app.url_map.iter_rules()]
