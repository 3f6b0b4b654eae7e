"""The phrases a shopper takes back words with, per language, as plain words (no accents nor
apostrophes): what :mod:`catalog.corrections` looks for."""

from __future__ import annotations

__all__ = ["CORRECTIONS", "HOW_MANY", "MAX_PHRASE", "SIZE_CORRECTIONS", "WEAK_CORRECTIONS"]

# Phrases that take back what was just said, longest first, as plain words.
CORRECTIONS: dict[str, tuple[tuple[str, ...], ...]] = {
    "fr": (
        ("euh", "non", "plutot"),
        ("je", "veux", "dire"),
        ("pardon", "je", "voulais", "dire"),
        ("je", "voulais", "dire"),
        ("je", "me", "suis", "trompe"),
        ("je", "me", "suis", "trompee"),
        ("je", "me", "trompe"),
        ("je", "me", "reprends"),
        ("je", "me", "corrige"),
        ("je", "m", "emmele"),
        ("je", "m", "embrouille"),
        ("pardon", "je", "reprends"),
        ("c", "est", "pas", "ca"),
        ("attends", "je", "corrige"),
        ("je", "corrige"),
        ("je", "rectifie"),
        ("non", "l", "autre"),
        ("pas", "ca"),
        ("je", "me", "suis", "plante"),
        ("je", "me", "suis", "plantee"),
        ("mince", "non"),
        ("zut", "non"),
        ("non", "attends"),
        ("non", "plutot"),
        ("ou", "plutot"),
        ("non", "pardon"),
        ("non", "non"),
        ("oups",),
        ("ah", "non"),
        ("euh", "non"),
        ("oh", "non"),
        ("au", "temps", "pour", "moi"),
        ("pardon",),
        ("plutot",),
    ),
    "en": (
        ("let", "me", "rephrase"),
        ("oops", "i", "mean"),
        ("i", "meant"),
        ("i", "misspoke"),
        ("let", "me", "fix", "that"),
        ("let", "me", "correct", "that"),
        ("i", "take", "that", "back"),
        ("correcting", "myself"),
        ("no", "the", "other", "one"),
        ("no", "other", "one"),
        ("not", "that"),
        ("no", "sorry"),
        ("no", "wait"),
        ("wait", "no"),
        ("nope",),
        ("oops",),
        ("or", "rather"),
        ("scratch", "that"),
        ("strike", "that"),
        ("make", "that"),
        ("my", "bad"),
        ("whoops",),
        ("sorry",),
        ("actually",),
    ),
}
# Phrases as often fillers: a correction only where the catalog tells what they take back.
WEAK_CORRECTIONS: dict[str, tuple[tuple[str, ...], ...]] = {
    "fr": (("enfin", "non"), ("en", "fait"), ("disons",), ("enfin",), ("rectification",)),
    "en": (
        ("i", "mean"),
        ("correction",),
        ("make", "it"),
        ("let", "say"),
        ("hold", "on"),
        ("hang", "on"),
    ),
}
# Weak phrases that before a number say how many ("make it three"), not another amount.
HOW_MANY = frozenset({("make", "it")})
# Phrases that take back a size word only when another follows ("small i mean large",
# « petit enfin moyen », "large no medium"): elsewhere fillers or something else ("no rush");
# "small or large" asks, it takes nothing back.
SIZE_CORRECTIONS: dict[str, tuple[tuple[str, ...], ...]] = {
    "fr": (("enfin",), ("non",)),
    "en": (("i", "mean"), ("no",)),
}
MAX_PHRASE = 4  # words of the longest correction phrase
