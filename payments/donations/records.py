"""Donation records: a charity's terms, the gift the donor agreed to, the donation as stored,
the results ``Donations.give`` answers, and the yearly history.

**Limits.** Per gift: the charity's ``minimum`` and ``maximum`` in its currency (defaults 1
and 500). Per donor and day (UTC): the service's ``daily_cap[currency]`` (default 1,000).

**Tax.** ``estimated_deductible``: ``fr-66``, 66 % of the gift comes off French income tax,
within 20 % of taxable income (which we do not know: say "up to"); ``us-501c3``, the whole gift
is deductible for a donor who itemizes. Estimates round down; amounts are ``Money``, never float.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from payments.address import Address
from payments.cards import CardFacts
from payments.charging import PaymentResult
from payments.errors import InvalidInput
from payments.ids import derive_id
from payments.money import Money
from payments.text import clean_text

DEFAULT_MINIMUM = 1
DEFAULT_MAXIMUM = 500
DEFAULT_DAILY_CAP = 1000
"""In major units of the gift's currency, when the content does not say."""
TAX_RULES = ("fr-66", "us-501c3")
FR_RATE_PERCENT = 66
FR_INCOME_CEILING_PERCENT = 20
_NONCE_RE = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
CHARITY_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
DONATION_ID_RE = re.compile(r"^d_[a-z2-7]{24}$")


# --- terms, agreements, records ----------------------------------------------------------------


@dataclass(frozen=True)
class CharityTerms:
    """What a charity accepts in one currency: the per-gift limits and its tax rule."""

    charity_id: str
    name: str
    currency: str
    given_minimum: Money | None = None
    given_maximum: Money | None = None
    tax_rule: str | None = None

    def __post_init__(self) -> None:
        clean_text(self.name, "charity name")
        if {self.minimum.currency, self.maximum.currency} != {self.currency}:
            raise InvalidInput("a charity's limits are in its currency")

    @property
    def minimum(self) -> Money:
        """The smallest gift: the charity's, else ``DEFAULT_MINIMUM``."""
        return self.given_minimum or Money.of(DEFAULT_MINIMUM, self.currency)

    @property
    def maximum(self) -> Money:
        """The largest gift: the charity's, else ``DEFAULT_MAXIMUM``."""
        return self.given_maximum or Money.of(DEFAULT_MAXIMUM, self.currency)

    @property
    def receipts(self) -> bool:
        """True when gifts to this charity can come with a tax receipt."""
        return self.tax_rule in TAX_RULES


def charity_terms(charities: Mapping[str, Any]) -> list[CharityTerms]:
    """Terms from content charities (``content.model.Charity``: ``.text[locale]`` with name,
    currency, minimum, maximum, tax_rule): one per charity and currency. Two locales in one
    currency keep the tighter limits."""
    terms: dict[tuple[str, str], CharityTerms] = {}
    for charity_id, charity in charities.items():
        for text in charity.text.values():
            key = (charity_id, text.currency)
            new = CharityTerms(
                charity_id, text.name, text.currency, text.minimum, text.maximum, text.tax_rule
            )
            old = terms.get(key)
            if old is not None:
                new = replace(
                    old,
                    given_minimum=max(old.minimum, new.minimum),
                    given_maximum=min(old.maximum, new.maximum),
                )
            terms[key] = new
    return list(terms.values())


def estimated_deductible(amount: Money, rule: str | None) -> Money:
    """What the gift may take off the donor's taxes, rounded down (an estimate: "up to")."""
    if rule == "fr-66":
        return Money(amount.minor * FR_RATE_PERCENT // 100, amount.currency)
    if rule == "us-501c3":
        return amount
    return Money.zero(amount.currency)


@dataclass(frozen=True)
class PendingDonation:
    """What the donor heard and agreed to. Keep it in conversation state (``to_json``).

    The ``nonce`` is drawn once, when the gift is read back; the donation id is derived from the
    owner, the nonce, the charity and the amount. ``tax_receipt``: the donor asked for one (their
    name and address then go to the charity).
    """

    nonce: str
    charity_id: str
    amount: Money
    tax_receipt: bool = False

    @classmethod
    def create(
        cls, charity_id: str, amount: Money, *, tax_receipt: bool = False, nonce: str | None = None
    ) -> PendingDonation:
        pending = cls(nonce or secrets.token_urlsafe(12), charity_id, amount, tax_receipt)
        return clean_pending_donation(pending)

    @property
    def currency(self) -> str:
        return self.amount.currency

    def to_json(self) -> dict:
        return {
            "nonce": self.nonce,
            "charity_id": self.charity_id,
            "amount": self.amount.to_json(),
            "tax_receipt": self.tax_receipt,
        }

    @classmethod
    def from_json(cls, data: dict) -> PendingDonation:
        return cls(
            nonce=data["nonce"],
            charity_id=data["charity_id"],
            amount=Money.from_json(data["amount"]),
            tax_receipt=bool(data.get("tax_receipt", False)),
        )


def clean_pending_donation(pending: PendingDonation) -> PendingDonation:
    """The guard before any money moves."""
    if not isinstance(pending, PendingDonation):
        raise InvalidInput("a PendingDonation is required")
    if not isinstance(pending.nonce, str) or not _NONCE_RE.match(pending.nonce):
        raise InvalidInput("the nonce is 8–64 URL-safe characters")
    if not isinstance(pending.charity_id, str) or not CHARITY_RE.match(pending.charity_id):
        raise InvalidInput("not a charity id")
    if not isinstance(pending.amount, Money) or pending.amount.minor <= 0:
        raise InvalidInput("a gift is positive Money")
    if not isinstance(pending.tax_receipt, bool):
        raise InvalidInput("tax_receipt is a bool")
    return pending


def derive_donation_id(owner: str, pending: PendingDonation) -> str:
    """A hash of the owner, the nonce, the charity and the amount: the same gift, the same id."""
    return derive_id(
        "d_",
        {
            "owner": owner,
            "nonce": pending.nonce,
            "charity": pending.charity_id,
            "amount": pending.amount.to_json(),
        },
    )


def clean_donation_id(donation_id: str) -> str:
    if not isinstance(donation_id, str) or not DONATION_ID_RE.match(donation_id):
        raise InvalidInput("not a donation id")
    return donation_id


def donation_charge_key(donation_id: str) -> str:
    """The charge's idempotency key: one per donation, never random."""
    return f"echoppe-{donation_id}-charge"


class DonationState(StrEnum):
    CHARGING = "charging"
    PAYMENT_UNKNOWN = "payment_unknown"
    DECLINED = "declined"
    GIVEN = "given"


@dataclass(frozen=True)
class Donation:
    """A donation as stored (``keys.donation_key``); ``version`` is the store version read."""

    donation_id: str
    owner: str
    charity_id: str
    charity_name: str
    amount: Money
    tax_rule: str | None
    tax_receipt: bool
    donor: Address | None
    """The wallet's name and address, kept only when the donor asked for a tax receipt."""
    created_at: int
    day: str
    state: DonationState
    method_id: str
    card: CardFacts
    token: str
    charge_id: str | None = None
    failure_reason: str | None = None
    lease_until: int | None = None
    pin_ok_until: int | None = None
    claim: str | None = None
    updated_at: int = 0
    version: int = 0

    @property
    def currency(self) -> str:
        return self.amount.currency

    @property
    def deductible(self) -> Money:
        return estimated_deductible(self.amount, self.tax_rule)

    def to_json(self) -> dict:
        return {
            "donation_id": self.donation_id,
            "owner": self.owner,
            "charity_id": self.charity_id,
            "charity_name": self.charity_name,
            "amount": self.amount.to_json(),
            "tax_rule": self.tax_rule,
            "tax_receipt": self.tax_receipt,
            "donor": self.donor.to_json() if self.donor else None,
            "created_at": self.created_at,
            "day": self.day,
            "state": self.state.value,
            "method_id": self.method_id,
            "card": self.card.to_json(),
            "token": self.token,
            "charge_id": self.charge_id,
            "failure_reason": self.failure_reason,
            "lease_until": self.lease_until,
            "pin_ok_until": self.pin_ok_until,
            "claim": self.claim,
            "updated_at": self.updated_at,
        }

    @classmethod
    def from_json(cls, data: dict, version: int) -> Donation:
        return cls(
            donation_id=data["donation_id"],
            owner=data["owner"],
            charity_id=data["charity_id"],
            charity_name=data["charity_name"],
            amount=Money.from_json(data["amount"]),
            tax_rule=data.get("tax_rule"),
            tax_receipt=bool(data["tax_receipt"]),
            donor=Address.from_json(data["donor"]) if data.get("donor") else None,
            created_at=int(data["created_at"]),
            day=data["day"],
            state=DonationState(data["state"]),
            method_id=data["method_id"],
            card=CardFacts.from_json(data["card"]),
            token=data["token"],
            charge_id=data.get("charge_id"),
            failure_reason=data.get("failure_reason"),
            lease_until=data.get("lease_until"),
            pin_ok_until=data.get("pin_ok_until"),
            claim=data.get("claim"),
            updated_at=int(data.get("updated_at", 0)),
            version=version,
        )


# --- results ------------------------------------------------------------------------------------


class GiveStatus(StrEnum):
    GIVEN = "given"
    DECLINED = "declined"
    """``decline_reason`` says why (a ``gateway.DeclineReason`` value); nothing was charged."""
    RETRY_LATER = "retry_later"
    """The gateway did not answer; ``give`` again (no PIN needed for ``pin_grace``)."""
    IN_PROGRESS = "in_progress"
    PIN_REQUIRED = "pin_required"
    NO_WALLET = "no_wallet"
    WRONG_PIN = "wrong_pin"
    LOCKED = "locked"
    UNKNOWN_CHARITY = "unknown_charity"
    CURRENCY_NOT_ACCEPTED = "currency_not_accepted"
    """The charity does not take gifts in this currency; ``limit`` is None."""
    BELOW_MINIMUM = "below_minimum"
    """``limit``: the charity's minimum."""
    ABOVE_MAXIMUM = "above_maximum"
    """``limit``: the charity's maximum."""
    DAILY_CAP = "daily_cap"
    """``limit``: what the donor may still give today in this currency (maybe zero)."""


@dataclass(frozen=True)
class GiveResult(PaymentResult):
    status: GiveStatus
    donation: Donation | None = None
    limit: Money | None = None


@dataclass(frozen=True)
class CharityTotal:
    charity_id: str
    charity_name: str
    tax_rule: str | None
    total: Money
    deductible: Money
    """``estimated_deductible`` of ``total``."""
    gifts: int


@dataclass(frozen=True)
class DonationHistory:
    """The donor's gifts of one calendar year (UTC), per charity and currency."""

    year: int
    charities: tuple[CharityTotal, ...]

    @property
    def totals(self) -> dict[str, Money]:
        """Given in all, per currency."""
        return _sum_by_currency(line.total for line in self.charities)

    def deductible(self, rule: str) -> dict[str, Money]:
        """The estimated deductible amount under ``rule``, per currency (zero rules left out)."""
        lines = [line.deductible for line in self.charities if line.tax_rule == rule]
        return {c: m for c, m in _sum_by_currency(lines).items() if m.minor}


def _sum_by_currency(amounts: Iterable[Money]) -> dict[str, Money]:
    out: dict[str, Money] = {}
    for amount in amounts:
        out[amount.currency] = out.get(amount.currency, Money.zero(amount.currency)) + amount
    return out
