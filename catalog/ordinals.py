"""Ordinals said in words where titles write them in figures: « lait deuxième âge » for « 2e
âge », « premier âge » for « 1er âge », "second generation" for "2nd Gen". A title's "2e" is read
as the number and its ending ("2", "e"); the word said is read the same way, with the ending
the catalog writes after numbers, and only where the catalog has both: elsewhere "second" and
« premier » stay words (a « premier cru » written so, "wait a second")."""

from __future__ import annotations

from collections.abc import Callable

from catalog.word_record import Word

__all__ = ["read_ordinals"]

_ORDINALS: dict[str, dict[str, int]] = {
    "fr": {
        "premier": 1,
        "premiere": 1,
        "deuxieme": 2,
        "second": 2,
        "seconde": 2,
        "troisieme": 3,
        "quatrieme": 4,
        "cinquieme": 5,
        "sixieme": 6,
        "septieme": 7,
        "huitieme": 8,
        "neuvieme": 9,
        "dixieme": 10,
    },
    "en": {
        "first": 1,
        "second": 2,
        "third": 3,
        "fourth": 4,
        "fifth": 5,
        "sixth": 6,
        "seventh": 7,
        "eighth": 8,
        "ninth": 9,
        "tenth": 10,
    },
}
# The endings titles write after the figure, most usual first.
_ENDINGS: dict[str, Callable[[int], tuple[str, ...]]] = {
    "fr": lambda n: ("er", "re", "ere") if n == 1 else ("e", "eme", "ieme"),
    "en": lambda n: {1: ("st",), 2: ("nd",), 3: ("rd",)}.get(n, ("th",)),
}


def read_ordinals(words: list[Word], lang: str, known: Callable[[str], bool]) -> list[Word]:
    """``words`` with each ordinal said in words read as its figure and the ending the catalog
    writes after it, where the catalog has both (see the module doc)."""
    ordinals = _ORDINALS.get(lang, {})
    out: list[Word] = []
    for word in words:
        value = ordinals.get(word.plain)
        if value is None or word.stop or word.number is not None or not known(str(value)):
            out.append(word)
            continue
        ending = next((e for e in _ENDINGS[lang](value) if known(e)), None)
        if ending is None:
            out.append(word)
            continue
        out.append(Word(word.surface, str(value), word.glued, str(value), 1))
        out.append(Word(ending, ending))
    return out
