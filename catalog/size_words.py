"""Words that say a size rather than name a product, per language: relative size words
("petit", "gros", "small", "large", "medium") choose among the sizes of one product family and
never name a product; letter sizes said in words ("extra large" for XL); how one item sold alone
is written and said ("à l'unité", "single"); words that follow a size word and add nothing
("grand format", "travel size")."""

from __future__ import annotations

__all__ = [
    "LETTER_SIZES",
    "MEDIUM_WORDS",
    "SAID_SINGLE",
    "SINGLE_WORDS",
    "SIZE_COMPANIONS",
    "SIZE_WORDS",
    "relative_size",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SIZE_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "petit": "small", "petite": "small", "mini": "small", "grand": "large",
        "grande": "large", "gros": "large", "grosse": "large", "maxi": "large",
        "geant": "large", "geante": "large", "long": "large", "longue": "large",
        "court": "small", "courte": "small", "reduit": "small", "reduite": "small",
        "minuscule": "small", "enorme": "large", "immense": "large", "familial": "large",
        "familiale": "large",
        # as said of several ("les grands", « des petites »)
        "petits": "small", "petites": "small", "grands": "large", "grandes": "large",
        "grosses": "large", "geants": "large", "geantes": "large", "longs": "large",
        "longues": "large", "courts": "small", "courtes": "small", "familiaux": "large",
        "familiales": "large",
    },
    "en": {
        "small": "small", "smaller": "small", "smallest": "small", "little": "small",
        "mini": "small", "travel": "small", "large": "large", "larger": "large",
        "largest": "large", "big": "large", "bigger": "large", "biggest": "large",
        "jumbo": "large", "family": "large", "giant": "large", "huge": "large",
        "long": "large", "longer": "large", "longest": "large", "tall": "large",
        "short": "small", "shorter": "small", "shortest": "small", "tiny": "small",
        "tiniest": "small", "teeny": "small", "massive": "large", "enormous": "large",
    },
}  # fmt: skip
# The middle of three sizes said in words ("medium", « moyen »): ranked between a catalog's
# small and large where its sizes are words.
MEDIUM_WORDS: dict[str, frozenset[str]] = {
    "fr": _words("moyen moyenne moyens moyennes intermediaire"),
    "en": _words("medium regular mid midsize"),
}
# Clothing sizes written as letters ("size M", « taille XL »), as folded catalog words.
LETTER_CODES = frozenset({"xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl"})
# Letter sizes as said ("medium" for "size M", « en large », "extra large", « double x l »,
# "2xl"), as query words: read as the letter where the catalog has letter sizes after a size
# word and not the words themselves.
_LETTER_SAYINGS: dict[str, tuple[str, ...]] = {
    "m": ("medium", "moyen", "moyenne"),
    "xs": ("extra small", "x small", "x s"),
    "xl": ("extra large", "x large", "x l"),
    "xxl": ("double x l", "double xl", "xx l", "xx large", "2 xl", "x x l", "extra extra large",
            "2 x large", "double x large", "2 x l"),
    "xxxl": ("triple x l", "triple xl", "3 xl", "xxx l", "3 x l"),
}  # fmt: skip
_LETTERS = {said: letter for letter, sayings in _LETTER_SAYINGS.items() for said in sayings}
# French says the English "small" and "large" for clothes only; in English they choose among
# any sizes (SIZE_WORDS).
LETTER_SIZES: dict[str, dict[str, str]] = {
    "fr": {**_LETTERS, "small": "s", "large": "l"},
    "en": {**_LETTERS, "med": "m"},
}
# One item sold alone: the words a catalog writes for it ("à l'unité", "single"), most common
# first (words that also count, "12 pièces", are not), and how shoppers say it (as query words:
# folded, numbers in digits). A phrase said is read as the catalog's own word when the catalog
# has none of its words and no number counts it ("quatre unités de" is how many).
SINGLE_WORDS: dict[str, tuple[str, ...]] = {
    "fr": ("unite", "unitaire", "individuel", "individuelle"),
    "en": ("single", "individual", "individually"),
}
SAID_SINGLE: dict[str, tuple[str, ...]] = {
    "fr": (
        "a l unite", "l unite", "unite", "a la piece", "la piece", "piece", "vendu seul",
        "vendue seule", "vendu a l unite", "vendu a la piece", "vendu individuellement",
        "tout seul", "toute seule", "seul", "seule", "unitaire", "individuel",
        "individuelle", "individuellement", "en 1 seul exemplaire", "a lunite",
    ),
    "en": (
        "single", "a single", "sold single", "1 by itself", "by itself", "on its own",
        "on it own", "individual", "individually", "sold individually", "sold separately",
        "single pack", "single unit", "1 pack", "each", "by the unit", "just 1 by itself",
    ),
}  # fmt: skip
# Words that may follow a size word and say nothing more ("grand format", "travel size").
SIZE_COMPANIONS: dict[str, frozenset[str]] = {
    "fr": _words("format taille modele"),
    "en": _words("size sized one pack"),
}


def relative_size(word: str, lang: str) -> str | None:
    """``"small"``, ``"medium"`` or ``"large"``: the size ``word`` (folded) says, if any."""
    if word in MEDIUM_WORDS.get(lang, frozenset()):
        return "medium"
    return SIZE_WORDS.get(lang, {}).get(word)
