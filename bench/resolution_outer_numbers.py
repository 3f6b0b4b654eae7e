"""How shoppers of the *outer* half (:mod:`bench.resolution_outer`) say a size or a numbered value.

Each size of a feed (« 2,5 kg », "5.5 lb", « lot de 12 », "size 2-4", « 1/4 de meule ») has a
plain way, the one the title writes or the one everybody says, and other ways, each with its
tag: numbers in words, decimals said « virgule » / "point", fractions (« deux kilos et demi », "a
pound and three quarters", « la moitié d'une meule »), everyday measures (« une livre » for 500 g,
"a quart", "aged a year"), dozens and pairs (« une douzaine de », "a pair of"), ranges (« force
deux à quatre », "size two through four"), two numbers of a cylinder (« trente quarante »), size
letters (« taille ixe elle », "extra large") and the unit left out (« comté 500 »).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]  # fmt: skip
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]  # fmt: skip
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def french(n: int) -> str:
    """« soixante et onze », « quatre-vingts », « deux cent cinquante »."""
    if n < 20:
        return _FR[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        if tens in (7, 9):
            base = "soixante" if tens == 7 else "quatre-vingt"
            return f"{base} et onze" if n == 71 else f"{base}-{_FR[10 + unit]}"
        head = "quatre-vingt" if tens == 8 else _FR_TENS[tens]
        if unit == 0:
            return head + ("s" if tens == 8 else "")
        if unit == 1 and tens != 8:
            return f"{head} et un"
        return f"{head}-{_FR[unit]}"
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "cent" if hundreds == 1 else f"{_FR[hundreds]} cent" + ("" if rest else "s")
        return f"{head} {french(rest)}" if rest else head
    thousands, rest = divmod(n, 1000)
    head = "mille" if thousands == 1 else f"{french(thousands)} mille"
    return f"{head} {french(rest)}" if rest else head


def english(n: int) -> str:
    """ "forty", "one hundred fifty", "two thousand"."""
    if n < 20:
        return _EN[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _EN_TENS[tens] + (f" {_EN[unit]}" if unit else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_EN[hundreds]} hundred" + (f" {english(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    return f"{english(thousands)} thousand" + (f" {english(rest)}" if rest else "")


def in_words(number: str, code: str) -> str:
    """ "2,5" → « deux virgule cinq »; "1.75" → "one point seven five"."""
    whole, *decimals = re.split(r"[.,]", number)
    say = french if code == "fr" else english
    text = say(int(whole))
    if decimals:
        digits = decimals[0]
        point = "virgule" if code == "fr" else "point"
        tail = say(int(digits)) if code == "fr" else " ".join(_EN[int(d)] for d in digits)
        text = f"{text} {point} {tail}"
    return text


UNITS = {
    "fr": {"g": ["grammes", "g", "gr"], "kg": ["kilos", "kg", "kilogrammes"], "l": ["litres"],
           "cl": ["centilitres", "cl"], "cm": ["centimètres", "cm"], "mm": ["millimètres", "mm"]},
    "en": {"oz": ["ounces", "oz", "ounce"], "lb": ["pounds", "lbs", "pound"], "in": ["inch", "inches"],
           "qt": ["quart"], "gal": ["gallon"], "fl oz": ["fluid ounces", "ounces", "fl oz"],
           "mm": ["millimeters", "mm", "millimeter"], "cm": ["centimeters", "cm"]},
}  # fmt: skip
ONE_UNIT = {"kilos": "kilo", "litres": "litre", "pounds": "pound", "lbs": "lb", "inches": "inch",
            "ounces": "ounce"}  # fmt: skip
_MEASURE = re.compile(r"^(\d+(?:[.,]\d+)?) (g|kg|l|cl|cm|mm|oz|lb|in|qt|gal|fl oz)$")

# Sizes everyone says another way: fractions, everyday measures.
FRACTIONS = {
    ("fr", "2,5 kg"): ["deux kilos et demi", "deux kilos cinq", "deux kilos cinq cents"],
    ("fr", "250 g"): ["une demi-livre", "un quart de kilo"],
    ("fr", "500 g"): ["un demi-kilo", "un demi kilo"],
    ("fr", "50 cl"): ["un demi-litre", "un demi litre"],
    ("fr", "affiné 18 mois"): ["affiné un an et demi", "d'un an et demi"],
    ("en", "5.5 lb"): ["five and a half pounds", "five and a half pound"],
    ("en", "1.75 lb"): ["a pound and three quarters", "one and three quarter pounds", "a pound and three quarter"],
    ("en", "3.5 oz"): ["three and a half ounces", "three and a half ounce"],
    ("en", "2.5 in"): ["two and a half inch", "two and a half inches"],
    ("en", "8 oz"): ["half a pound", "half pound", "a half pound"],
    ("en", "4 oz"): ["a quarter pound", "quarter pound"],
    ("en", "aged 18 months"): ["aged a year and a half", "aged one and a half years"],
}  # fmt: skip
EVERYDAY = {
    ("fr", "500 g"): ["une livre", "une livre de"],
    ("fr", "1 kg"): ["un kilo"],
    ("fr", "1 l"): ["un litre"],
    ("fr", "affiné 12 mois"): ["affiné un an", "d'un an"],
    ("fr", "affiné 24 mois"): ["affiné deux ans", "de deux ans"],
    ("fr", "à l'unité"): ["une seule", "juste une"],
    ("fr", "meule entière"): ["toute la meule", "la meule complète"],
    ("fr", "petit"): ["un petit"], ("fr", "grand"): ["un grand"],
    ("en", "1 lb"): ["a pound", "one pound"],
    ("en", "16 fl oz"): ["a pint"],
    ("en", "1 qt"): ["a quart", "one quart"],
    ("en", "1 gal"): ["a gallon", "one gallon"],
    ("en", "12 in"): ["a foot", "one foot", "foot long"],
    ("en", "aged 12 months"): ["aged one year", "aged a year", "one year old"],
    ("en", "aged 24 months"): ["aged two years", "two year old"],
    ("en", "single"): ["just one", "a single"],
    ("en", "whole wheel"): ["the entire wheel", "a full wheel"],
    ("en", "small"): ["a small"], ("en", "medium"): ["a medium"], ("en", "large"): ["a large"],
}  # fmt: skip
# The plain way of a size nobody says as the title writes it.
SAID_PLAIN = {
    ("fr", "1/4 de meule"): "un quart de meule", ("fr", "1/2 meule"): "une demi-meule",
    ("fr", "1/8 de meule"): "un huitième de meule", ("fr", "meule entière"): "une meule entière",
    ("en", "quarter wheel"): "a quarter wheel", ("en", "half wheel"): "half wheel",
    ("en", "eighth wheel"): "an eighth wheel", ("en", "whole wheel"): "a whole wheel",
}  # fmt: skip
WHEEL_FRACTIONS = {
    ("fr", "1/4 de meule"): ["un quart", "un quart de meule de"],
    ("fr", "1/2 meule"): ["la moitié d'une meule", "une demi-meule de", "une demie meule"],
    ("fr", "1/8 de meule"): ["un huitième", "un huitième de meule de"],
    ("en", "quarter wheel"): ["a quarter of a wheel", "a quarter wheel of", "one quarter wheel"],
    ("en", "half wheel"): ["half a wheel", "half a wheel of", "a half wheel"],
    ("en", "eighth wheel"): ["an eighth of a wheel", "one eighth wheel"],
}  # fmt: skip
LETTERS = {
    "fr": {"S": ["s", "esse", "small"], "M": ["m", "emme", "médium", "moyenne"],
           "L": ["l", "elle", "large"], "XL": ["x l", "ixe elle", "extra large", "xl"]},
    "en": {"S": ["s", "small", "es"], "M": ["m", "medium", "em"], "L": ["l", "large", "el"],
           "XL": ["x l", "extra large", "x large", "ex el"]},
}  # fmt: skip
STANDALONE = {
    "fr": {"M": ["médium"], "XL": ["extra large"]},
    "en": {"M": ["medium"], "L": ["large"], "XL": ["extra large", "x large"]},
}
DOZENS = {"fr": {6: "une demi-douzaine de", 12: "une douzaine de", 24: "deux douzaines de"},
          "en": {6: "half a dozen", 12: "a dozen", 24: "two dozen"}}  # fmt: skip
PAIRS = {"fr": ["une paire de", "la paire de"], "en": ["a pair of", "one pair of"]}
# Ways that go before the product noun (« un petit bouquet de saison », "just one door handle").
LEADING = {
    "a small",
    "a large",
    "a medium",
    "un petit",
    "un grand",
    "a single",
    "une seule",
    "juste une",
    "just one",
}
_COUNTED = re.compile(r"^(?:lot de |carton de |case of )?(\d+)(?:-pack| tiges?| stems?| strips"
                      r"| bottes?| bunch(?:es)?| briques?| bricks?)?$")  # fmt: skip


@dataclass(frozen=True)
class Way:
    """One way of saying a size; ``before`` when it goes before the product noun (« une
    douzaine de roses », "a pair of door hinges")."""

    text: str
    before: bool = False


def ways(label: str, code: str) -> dict[str, list[Way]]:
    """Every way of saying ``label``, by tag ("plain" for the clean ones)."""
    found: dict[str, list[Way]] = {"plain": [Way(SAID_PLAIN.get((code, label), label))]}

    def add(tag: str, texts: list[str]) -> None:
        for text in texts:
            before = text.endswith((" de", " of")) or text.startswith(("a pair", "une paire"))
            found.setdefault(tag, []).append(Way(text, before or tag == "dozen" or text in LEADING))

    add("fraction", FRACTIONS.get((code, label), []) + WHEEL_FRACTIONS.get((code, label), []))
    add("everyday", EVERYDAY.get((code, label), []))
    numbers = re.findall(r"\d+(?:[.,]\d+)?", label)
    if measure := _MEASURE.match(label):
        number, unit = measure.groups()
        units = UNITS[code][unit]
        found["plain"].append(Way(f"{number} {_unit(units[0], number)}"))
        add("number_words", [f"{in_words(number, code)} {_unit(u, number)}" for u in units[:2]])
        if re.search(r"[.,]", number):
            add("decimal", [f"{in_words(number, code)} {_unit(units[0], number)}",
                            f"{number.replace('.', ' point ').replace(',', ' virgule ')} {units[0]}"])  # fmt: skip
    elif counted := _COUNTED.match(label):
        count = int(counted[1])
        feminine = code == "fr" and re.search(r"tige|botte|brique|pièce", label)
        worded = label.replace(
            counted[1], "une" if count == 1 and feminine else in_words(counted[1], code), 1
        )
        add("number_words", [worded.replace("-pack", " pack")])
        if count in DOZENS[code]:
            add("dozen", [DOZENS[code][count]])
        if label in ("lot de 2", "2-pack"):
            add("pair", PAIRS[code])
    elif letters := re.match(r"^(taille|size) (XL|S|M|L)$", label):
        add("letters", [f"{letters[1]} {said}" for said in LETTERS[code][letters[2]][1:]])
        add("letters", STANDALONE[code].get(letters[2], []))
        found["plain"] = [Way(label.lower())]
    elif re.search(r"\d+-\d+", label):
        low, high = numbers
        head, unit = label.split(f"{low}-{high}")
        to = " à " if code == "fr" else " to "
        words = f"{in_words(low, code)}{to}{in_words(high, code)}"
        if head.startswith(("porte", "doors")):
            head = "porte de " if code == "fr" else "for doors "
        add("range", [f"{head}{low}{to}{high}{unit}", f"{head}{words}{unit}".rstrip()])
        if code == "en":
            add("range", [f"{head}{words.replace(' to ', ' through ')}{unit}".rstrip()])
        add("number_words", [f"{head}{in_words(low, code)} {in_words(high, code)}{unit}".rstrip()])
    elif re.search(r"\d+[x/]\d+", label) and (code, label) not in SAID_PLAIN:
        low, high = numbers
        by = ("par", "sur") if code == "fr" else ("by", "by")
        add("dimensions", [f"{in_words(low, code)} {in_words(high, code)}", f"{low} {high}",
                           f"{in_words(low, code)} {by[0]} {in_words(high, code)}",
                           f"{low} {by[1]} {high} mm"])  # fmt: skip
    elif label in ("la paire", "pair"):
        add("pair", PAIRS[code])
    elif numbers:
        worded = label
        for number in numbers:
            worded = worded.replace(number, in_words(number, code), 1)
        add("number_words", [worded.replace("-frame", " frame")])
    return found


def _unit(unit: str, number: str) -> str:
    """The unit word, singular for one (« un kilo », "one pound")."""
    return ONE_UNIT.get(unit, unit) if number == "1" else unit


def bare_number(label: str, code: str, words: bool) -> str | None:
    """The number of a measured size without its unit (« comté 500 »), or None."""
    measure = _MEASURE.match(label)
    if not measure or measure[1] == "1":  # « comté un » says nothing
        return None
    return in_words(measure[1], code) if words else measure[1]


def magnitude(label: str) -> float | None:
    """A size's place on its scale, or None when it has none (what « le grand » picks)."""
    if measure := _MEASURE.match(label):
        scale = {"kg": 1000, "l": 1000, "cl": 10, "cm": 10, "lb": 16, "qt": 32, "gal": 128,
                 "in": 25.4}.get(measure[2], 1)  # fmt: skip
        return float(measure[1].replace(",", ".")) * scale
    order = {"petit": 1, "moyen": 2, "grand": 3, "small": 1, "medium": 2, "large": 3}
    return order.get(label)


NUMBER_WORDS = {w for n in range(0, 1001)
                for w in re.split(r"[\s-]+", f"{french(n)} {english(n)}")} - {"et"}  # fmt: skip
