"""How the spoken half's shoppers say what they know (:mod:`bench.resolution_spoken`): sizes the
way each trade says them, numbers always in words (the recogniser, :mod:`bench.
resolution_spoken_sounds`, decides whether to write digits), a size rounded ("à peu près trois
mètres"), the biggest or smallest one, a brand half remembered ("korva-something"), a brand
after the noun with a link, and the frames people ask in: requests, questions, and a context
before them (« c'est pour la piscine de mes parents, il me faudrait… », "my wife asked me to
pick up…"). Every phrase is this half's own; the tests check none is another half's.
"""

from __future__ import annotations

import random
import re
from fractions import Fraction

from bench.resolution_noise import english_number, french_number
from bench.resolution_spoken_channel import Word

# (lang, size as the catalog writes it) → how the trade says it besides the plain reading.
SIZE_SAYINGS: dict[tuple[str, str], list[str]] = {
    ("fr", "5 W (40 W)"): ["équivalent quarante watts", "une quarante watts"],
    ("fr", "8 W (60 W)"): ["équivalent soixante watts", "une soixante watts"],
    ("fr", "11 W (75 W)"): ["équivalent soixante-quinze watts"],
    ("fr", "15 W (100 W)"): ["équivalent cent watts", "une cent watts"],
    ("en", "5W (40W equivalent)"): ["forty watt equivalent", "a forty watt"],
    ("en", "9W (60W equivalent)"): ["sixty watt equivalent", "a sixty watt"],
    ("en", "11W (75W equivalent)"): ["seventy five watt equivalent"],
    ("en", "15W (100W equivalent)"): ["hundred watt equivalent", "a hundred watt"],
    ("fr", "0,20 mm"): ["vingt centièmes", "du vingt centièmes"],
    ("fr", "0,25 mm"): ["vingt-cinq centièmes", "du vingt-cinq centièmes", "zéro vingt-cinq"],
    ("fr", "0,30 mm"): ["trente centièmes", "zéro trente"],
    ("fr", "0,35 mm"): ["trente-cinq centièmes", "du trente-cinq centièmes"],
    ("en", "6 lb test"): ["six pound", "six pound line"],
    ("en", "8 lb test"): ["eight pound", "eight pound line"],
    ("en", "10 lb test"): ["ten pound", "ten pound line"],
    ("en", "12 lb test"): ["twelve pound", "twelve pound line"],
    ("fr", "pointure 40/41"): ["taille quarante quarante et un", "du quarante et un"],
    ("fr", "pointure 42/43"): ["taille quarante-deux quarante-trois", "du quarante-trois"],
    ("fr", "pointure 44/45"): ["taille quarante-quatre quarante-cinq", "du quarante-quatre"],
    ("fr", "2,10 m"): ["deux mètres dix", "deux dix"],
    ("fr", "2,70 m"): ["deux mètres soixante-dix", "deux soixante-dix"],
    ("fr", "3,60 m"): ["trois mètres soixante", "trois soixante"],
    ("en", "7 ft"): ["seven footer"],
    ("en", "9 ft"): ["nine footer"],
    ("fr", "bassin jusqu'à 8 m"): ["pour un bassin de huit mètres"],
    ("fr", "bassin jusqu'à 12 m"): ["pour un bassin de douze mètres"],
    ("en", "pools up to 30 ft"): ["for a thirty foot pool"],
    ("en", "pools up to 50 ft"): ["for a fifty foot pool"],
    ("fr", "tête seule"): ["sans le manche"],
    ("en", "head only"): ["without the pole"],
    ("en", "half sheet"): ["half sheet size"],
    ("en", "0.75 oz"): ["three quarter ounce", "three quarters of an ounce"],
    ("fr", "30 x 40 cm"): ["format demi-plaque"],
    ("fr", "10 mm"): ["un centimètre"],
    ("fr", "type C"): ["la c"],
}
FR_UNITS = {"mm": "millimètre", "cm": "centimètre", "m": "mètre", "kg": "kilo",
            "g": "gramme", "l": "litre", "W": "watt", "V": "volt"}  # fmt: skip
EN_UNITS = {"mm": "millimeter", "cm": "centimeter", "m": "meter", "ft": "foot", "in": "inch",
            "lb": "pound", "oz": "ounce", "gal": "gallon", "qt": "quart", "W": "watt",
            "V": "volt", "sq": "square"}  # fmt: skip
FR_HALF = {"kg": "kilo", "m": "mètre", "l": "litre"}
_EN_FRACTIONS = {Fraction(1, 2): "half", Fraction(1, 4): "quarter", Fraction(1, 8): "eighth",
                 Fraction(1, 6): "sixth", Fraction(3, 4): "three quarter",
                 Fraction(3, 8): "three eighths", Fraction(5, 8): "five eighths"}  # fmt: skip
_NUMBER = re.compile(r"^(\d+)(?:[.,](\d+))?$")
_FRACTION = re.compile(r"^(\d)/([2468])$")


def number(text: str, lang: str) -> str:
    """ "2,5" → « deux virgule cinq », "6.5" → "six point five", "12" → "twelve"."""
    spell = french_number if lang == "fr" else english_number
    whole, _, decimals = _parts(text)
    if not decimals:
        return spell(int(whole))
    if lang == "fr":
        return f"{spell(int(whole))} virgule {spell(int(decimals))}"
    return f"{spell(int(whole))} point {' '.join(spell(int(d)) for d in decimals)}"


def _parts(text: str) -> tuple[str, str, str]:
    match = _NUMBER.match(text)
    if not match:
        raise ValueError(text)
    return match.group(1), ",", match.group(2) or ""


def _read_word(word: str, lang: str) -> str:
    """One word of a size read aloud: a number, a fraction, a unit (singular), or the word."""
    fraction = _FRACTION.match(word)
    if fraction and lang == "en":
        value = Fraction(int(fraction.group(1)), int(fraction.group(2)))
        return _EN_FRACTIONS.get(value, f"{english_number(value.numerator)} over "
                                        f"{english_number(value.denominator)}")  # fmt: skip
    if _NUMBER.match(word):
        return number(word, lang)
    if re.fullmatch(r"x\d+", word):
        return ("par " if lang == "fr" else "pack of ") + number(word[1:], lang)
    units = FR_UNITS if lang == "fr" else EN_UNITS
    return units.get(word, word.lower().replace("n°", "numéro"))


def _plural(unit: str, lang: str) -> str:
    if lang == "fr":
        return unit if unit.endswith("s") else unit + "s"
    return {"foot": "feet", "inch": "inches"}.get(unit, unit + "s")


def read_size(size: str, lang: str, rng: random.Random) -> str:
    """The size read out in words: « deux virgule cinq kilos », "six point five feet", « un
    kilo et demi », "a quarter ounce", « trente par quarante centimètres », "nine foot"."""
    size = re.sub(r"(\d)([A-Za-z])", r"\1 \2", size)
    if "(" in size:  # "8 W (60 W)": one reading or the other
        outside, _, inside = size.partition("(")
        size = outside if rng.random() < 0.5 else inside.rstrip(")")
    size = re.sub(r"(\d+)/(\d\d)", r"\1 \2", size)  # « pointure 42/43 »
    words = size.split()
    match = re.fullmatch(r"(\d+)[.,]5", words[0]) if words else None
    if match and len(words) == 2 and rng.random() < 0.6:
        whole = int(match.group(1))
        if lang == "fr" and words[1] in FR_HALF:
            unit = FR_HALF[words[1]] + ("s" if whole > 1 else "")
            return f"{french_number(whole)} {unit} et demi"
        if lang == "en" and words[1] in EN_UNITS:
            return f"{english_number(whole)} and a half {_plural(EN_UNITS[words[1]], lang)}"
    units = set((FR_UNITS if lang == "fr" else EN_UNITS).values())
    adjectival = lang == "en" and rng.random() < 0.4  # "a nine foot rod"
    said: list[str] = []
    for index, word in enumerate(words):
        read = _read_word(word, lang)
        before = amount_of(words[index - 1]) if index else None
        last = index == len(words) - 1
        if read in units and before is not None and (before >= 2 or (lang == "en" and before > 1)):
            read = read if lang == "en" and (adjectival or not last) else _plural(read, lang)
        said.append(read)
    said = [("par" if lang == "fr" else "by") if w == "x" else w for w in said]
    if lang == "en" and said and said[0] in ("half", "quarter", "eighth", "sixth"):
        said[0] = ("a " if rng.random() < 0.6 else "one ") + said[0]
    return " ".join(said)


def amount_of(word: str) -> float | None:
    """The number a word of a size holds ("2,70" → 2.7, "1/4" → 0.25), None for a word."""
    fraction = _FRACTION.match(word)
    if fraction:
        return int(fraction.group(1)) / int(fraction.group(2))
    return float(word.replace(",", ".")) if _NUMBER.match(word) else None


def say_size(size: str, lang: str, rng: random.Random) -> tuple[str, str]:
    """The size as said, and a tag: ``size_trade`` for the trade's way (« vingt-cinq
    centièmes », "a sixty watt"), ``size_read`` for the plain reading."""
    trade = SIZE_SAYINGS.get((lang, size))
    if trade and rng.random() < 0.55:
        return rng.choice(trade), "size_trade"
    return read_size(size, lang, rng), "size_read"


# --- a size rounded ------------------------------------------------------------------------
_ROUND = (1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 75, 100)
APPROX = {"fr": ["à peu près {}", "dans les {}", "environ {}", "quelque chose comme {}"],
          "en": ["about {}", "roughly {}", "{} or so", "something like {}"]}  # fmt: skip
APPROX_TOLERANCE = 0.15


def amount(size: str) -> tuple[float, str] | None:
    """A size of one number and one unit ("2,70 m", "1/4 oz", "16.4 ft") as (number, unit)."""
    match = re.fullmatch(r"(\d+(?:[.,]\d+)?|\d+/\d+) ?([a-zA-Z]+)", size.strip())
    if not match:
        return None
    text, unit = match.groups()
    if "/" in text:
        top, bottom = text.split("/")
        return int(top) / int(bottom), unit
    return float(text.replace(",", ".")), unit


def rounded(size: str, lang: str, rng: random.Random) -> tuple[str, float] | None:
    """A round number near the size said vaguely, and the number: « à peu près trois mètres »
    for 2,70 m, "about sixteen feet" for 16.4 ft; None when the size is not one number with a
    unit or no round number is near enough."""
    read = amount(size)
    if read is None or read[0] < 1:
        return None
    value, unit = read
    near = [r for r in _ROUND if r != value and abs(r - value) / r <= 0.1]
    if not near:
        return None
    said = min(near, key=lambda r: abs(r - value))
    text = read_size(f"{said} {unit}", lang, rng)
    return rng.choice(APPROX[lang]).format(text), float(said)


# The biggest or smallest size of what was said (only where sizes have an order).
ENDS = {
    ("fr", "max"): ["le plus grand modèle", "la plus grosse taille", "le format maxi"],
    ("fr", "min"): ["le plus petit modèle", "la plus petite taille", "le format mini"],
    ("en", "max"): ["the biggest size", "the largest one they make", "the jumbo size"],
    ("en", "min"): ["the smallest size", "the tiniest one", "the mini size"],
}
# A brand half remembered: a word of a two-word brand, or its start and a shrug.
PARTIAL = {"fr": ["{} quelque chose", "{} je sais plus quoi", "{} un truc comme ça"],
           "en": ["{}-something", "{} something or other", "{} whatever it's called"]}  # fmt: skip
# A brand said after the noun.
BRAND_LINKS = {"fr": ["de la gamme", "la marque", "vendu sous la marque", "commercialisé par"],
               "en": ["manufactured by", "under the label", "that's sold as", "by the name of"]}  # fmt: skip
ARTICLES = {"m": ("un", "le"), "f": ("une", "la"), "mp": ("des", "les"), "fp": ("des", "les"),
            "mu": ("du", "le"), "fu": ("de la", "la")}  # fmt: skip
EN_ARTICLES = {"one": ("a", "the", ""), "many": ("some", "the", "")}

# --- frames --------------------------------------------------------------------------------
# Requests: the words before, the words after (maybe none).
ASKS = {
    "fr": [("il me manque encore", ""), ("j'essaie de trouver", ""), ("je repasserai chercher", ""),
           ("faut que je rachète", ""), ("vous pouvez me réserver", ""), ("j'aurais voulu", ""),
           ("envoyez-moi", "merci bien d'avance"), ("je souhaiterais commander", ""),
           ("mettez-moi de côté", "pour samedi"), ("je venais voir pour", "")],
    "en": [("i'm looking to get", ""), ("i'd need", ""), ("can you set aside", "under my name"),
           ("put in an order for", ""), ("i gotta restock on", ""), ("i'm on the hunt for", ""),
           ("could you ring up", ""), ("go ahead and order", ""), ("i stopped by to grab", ""),
           ("i was kinda hoping for", "by thursday night")],
}  # fmt: skip
QUESTIONS = {
    "fr": [("est-ce qu'il vous reste", "?"), ("vous avez toujours", "en stock ?"),
           ("c'est possible d'avoir", "?"), ("vous auriez par hasard", "?"),
           ("ça existe chez vous", "?"), ("vous vendez encore", "?")],
    "en": [("do you still stock", "?"), ("any chance you've got", "?"),
           ("you wouldn't have", "in stock?"), ("would you happen to carry", "?"),
           ("do you folks sell", "?"), ("where would i find", "?")],
}  # fmt: skip
# Who sent the shopper, or why (said before a request or a question).
PEOPLE = {
    "fr": ["ma femme m'a demandé de prendre", "mon voisin m'a conseillé", "ma fille voudrait",
           "mon beau-père m'envoie chercher"],
    "en": ["my wife asked me to pick up", "my neighbor told me to grab", "my daughter wants",
           "my father-in-law sent me for"],
}  # fmt: skip
CONTEXTS: dict[tuple[str, str], list[str]] = {
    ("fr", "lighting"): ["je refais l'éclairage de la cuisine", "la lumière du couloir a lâché"],
    ("en", "lighting"): ["i'm redoing the kitchen lighting", "the hallway light just went out"],
    ("fr", "fishing"): ["je pars taquiner la truite dimanche", "mon fils se met à la pêche"],
    ("en", "fishing"): ["heading out for bass on sunday", "my son's getting into fishing"],
    ("fr", "pool"): ["c'est pour la piscine de mes parents", "on remet la piscine en route"],
    ("en", "pool"): ["we're opening the pool this weekend", "it's for my folks' pool"],
    ("fr", "baking"): ["je prépare l'anniversaire de ma fille", "je me lance dans la pâtisserie"],
    ("en", "baking"): ["i'm baking for my daughter's birthday", "first time making macarons"],
}

# --- grammar -----------------------------------------------------------------------------
NO_MODEL = {"fr": ["le modèle", "la référence"], "en": ["one", "kind", "model"]}
# Words a variant may start with that do not go after « en » nor before an English noun.
# First words of English sizes that cannot go before the noun ("the biggest size", "a sixty watt").
SIZE_NOT_FIRST = {"a", "an", "the", "for", "size", "with", "without", "pools", "head", "half",
                  "full", "about", "roughly", "something", "in", "set", "pack"}  # fmt: skip
LINKED_VALUE = {"à", "avec", "sans", "pour", "qui", "de", "with", "without", "for", "that", "the"}


def prep(word: str, words: list[Word]) -> list[Word]:
    """« de » + « un litre » → « d'un litre » (not before « huit », « onze »)."""
    first = words[0].text
    if word == "de" and first[:1] in "aeiouéh" and first not in ("huit", "onze"):
        return [Word("d'" + first, words[0].role), *words[1:]]
    return [Word(word, "frame"), *words]


def after_de(said: list[Word]) -> list[Word]:
    """« à la recherche de » + « le moulinet » → « à la recherche du moulinet »; + « du
    chlore » → « de chlore »; + « un » stays."""
    first, rest = said[0].text, said[1:]
    merged = {"le": "du", "les": "des", "du": "", "des": "", "de": ""}
    if first not in merged:
        return said
    if first == "de" and rest and rest[0].text.startswith("l'"):
        return rest
    return [Word(merged[first], "article"), *rest] if merged[first] else rest
