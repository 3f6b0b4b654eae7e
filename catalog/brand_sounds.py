"""Brands heard as words of the language: a recogniser that does not know a brand writes its
syllables as ordinary words that sound the same ("palm bone fill" for Pombonfil, "mare sell"
for Mersel, « quai pomme » for Képom, « saint fée tour » for Sinfaytour). A few short words
said in a row are compared with the catalog's brand words by edit distance over coarse
phonemes, vowels included (:func:`catalog.phonetics.spoken_sound`): one phoneme in five may
differ, the first is kept. Such a reading is near, never sure: a brand so heard is asked about
more often than sold."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from catalog.phonetics import spoken_sound

__all__ = ["BRAND_SOUND_MIN", "BRAND_SOUND_SIM", "BrandSounds"]

BRAND_SOUND_PER_EDIT = 5  # phonemes heard per phoneme that may differ from a brand word's
BRAND_SOUND_SIM = 0.8  # near, never sure
BRAND_SOUND_MIN = 4  # phonemes heard at least
BRAND_SOUND_SPREAD = 2  # phonemes more or fewer than the brand word's


class BrandSounds:
    """The sounds of a catalog's brand words, by length and first sound."""

    def __init__(self, words: Sequence[tuple[int, str]], locale: str) -> None:
        """``words``: (word id, word) of each brand word that may be heard by its sound."""
        self.locale = locale
        self._buckets: dict[tuple[int, str], tuple[list[str], list[int]]] = {}
        for wid, word in words:
            for sound in {spoken_sound([form], locale) for form in _forms(word)}:
                bucket = self._buckets.setdefault((len(sound), sound[:1]), ([], []))
                bucket[0].append(sound)
                bucket[1].append(wid)

    def near(self, said: Sequence[str]) -> dict[int, float]:
        """The brand words the words ``said`` in a row sound nearly as, with their similarity."""
        if not self._buckets:
            return {}
        sound = spoken_sound(said, self.locale)
        if len(sound) < BRAND_SOUND_MIN:
            return {}
        found: dict[int, float] = {}
        for length in range(len(sound) - BRAND_SOUND_SPREAD, len(sound) + BRAND_SOUND_SPREAD + 1):
            sounds, ids = self._buckets.get((length, sound[0]), ([], []))
            if not sounds:
                continue
            near = process.extract(
                sound,
                sounds,
                scorer=Levenshtein.distance,
                score_cutoff=len(sound) // BRAND_SOUND_PER_EDIT,
                limit=None,
            )
            for _, _, at in near:
                found[ids[at]] = BRAND_SOUND_SIM
        return found


def _forms(word: str) -> tuple[str, ...]:
    """A catalog word is folded, accents lost: a final "e" after a consonant may have been an
    "é", heard (Tanké, Kénilé), or mute (Rose)."""
    if len(word) > 2 and word[-1] == "e" and word[-2] not in "aeiouy":
        return word, word[:-1] + "é"
    return (word,)
