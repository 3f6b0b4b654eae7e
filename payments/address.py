"""A delivery address structured enough to be read out short ("12 rue des Lilas, Paris")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from payments.cards import clean_no_pan
from payments.errors import InvalidAddress

_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
_MAX = 100


@dataclass(frozen=True)
class Address:
    """A postal address. ``country`` is ISO 3166-1 alpha-2 (``FR``); ``line2`` is optional.

    Built only valid: an ``Address`` that exists can be shipped to and read out.
    """

    recipient: str
    line1: str
    postal_code: str
    city: str
    country: str
    line2: str = ""

    def __post_init__(self) -> None:
        for name in ("recipient", "line1", "line2", "postal_code", "city", "country"):
            value = getattr(self, name)
            if not isinstance(value, str):
                raise InvalidAddress(f"address {name} must be text")
            value = " ".join(value.split())
            if len(value) > _MAX:
                raise InvalidAddress(f"address {name} is longer than {_MAX} characters")
            clean_no_pan(value, f"address {name}")
            object.__setattr__(self, name, value)
        for name in ("recipient", "line1", "postal_code", "city"):
            if not getattr(self, name):
                raise InvalidAddress(f"address {name} is required")
        object.__setattr__(self, "country", self.country.upper())
        if not _COUNTRY_RE.match(self.country):
            raise InvalidAddress("address country must be a two-letter ISO code such as FR")

    def short(self) -> str:
        """What a voice reads: street and city."""
        return f"{self.line1}, {self.city}"

    def to_json(self) -> dict:
        return {
            "recipient": self.recipient,
            "line1": self.line1,
            "line2": self.line2,
            "postal_code": self.postal_code,
            "city": self.city,
            "country": self.country,
        }

    @classmethod
    def from_json(cls, data: dict) -> Address:
        return cls(
            recipient=data["recipient"],
            line1=data["line1"],
            line2=data.get("line2", ""),
            postal_code=data["postal_code"],
            city=data["city"],
            country=data["country"],
        )
