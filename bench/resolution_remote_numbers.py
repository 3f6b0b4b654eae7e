"""Numbers, codes and units as the remote half's shoppers say them and a recogniser writes them.

:func:`say_size` turns a said form with digits ("650 mm", "5W30", "force 2,5", "H7") into what
is heard: the digits as words or not, the units as words or not, and in words the letters of a
code by their names (« ache sept », "double u"), a decimal the way people round it off
(« deux et demi », « deux kilos trois », "point seven three")."""

from __future__ import annotations

import random
import re

_FR_UNITS = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
             "onze", "douze", "treize", "quatorze", "quinze", "seize")  # fmt: skip
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
_EN_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen")  # fmt: skip
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def french(n: int) -> str:
    """French number words, spaced as a recogniser writes them (« soixante et onze »)."""
    if n < 17:
        return _FR_UNITS[n]
    if n < 20:
        return f"dix {_FR_UNITS[n - 10]}"
    if n < 70:
        tens, unit = divmod(n, 10)
        if unit == 0:
            return _FR_TENS[tens]
        return f"{_FR_TENS[tens]} {'et un' if unit == 1 else _FR_UNITS[unit]}"
    if n < 80:
        return "soixante et onze" if n == 71 else f"soixante {french(n - 60)}"
    if n < 100:
        return "quatre vingts" if n == 80 else f"quatre vingt {french(n - 80)}"
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "cent" if hundreds == 1 else f"{_FR_UNITS[hundreds]} cent"
        if rest == 0:
            return head if hundreds == 1 else f"{head}s"
        return f"{head} {french(rest)}"
    thousands, rest = divmod(n, 1000)
    head = "mille" if thousands == 1 else f"{french(thousands)} mille"
    return f"{head} {french(rest)}" if rest else head


def english(n: int) -> str:
    """English number words, American style ("one hundred five", no "and")."""
    if n < 20:
        return _EN_UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _EN_TENS[tens] + (f" {_EN_UNITS[unit]}" if unit else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_EN_UNITS[hundreds]} hundred" + (f" {english(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    return f"{english(thousands)} thousand" + (f" {english(rest)}" if rest else "")


def number(n: int, lang: int, rng: random.Random) -> str:
    """``n`` in words; a three-digit number is sometimes said in pairs in English ("one oh
    five", "one thirty"), and compound words are sometimes hyphenated."""
    if lang == 1 and 100 < n < 1000 and n % 100 and rng.random() < 0.4:
        head, rest = divmod(n, 100)
        tail = f"oh {english(rest)}" if rest < 10 else english(rest)
        words = f"{english(head)} {tail}"
    else:
        words = english(n) if lang else french(n)
    return words.replace(" ", "-") if " " in words and rng.random() < 0.25 else words


def _ordinal(n: int) -> str:
    if n == 1:
        return "premier"
    word = french(n)
    word = {"cinq": "cinqu", "neuf": "neuv"}.get(word, word.removesuffix("e"))
    return f"{word}ième"


_UNIT_WORDS: tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]] = (
    {"ml": ("millilitres",), "cl": ("centilitres",), "l": ("litres",), "g": ("grammes",),
     "kg": ("kilos", "kilogrammes"), "mm": ("millimètres",), "cm": ("centimètres",),
     "m": ("mètres",)},
    {"ml": ("milliliters",), "oz": ("ounces",), "lb": ("pounds", "pound"), "qt": ("quarts",),
     "gal": ("gallons",), "in": ("inches", "inch"), "ft": ("feet", "foot"), "g": ("grams",),
     "kg": ("kilos", "kilograms"), "mm": ("millimeters",), "ct": ("count",)},
)  # fmt: skip
_SINGULAR = {"litres": "litre", "mètres": "mètre", "quarts": "quart", "gallons": "gallon",
             "pounds": "pound", "ounces": "ounce", "inches": "inch", "feet": "foot",
             "kilos": "kilo", "grams": "gram", "grammes": "gramme", "kilogrammes": "kilogramme",
             "kilograms": "kilogram", "millimètres": "millimètre", "millimeters": "millimeter",
             "millilitres": "millilitre", "milliliters": "milliliter"}  # fmt: skip
_LETTERS = (
    {"h": ("ache",), "w": ("double v", "double vé"), "b": ("bé",), "c": ("cé",), "a": ("a",),
     "d": ("dé",)},
    {"h": ("aitch",), "w": ("double u",), "b": ("bee",), "c": ("see",), "a": ("a",),
     "d": ("dee",)},
)  # fmt: skip
_FRACTIONS = (
    {"1/2": "un demi", "3/4": "trois quarts", "4/4": "quatre quarts", "1/8": "un huitième"},
    {"1/2": "one half", "3/4": "three quarter", "4/4": "four four", "1/8": "one eighth"},
)
UNIT = re.compile(r"(?<=\d) ?(ml|cl|l|g|kg|mm|cm|m|in|oz|lb|qt|gal|ft|ct)\b")
_DECIMAL = re.compile(r"(\d+)[.,](\d+)(?: (kilos|kilogrammes|litres)\b)?")


def has_unit(said: str) -> bool:
    """Whether ``said`` has a unit that may be said in words ("650 mm", not "taille 3")."""
    return UNIT.search(said) is not None


def _unit(unit: str, amount: str, lang: int, rng: random.Random) -> str:
    word = rng.choice(_UNIT_WORDS[lang].get(unit, (unit,)))
    one = amount.replace(",", ".") in ("1", "1.0", "un", "one")
    return _SINGULAR.get(word, word) if one else word


def _decimal(whole: str, part: str, unit: str, lang: int, rng: random.Random) -> str:
    """A decimal in words; before kilos or litres said in words, French may put the unit
    between the two parts (« deux kilos trois »)."""
    head = number(int(whole), lang, rng)
    if lang == 0:
        tail = french(int(part)) if part[0] != "0" else f"zéro {french(int(part))}"
        forms = [f"{head} virgule {tail}"]
        forms += [f"{head} et demi"] if part == "5" else []
        forms += [f"zéro {tail}"] if whole == "0" else []
        if unit and len(part) == 1 and rng.random() < 0.5:
            return f"{head} {_SINGULAR.get(unit, unit) if whole == '1' else unit} {tail}"
    else:
        digits = " ".join(_EN_UNITS[int(d)] for d in part)
        forms = [f"{head} point {digits}"]
        forms += [f"{head} and a half"] if part == "5" else []
        forms += [f"point {digits}"] if whole == "0" else []
    return f"{rng.choice(forms)} {unit}".strip()


def say_size(said: str, lang: int, rng: random.Random, *, numbers: bool, units: bool) -> str:
    """A said form, its numbers in words when ``numbers``, its units in words when ``units``
    (a decimal before kilos or litres in French may take both: « deux kilos trois »)."""
    text = said
    if units:
        text = UNIT.sub(lambda m: " " + _unit(m[1], text[: m.start()].split()[-1], lang, rng), text)
    if numbers:
        for fraction, words in _FRACTIONS[lang].items():
            text = text.replace(fraction, words)
        if lang == 0:
            text = re.sub(r"(\d+)(er|e|ème)\b", lambda m: _ordinal(int(m[1])), text)
        text = _DECIMAL.sub(lambda m: _decimal(m[1], m[2], m[3] or "", lang, rng), text)
    if not numbers:
        return " ".join(text.split())
    text = re.sub(r"(?<=\d)(?=[A-Za-z])|(?<=[A-Za-z])(?=\d)|(?<=\w)-(?=\w)", " ", text)
    names = rng.random() < 0.5

    def letter(match: re.Match[str]) -> str:
        options = _LETTERS[lang].get(match[0].lower(), (match[0],))
        return rng.choice(options) if names else match[0]

    text = re.sub(r"\b[A-Z]\b", letter, text)
    text = re.sub(r"\d+", lambda m: number(int(m[0]), lang, rng), text)
    return " ".join(text.split())


def quantity(lang: int, rng: random.Random) -> str:
    """How many of the thing are wanted, said before it."""
    return rng.choice(
        (("deux", "trois", "quatre", "une paire de", "deux boîtes de"),
         ("two", "three", "a couple of", "a few", "two packs of"))[lang]
    )  # fmt: skip
