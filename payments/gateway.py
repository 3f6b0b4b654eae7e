"""The gateway interface: what checkout asks of any payment processor, and what it answers.

A gateway either **decides** or **raises**:

- ``charge`` returns a ``ChargeResult``: approved (with the gateway's charge id) or declined
  (with a ``DeclineReason`` the conversation can say);
- it raises ``GatewayTransientError`` when it could not decide (timeout, rate limit, 5xx). The
  money may or may not have moved, so the caller retries later **with the same idempotency
  key**; the gateway then answers the first attempt's outcome instead of charging again;
- it raises ``GatewayError`` when it refused the request itself (bad API key, unknown token,
  a key reused with other parameters): nothing was charged.

``refund`` works the same way. Implementations: ``sandbox.SandboxGateway`` (embedded default,
test tokens, persistent in the store) and ``stripe_gateway.StripeGateway``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from payments.cards import CardOnFile, clean_no_pan
from payments.errors import InvalidInput
from payments.money import Money

_KEY_RE = re.compile(r"^[A-Za-z0-9._:-]{8,255}$")


class DeclineReason(StrEnum):
    CARD_DECLINED = "card_declined"
    INSUFFICIENT_FUNDS = "insufficient_funds"
    EXPIRED_CARD = "expired_card"
    AUTHENTICATION_REQUIRED = "authentication_required"
    """The bank wants the shopper to confirm (SCA) and the shopper is not at a screen."""
    GATEWAY_REFUSED = "gateway_refused"
    """Not the bank: the gateway refused the request (configuration, unknown token)."""


@dataclass(frozen=True)
class ChargeResult:
    approved: bool
    charge_id: str | None = None
    decline_reason: DeclineReason | None = None

    @classmethod
    def approve(cls, charge_id: str) -> ChargeResult:
        return cls(approved=True, charge_id=charge_id)

    @classmethod
    def decline(cls, reason: DeclineReason, charge_id: str | None = None) -> ChargeResult:
        return cls(approved=False, charge_id=charge_id, decline_reason=reason)


@dataclass(frozen=True)
class RefundResult:
    approved: bool
    refund_id: str | None = None
    reason: str | None = None


class Gateway(Protocol):
    """What checkout and the wallet need from a payment processor."""

    name: str

    def describe(self, token: str) -> CardOnFile:
        """The card behind ``token``; raises ``UnknownPaymentMethod``."""

    def charge(
        self, token: str, amount: Money, idempotency_key: str, description: str
    ) -> ChargeResult:
        """Charge ``amount`` once per ``idempotency_key``; see the module docstring."""

    def refund(self, charge_id: str, amount: Money, idempotency_key: str) -> RefundResult:
        """Refund ``amount`` of ``charge_id`` once per ``idempotency_key``."""


def clean_idempotency_key(key: str) -> str:
    if not isinstance(key, str) or not _KEY_RE.match(key):
        raise InvalidInput("an idempotency key is 8–255 characters of [A-Za-z0-9._:-]")
    return key


def clean_amount(amount: Money) -> Money:
    if not isinstance(amount, Money) or amount.minor <= 0:
        raise InvalidInput("an amount to move must be positive Money")
    return amount


def clean_charge(token: str, amount: Money, idempotency_key: str) -> None:
    """The guard every gateway runs before a charge."""
    if not isinstance(token, str) or not token:
        raise InvalidInput("a payment token is required")
    clean_no_pan(token, "payment token")
    clean_amount(amount)
    clean_idempotency_key(idempotency_key)


def clean_refund(charge_id: str, amount: Money, idempotency_key: str) -> None:
    """The guard every gateway runs before a refund."""
    if not isinstance(charge_id, str) or not charge_id:
        raise InvalidInput("a charge id is required")
    clean_amount(amount)
    clean_idempotency_key(idempotency_key)
