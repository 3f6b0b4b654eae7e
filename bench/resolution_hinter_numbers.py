"""Numbers and sizes as a shopper of the *hinter* half says them (:mod:`bench.resolution_hinter`).

:func:`words` writes a number out in French or English; :func:`say_numbers` writes out every
number of a phrase (« noir 70 % » → « noir soixante-dix pour cent », "10W40" → "ten w forty");
:func:`size_ways` lists the ways of saying one of a shop's size labels, each with a tag: ``digits``
(the label as a recogniser would type it), ``words`` (numbers and units in words) and ``trade``
(how the trade says it: « une livre » for 500 g, "a quart", « pointure 42 », "size medium").
"""

from __future__ import annotations

import re

_FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]  # fmt: skip
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]  # fmt: skip
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _fr_below_100(n: int) -> str:
    if n < 20:
        return _FR[n]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):
        base = "soixante" if tens == 7 else "quatre-vingt"
        rest = 10 + unit
        joiner = " et " if (tens, unit) == (7, 1) else "-"
        return f"{base}{joiner}{_FR[rest]}"
    if tens == 8:
        return "quatre-vingts" if unit == 0 else f"quatre-vingt-{_FR[unit]}"
    if unit == 0:
        return _FR_TENS[tens]
    return f"{_FR_TENS[tens]} et un" if unit == 1 else f"{_FR_TENS[tens]}-{_FR[unit]}"


def _fr(n: int) -> str:
    if n >= 1000:
        thousands, rest = divmod(n, 1000)
        head = "mille" if thousands == 1 else f"{_fr(thousands)} mille"
        return head if rest == 0 else f"{head} {_fr(rest)}"
    if n >= 100:
        hundreds, rest = divmod(n, 100)
        head = "cent" if hundreds == 1 else f"{_FR[hundreds]} cent"
        if rest == 0:
            return head if hundreds == 1 else head + "s"
        return f"{head} {_fr_below_100(rest)}"
    return _fr_below_100(n)


def _en(n: int) -> str:
    if n >= 1000:
        thousands, rest = divmod(n, 1000)
        if rest and rest % 100 == 0 and thousands < 10:  # 2500: "twenty five hundred"
            return f"{_en(n // 100)} hundred"
        head = f"{_en(thousands)} thousand"
        return head if rest == 0 else f"{head} {_en(rest)}"
    if n >= 100:
        hundreds, rest = divmod(n, 100)
        head = f"{_EN[hundreds]} hundred"
        return head if rest == 0 else f"{head} {_en(rest)}"
    if n < 20:
        return _EN[n]
    tens, unit = divmod(n, 10)
    return _EN_TENS[tens] if unit == 0 else f"{_EN_TENS[tens]} {_EN[unit]}"


def words(number: str, code: str) -> str:
    """« 11,5 » → « onze virgule cinq », "6.5" → "six point five", "1000" → "one thousand"."""
    whole, _, decimals = number.replace(",", ".").partition(".")
    say = _fr if code == "fr" else _en
    text = say(int(whole))
    if decimals:
        text += (" virgule " if code == "fr" else " point ") + say(int(decimals))
    return text


UNITS = {
    "fr": {"g": "grammes", "kg": "kilos", "ml": "millilitres", "cl": "centilitres", "l": "litres",
           "mm": "millimètres", "%": "pour cent", "lumens": "lumens"},
    "en": {"g": "grams", "kg": "kilos", "oz": "ounce", "lb": "pound", "gal": "gallon",
           "qt": "quart", "ml": "milliliters", "mm": "millimeter", "%": "percent", "lm": "lumens",
           "ct": "count", "pc": "piece", "cu ft": "cubic feet"},
}  # fmt: skip
_NUMBER = re.compile(r"(?<![^\W\d])(\d+(?:[.,]\d+)?)(?:\s*(cu ft|lumens|[a-zA-Z]{1,3}\b|%))?")
_HALF = {"fr": " et demi", "en": " and a half"}


def say_numbers(text: str, code: str) -> str:
    """Every number of ``text`` in words, with its unit when it has one."""

    def one(match: re.Match[str]) -> str:
        number, unit = match.group(1), (match.group(2) or "")
        spoken = words(number, code)
        if unit.lower() in UNITS[code]:
            name = UNITS[code][unit.lower()]
            if code == "fr" and number == "1" and name.endswith("s"):
                name = name[:-1]
            return f"{spoken} {name}"
        return f"{spoken} {unit}".strip() if unit else spoken

    return " ".join(_NUMBER.sub(one, re.sub(r"(\d)[wW](\d)", r"\1 w \2", text)).split())


_LETTERS = {
    "fr": {"XS": ("extra small", "x s"), "S": ("small", "taille s"), "M": ("médium", "taille m"),
           "L": ("large", "taille l"), "XL": ("extra large", "x l", "taille xl"),
           "XXL": ("double x l", "deux x l", "xxl")},
    "en": {"XS": ("extra small", "x small"), "S": ("small", "size small"),
           "M": ("medium", "size medium"), "L": ("large", "size large"),
           "XL": ("extra large", "x large", "xl"), "2XL": ("double x l", "xx large", "two x l")},
}  # fmt: skip


def size_ways(label: str, code: str) -> list[tuple[str, str]]:
    """The ways of saying ``label``, the label itself first."""
    ways = [(label.lower(), "digits")]
    if label in _LETTERS[code]:
        ways += [(w, "trade") for w in _LETTERS[code][label]]
        return ways
    if code == "fr":
        ways += _french_trade(label)
    else:
        ways += _english_trade(label)
    spoken = say_numbers(re.sub(r"(\d)[/-](\d)", r"\1 \2", label.lower()), code)
    ways.append((spoken, "words"))
    seen: set[str] = set()
    return [(t, tag) for t, tag in ways if not (t in seen or seen.add(t))]


def _french_trade(label: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if m := re.fullmatch(r"T(\d+)", label):
        found += [(f"taille {_fr(int(m[1]))}", "trade"), (f"du {m[1]}", "trade")]
    elif m := re.fullmatch(r"(\d+)/(\d+)", label):
        a, b = m[1], m[2]
        found += [(f"pointure {_fr(int(a))}", "trade"), (f"pointure {b}", "trade"),
                  (f"du {_fr(int(a))} {_fr(int(b))}", "trade")]  # fmt: skip
    elif label == "500 g":
        found += [("une livre", "trade"), ("un demi-kilo", "trade")]
    elif label in ("1 kg", "1 L"):
        found += [(("un kilo", "un litre")[label == "1 L"], "trade")]
    elif m := re.fullmatch(r"lot de (\d+)", label):
        found += [(f"par {_fr(int(m[1]))}", "trade"), (f"le lot de {_fr(int(m[1]))}", "trade")]
    elif m := re.fullmatch(r"(\d+) pièces", label):
        found += [(f"de {_fr(int(m[1]))} chocolats", "trade")]
    elif m := re.fullmatch(r"goupille ([\d,]+) mm", label):
        found += [(f"goupille de {words(m[1], 'fr')}", "trade"), (f"{m[1]} mm", "trade")]
    elif m := re.fullmatch(r"(\d+) (L|cl|kg)", label):
        unit = {"L": "litres", "cl": "centilitres", "kg": "kilos"}[m[2]]
        found += [(f"le {_fr(int(m[1]))} {unit}", "trade")]
    return found


def _english_trade(label: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if m := re.fullmatch(r"US (\d+)-(\d+)", label):
        a, b = int(m[1]), int(m[2])
        found += [(f"size {_en(a)} to {_en(b)}", "trade"), (f"size {_en(b)}", "trade"),
                  (f"{_en(a)} {_en(b)}", "trade")]  # fmt: skip
    elif m := re.fullmatch(r"(\d+(?:\.5)?) (gal|oz|lb)", label):
        number, unit = m[1], {"gal": "gallon", "oz": "ounce", "lb": "pound"}[m[2]]
        whole = _en(int(float(number)))
        found.append((f"{whole}{_HALF['en'] if number.endswith('.5') else ''} {unit}", "trade"))
        if number == "1":
            found.append((f"a {unit}", "trade"))
        if label == "8 oz":
            found.append(("half a pound", "trade"))
    elif label == "1 qt":
        found += [("a quart", "trade"), ("one quart", "trade")]
    elif m := re.fullmatch(r"(\d+) (ct|pc)", label):
        if m[2] == "ct":
            found += [(f"{_en(int(m[1]))} count", "trade"), (f"pack of {m[1]}", "trade")]
        else:
            found += [(f"{_en(int(m[1]))} piece", "trade"), (f"the {m[1]} piece box", "trade")]
    elif m := re.fullmatch(r"(\d+) cu ft", label):
        found += [(f"{_en(int(m[1]))} cubic foot", "trade"), (f"{m[1]} cubic", "trade")]
    elif m := re.fullmatch(r"([\d.]+) mm pin", label):
        found += [(f"{words(m[1], 'en')} millimeter pin", "trade")]
    elif m := re.fullmatch(r"(\d+) lm", label):
        found += [(f"{_en(int(m[1]))} lumen", "trade")]
    return found
