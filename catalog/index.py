"""An inverted index over normalised words, built once per catalog, searched per utterance.

Documents are token lists (a product title with its brand, a synonym, a charity's name);
several documents may belong to one *item* (``owners``), which is what document frequency
counts. A search never scans the catalog:

1. **Vocabulary lookup.** Each query token, and each run of two or three adjacent tokens glued
   back together ("tac hex" → "tachex", "les sive" → "lessive"), is looked up in the
   vocabulary: exactly, by phonetic key (:func:`catalog.phonetics.phonetic`) and by edit
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
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz, process

from catalog.folding import language, strip_accents
from catalog.lexicon import PACK_WORDS
from catalog.normalise import MEASURE_UNITS, Token, word_form
from catalog.phonetics import ALTERNATE_PREFIX, SOUND_PREFIX, phonetic
from catalog.repair import (
    convert_sizes,
    fill_gaps,
    lead_words,
    loose_words,
    split_merged,
    trail_words,
)
from catalog.spelling import first_sound, same_word, syllables
from catalog.tables import IntArray, Tables, build_tables

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
NEAR = 0.8  # a position explained this well is at least *near* (Alignment.near_mask)
SURE_SPELLING = 80.0  # a phonetic match is sure only if the spelling is this close too
SEARCH_MARGIN = 0.25  # keep documents this close to the best: callers look at near-ties
FUZZY_CUTOFF = 80.0  # rapidfuzz ratio for one word
JOINED_CUTOFF = 86.0  # stricter for words glued back together: more chances of a fluke
MIN_FUZZY_LENGTH = 4
# Above this many words (a catalog of several hundred thousand products) the fuzzy scan
# looks only at words that begin with the same sound; candidates are capped.
LARGE_VOCABULARY = 20_000
MAX_CANDIDATE_DOCS = 1_000
MAX_JOIN = 3
EDGE_WEIGHT = 0.1
SIZE_WORD_WEIGHT = 0.3
# A function word the catalog has ("can" of "watering can" in "can we get ..."): it may name
# the product, it more likely carries the request.
FUNCTION_WORD_WEIGHT = 0.3
JOINED_WITH_WORD_CUTOFF = 95.0  # two words glued, one a word of its own: spelt nearly so


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
    # Unknown positions most likely the shopper's own words (catalog.repair.loose_words).
    loose: list[int] = field(default_factory=list)
    # word id → [(value, similarity, span index)], value = similarity × span weight
    inv: dict[int, list[tuple[float, float, int]]] = field(default_factory=dict)
    # Set by :meth:`TextIndex.search`, which a resolution may call several times: per word
    # id, the best value it may earn; per document, the sum of those (both depend on
    # ``inv`` alone).
    values: list[float] = field(default_factory=list)
    bounds: dict[int, float] = field(default_factory=dict)


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
    query_sure: int = 0  # query positions explained at a similarity ≥ SURE
    guessed: int = 0  # unknown query positions read from their place in the name (fill_gaps)
    near_mask: int = 0  # document positions said at a similarity ≥ NEAR


class TextIndex:
    """Vocabulary, postings and per-document words of a set of token lists."""

    def __init__(self, docs: Iterable[tuple[Sequence[Token], int]], locale: str) -> None:
        """Index ``(tokens, owner)`` pairs; ``owner`` numbers the item a document names.
        ``docs`` may be a generator (see :func:`catalog.tables.build_tables`)."""
        self._attach(build_tables(docs, locale))

    @classmethod
    def from_tables(cls, tables: Tables) -> TextIndex:
        """An index over tables already built (read from a compiled catalog file)."""
        index = cls.__new__(cls)
        index._attach(tables)
        return index

    def _attach(self, tables: Tables) -> None:
        self.tables = tables
        self.locale = tables.locale
        self._words = tables.words
        self._numeric = tables.numeric
        self._postings = tables.postings
        self._idf = tables.idf
        self.unknown_idf = math.log(1.0 + tables.items)
        self._doc_weight = tables.doc_weight
        self.owners = tables.owners
        self.doc_positions = tables.positions
        self.doc_joined = tables.joined
        # Per document, the positions of its product noun and of its brand (set by the
        # resolver): an unknown word standing in a name is never read as its brand, nor as
        # its noun unless part of the noun was surely said (catalog.repair.fill_gaps).
        self.noun_masks: IntArray | None = None
        self.brand_masks: IntArray | None = None
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
        for wid, word in enumerate(words):
            if self._soundable[wid]:
                group = first_sound(word) if large else ""
                bucket = self._by_length.setdefault((len(word), group), ([], []))
                bucket[0].append(word)
                bucket[1].append(wid)
        self._near_cache: dict[tuple[int, str], tuple[list[str], list[int]]] = {}
        self._decimals: dict[str, list[int]] = {}
        for wid, word in enumerate(words):
            if numeric[wid] and "." in word:
                self._decimals.setdefault(word.split(".")[0], []).append(wid)
        self._lookups_ready = True

    # --- introspection -------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.doc_positions)

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

    def common(self, wid: int) -> bool:
        """The word is in so many documents that intersecting its postings costs more than
        a query may spend ("500", "ml" in a million products)."""
        return len(self._postings[wid]) > MAX_CANDIDATE_DOCS

    # --- vocabulary lookup ----------------------------------------------------------------
    def _near_length(self, length: int, first: str = "") -> tuple[list[str], list[int]]:
        """Vocabulary words whose length allows a ratio ≥ the fuzzy cut-off; in a large
        vocabulary, only those that begin with the same sound as ``first`` (a misheard first
        letter is still found through the phonetic keys)."""
        large = len(self._words) > LARGE_VOCABULARY
        group = first_sound(first) if large else ""
        cached = self._near_cache.get((length, group))
        if cached is None:
            low = math.ceil(length * FUZZY_CUTOFF / (200.0 - FUZZY_CUTOFF))
            high = math.floor(length * (200.0 - FUZZY_CUTOFF) / FUZZY_CUTOFF)
            words: list[str] = []
            ids: list[int] = []
            for size in range(low, high + 1):
                bucket = self._by_length.get((size, group))
                if bucket:
                    words += bucket[0]
                    ids += bucket[1]
            cached = self._near_cache[(length, group)] = (words, ids)
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
        self._lookups()
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
                    sure = ratio >= SURE_SPELLING and syllables(text) == syllables(word)
                    found[other] = sim if sure else min(sim, DOUBTFUL)
                    if same_word(text, word, ratio, keys, self.tables.keys[other]):
                        found[other] = max(found[other], SURE)
        if len(text) >= MIN_FUZZY_LENGTH and wid is None:
            words, ids = self._near_length(len(text), text)
            if cutoff is None:
                cutoff = JOINED_CUTOFF if joined else FUZZY_CUTOFF
            for word, score, index in process.extract(
                text, words, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            ):
                other = ids[index]
                same = same_word(text, word, score, keys, self.tables.keys[other])
                sim = SURE if same else score / 100.0
                found[other] = max(found.get(other, 0.0), sim)
        if wid is not None:
            for other in found:
                if other != wid:
                    found[other] *= EXACT_EXISTS_DISCOUNT
        return found

    def match(
        self,
        tokens: Sequence[Token],
        *,
        ignore_unknown: bool = False,
        edge: float = EDGE_WEIGHT,
        own_words: bool = True,
    ) -> QueryMatch:
        """Look every query token and joined run up; weigh each position.

        ``ignore_unknown`` weighs words the vocabulary does not know at zero instead of as
        much as the rarest word (free speech around a known topic); ``edge`` is the share of
        that weight an unknown word keeps before or after every known one; ``own_words``
        drops the shopper's own words before and after a product name
        (:func:`catalog.repair.lead_words`), which names said whole do not have."""
        self._lookups()
        tokens = convert_sizes(self, self._soft_words(split_merged(self, list(tokens))))
        packs = self._pack_words(tokens)
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
                    if not token.number and token.text not in self._vocab:
                        # "glas" is no plural of "gla": the word as heard may be nearer.
                        heard = strip_accents(token.surface.lower())
                        keys = phonetic(heard, self.locale)
                        if heard != token.text:
                            for wid, sim in self.lookup(heard, keys).items():
                                found[wid] = max(found.get(wid, 0.0), sim)
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
                    soft = any(t.soft for t in segment)  # "par fum" is "parfum"; "grey now"
                    if soft or (len(parts) > 1 and all(w is not None for w in parts)):
                        # Catalog words each: glued back only into a catalog word as written.
                        exact = self._vocab.get(text)
                        found = {} if exact is None else {exact: 1.0}
                    else:
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
        explained = [i for i in range(count) if best_sim[i]]
        if own_words and explained and unknown:
            # The shopper's own words before and after the name (see catalog.repair).
            own = (
                lead_words(self, tokens, unknown, explained[0]) if unknown[0] < explained[0] else []
            )
            if unknown[-1] > explained[-1]:
                own += trail_words(tokens, unknown, explained[-1], self.locale)
            for pos in own:
                tokens[pos] = replace(tokens[pos], stop=True, soft=True)
            unknown = [pos for pos in unknown if pos not in own]
            loose = loose_words(tokens, unknown, explained[-1], self.locale)
        else:
            loose = []
        for pos, token in enumerate(tokens):
            if token.role in ("small", "large") and not token.stop:
                # "petit" is a catalog word here ("petits carreaux") and maybe a size: it
                # tells those products apart, and costs little to a product it is not in.
                weights[pos] *= SIZE_WORD_WEIGHT
            elif (token.role == "function" or pos in packs) and not token.stop:
                weights[pos] *= FUNCTION_WORD_WEIGHT
        for pos in unknown:
            weights[pos] = 0.0 if ignore_unknown else self.unknown_idf
            if explained and not explained[0] < pos < explained[-1]:
                # Around the product name ("remember to add ... now"): more likely the
                # shopper's own words than a product we do not sell. It weighs less, and stays
                # doubtful: a product is then kept only if its brand is surely said.
                weights[pos] *= edge
        doubtful = [i for i, t in enumerate(tokens) if not t.stop and best_sim[i] < SURE]
        sure = [i for i in range(count) if best_sim[i] >= SURE and not tokens[i].stop]
        for pos in doubtful:
            if best_sim[pos] and sure and any(t.stop for t in tokens[pos + 1 : sure[0]]):
                # Only nearly a catalog word, before what is surely said and parted from it
                # ("ring up tolnim glitter": "ring" ~ "string"): weighed as an unknown word
                # there is. (After the name, it may be another product: "sawanix lawnmower".)
                weights[pos] *= edge
        spans = [
            Span(start, end, ((1 << (end + 1)) - 1) ^ ((1 << start) - 1), found)
            for start, end, found in raw_spans
        ]
        qm = QueryMatch(tokens, weights, unknown, doubtful, sum(weights), spans, loose=loose)
        for index, span in enumerate(spans):
            weight = sum(weights[span.start : span.end + 1])
            for wid, sim in span.matches.items():
                qm.inv.setdefault(wid, []).append((sim * weight, sim, index))
        return qm

    def _pack_words(self, tokens: list[Token]) -> set[int]:
        """Positions of pack words next to a number ("fifty pack", "box of 50"): one the
        catalog does not have becomes a stop word here; the others are returned, to weigh
        as little as a function word (the number says the size)."""
        words = PACK_WORDS.get(language(self.locale), frozenset())
        packs: set[int] = set()
        for pos, token in enumerate(tokens):
            if token.stop or token.text not in words:
                continue
            after = pos + 2 if pos + 2 < len(tokens) and tokens[pos + 1].stop else pos + 1
            near = [p for p in (pos - 1, after) if 0 <= p < len(tokens)]
            if not any(tokens[p].number for p in near):
                continue
            if token.text in self._vocab:
                packs.add(pos)
            else:
                tokens[pos] = replace(token, stop=True, soft=True)
        return packs

    def _soft_words(self, tokens: list[Token]) -> list[Token]:
        """Function, relative size and count words the catalog does not have are stop words:
        they weigh nothing and are no sign of an unknown product. A number before such a
        count word counts containers ("deux paquets de papier alu"), no size of ours."""
        out = [
            replace(t, stop=True, soft=True)
            if t.role and not t.stop and (t.role == "companion" or t.text not in self._vocab)
            else t
            for t in tokens
        ]
        for position in range(len(out) - 1):
            after = out[position + 1]
            if out[position].number and after.role == "count" and after.soft:
                out[position] = replace(out[position], stop=True)
        return out

    # --- search ---------------------------------------------------------------------------
    def search(self, qm: QueryMatch, threshold: float, limit: int = 60) -> list[Alignment]:
        """Documents that may explain at least ``threshold`` of the query, best first."""
        if qm.total <= 0 or not qm.spans:
            return []
        allowed_miss = (1.0 - threshold) * qm.total
        if sum(qm.weights[pos] for pos in qm.unknown) > allowed_miss:
            return []  # words no document has weigh more than any document may miss
        order = sorted(range(len(qm.tokens)), key=lambda i: -qm.weights[i])
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
        # Optimistic bound per document: the best value each of its words could earn. A list
        # indexed by word id keeps the per-document sum in C (map + sum), which matters when
        # the anchors are common words and thousands of documents qualify; its last item,
        # 0.0, is what a stop position (-1) earns.
        value = qm.values
        if not value:
            value = qm.values = [0.0] * (len(self._words) + 1)
            for wid, entries in qm.inv.items():
                value[wid] = max(entry[0] for entry in entries)
        docs = self._candidates(sorted(anchor_words, key=lambda w: -value[w]))
        earn = value.__getitem__
        floor = threshold * qm.total
        flat, start = self.doc_positions.flat, self.doc_positions.start
        joined, joined_start = self.doc_joined.flat, self.doc_joined.start
        known = qm.bounds
        bounds = []
        for doc in docs:
            bound = known.get(doc)
            if bound is None:
                bound = sum(map(earn, flat[start[doc] : start[doc + 1]]))
                if joined_start[doc] != joined_start[doc + 1]:  # few have glued words
                    bound += sum(map(earn, joined[joined_start[doc] : joined_start[doc + 1] : 3]))
                known[doc] = bound
            if bound >= floor:
                bounds.append((bound, doc))
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

    def _candidates(self, anchors: list[int]) -> set[int]:
        """The documents of the anchor words, strongest reading first. In a very large
        catalog a common word ("vinaigre") may bring tens of thousands: then only those
        that also have the next anchors are kept, and at most ``MAX_CANDIDATE_DOCS``."""
        docs: set[int] = set()
        for wid in anchors:
            postings = self._postings[wid]
            if len(docs) + len(postings) <= MAX_CANDIDATE_DOCS:
                docs.update(postings)
                continue
            if not docs:
                docs = set(postings)
                for other in anchors:
                    if len(docs) <= MAX_CANDIDATE_DOCS:
                        break
                    if other != wid:
                        narrowed = docs.intersection(self._postings[other])
                        if narrowed:
                            docs = narrowed
                if len(docs) > MAX_CANDIDATE_DOCS:
                    docs = set(sorted(docs)[:MAX_CANDIDATE_DOCS])
            break  # only weaker readings are left
        return docs

    def align(self, qm: QueryMatch, doc: int) -> Alignment:
        """Greedy one-to-one alignment of query spans and document words (one position, or
        two glued ones)."""
        positions = self.doc_positions[doc]
        joined = self.doc_joined[doc]
        inv = qm.inv
        pairs = []
        for pos, wid in enumerate(positions):
            entries = inv.get(wid)
            if entries:
                for value, sim, span in entries:
                    pairs.append((sim, value, span, pos, pos))
        for k in range(0, len(joined), 3):
            entries = inv.get(joined[k])
            if entries:
                start, end = joined[k + 1], joined[k + 2]
                for value, sim, span in entries:
                    pairs.append((sim, value, span, start, end))
        pairs.sort(reverse=True)
        used_query = used_doc = sure = query_sure = near = 0
        credit = 0.0
        spans = qm.spans
        placed: list[tuple[int, int, int, int]] = []
        for sim, value, span_index, start, end in pairs:
            taken = spans[span_index]
            qmask = taken.mask
            dmask = ((1 << (end + 1)) - 1) ^ ((1 << start) - 1)
            if qmask & used_query or dmask & used_doc:
                continue
            used_query |= qmask
            used_doc |= dmask
            if sim >= NEAR:
                near |= dmask
                if sim >= SURE:
                    sure |= dmask
                    query_sure |= qmask
            credit += value
            placed.append((taken.start, taken.end, start, end))
        if qm.unknown and placed:
            noun = self.noun_masks[doc] if self.noun_masks is not None else 0
            brand = self.brand_masks[doc] if self.brand_masks is not None else 0
            gap_credit, gap_query, gap_doc = fill_gaps(
                self, qm, positions, placed, used_doc, sure, noun, brand
            )
            credit += gap_credit
            used_query |= gap_query
            used_doc |= gap_doc
        else:
            gap_query = 0
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
            query_sure,
            gap_query,
            near,
        )
