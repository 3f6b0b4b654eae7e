"""The word record :func:`catalog.normalise.analyse` reads, and the one way numbers are written.
Shared by :mod:`catalog.numbers` and :mod:`catalog.number_slips` (re-exported by the first)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

__all__ = ["FUZZY_WORD_CUTOFF", "FUZZY_WORD_LENGTH", "Word", "canonical_number"]

# Filler phrases, number and unit words this long are recognised one slip away.
FUZZY_WORD_LENGTH = 5
FUZZY_WORD_CUTOFF = 85.0


@dataclass(slots=True)
class Word:
    """A word while :func:`catalog.normalise.analyse` reads it, before it becomes a token."""

    surface: str  # lower case, accents kept
    plain: str  # accents stripped
    glued: bool = False
    number: str | None = None  # canonical digits when this word is (or became) a number
    words: int = 1  # how many spoken words made it
    stop: bool = False
    prefix: bool = False  # only the start of a name was said ("igl-something": catalog.hedges)


def canonical_number(value: Decimal) -> str:
    """The one way a number is written in tokens: "1.50" and "1,5" are "1.5", "500.0" is "500"."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
