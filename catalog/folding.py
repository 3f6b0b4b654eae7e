"""Text folding every comparison starts from: the language of a locale, accents taken off."""

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
