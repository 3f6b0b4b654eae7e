"""Numbers as a shopper of the *afield* half says them (:mod:`bench.resolution_afield`).

French numbers in their written form with hyphens (« soixante-douze », « quatre-vingts », « deux
cents »), American ones as a recogniser writes speech ("seventy two", "one hundred fifty"); a
decimal said with « virgule » or "point", or as a half; inch fractions said the way a sailor
says them ("five sixteenths"); a model code said letter by letter, its digits whole or one by
one ("s r six two six s w", « c r deux mille trente-deux »).
"""

from __future__ import annotations

import random
import re

FR_UNITS = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
            "onze", "douze", "treize", "quatorze", "quinze", "seize")  # fmt: skip
FR_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}
EN_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen")  # fmt: skip
EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
EN_PARTS = {2: ("half", "halves"), 4: ("quarter", "quarters"), 8: ("eighth", "eighths"),
            16: ("sixteenth", "sixteenths")}  # fmt: skip
FR_LETTERS = {"c": "cé", "r": "erre", "s": "esse", "w": "double vé"}
EN_LETTERS = {"c": "see", "r": "are", "s": "ess", "w": "double u"}


def french(n: int) -> str:
    """0 to 9999 in French words."""
    if n < 17:
        return FR_UNITS[n]
    if n < 20:
        return f"dix-{FR_UNITS[n - 10]}"
    if n < 70:
        tens, unit = divmod(n, 10)
        word = FR_TENS[tens * 10]
        return word if not unit else f"{word} et un" if unit == 1 else f"{word}-{FR_UNITS[unit]}"
    if n < 80:
        return "soixante et onze" if n == 71 else f"soixante-{french(n - 60)}"
    if n < 100:
        rest = n - 80
        return "quatre-vingts" if not rest else f"quatre-vingt-{french(rest)}"
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "cent" if hundreds == 1 else f"{FR_UNITS[hundreds]} cent"
        if not rest:
            return head if hundreds == 1 else head + "s"
        return f"{head} {french(rest)}"
    thousands, rest = divmod(n, 1000)
    head = "mille" if thousands == 1 else f"{french(thousands)} mille"
    return head if not rest else f"{head} {french(rest)}"


def english(n: int) -> str:
    """0 to 9999 in American words, without hyphens or "and"."""
    if n < 20:
        return EN_UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return EN_TENS[tens] + (f" {EN_UNITS[unit]}" if unit else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{EN_UNITS[hundreds]} hundred" + (f" {english(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    return f"{english(thousands)} thousand" + (f" {english(rest)}" if rest else "")


def number(n: int, code: str) -> str:
    return french(n) if code == "fr" else english(n)


def decimal(text: str, code: str, halves: bool = True) -> str:
    """ "9,8" → « neuf virgule huit », "9.5" → "nine and a half" (or "nine point five"),
    "06" → « zéro six » / "oh six"."""
    if re.fullmatch(r"0\d", text):
        return f"{'zéro' if code == 'fr' else 'oh'} {number(int(text[1]), code)}"
    whole, _, part = text.replace(",", ".").partition(".")
    head = number(int(whole), code)
    if not part:
        return head
    if part == "5" and halves:
        return f"{head} et demi" if code == "fr" else f"{head} and a half"
    point = "virgule" if code == "fr" else "point"
    return f"{head} {point} " + " ".join(number(int(d), code) for d in part)


def fraction(top: int, bottom: int) -> str:
    """An inch fraction as said in a chandlery: "a quarter", "five sixteenths", "half"."""
    if (top, bottom) == (1, 2):
        return "half"
    one, many = EN_PARTS[bottom]
    return f"a {one}" if top == 1 else f"{english(top)} {many}"


def say_numbers(text: str, code: str) -> str:
    """Every number in ``text`` in words ("9.8 mm" → "nine point eight mm")."""
    return re.sub(r"\d+(?:[.,]\d+)?", lambda m: decimal(m.group(0), code, halves=False), text)


def say_code(code_text: str, code: str, rng: random.Random) -> str:
    """A model code said aloud: letters one by one, the digits as one number or one by one."""
    letters = FR_LETTERS if code == "fr" else EN_LETTERS
    parts = re.findall(r"[A-Za-z]+|\d+", code_text)
    said = []
    spell = rng.random() < 0.3
    by_digit = rng.random() < 0.5
    for part in parts:
        if part.isdigit():
            if by_digit:
                said += [number(int(d), code) for d in part]
            else:
                said.append(number(int(part), code))
        else:
            said += [letters.get(c, c) if spell else c for c in part.lower()]
    return " ".join(said)
