"""Cards through Stripe's hosted fields: the server side of SetupIntent + Payment Element, against
the local Stripe stand-in (tests/payments/stripe_stub.py) extended with Customers and
SetupIntents. The browser part (Stripe.js in Stripe's iframe) cannot run here: no network."""

from __future__ import annotations

import itertools

import pytest

from payments.errors import GatewayError
from payments.stripe_gateway import StripeGateway
from tests.payments.stripe_stub import API_KEY, CARDS, Seen, StripeStub, serve
from tests.web.conftest import make_settings
from tests.web.helpers import sign_up
from web.app import create_app
from web.cards import StripeCards


class SetupStub(StripeStub):
    """The stub, plus ``POST /v1/customers``, ``POST /v1/setup_intents`` and
    ``GET /v1/setup_intents/<id>``; ``confirm`` does what Stripe.js does in the browser."""

    def __init__(self) -> None:
        super().__init__()
        self.customers: dict[str, str] = {}
        self.intents: dict[str, dict] = {}
        self._numbers = itertools.count(1)

    def handle(self, seen: Seen):
        if seen.headers.get("authorization") != f"Bearer {API_KEY}":
            return super().handle(seen)
        if seen.method == "POST" and seen.path == "/v1/customers":
            key = seen.headers.get("idempotency-key", f"none-{next(self._numbers)}")
            customer = self.customers.setdefault(key, f"cus_stub{next(self._numbers)}")
            return 200, {"id": customer, "object": "customer", "email": seen.form["email"]}, {}
        if seen.method == "POST" and seen.path == "/v1/setup_intents":
            assert seen.form["usage"] == "off_session"
            assert seen.form["allowed_payment_method_types[0]"] == "card"
            intent_id = f"seti_stub{next(self._numbers)}"
            intent = {
                "id": intent_id,
                "object": "setup_intent",
                "customer": seen.form["customer"],
                "client_secret": f"{intent_id}_secret_x",
                "status": "requires_payment_method",
                "payment_method": None,
                "usage": "off_session",
            }
            self.intents[intent_id] = intent
            return 200, intent, {}
        if seen.method == "GET" and seen.path.startswith("/v1/setup_intents/"):
            intent = self.intents.get(seen.path.rsplit("/", 1)[1])
            if intent is None:
                return 404, {"error": {"type": "invalid_request_error", "code": "resource_missing",
                                       "message": "No such setupintent"}}, {}  # fmt: skip
            return 200, intent, {}
        return super().handle(seen)

    def confirm(self, intent_id: str, payment_method: str) -> None:
        assert payment_method in CARDS
        self.intents[intent_id].update(status="succeeded", payment_method=payment_method)


@pytest.fixture
def stub():
    stub = SetupStub()
    server, url = serve(stub)
    yield stub, url
    server.shutdown()


def test_a_card_set_up_with_stripe_becomes_a_chargeable_wallet_token(stub):
    stub, url = stub
    cards = StripeCards(API_KEY, "pk_test_x", api_base=url)
    first = cards.start("acct1", "a@example.com", "")
    assert first.client_secret.startswith("seti_") and first.customer_id.startswith("cus_")
    again = cards.start("acct1", "a@example.com", "")  # a retried first visit: same customer
    assert again.customer_id == first.customer_id
    intent_id = first.client_secret.split("_secret_")[0]
    with pytest.raises(GatewayError):
        cards.finish(intent_id, first.customer_id)  # not confirmed yet
    stub.confirm(intent_id, "pm_card_visa")
    with pytest.raises(GatewayError):
        cards.finish(intent_id, "cus_someone_else")
    token = cards.finish(intent_id, first.customer_id)
    assert token == f"{first.customer_id}:pm_card_visa"
    described = StripeGateway(API_KEY, api_base=url).describe(token)
    assert described.token == token and described.card.last4 == "4242"
    assert not any("4242424242424242" in str(r.form) for r in stub.requests)


def test_the_card_page_mounts_the_payment_element(tmp_path, store, clock, mailer, stub):
    _, url = stub
    settings = make_settings(tmp_path)
    cards = StripeCards(API_KEY, "pk_test_x", api_base=url)
    app = create_app(settings, store=store, clock=clock, mailer=mailer, cards=cards)
    client = app.test_client()
    sign_up(client)
    page = client.get("/wallet/card?lang=en-US")
    assert 'data-secret="seti_' in page.text and 'data-key="pk_test_x"' in page.text
    assert 'src="https://js.stripe.com/v3/"' in page.text
    policy = page.headers["Content-Security-Policy"]
    assert "script-src 'self' https://js.stripe.com" in policy
    assert "frame-src https://js.stripe.com https://hooks.stripe.com" in policy
    account = app.extensions["echoppe"].accounts.find_by_email("shopper@example.com")
    assert account.customer_id.startswith("cus_stub")
