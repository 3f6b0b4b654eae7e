"""How a run of number words adds up ("quatre-vingt-dix-neuf" is 99, "two hundred and five"
205, "quatre cent euh cinquante" 450): :func:`number_run`, for :mod:`catalog.numbers` and
:mod:`catalog.number_homophones`."""

from __future__ import annotations

from catalog.lexicon import hesitation
from catalog.number_words import NUMBER_AND, NUMBERS, lang_table
from catalog.word_record import Word

__all__ = ["number_run"]

# Words after which a number counts times, not more of the number before it.
_TIMES = {"fr": frozenset({"fois"}), "en": frozenset({"times"})}


def number_run(words: list[Word], start: int, lang: str) -> tuple[int, int]:
    """Read number words from ``start``; return (value, index after the run)."""
    table = lang_table(NUMBERS, lang)
    ands = lang_table(NUMBER_AND, lang)
    total = current = 0
    last: int | None = None
    j = start
    while j < len(words):
        plain = words[j].plain
        if (
            plain in ands
            and last in (20, 30, 40, 50, 60, 70, 80, 90, 100, 1000)
            and j + 1 < len(words)
            and words[j + 1].plain in table
        ):
            j += 1
            continue
        if (
            hesitation(plain, lang)
            and last is not None
            and j + 1 < len(words)
            and words[j + 1].plain in table
            and words[j + 1].number is None
        ):
            j += 1  # "quatre cent euh cinquante grammes": the number goes on
            continue
        if plain not in table or words[j].number is not None:
            break
        if last is not None and j + 1 < len(words) and words[j + 1].plain in _TIMES.get(lang, ()):
            break  # "lot de mille deux fois": a thousand, twice
        value = table[plain]
        if value == 100:
            if current >= 100:
                break
            current = (current or 1) * 100
        elif value == 1000:
            if total:
                break
            total, current = (current or 1) * 1000, 0
        elif last is not None and last not in (100, 1000):
            if lang == "fr" and value == 20 and last == 4:
                current += 76  # quatre-vingt(s)
                last = value
                j += 1
                continue
            teen_after_tens = value < 20 and (
                last in (60, 80) or (last == 20 and current % 100 == 80)
            )
            if last < 10 or (10 <= last < 20 and not _teen(lang, last, value)):
                break  # "dix quatre virgule cinq" is 10 and 4.5 (14 is « quatorze »)
            if value >= 10 and not teen_after_tens:
                break
            current += value
        else:
            current += value
        last = value
        j += 1
    return total + current, j


def _teen(lang: str, last: int, value: int) -> bool:
    """« dix-sept », « dix-huit », « dix-neuf » are said in two words; no other teen is."""
    return lang == "fr" and last == 10 and value in (7, 8, 9)
