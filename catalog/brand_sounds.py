"""Brands heard as words of the language: a recogniser that does not know a brand writes its
syllables as ordinary words that sound the same ("palm bone fill" for Pombonfil, "mare sell"
for Mersel, « quai pomme » for Képom, « saint fée tour » for Sinfaytour). A few short words
said in a row are compared with the catalog's brand words by edit distance over coarse
phonemes, vowels included (:func:`catalog.phonetics.spoken_sound`): one phoneme in five may
differ, the first is kept. A brand of several words is also heard whole, its syllables cut
elsewhere than its words ("lure doe tone" for Lueur d'Automne, "shan dell deuce" for Chandelle
Douce, "papa tree von wahz" for Papeteries Vaunoise): the words said in a row are compared with
the whole brand, two phonemes in five may differ, and are then shared out among its words as
they sound best (:meth:`phrase`). Such a reading is near, never sure: a brand so heard is asked
about more often than sold."""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from functools import lru_cache
from itertools import combinations
from typing import TYPE_CHECKING, NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import Indel, Levenshtein

from catalog.phonetics import spoken_sound, vowels_aside

if TYPE_CHECKING:
    from catalog.documents import BrandPhrase

__all__ = ["BRAND_SOUND_MIN", "BRAND_SOUND_SIM", "BrandSounds", "PackedSounds", "PieceHeard"]

BRAND_SOUND_PER_EDIT = 5  # phonemes heard per phoneme that may differ from a brand word's
BRAND_SOUND_SIM = 0.8  # near, never sure
BRAND_SOUND_MIN = 4  # phonemes heard at least
BRAND_SOUND_SPREAD = 2  # phonemes more or fewer than the brand word's
SHORT_SOUND_MIN = 2  # phonemes of a short brand word heard alone (:meth:`BrandSounds.exact`)
PHRASE_SOUND_SHARE = 0.4  # of a whole brand's phonemes heard, the share that may differ
PHRASE_SOUND_MIN = 5  # phonemes of a whole brand heard at least
INDEL_FIRST = 3  # edits from which a sound is compared by insertions and deletions first
CONSONANTS_MIN = 2  # consonants of a brand word heard with other vowels (:meth:`shaped`)
SOUNDS_KEPT = 4096  # sounds compared with the brands, kept with what they met


class PieceHeard(NamedTuple):
    """A word of a brand heard whole: the words said for it (``first`` to ``last``), its word
    id, and whether those words alone sound near enough to it (:meth:`BrandSounds.near`)."""

    first: int
    last: int
    wid: int
    alone: bool


Phrase = tuple[tuple[str, ...], tuple[int, ...]]
"""A brand of several words as one language says it: the sound of each piece (a content word
with the function words before it), the word id of each."""

_Bucket = tuple[list[str], Sequence[int]]
PackedSounds = tuple[list[str], array, dict[str, list[list[int | str]]]]
""":meth:`BrandSounds.pack`: every sound, the word id of each, and where each group of them
lies (``{"buckets": [[length, first sound, start, end], ...], "short": [[start, end]]}``)."""


class BrandSounds:
    """The sounds of a catalog's brand words, by length and first sound; and the sounds of
    the short ones (:meth:`exact`). A compiled catalog holds them computed
    (:meth:`pack`, :meth:`unpack`): a million products have tens of thousands of brand words,
    whose sounds take a fifth of a second to compute."""

    def __init__(
        self,
        words: Sequence[tuple[int, str]],
        locale: str,
        phrases: Sequence[BrandPhrase] = (),
    ) -> None:
        """``words``: (word id, word) of each brand word that may be heard by its sound;
        ``phrases``: the brands of several words."""
        self.locale = locale
        other = "en" if locale.startswith("fr") else "fr"
        buckets: dict[tuple[int, str], tuple[list[str], list[int]]] = {}
        self._short: dict[str, list[int]] = {}
        for wid, word in words:
            sounds = [_sound([form], locale) for form in _forms(word)]
            # A brand of the other language, as that language sounds it: a French recogniser
            # writes Ironpeak « aïronne pic », an English one Terroir "tear whar"; and an
            # English "th" as the s a French ear hears (Northgate « norse guète »).
            sounds += [_sound([word], other)]
            if locale.startswith("fr") and "th" in word:
                sounds += [_sound([word.replace("th", "s")], other)]
            if SHORT_SOUND_MIN <= len(sounds[0]) < BRAND_SOUND_MIN:
                self._short.setdefault(sounds[0], []).append(wid)
            for sound in dict.fromkeys(sounds):
                if len(sound) < BRAND_SOUND_MIN - BRAND_SOUND_SPREAD:
                    continue  # never looked up by :meth:`near`
                bucket = buckets.setdefault((len(sound), _first(sound)), ([], []))
                bucket[0].append(sound)
                bucket[1].append(wid)
        self._buckets: dict[tuple[int, str], _Bucket] = dict(buckets)
        self._consonant_keys: dict[str, list[int]] | None = None
        self._phrases: dict[tuple[int, str], tuple[list[str], list[Phrase]]] = {}
        self._near_sound = lru_cache(maxsize=SOUNDS_KEPT)(self._compare_near)
        self._phrases_near = lru_cache(maxsize=SOUNDS_KEPT)(self._compare_phrases)
        added: set[tuple[str, Phrase]] = set()
        for phrase in phrases:
            wids = tuple(wid for _, wid in phrase)
            for language in (locale, other):
                pieces = tuple(_sound(list(words), language) for words, _ in phrase)
                whole = _sound([word for words, _ in phrase for word in words], language)
                if (whole, (pieces, wids)) not in added:
                    added.add((whole, (pieces, wids)))
                    self._add_phrase(whole, (pieces, wids))

    def _add_phrase(self, whole: str, phrase: Phrase) -> None:
        wholes, phrases = self._phrases.setdefault((len(whole), _first(whole)), ([], []))
        wholes.append(whole)
        phrases.append(phrase)

    def near(self, said: Sequence[str]) -> dict[int, float]:
        """The brand words the words ``said`` in a row sound nearly as, with their similarity."""
        if not self._buckets:
            return {}
        sound = _sound(said, self.locale)
        if len(sound) < BRAND_SOUND_MIN:
            return {}
        return dict(self._near_sound(sound))

    def _compare_near(self, sound: str) -> dict[int, float]:
        found: dict[int, float] = {}
        edits = len(sound) // BRAND_SOUND_PER_EDIT
        spread = min(edits, BRAND_SOUND_SPREAD)  # a length further off is more edits away
        for length in range(len(sound) - spread, len(sound) + spread + 1):
            sounds, ids = self._buckets.get((length, _first(sound)), ([], []))
            if not sounds:
                continue
            for _, at in _within(sound, sounds, edits):
                found[ids[at]] = BRAND_SOUND_SIM
        return found

    def shaped(self, said: Sequence[str]) -> list[int]:
        """The brands of one word that the words ``said`` in a row sound as with other vowels,
        consonants and vowels in the same places (:func:`_consonants`): "sunny eye" for
        Sonnaille, "goody yo" for Godillot, "zeal toe" for Zyeuto."""
        sound = _sound(said, self.locale)
        if len(sound) < BRAND_SOUND_MIN:
            return []
        return self._by_consonants().get(_consonants(sound), [])

    def _by_consonants(self) -> dict[str, list[int]]:
        """The brands of one word by :func:`_consonants` of each of their sounds, built on
        first use. (A word of a brand of several words is heard with the others:
        :meth:`phrase`.)"""
        if self._consonant_keys is None:
            pieces = {
                wid for _, phrases in self._phrases.values() for _, wids in phrases for wid in wids
            }
            keys: dict[str, list[int]] = {}
            for sounds, ids in self._buckets.values():
                for sound, wid in zip(sounds, ids, strict=True):
                    key = "" if wid in pieces else _consonants(sound)
                    if key and wid not in keys.setdefault(key, []):
                        keys[key].append(wid)
            self._consonant_keys = keys
        return self._consonant_keys

    def phrase(self, said: Sequence[str]) -> list[list[PieceHeard]]:
        """The brands of several words that the words ``said`` in a row sound nearly as
        whole, each as its words shared out among those said (positions in ``said``), every
        word said in one piece."""
        if not self._phrases or len(said) < 2:
            return []
        sound = _sound(said, self.locale)
        if len(sound) < PHRASE_SOUND_MIN:
            return []
        found: list[list[PieceHeard]] = []
        for phrase in self._phrases_near(sound):
            shared = self._shared_out(said, phrase)
            if shared and shared not in found:
                found.append(shared)
        return found

    def _compare_phrases(self, sound: str) -> tuple[Phrase, ...]:
        """The brands of several words whose whole sound is near ``sound``."""
        spread = int(len(sound) * PHRASE_SOUND_SHARE)
        found: list[Phrase] = []
        for length in range(len(sound) - spread, len(sound) + spread + 1):
            # The shorter one's share may differ (more said than the brand: the words after
            # it, likely), and a length further off is more edits away.
            edits = int(min(len(sound), length) * PHRASE_SOUND_SHARE)
            wholes, phrases = self._phrases.get((length, _first(sound)), ([], []))
            if not wholes or abs(length - len(sound)) > edits:
                continue
            found += [phrases[at] for _, at in _within(sound, wholes, edits)]
        return tuple(found)

    def _shared_out(self, said: Sequence[str], phrase: Phrase) -> list[PieceHeard]:
        """The words ``said`` cut into as many runs as the brand has pieces, where each run
        sounds nearest its piece, none of them far from it (half its phonemes may differ);
        none when no cut does, or fewer words were said than it has pieces."""
        pieces, wids = phrase
        if len(said) < len(pieces):
            return []
        best: tuple[int, tuple[int, ...], list[int]] | None = None
        for cuts in combinations(range(1, len(said)), len(pieces) - 1):
            bounds = (0, *cuts, len(said))
            costs = [
                Levenshtein.distance(_sound(said[bounds[k] : bounds[k + 1]], self.locale), piece)
                for k, piece in enumerate(pieces)
            ]
            if any(
                cost > max(1, len(piece) // 2) for cost, piece in zip(costs, pieces, strict=True)
            ):
                continue  # a word of the brand heard as nothing like it
            if best is None or sum(costs) < best[0]:
                best = (sum(costs), bounds, costs)
        if best is None:
            return []
        _, bounds, costs = best
        return [
            PieceHeard(
                bounds[k],
                bounds[k + 1] - 1,
                wid,
                costs[k] <= len(pieces[k]) // BRAND_SOUND_PER_EDIT,
            )
            for k, wid in enumerate(wids)
        ]

    def exact(self, heard: str) -> list[int]:
        """The short brand words (two or three phonemes) that sound exactly as the word
        ``heard`` alone: too short for :meth:`near`'s one phoneme in five."""
        return self._short.get(_sound([heard], self.locale), [])

    def pack(self) -> PackedSounds:
        """What :meth:`unpack` reads back: the sounds of each bucket in order, then those of
        the short words, each with its word id, then the brands of several words."""
        sounds: list[str] = []
        ids = array("I")
        groups: dict[str, list[list[int | str]]] = {"buckets": [], "short": [], "phrases": []}
        for (length, first), (bucket, wids) in self._buckets.items():
            groups["buckets"].append([length, first, len(sounds), len(sounds) + len(bucket)])
            sounds += bucket
            ids.extend(wids)
        start = len(sounds)
        for sound, wids in self._short.items():
            sounds += [sound] * len(wids)
            ids.extend(wids)
        groups["short"].append([start, len(sounds)])
        for (length, first), (wholes, phrases) in self._phrases.items():
            start = len(sounds)
            for whole, (pieces, wids) in zip(wholes, phrases, strict=True):
                sounds += [whole, *pieces]
                ids.extend([len(pieces), *wids])
            groups["phrases"].append([length, first, start, len(sounds)])
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
        for _, _, start, end in groups.get("phrases", ()):
            at = start
            while at < end:
                count = ids[at]
                pieces = tuple(sounds[at + 1 : at + 1 + count])
                brands._add_phrase(sounds[at], (pieces, tuple(ids[at + 1 : at + 1 + count])))
                at += 1 + count
        return brands


_SHARED = str.maketrans({"W": "U"})


def _sound(words: Sequence[str], locale: str) -> str:
    """:func:`spoken_sound` with what the two languages write apart as one ("w", « ou »), and
    the « aï » a French ear writes for the "i" of an English brand (« taïde raïte » for
    Tidewright, « aïronne » for Iron…) as that "i"."""
    if locale.startswith("fr"):
        words = [word.replace("aï", "i") for word in words]
    return spoken_sound(words, locale).translate(_SHARED)


def _within(sound: str, sounds: list[str], edits: int) -> list[tuple[int, int]]:
    """``(distance, position)`` of the ``sounds`` at most ``edits`` edits from ``sound``,
    nearest first, in their order on a tie. From three edits on, those whose insertions and
    deletions alone (a substitution is one of each) are over twice as many are set aside
    first: that distance is the cheaper to tell, and the few left are then measured."""
    if edits < INDEL_FIRST:
        near = process.extract(
            sound, sounds, scorer=Levenshtein.distance, score_cutoff=edits, limit=None
        )
        return [(distance, at) for _, distance, at in near]
    rough = process.extract(
        sound, sounds, scorer=Indel.distance, score_cutoff=2 * edits, limit=None
    )
    found = []
    for _, _, at in rough:
        distance = Levenshtein.distance(sound, sounds[at], score_cutoff=edits)
        if distance <= edits:
            found.append((distance, at))
    found.sort()
    return found


def _consonants(sound: str) -> str:
    """A sound with each run of vowels as one: the other language's ear gives a brand's
    vowels as its own ("sunny eye" for Sonnaille, "goody yo" for Godillot), its consonants
    mostly as said. Empty when too few consonants are left to tell brands apart."""
    key = vowels_aside(sound)
    return key if sum(ch != "A" for ch in key) >= CONSONANTS_MIN else ""


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
