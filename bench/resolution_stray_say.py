"""How the shoppers of the *stray* half (:mod:`bench.resolution_stray`) say things: numbers in words,
sizes the way each trade says them, carrier and closing phrases, hesitations and corrections.

``size_ways(label, code)`` gives every way a shopper says a size label of the feed, each tagged
``plain`` (as written), ``number_words`` (numbers and units in words), ``trade`` (the trade's
own way: « un demi-litre », « vingt-sept et demi », "size six", "twelve hundred lumens", "six
fifty b") or ``partial`` (part of it: « 29 pouces », « en 25 »). What a size said is consistent
with is every size of the type that has the same way (:func:`bench.resolution_stray.expected`).
"""

from __future__ import annotations

import re

UNITS_FR = {"g": "grammes", "ml": "millilitres", "cl": "centilitres", "l": "litre",
            "mm": "millimètres", "cm": "centimètres"}  # fmt: skip
UNITS_EN = {"g": "grams", "ml": "milliliters", "cl": "centiliters", "l": "liter",
            "mm": "millimeter", "oz": "ounces", "fl oz": "ounces", "in": "inch"}  # fmt: skip

_FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]  # fmt: skip
_FR_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}
_EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]  # fmt: skip
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def french(n: int) -> str:
    """A whole number in French words (0 to 9999), « soixante et onze », « quatre-vingts »."""
    if n < 20:
        return _FR_UNITS[n]
    if n < 70:
        tens, unit = divmod(n, 10)
        word = _FR_TENS[tens * 10]
        return word if unit == 0 else f"{word} et un" if unit == 1 else f"{word}-{_FR_UNITS[unit]}"
    if n < 80:
        return "soixante et onze" if n == 71 else f"soixante-{_FR_UNITS[n - 60]}"
    if n < 100:
        return "quatre-vingts" if n == 80 else f"quatre-vingt-{_FR_UNITS[n - 80]}"
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "cent" if hundreds == 1 else f"{_FR_UNITS[hundreds]} cent"
        if rest == 0:
            return head if hundreds == 1 else head + "s"
        return f"{head} {french(rest)}"
    thousands, rest = divmod(n, 1000)
    head = "mille" if thousands == 1 else f"{french(thousands)} mille"
    return head if rest == 0 else f"{head} {french(rest)}"


def english(n: int) -> str:
    """A whole number in American words (0 to 9999), "one hundred fifteen"."""
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


def number(text: str, code: str) -> str:
    """A number as written in a label (« 2,25 », "27.5") in words."""
    whole, _, decimals = text.replace(",", ".").partition(".")
    say = french if code == "fr" else english
    words = say(int(whole or 0))
    if not decimals:
        return words
    point = "virgule" if code == "fr" else "point"
    if code == "en" and whole == "0":
        words = ""
    tail = say(int(decimals)) if code == "fr" else " ".join(say(int(d)) for d in decimals)
    return f"{words} {point} {tail}".strip()


def hundreds_en(n: int) -> str:
    """How Americans say 1200 or 1600: "twelve hundred"."""
    if 1100 <= n < 2000 and n % 100 == 0:
        return f"{english(n // 100)} hundred"
    return english(n)


def half_of(text: str, code: str) -> str:
    """« trois et demi » for 3,5, "two and a half" for 2.5; '' for other numbers."""
    value = float(text.replace(",", "."))
    if value != int(value) + 0.5:
        return ""
    whole = int(value)
    if code == "fr":
        return f"{french(whole)} et demi" if whole else "un demi"
    return f"{english(whole)} and a half" if whole else "half a"


def _in_words(label: str, code: str) -> str:
    say = french if code == "fr" else english
    return re.sub(r"\d+(?:[.,]\d+)?", lambda m: number(m.group(0), code) if not m.group(0).isdigit()
                  else say(int(m.group(0))), label)  # fmt: skip


Way = tuple[str, str]  # (what is said, tag)


def size_ways(label: str, code: str) -> list[Way]:
    """Every way a shopper says a size label, tagged (see the module's docstring)."""
    fr = code == "fr"
    units = UNITS_FR if fr else UNITS_EN
    say = french if fr else english
    clean = label.replace('"', "").lower()
    found: list[Way] = [(clean, "plain")]

    def add(text: str, tag: str) -> None:
        if text and text not in {said for said, _ in found}:
            found.append((text, tag))

    measure = re.fullmatch(r"(\d+(?:[.,]\d+)?) (g|ml|cl|l|mm|oz|fl oz)", clean)
    if measure:
        amount, unit = measure.groups()
        name = units[unit]
        if amount == "1":
            name = name.rstrip("s")
        if amount in ("0,5", "0.5"):
            add("un demi-gramme" if fr else "half a gram", "trade")
            return found
        add(f"{number(amount, code)} {name}", "number_words")
        add(f"{amount} {name}", "plain")
        half = half_of(amount, code)
        if half and unit == "mm":
            add(half, "trade")
            add(f"{half} {units[unit]}" if not fr else f"{say(int(float(amount.replace(',', '.'))))} "
                f"millimètres et demi", "trade")  # fmt: skip
        elif half:
            add(f"{half} {units[unit]}" if fr else f"{half} {units[unit].rstrip('s')}", "trade")
        if unit == "mm" and amount.isdigit():
            add(f"du {say(int(amount))}" if fr else f"{say(int(amount))} millimeter", "trade")
        if unit == "cl" and fr:
            add({"50": "un demi-litre", "25": "un quart de litre", "75": number(amount, code)}
                .get(amount, ""), "trade")  # fmt: skip
        if unit == "ml" and not fr and amount == "500":
            add("half a liter", "trade")
        if unit == "l" and amount == "1":
            add("un litre" if fr else "a liter", "trade")
        if unit == "g" and amount == "500" and fr:
            add("une livre", "trade")
        if unit in ("oz", "fl oz"):
            add(f"{amount} ounce", "plain")
        return found
    lumens = re.fullmatch(r"(\d+) lumens", clean)
    if lumens:
        n = int(lumens.group(1))
        add(f"{say(n)} lumens", "number_words")
        if not fr:
            add(f"{hundreds_en(n)} lumens", "trade")
            add(f"{n} lumen", "plain")
        return found
    road = re.fullmatch(r"700x(\d+)(?:-(\d+))?c", clean)
    if road:
        width, upto = road.groups()
        if upto:
            add("700" if fr else "seven hundred", "partial")
            add(
                f"sept cents {say(int(width))} {say(int(upto))}"
                if fr
                else f"seven hundred {say(int(width))} to {say(int(upto))} c",
                "number_words",
            )
            return found
        add(f"700 par {width}" if fr else f"700 by {width}", "plain")
        add(f"sept cents par {say(int(width))}" if fr else f"seven hundred by {say(int(width))}",
            "number_words")  # fmt: skip
        add(f"sept cent {say(int(width))}" if fr else f"seven hundred {say(int(width))} c", "trade")
        add(f"en {width}" if fr else f"{say(int(width))} c", "partial")
        return found
    mtb = re.fullmatch(r"(\d+(?:[.,]\d+)?) x (\d+(?:[.,]\d+)?)(?:-\d+(?:[.,]\d+)?)?", clean)
    if mtb:
        rim, width = mtb.groups()
        rim_words = number(rim, code)
        half = half_of(rim, code)
        if half:
            add(half, "trade")
            add("six cent cinquante b" if fr else "six fifty b", "trade")
        add(f"{rim} pouces" if fr else f"{rim} inch", "partial")
        add(f"{rim_words} pouces" if fr else f"{rim_words} inch", "partial")
        if "-" in clean:
            return found
        tail = width.replace(",", ".").partition(".")[2]
        add(f"{rim} par {width}" if fr else f"{rim} by {width}", "plain")
        add(f"{rim_words} par {number(width, code)}" if fr else f"{rim_words} by {number(width, code)}",
            "number_words")  # fmt: skip
        add(
            f"{half or rim_words} {say(int(width.split(',')[0].split('.')[0]))} {say(int(tail))}",
            "trade",
        )
        return found
    speed = re.fullmatch(r"(\d+)(?: vitesses|-speed)", clean)
    if speed:
        n = int(speed.group(1))
        add(f"{say(n)} vitesses" if fr else f"{say(n)} speed", "number_words")
        add(f"{n} v" if fr else f"{n} speed", "trade")
        return found
    teeth = re.fullmatch(r"(\d+)-(\d+)(?: dents|t)", clean)
    if teeth:
        low, high = (int(t) for t in teeth.groups())
        add(f"{say(low)} {say(high)}", "trade")
        add(f"{low}-{high}", "plain")
        add(f"{say(low)} {say(high)} dents" if fr else f"{say(low)} to {say(high)} tooth",
            "number_words")  # fmt: skip
        return found
    needle = re.fullmatch(r"us (\d+(?:\.\d+)?) - (\d+(?:\.\d+)?) mm", clean)
    if needle:
        us, mm = needle.groups()
        add(f"size {half_of(us, 'en') or number(us, 'en')}", "trade")
        add(f"us {us}", "plain")
        add(f"{number(mm, 'en')} millimeter", "number_words")
        add(f"{mm} mm", "plain")
        return found
    hook = re.fullmatch(r"([a-j])-(\d+) \((\d+(?:\.\d+)?) mm\)", clean)
    if hook:
        letter, hook_number, mm = hook.groups()
        add(f"size {letter}", "trade")
        add(f"{letter} {english(int(hook_number))}", "trade")
        add(f"{number(mm, 'en')} millimeter", "number_words")
        add(f"{mm} mm", "plain")
        return found
    for pattern, ways in _OTHER_WAYS[code]:
        if re.fullmatch(pattern, clean):
            for way in ways:
                add(way, "trade")
            return found
    add(_in_words(clean, code), "number_words")
    return found


_OTHER_WAYS: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "fr": [
        (r"1 paire", ("une paire",)),
        (r"lot de 2 paires", ("deux paires", "lot de deux")),
        (r"20 sachets", ("en sachets", "vingt sachets")),
        (r"vrac 50 g", ("en vrac",)),
        (r"largeur 143 mm", ("cent quarante-trois", "en 143")),
        (r"largeur 155 mm", ("cent cinquante-cinq", "en 155")),
        (r"lot de 20", ("vingt",)),
        (r"lot de 50", ("cinquante",)),
    ],
    "en": [
        (r"1 pair", ("one pair", "single pair")),
        (r"2 pairs", ("two pack", "pair of two")),
        (r"20 tea bags", ("tea bags", "twenty count")),
        (r"loose leaf 1.8 oz", ("loose leaf",)),
        (r"143 mm wide", ("one forty three",)),
        (r"155 mm wide", ("one fifty five",)),
        (r"20-pack", ("pack of twenty",)),
        (r"50-pack", ("pack of fifty",)),
    ],
}
