"""Adding a card through the gateway's hosted fields: the card number never reaches echoppe.

- ``SandboxCards`` (development): the page offers the sandbox's test cards
  (``payments.sandbox.TEST_CARDS``) by name; the form posts a test token such as ``tok_visa``.
- ``StripeCards`` (production): the server creates a Stripe Customer for the account (once) and a
  SetupIntent for off-session use; the page mounts Stripe's Payment Element with the SetupIntent's
  client secret (``static/stripe-setup.js``, from ``js.stripe.com``); the shopper types the card
  into Stripe's iframe; Stripe confirms and sends the browser back to ``return_url`` with
  ``setup_intent=seti_...``; the server retrieves the SetupIntent and stores its PaymentMethod as
  ``cus_...:pm_...`` (``payments.stripe_gateway`` charges it off-session later).

Either way the wallet gets a token, which ``Wallets.add_payment_method`` describes through the
gateway (brand, last 4, expiry) and refuses if it looks like a card number.
"""

from __future__ import annotations

from dataclasses import dataclass

import stripe

from payments.cards import CardFacts
from payments.errors import GatewayError, GatewayTransientError
from payments.sandbox import TEST_CARDS
from payments.stripe_gateway import CONNECT_TIMEOUT, READ_TIMEOUT


@dataclass(frozen=True)
class TestCard:
    token: str
    card: CardFacts
    declines: str | None
    """The decline the sandbox answers with this card, or None when it is approved."""


class SandboxCards:
    kind = "sandbox"

    def choices(self) -> list[TestCard]:
        return [
            TestCard(token, card, decline.value if decline else None)
            for token, (card, decline) in TEST_CARDS.items()
        ]

    def knows(self, token: str) -> bool:
        return token in TEST_CARDS


@dataclass(frozen=True)
class SetupSession:
    client_secret: str
    customer_id: str


class StripeCards:
    kind = "stripe"

    def __init__(self, api_key: str, publishable_key: str, *, api_base: str | None = None) -> None:
        self.publishable_key = publishable_key
        self._client = stripe.StripeClient(
            api_key,
            base_addresses={"api": api_base} if api_base else None,
            max_network_retries=1,
            http_client=stripe.RequestsClient(timeout=(CONNECT_TIMEOUT, READ_TIMEOUT)),
        )

    def __repr__(self) -> str:
        return "StripeCards()"

    def start(self, account_id: str, email: str, customer_id: str) -> SetupSession:
        """A SetupIntent for off-session charges, on the account's Customer (created once:
        its idempotency key is derived from the account)."""
        try:
            if not customer_id:
                customer = self._client.v1.customers.create(
                    params={"email": email, "metadata": {"echoppe_account": account_id}},
                    options={"idempotency_key": f"echoppe-customer-{account_id}"},
                )
                customer_id = customer.id
            params: stripe.params.SetupIntentCreateParams = {
                "customer": customer_id,
                "usage": "off_session",
                "allowed_payment_method_types": ["card"],
            }
            intent = self._client.v1.setup_intents.create(params=params)
        except stripe.StripeError as exc:
            raise _translate(exc) from None
        return SetupSession(client_secret=str(intent.client_secret), customer_id=customer_id)

    def finish(self, setup_intent_id: str, customer_id: str) -> str:
        """The wallet token of a succeeded SetupIntent of this customer."""
        if not setup_intent_id.startswith("seti_") or not customer_id:
            raise GatewayError("not a SetupIntent of this account")
        try:
            intent = self._client.v1.setup_intents.retrieve(setup_intent_id).to_dict()
        except stripe.StripeError as exc:
            raise _translate(exc) from None
        method = intent.get("payment_method")
        method_id = method.get("id") if isinstance(method, dict) else method
        if intent.get("customer") != customer_id or not method_id:
            raise GatewayError("not a SetupIntent of this account")
        if intent.get("status") != "succeeded":
            raise GatewayError(f"the card was not set up ({intent.get('status')})")
        return f"{customer_id}:{method_id}"


def _translate(exc: stripe.StripeError) -> GatewayError:
    if isinstance(exc, stripe.RateLimitError | stripe.APIConnectionError | stripe.APIError):
        return GatewayTransientError(f"Stripe did not answer: {type(exc).__name__}")
    return GatewayError(f"Stripe refused the request: {type(exc).__name__} {exc.code or ''}")


CardSetup = SandboxCards | StripeCards
