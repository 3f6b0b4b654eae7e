"""Money as integer minor units with a currency, never float."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

# Minor-unit exponent per ISO 4217 currency we handle; all current ones use cents.
_EXPONENT = {"EUR": 2, "USD": 2, "GBP": 2, "CAD": 2, "CHF": 2}
_AMOUNT_RE = re.compile(r"^\s*(\d+(?:[.,]\d{1,2})?)\s*([A-Za-z]{3})\s*$")


class MoneyError(ValueError):
    """An amount or currency that cannot be money."""


@dataclass(frozen=True, order=True)
class Money:
    minor: int
    currency: str

    def __post_init__(self) -> None:
        if self.currency not in _EXPONENT:
            raise MoneyError(f"unsupported currency {self.currency!r}")
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise MoneyError("minor units must be an int")

    @classmethod
    def of(cls, amount: Decimal | int | str, currency: str) -> Money:
        """Build from a decimal amount in major units ("7.99", Decimal("7.99"), 7)."""
        currency = currency.upper()
        if currency not in _EXPONENT:
            raise MoneyError(f"unsupported currency {currency!r}")
        if isinstance(amount, float):
            raise MoneyError("money is never a float")
        try:
            value = Decimal(str(amount).replace(",", "."))
        except InvalidOperation as exc:
            raise MoneyError(f"not an amount: {amount!r}") from exc
        if not value.is_finite():
            raise MoneyError(f"not an amount: {amount!r}")
        scale = Decimal(10) ** _EXPONENT[currency]
        return cls(int((value * scale).quantize(Decimal(1), rounding=ROUND_HALF_UP)), currency)

    @classmethod
    def parse(cls, text: str) -> Money:
        """Parse a feed-style price such as ``7.99 EUR``."""
        match = _AMOUNT_RE.match(text or "")
        if not match:
            raise MoneyError(f"not a price like '7.99 EUR': {text!r}")
        return cls.of(match.group(1), match.group(2))

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @property
    def amount(self) -> Decimal:
        return Decimal(self.minor).scaleb(-_EXPONENT[self.currency])

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def __mul__(self, times: int) -> Money:
        if not isinstance(times, int):
            raise MoneyError("money is multiplied by whole quantities only")
        return Money(self.minor * times, self.currency)

    def _same(self, other: Money) -> None:
        if self.currency != other.currency:
            raise MoneyError(f"cannot mix {self.currency} and {other.currency}")

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}"

    def to_json(self) -> dict:
        return {"minor": self.minor, "currency": self.currency}

    @classmethod
    def from_json(cls, data: dict) -> Money:
        return cls(int(data["minor"]), str(data["currency"]))
