"""How the offshore half's shoppers say numbers and sizes, in French and in English.

:func:`say_size` turns a feed's size ("100 g", "x20", "10x15 cm", "1.7 fl oz", "0,6 l") into
what a shopper says: the digits as written, the unit in words, or the whole in words
(« deux virgule cinq », "three and a half", "four by six", « boîte de vingt »)."""

from __future__ import annotations

import random
import re

_FR_SMALL = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
             "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize")  # fmt: skip
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
_EN_SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
             "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen")  # fmt: skip
_EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
            8: "eighty", 9: "ninety"}  # fmt: skip

# A unit as the feed writes it -> how it is said, singular and plural, per language.
_UNIT_WORDS: dict[str, tuple[str, str]] = {
    "g": ("gramme", "grammes"),
    "ml": ("millilitre", "millilitres"),
    "l": ("litre", "litres"),
    "cm": ("centimètre", "centimètres"),
    "m": ("mètre", "mètres"),
    "oz": ("ounce", "ounces"),
    "fl oz": ("fluid ounce", "fluid ounces"),
    "in": ("inch", "inches"),
    "ft": ("foot", "feet"),
}
# How a shopper puts a count: « boîte de 20 », "pack of 20", "20 count".
_COUNT_FR = ("boîte de {n}", "lot de {n}", "paquet de {n}", "{n} {what}")
_COUNT_EN = ("pack of {n}", "box of {n}", "{n} count", "{n} {what}")
_BY = (("par", "sur", ""), ("by", "by", "by"))


def french(n: int) -> str:
    """« quatre vingt dix », « cent vingt », « soixante et onze » (spaces, as a recogniser
    writes them)."""
    if n < 17:
        return _FR_SMALL[n]
    if n < 20:
        return f"dix {_FR_SMALL[n - 10]}"
    if n < 70:
        tens, unit = divmod(n, 10)
        if unit == 0:
            return _FR_TENS[tens]
        return f"{_FR_TENS[tens]} {'et un' if unit == 1 else french(unit)}"
    if n < 80:
        return "soixante et onze" if n == 71 else f"soixante {french(n - 60)}"
    if n < 100:
        return "quatre vingts" if n == 80 else f"quatre vingt {french(n - 80)}"
    hundreds, rest = divmod(n, 100)
    head = "cent" if hundreds == 1 else f"{french(hundreds)} cent{'' if rest else 's'}"
    return f"{head} {french(rest)}" if rest else head


def english(n: int, rng: random.Random | None = None) -> str:
    """ "forty", "a hundred", "one hundred and twenty" (``rng`` picks between ways of saying it)."""
    if n < 20:
        return _EN_SMALL[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _EN_TENS[tens] + (f" {_EN_SMALL[unit]}" if unit else "")
    hundreds, rest = divmod(n, 100)
    casual = rng is not None and hundreds == 1 and rng.random() < 0.5
    head = "a hundred" if casual else f"{_EN_SMALL[hundreds]} hundred"
    if not rest:
        return head
    joiner = " and " if rng is not None and rng.random() < 0.4 else " "
    return f"{head}{joiner}{english(rest)}"


def amount_words(text: str, lang: int, rng: random.Random) -> str:
    """A written amount ("2,5", "0.17", "120") said in words; halves sometimes as halves."""
    whole, _, fraction = text.replace(",", ".").partition(".")
    number = int(whole)
    said = french(number) if lang == 0 else english(number, rng)
    if not fraction:
        return said
    if fraction == "5" and number > 0 and rng.random() < 0.6:
        return f"{said} et demi" if lang == 0 else f"{said} and a half"
    if lang == 0:
        tail = (
            french(int(fraction))
            if not fraction.startswith("0")
            else " ".join(french(int(d)) for d in fraction)
        )
        return f"{said} virgule {tail}"
    digits = " ".join(english(int(d)) for d in fraction)
    if number == 0 and rng.random() < 0.5:
        return f"point {digits}"
    return f"{said} point {digits}"


def _unit(unit: str, amount: str, lang: int, words: bool) -> str:
    if not words or unit not in _UNIT_WORDS:
        return unit
    singular, plural = _UNIT_WORDS[unit]
    if lang == 0:  # « 1,5 litre », « deux litres »
        return singular if float(amount.replace(",", ".")) < 2 else plural
    return singular if amount == "1" else plural


def say_size(
    label: str, counted: str, lang: int, rng: random.Random, *, numbers: bool, units: bool
) -> str:
    """What a shopper says for the feed's size ``label``; ``numbers``: digits said as words,
    ``units``: units said as words (a count said as a pack or a box of so many)."""

    def number(text: str) -> str:
        return amount_words(text, lang, rng) if numbers else text

    count = re.fullmatch(r"x(\d+)|(\d+) (?:ct|pk)", label)
    if count:
        n = count.group(1) or count.group(2)
        if not units and not numbers:
            return f"{n} {counted}"
        shape = rng.choice((_COUNT_FR, _COUNT_EN)[lang]) if units else "{n} {what}"
        return shape.format(n=number(n), what=counted)
    box = re.fullmatch(r"([\d.,]+)x([\d.,]+) (cm|in)", label)
    if box:
        first, second, unit = box.groups()
        if not numbers:
            written = f"{first} x {second}" if units else f"{first}x{second}"
            return f"{written} {_unit(unit, second, lang, units)}"
        said = " ".join(w for w in (number(first), rng.choice(_BY[lang]), number(second)) if w)
        return f"{said} {_unit(unit, second, lang, True)}" if units or rng.random() < 0.5 else said
    amount, _, unit = label.partition(" ")
    said, unit = number(amount), _unit(unit, amount, lang, units or numbers)
    whole, _, tenths = amount.partition(",")
    if numbers and lang == 0 and len(tenths) == 1 and whole != "0" and rng.random() < 0.4:
        return f"{french(int(whole))} {unit} {french(int(tenths))}"  # « un litre deux »
    if said.endswith(" et demi"):  # « quatre centimètres et demi »
        return f"{said.removesuffix(' et demi')} {unit} et demi"
    return f"{said} {unit}"
