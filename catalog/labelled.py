"""Sizes said with their label ("taille 6", "size 10", « pointure 42 »): the number belongs to
the label, so a product whose title gives that label another number is not the one asked for,
whatever other number of its title matches ("couches taille 6" is not "taille 2 (3-6 kg)")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from catalog.folding import strip_accents
from catalog.roles import SIZE_LABELS

if TYPE_CHECKING:
    from catalog.normalise import Token

__all__ = ["label_conflict", "said_labels"]

_NUMBER = r"\d+(?:[.,]\d+)?"


def said_labels(tokens: Sequence[Token]) -> dict[str, str]:
    """Label → number said right after it ("taille 6" → {"taille": "6"})."""
    said: dict[str, str] = {}
    for token, after in pairwise(tokens):
        if token.role == "label" and after.number and not after.stop:
            said[token.text] = _plain(after.text)
    return said


def label_conflict(title: str, lang: str, said: dict[str, str]) -> bool:
    """``title`` writes one of the labels ``said`` with another number right after it."""
    folded = strip_accents(title.lower())
    for label in SIZE_LABELS.get(lang, ()):
        if label not in said:
            continue
        written = re.search(rf"\b{label}\s+({_NUMBER})\b", folded)
        if written is not None and _plain(written.group(1)) != said[label]:
            return True
    return False


def _plain(number: str) -> str:
    """ "10,5" and "10.50" alike."""
    text = number.replace(",", ".")
    return text.rstrip("0").rstrip(".") if "." in text else text
