"""How the *novel* half's shoppers say sizes and how its recogniser mishears words
(:mod:`bench.resolution_novel`).

Written from how people speak in these trades and from what French and English speech
recognisers write, not from any resolver:

- **sizes** in digits or words, units in full, as letters or left out, and the everyday forms
  of the trade: « une demi-livre » (250 g), « une douzaine » d'huîtres, "half a dozen",
  « moins deux et demi » for a -2,50 lens, "size forty one" for EU 41, « je fais du 41 »,
  "medium" for size M, « un mètre vingt-cinq », "two fifty grams", "three pack";
- **numbers and letters misheard**: "to" / "for" / "ate", « sans » for *cent*, « vin » for
  *vingt*, « aime » for the letter M, "el" for L;
- **word boundaries and endings**: a word cut at a syllable ("crevet tes", "sca llops"), two
  words run together, a word's end clipped ("mackere", « cabill »), the head noun's plural
  added or dropped ("shrimps", « huître »), accents lost.
"""

from __future__ import annotations

import random
import re
import unicodedata

VOWELS = "aeiouyàâäéèêëîïôöûùüœ"


def fold(text: str) -> str:
    """Lower case, without accents."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


# --- numbers ---------------------------------------------------------------------------------
FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"]  # fmt: skip
FR_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}
EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]  # fmt: skip
EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def french(n: int) -> str:
    """0-9999 in French words, hyphenated as written ("quatre-vingt-dix")."""
    if n < 17:
        return FR_UNITS[n]
    if n < 20:
        return "dix-" + FR_UNITS[n - 10]
    if n < 70:
        tens, unit = divmod(n, 10)
        word = FR_TENS[tens * 10]
        return word if unit == 0 else word + (" et un" if unit == 1 else "-" + FR_UNITS[unit])
    if n < 80:
        return "soixante et onze" if n == 71 else "soixante-" + french(n - 60)
    if n < 100:
        return "quatre-vingts" if n == 80 else "quatre-vingt-" + french(n - 80)
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = (
            "cent" if hundreds == 1 else FR_UNITS[hundreds] + (" cents" if rest == 0 else " cent")
        )
        return head if rest == 0 else f"{head} {french(rest)}"
    thousands, rest = divmod(n, 1000)
    head = "mille" if thousands == 1 else french(thousands) + " mille"
    return head if rest == 0 else f"{head} {french(rest)}"


def english(n: int) -> str:
    """0-9999 in English words ("one hundred twenty five")."""
    if n < 20:
        return EN_UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return EN_TENS[tens] + ("" if unit == 0 else "-" + EN_UNITS[unit])
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{EN_UNITS[hundreds]} hundred" + ("" if rest == 0 else " " + english(rest))
    thousands, rest = divmod(n, 1000)
    return f"{english(thousands)} thousand" + ("" if rest == 0 else " " + english(rest))


def number(n: int, code: str, rng: random.Random) -> str:
    """A number as the recogniser writes it: words (hyphens kept or not) or, a third of the
    time, digits."""
    if rng.random() < 0.33:
        return str(n)
    words = french(n) if code == "fr" else english(n)
    if code == "en" and 100 <= n < 200 and rng.random() < 0.3:
        words = "a " + words.removeprefix("one ")
    return words.replace("-", " ") if rng.random() < 0.6 else words


NUMBER_TOKENS = {
    t for n in range(0, 1001) for t in re.split(r"[\s-]+", f"{french(n)} {english(n)}")
} - {"et"} | {"une", "douzaine", "douzaines", "dozen", "demi", "half"}

# --- sizes -----------------------------------------------------------------------------------
UNIT_NAMES = {
    "fr": {"ml": "millilitres", "l": "litres", "g": "grammes", "kg": "kilos", "cm": "centimètres",
           "m": "mètres"},
    "en": {"ml": "milliliters", "l": "liters", "g": "grams", "kg": "kilos", "cm": "centimeters",
           "m": "meters"},
}  # fmt: skip
# Counts of the trade: (the words before the number, the words after), per locale.
COUNTS = {
    "fr": re.compile(r"^(boîte de|lot de) (\d+)$|^(\d+) (pièces?|tranches|paires?|boîtes?)$"),
    "en": re.compile(r"^(box of) (\d+)$|^(\d+)[ -](count|slices|pairs?|cans?|pack)$"),
}
DOZENS = {"fr": {6: "une demi-douzaine", 12: "une douzaine", 24: "deux douzaines"},
          "en": {6: "half a dozen", 12: "a dozen", 24: "two dozen"}}  # fmt: skip
LETTER_WORDS = {"fr": {"s": "small", "m": "medium", "l": "large"},
                "en": {"s": "small", "m": "medium", "l": "large"}}  # fmt: skip


def _unit(unit: str, code: str, value: float, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.5:
        name = UNIT_NAMES[code][unit]
        return name[:-1] if value == 1 else name
    if roll < 0.65:
        return " ".join(unit)  # "k g", "m l": letters spelled out
    return unit


def _everyday_metric(value: float, unit: str, code: str, rng: random.Random) -> str | None:
    grams = {"g": 1, "kg": 1000}.get(unit)
    millilitres = {"ml": 1, "l": 1000}.get(unit)
    amount = value * (grams or millilitres or 0)
    if code == "fr":
        if grams and amount == 250:
            return "une demi-livre"
        if grams and amount == 500:
            return rng.choice(["une livre", "un demi-kilo"])
        if amount == 1000 and unit in ("kg", "l"):
            return "un kilo" if grams else "un litre"
        if millilitres and amount == 500:
            return "un demi-litre"
        if unit == "cm" and 100 < value < 200:
            return f"un mètre {french(int(value) - 100)}"
        return None
    if grams and amount == 250:
        return rng.choice(["a quarter kilo", "two fifty grams"])
    if grams and amount == 500:
        return "half a kilo"
    if amount == 1000 and unit in ("kg", "l"):
        return "a kilo" if grams else "a liter"
    if millilitres and amount == 500:
        return "half a liter"
    if unit == "cm" and 100 < value < 200:
        return f"one {english(int(value) - 100)}"
    return None


def say_power(text: str, code: str, rng: random.Random, everyday: bool) -> str:
    """A dioptre ("-2,50", "+1.00") as said: « moins deux cinquante », "minus two and a half"."""
    sign, whole, cents = re.match(r"^([+-])(\d)[.,](\d\d)$", text).groups()  # type: ignore[union-attr]
    words = french if code == "fr" else english
    lead = {"fr": {"-": "moins", "+": "plus"}, "en": {"-": "minus", "+": "plus"}}[code][sign]
    if sign == "+" and rng.random() < 0.4:
        lead = ""  # reading glasses: « force deux », "two fifty"
    tail = ""
    if cents == "50":
        half = "et demi" if code == "fr" else "and a half"
        point = "virgule cinq" if code == "fr" else "point five"
        tail = half if everyday else rng.choice([words(50), point])
    elif everyday and code == "en":
        tail = "point oh"
    return " ".join(w for w in (lead, words(int(whole)), tail) if w)


def say_size(size: str, code: str, rng: random.Random, everyday: bool) -> tuple[str, bool]:
    """A feed size as the shopper says it, and whether an everyday form of the trade was used
    (asked for with ``everyday``; not every size has one)."""
    if size in ("1 pièce", "1 unit"):
        return "", False
    if match := re.match(r"^(\d+)(?:[.,](\d+))? (ml|l|g|kg|cm|m)$", size):
        whole, decimals, unit = match.groups()
        value = float(f"{whole}.{decimals or 0}")
        if everyday and (said := _everyday_metric(value, unit, code, rng)):
            return said, True
        if (
            everyday and not decimals and value >= 10
        ):  # the unit left out: « cirage noir cinquante »
            return number(int(whole), code, rng), True
        return f"{number(int(whole), code, rng)} {_unit(unit, code, value, rng)}", False
    if match := COUNTS[code].match(size):
        before, count, amount, after = match.groups()
        n = int(count or amount)
        if everyday and n in DOZENS[code]:
            return DOZENS[code][n], True
        if everyday and n > 1:
            return (f"par {french(n)}" if code == "fr" else f"pack of {english(n)}"), True
        said = "une" if code == "fr" and n == 1 else number(n, code, rng)
        if code == "en" and n == 1:
            said = "one" if rng.random() < 0.5 else "a"
        return (f"{before} {said}" if before else f"{said} {after}"), False
    if re.match(r"^[+-]\d[.,]\d\d$", size):
        return say_power(size, code, rng, everyday), everyday
    if match := re.match(r"^(?:taille|size) ([SML])$", size):
        letter = match[1].lower()
        if everyday:
            return f"{'taille' if code == 'fr' else 'size'} {LETTER_WORDS[code][letter]}", True
        return f"{'taille' if code == 'fr' else 'size'} {letter}", False
    if match := re.match(r"^(?:pointure|EU) (\d\d)(?:-(\d\d))?$", size):
        first, last = match.groups()
        said = number(int(first), code, rng)
        if last:
            link = rng.choice(["à", "au", ""]) if code == "fr" else rng.choice(["to", ""])
            said = " ".join(w for w in (said, link, number(int(last), code, rng)) if w)
        if everyday:
            return (f"du {said}" if code == "fr" else f"size {said}"), True
        head = "pointure" if code == "fr" else rng.choice(["eu", "e u", "european size"])
        return f"{head} {said}", False
    if match := re.match(r"^x(\d)$|^(\d)x$", size):
        n = int(match[1] or match[2])
        if code == "fr":
            return (f"{french(n)} fois" if everyday else f"x{n}"), everyday
        return (f"{english(n)} times" if everyday else f"{english(n)} x"), everyday
    if size in ("poney", "cob", "cheval", "pony", "full"):
        if everyday:
            return (f"taille {size}" if code == "fr" else f"{size} size"), True
        return size, False
    return size.lower(), False


def say_value(value: str, code: str, rng: random.Random) -> str:
    """A variant value as said: powers and oyster grades in words, the rest as written."""
    if re.match(r"^[+-]\d[.,]\d\d$", value):
        return say_power(value, code, rng, everyday=False)
    if match := re.match(r"^(?:n°|no\.) (\d)$", value):
        lead = rng.choice(["numéro", "n", "calibre"] if code == "fr" else ["number", "no", "size"])
        return f"{lead} {number(int(match[1]), code, rng)}"
    return value.lower()


# --- what the recogniser gets wrong -----------------------------------------------------------
def cut(word: str, rng: random.Random) -> str | None:
    """A long word heard as two, cut at a syllable: before a consonant between two vowels or
    between a doubled consonant, three letters at least on each side."""
    if len(word) < 7 or not word.isalpha():
        return None
    spots = [n for n in range(3, len(word) - 2)
             if (word[n - 1] in VOWELS and word[n] not in VOWELS and word[n + 1] in VOWELS)
             or (word[n - 1] == word[n] and word[n] not in VOWELS)]  # fmt: skip
    if not spots:
        return None
    at = rng.choice(spots)
    return f"{word[:at]} {word[at:]}"


def clip(word: str, rng: random.Random, last: bool) -> str | None:
    """The end of a word swallowed: a final silent or weak syllable ("-es", "-ed", "-e") or,
    on the last word when the recogniser stops listening too early, up to three letters."""
    if len(word) < 6 or not word.isalpha() or fold(word) in NUMBER_TOKENS:
        return None
    drop = rng.randint(1, 3) if last else rng.randint(1, 2)
    clipped = word[:-drop]
    return clipped if len(clipped) >= 4 else None


def plural_swapped(word: str, code: str) -> str | None:
    """A plural added to or dropped from a noun, as the ear cannot tell (« huître(s) »,
    "shrimp(s)")."""
    if not word.isalpha() or len(word) < 4:
        return None
    if code == "fr":
        if word.endswith(("s", "x")):
            return word[:-1]
        return word + ("x" if word.endswith(("eau", "au")) else "s")
    if word.endswith("ss"):
        return None
    if word.endswith("s"):
        return word[:-1]
    return word + ("es" if word.endswith(("sh", "ch", "x")) else "s")
