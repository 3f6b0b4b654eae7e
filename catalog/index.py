"""An inverted index over normalised words, built once per catalog, searched per utterance.

Documents are token lists (a product title with its brand, a synonym, a charity's name);
several documents may belong to one *item* (``owners``), which is what document frequency
counts. A search never scans the catalog:

1. **Vocabulary lookup.** Each query token, and each run of two or three adjacent tokens glued
   back together ("tac hex" → "tachex", "les sive" → "lessive"), is looked up in the
   vocabulary: exactly, by phonetic key (:func:`catalog.normalise.phonetic`) and by edit
   similarity (rapidfuzz over the words of a similar length only). Numbers match numbers
   exactly, never fuzzily: 500 ml is not 600 ml.
2. **Weights.** A query position weighs the inverse document frequency of its most plausible
   reading (a brand weighs more than "ml"). A content word that matches nothing is *unknown*
   and weighs as much as the rarest word: it may be a brand or a product the shop does not
   sell. A position read only at a similarity below ``SURE`` is *doubtful*.
3. **Candidates** come from the postings of the heaviest positions only: a document that
   misses positions worth more than ``1 - threshold`` of the query can never reach the
   threshold, so it is never looked at (the "max-score" pruning of search engines).
4. **Alignment.** Candidates are ranked by an optimistic bound, then aligned greedily, best
   pair first, each query position and document position used once. ``qcov`` is the weighted
   share of the query a document explains; ``dcov`` the share of the document the query said.
"""

from __future__ import annotations

import math
import re
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from catalog.normalise import ALTERNATE_PREFIX, MEASURE_UNITS, SOUND_PREFIX, Token, word_form

__all__ = ["Alignment", "QueryMatch", "TextIndex"]

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
# When the recogniser wrote a word the catalog has, another word is less likely meant.
EXACT_EXISTS_DISCOUNT = 0.85
# A position explained at this similarity or better is *sure*; below, doubtful.
SURE = 0.9
DOUBTFUL = 0.85
SURE_SPELLING = 70.0  # a phonetic match is sure only if the spelling is this close too
SEARCH_MARGIN = 0.25  # keep documents this close to the best: callers look at near-ties
FUZZY_CUTOFF = 80.0  # rapidfuzz ratio for one word
JOINED_CUTOFF = 86.0  # stricter for words glued back together: more chances of a fluke
MIN_FUZZY_LENGTH = 4
MAX_JOIN = 3
JOINED_WITH_WORD_CUTOFF = 95.0  # ...and stricter still when a part is a word of its own


_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def _syllables(word: str) -> int:
    return len(_VOWEL_GROUPS.findall(word))


@dataclass(frozen=True, slots=True)
class Span:
    """Query positions ``start..end`` (inclusive) and the vocabulary words they may be."""

    start: int
    end: int
    mask: int
    matches: dict[int, float]


@dataclass(slots=True)
class QueryMatch:
    tokens: list[Token]
    weights: list[float]
    unknown: list[int]  # content positions no vocabulary word explains
    doubtful: list[int]  # content positions not surely explained (unknown included)
    total: float
    spans: list[Span]
    # word id → [(value, similarity, span index)], value = similarity × span weight
    inv: dict[int, list[tuple[float, float, int]]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Alignment:
    """How well one document explains the query."""

    doc: int
    qcov: float
    dcov: float
    doc_mask: int  # document positions said by the query
    sure_mask: int  # document positions said at a similarity ≥ SURE
    query_mask: int  # query positions explained by the document
    number_conflict: bool  # the query said a number this document does not have


class TextIndex:
    """Vocabulary, postings and per-document units of a set of token lists."""

    def __init__(self, docs: Iterable[tuple[Sequence[Token], int]], locale: str) -> None:
        """Index ``(tokens, owner)`` pairs; ``owner`` numbers the item a document names.

        ``docs`` may be a generator: documents are consumed one at a time, so the token
        lists of a 100,000-product catalog never sit in memory together."""
        self.locale = locale
        self._vocab: dict[str, int] = {}
        self._words: list[str] = []
        self._numeric: list[bool] = []
        self._by_key: dict[str, list[int]] = {}
        postings: list[list[int]] = []
        df: list[int] = []
        last_owner: list[int] = []
        self.owners = array("I")
        self.doc_units: list[tuple[int, ...]] = []  # flat (word id, start, end) triples
        self.doc_positions: list[tuple[int, ...]] = []  # word id per position, -1 for stop words

        def intern(text: str, keys: tuple[str, ...], numeric: bool) -> int:
            wid = self._vocab.get(text)
            if wid is None:
                wid = len(self._words)
                self._vocab[text] = wid
                self._words.append(text)
                self._numeric.append(numeric)
                postings.append([])
                df.append(0)
                last_owner.append(-1)
                for key in keys:
                    if not key.startswith(ALTERNATE_PREFIX):
                        self._by_key.setdefault(key, []).append(wid)
            return wid

        for doc_id, (tokens, owner) in enumerate(docs):
            self.owners.append(owner)
            units: list[int] = []
            positions: list[int] = []
            for pos, token in enumerate(tokens):
                if token.stop:
                    positions.append(-1)
                    continue
                wid = intern(token.text, token.keys, token.number)
                positions.append(wid)
                units += (wid, pos, pos)
            for pos in range(len(tokens) - 1):
                first, second = tokens[pos], tokens[pos + 1]
                if first.glued and not (first.number or second.number):
                    text, keys = word_form(first.surface + second.surface, locale)
                    units += (intern(text, keys, False), pos, pos + 1)
            for wid in set(units[0::3]):
                postings[wid].append(doc_id)
                if last_owner[wid] != owner:
                    last_owner[wid] = owner
                    df[wid] += 1
            self.doc_units.append(tuple(units))
            self.doc_positions.append(tuple(positions))

        self._postings = [array("I", p) for p in postings]
        items = len(set(self.owners)) or 1
        self._idf = [math.log(1.0 + items / max(d, 1)) for d in df]
        self.unknown_idf = math.log(1.0 + items)
        self._doc_weight = array(
            "d",
            (
                sum(self._idf[w] for w in positions if w >= 0) or 1.0
                for positions in self.doc_positions
            ),
        )
        # Numbers, unit symbols and one- or two-letter words are matched as written only:
        # "ml" is not said "mel", and "moly" must not become "ml".
        self._soundable = [
            not numeric and len(word) >= 3 and word not in MEASURE_UNITS
            for word, numeric in zip(self._words, self._numeric, strict=True)
        ]
        self._by_length: dict[int, tuple[list[str], list[int]]] = {}
        for wid, word in enumerate(self._words):
            if self._soundable[wid]:
                words, ids = self._by_length.setdefault(len(word), ([], []))
                words.append(word)
                ids.append(wid)
        self._near_cache: dict[int, tuple[list[str], list[int]]] = {}
        self._decimals: dict[str, list[int]] = {}
        for wid, word in enumerate(self._words):
            if self._numeric[wid] and "." in word:
                self._decimals.setdefault(word.split(".")[0], []).append(wid)

    # --- introspection -------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.doc_units)

    @property
    def vocabulary_size(self) -> int:
        return len(self._words)

    def word(self, wid: int) -> str:
        return self._words[wid]

    def idf(self, wid: int) -> float:
        return self._idf[wid]

    # --- vocabulary lookup ----------------------------------------------------------------
    def _near_length(self, length: int) -> tuple[list[str], list[int]]:
        """Vocabulary words whose length allows a ratio ≥ the fuzzy cut-off."""
        cached = self._near_cache.get(length)
        if cached is None:
            low = math.ceil(length * FUZZY_CUTOFF / (200.0 - FUZZY_CUTOFF))
            high = math.floor(length * (200.0 - FUZZY_CUTOFF) / FUZZY_CUTOFF)
            words: list[str] = []
            ids: list[int] = []
            for size in range(low, high + 1):
                bucket = self._by_length.get(size)
                if bucket:
                    words += bucket[0]
                    ids += bucket[1]
            cached = self._near_cache[length] = (words, ids)
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
        """Vocabulary words ``text`` may be, with a similarity in (0, 1]."""
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
                if len(key) >= 2:
                    for other in self._by_key.get(key, ()):
                        if not self._numeric[other]:
                            found[other] = max(found.get(other, 0.0), NUMBER_WORD_SIM)
            return found
        for key in keys:
            key = key.removeprefix(ALTERNATE_PREFIX)
            if key.startswith(SOUND_PREFIX):
                phonemes = len(key) - len(SOUND_PREFIX)
                if phonemes < 2:
                    continue
                sim = SOUND_SIM.get(phonemes, SOUND_SIM_LONG)
            elif (joined and len(key) < 3) or len(text) < 3:
                continue
            else:
                sim = PHONETIC_SIM.get(len(key), PHONETIC_SIM_LONG)
            for other in self._by_key.get(key, ()):
                if not self._soundable[other] or found.get(other, 0.0) >= sim:
                    continue
                word = self._words[other]
                if len(key) == 1 and (len(word) < 4 or len(text) < 4):
                    continue
                if key.startswith(SOUND_PREFIX):
                    found[other] = sim
                    continue
                ratio = fuzz.ratio(text, word)
                if ratio >= min_ratio:
                    # Same consonants, other vowels ("belfer", "belvor") or another number of
                    # syllables ("marhobel", "marbel"): it may sound alike, it is not sure.
                    sure = ratio >= SURE_SPELLING and _syllables(text) == _syllables(word)
                    found[other] = sim if sure else min(sim, DOUBTFUL)
        if len(text) >= MIN_FUZZY_LENGTH:
            words, ids = self._near_length(len(text))
            if cutoff is None:
                cutoff = JOINED_CUTOFF if joined else FUZZY_CUTOFF
            for _, score, index in process.extract(
                text, words, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            ):
                other = ids[index]
                found[other] = max(found.get(other, 0.0), score / 100.0)
        if wid is not None:
            for other in found:
                if other != wid:
                    found[other] *= EXACT_EXISTS_DISCOUNT
        return found

    def match(self, tokens: Sequence[Token], *, ignore_unknown: bool = False) -> QueryMatch:
        """Look every query token and joined run up; weigh each position.

        ``ignore_unknown`` weighs words the vocabulary does not know at zero instead of as
        much as the rarest word (free speech around a known topic)."""
        tokens = list(tokens)
        count = len(tokens)
        raw_spans: list[tuple[int, int, dict[int, float]]] = []
        for start in range(count):
            for end in range(start, min(count, start + MAX_JOIN)):
                segment = tokens[start : end + 1]
                if end == start:
                    token = tokens[start]
                    if token.stop:
                        continue
                    found = self.lookup(token.text, token.keys, number=token.number)
                else:
                    if any(t.number for t in segment):
                        break
                    if all(t.stop for t in segment):
                        continue
                    text, keys = word_form("".join(t.surface for t in segment), self.locale)
                    # Two words, one of them a catalog word of its own ("l" in "taie l"),
                    # are glued back only into a word spelt (nearly) like the two.
                    parts = [self._vocab.get(t.text) for t in segment if not t.stop]
                    strict = len(parts) > 1 and any(w is not None for w in parts)
                    found = self.lookup(
                        text,
                        () if strict else keys,
                        joined=True,
                        cutoff=JOINED_WITH_WORD_CUTOFF if strict else JOINED_CUTOFF,
                    )
                    found = {w: s for w, s in found.items() if w not in parts}
                if found:
                    raw_spans.append((start, end, found))
        # A position weighs what the most plausible reading of it weighs: the span with the
        # best similarity covering it (the longer on a tie: "cap sule" is "capsule", not a
        # brand that sounds like "cap"), its best word (the commoner on a tie).
        weights = [0.0] * count
        best_sim = [0.0] * count
        reading = [(0.0, 0)] * count
        for start, end, found in raw_spans:
            best, sim = max(found.items(), key=lambda item: (item[1], -self._idf[item[0]]))
            content = [p for p in range(start, end + 1) if not tokens[p].stop]
            share = self._idf[best] / len(content)
            for pos in range(start, end + 1):
                best_sim[pos] = max(best_sim[pos], sim)
            for pos in content:
                if (sim, end - start) > reading[pos]:
                    reading[pos] = (sim, end - start)
                    weights[pos] = share
        unknown = [i for i, t in enumerate(tokens) if not best_sim[i] and not t.stop]
        for pos in unknown:
            weights[pos] = 0.0 if ignore_unknown else self.unknown_idf
        doubtful = [i for i, t in enumerate(tokens) if not t.stop and best_sim[i] < SURE]
        spans = [
            Span(start, end, ((1 << (end + 1)) - 1) ^ ((1 << start) - 1), found)
            for start, end, found in raw_spans
        ]
        qm = QueryMatch(tokens, weights, unknown, doubtful, sum(weights), spans)
        for index, span in enumerate(spans):
            weight = sum(weights[span.start : span.end + 1])
            for wid, sim in span.matches.items():
                qm.inv.setdefault(wid, []).append((sim * weight, sim, index))
        return qm

    # --- search ---------------------------------------------------------------------------
    def search(self, qm: QueryMatch, threshold: float, limit: int = 60) -> list[Alignment]:
        """Documents that may explain at least ``threshold`` of the query, best first."""
        if qm.total <= 0 or not qm.spans:
            return []
        order = sorted(range(len(qm.tokens)), key=lambda i: -qm.weights[i])
        allowed_miss = (1.0 - threshold) * qm.total
        heavy = 0
        missed = 0.0
        for pos in order:
            if missed > allowed_miss:
                break
            heavy |= 1 << pos
            missed += qm.weights[pos]
        if missed <= allowed_miss:
            heavy = (1 << len(qm.tokens)) - 1
        anchor_words = {wid for span in qm.spans if span.mask & heavy for wid in span.matches}
        if not anchor_words:
            return []
        docs = set().union(*(self._postings[wid] for wid in anchor_words))
        # Optimistic bound per document: the best value each of its words could earn. A list
        # indexed by word id keeps the per-document sum in C (map + sum), which matters when
        # the anchors are common words and thousands of documents qualify.
        value = [0.0] * len(self._words)
        for wid, entries in qm.inv.items():
            value[wid] = max(entry[0] for entry in entries)
        earn = value.__getitem__
        floor = threshold * qm.total
        units_of = self.doc_units
        bounds = [(b, doc) for doc in docs if (b := sum(map(earn, units_of[doc][0::3]))) >= floor]
        bounds.sort(reverse=True)
        results: list[Alignment] = []
        best = 0.0
        for aligned, (bound, doc) in enumerate(bounds):
            if bound / qm.total < best - SEARCH_MARGIN or len(results) >= limit:
                break
            if aligned >= limit * 4:
                break  # the bound over-estimates these documents: enough have been tried
            alignment = self.align(qm, doc)
            if alignment.qcov >= threshold:
                results.append(alignment)
                best = max(best, alignment.qcov)
        results.sort(key=lambda a: (-a.qcov, -a.dcov, a.doc))
        return results

    def align(self, qm: QueryMatch, doc: int) -> Alignment:
        """Greedy one-to-one alignment of query spans and document units."""
        units = self.doc_units[doc]
        inv = qm.inv
        pairs = []
        for k in range(0, len(units), 3):
            entries = inv.get(units[k])
            if entries:
                start, end = units[k + 1], units[k + 2]
                for value, sim, span in entries:
                    pairs.append((sim, value, span, start, end))
        pairs.sort(reverse=True)
        used_query = used_doc = sure = 0
        credit = 0.0
        spans = qm.spans
        for sim, value, span_index, start, end in pairs:
            qmask = spans[span_index].mask
            dmask = ((1 << (end + 1)) - 1) ^ ((1 << start) - 1)
            if qmask & used_query or dmask & used_doc:
                continue
            used_query |= qmask
            used_doc |= dmask
            if sim >= SURE:
                sure |= dmask
            credit += value
        positions = self.doc_positions[doc]
        said = sum(self._idf[w] for i, w in enumerate(positions) if w >= 0 and used_doc >> i & 1)
        conflict = any(
            qm.tokens[i].number and not (used_query >> i & 1) and not qm.tokens[i].stop
            for i in range(len(qm.tokens))
        ) and any(w >= 0 and self._numeric[w] for w in positions)
        return Alignment(
            doc,
            min(1.0, credit / qm.total),
            min(1.0, said / self._doc_weight[doc]),
            used_doc,
            sure,
            used_query,
            conflict,
        )
