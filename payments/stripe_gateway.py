"""The Stripe gateway: off-session PaymentIntents on a stored PaymentMethod, and refunds.

Tokens are Stripe PaymentMethod ids (``pm_...``), or ``cus_...:pm_...`` when the method is
attached to a Customer (Stripe then requires the customer on the PaymentIntent); ``describe``
returns the latter form when the PaymentMethod has a customer, so the wallet stores it.

A charge is ``PaymentIntent.create(amount, currency, payment_method, customer?, off_session=True,
confirm=True)`` with the order's idempotency key as the ``Idempotency-Key`` header: Stripe keeps
keys for at least 24 hours and replays the first response, so a retried request never charges
twice. Answers map to ``gateway`` results:

    Stripe                                           echoppe
    PaymentIntent status succeeded                   approved (charge id = the PaymentIntent id)
    CardError expired_card / insufficient_funds      declined with that reason
    CardError authentication_required                declined: authentication_required (SCA)
    other CardError                                  declined: card_declined
    CardError processing_error, RateLimitError,      GatewayTransientError: retry, same key
    APIConnectionError, APIError (5xx), status
    processing
    IdempotencyError, InvalidRequestError,           GatewayError: nothing was charged
    AuthenticationError, PermissionError

Network: one ``StripeClient`` per gateway (no global ``stripe.api_key``), a short timeout and
one network retry (the library retries with the same idempotency key), because Alexa waits
about 8 seconds for the whole turn.
"""

from __future__ import annotations

import logging
from typing import Any

import stripe

from payments.cards import CardFacts, CardOnFile, clean_no_pan
from payments.errors import (
    ConfigurationError,
    GatewayError,
    GatewayTransientError,
    UnknownPaymentMethod,
)
from payments.gateway import ChargeResult, DeclineReason, RefundResult, clean_charge, clean_refund
from payments.money import Money

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 2.0
READ_TIMEOUT = 4.0

_REASONS = {
    "insufficient_funds": DeclineReason.INSUFFICIENT_FUNDS,
    "expired_card": DeclineReason.EXPIRED_CARD,
    "authentication_required": DeclineReason.AUTHENTICATION_REQUIRED,
}
_TRANSIENT_CODES = {"processing_error", "try_again_later", "issuer_not_available"}


def _split(token: str) -> tuple[str | None, str]:
    customer, sep, method = token.partition(":")
    return (customer, method) if sep else (None, token)


class StripeGateway:
    """``gateway.Gateway`` on Stripe; see the module docstring for the mapping."""

    name = "stripe"

    def __init__(
        self,
        api_key: str,
        *,
        api_base: str | None = None,
        timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
        max_network_retries: int = 1,
    ) -> None:
        """``api_base`` points the client elsewhere (a local stub in tests)."""
        if not api_key:
            raise ConfigurationError("the Stripe secret key is required")
        self._client = stripe.StripeClient(
            api_key,
            base_addresses={"api": api_base} if api_base else None,
            max_network_retries=max_network_retries,
            http_client=stripe.RequestsClient(timeout=timeout),
        )

    def __repr__(self) -> str:
        return "StripeGateway()"

    def describe(self, token: str) -> CardOnFile:
        clean_no_pan(token, "payment token")
        customer, method_id = _split(token)
        try:
            method = self._client.v1.payment_methods.retrieve(method_id).to_dict()
        except stripe.InvalidRequestError as exc:
            if exc.http_status == 404:
                raise UnknownPaymentMethod("Stripe does not know this payment method") from None
            raise _permanent(exc) from None
        except stripe.StripeError as exc:
            raise _translate(exc) from None
        card = method.get("card")
        if method.get("type") != "card" or not card:
            raise UnknownPaymentMethod("this Stripe payment method is not a card")
        attached = method.get("customer") or customer
        return CardOnFile(
            token=f"{attached}:{method['id']}" if attached else method["id"],
            card=CardFacts(
                brand=str(card["brand"]),
                last4=str(card["last4"]),
                exp_month=int(card["exp_month"]),
                exp_year=int(card["exp_year"]),
            ),
        )

    def charge(
        self, token: str, amount: Money, idempotency_key: str, description: str
    ) -> ChargeResult:
        clean_charge(token, amount, idempotency_key)
        customer, method_id = _split(token)
        params: dict[str, Any] = {
            "amount": amount.minor,
            "currency": amount.currency.lower(),
            "payment_method": method_id,
            "off_session": True,
            "confirm": True,
            "description": description,
        }
        if customer:
            params["customer"] = customer
        try:
            intent = self._client.v1.payment_intents.create(
                params=params,  # type: ignore[arg-type]  # stripe's TypedDict; built above
                options={"idempotency_key": idempotency_key},
            ).to_dict()
        except stripe.CardError as exc:
            return _declined(exc)
        except stripe.StripeError as exc:
            raise _translate(exc) from None
        status = intent.get("status")
        if status in ("succeeded", "requires_capture"):
            return ChargeResult.approve(intent["id"])
        if status == "processing":
            raise GatewayTransientError("Stripe is still processing the payment")
        if status == "requires_action":
            return ChargeResult.decline(DeclineReason.AUTHENTICATION_REQUIRED, intent["id"])
        return ChargeResult.decline(DeclineReason.CARD_DECLINED, intent["id"])

    def refund(self, charge_id: str, amount: Money, idempotency_key: str) -> RefundResult:
        clean_refund(charge_id, amount, idempotency_key)
        try:
            refund = self._client.v1.refunds.create(
                params={"payment_intent": charge_id, "amount": amount.minor},
                options={"idempotency_key": idempotency_key},
            ).to_dict()
        except stripe.InvalidRequestError as exc:
            return RefundResult(approved=False, reason=exc.code or "invalid_request")
        except stripe.StripeError as exc:
            raise _translate(exc) from None
        if refund.get("status") in ("succeeded", "pending", "requires_action"):
            return RefundResult(approved=True, refund_id=refund["id"])
        return RefundResult(
            approved=False, refund_id=refund["id"], reason=refund.get("failure_reason")
        )


def _declined(exc: stripe.CardError) -> ChargeResult:
    error = (exc.json_body or {}).get("error", {}) if isinstance(exc.json_body, dict) else {}
    code = str(exc.code or error.get("code") or "")
    decline_code = str(error.get("decline_code") or "")
    if code in _TRANSIENT_CODES or decline_code in _TRANSIENT_CODES:
        raise GatewayTransientError(f"Stripe: {code}") from None
    reason = _REASONS.get(decline_code) or _REASONS.get(code) or DeclineReason.CARD_DECLINED
    intent = error.get("payment_intent") or {}
    log.info("stripe: card declined (%s/%s)", code, decline_code)
    return ChargeResult.decline(reason, intent.get("id") if isinstance(intent, dict) else None)


def _permanent(exc: stripe.StripeError) -> GatewayError:
    return GatewayError(f"Stripe refused the request: {type(exc).__name__} {exc.code or ''}")


def _translate(exc: stripe.StripeError) -> GatewayError:
    if isinstance(exc, stripe.RateLimitError | stripe.APIConnectionError | stripe.APIError):
        return GatewayTransientError(f"Stripe did not answer: {type(exc).__name__}")
    return _permanent(exc)
