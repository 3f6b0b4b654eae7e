"""The abroad half's recogniser slips: what a far-field speech recogniser writes for what the
shopper said (words for sound-alike words, words cut or run together, accents lost, codes
spelled out letter by letter, small words swallowed, plurals heard or lost)."""

from __future__ import annotations

import random
import re
import unicodedata

from bench.resolution_abroad_numbers import DIGITS

# Words heard as other words that sound the same (or nearly), per language.
SOUNDALIKE: tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]] = (
    {
        "vert": ("verre", "vers", "ver"),
        "verte": ("vertes",),
        "sans": ("cent", "sang", "s'en"),
        "cire": ("sire", "cirent"),
        "colle": ("col", "colles"),
        "joint": ("joins", "jouin"),
        "masque": ("masc", "masques"),
        "casque": ("casques", "casc"),
        "gants": ("gant", "gens"),
        "fart": ("phare", "far"),
        "filtre": ("philtre", "filtres"),
        "trépied": ("très pied", "trait pied"),
        "objectif": ("objectifs", "object if"),
        "noir": ("noire", "noirs"),
        "blanc": ("blanche", "blancs"),
        "gris": ("grise", "grille"),
        "chaud": ("show", "chaux"),
        "froid": ("froids", "foi"),
        "citron": ("six trons", "citrons"),
        "menthe": ("mente", "mante"),
        "chêne": ("chaîne", "chènes"),
        "lin": ("lain", "l'un"),
        "cent": ("sans", "sent"),
        "cinq": ("saint", "sain"),
        "vingt": ("vin", "vain"),
        "six": ("si", "scie"),
        "dix": ("dis", "dit"),
        "deux": ("de", "d'eux"),
        "mètre": ("mettre", "maître"),
        "mètres": ("mettre", "maîtres"),
        "litres": ("lettres", "litre"),
        "soude": ("soute", "sous de"),
        "plinthe": ("plainte", "plinte"),
        "croisillons": ("croix sillons", "croisillon"),
        "moufles": ("mouffles", "moufle"),
        "racloir": ("rack loir", "raclois"),
        "courroie": ("courroies", "cour roi"),
        "rotule": ("rot ule", "rotules"),
        "peigne": ("peine", "paigne"),
        "taille": ("taie", "tailles"),
        "cuir": ("cuire", "cuirs"),
    },
    {
        "wax": ("whacks", "wacks"),
        "poles": ("polls", "poles'"),
        "goggles": ("googles", "goggle"),
        "lens": ("lends", "lenz"),
        "grout": ("grouted", "growt"),
        "trowel": ("towel", "trowl"),
        "tile": ("tyle", "style"),
        "spacers": ("space hers", "spaces"),
        "baseboard": ("base board", "bass board"),
        "tripod": ("try pod", "tri pod"),
        "filter": ("filler", "philter"),
        "bag": ("back", "bags"),
        "strap": ("strep", "straps"),
        "four": ("for", "fore"),
        "two": ("to", "too"),
        "eight": ("ate",),
        "white": ("wight", "why"),
        "red": ("read",),
        "blue": ("blew",),
        "soap": ("soup", "sope"),
        "mittens": ("mitten", "mit tins"),
        "gloves": ("glove", "loves"),
        "helmet": ("hell met", "helmets"),
        "polish": ("polished", "palace"),
        "soda": ("sofa", "sodas"),
        "salt": ("sault", "salts"),
        "oak": ("oke", "oaks"),
        "gray": ("grey", "great"),
        "warm": ("worm", "warn"),
        "cold": ("called", "coal"),
        "mint": ("mind", "meant"),
        "lemon": ("lemmon", "demon"),
        "float": ("flow", "floats"),
        "card": ("cart", "car"),
        "primer": ("prime er", "primmer"),
        "hood": ("hoot", "hud"),
        "socks": ("sox", "sucks"),
        "pound": ("pounds", "pond"),
        "inch": ("itch", "inches"),
        "ounce": ("ounces", "once"),
    },
)

_SMALL = ({"de", "à", "du", "pour", "et", "d'", "l'"}, {"and", "of", "for", "the"})
_LETTER_NAMES = (
    dict(
        zip(
            "abcdefghijklmnopqrstuvwxyz",
            [
                "a",
                "bé",
                "cé",
                "dé",
                "e",
                "effe",
                "gé",
                "ache",
                "i",
                "ji",
                "ka",
                "elle",
                "emme",
                "enne",
                "o",
                "pé",
                "ku",
                "erre",
                "esse",
                "té",
                "u",
                "vé",
                "double-vé",
                "ixe",
                "i-grec",
                "zède",
            ],
            strict=True,
        )
    ),
    dict(
        zip(
            "abcdefghijklmnopqrstuvwxyz",
            [
                "a",
                "b",
                "c",
                "d",
                "e",
                "f",
                "g",
                "h",
                "i",
                "j",
                "k",
                "l",
                "m",
                "n",
                "o",
                "p",
                "q",
                "r",
                "s",
                "t",
                "u",
                "v",
                "w",
                "x",
                "y",
                "z",
            ],
            strict=True,
        )
    ),
)
# Letters and digits as said, the digits as the half's numbers say them.
_LETTERS = tuple(
    names | dict(zip("0123456789", DIGITS[lang], strict=True))
    for lang, names in enumerate(_LETTER_NAMES)
)
_EN_SPOKEN = {"b": "bee", "c": "see", "d": "dee", "g": "gee", "p": "pee", "t": "tee",
              "u": "you", "v": "vee", "x": "ex", "y": "why", "n": "en"}  # fmt: skip
_CODE = re.compile(r"\b(?:nd\d+|uv|cpl|sdxc|microsdxc|ng|gn|xl|mah)\b")


def strip_accents(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in folded if not unicodedata.combining(c)))


def soundalike(words: list[str], lang: int, rng: random.Random) -> bool:
    spots = [i for i, w in enumerate(words) if w in SOUNDALIKE[lang]]
    if not spots:
        return False
    spot = rng.choice(spots)
    words[spot] = rng.choice(SOUNDALIKE[lang][words[spot]])
    return True


def cut(words: list[str], rng: random.Random) -> bool:
    """A long word heard as two: « détar trant », "under layment"."""
    spots = [i for i, w in enumerate(words) if len(w) >= 7 and w.isalpha()]
    if not spots:
        return False
    spot = rng.choice(spots)
    word = words[spot]
    at = rng.randint(3, len(word) - 3)
    words[spot : spot + 1] = [word[:at], word[at:]]
    return True


def join(words: list[str], rng: random.Random) -> bool:
    """Two short neighbours run together: « sansparfum », "skipoles"."""
    spots = [i for i in range(len(words) - 1) if words[i].isalpha() and words[i + 1].isalpha()]
    if not spots:
        return False
    spot = rng.choice(spots)
    words[spot : spot + 2] = [words[spot] + words[spot + 1]]
    return True


def swallow(words: list[str], lang: int, rng: random.Random) -> bool:
    spots = [i for i, w in enumerate(words) if w in _SMALL[lang]]
    if not spots:
        return False
    del words[rng.choice(spots)]
    return True


def plural(words: list[str], rng: random.Random) -> bool:
    """An -s heard or lost at the end of a word of at least five letters."""
    spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not spots:
        return False
    spot = rng.choice(spots)
    word = words[spot]
    words[spot] = word[:-1] if word.endswith("s") else word + "s"
    return True


def spell(text: str, lang: int, rng: random.Random) -> str:
    """Codes said letter by letter: "nd8" → « n d huit » / "en dee eight"."""

    def letters(code: str) -> str:
        if code.startswith("micro"):
            return "micro " + letters(code[5:])
        out = []
        for char in code:
            name = _LETTERS[lang][char]
            if lang == 1 and char in _EN_SPOKEN and rng.random() < 0.5:
                name = _EN_SPOKEN[char]
            out.append(name)
        return " ".join(out)

    return _CODE.sub(lambda match: letters(match.group(0)), text)


def has_code(text: str) -> bool:
    return _CODE.search(text) is not None
