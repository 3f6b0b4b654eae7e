"""Text folding every comparison starts from: the language of a locale, accents and plural
endings taken off."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def language(locale: str) -> str:
    """``fr-FR`` → ``fr``; the word lists are per language, not per country."""
    return (locale or "en").replace("_", "-").split("-")[0].lower()


@lru_cache(maxsize=65536)
def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("œ", "oe")


# English plurals no ending rule undoes ("four people" for "4-person", "knives").
_IRREGULAR = {
    "people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
    "teeth": "tooth", "mice": "mouse", "knives": "knife", "leaves": "leaf", "shelves": "shelf",
    "halves": "half", "loaves": "loaf", "wolves": "wolf", "geese": "goose",
}  # fmt: skip


def singular(word: str) -> str:
    """``word`` without a plural ending ("capsules" → "capsule", "batteries" → "battery")."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or word[0].isdigit():
        return word
    if word.endswith("eaux"):
        return word[:-1]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word
