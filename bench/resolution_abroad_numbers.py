"""Numbers as the abroad half's shoppers say them, in French and in American English."""

from __future__ import annotations

import random

_FR = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
]
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
_EN = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

DIGITS = (tuple(_FR[:10]), tuple(_EN[:10]))
"""Each locale's digit names, zero to nine (fr-FR, en-US)."""


def french(n: int) -> str:
    """« quatre-vingt-quinze », « deux cent cinquante », « mille cent »."""
    if n < 17:
        return _FR[n]
    if n < 20:
        return "dix-" + _FR[n - 10]
    if n < 70:
        tens, unit = divmod(n, 10)
        if unit == 0:
            return _FR_TENS[tens]
        return _FR_TENS[tens] + (" et un" if unit == 1 else "-" + _FR[unit])
    if n < 80:
        return "soixante et onze" if n == 71 else "soixante-" + french(n - 60)
    if n < 100:
        return "quatre-vingts" if n == 80 else "quatre-vingt-" + french(n - 80)
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "cent" if hundreds == 1 else _FR[hundreds] + " cent"
        if rest == 0:
            return head + ("s" if hundreds > 1 else "")
        return f"{head} {french(rest)}"
    thousands, rest = divmod(n, 1000)
    head = "mille" if thousands == 1 else french(thousands) + " mille"
    return head if rest == 0 else f"{head} {french(rest)}"


def english(n: int) -> str:
    """ "ninety-five", "two hundred fifty", "one thousand one hundred"."""
    if n < 20:
        return _EN[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _EN_TENS[tens] + ("" if unit == 0 else "-" + _EN[unit])
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = _EN[hundreds] + " hundred"
        return head if rest == 0 else f"{head} {english(rest)}"
    thousands, rest = divmod(n, 1000)
    head = english(thousands) + " thousand"
    return head if rest == 0 else f"{head} {english(rest)}"


def say(n: int, lang: int, rng: random.Random) -> str:
    """``n`` in words, the way a recogniser may write them out (hyphens or spaces), with the
    spoken shortcuts: "a hundred", "eleven hundred", "twenty-two eighty"."""
    if lang == 0:
        text = french(n)
    else:
        text = english(n)
        if 1100 <= n < 10000 and n % 100 == 0 and n % 1000 and rng.random() < 0.5:
            text = english(n // 100) + " hundred"  # eleven hundred
        elif 1000 < n < 10000 and n % 100 and rng.random() < 0.4:
            text = f"{english(n // 100)} {english(n % 100)}"  # twenty-two eighty
        elif 100 <= n < 200 and rng.random() < 0.4:
            text = "a " + text.removeprefix("one ")
    return text.replace("-", " ") if rng.random() < 0.5 else text


def say_decimal(text: str, lang: int, rng: random.Random) -> str:
    """« 1,5 » as « un virgule cinq », "1.8" as "one point eight" (digits after the mark one by
    one, as people read them)."""
    whole, _, part = text.replace(",", ".").partition(".")
    if not part:
        return say(int(whole), lang, rng)
    mark = (" virgule ", " point ")[lang]
    words = " ".join((_FR, _EN)[lang][int(d)] for d in part)
    return say(int(whole), lang, rng) + mark + words
