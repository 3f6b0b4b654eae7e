"""The vocabulary of an index: which catalog words a query word may be, and how sure that is.

A query token, or a run of two or three adjacent tokens glued back together ("tac hex" →
"tachex", "les sive" → "lessive"), is looked up exactly, by phonetic key
(:func:`catalog.phonetics.phonetic`) and by edit similarity (rapidfuzz over the words of a
similar length only; in a large vocabulary, only those that begin with the same sound). Each
reading gets a similarity in (0, 1]: one at ``SURE`` or above is sure, below it doubtful.
Numbers match numbers exactly, never fuzzily: 500 ml is not 600 ml.

The lookup tables (word → id, phonetic key → ids, words by length) are built on the first
query, so loading a compiled index costs nothing until it is used. :class:`Vocabulary` also
answers what the repairs of :mod:`catalog.repair` ask: does the catalog know a word, do two
words stand together in some document, is a word too common to intersect.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache

from rapidfuzz import fuzz, process

from catalog.folding import language
from catalog.phonetics import (
    ALTERNATE_PREFIX,
    RUN_PREFIX,
    SOUND_PREFIX,
)
from catalog.spelling import MAX_CLIPPED, MIN_CLIPPED, clipped, first_sound, same_word, syllables
from catalog.tables import Tables
from catalog.units import MEASURE_UNITS

__all__ = ["Vocabulary"]

# Similarity given to a vocabulary word that only sounds like the query word, by the length
# of the shared consonant skeleton: "PRLR" is strong evidence, "T" ("taie" ~ "taille") weak.
PHONETIC_SIM = {1: 0.7, 2: 0.75, 3: 0.85}
PHONETIC_SIM_LONG = 0.9
# Vowel-aware keys of short French words ("l'eau" ~ "lot", "verre" ~ "vert"), by phonemes.
SOUND_SIM = {2: 0.8}
SOUND_SIM_LONG = 0.85
# A number word heard where the catalog has a word that sounds the same ("cent" ~ "sans").
NUMBER_WORD_SIM = 0.8
# A spoken whole number where the catalog has a decimal with that integer part: recognisers
# drop "virgule cinq" / "point five" ("un litres" for 1,5 l).
TRUNCATED_SIM = 0.75
# A word heard cut short ("dut" for "dutu"), too short for the fuzzy scan: near, never sure.
CLIPPED_SIM = 0.8
# One stem with another ending of the same kind ("détachant" for the catalog's "détacheur",
# « nettoyant » / « nettoyage », "sharpening" / "sharpener"): the thing named by another
# derivation of its verb; near, never sure.
DERIVED_SIM = 0.8
DERIVED_ENDINGS = {
    "fr": ("ante", "ant", "euse", "eur", "age", "ement"),
    "en": ("ening", "ener", "ing", "er", "al"),
}
MIN_STEM = 5
# When the recogniser wrote a word the catalog has, another word is less likely meant.
EXACT_EXISTS_DISCOUNT = 0.85
# A position explained at this similarity or better is *sure*; below, doubtful.
SURE = 0.9
DOUBTFUL = 0.85
SURE_SPELLING = 80.0  # a phonetic match is sure only if the spelling is this close too
FUZZY_CUTOFF = 80.0  # rapidfuzz ratio for one word
JOINED_CUTOFF = 86.0  # stricter for words glued back together: more chances of a fluke
JOINED_WITH_WORD_CUTOFF = 95.0  # two words glued, one a word of its own: spelt nearly so
MAX_JOIN = 3  # adjacent tokens glued back into one word, at most
MIN_FUZZY_LENGTH = 4
# Words looked up kept per vocabulary: a shop's shoppers say its words again and again.
LOOKUP_CACHE = 8192
# Above this many words (a catalog of several hundred thousand products) the fuzzy scan
# looks only at words that begin with the same sound; candidates are capped.
LARGE_VOCABULARY = 20_000
MAX_CANDIDATE_DOCS = 500
MAX_DOCS_LOOKED_AT = 20  # documents read to learn something of a word's use


class Vocabulary:
    """The words of a set of token lists: ids, phonetic keys, postings, document frequency."""

    def __init__(self, tables: Tables) -> None:
        self._attach(tables)

    def _attach(self, tables: Tables) -> None:
        self.tables = tables
        self.locale = tables.locale
        self._words = tables.words
        self._numeric = tables.numeric
        self._postings = tables.postings
        self._idf = tables.idf
        self._lookups_ready = False

    def _lookups(self) -> None:
        """Word → id, phonetic key → ids, words by length: built on the first query, so
        loading a compiled index costs nothing until it is used."""
        if self._lookups_ready:
            return
        words, numeric = self._words, self._numeric
        self._vocab: dict[str, int] = {word: wid for wid, word in enumerate(words)}
        self._by_key: dict[str, list[int]] = {}
        for wid, keys in enumerate(self.tables.keys):
            for key in keys:
                self._by_key.setdefault(key, []).append(wid)
        # Numbers, unit symbols and one- or two-letter words are matched as written only:
        # "ml" is not said "mel", and "moly" must not become "ml".
        self._soundable = [
            not numeric[wid] and len(word) >= 3 and word not in MEASURE_UNITS
            for wid, word in enumerate(words)
        ]
        # Words by (length, first sound); the first sound is ignored in a small vocabulary.
        large = len(words) > LARGE_VOCABULARY
        self._by_length: dict[tuple[int, str], tuple[list[str], list[int]]] = {}
        self._by_stem: dict[str, list[int]] = {}
        for wid, word in enumerate(words):
            if self._soundable[wid]:
                group = first_sound(word) if large else ""
                bucket = self._by_length.setdefault((len(word), group), ([], []))
                bucket[0].append(word)
                bucket[1].append(wid)
                stem = derived_stem(word, self.locale)
                if stem is not None:
                    self._by_stem.setdefault(stem, []).append(wid)
        self._key_cache: dict[str, tuple[list[int], list[str]]] = {}
        self._near_cache: dict[tuple[int, str, float], tuple[list[str], list[int]]] = {}
        # Words a few letters longer than the shortest word heard cut short, by those letters.
        self._clipped: dict[str, list[int]] = {}
        for wid, word in enumerate(words):
            if self._soundable[wid] and len(word) - MIN_CLIPPED in range(1, MAX_CLIPPED + 1):
                self._clipped.setdefault(word[:MIN_CLIPPED], []).append(wid)
        self._run_sounds = language(self.locale) == "fr"
        self._decimals: dict[str, list[int]] = {}
        for wid, word in enumerate(words):
            if numeric[wid] and "." in word:
                self._decimals.setdefault(word.split(".")[0], []).append(wid)
        self._looked_up = lru_cache(maxsize=LOOKUP_CACHE)(self._look_up)
        self._lookups_ready = True

    # --- introspection -------------------------------------------------------------------
    @property
    def vocabulary_size(self) -> int:
        return len(self._words)

    def word(self, wid: int) -> str:
        return self._words[wid]

    def idf(self, wid: int) -> float:
        return self._idf[wid]

    def numeric(self, wid: int) -> bool:
        return bool(self._numeric[wid])

    def word_id(self, text: str) -> int | None:
        self._lookups()
        return self._vocab.get(text)

    def knows(self, text: str) -> bool:
        return self.word_id(text) is not None

    def together(self, first: int, second: int) -> bool:
        """Some document has both words."""
        a, b = self._postings[first], self._postings[second]
        if len(a) > len(b):
            a, b = b, a
        if len(a) * 16 < len(b):  # a few documents against many: look each up (rows are sorted)
            for doc in a:
                at = bisect_left(b, doc)
                if at < len(b) and b[at] == doc:
                    return True
            return False
        return not set(a).isdisjoint(b)

    def apart(self, first: str, second: str) -> bool:
        """The catalog has both words and no name has them together: one may be said for the
        other ("kampot" then "timut", "red wine" then "apple cider")."""
        a, b = self.word_id(first), self.word_id(second)
        return a is not None and b is not None and a != b and not self.together(a, b)

    def companions(self, known: int, words: Iterable[int]) -> set[int]:
        """Those of ``words`` that some document has together with ``known``: :meth:`together`
        for many words against one, whose documents are gathered once."""
        docs = self._postings[known]
        gathered = set(docs)
        found: set[int] = set()
        for wid in words:
            other = self._postings[wid]
            if len(docs) * 16 < len(other):  # look each of the few up in the many (sorted rows)
                for doc in docs:
                    at = bisect_left(other, doc)
                    if at < len(other) and other[at] == doc:
                        found.add(wid)
                        break
            elif not gathered.isdisjoint(other):
                found.add(wid)
        return found

    def twice_in_a_name(self, wid: int) -> bool:
        """Some document has this word twice ("Bel Bel", "ylang ylang")."""
        positions = self.tables.positions
        for doc in self._postings[wid][:MAX_DOCS_LOOKED_AT]:
            if sum(1 for w in positions[doc] if w == wid) > 1:
                return True
        return False

    def adjacent(self, first: int, second: int, masks: Sequence[int], inside: bool) -> bool:
        """Some document has ``first`` right before ``second``, both at positions of its mask
        in ``masks`` (``inside``: "5 etoile" in the brand "Cinq Étoiles") or both outside it
        ("4 gauge"), as far as a few documents of the rarer word tell."""
        positions = self.tables.positions
        wanted = 3 if inside else 0
        rarer = min((first, second), key=lambda w: len(self._postings[w]))
        for doc in self._postings[rarer][:MAX_DOCS_LOOKED_AT]:
            row, mask = positions[doc], masks[doc]
            for at in range(len(row) - 1):
                if row[at] == first and row[at + 1] == second and mask >> at & 3 == wanted:
                    return True
        return False

    def documents(self, wid: int) -> Sequence[int]:
        """A few of the documents that have the word (as many as the brand checks look at)."""
        return self._postings[wid][:MAX_DOCS_LOOKED_AT]

    def in_brand(self, wid: int, brands: Sequence[int]) -> bool:
        """The word stands in a brand, as far as a few of its documents tell."""
        positions = self.tables.positions
        for doc in self._postings[wid][:MAX_DOCS_LOOKED_AT]:
            row, mask = positions[doc], brands[doc]
            if any(w == wid and mask >> at & 1 for at, w in enumerate(row)):
                return True
        return False

    def only_in_brand(self, wid: int, brands: Sequence[int]) -> bool:
        """The word stands only in brands, as far as a few of its documents tell."""
        positions = self.tables.positions
        for doc in self._postings[wid][:MAX_DOCS_LOOKED_AT]:
            row, mask = positions[doc], brands[doc]
            if any(w == wid and not mask >> at & 1 for at, w in enumerate(row)):
                return False
        return bool(self._postings[wid])

    def common(self, wid: int) -> bool:
        """The word is in so many documents that intersecting its postings costs more than
        a query may spend ("500", "ml" in a million products)."""
        return len(self._postings[wid]) > MAX_CANDIDATE_DOCS

    # --- vocabulary lookup ----------------------------------------------------------------
    def _near_length(
        self, length: int, first: str = "", cutoff: float = FUZZY_CUTOFF
    ) -> tuple[list[str], list[int]]:
        """Vocabulary words whose length allows a ratio ≥ ``cutoff``; in a large vocabulary,
        only those that begin with the same sound as ``first`` (a misheard first letter is
        still found through the phonetic keys)."""
        large = len(self._words) > LARGE_VOCABULARY
        group = first_sound(first) if large else ""
        cached = self._near_cache.get((length, group, cutoff))
        if cached is None:
            low = math.ceil(length * cutoff / (200.0 - cutoff))
            high = math.floor(length * (200.0 - cutoff) / cutoff)
            words: list[str] = []
            ids: list[int] = []
            for size in range(low, high + 1):
                bucket = self._by_length.get((size, group))
                if bucket:
                    words += bucket[0]
                    ids += bucket[1]
            cached = self._near_cache[(length, group, cutoff)] = (words, ids)
        return cached

    def _keyed(self, key: str) -> tuple[list[int], list[str]]:
        """The ids and words of the vocabulary words with phonetic key ``key`` (kept once
        looked up)."""
        cached = self._key_cache.get(key)
        if cached is None:
            ids = self._by_key.get(key, [])
            cached = self._key_cache[key] = (ids, [self._words[other] for other in ids])
        return cached

    def lookup(
        self,
        text: str,
        keys: tuple[str, ...],
        *,
        number: bool = False,
        joined: bool = False,
        cutoff: float | None = None,
    ) -> dict[int, float]:
        """Vocabulary words ``text`` may be, with a similarity in (0, 1] (a new dict: the
        caller may add to it)."""
        self._lookups()
        return dict(self._looked_up(text, keys, number, joined, cutoff))

    def _look_up(
        self, text: str, keys: tuple[str, ...], number: bool, joined: bool, cutoff: float | None
    ) -> dict[int, float]:
        found: dict[int, float] = {}
        min_ratio = 60.0 if joined else 50.0
        wid = self._vocab.get(text)
        if wid is not None:
            found[wid] = 1.0
        if number:
            if "." not in text:
                for other in self._decimals.get(text, ()):
                    found.setdefault(other, TRUNCATED_SIM)
            for key in keys[1:]:  # the phonetic keys of a number said as one word
                if len(key) >= 2 and not key.startswith(RUN_PREFIX):
                    for other in self._by_key.get(key, ()):
                        if not self._numeric[other]:
                            found[other] = max(found.get(other, 0.0), NUMBER_WORD_SIM)
            return found
        for key in keys:
            if key.startswith(RUN_PREFIX):
                continue  # only for words heard in pieces (readings)
            key = key.removeprefix(ALTERNATE_PREFIX)
            if key.startswith(SOUND_PREFIX):
                phonemes = len(key) - len(SOUND_PREFIX)
                if phonemes < 2:
                    continue
                sim = SOUND_SIM.get(phonemes, SOUND_SIM_LONG)
            elif (joined and len(key) < (3 if self._run_sounds else 2)) or len(text) < 3:
                # (French pieces glued back meet short words by their whole sound instead)
                continue
            else:
                sim = PHONETIC_SIM.get(len(key), PHONETIC_SIM_LONG)
            if key.startswith(SOUND_PREFIX):
                for other in self._by_key.get(key, ()):
                    if self._soundable[other] and found.get(other, 0.0) < sim:
                        found[other] = sim
                continue
            ids, words = self._keyed(key)
            # Only the words spelt near enough are looked at one by one (scored in C).
            near = process.extract(
                text, words, scorer=fuzz.ratio, score_cutoff=min_ratio, limit=None
            )
            for word, ratio, at in sorted(near, key=lambda hit: hit[2]):
                other = ids[at]
                if not self._soundable[other] or found.get(other, 0.0) >= sim:
                    continue
                if len(key) == 1 and (len(word) < 4 or len(text) < 4):
                    continue
                if joined and len(key) == 2 and syllables(text) != syllables(word):
                    continue  # pieces glued back meet a short skeleton by chance often
                # Same consonants, other vowels ("belfer", "belvor") or another number of
                # syllables ("marhobel", "marbel"): it may sound alike, it is not sure.
                sure = ratio >= SURE_SPELLING and syllables(text) == syllables(word)
                found[other] = sim if sure else min(sim, DOUBTFUL)
                if same_word(text, word, ratio, keys, self.tables.keys[other]):
                    found[other] = max(found[other], SURE)
        if len(text) >= MIN_FUZZY_LENGTH and wid is None:
            if cutoff is None:
                cutoff = JOINED_CUTOFF if joined else FUZZY_CUTOFF
            words, ids = self._near_length(len(text), text, cutoff)
            for word, score, index in process.extract(
                text, words, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            ):
                other = ids[index]
                same = same_word(text, word, score, keys, self.tables.keys[other])
                sim = SURE if same else score / 100.0
                found[other] = max(found.get(other, 0.0), sim)
        stem = derived_stem(text, self.locale) if wid is None and not joined else None
        for other in self._by_stem.get(stem, ()) if stem else ():
            found[other] = max(found.get(other, 0.0), DERIVED_SIM)
        if len(text) < MIN_FUZZY_LENGTH and wid is None and not joined:
            for other in self._clipped.get(text, ()):
                if clipped(text, self._words[other]):
                    found[other] = max(found.get(other, 0.0), CLIPPED_SIM)
        if wid is not None:
            for other in found:
                if other != wid:
                    found[other] *= EXACT_EXISTS_DISCOUNT
        return found


def derived_stem(word: str, locale: str) -> str | None:
    """The stem of ``word`` before an ending that derives a noun or an adjective from a verb
    ("detacheur" → "detach"), when one is left of ``MIN_STEM`` letters at least."""
    for ending in DERIVED_ENDINGS.get(language(locale), ()):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return None
