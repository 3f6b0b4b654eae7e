"""Numbers said with their sign: below zero (« moins cinq degrés », "minus 10"), and values
such as dioptres ("minus two fifty" → -2.5, « plus un soixante-quinze » → 1.75). Read after
the other number words (:func:`catalog.numbers.read_numbers_and_units`)."""

from __future__ import annotations

from decimal import Decimal

from catalog.number_words import MINUS, MULTIPLIERS, PLUS
from catalog.word_record import Word, canonical_number

__all__ = ["signed_values"]


def signed_values(words: list[Word], lang: str) -> list[Word]:
    """A number said below zero as one number: « moins cinq (degrés) », "minus 10" (a title's
    "-5 °C" is written so before it is read) → -5. In a shop's words, that is a temperature.
    After a sign, two numbers in a row are units and hundredths, as dioptres are said: "minus
    two fifty" → -2.5, « plus un soixante-quinze » → 1.75 (the "plus" left as said)."""
    minus, plus = MINUS.get(lang, ""), PLUS.get(lang, "")
    out: list[Word] = []
    at = 0
    while at < len(words):
        word = words[at]
        previous = out[-1] if out else None
        before = out[-2] if len(out) > 1 else None
        at += 1
        if (
            word.number is None
            or word.number.startswith("-")
            or previous is None
            or previous.plain not in (minus, plus)
            or (before is not None and before.number is not None)
        ):
            out.append(word)
            continue
        hundredths = _hundredths(word, words[at] if at < len(words) else None)
        if _read_as_hundreds(word):  # "two fifty" was read 250: after a sign, 2.50
            number = canonical_number(Decimal(word.number) / 100)
            word = Word(word.surface, word.plain, word.glued, number, word.words)
        elif hundredths is not None:
            nxt = words[at]
            at += 1
            surface = f"{word.surface} {nxt.surface}"
            word = Word(surface, surface, nxt.glued, hundredths, word.words + nxt.words)
        if previous.plain == minus:
            surface = f"{previous.surface} {word.surface}"
            out[-1] = Word(surface, surface, word.glued, f"-{word.number}", word.words + 1)
        else:
            out.append(word)
    return out


def _read_as_hundreds(word: Word) -> bool:
    """Two number words read as hundreds ("two fifty" → 250, not "two hundred fifty")."""
    number = word.number or ""
    return (
        word.words == 2
        and number.isdigit()
        and 110 <= int(number) <= 999
        and int(number) % 100 >= 10
        and not any(w in MULTIPLIERS for w in word.surface.lower().split())
    )


def _hundredths(units: Word, nxt: Word | None) -> str | None:
    """``units`` and the two-digit number said right after it as one number with hundredths
    ("two fifty" → 2.5), or None."""
    if nxt is None or nxt.number is None or "." in (units.number or "") or "." in nxt.number:
        return None
    if not 10 <= int(nxt.number) <= 99 or nxt.surface[:1].isdigit():
        return None
    return canonical_number(Decimal(units.number or "0") + Decimal(nxt.number) / 100)
