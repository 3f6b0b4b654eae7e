"""Sizes as the *beyond* half's shoppers say them: the label's digits, the number in words, and
the trade's own way (« du deux et demi » for a wire, "a twenty six pounder" for limbs, "twenty two
hundred milliamp", « au dixième », "ten by fifty", « une quatre-vingts sur six cents »). Each way
comes with its form tag: ``size_digits``, ``size_words`` or ``size_trade``."""

from __future__ import annotations

import re

from bench.resolution_beyond_numbers import fraction_way, hundreds_way, scale, words

# A unit as the label writes it → how it is said (the first is the plain spoken word).
UNITS = {
    "fr": {"pouces": ("pouces",), "pouce": ("pouce",), "lbs": ("livres", "lbs"),
           "grains": ("grains",), "cm": ("centimètres", "cm"), "mm": ("millimètres", "mm", "millis"),
           "mm²": ("millimètres carrés", "mm²", "carré"), "mAh": ("milliampères", "mah"),
           "kg": ("kilos", "kg"), "KV": ("kv", "kavé"), "A": ("ampères", "a"), "W": ("watts",),
           "voies": ("voies",), "dents": ("dents",), "cSt": ("centistokes", "cst"),
           "modules": ("modules",), "postes": ("postes",), "poste": ("poste",)},
    "en": {"in": ("inch", "in", "inches"), "lb": ("pound", "pounds", "lb"), "grain": ("grain",),
           "cm": ("centimeter", "cm"), "mm": ("millimeter", "mm", "mil"),
           "mm²": ("square millimeter", "mm squared", "mil squared"),
           "mAh": ("milliamp", "mah", "milliamp hour"), "kg": ("kilo", "kg"), "KV": ("kv", "k v"),
           "A": ("amp", "amps"), "W": ("watt", "watts"), "channel": ("channel",),
           "T": ("tooth", "t"), "cSt": ("centistokes", "cst"), "module": ("module",),
           "gang": ("gang",), "spine": ("spine",), "payload": ("payload",)},
}  # fmt: skip
NUMBER = r"\d+(?:[.,]\d+)?"


def _both(number: str, code: str) -> list[tuple[str, str]]:
    """The number as digits and in words (and "and a half", "twenty two hundred" ways)."""
    ways = [(number, "size_digits"), (words(number, code), "size_words")]
    fraction = fraction_way(number, code)
    if fraction and float(number.replace(",", ".")) < 10:
        ways.append((fraction, "size_trade"))
    if code == "en" and number.isdigit() and hundreds_way(int(number)):
        ways.append((hundreds_way(int(number)) or "", "size_trade"))
    return ways


def _measure(number: str, unit: str, code: str, trade: str) -> list[tuple[str, str]]:
    said = UNITS[code].get(unit, (unit.lower(),))
    ways = [(f"{n} {u}", tag) for n, tag in _both(number, code) for u in said]
    spoken = words(number, code)
    if code == "fr":
        if unit == "mm²":
            ways += [(f"du {number}", "size_trade"), (f"du {spoken}", "size_trade")]
        if unit == "lbs":
            ways.append((f"en {spoken} livres", "size_trade"))
        if unit in ("A", "mm") and trade == "electricite":
            ways.append((f"de {spoken}", "size_trade"))
        if unit == "mm" and trade == "astronomie":
            barrel = {"31,75": "un pouce un quart", "50,8": "deux pouces"}.get(number)
            ways += [(f"coulant {number}", "size_trade"), (barrel, "size_trade")] if barrel else [
                (f"un {spoken}", "size_trade")]  # fmt: skip
    else:
        if unit == "lb":
            ways.append((f"a {spoken} pounder", "size_trade"))
        if unit in ("in", "A", "mm", "channel") and " " not in spoken:
            ways.append((f"{spoken}-{said[0]}", "size_trade"))
        if unit == "spine":
            ways.append((f"spine {spoken}", "size_trade"))
        if unit == "in" and number == "1.25":
            ways.append(("inch and a quarter", "size_trade"))
    return list(dict.fromkeys(ways))


def _pair(a: str, b: str, code: str, trade: str) -> list[tuple[str, str]]:
    """Props (10x4,5), finders and binoculars (8x50), refractors (80/600)."""
    link = ("par" if trade == "modelisme" else "fois") if code == "fr" else "by"
    wa, wb = words(a, code), words(b, code)
    return [(f"{a}x{b}", "size_digits"), (f"{wa} {link} {wb}", "size_words"),
            (f"{wa} {wb}", "size_trade"), (f"{a} {link} {b}", "size_digits")]  # fmt: skip


def size_ways(label: str, code: str, trade: str) -> list[tuple[str, str]]:
    """Every way a shopper of ``trade`` says the size ``label`` in ``code`` ("fr", "en")."""
    if not label:
        return []
    if m := re.fullmatch(r"(\d+)x", label):
        n = words(m.group(1), code)
        if code == "fr":
            return [
                (label, "size_digits"),
                (f"fois {n}", "size_words"),
                (f"{n} fois", "size_trade"),
            ]
        return [(label, "size_digits"), (f"{n} x", "size_words"), (f"times {n}", "size_trade")]
    if m := re.fullmatch(r"(\d+) A (\d+) mA", label):  # a residual-current device
        amps, sense = (words(n, code) for n in m.groups())
        if code == "fr":
            return [(label, "size_digits"), (f"{amps} ampères {sense} milliampères", "size_words"),
                    (f"{amps} ampères", "size_trade")]  # fmt: skip
        return [(label, "size_digits"), (f"{amps} amp {sense} milliamp", "size_words"),
                (f"{amps} amp", "size_trade")]  # fmt: skip
    if m := re.fullmatch(rf"({NUMBER}) ?([^\d\s-][^\d\s]*)", label):
        return _measure(m.group(1), m.group(2), code, trade)
    if m := re.fullmatch(rf"(\d+)x({NUMBER})", label):
        return _pair(m.group(1), m.group(2), code, trade)
    if m := re.fullmatch(r"(\d+)/(\d+)", label):
        a, b = m.groups()
        if a == "1":
            return [(s, "size_digits" if "/" in s else "size_trade") for s in scale(int(b), code)]
        wa, wb = words(a, code), words(b, code)
        return [(label, "size_digits"), (f"{wa} sur {wb}", "size_words"),
                (f"{wa} {wb}", "size_trade"), (f"une {wa}", "size_trade")]  # fmt: skip
    if m := re.fullmatch(rf"(\d+) mm f/({NUMBER})", label):
        a, ratio = m.groups()
        wa = words(a, code)
        return [(label, "size_digits"), (f"{wa} millimeter f {words(ratio, code)}", "size_words"),
                (f"{wa} mil", "size_trade"), (f"an {wa} mil" if wa.startswith(("eight", "eleven")) else f"a {wa} mil",
                                              "size_trade")]  # fmt: skip
    return _worded(label, code, trade)


def _worded(label: str, code: str, trade: str) -> list[tuple[str, str]]:
    """Labels led by a word: spine, taille, size, charge, sachet, box... or no number at all."""
    if m := re.fullmatch(rf"(spine|taille|size|charge|sachet de|boîte de|pack of|box of) ({NUMBER}|[SML])(?: (kg))?",
                         label):  # fmt: skip
        head, number, unit = m.groups()
        if number in "SML":
            letters = {"S": "small", "M": "medium", "L": "large"}
            return [(label, "size_digits"), (f"en {number}", "size_trade")] if code == "fr" else [
                (label, "size_digits"), (letters[number], "size_trade")]  # fmt: skip
        tail = f" {UNITS[code]['kg'][0]}" if unit else ""
        ways = [(f"{head} {n}{tail}", tag) for n, tag in _both(number, code)]
        if head == "spine" and code == "fr":
            ways.append((f"en {words(number, code)}", "size_trade"))
        if head in ("pack of", "box of"):
            ways.append((f"a {words(number, code)} pack", "size_trade"))
        return ways
    if m := re.fullmatch(rf"({NUMBER}) (spine|kg payload)", label):
        number, tail = m.groups()
        ways = [(f"{n} {tail}", tag) for n, tag in _both(number, code)]
        if tail != "spine":
            ways.append((f"{words(number, code)} kilo payload", "size_trade"))
        else:
            ways.append((f"spine {words(number, code)}", "size_trade"))
        return ways
    if m := re.fullmatch(r"(\d+)[- ]?(\w+)", label):  # "3-way", "2 gang"
        number, unit = m.groups()
        return [(label, "size_digits"), (f"{words(number, code)} {unit}", "size_words")]
    return [(label, "size_trade")]
