"""An inverted index over normalised words, built once per catalog, searched per utterance.

Documents are token lists (a product title with its brand, a synonym, a charity's name);
several documents may belong to one *item* (``owners``), which is what document frequency
counts. A search never scans the catalog:

1. **Vocabulary lookup.** Each query token, and each run of two or three adjacent tokens glued
   back together, is looked up in the vocabulary (:meth:`catalog.readings.SpanReadings.readings`;
   :class:`TextIndex` extends it, and it :class:`~catalog.vocabulary.Vocabulary`): the catalog
   words it may be, each with a similarity.
2. **Weights.** A query position weighs the inverse document frequency of its most plausible
   reading (a brand weighs more than "ml"). A content word that matches nothing is *unknown*
   and weighs as much as the rarest word: it may be a brand or a product the shop does not
   sell. A position read only at a similarity below ``SURE`` is *doubtful*.
3. **Candidates** come from the postings of the heaviest positions only: a document that
   misses positions worth more than ``1 - threshold`` of the query can never reach the
   threshold, so it is never looked at (the "max-score" pruning of search engines).
4. **Alignment.** Candidates are ranked by an optimistic bound, then aligned greedily, best
   pair first, each query position and document position used once
   (:func:`catalog.alignment.align`). ``qcov`` is the weighted share of the query a document
   explains; ``dcov`` the share of the document the query said.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from catalog.alignment import Alignment, align
from catalog.folding import language
from catalog.lexicon import LEGAL_FORMS, NAMING_LINKS, PACK_WORDS
from catalog.normalise import Token
from catalog.own_words import lead_words, loose_words, trail_words
from catalog.readings import SpanReadings
from catalog.repair import repaired
from catalog.tables import IntArray, Tables, build_tables
from catalog.units import CONTAINER_OF
from catalog.vocabulary import MAX_CANDIDATE_DOCS, SURE

__all__ = ["Alignment", "QueryMatch", "TextIndex"]

SEARCH_MARGIN = 0.25  # keep documents this close to the best: callers look at near-ties
EDGE_WEIGHT = 0.1
SIZE_WORD_WEIGHT = 0.3
# A function word the catalog has ("can" of "watering can" in "can we get ..."): it may name
# the product, it more likely carries the request.
FUNCTION_WORD_WEIGHT = 0.3


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
    # Unknown positions most likely the shopper's own words (catalog.own_words.loose_words).
    loose: list[int] = field(default_factory=list)
    # word id → [(value, similarity, span index)], value = similarity × span weight
    inv: dict[int, list[tuple[float, float, int]]] = field(default_factory=dict)
    # Set by :meth:`TextIndex.search`, which a resolution may call several times: per word
    # id, the best value it may earn; per document, the sum of those (both depend on
    # ``inv`` alone).
    values: list[float] = field(default_factory=list)
    bounds: dict[int, float] = field(default_factory=dict)


class TextIndex(SpanReadings):
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
        super()._attach(tables)
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

    def __len__(self) -> int:
        return len(self.doc_positions)

    # --- query weighing -------------------------------------------------------------------
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
        (:func:`catalog.own_words.lead_words`), which names said whole do not have."""
        self._lookups()
        tokens = repaired(self, tokens)
        packs = self._pack_words(tokens)
        count = len(tokens)
        raw_spans = _near_joins_dropped(_longest_readings(self.readings(tokens)), tokens, self.word)
        # A position weighs what the most plausible reading of it weighs: the span with the
        # best similarity covering it (the longer on a tie: "cap sule" is "capsule", not a
        # brand that sounds like "cap"), its best word (the commoner on a tie).
        weights = [0.0] * count
        best_sim = [0.0] * count
        reading = [(0.0, 0)] * count
        for start, end, found in raw_spans:
            best, sim = max(found.items(), key=lambda item: (item[1], -self._idf[item[0]]))
            # (letters said one by one that spell a word weigh as that word: "w c" for WC)
            content = [p for p in range(start, end + 1) if not tokens[p].stop] or list(
                range(start, end + 1)
            )
            share = self._idf[best] / len(content)
            for pos in range(start, end + 1):
                best_sim[pos] = max(best_sim[pos], sim)
            for pos in content:
                if (sim, end - start) > reading[pos]:
                    reading[pos] = (sim, end - start)
                    weights[pos] = share
        unknown = [i for i, t in enumerate(tokens) if not best_sim[i] and not t.stop]
        explained = [i for i in range(count) if best_sim[i]]
        # Unknown words before "à la marque", "made by" ... name what that brand makes.
        naming = NAMING_LINKS.get(language(self.locale), frozenset())
        named = {
            pos
            for pos in unknown
            if explained
            and pos < explained[0]
            and any(t.text in naming for t in tokens[pos + 1 : explained[0] + 1])
        }
        if own_words and explained and unknown:
            # The shopper's own words before and after the name (see catalog.own_words).
            own = (
                lead_words(self, tokens, unknown, explained[0]) if unknown[0] < explained[0] else []
            )
            own = [pos for pos in own if pos not in named]
            if unknown[-1] > explained[-1]:
                own += trail_words(tokens, unknown, explained[-1], self.locale)
            # A legal form the catalog writes otherwise ("brothers" for "Bros"): not needed.
            own += [pos for pos in unknown if tokens[pos].text in LEGAL_FORMS]
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
            elif token.role == "negated":
                weights[pos] = 0.0  # what the shopper does not want is no sign of a product
            elif (token.role in ("function", "label") or pos in packs) and not token.stop:
                weights[pos] *= FUNCTION_WORD_WEIGHT
        for pos in unknown:
            weights[pos] = 0.0 if ignore_unknown else self.unknown_idf
            if explained and not explained[0] < pos < explained[-1] and pos not in named:
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

    def soft_words(self, tokens: list[Token]) -> list[Token]:
        """Function, relative size and count words the catalog does not have are stop words:
        they weigh nothing and are no sign of an unknown product. A number before such a
        count word counts containers ("deux paquets de papier alu"), no size of ours."""
        out = [
            replace(t, stop=True, soft=True)
            if t.role not in ("", "prefix", "negated")
            and not t.stop
            and (t.role == "companion" or t.text not in self._vocab)
            else t
            for t in tokens
        ]
        lang = language(self.locale)
        packs = PACK_WORDS.get(lang, frozenset())
        of = CONTAINER_OF.get(lang, frozenset())
        for position in range(len(out) - 1):
            after = out[position + 1]
            then = out[position + 2].text if position + 2 < len(out) else ""
            number = out[position]
            if not (number.number and after.role == "count" and after.soft) or then in packs:
                continue  # ("5 piece set": its size)
            if then in of or number.text not in self._vocab:
                out[position] = replace(number, stop=True)
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
            alignment = align(self, qm, doc)
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


LONGER_READING_MARGIN = 0.05


def _longest_readings(
    spans: list[tuple[int, int, dict[int, float]]],
) -> list[tuple[int, int, dict[int, float]]]:
    """``spans`` without a word read doubtfully in a span when a longer span around it reads
    the same word nearly as well and the words it adds are read no other way: "xandac day"
    glued is Xandacdé as much as "xandac" alone is, and it leaves "day" unexplained no more.
    (A word the added words may be is kept apart: the longer reading would swallow it.)"""
    read_alone = {start for start, end, _ in spans if start == end}
    out = []
    for start, end, found in spans:
        around: list[dict[int, float]] | None = None  # the longer spans that may swallow it
        kept: dict[int, float] = {}
        for wid, sim in found.items():
            if sim < SURE:
                if around is None:
                    around = [
                        other
                        for s, e, other in spans
                        if s <= start and end <= e and (s, e) != (start, end)
                        and not any(
                            p in read_alone for p in range(s, e + 1) if not start <= p <= end
                        )
                    ]  # fmt: skip
                if any(other.get(wid, 0.0) >= sim - LONGER_READING_MARGIN for other in around):
                    continue
            kept[wid] = sim
        if kept:
            out.append((start, end, kept))
    return out


WHOLE_WORD = 5  # letters of a catalog word said that is no piece of a longer one ("bro ce")


def _near_joins_dropped(
    spans: list[tuple[int, int, dict[int, float]]],
    tokens: Sequence[Token],
    word: Callable[[int], str],
) -> list[tuple[int, int, dict[int, float]]]:
    """``spans`` without a word heard nearly in catalog words said whole (``word``: a word
    id's text) and function words around them ("apochromatique à" heard near « achromatique »
    when « apochromatique » is in the catalog as said): a catalog word said whole is no half of
    another one. ("visa l" near Vizelle stays: "visa" is no catalog word; "bro ce à" near
    « brosse » too: "bro" is too short to tell.)"""
    sure = {
        s
        for s, e, found in spans
        if s == e
        and len(tokens[s].text) >= WHOLE_WORD
        and any(word(w) == tokens[s].text for w in found)
    }
    if not sure:
        return spans
    kept = []
    for start, end, found in spans:
        content = [p for p in range(start, end + 1) if not tokens[p].stop]
        if end > start and content and max(found.values()) < SURE and set(content) <= sure:
            continue
        kept.append((start, end, found))
    return kept
