"""From what the shopper said to one product, a short question, or "we don't sell that".

Selling the wrong thing is the costly error, so the resolver answers ``match`` only when one
product explains (nearly) everything that was said, surely names its brand if the query names
one, contradicts no spoken size, and no other product comes close. Among near-ties it keeps
only the products nothing beats on substance (see :meth:`Resolver._narrow`), then asks the
shortest useful question:

- the products that fit are variants of one family → ask the axis on which they differ
  ("which size, 250 or 500 ml?");
- they are one kind of product from several brands → ask the brand;
- else → offer the two best by name.

A query with a word the catalog does not surely know ("solea adoucissant") most likely
names another brand or another product: in a catalog of several brands, a product is then
offered only if the query surely says its brand. Single-brand catalogs skip this rule
(shoppers of a single-brand shop do not say the brand).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from catalog.index import Alignment, TextIndex
from catalog.model import Catalog, Product
from catalog.normalise import Token, analyse, strip_accents
from catalog.variants import family_key, size_sort_key, variant_axes

__all__ = ["Candidate", "Resolution", "Resolver"]

Status = Literal["match", "ambiguous", "none"]

# Decision thresholds on ``qcov`` (the weighted share of the query a product explains).
# Chosen on half A of the spoken-query set, checked on half B (bench/resolution.py): both
# halves score the same anywhere on MATCH_AT 0.80-0.90, TIE_WITHIN 0.03-0.10 and ASK_AT
# 0.50-0.75, so these sit mid-plateau rather than on an edge fitted to the data.
MATCH_AT = 0.85  # a match explains at least this much...
TIE_WITHIN = 0.06  # ...and no other product comes within this distance
ASK_AT = 0.62  # below this nothing fits well enough to ask about: "none"
MAX_OPTIONS = 5  # more choices than this cannot be read out as one question
_AXIS_ORDER = {"size": 0, "color": 1, "variant": 3}


@dataclass(frozen=True)
class Candidate:
    product: Product
    score: float


@dataclass(frozen=True)
class Resolution:
    """``match``: ``candidates[0]`` is the product. ``ambiguous``: ask; ``axis`` names what to
    ask ("size", "color", "brand", "variant"; ``None`` for "this one or that one?") and
    ``options`` are the spoken choices, in the order of ``candidates`` for a name question."""

    status: Status
    candidates: list[Candidate] = field(default_factory=list)
    axis: str | None = None
    options: list[str] = field(default_factory=list)

    @property
    def product(self) -> Product | None:
        return self.candidates[0].product if self.status == "match" else None


def _fold(text: str) -> str:
    return " ".join(strip_accents(text.lower()).replace("-", " ").split())


class Resolver:
    """Resolve utterances against one catalog; build once, then call :meth:`resolve`."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.locale = catalog.locale
        self._brand_masks: list[int] = []
        self._name_masks: list[int] = []  # the content words of each document's own name
        self.index = TextIndex(self._documents(), self.locale)
        self._families = [family_key(p) for p in catalog.products]
        self._several_brands = len({_fold(p.brand) for p in catalog.products if p.brand}) > 1

    def _documents(self) -> Iterator[tuple[list[Token], int]]:
        """One document per name of each product (title, synonyms), with the brand and the
        product type appended when the name does not say them; records brand positions."""
        words: dict[str, list[Token]] = {}  # brands and product types repeat: analyse once

        def content(text: str) -> list[Token]:
            if text not in words:
                words[text] = [t for t in analyse(text, self.locale) if not t.stop]
            return words[text]

        for number, product in enumerate(self.catalog.products):
            brand = content(product.brand)
            kind = content(product.product_type)
            brand_texts = {t.text for t in brand}
            for name in (product.title, *product.synonyms):
                tokens = analyse(name, self.locale)
                own = 0
                for pos, token in enumerate(tokens):
                    if not token.stop:
                        own |= 1 << pos
                self._name_masks.append(own)
                present = {t.text for t in tokens}
                tokens += [t for t in brand + kind if t.text not in present]
                mask = 0
                unseen = set(brand_texts)
                for pos, token in enumerate(tokens):
                    if token.text in unseen and not token.stop:
                        unseen.discard(token.text)  # the brand's own words, once each
                        mask |= 1 << pos
                self._brand_masks.append(mask)
                yield tokens, number

    def resolve(self, text: str, entity_id: str | None = None) -> Resolution:
        """What ``text`` asks for. An entity-resolution id from Alexa that the catalog knows
        wins outright: Alexa matched it against the slot values we generated."""
        if entity_id:
            product = self.catalog.get(entity_id)
            if product is not None:
                return Resolution("match", [Candidate(product, 1.0)])
        qm = self.index.match(analyse(text, self.locale, query=True))
        # First look only where a match can be (fewer anchor words, far fewer documents);
        # anything short of a clear match is decided on the wider search.
        fits = self._fits(self.index.search(qm, MATCH_AT - TIE_WITHIN), bool(qm.doubtful))
        if fits and fits[0][1].qcov >= MATCH_AT:
            resolution = self._decide(fits, final=False)
            if resolution is not None:
                return resolution
        fits = self._fits(self.index.search(qm, ASK_AT), bool(qm.doubtful))
        if not fits:
            return Resolution("none")
        return self._decide(fits, final=True) or Resolution("none")

    def _decide(self, fits: list[tuple[int, Alignment]], final: bool) -> Resolution | None:
        best = fits[0][1].qcov
        tied = self._narrow([(n, a) for n, a in fits if a.qcov >= best - TIE_WITHIN])
        if len(tied) == 1 and best >= MATCH_AT:
            number, alignment = tied[0]
            if not alignment.number_conflict and self._brand_said(alignment) is not False:
                return Resolution("match", [self._candidate(number, alignment)])
        if not final and len(tied) == 1:
            return None  # a lone near-match: the wider search finds what to offer beside it
        return self._question(tied, fits)

    def _brand_said(self, alignment: Alignment) -> bool | None:
        """True: the query surely says the whole brand; None: not at all; False: in part,
        or only something like it."""
        brand = self._brand_masks[alignment.doc]
        if not brand or not alignment.doc_mask & brand:
            return None
        return alignment.sure_mask & brand == brand

    def _narrow(self, tied: list[tuple[int, Alignment]]) -> list[tuple[int, Alignment]]:
        """Among near-equal scores, keep those nothing beats on substance: a product that
        leaves unexplained a word another one explains, that contradicts a spoken size when
        another does not, whose brand was only half-said when another's was said in full, or
        whose name was not said in full when another's was, is not worth asking about."""
        masks = {a.query_mask for _, a in tied}
        maximal = {m for m in masks if not any(m != o and m & o == m for o in masks)}
        tied = [(n, a) for n, a in tied if a.query_mask in maximal]
        if any(not a.number_conflict for _, a in tied):
            tied = [(n, a) for n, a in tied if not a.number_conflict]
        if self._several_brands and any(self._brand_said(a) for _, a in tied):
            tied = [(n, a) for n, a in tied if self._brand_said(a)]
        if any(self._name_said(a) for _, a in tied):
            tied = [(n, a) for n, a in tied if self._name_said(a)]
        return tied

    def _name_said(self, alignment: Alignment) -> bool:
        """The query surely says every word of this product's title or of one synonym: the
        merchant's own name for it ("spray oxygène" for the default variant)."""
        name = self._name_masks[alignment.doc]
        return bool(name) and alignment.sure_mask & name == name

    # --- decision helpers ------------------------------------------------------------------
    def _fits(self, alignments: list[Alignment], doubt: bool) -> list[tuple[int, Alignment]]:
        """Best alignment per product, products that may be meant, best first.

        ``doubt``: the query has words the catalog does not surely know. In a catalog of
        several brands such a word most likely names a brand we do not sell, so a product
        is kept only if the query surely names its brand."""
        best: dict[int, Alignment] = {}
        for alignment in alignments:
            brand = self._brand_masks[alignment.doc]
            if doubt and self._several_brands and not alignment.sure_mask & brand:
                continue
            number = self.index.owners[alignment.doc]
            if number not in best or _rank(alignment) < _rank(best[number]):
                best[number] = alignment
        return sorted(best.items(), key=lambda item: (_rank(item[1]), item[0]))

    def _candidate(self, number: int, alignment: Alignment) -> Candidate:
        return Candidate(self.catalog.products[number], round(alignment.qcov, 3))

    def _question(
        self, tied: list[tuple[int, Alignment]], fits: list[tuple[int, Alignment]]
    ) -> Resolution:
        products = [self.catalog.products[n] for n, _ in tied]
        candidates = [self._candidate(n, a) for n, a in tied]
        families = {self._families[n] for n, _ in tied}
        if len(tied) > 1 and len(families) == 1:
            axes = variant_axes(products)
            choice = _pick_axis(axes, products)
            if choice is not None:
                axis, options = choice
                _in_option_order(candidates, axes[axis], options)
                return Resolution("ambiguous", candidates, axis, options)
        if len(families) > 1:
            kinds = {_fold(p.product_type) for p in products}
            brands = list(dict.fromkeys(p.brand for p in products if p.brand))
            one_kind = len(kinds) == 1 and "" not in kinds
            if one_kind and len(brands) == len(families) and 1 < len(brands) <= MAX_OPTIONS:
                _in_option_order(candidates, {p.id: p.brand for p in products}, brands)
                return Resolution("ambiguous", candidates, "brand", brands)
        # "This one or that one?": the best product of the two best families.
        pair: list[Candidate] = []
        seen: set[str] = set()
        for number, alignment in tied if len(tied) > 1 else fits:
            family = self._families[number]
            if family not in seen:
                seen.add(family)
                pair.append(self._candidate(number, alignment))
            if len(pair) == 2:
                break
        return Resolution("ambiguous", pair, None, [c.product.title for c in pair])


def _in_option_order(
    candidates: list[Candidate], values: dict[str, str], options: list[str]
) -> None:
    """Candidates in the order their options will be read out, so "the first one" is the
    first option heard."""
    order = {value: index for index, value in enumerate(options)}
    candidates.sort(key=lambda c: order.get(values.get(c.product.id, ""), len(options)))


def _rank(alignment: Alignment) -> tuple[float, float]:
    return (-round(alignment.qcov, 6), -alignment.dcov)


def _pick_axis(
    axes: dict[str, dict[str, str]], products: list[Product]
) -> tuple[str, list[str]] | None:
    """The axis whose answer narrows most among those that can be asked in one breath;
    failing that, the one with the fewest options."""
    best: tuple[tuple[bool, int, int], str, list[str]] | None = None
    for axis, by_id in axes.items():
        values = list(dict.fromkeys(by_id[p.id] for p in products if p.id in by_id))
        if len(values) < 2:
            continue
        if axis == "size":
            values.sort(key=size_sort_key)
        # Askable first (few options), then the most telling, then the plainest axis.
        too_many = len(values) > MAX_OPTIONS
        rank = (too_many, len(values) if too_many else -len(values), _AXIS_ORDER.get(axis, 2))
        if best is None or rank < best[0]:
            best = (rank, axis, values)
    return None if best is None else (best[1], best[2])
