"""How sure it is that a word heard is a catalog word spelt otherwise: spelling classes, first
sounds, syllables. Used by :mod:`catalog.vocabulary` when it looks a query word up."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "MIN_CLIPPED",
    "SAME_WORD_RATIO",
    "clipped",
    "first_sound",
    "same_word",
    "spelling",
    "syllables",
]

SAME_WORD_RATIO = 85.0  # see same_word
MIN_CLIPPED = 3  # letters heard of a word the recogniser cut short
MAX_CLIPPED = 2  # letters it cut

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


_SPELLING_RULES = [
    (re.compile(r"eau|au"), "o"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck|q|c(?=[aou])|c$"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"y"), "i"),
    (re.compile(r"h"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"(?<=[^aeiou])e$"), ""),
    (re.compile(r"(?<=..)[stdx]$"), ""),
]


@lru_cache(maxsize=65536)
def spelling(word: str) -> str:
    """A word with the spelling choices that do not change its sound undone: doubled
    letters, "ph"/"f", "c"/"k"/"q", "x"/"ks", a mute final "e" or consonant."""
    for pattern, replacement in _SPELLING_RULES:
        word = pattern.sub(replacement, word)
    return word


_SOUND_GROUPS = {"c": "k", "q": "k", "k": "k", "s": "s", "z": "s", "x": "s", "f": "f", "p": "f"}
_SOUND_GROUPS.update(dict.fromkeys("aeiouyh", "a"))


def first_sound(word: str) -> str:
    """A coarse class of a word's first sound: "cordless" and "kordless" both "k"."""
    first = word[:1]
    return _SOUND_GROUPS.get(first, first)


def same_word(
    heard: str, word: str, ratio: float, heard_keys: tuple[str, ...], word_keys: tuple[str, ...]
) -> bool:
    """The recogniser's spelling of that very word: the same sounds written otherwise
    ("titta" / "tita", "viluks" / "vilux", "dekstor" / "dextor", "purp" / "purpe"), or a
    vowel off with the same consonants and syllables ("titae" / "tita"). An extra syllable
    ("lavaneo" / "laveo") or another consonant ("tagadex" / "tafadex") is another word,
    maybe a brand we do not sell."""
    if spelling(heard) == spelling(word):
        return True
    return (
        ratio >= SAME_WORD_RATIO
        and bool(heard_keys)
        and bool(word_keys)
        and heard_keys[0] == word_keys[0]
        and syllables(heard) == syllables(word)
    )


def syllables(word: str) -> int:
    """Vowel groups, a mute final "e" not counted ("purpe" and "purp" sound alike)."""
    if len(word) > 3 and word.endswith("e") and word[-2] not in "aeiouy":
        word = word[:-1]
    return len(_VOWEL_GROUPS.findall(word))


def clipped(heard: str, word: str) -> bool:
    """The recogniser cut the end of the word ("xiob" for "xiobi", "dut" for "dutu"): the
    word begins with what was heard, one or two letters longer, and three letters at least
    were heard."""
    cut = len(word) - len(heard)
    return len(heard) >= MIN_CLIPPED and 0 < cut <= MAX_CLIPPED and word.startswith(heard)
