"""Numbers said with their sign: below zero (« moins cinq degrés », "minus 10"), and values
such as dioptres ("minus two fifty" → -2.5, « plus un soixante-quinze » → 1.75). Read after
the other number words (:func:`catalog.numbers.read_numbers_and_units`)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from catalog.number_words import MINUS, MULTIPLIERS, PLUS
from catalog.units import is_unit
from catalog.word_record import Word, canonical_number

__all__ = ["signed_values"]


def signed_values(
    words: list[Word], lang: str, known: Callable[[str], bool] | None = None
) -> list[Word]:
    """A number said below zero as one number: « moins cinq (degrés) », "minus 10" (a title's
    "-5 °C" is written so before it is read) → -5. In a shop's words, that is a temperature.
    After a sign, two numbers in a row are units and hundredths, as dioptres are said: "minus
    two fifty" → -2.5, « plus un soixante-quinze » → 1.75 (the "plus" left as said); without
    a sign too where the catalog (``known``) has that value and lacks the two numbers said
    (« bleu marine un cinquante » for +1,50)."""
    minus, plus = MINUS.get(lang, ""), PLUS.get(lang, "")
    out: list[Word] = []
    at = 0
    while at < len(words):
        word = words[at]
        previous = out[-1] if out else None
        before = out[-2] if len(out) > 1 else None
        at += 1
        signed = previous is not None and previous.plain in (minus, plus)
        unsigned = None if signed else _unsigned_value(word, words[at:], known)
        if unsigned is not None:
            out.append(unsigned)
            at += unsigned.words - word.words
            continue
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


def _unsigned_value(
    word: Word, rest: list[Word], known: Callable[[str], bool] | None
) -> Word | None:
    """``word`` (and the number said after it) read as units and hundredths without a sign,
    when the catalog has that value and not the number as read: "two fifty" read 250, « un
    cinquante » read 1 50, where titles say 2.50 and 1,50. None: read as it was."""
    if known is None or word.number is None or not word.number.isdigit() or word.glued:
        return None
    if word.surface[:1].isdigit():
        return None
    nxt = rest[0] if rest else None
    if _read_as_hundreds(word):
        value, used = canonical_number(Decimal(word.number) / 100), 0
    elif word.words == 1 and int(word.number) <= 9 and nxt is not None:
        hundredths = _hundredths(word, nxt)
        if hundredths is None or known(nxt.number or ""):
            return None
        if known(str(int(word.number) * 100 + int(nxt.number or "0"))):
            return None  # "two fifty" where the catalog has 250 ml
        value, used = hundredths, 1
    else:
        return None
    after = rest[used] if used < len(rest) else None
    if (known(word.number) and not used) or not known(value) or is_unit(after):
        return None
    surface = " ".join([word.surface, *(w.surface for w in rest[:used])])
    glued = rest[used - 1].glued if used else word.glued
    return Word(surface, surface, glued, value, word.words + sum(w.words for w in rest[:used]))
