"""Card facts we may keep (brand, last four digits, expiry) and the guard against card numbers.

echoppe never stores a card number (PAN) or a CVV: a payment method is a gateway token plus the
facts below, which are enough to say "your Visa ending in 4242". ``clean_no_pan`` rejects any
text holding 13 to 19 digits in a row (spaces or dashes allowed between them), the length of
every PAN, wherever a token, a name or an address is about to be stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from payments.errors import InvalidCard, LooksLikeCardNumber
from payments.text import clean_text

_PAN_RE = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")
_LAST4_RE = re.compile(r"^[0-9]{4}$")
_BRAND_RE = re.compile(r"^[a-z_]{2,20}$")

BRAND_NAMES = {
    "visa": "Visa",
    "mastercard": "Mastercard",
    "amex": "American Express",
    "cartes_bancaires": "Carte Bancaire",
    "discover": "Discover",
    "diners": "Diners Club",
    "jcb": "JCB",
    "unionpay": "UnionPay",
}


def looks_like_pan(text: str) -> bool:
    """True when ``text`` holds 13–19 digits in a row, optionally split by spaces or dashes."""
    return bool(_PAN_RE.search(text))


def clean_no_pan(value: str, field: str) -> str:
    """Return ``value`` unless it looks like a card number, or cannot be stored (``clean_text``);
    the error names the field only."""
    clean_text(value, field)
    if looks_like_pan(value):
        raise LooksLikeCardNumber(f"{field} looks like a card number; store a gateway token")
    return value


@dataclass(frozen=True)
class CardFacts:
    """The only card facts echoppe keeps. No field can hold a card number or a CVV."""

    brand: str
    last4: str
    exp_month: int
    exp_year: int

    def __post_init__(self) -> None:
        if not _BRAND_RE.match(self.brand):
            raise InvalidCard("brand must be a short lowercase code such as 'visa'")
        if not _LAST4_RE.match(self.last4):
            raise InvalidCard("last4 must be four digits")
        if not (isinstance(self.exp_month, int) and 1 <= self.exp_month <= 12):
            raise InvalidCard("expiry month must be 1–12")
        if not (isinstance(self.exp_year, int) and 2000 <= self.exp_year <= 2100):
            raise InvalidCard("expiry year must be a four-digit year")

    @property
    def brand_name(self) -> str:
        return BRAND_NAMES.get(self.brand, self.brand.replace("_", " ").title())

    @property
    def expiry(self) -> str:
        """Like ``12/2030``."""
        return f"{self.exp_month:02d}/{self.exp_year}"

    def expired(self, now: float) -> bool:
        """A card is valid through the last day of its expiry month (UTC)."""
        today = datetime.fromtimestamp(now, UTC)
        return (today.year, today.month) > (self.exp_year, self.exp_month)

    def spoken(self) -> str:
        """Like ``Visa ending in 4242``."""
        return f"{self.brand_name} ending in {self.last4}"

    def to_json(self) -> dict:
        return {
            "brand": self.brand,
            "last4": self.last4,
            "exp_month": self.exp_month,
            "exp_year": self.exp_year,
        }

    @classmethod
    def from_json(cls, data: dict) -> CardFacts:
        return cls(
            brand=str(data["brand"]),
            last4=str(data["last4"]),
            exp_month=int(data["exp_month"]),
            exp_year=int(data["exp_year"]),
        )


@dataclass(frozen=True)
class CardOnFile:
    """What a gateway tells us about a token: the token to charge, and its card facts."""

    token: str
    card: CardFacts
