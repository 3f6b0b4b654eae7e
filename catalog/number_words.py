"""The words of numbers, per language: number words, decimal marks, homophones, size markers.

:mod:`catalog.numbers` reads what was said with these tables; the word sets derived from them
(which words are number or unit words, which change how a number beside them reads) are
built here once per language. Each table has an entry per language; :func:`lang_table` falls
back to English for a language it lacks.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import TypeVar

from catalog.units import (
    CUBED_AFTER,
    CUBED_BEFORE,
    SQUARED_AFTER,
    SQUARED_BEFORE,
    TITLE_LETTER_UNITS,
    UNIT_CANON,
)

T = TypeVar("T")

__all__ = [
    "ARTICLE_ONES",
    "DECIMAL_MARK",
    "HALVES_SAID",
    "MINUS",
    "MULTIPLIERS",
    "NUMBERS",
    "NUMBER_AND",
    "NUMBER_HOMOPHONES",
    "NUMBER_SIGN",
    "NUMBER_SIGNS",
    "ONE_ARTICLES",
    "PART_DENOMINATORS",
    "PLUS",
    "PREPOSITIONS",
    "SIZE_MARKERS",
    "TENTHS_DENOMINATORS",
    "lang_table",
    "number_and_unit_words",
    "number_context_words",
    "number_names",
    "numberish_words",
    "spelled_digits",
]

NUMBERS = {
    "fr": {
        "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
        "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
        "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
        "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80,
        "octante": 80, "nonante": 90, "cent": 100, "cents": 100, "mille": 1000,
        "douzaine": 12,
    },
    "en": {
        "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
        "thousand": 1000, "dozen": 12,
        # Said in the plural for a size ("a pack of elevens", "bass strings fifties"); not
        # "ones", a pronoun ("the blue ones").
        "twos": 2, "threes": 3, "fours": 4, "fives": 5, "sixes": 6, "sevens": 7, "eights": 8,
        "nines": 9, "tens": 10, "elevens": 11, "twelves": 12, "thirteens": 13,
        "fourteens": 14, "fifteens": 15, "sixteens": 16, "seventeens": 17, "eighteens": 18,
        "nineteens": 19, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
        "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
    },
}  # fmt: skip
# "One" that is mostly an article: beside it a word is not where numbers are.
ARTICLE_ONES = {"fr": frozenset({"un", "une"}), "en": frozenset({"one", "a", "an"})}
# How a number below zero is said; the sign written before digits is read as this word.
MINUS = {"fr": "moins", "en": "minus"}
# Words that only say a number follows ("huîtres n° 3", « numéro trois », "number two"); the
# signs written "n°" and "#" are read as the first.
NUMBER_SIGN = "numero"
NUMBER_SIGNS = {
    "fr": frozenset({NUMBER_SIGN, "num", "no"}),
    "en": frozenset({NUMBER_SIGN, "number", "num", "no", "nr"}),
}
# The sign said before a number above zero ("plus one fifty" for +1.50 dioptres).
PLUS = {"fr": "plus", "en": "plus"}
# Words that join parts of one number ("vingt et un", "one hundred and five").
NUMBER_AND = {"fr": {"et"}, "en": {"and"}}
DECIMAL_MARK = {"fr": {"virgule", "point"}, "en": {"point", "dot"}}
# Recognisers write these for a number when a unit follows ("ocean to l", "sans litres").
NUMBER_HOMOPHONES = {
    "fr": {"sans": 100, "sang": 100, "sens": 100, "cette": 7, "set": 7, "si": 6, "scie": 6,
           "dis": 10, "dit": 10, "vin": 20, "vain": 20, "de": 2, "sain": 5, "sein": 5},
    "en": {"to": 2, "too": 2, "for": 4, "fore": 4, "won": 1, "ate": 8},
}  # fmt: skip
# "un litre et demi", "one and a half liters", "one and three quarter meters": what they add.
HALVES_SAID: dict[str, dict[tuple[str, ...], str]] = {
    "fr": {("et", "demi"): "0.5", ("et", "demie"): "0.5", ("et", "quart"): "0.25",
           ("et", "trois", "quarts"): "0.75"},
    "en": {("and", "a", "half"): "0.5", ("and", "half"): "0.5", ("and", "a", "quarter"): "0.25",
           ("and", "one", "quarter"): "0.25", ("and", "three", "quarters"): "0.75",
           ("and", "three", "quarter"): "0.75"},
}  # fmt: skip
# The part a number before them counts: « trois quarts », "five eighths" ("two quarts" of
# milk is the unit: an English quart is no part).
PART_DENOMINATORS = {
    "fr": {"quart": 4, "quarts": 4, "huitieme": 8, "huitiemes": 8},
    "en": {"quarter": 4, "quarters": 4, "eighth": 8, "eighths": 8, "sixteenth": 16,
           "sixteenths": 16, "half": 2, "halves": 2,
           "eights": 8},  # "three eights": the th of "eighths" unheard
}  # fmt: skip
# Parts any number below them may count: « vingt-cinq centièmes » (of a millimetre) is 0.25.
TENTHS_DENOMINATORS = {
    "fr": {"dixieme": 10, "dixiemes": 10, "centieme": 100, "centiemes": 100},
    "en": {"tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100},
}
MULTIPLIERS = {"cent", "cents", "mille", "hundred", "thousand"}
# "boîte de cent" is a box of 100: "de" before a singular multiplier is the preposition.
PREPOSITIONS = {"de"}
# Articles that say "one" before a measure unit ("a liter"); French "un" is a number word.
ONE_ARTICLES = {"fr": frozenset(), "en": frozenset({"a", "an"})}
# Words after which a lone "un"/"one" is a number, not an article.
SIZE_MARKERS = {
    "fr": {"taille", "lot", "pack", "paquet", "boite", "x", "par"},
    "en": {"size", "pack", "of", "x", "box", "set"},
}


def lang_table(table: Mapping[str, T], lang: str) -> T:
    """``lang``'s entry of a per-language table, the English one when ``lang`` has none."""
    return table.get(lang, table["en"])


@lru_cache(maxsize=8)
def number_and_unit_words(lang: str) -> frozenset[str]:
    """Number words, parts ("eighths", "sixteenths"), decimal marks and unit forms of ``lang``,
    folded."""
    return frozenset(
        (
            *lang_table(NUMBERS, lang),
            *lang_table(PART_DENOMINATORS, lang),
            *lang_table(DECIMAL_MARK, lang),
            *UNIT_CANON,
        )
    )


@lru_cache(maxsize=8)
def number_names(lang: str) -> dict[int, str]:
    """The word for each number, the first the table lists for it ("un", not "une")."""
    return {value: name for name, value in reversed(lang_table(NUMBERS, lang).items())}


@lru_cache(maxsize=8)
def numberish_words(lang: str) -> frozenset[str]:
    """Words after which a unit word is a unit ("taille litres" is "taille L")."""
    homophones = lang_table(NUMBER_HOMOPHONES, lang)
    return (
        number_and_unit_words(lang)
        | set(homophones)
        | {"a", "demi", "half"}
        | lang_table(SIZE_MARKERS, lang)
    )


@lru_cache(maxsize=4)
def spelled_digits(lang: str) -> frozenset[str]:
    """Number words that are only numbers (not "a", "un": articles too)."""
    return frozenset(w for w in lang_table(NUMBERS, lang) if w not in ("a", "an", "un", "une"))


def number_context_words(lang: str) -> frozenset[str]:
    """Number and unit words, and the words that change how a number next to them reads."""
    words = set(number_and_unit_words(lang))
    words |= lang_table(NUMBER_AND, lang) | lang_table(SIZE_MARKERS, lang) | MULTIPLIERS
    words |= set(lang_table(NUMBER_HOMOPHONES, lang))
    words |= SQUARED_AFTER.get(lang, frozenset()) | SQUARED_BEFORE.get(lang, frozenset())
    words |= CUBED_AFTER.get(lang, frozenset()) | CUBED_BEFORE.get(lang, frozenset())
    words |= set(TITLE_LETTER_UNITS)  # "10 A": a letter that is a unit after a number
    return frozenset(words)
