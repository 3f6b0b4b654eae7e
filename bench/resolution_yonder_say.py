"""How the shoppers of the *yonder* half (:mod:`bench.resolution_yonder`) say a size of the feed.

``size_ways(label, code)`` gives every way, each tagged: ``plain`` (read as the feed writes it, as
a recogniser writes it back: « 1/2 pouce », "28 in"), ``unit_words`` (the unit said: « 250
grammes », "28 inch"), ``number_words`` (the numbers in words too: « deux cent cinquante
grammes », "three quarter inch") or ``trade`` (the trade's own way: « un kilo deux », « du 20x27 »,
« cabine », "carry-on", "inch and a half", "three wick"). A size said is consistent with every
size of the kinds said that has the same way (:func:`bench.resolution_yonder_meant.sizes_for`).
"""

from __future__ import annotations

import re
import unicodedata

_FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]  # fmt: skip
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]  # fmt: skip
_EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FRACTIONS = {"1/2": ("un demi", "one half"), "1/4": ("un quart", "one quarter"),
             "3/4": ("trois quarts", "three quarter"), "3/8": ("trois huitièmes", "three eighths")}  # fmt: skip
UNITS = {
    "fr": {"g": "grammes", "kg": "kilos", "ml": "millilitres", "l": "litres", "cm": "centimètres",
           "mm": "millimètres", "m": "mètres", "pouce": "pouce", "pouces": "pouces"},
    "en": {"g": "grams", "oz": "ounce", "floz": "ounce", "lb": "pounds", "in": "inch", "ft": "foot",
           "ml": "milliliters", "l": "liter", "cm": "centimeters", "mm": "millimeter"},
}  # fmt: skip
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_FRACTION = re.compile(r"\d/\d")


def french(n: int) -> str:
    """A whole number in French words, 0 to 9999 (« soixante-douze », « quatre-vingt-dix »)."""
    if n < 20:
        return _FR[n]
    if n < 70:
        tens, unit = divmod(n, 10)
        head = _FR_TENS[tens]
        return head if not unit else f"{head} et un" if unit == 1 else f"{head}-{_FR[unit]}"
    if n < 80:
        return "soixante et onze" if n == 71 else f"soixante-{_FR[n - 60]}"
    if n < 100:
        return "quatre-vingts" if n == 80 else f"quatre-vingt-{_FR[n - 80]}"
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "cent" if hundreds == 1 else f"{_FR[hundreds]} cent"
        if not rest:
            return head if hundreds == 1 else f"{head}s"
        return f"{head} {french(rest)}"
    thousands, rest = divmod(n, 1000)
    head = "mille" if thousands == 1 else f"{french(thousands)} mille"
    return f"{head} {french(rest)}" if rest else head


def english(n: int) -> str:
    """A whole number in American words, 0 to 9999 ("one hundred twenty")."""
    if n < 20:
        return _EN[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _EN_TENS[tens] if not unit else f"{_EN_TENS[tens]} {_EN[unit]}"
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_EN[hundreds]} hundred" + (f" {english(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    return f"{english(thousands)} thousand" + (f" {english(rest)}" if rest else "")


def say_number(text: str, code: str) -> str:
    """« 1,2 » → « un virgule deux », "3.25" → "three point two five", "3/4" → "three quarter"."""
    if text in FRACTIONS:
        return FRACTIONS[text][code == "en"]
    whole, _, decimals = text.replace(",", ".").partition(".")
    say = french if code == "fr" else english
    if not decimals:
        return say(int(whole))
    if code == "fr":
        return f"{say(int(whole))} virgule {say(int(decimals))}"
    return f"{say(int(whole))} point " + " ".join(say(int(d)) for d in decimals)


def spoken(text: str, code: str, numbers: bool) -> str:
    """``text`` with its units said, and its numbers too when ``numbers``; '' when it has
    neither a unit nor a number to say (or an « x » the shoppers never read)."""
    tokens = text.replace("fl oz", "floz").split()
    if "x" in tokens or not any(_NUMBER.fullmatch(t) or _FRACTION.fullmatch(t) for t in tokens):
        return ""
    out: list[str] = []
    for n, token in enumerate(tokens):
        before = tokens[n - 1] if n else ""
        is_number = bool(_NUMBER.fullmatch(token) or _FRACTION.fullmatch(token))
        if is_number and numbers:
            if _FRACTION.fullmatch(token) and _NUMBER.fullmatch(before):
                out.append(("et " if code == "fr" else "and ") + say_number(token, code))
            else:
                out.append(say_number(token, code))
        elif token in UNITS[code] and (_NUMBER.fullmatch(before) or _FRACTION.fullmatch(before)):
            unit = UNITS[code][token]
            out.append(unit.rstrip("s") if before in ("1", "1/2") and code == "fr" else unit)
        else:
            out.append(token)
    said = " ".join(out)
    return "" if said == text else said


def fold(text: str) -> str:
    """Lower case, no accents, hyphens and apostrophes as spaces: what two ways are compared on."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[-'’]", " ", bare).split())


Way = tuple[str, str]  # (what is said, tag)


def size_ways(label: str, code: str) -> list[Way]:
    """Every way a shopper says a size label of the feed (see the module's docstring)."""
    written = WAYS[code].get(label)
    if written is None:
        plain = [re.sub(r"^ø\s*", "", label.lower()).strip()]
        trade: list[str] = []
    else:
        head, _, tail = f" {written}".partition(" / ")
        plain = [w.strip().lower() for w in head.split(";") if w.strip()]
        trade = [w.strip().lower() for w in tail.split(";") if w.strip()]
    found: list[Way] = []
    seen: set[str] = set()

    def add(text: str, tag: str) -> None:
        if text and fold(text) not in seen:
            seen.add(fold(text))
            found.append((text, tag))

    for text in plain:
        add(text, "plain")
    for text in plain:
        add(spoken(text, code, numbers=False), "unit_words")
        add(spoken(text, code, numbers=True), "number_words")
    for text in trade:
        add(text, "trade")
    return found


WAYS: dict[str, dict[str, str]] = {
    "fr": {
        "x4": "/ par quatre; paquet de quatre; les quatre",
        "x6": "/ par six; paquet de six; les six",
        "1 kg": "1 kg / un kilo; le kilo",
        "1,2 kg": "1,2 kg / un kilo deux; un kilo deux cents",
        "1,5 kg": "1,5 kg / un kilo et demi; un kilo cinq cents",
        "2 x 125 g": "/ par deux; deux fois 125 grammes; deux fois cent vingt-cinq grammes",
        "4 x 125 g": "/ par quatre; quatre fois 125 grammes; quatre fois cent vingt-cinq grammes",
        "10 x 100 g": "/ par dix; dix fois 100 grammes; le lot de dix",
        "2 x 100 g": "/ par deux; deux fois 100 grammes; deux fois cent grammes",
        "55 cm cabine": "55 cm / cabine; taille cabine; format cabine; bagage cabine",
        "68 cm": "68 cm / taille moyenne; format moyen",
        "77 cm": "77 cm / grande taille; grand format",
        "à l'unité": "/ à l'unité; l'unité; un seul",
        "lot de 2": "lot de 2 / lot de deux; par deux",
        "lot de 4": "lot de 4 / lot de quatre; par quatre",
        "S (18-22 pouces)": "taille S; 18-22 pouces / petite taille; en S",
        "M (22-26 pouces)": "taille M; 22-26 pouces / en M; taille medium",
        "L (26-30 pouces)": "taille L; 26-30 pouces / en L; grande taille",
        "set de 3": "set de 3 / set de trois; par trois",
        "set de 5": "set de 5 / set de cinq; par cinq",
        "600 g, 3 mèches": "600 g; 3 mèches / trois mèches; la trois mèches",
        "boîte de 30": "boîte de 30 / boîte de trente; par trente",
        "boîte de 100": "boîte de 100 / boîte de cent; par cent",
        "1/2 pouce (15x21)": "1/2 pouce; 15x21 / demi-pouce; un demi-pouce; du 15x21; 15 21; "
        "quinze vingt et un; quinze par vingt et un",
        "3/4 pouce (20x27)": "3/4 pouce; 20x27 / trois quarts de pouce; 3/4 de pouce; du 20x27; "
        "20 27; vingt vingt-sept; vingt par vingt-sept",
        "1 pouce (26x34)": "1 pouce; 26x34 / un pouce; du 26x34; 26 34; vingt-six trente-quatre",
        "DN 15": "DN 15 / 1/2 pouce; demi-pouce; un demi-pouce; 15x21; du 15x21; en 15",
        "DN 20": "DN 20 / 3/4 pouce; 3/4 de pouce; trois quarts de pouce; 20x27; du 20x27; en 20",
        "DN 25": "DN 25 / 1 pouce; un pouce; 26x34; du 26x34; en 25",
        "Ø 12 mm - 1 m": "12 mm / du 12; en 12; diamètre 12",
        "Ø 14 mm - 1 m": "14 mm / du 14; en 14; diamètre 14",
        "Ø 22 mm - 1 m": "22 mm / du 22; en 22; diamètre 22",
        "Ø 16 mm - couronne 25 m": "16 mm / du 16; en 16; diamètre 16",
        "Ø 20 mm - couronne 25 m": "20 mm / du 20; en 20; diamètre 20",
        "Ø 32 mm": "32 mm / du 32; en 32; diamètre 32",
        "Ø 40 mm": "40 mm / du 40; en 40; diamètre 40",
    },
    "en": {
        "4-pack": "4 pack / pack of four",
        "6-pack": "6 pack / pack of six",
        "1.75 lb": "1.75 lb / a pound and three quarters; one and three quarter pounds",
        "2.5 lb": "2.5 lb / two and a half pounds; 2 and a half pounds",
        "3.25 lb": "3.25 lb / three and a quarter pounds; 3 and a quarter pounds",
        "2 x 1/4 lb": "/ two quarter pound; 2 quarter pound; two pack",
        "4 x 1/4 lb": "/ four quarter pound; 4 quarter pound; four pack",
        "10 x 3.5 oz": "/ ten pack; 10 pack; pack of ten",
        "2 x 3.5 oz": "/ two pack; 2 pack; twin pack",
        "21 in carry-on": "21 in / carry-on; carry-on size; cabin size",
        "25 in": "25 in / medium; medium size; medium checked",
        "28 in": "28 in / large; large size; large checked",
        "single": "/ single; just one; single pack",
        "2-pack": "2 pack / two pack; set of two",
        "S (18-22 in)": "size s; 18-22 in / small; size small",
        "M (22-26 in)": "size m; 22-26 in / medium; size medium",
        "L (26-30 in)": "size l; 26-30 in / large; size large",
        "set of 3": "set of 3 / three piece set; 3 piece set",
        "set of 5": "set of 5 / five piece set; 5 piece set",
        "21 oz 3-wick": "21 oz; 3 wick / three wick; 21 ounce three wick",
        "30-pack": "30 pack / pack of thirty; thirty count",
        "100-pack": "100 pack / pack of a hundred; hundred count",
        "1/2 in": "1/2 in / half inch; a half inch",
        "3/4 in": "3/4 in / three quarter; three-quarter inch",
        "1 in": "1 in / an inch; one inch",
        "3/8 in x 5 ft": "3/8 in / three eighths; three eighths inch",
        "1/2 in x 5 ft": "1/2 in / half inch; a half inch",
        "3/4 in x 5 ft": "3/4 in / three quarter; three-quarter inch",
        "1/2 in x 100 ft": "1/2 in / half inch; half inch hundred foot",
        "3/4 in x 100 ft": "3/4 in / three quarter; three quarter hundred foot",
        "12 in": "12 in / one foot; a foot; foot long",
        "1 1/4 in": "1 1/4 in / inch and a quarter; one and a quarter inch",
        "1 1/2 in": "1 1/2 in / inch and a half; one and a half inch",
    },
}
