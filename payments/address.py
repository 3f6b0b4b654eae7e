"""A delivery address structured enough to be read out short ("12 rue des Lilas, Paris") and
printed in the destination country's format.

Two formats are first-class (others are accepted loosely: a postal code and a city):

    FR   Camille Martin              US   Jane Doe
         12 rue des Lilas                 350 Fifth Avenue
         Bâtiment B (line2)               Suite 200 (line2)
         75011 PARIS                      NEW YORK NY 10118

- FR: the postal code is 5 digits and comes before the city; there is no region.
- US: the region is the two-letter state (or territory) code, the ZIP code is 5 digits or ZIP+4
  (``10118-0110``), and the last line is city, state, ZIP.

``parse_address`` reads the one-line forms people type in a terminal:
``"12 rue des Lilas, 75011 Paris"`` and ``"350 Fifth Avenue, New York, NY 10118"`` (either may
carry a second street line after the first comma).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from payments.cards import clean_no_pan
from payments.errors import InvalidAddress

_COUNTRY_RE = re.compile(r"^[A-Z]{2}$")


def _invalid(field: str, message: str) -> InvalidAddress:
    """An ``InvalidAddress`` naming the field at fault (``error.field``), for forms."""
    error = InvalidAddress(message)
    error.field = field  # type: ignore[attr-defined]
    return error


_MAX = 100
_FR_POSTAL_RE = re.compile(r"^[0-9]{5}$")
_US_ZIP_RE = re.compile(r"^[0-9]{5}(?:-[0-9]{4})?$")

# fmt: off
US_STATES = frozenset({
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
    "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
    "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
    "VT", "VA", "WA", "WV", "WI", "WY", "AS", "GU", "MP", "PR", "VI", "AA", "AE", "AP",
})
# fmt: on
"""USPS codes: the 50 states, DC, the inhabited territories and the military 'states'."""


@dataclass(frozen=True)
class Address:
    """A postal address. ``country`` is ISO 3166-1 alpha-2 (``FR``, ``US``); ``line2`` is
    optional; ``region`` is the US state code (empty in France).

    Built only valid: an ``Address`` that exists can be shipped to and read out.
    """

    recipient: str
    line1: str
    postal_code: str
    city: str
    country: str
    line2: str = ""
    region: str = ""

    def __post_init__(self) -> None:
        for name in ("recipient", "line1", "line2", "postal_code", "city", "country", "region"):
            value = getattr(self, name)
            if not isinstance(value, str):
                raise _invalid(name, f"address {name} must be text")
            value = " ".join(value.split())
            if len(value) > _MAX:
                raise _invalid(name, f"address {name} is longer than {_MAX} characters")
            clean_no_pan(value, f"address {name}")
            object.__setattr__(self, name, value)
        for name in ("recipient", "line1", "postal_code", "city"):
            if not getattr(self, name):
                raise _invalid(name, f"address {name} is required")
        object.__setattr__(self, "country", self.country.upper())
        object.__setattr__(self, "region", self.region.upper())
        if not _COUNTRY_RE.match(self.country):
            raise _invalid("country", "address country must be a two-letter ISO code such as FR")
        if self.country == "FR":
            if not _FR_POSTAL_RE.match(self.postal_code):
                raise _invalid("postal_code", "a French postal code is 5 digits, such as 75011")
            if self.region:
                raise _invalid("region", "a French address has no region")
        elif self.country == "US":
            if not _US_ZIP_RE.match(self.postal_code):
                raise _invalid("postal_code", "a US ZIP code is 5 digits (or ZIP+4), such as 10118")
            if self.region not in US_STATES:
                raise _invalid("region", "a US address needs its state code, such as NY")

    def short(self) -> str:
        """What a voice reads: street and city."""
        return f"{self.line1}, {self.city}"

    def lines(self) -> tuple[str, ...]:
        """The address as printed on an envelope in its country (see the module docstring)."""
        if self.country == "US":
            last = f"{self.city.upper()} {self.region} {self.postal_code}"
        elif self.country == "FR":
            last = f"{self.postal_code} {self.city.upper()}"
        else:
            last = " ".join(p for p in (self.postal_code, self.city, self.region) if p)
        return tuple(
            line for line in (self.recipient, self.line1, self.line2, last, self.country) if line
        )

    def to_json(self) -> dict:
        """``region`` only when there is one (a French address keeps its six fields)."""
        data = {
            "recipient": self.recipient,
            "line1": self.line1,
            "line2": self.line2,
            "postal_code": self.postal_code,
            "city": self.city,
            "country": self.country,
        }
        if self.region:
            data["region"] = self.region
        return data

    @classmethod
    def from_json(cls, data: dict) -> Address:
        return cls(
            recipient=data["recipient"],
            line1=data["line1"],
            line2=data.get("line2", ""),
            postal_code=data["postal_code"],
            city=data["city"],
            country=data["country"],
            region=data.get("region", ""),
        )


_FR_LINE_RE = re.compile(r"^(?P<postal>[0-9]{5})\s+(?P<city>\S.*)$")
_US_LINE_RE = re.compile(r"^(?P<region>[A-Za-z]{2})\s+(?P<postal>[0-9]{5}(?:-[0-9]{4})?)$")
_OTHER_LINE_RE = re.compile(r"^(?P<postal>[A-Z0-9][A-Z0-9 -]{2,9}?)\s+(?P<city>\S.*)$")

EXAMPLES = {
    "FR": "12 rue des Lilas, 75011 Paris",
    "US": "350 Fifth Avenue, New York, NY 10118",
}


def parse_address(text: str, recipient: str, country: str) -> Address:
    """One line of text → an ``Address``, in the format of ``country`` (see the module docstring).

    Raises ``InvalidAddress`` with an example of the expected form.
    """
    country = (country or "").strip().upper()
    parts = [" ".join(p.split()) for p in (text or "").split(",")]
    parts = [p for p in parts if p]
    example = EXAMPLES.get(country, EXAMPLES["FR"])
    shape = _invalid("line1", f'a {country or "FR"} address looks like "{example}"')
    if country == "US":
        if len(parts) not in (3, 4):
            raise shape
        match = _US_LINE_RE.match(parts[-1])
        if not match:
            raise shape
        return Address(
            recipient=recipient,
            line1=parts[0],
            line2=parts[1] if len(parts) == 4 else "",
            city=parts[-2],
            region=match["region"],
            postal_code=match["postal"],
            country="US",
        )
    if len(parts) not in (2, 3):
        raise shape
    match = (_FR_LINE_RE if country == "FR" else _OTHER_LINE_RE).match(parts[-1])
    if not match:
        raise shape
    return Address(
        recipient=recipient,
        line1=parts[0],
        line2=parts[1] if len(parts) == 3 else "",
        postal_code=match["postal"],
        city=match["city"],
        country=country,
    )
