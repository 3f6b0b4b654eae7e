"""What a shopper of the *hinter* half says around the product (:mod:`bench.resolution_hinter`):
greetings, requests (each with the determiner it takes: ``def`` « le », ``ind`` « un », ``bare``
nothing), closings, hesitations, self-corrections, the largest/smallest size in words, and how a
maker is joined to the product. Casual and polite, tutoiement and vouvoiement, written for this
half alone.
"""

from __future__ import annotations

# Requests and the determiner the product after them takes.
ASKS: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (
        ("est-ce que vous auriez", "ind"), ("vous faites", "ind"), ("vous vendez encore", "def"),
        ("je pourrais avoir", "ind"), ("tu peux me commander", "ind"), ("commande-moi", "ind"),
        ("rajoute dans le panier", "def"), ("glisse dans mon panier", "def"),
        ("je prendrais bien", "ind"), ("faudrait que je rachète", "def"),
        ("je veux recommander", "def"), ("retrouve-moi", "def"), ("dégotte-moi", "ind"),
        ("on a plus du tout de", "bare"), ("il nous manque", "ind"), ("je me ferais bien", "ind"),
        ("vous pouvez m'envoyer", "ind"), ("pourriez-vous me réserver", "def"),
        ("je souhaiterais acquérir", "ind"), ("remets-moi", "ind"), ("réassort de", "bare"),
        ("ça serait pour", "ind"), ("j'aurais voulu", "ind"), ("mets de côté", "def"),
        ("trouve-moi le prix de", "def"), ("passe commande pour", "ind"),
    ),
    "en": (
        ("could you order me", "ind"), ("do you guys still have", "def"),
        ("i'm after", "ind"), ("i need to reorder", "def"), ("could you find me", "ind"),
        ("stick in my basket", "def"), ("go ahead and order", "ind"), ("any chance you have", "ind"),
        ("do y'all carry", "ind"), ("i'd love to get", "ind"), ("toss into the order", "def"),
        ("we ran out of", "bare"), ("i'm all out of", "bare"), ("hook me up with", "ind"),
        ("i wanna pick up", "ind"), ("i'd like to purchase", "ind"), ("set aside", "def"),
        ("may i please order", "ind"), ("restock", "bare"), ("pull up", "def"),
        ("how much for", "def"), ("i'm shopping for", "ind"), ("queue up", "ind"),
        ("see if you have", "ind"), ("order another", "bare"), ("grab us", "ind"),
    ),
}  # fmt: skip

# Said before a request.
OPENERS: dict[str, tuple[str, ...]] = {
    "fr": ("bon alors", "dis donc", "bonjour", "excuse-moi", "tiens", "coucou", "attends",
           "bonsoir madame", "dis-moi voir", "ok alors"),
    "en": ("hey there", "okay so", "hi", "um hi", "yeah so", "good morning", "hey quick one",
           "hello", "alright", "so listen"),
}  # fmt: skip

CLOSINGS: dict[str, tuple[str, ...]] = {
    "fr": ("c'est pour offrir", "avant samedi si possible", "je compte sur toi",
           "en livraison express", "à livrer au bureau", "c'est pour le club",
           "comme la dernière fois", "ce serait top", "merci ma grande", "sans faute"),
    "en": ("for my buddy's birthday", "ship it to the office", "same as last time",
           "before friday ideally", "appreciate it pal", "for the dive club", "no rush on it",
           "whenever works", "you're a star", "the usual address"),
}  # fmt: skip

FILLERS = {"fr": ("euh", "heu", "bah", "hum", "genre", "ben"), "en": ("uh", "um", "er", "hmm")}

# Said between the wrong word and the right one.
CORRECTIONS = {
    "fr": ("non pardon", "non attends", "enfin non", "euh non", "je me suis trompé", "non plutôt"),
    "en": ("no wait", "sorry i meant", "scratch that", "actually make that", "no i mean", "oops"),
}

# The largest or smallest size left, in words.
EXTREMES = {
    ("fr", "big"): ("le plus grand format", "en grand format", "dans la plus grande taille",
                    "le plus gros modèle"),
    ("fr", "small"): ("le plus petit format", "en petit format", "dans la plus petite taille",
                      "le modèle le plus petit"),
    ("en", "big"): ("the biggest size", "in the largest size", "the big one", "the jumbo size"),
    ("en", "small"): ("the smallest size", "the little one", "in the smallest size",
                      "the mini size"),
}  # fmt: skip

# How a maker's name is joined after the product ({} is the name).
MAKER_AFTER = {"fr": ("de chez {}", "de la marque {}", "{}", "chez {}", "marque {}"),
               "en": ("by {}", "from {}", "made by {}", "{} brand")}  # fmt: skip
MAKER_BEFORE = {"fr": ("{}, {}",), "en": ("{}'s {}",)}  # topicalised or possessive

# How many, said after the product.
QUANTITY = {
    "fr": ("j'en prends deux", "en deux exemplaires", "fois trois", "deux fois"),
    "en": ("times two", "two of those", "make it three", "a couple of them"),
}

# Links before a size that lacks one: an amount, a letter size.
SIZE_LINK = {("fr", "amount"): ("en", "format", "de"), ("en", "amount"): ("in", "in the"),
             ("fr", "letter"): ("en", "taille"), ("en", "letter"): ("size", "in")}  # fmt: skip

DETERMINERS = {
    "fr": {"def": {"m": "le", "f": "la", "mp": "les", "fp": "les"},
           "ind": {"m": "un", "f": "une", "mp": "des", "fp": "des"}},
    "en": {"def": {"c": "the", "p": "the", "u": "the"}, "ind": {"c": "a", "p": "some", "u": "some"}},
}  # fmt: skip


def carriers(code: str) -> list[str]:
    """Every request, alone and after each greeting."""
    asks = [ask for ask, _ in ASKS[code]]
    return asks + [f"{opener} {ask}" for opener in OPENERS[code] for ask in asks]


def determiner(code: str, kind: str, grammar: str, following: str) -> str:
    """The determiner before ``following`` (elided in French, "an" before a vowel)."""
    if kind == "bare":
        return ""
    word = DETERMINERS[code][kind][grammar]
    vowel = following[:1].lower() in "aeiouéèêâîôûh"
    if code == "fr" and word in ("le", "la") and vowel:
        return "l'"
    if code == "en" and word == "a" and following[:1].lower() in "aeiou":
        return "an"
    return word
