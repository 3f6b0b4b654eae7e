"""How a speech recogniser and a shopper garble a product name, for :mod:`bench.resolution_gen`.

Every function takes a ``random.Random`` so a seed fixes the output. Nothing here reads the
resolver's word lists: the noise is written from what speech recognition does (respelling by
sound, words cut or run together, numbers as words) and from how people ask for things.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Sequence

UNSOLD_BRANDS = 30  # per half: brands said in "none" requests

# Carrier phrases: what people say around a product name. Two disjoint pools, so the held
# half of the generated set is asked with phrasings the tuning half never used.
CARRIERS = {
    ("fr", "tune"): {
        "pre": [
            "je voudrais", "ajoute", "commande", "il me faut", "mets-moi", "je cherche",
            "tu as", "vous avez", "je prendrais", "je veux bien", "donne-moi", "rajoute",
            "j'ai besoin de", "est-ce que tu as", "tu pourrais ajouter", "ajoute-moi",
            "achète-moi", "je vais prendre", "on a besoin de", "mets dans le panier",
        ],
        "post": ["s'il te plaît", "au panier", "merci", "dans mon panier", "stp"],
    },
    ("fr", "held"): {
        "pre": [
            "j'aimerais bien", "tu peux me mettre", "est-ce que vous vendez", "il nous faudrait",
            "peux-tu commander", "je voudrais bien", "j'aurais besoin de", "tu me rajoutes",
            "pourrais-tu m'ajouter", "mets-nous", "tu me prends", "il me faudrait",
            "je souhaite commander", "trouve-moi", "fais-moi livrer", "vous auriez",
            "alors je vais te demander", "dis-moi si tu as",
        ],
        "post": ["s'il vous plaît", "pour moi", "dans le panier s'il te plaît", "merci beaucoup",
                 "si tu en as", "pour la maison"],
    },
    ("fr", "dev"): {
        "pre": [
            "ça serait pour", "on prendrait", "tu nous mets", "je pense prendre",
            "je commanderais bien", "mets-moi aussi", "je veux juste", "tu peux ajouter",
            "il faudrait", "pense à ajouter", "n'oublie pas", "j'ai envie de",
        ],
        "post": ["merci bien", "pour ce soir", "s'il te plaît alexa", "aussi", "stp merci"],
    },
    ("en", "dev"): {
        "pre": [
            "i'd want", "we'd like", "put in", "i think i need", "just add", "remember to add",
            "can we get", "i'm gonna need", "add some", "don't forget", "we should get",
            "i kind of need",
        ],
        "post": ["thanks alexa", "for tonight", "please and thank you", "too please", "now"],
    },
    ("en", "tune"): {
        "pre": [
            "i want", "i'd like", "add", "order", "buy", "i need", "give me", "get me",
            "can i have", "put", "i'll take", "do you have", "i'm looking for", "please add",
            "let me get",
        ],
        "post": ["please", "to my cart", "thanks", "to the cart"],
    },
    ("en", "held"): {
        "pre": [
            "could i please get", "grab me", "can you add", "i'd love some", "throw in", "pick up",
            "i would like to get", "how about", "can you order me", "toss in", "we need",
            "please get me", "go ahead and add", "do you sell", "i'm after",
            "i was hoping to get", "could you find me",
        ],
        "post": ["for me", "to my basket please", "thank you", "if you have it", "as well",
                 "for the house"],
    },
}  # fmt: skip

SIZE_WORDS = {
    ("fr", "large"): ["grand", "gros", "grand format", "grande taille"],
    ("fr", "small"): ["petit", "petit format", "mini"],
    ("en", "large"): ["large", "big", "biggest", "family size"],
    ("en", "small"): ["small", "little", "smallest", "travel size"],
}

# Whole words a recogniser writes for another that sounds the same.
_HOMOPHONES = {
    "fr": {
        "vert": ["verre", "vers"], "taille": ["taie", "tail"], "sans": ["cent", "sang"],
        "pin": ["pain"], "thé": ["tes", "t"], "sel": ["selle"], "mer": ["mère"],
        "cent": ["sans", "sang"], "lot": ["l'eau", "los"], "gris": ["gri"], "noir": ["noire"],
        "pâtes": ["pattes", "pâte"], "riz": ["ri", "rit"], "miel": ["mielle"],
        "laisse": ["lès", "laise"], "balle": ["bal"], "vis": ["vice", "visse"],
        "marteau": ["marteaux"], "brosse": ["brose"], "doux": ["doue"], "poulet": ["poulé"],
        "chat": ["chas", "sha"], "chien": ["chiens"], "coton": ["cotton"], "deux": ["de"],
        "six": ["si", "scie"], "sept": ["cette", "set"], "vingt": ["vin", "vain"],
    },
    "en": {
        "for": ["four"], "two": ["to", "too"], "four": ["for"], "flour": ["flower"],
        "pear": ["pair"], "red": ["read"], "blue": ["blew"], "tea": ["tee"],
        "whole": ["hole"], "mint": ["mind"], "plain": ["plane"], "pine": ["pain"],
        "white": ["wight"], "wipes": ["whipes"], "pods": ["pots"], "soap": ["sope"],
        "gel": ["jell"], "ball": ["bawl"], "bowl": ["bole"], "wood": ["would"],
        "dye": ["die"], "eight": ["ate"], "one": ["won"], "cream": ["creme"],
        "bulb": ["bob"], "grey": ["gray"], "leash": ["lease"], "shampoo": ["shampo"],
    },
}  # fmt: skip

# Respellings by sound: (pattern, replacement), tried in random order, one applied.
_RESPELL = {
    "fr": [
        (r"é", "er"), (r"é", "ai"), (r"è", "ai"), (r"eau", "o"), (r"au", "o"), (r"ph", "f"),
        (r"qu", "k"), (r"c(?=[aou])", "k"), (r"(?<=[aeiou])s(?=[aeiou])", "z"), (r"ai", "è"),
        (r"an", "en"), (r"en", "an"), (r"in", "ain"), (r"ill", "y"), (r"gn", "ni"),
        (r"([bcdfglmnprst])\1", r"\1"), (r"(?<=[aeiou])([lmnrst])(?=[aeiou])", r"\1\1"),
        (r"e$", ""), (r"t$", ""), (r"s$", ""), (r"(?<=[^e])$", "e"), (r"y", "i"), (r"ç", "ss"),
        (r"ch", "sh"), (r"o$", "eau"), (r"et$", "ai"), (r"x$", "s"),
    ],
    "en": [
        (r"ph", "f"), (r"c(?=[aou])", "k"), (r"k", "c"), (r"ee", "ea"), (r"ea", "ee"),
        (r"y$", "ie"), (r"er$", "or"), (r"or$", "er"), (r"([bcdfglmnprst])\1", r"\1"),
        (r"(?<=[aeiou])([lmnprt])(?=[aeiou])", r"\1\1"), (r"e$", ""), (r"s$", "z"),
        (r"tion", "shun"), (r"ou", "ow"), (r"i(?=[^aeiou]e$)", "y"), (r"ck", "k"),
        (r"qu", "kw"), (r"x", "ks"), (r"oo", "u"), (r"ai", "ay"),
    ],
}  # fmt: skip

_FR_UNITS = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
]
_FR_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}
_EN_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

SPOKEN_UNITS = {
    "fr": {
        "ml": ["millilitres", "ml", "millilitre"], "cl": ["centilitres", "cl"],
        "l": ["litres", "litre", "l"], "g": ["grammes", "g", "gramme"],
        "kg": ["kilos", "kilo", "kilogrammes", "kg"], "m": ["mètres", "mètre", "m"],
        "cm": ["centimètres", "cm"], "mm": ["millimètres", "mm"], "W": ["watts", "watt", "w"],
    },
    "en": {
        "ml": ["milliliters", "ml", "millilitres"], "cl": ["centiliters", "cl"],
        "l": ["liters", "liter", "litres", "l"], "g": ["grams", "g", "gram"],
        "kg": ["kilos", "kilo", "kilograms", "kg"], "m": ["meters", "meter", "m"],
        "cm": ["centimeters", "cm"], "mm": ["millimeters", "mm"], "W": ["watts", "watt", "w"],
    },
}  # fmt: skip


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def french_number(n: int) -> str:
    if n < 17:
        return _FR_UNITS[n]
    if n < 20:
        return f"dix-{_FR_UNITS[n - 10]}"
    if n < 100:
        tens = n // 10 * 10
        if tens in (70, 90):
            tens -= 10
        word = "quatre-vingt" if tens == 80 else _FR_TENS[tens]
        rest = n - tens
        if rest == 0:
            return word + ("s" if tens == 80 else "")
        if rest in (1, 11) and tens != 80:
            return f"{word} et {french_number(rest)}"
        return f"{word}-{french_number(rest)}"
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "cent" if hundreds == 1 else f"{_FR_UNITS[hundreds]} cent"
        if rest == 0:
            return head + ("s" if hundreds > 1 else "")
        return f"{head} {french_number(rest)}"
    thousands, rest = divmod(n, 1000)
    head = "mille" if thousands == 1 else f"{french_number(thousands)} mille"
    return head if rest == 0 else f"{head} {french_number(rest)}"


def english_number(n: int) -> str:
    if n < 20:
        return _EN_UNITS[n]
    if n < 100:
        tens, rest = divmod(n, 10)
        word = _EN_TENS[tens - 2]
        return word if rest == 0 else f"{word} {_EN_UNITS[rest]}"
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = f"{_EN_UNITS[hundreds]} hundred"
        return head if rest == 0 else f"{head} {english_number(rest)}"
    thousands, rest = divmod(n, 1000)
    head = f"{english_number(thousands)} thousand"
    return head if rest == 0 else f"{head} {english_number(rest)}"


def say_number(rng: random.Random, text: str, lang: str) -> str:
    """ "1,5" → "un virgule cinq" / "one point five"; integers in words."""
    spell = french_number if lang == "fr" else english_number
    parts = re.split(r"[.,]", text)
    if len(parts) == 2:
        mark = "virgule" if lang == "fr" else "point"
        return f"{spell(int(parts[0]))} {mark} {spell(int(parts[1]))}"
    return spell(int(text))


def say_size(rng: random.Random, size: str, lang: str) -> str:
    """A size as a shopper says it: numbers mostly in words, units spelt out."""
    out = []
    units = SPOKEN_UNITS[lang]
    words = size.split()
    for index, word in enumerate(words):
        if re.fullmatch(r"\d+(?:[.,]\d+)?", word):
            out.append(say_number(rng, word, lang) if rng.random() < 0.75 else word)
        elif index > 0 and word in units:
            out.append(rng.choice(units[word]))
        else:
            out.append(word.lower())
    return " ".join(out)


def respell(rng: random.Random, word: str, lang: str) -> str:
    """The word as a recogniser may write it: a homophone, or a spelling by sound."""
    homophones = _HOMOPHONES[lang].get(word.lower())
    if homophones and rng.random() < 0.6:
        return rng.choice(homophones)
    return respell_by_rules(rng, _RESPELL[lang], word)


def respell_by_rules(rng: random.Random, rules: Sequence[tuple[str, str]], word: str) -> str:
    """The word spelt by sound: the first of ``rules`` (tried in a random order) that changes
    it and leaves three letters at least."""
    shuffled = list(rules)
    rng.shuffle(shuffled)
    for pattern, replacement in shuffled:
        changed = re.sub(pattern, replacement, word, count=1)
        if changed != word and len(changed) >= 3:
            return changed
    return word


def pick_brands(
    rng: random.Random,
    plain: list[str],
    share: float,
    made_up: Callable[[], str],
    free: Callable[[str, list[str]], bool],
) -> list[str]:
    """Six to nine brands for a shop, ``share`` of them ordinary words taken from ``plain``
    (removed from it), each ``free`` of the brands picked before it."""
    brands: list[str] = []
    wanted = rng.randint(6, 9)
    while len(brands) < wanted:
        usable = [b for b in plain if free(b, brands)]
        brand = usable[0] if usable and rng.random() < share else made_up()
        if free(brand, brands):
            brands.append(brand)
            if brand in plain:
                plain.remove(brand)
    return brands


def unsold_brands(made_up: Callable[[], str], free: Callable[[str, list[str]], bool]) -> list[str]:
    """Thirty made-up brands no shop sells, each ``free`` of those made before it."""
    unsold: list[str] = []
    while len(unsold) < UNSOLD_BRANDS:
        brand = made_up()
        if free(brand, unsold):
            unsold.append(brand)
    return unsold


def split_word(rng: random.Random, word: str) -> str:
    """ "lessive" → "les sive": a long word cut where the recogniser heard a pause."""
    if len(word) < 6:
        return word
    cut = rng.randint(2, len(word) - 3)
    return f"{word[:cut]} {word[cut:]}"


def number_word(rng: random.Random, lang: str) -> str:
    n = rng.choice((2, 2, 3, 4))
    return french_number(n) if lang == "fr" else english_number(n)
