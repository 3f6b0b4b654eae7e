"""Sizes as a shopper of the *afield* half says them (:mod:`bench.resolution_afield`).

:func:`size_ways` gives, for one size label of a feed, the ways of saying it with their tag:
``digits`` (the figures, the unit said or written short: « 60 mètres », "8 oz"), ``words`` (the
numbers in words: « soixante mètres », "eight ounces") and ``trade`` (how people of the trade say
it: a climber's « une soixante », a watchmaker's « entrecorne vingt », a sailor's "five sixteenths",
a potter's « sac de dix kilos », "size nine and a half", « onze lignes et demie »).
"""

from __future__ import annotations

import re

from bench.resolution_afield_numbers import decimal, fraction, number

FR_UNIT = {"mm": "millimètres", "cm": "centimètres", "m": "mètres", "kg": "kilos", "g": "grammes",
           "ml": "millilitres", "l": "litre", "N": "newtons"}  # fmt: skip
EN_UNIT = {"mm": "millimeters", "cm": "centimeters", "m": "meters", "lb": "pounds", "oz": "ounces",
           "pt": "pint", "qt": "quart", "gal": "gallon", "in": "inches", "ft": "feet", "N": "newtons"}  # fmt: skip
EN_SINGLE = {"pounds": "pound", "ounces": "ounce", "inches": "inch", "feet": "foot",
             "meters": "meter", "millimeters": "millimeter", "centimeters": "centimeter"}  # fmt: skip
FR_LETTER = {"s": "esse", "m": "emme", "l": "elle", "xl": "x l", "xs": "x s"}
EN_LETTER = {"s": "small", "m": "medium", "l": "large", "xl": "extra large", "xs": "extra small"}
Way = tuple[str, str]

# How a trade says a measure ({n}: the amount in words, {u}: the unit), French then American.
TRADE_WAYS: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]] = {
    ("escalade", "m"): (("une {n}", "en {n}"), ("a {n} meter", "{n} meter")),
    ("escalade", "cm"): (("de {n}", "en {n}"), ("a {n} centimeter", "{n} centimeter")),
    ("poterie", "kg"): (("un sac de {n} {u}", "le pain de {n} {u}"), ()),
    ("poterie", "lb"): ((), ("a {n} pound bag", "{n} pound")),
    ("horlogerie", "mm"): (("entrecorne {n}", "en {n}"), ("{n} mil", "a {n} mil")),
    ("accastillage", "mm"): (("de {n}", "diamètre {n}"), ("{n} mil",)),
    ("accastillage", "kg"): (("de {n} {u}",), ()),
    ("accastillage", "lb"): ((), ("a {n} pounder", "{n} pound")),
    ("accastillage", "N"): (("de {n} {u}",), ("{n} newton",)),
}
# Everyday names of some amounts.
NAMED = {("fr", "250 ml"): "un quart de litre", ("fr", "500 ml"): "un demi-litre",
         ("fr", "500 g"): "un demi-kilo", ("fr", "1 l"): "un litre", ("fr", "1 kg"): "un kilo",
         ("en", "1 pt"): "a pint", ("en", "1 qt"): "a quart", ("en", "1 gal"): "a gallon",
         ("en", "1 lb"): "a pound", ("en", "8 oz"): "half a pound"}  # fmt: skip


def size_ways(label: str, code: str, trade: str) -> list[Way]:
    """Every way of saying ``label`` in the language ``code`` in the shop of ``trade``."""
    if not label:
        return []
    text = label.lower()
    for pattern, ways in PATTERNS:
        match = re.fullmatch(pattern, text)
        if match:
            return list(dict.fromkeys(ways(match, code, trade)))
    return [(text, "digits")]


def _unit(unit: str, code: str, one: bool) -> str:
    name = (FR_UNIT if code == "fr" else EN_UNIT).get(unit, unit)
    if one or (code == "en" and unit in ("pt", "qt", "gal")):
        return EN_SINGLE.get(name, name) if code == "en" else name.rstrip("s")
    return name


def _measure(match: re.Match[str], code: str, trade: str) -> list[Way]:
    amount, unit = match.group(1), match.group(2)
    unit = "N" if unit == "n" else unit
    one = amount in ("1", "1.0")
    said = decimal(amount, code, halves=False)
    ways = [(f"{amount} {unit}", "digits"), (f"{amount} {_unit(unit, code, one)}", "digits"),
            (f"{said} {_unit(unit, code, one)}", "words")]  # fmt: skip
    if code == "fr" and amount.endswith(",5"):
        ways.append(
            (f"{number(int(amount[:-2]), code)} {_unit(unit, code, False)} et demi", "words")
        )
    if code == "en" and amount.endswith(".5"):
        ways.append((f"{decimal(amount, code)} {_unit(unit, code, False)}", "words"))
    named = NAMED.get((code, f"{amount} {unit}"))
    if named:
        ways.append((named, "trade"))
    for way in TRADE_WAYS.get((trade, unit), ((), ()))[code == "en"]:
        ways.append((_article(way.format(n=said, u=_unit(unit, code, one))), "trade"))
    return ways


def _article(text: str) -> str:
    """ "a eighty" → "an eighty", « de un » → « d'un »."""
    text = re.sub(r"\ba (?=[aeiou])(?!one)", "an ", text)
    return re.sub(r"\bde (?=une?\b)", "d'", text)


def _inches(match: re.Match[str], code: str, trade: str) -> list[Way]:
    top, bottom = int(match.group(1)), int(match.group(2))
    said = fraction(top, bottom)
    bare = said.removeprefix("a ")
    return [(f"{top}/{bottom} inch", "digits"), (f"{said} inch", "words"),
            (f"{bare} inch", "trade"), (bare if top > 1 else f"{bare} inch", "trade")]  # fmt: skip


def _area(match: re.Match[str], code: str, trade: str) -> list[Way]:
    a, b, unit = match.group(1), match.group(2), match.group(3)
    by = "sur" if code == "fr" else "by"
    unit_word = _unit(unit, code, False)
    wide, long = number(int(a), code), number(int(b), code)
    return [(f"{a} x {b} {unit}", "digits"), (f"{a} {by} {b} {unit_word}", "digits"),
            (f"{wide} {by} {long} {unit_word}", "words"), (f"{wide} {by} {long}", "trade")]  # fmt: skip


def _numbered(match: re.Match[str], code: str, trade: str) -> list[Way]:
    head, amount = match.group(1), match.group(2)
    said = decimal(amount, code)
    if code == "fr":
        word = {"pointure": "pointure", "n°": "numéro"}[head]
        lead = "en" if head == "pointure" else "du"
        return [
            (f"{word} {amount}", "digits"),
            (f"{word} {said}", "words"),
            (f"{lead} {said}", "trade"),
        ]
    word = {"size": "size", "no.": "number"}[head]
    return [(f"{word} {amount}", "digits"), (f"{word} {said}", "words"),
            (_article(f"a {said}"), "trade")]  # fmt: skip


def _letters(match: re.Match[str], code: str, trade: str) -> list[Way]:
    parts = match.group(0).split("/")
    if code == "fr":
        spelt = " ".join(FR_LETTER[p] for p in parts)
        plain = " ".join(parts)
        return [
            (f"taille {plain}", "digits"),
            (f"taille {spelt}", "words"),
            (f"en {plain}", "trade"),
        ]
    named = " ".join(EN_LETTER[p] for p in parts)
    return [(f"size {' '.join(parts)}", "digits"), (named, "words"), (f"size {named}", "trade")]


def _counted(match: re.Match[str], code: str, trade: str) -> list[Way]:
    head, amount = match.group(1), match.group(2)
    said = number(int(amount), code)
    if code == "fr":
        return [
            (f"{head} {amount}", "digits"),
            (f"{head} {said}", "words"),
            (f"par {said}", "trade"),
        ]
    if head == "box of":
        return [
            (f"box of {amount}", "digits"),
            (f"box of {said}", "words"),
            (f"{said} count", "trade"),
        ]
    return [
        (f"pack of {amount}", "digits"),
        (f"pack of {said}", "words"),
        (f"{said} pack", "trade"),
    ]


def _pack(match: re.Match[str], code: str, trade: str) -> list[Way]:
    said = number(int(match.group(1)), code)
    return [
        (f"{match.group(1)} pack", "digits"),
        (f"{said} pack", "words"),
        (f"pack of {said}", "trade"),
    ]


def _single(match: re.Match[str], code: str, trade: str) -> list[Way]:
    if code == "fr":
        return [("à l'unité", "digits"), ("à la pièce", "words"), ("un seul", "trade")]
    return [("single", "digits"), ("just one", "words"), ("a single one", "trade")]


def _lignes(match: re.Match[str], code: str, trade: str) -> list[Way]:
    whole, part = match.group(1), (match.group(2) or "").strip()
    said = number(int(whole), code)
    if code == "fr":
        tail = {"": "", "½": " et demie", "¾": " trois quarts"}[part]
        return [(f"{whole}{' ' + part if part else ''} lignes", "digits"),
                (f"{said} lignes{tail}", "words"), (f"{said}{tail} lignes", "trade")]  # fmt: skip
    tail = {"": "", "1/2": " and a half", "3/4": " and three quarter"}[part]
    return [(f"{whole} {part} ligne".replace("  ", " "), "digits"),
            (f"{said}{tail} ligne", "words"), (f"{said}{tail} lines", "trade")]  # fmt: skip


PATTERNS = (
    (r"(\d+(?:[.,]\d+)?) (mm|cm|m|kg|g|ml|l|n|lb|oz|pt|qt|gal|in|ft)", _measure),
    (r"(\d+)/(\d+) in", _inches),
    (r"(\d+) x (\d+) (cm|in)", _area),
    (r"(pointure|n°|size|no\.) (\d+(?:\.5)?)", _numbered),
    (r"(xs|s|m|l|xl)(?:/(?:s|m|l|xl))?", _letters),
    (r"(lot de|boîte de|pack of|box of) (\d+)", _counted),
    (r"(\d+)-pack", _pack),
    (r"à l'unité|single", _single),
    (r"(\d+)(?: (½|¾|1/2|3/4))? lignes?", _lignes),
)
