"""Brands heard as words of the language: a recogniser that does not know a brand writes its
syllables as ordinary words that sound the same ("palm bone fill" for Pombonfil, "mare sell"
for Mersel, « quai pomme » for Képom, « saint fée tour » for Sinfaytour). A few short words
said in a row are compared with the catalog's brand words by edit distance over coarse
phonemes, vowels included (:func:`catalog.phonetics.spoken_sound`): one phoneme in five may
differ, the first is kept. Such a reading is near, never sure: a brand so heard is asked about
more often than sold."""

from __future__ import annotations

from array import array
from collections.abc import Sequence

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from catalog.phonetics import spoken_sound

__all__ = ["BRAND_SOUND_MIN", "BRAND_SOUND_SIM", "BrandSounds", "PackedSounds"]

BRAND_SOUND_PER_EDIT = 5  # phonemes heard per phoneme that may differ from a brand word's
BRAND_SOUND_SIM = 0.8  # near, never sure
BRAND_SOUND_MIN = 4  # phonemes heard at least
BRAND_SOUND_SPREAD = 2  # phonemes more or fewer than the brand word's
SHORT_SOUND_MIN = 2  # phonemes of a short brand word heard alone (:meth:`BrandSounds.exact`)

_Bucket = tuple[list[str], Sequence[int]]
PackedSounds = tuple[list[str], array, dict[str, list[list[int | str]]]]
""":meth:`BrandSounds.pack`: every sound, the word id of each, and where each group of them
lies (``{"buckets": [[length, first sound, start, end], ...], "short": [[start, end]]}``)."""


class BrandSounds:
    """The sounds of a catalog's brand words, by length and first sound; and the sounds of
    the short ones (:meth:`exact`). A compiled catalog holds them computed
    (:meth:`pack`, :meth:`unpack`): a million products have tens of thousands of brand words,
    whose sounds take a fifth of a second to compute."""

    def __init__(self, words: Sequence[tuple[int, str]], locale: str) -> None:
        """``words``: (word id, word) of each brand word that may be heard by its sound."""
        self.locale = locale
        buckets: dict[tuple[int, str], tuple[list[str], list[int]]] = {}
        self._short: dict[str, list[int]] = {}
        for wid, word in words:
            sounds = [_sound([form], locale) for form in _forms(word)]
            # A brand of the other language, as that language sounds it: a French recogniser
            # writes Ironpeak « aïronne pic », an English one Terroir "tear whar".
            sounds += [_sound([word], "en" if locale.startswith("fr") else "fr")]
            if SHORT_SOUND_MIN <= len(sounds[0]) < BRAND_SOUND_MIN:
                self._short.setdefault(sounds[0], []).append(wid)
            for sound in dict.fromkeys(sounds):
                if len(sound) < BRAND_SOUND_MIN - BRAND_SOUND_SPREAD:
                    continue  # never looked up by :meth:`near`
                bucket = buckets.setdefault((len(sound), _first(sound)), ([], []))
                bucket[0].append(sound)
                bucket[1].append(wid)
        self._buckets: dict[tuple[int, str], _Bucket] = dict(buckets)

    def near(self, said: Sequence[str]) -> dict[int, float]:
        """The brand words the words ``said`` in a row sound nearly as, with their similarity."""
        if not self._buckets:
            return {}
        sound = _sound(said, self.locale)
        if len(sound) < BRAND_SOUND_MIN:
            return {}
        found: dict[int, float] = {}
        for length in range(len(sound) - BRAND_SOUND_SPREAD, len(sound) + BRAND_SOUND_SPREAD + 1):
            sounds, ids = self._buckets.get((length, _first(sound)), ([], []))
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

    def exact(self, heard: str) -> list[int]:
        """The short brand words (two or three phonemes) that sound exactly as the word
        ``heard`` alone: too short for :meth:`near`'s one phoneme in five."""
        return self._short.get(_sound([heard], self.locale), [])

    def pack(self) -> PackedSounds:
        """What :meth:`unpack` reads back: the sounds of each bucket in order, then those of
        the short words, each with its word id."""
        sounds: list[str] = []
        ids = array("I")
        groups: dict[str, list[list[int | str]]] = {"buckets": [], "short": []}
        for (length, first), (bucket, wids) in self._buckets.items():
            groups["buckets"].append([length, first, len(sounds), len(sounds) + len(bucket)])
            sounds += bucket
            ids.extend(wids)
        start = len(sounds)
        for sound, wids in self._short.items():
            sounds += [sound] * len(wids)
            ids.extend(wids)
        groups["short"].append([start, len(sounds)])
        return sounds, ids, groups

    @classmethod
    def unpack(
        cls, sounds: list[str], ids: Sequence[int], groups: dict, locale: str
    ) -> BrandSounds:
        """The brand sounds that :meth:`pack` gave (``ids`` may be a memoryview of a file)."""
        brands = cls([], locale)
        for length, first, start, end in groups["buckets"]:
            brands._buckets[(length, first)] = (sounds[start:end], ids[start:end])
        for start, end in groups["short"]:
            for at in range(start, end):
                brands._short.setdefault(sounds[at], []).append(ids[at])
        return brands


_SHARED = str.maketrans({"W": "U"})


def _sound(words: Sequence[str], locale: str) -> str:
    """:func:`spoken_sound` with what the two languages write apart as one ("w", « ou »)."""
    return spoken_sound(words, locale).translate(_SHARED)


def _first(sound: str) -> str:
    """What a sound is filed under with its length: its first phoneme, any vowel as one (a
    first vowel is the least sure: « aïronne » for Ironpeak)."""
    return "A" if sound[:1] in "AEIOUY" else sound[:1]


def _forms(word: str) -> tuple[str, ...]:
    """A catalog word is folded, accents lost: a final "e" after a consonant may have been an
    "é", heard (Tanké, Kénilé), or mute (Rose)."""
    if len(word) > 2 and word[-1] == "e" and word[-2] not in "aeiouy":
        return word, word[:-1] + "é"
    return (word,)
