"""Numbers as the *beyond* half's shoppers say them: French and American words, decimals, the
hundreds way ("twenty two hundred") and fractions of a scale ("au dixième", "tenth scale")."""

from __future__ import annotations

_FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"]  # fmt: skip
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
_EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]  # fmt: skip
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
FR_ORDINALS = {2: "demi", 4: "quart", 5: "cinquième", 6: "sixième", 8: "huitième", 10: "dixième",
               12: "douzième", 16: "seizième"}  # fmt: skip
EN_ORDINALS = {2: "half", 4: "quarter", 5: "fifth", 6: "sixth", 8: "eighth", 10: "tenth",
               12: "twelfth", 16: "sixteenth"}  # fmt: skip


def french(n: int) -> str:
    """``n`` (0-999 999) in French words, with the traditional hyphens (« soixante et onze »,
    « quatre-vingts », « deux cents », « deux mille deux cents »)."""
    if n < 17:
        return _FR_UNITS[n]
    if n < 20:
        return f"dix-{_FR_UNITS[n - 10]}"
    if n < 100:
        tens, unit = divmod(n, 10)
        if tens in (7, 9):
            base = "soixante" if tens == 7 else "quatre-vingt"
            rest = french(10 + unit)
            return f"{base} et onze" if n == 71 else f"{base}-{rest}"
        if tens == 8:
            return "quatre-vingts" if unit == 0 else f"quatre-vingt-{_FR_UNITS[unit]}"
        word = _FR_TENS[tens]
        if unit == 0:
            return word
        return f"{word} et un" if unit == 1 else f"{word}-{_FR_UNITS[unit]}"
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "cent" if hundreds == 1 else f"{_FR_UNITS[hundreds]} cent"
        if rest == 0:
            return head if hundreds == 1 else f"{head}s"
        return f"{head} {french(rest)}"
    thousands, rest = divmod(n, 1000)
    head = "mille" if thousands == 1 else f"{french(thousands)} mille"
    return head if rest == 0 else f"{head} {french(rest)}"


def english(n: int) -> str:
    """``n`` (0-999 999) in American words, no "and" ("two hundred seventy five")."""
    if n < 20:
        return _EN_UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _EN_TENS[tens] if unit == 0 else f"{_EN_TENS[tens]} {_EN_UNITS[unit]}"
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = f"{_EN_UNITS[hundreds]} hundred"
        return head if rest == 0 else f"{head} {english(rest)}"
    thousands, rest = divmod(n, 1000)
    head = f"{english(thousands)} thousand"
    return head if rest == 0 else f"{head} {english(rest)}"


def hundreds_way(n: int) -> str | None:
    """2200 as "twenty two hundred", the way Americans say capacities and speeds; None when
    ``n`` is not said that way."""
    if not 1100 <= n < 10000 or n % 100 or n % 1000 == 0:
        return None
    return f"{english(n // 100)} hundred"


def words(number: str, code: str) -> str:
    """A number as written in a label ("26", "2,5", "1.75", "06") in words."""
    text = number.replace(",", ".")
    if "." not in text:
        return (french if code == "fr" else english)(int(text))
    whole, decimals = text.split(".")
    said = (french if code == "fr" else english)(int(whole))
    if code == "fr":
        tail = french(int(decimals)) if not decimals.startswith("0") else " ".join(
            french(int(d)) for d in decimals)  # fmt: skip
        return f"{said} virgule {tail}"
    return f"{said} point {' '.join(english(int(d)) for d in decimals)}"


def fraction_way(number: str, code: str) -> str | None:
    """2.5 as « deux et demi » / "two and a half", 1.75 as "one and three quarters", 1.25 as
    "one and a quarter"; None for other decimals."""
    text = number.replace(",", ".")
    if "." not in text:
        return None
    whole, decimals = text.split(".")
    said = (french if code == "fr" else english)(int(whole))
    tails = {
        "fr": {"5": "et demi", "25": "et quart", "75": "et trois quarts"},
        "en": {"5": "and a half", "25": "and a quarter", "75": "and three quarters"},
    }[code]
    if decimals not in tails:
        return None
    return f"{said} {tails[decimals]}"


def scale(denominator: int, code: str) -> list[str]:
    """A scale 1/``denominator`` said as a modeller says it."""
    if code == "fr":
        ordinal = FR_ORDINALS[denominator]
        return [f"au {ordinal}", f"échelle un {ordinal}", f"un {ordinal}", f"1/{denominator}"]
    ordinal = EN_ORDINALS[denominator]
    return [f"{ordinal} scale", f"one {ordinal}", f"one {ordinal} scale", f"1/{denominator}"]
