"""How well one document explains a query: the last step of a search of
:class:`catalog.index.TextIndex`.

Query spans and document words are paired greedily, best pair first, each query position and
document position used once (a document word may be one position, or two glued ones).
``qcov`` is the weighted share of the query a document explains; ``dcov`` the share of the
document the query said. Unknown query words between placed ones may then be read from their
place in the name (:func:`catalog.repair.fill_gaps`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from catalog.repair import fill_gaps
from catalog.units import MEASURE_UNITS
from catalog.vocabulary import SURE

if TYPE_CHECKING:
    from catalog.index import QueryMatch, Span, TextIndex

__all__ = ["NEAR", "Alignment", "align"]

NEAR = 0.75  # a position explained this well is at least *near* (Alignment.near_mask)


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


def align(index: TextIndex, qm: QueryMatch, doc: int) -> Alignment:
    """Greedy one-to-one alignment of query spans and document words (one position, or
    two glued ones)."""
    positions = index.doc_positions[doc]
    joined = index.doc_joined[doc]
    inv = qm.inv
    pairs = []
    for pos, wid in enumerate(positions):
        entries = inv.get(wid)
        if entries:
            for value, sim, span in entries:
                pairs.append((sim, value, 0, span, pos, pos))
    for k in range(0, len(joined), 3):
        entries = inv.get(joined[k])
        if entries:
            start, end = joined[k + 1], joined[k + 2]
            for value, sim, span in entries:
                pairs.append((sim, value, 0, span, start, end))
    spans = qm.spans
    said_words = [wid for wid in positions if wid >= 0]
    if len(set(said_words)) < len(said_words):
        # A word the document has twice ("5" in the brand "Cinq Étoiles" and in "5 m"):
        # on a tie, the place whose neighbour is said beside it too wins.
        pairs = [
            (sim, value, _beside(qm, positions, spans[span], start, end), span, start, end)
            for sim, value, _, span, start, end in pairs
        ]
    pairs.sort(reverse=True)
    used_query = used_doc = sure = query_sure = near = 0
    credit = 0.0
    placed: list[tuple[int, int, int, int]] = []
    credited: list[tuple[int, float]] = []
    for sim, value, _, span_index, start, end in pairs:
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
        credited.append((span_index, value))
    parted = _parted_measures(index, qm, positions, placed, credited)
    if parted:
        # "4 mm" said, "US 4 - 3.5 mm" written: the 4 is not this document's 4 mm.
        for span_index, value in parted:
            credit -= value
            used_query &= ~spans[span_index].mask
            query_sure &= ~spans[span_index].mask
    if qm.unknown and placed:
        noun = index.noun_masks[doc] if index.noun_masks is not None else 0
        brand = index.brand_masks[doc] if index.brand_masks is not None else 0
        gap_credit, gap_query, gap_doc = fill_gaps(
            index, qm, positions, placed, used_doc, sure, noun, brand
        )
        credit += gap_credit
        used_query |= gap_query
        used_doc |= gap_doc
    else:
        gap_query = 0
    said = sum(index._idf[w] for i, w in enumerate(positions) if w >= 0 and used_doc >> i & 1)
    conflict = any(
        qm.tokens[i].number and not (used_query >> i & 1) and not qm.tokens[i].stop
        for i in range(len(qm.tokens))
    ) and any(w >= 0 and index._numeric[w] for w in positions)
    return Alignment(
        doc,
        min(1.0, credit / qm.total),
        min(1.0, said / index._doc_weight[doc]),
        used_doc,
        sure,
        used_query,
        conflict,
        query_sure,
        gap_query,
        near,
    )


def _parted_measures(
    index: TextIndex,
    qm: QueryMatch,
    positions: Sequence[int],
    placed: Sequence[tuple[int, int, int, int]],
    credited: Sequence[tuple[int, float]],
) -> list[tuple[int, float]]:
    """The numbers said right before a unit ("4 mm") placed on a number of the document
    that its unit does not follow, another number between them ("US 4 - 3.5 mm"; "1.7 fl
    oz" is one measure): their spans and the credit given."""
    tokens = qm.tokens

    def apart(number_at: int, unit_at: int) -> bool:
        between = positions[number_at + 1 : unit_at]
        return unit_at <= number_at or any(w >= 0 and index.numeric(w) for w in between)

    unit_at = {q_start: d_start for q_start, q_end, d_start, _ in placed if q_start == q_end}
    parted = []
    for (q_start, q_end, _, d_end), given in zip(placed, credited, strict=True):
        after = q_start + 1
        if (
            q_start == q_end
            and tokens[q_start].number
            and after < len(tokens)
            and tokens[after].text in MEASURE_UNITS
            and after in unit_at
            and apart(d_end, unit_at[after])
        ):
            parted.append(given)
    return parted


def _beside(qm: QueryMatch, positions: Sequence[int], taken: Span, start: int, end: int) -> int:
    """How well the document words around ``start``..``end`` are said around the span
    ``taken``: 2 for the word after (a number binds to what follows it: "5 m", « cinq
    étoiles »), 1 for the word before, 3 for both."""
    count = 0
    for query_at, doc_at, after in (
        (taken.end + 1, end + 1, True),
        (taken.start - 1, start - 1, False),
    ):
        if query_at < 0 or not 0 <= doc_at < len(positions) or positions[doc_at] < 0:
            continue
        for _, _, other in qm.inv.get(positions[doc_at], ()):
            span = qm.spans[other]
            if (span.start if after else span.end) == query_at:
                count += 2 if after else 1
                break
    return count
