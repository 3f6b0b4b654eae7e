"""Days are UTC calendar days (as the donations' daily cap): ``[start, end)`` in Unix seconds."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

MAX_DAYS = 366
"""The longest range a report covers."""


def day_of(timestamp: float) -> date:
    return datetime.fromtimestamp(timestamp, UTC).date()


def start_of(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())


def parse_day(text: str) -> date:
    """``YYYY-MM-DD``; ``ValueError`` otherwise."""
    return date.fromisoformat(text.strip())


@dataclass(frozen=True)
class DayRange:
    first: date
    last: date
    """Inclusive."""

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError("the range ends before it starts")
        if (self.last - self.first).days + 1 > MAX_DAYS:
            raise ValueError(f"a report covers at most {MAX_DAYS} days")

    @classmethod
    def ending(cls, last: date, days: int) -> DayRange:
        return cls(last - timedelta(days=days - 1), last)

    def __iter__(self) -> Iterator[date]:
        day = self.first
        while day <= self.last:
            yield day
            day += timedelta(days=1)

    def __len__(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def since(self) -> int:
        return start_of(self.first)

    @property
    def until(self) -> int:
        return start_of(self.last + timedelta(days=1))
