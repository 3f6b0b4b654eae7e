"""How a distant-half shopper says a size or a value written with numbers, units and codes:
numbers in French or English words (decimals, fractions, "a hundred", « quinze cents »),
units in words, codes spelled out ("three oh four x l")."""

from __future__ import annotations

import random
import re

# fmt: off
_FR = ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
       "onze", "douze", "treize", "quatorze", "quinze", "seize")
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
_EN = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
       "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
       "nineteen")
# fmt: on
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

# unit as written -> (singular, plural) said, per language
UNITS: tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]] = (
    {
        "mm": ("millimètre", "millimètres"),
        "cm": ("centimètre", "centimètres"),
        "m": ("mètre", "mètres"),
        "g": ("gramme", "grammes"),
        "ml": ("millilitre", "millilitres"),
        "W": ("watt", "watts"),
        "A": ("ampère", "ampères"),
        "g/m²": ("gramme au mètre carré", "grammes par mètre carré"),
    },
    {
        "mm": ("millimeter", "millimeters"),
        "in": ("inch", "inches"),
        "ft": ("foot", "feet"),
        "oz": ("ounce", "ounces"),
        "lb": ("pound", "pound"),
        "W": ("watt", "watts"),
        "A": ("amp", "amps"),
        "No.": ("number", "number"),
        "fl": ("fluid", "fluid"),
    },
)
# fmt: off
LETTERS = (
    dict(zip("ABCDFHLMNOPRTVX", ("a", "bé", "cé", "dé", "effe", "ache", "elle", "emme", "enne",
                                 "o", "pé", "erre", "té", "vé", "ixe"), strict=True)),
    dict(zip("ABCDFHLMNOPRTVX", ("a", "bee", "see", "dee", "eff", "aitch", "el", "em", "en", "oh",
                                 "pee", "ar", "tee", "vee", "ex"), strict=True)),
)
# fmt: on
_BY = (("par", "fois", "sur"), ("by", "by", "times"))
_TO = ("à", "to")
_HALVES = {
    "5": (" et demi", " and a half"),
    "25": (" et quart", " and a quarter"),
    "75": (" trois quarts", " and three quarters"),
}
_DENOMINATORS = {
    2: ("half", "halves"),
    3: ("third", "thirds"),
    4: ("quarter", "quarters"),
    8: ("eighth", "eighths"),
}
CODE = re.compile(r"^(?=.*[A-Z])[A-Z0-9-]+$")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")


def _fr_below_100(n: int) -> str:
    if n < 17:
        return _FR[n]
    if n < 20:
        return f"dix {_FR[n - 10]}"
    if n < 70:
        tens, unit = divmod(n, 10)
        return _FR_TENS[tens] + ("" if unit == 0 else " et un" if unit == 1 else f" {_FR[unit]}")
    if n < 80:
        return "soixante et onze" if n == 71 else f"soixante {_fr_below_100(n - 60)}"
    return "quatre vingts" if n == 80 else f"quatre vingt {_fr_below_100(n - 80)}"


def french(n: int) -> str:
    """A whole number in French words, spaced as a recogniser writes them."""
    if n >= 1000:
        thousands, rest = divmod(n, 1000)
        head = "mille" if thousands == 1 else f"{french(thousands)} mille"
        return head if rest == 0 else f"{head} {french(rest)}"
    if n >= 100:
        hundreds, rest = divmod(n, 100)
        head = "cent" if hundreds == 1 else f"{_FR[hundreds]} cent" + ("s" if rest == 0 else "")
        return head if rest == 0 else f"{head} {_fr_below_100(rest)}"
    return _fr_below_100(n)


def english(n: int, rng: random.Random | None = None) -> str:
    """A whole number in English words; with ``rng``, sometimes "a hundred", "and", "fifteen
    hundred" as shoppers say them."""
    casual = rng is not None and rng.random() < 0.4
    if 1000 < n < 10000 and n % 100 == 0 and n % 1000 and casual:
        return f"{english(n // 100)} hundred"
    if n >= 1000:
        thousands, rest = divmod(n, 1000)
        head = "a thousand" if thousands == 1 and casual else f"{english(thousands)} thousand"
        return head if rest == 0 else f"{head} {english(rest, rng)}"
    if n >= 100:
        hundreds, rest = divmod(n, 100)
        head = "a hundred" if hundreds == 1 and casual else f"{_EN[hundreds]} hundred"
        joint = " and " if casual else " "
        return head if rest == 0 else f"{head}{joint}{english(rest)}"
    if n < 20:
        return _EN[n]
    tens, unit = divmod(n, 10)
    return _EN_TENS[tens] + ("" if unit == 0 else f" {_EN[unit]}")


def whole(n: int, lang: int, rng: random.Random) -> str:
    if lang == 0 and 1100 <= n < 2000 and n % 100 == 0 and rng.random() < 0.4:
        return f"{french(n // 100)} cents"  # « quinze cents »
    return french(n) if lang == 0 else english(n, rng)


def decimal(text: str, lang: int, rng: random.Random, halves: bool = True) -> str:
    """ "5,25" or "5.25" in words: « cinq virgule vingt cinq », "five and a quarter"...
    (``halves``: "and a half" may close the number)."""
    head, _, tail = re.split(r"([.,])", text) if re.search(r"[.,]", text) else (text, "", "")
    said = whole(int(head), lang, rng)
    if not tail:
        return said
    if tail in _HALVES and (halves or (tail == "5" and head == "0")) and rng.random() < 0.5:
        if head == "0" and tail == "5":
            return ("un demi", "a half")[lang]
        return said + _HALVES[tail][lang]
    if lang == 0:
        return f"{said} virgule " + (
            french(int(tail)) if tail[0] != "0" else "zéro " + french(int(tail))
        )
    return f"{said} point " + " ".join(_EN[int(d)] for d in tail)


def fraction(text: str, rng: random.Random) -> str:
    """ "2-5/8" -> "two and five eighths", "3/4" -> "three quarters" (English feeds only)."""
    whole_part, _, frac = text.rpartition("-")
    top, bottom = (int(x) for x in frac.split("/"))
    one, many = _DENOMINATORS[bottom]
    said = ("a " if rng.random() < 0.5 else "one ") + one if top == 1 else f"{_EN[top]} {many}"
    return f"{english(int(whole_part))} and {said}" if whole_part else said


def spell(code: str, lang: int, rng: random.Random) -> str:
    """A code said out: letters one by one or by name, digits one by one, as a number or in
    pairs ("TN-2420" -> "t n twenty four twenty", "304XL" -> « trois cent quatre ixe elle »)."""
    named = rng.random() < 0.4
    words: list[str] = []
    for run in re.findall(r"[A-Z]+|\d+", code):
        if run.isdigit():
            words.append(_digits(run, lang, rng))
        elif run == "XL" and lang == 1 and rng.random() < 0.3:
            words.append("extra large")
        else:
            words += [LETTERS[lang][c] if named else c.lower() for c in run]
    return " ".join(words)


def _digits(run: str, lang: int, rng: random.Random) -> str:
    style = rng.random()
    if len(run) == 4 and run[2] != "0" and style < 0.35:
        return f"{whole(int(run[:2]), lang, rng)} {whole(int(run[2:]), lang, rng)}"
    if len(run) >= 3 and style < 0.7:
        zero = ("zéro", "oh" if rng.random() < 0.6 else "zero")[lang]
        return " ".join(zero if d == "0" else whole(int(d), lang, rng) for d in run)
    return whole(int(run), lang, rng)


def say_label(
    text: str, lang: int, rng: random.Random, numbers: bool, units: bool, spelled: bool
) -> str:
    """A size or value label as said: numbers and units in words, codes spelled, each only
    when asked; what is left as written."""
    tokens = text.split()
    out: list[str] = []
    skip = False
    for at, token in enumerate(tokens):
        if skip:
            skip = False
            continue
        before = tokens[at - 1] if at else ""
        after = tokens[at + 1] if at + 1 < len(tokens) else ""
        if numbers and rng.random() < 0.5 and (said := _word_between(token, after, lang, units)):
            out.append(said)
            skip = True
            continue
        if units and _is_unit(token, before, lang):
            amount = _amount(before)
            singular, plural = UNITS[lang][token]
            out.append(singular if amount is not None and _one(amount, lang) else plural)
        elif spelled and CODE.match(token) and not _is_unit(token, before, lang):
            out.append(spell(token, lang, rng))
        elif numbers:
            wordy = re.match(r"^[^\W\d]{3,}", after) or _is_unit(after, token, lang)
            halves = lang == 1 or not wordy
            out.append(_number_words(token, lang, rng, halves))
        else:
            out.append(token)
    return " ".join(out)


def _is_unit(token: str, before: str, lang: int) -> bool:
    if token not in UNITS[lang]:
        return False
    return token == "No." or before == "fl" or _amount(before) is not None


def _word_between(number: str, word: str, lang: int, units: bool) -> str:
    """The fraction after the word that follows: « cinq pouces et quart », « un mètre et
    demi », "a foot and a half" ("" when it does not apply)."""
    head, _, tail = number.replace(",", ".").partition(".")
    if tail not in ("5", "25") or not head.isdigit() or head == "0" or word == "fl":
        return ""
    said = word
    if _is_unit(word, number, lang):
        if not units:
            return ""
        said = UNITS[lang][word][0 if head == "1" else 1]
    elif lang == 1 or not re.match(r"^[^\W\d]{3,}$", word):
        return ""
    if lang == 0:
        return f"{french(int(head))} {said} et " + ("demi" if tail == "5" else "quart")
    if head != "1" or tail != "5":
        return ""
    return f"{'an' if said[0] in 'aeiou' else 'a'} {said} and a half"


def _amount(token: str) -> float | None:
    token = token.rstrip("+")
    if _NUMBER.match(token):
        return float(token.replace(",", "."))
    if m := re.match(r"^(?:(\d+)-)?(\d)/([2348])$", token):
        return int(m[1] or 0) + int(m[2]) / int(m[3])
    return None


def _one(amount: float, lang: int) -> bool:
    return amount < 2 if lang == 0 else amount == 1


def _number_words(token: str, lang: int, rng: random.Random, halves: bool = True) -> str:
    if _NUMBER.match(token):
        return decimal(token, lang, rng, halves)
    if token == "+":
        return "plus"
    if token == "x":
        return rng.choice(_BY[lang])
    if m := re.match(r"^(\d+)-(\d+)$", token):
        return f"{whole(int(m[1]), lang, rng)} {_TO[lang]} {whole(int(m[2]), lang, rng)}"
    if re.match(r"^(\d+-)?\d/[2348]$", token) and lang == 1:
        return fraction(token, rng)
    if re.match(r"^\d+(/\d+)+$", token):
        joint = rng.choice((" ", (" et ", " and ")[lang]))
        return joint.join(whole(int(n), lang, rng) for n in token.split("/"))
    if m := re.match(r"^(\d+)\+$", token):
        return f"{whole(int(m[1]), lang, rng)} " + rng.choice((("plus",), ("plus", "and up"))[lang])
    if m := re.match(r"^([12])(re|e)$", token):
        return (
            ("première", "deuxième")[int(m[1]) - 1]
            if m[1] == "1" or rng.random() < 0.6
            else "seconde"
        )
    return token


def has_numbers(text: str) -> bool:
    """Whether a label holds a number a shopper may say in words (not inside a code)."""
    return any(not CODE.match(t) and re.search(r"\d", t) for t in text.split())


def has_units(text: str, lang: int) -> bool:
    tokens = text.split()
    return any(_is_unit(t, tokens[at - 1] if at else "", lang) for at, t in enumerate(tokens))


def has_code(text: str) -> bool:
    return any(CODE.match(t) for t in text.split())
