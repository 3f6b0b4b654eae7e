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
offered only if the query surely says its brand, and a product of which only the brand was
said is not offered for a word the catalog does not know ("vellau bouilloire"). Single-brand
catalogs skip these rules (shoppers of a single-brand shop do not say the brand), and there
unknown words around the name keep their full weight.

What the resolver knows comes from the catalog (:mod:`catalog.documents`): brands from the
brand column, product nouns from the product type, word weights from their rarity, sizes and
variants from titles; and from the language (:mod:`catalog.lexicon`): carrier phrases,
function words, relative size words.

What a query says of each product (its brand, its noun, its own name) is read in
:mod:`catalog.said`; the doubts that keep the one product left from being sold, in
:mod:`catalog.doubts`; how a question is worded, in :mod:`catalog.questions`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Literal

from catalog.carrier_reading import inner_carrier
from catalog.documents import ResolverTables, build_resolver_tables
from catalog.doubts import Doubts
from catalog.folding import language
from catalog.index import EDGE_WEIGHT, Alignment, QueryMatch, TextIndex
from catalog.labelled import label_conflict, said_labels
from catalog.model import Catalog, Product
from catalog.normalise import analyse
from catalog.questions import axis_question, two_families
from catalog.said import Said
from catalog.variants import size_of, size_sort_key

__all__ = ["Candidate", "Resolution", "Resolver"]

Status = Literal["match", "ambiguous", "none"]

# Decision thresholds on ``qcov`` (the weighted share of the query a product explains).
# MATCH_AT, TIE_WITHIN and ASK_AT are unchanged since they were chosen mid-plateau on the
# first spoken-query set; issue 13's mechanisms were tuned on bench/resolution_gen.py's tuning
# halves, never on its held and fresh halves nor on shared/data/resolution.
MATCH_AT = 0.85  # the first, narrow search decides alone when its best explains this much
TIE_WITHIN = 0.06  # products this close to the best are asked about together
# A shop of more brands than this (a marketplace) may well not sell a brand that sounds like
# one of its own: there, a brand heard only nearly is confirmed, not sold (Said.brand_heard).
MANY_BRANDS = 200
ASK_AT = 0.62  # below this nothing fits well enough to ask about: "none"
MAX_NESTED = 16  # near-ties compared pairwise for a word added nobody said (Said.adds_unsaid)
# The one product left after narrowing (and fitting at ASK_AT at least) is sold. It used to be
# offered as "do you mean X?" below MATCH_AT or with its brand only nearly said: on the tuning
# halves that question named the right product 146 times out of 149, a turn lost for nothing;
# it stays for the doubts that do mislead (catalog.doubts).
_SIZE_ROLES = ("small", "large")


@dataclass(frozen=True)
class Candidate:
    product: Product
    score: float


@dataclass(frozen=True)
class Resolution:
    """``match``: ``candidates[0]`` is the product. ``ambiguous``: ask; ``axis`` names what to
    ask ("size", "color", "brand", "variant"; ``None`` for "this one or that one?") and
    ``options`` are the spoken choices, in the order of ``candidates`` for a name question.
    ``ambiguous`` with a single candidate (and ``axis`` ``None``) asks to confirm it: see
    :attr:`confirm`. ``none``: nothing the shop sells fits."""

    status: Status
    candidates: list[Candidate] = field(default_factory=list)
    axis: str | None = None
    options: list[str] = field(default_factory=list)

    @property
    def product(self) -> Product | None:
        return self.candidates[0].product if self.status == "match" else None

    @property
    def confirm(self) -> Product | None:
        """``ambiguous`` with one candidate: not sure enough to sell it, sure enough to ask
        "do you mean X?" (the one product that fits, heard with a doubt)."""
        if self.status == "ambiguous" and len(self.candidates) == 1:
            return self.candidates[0].product
        return None


class Resolver:
    """Resolve utterances against one catalog; build once, then call :meth:`resolve`.

    ``carriers``: phrases said around a product name besides the general ones of
    :mod:`catalog.lexicon` (the skill passes its interaction model's, see
    :func:`catalog.carriers.template_carriers`). ``tables``: the index already built; a
    catalog read from a compiled file (:mod:`catalog.compiled`) brings its own, else the
    index is built here."""

    def __init__(
        self,
        catalog: Catalog,
        carriers: Iterable[str] = (),
        tables: ResolverTables | None = None,
    ) -> None:
        self.catalog = catalog
        self.locale = catalog.locale
        self.carriers = tuple(carriers)
        if tables is None:
            tables = getattr(catalog.products, "resolver_tables", None)
        if tables is None:
            tables = build_resolver_tables(catalog.products, catalog.locale)
        self.tables = tables
        self.index = TextIndex.from_tables(tables.index)
        self.index.noun_masks = tables.kind_masks
        self.index.brand_masks = tables.brand_masks
        self.index.brand_words = tables.brand_words
        self.index.brand_phrases = tables.brand_phrases
        self._brand_masks = tables.brand_masks
        self._families = tables.families
        self._several_brands = tables.several_brands
        self._many_brands = tables.brands > MANY_BRANDS
        self._said = Said(tables, self.index, self.locale)
        self._doubts = Doubts(tables, self.index, self._said, self._many_brands, catalog.products)

    def resolve(self, text: str, entity_id: str | None = None) -> Resolution:
        """What ``text`` asks for. An entity-resolution id from Alexa that the catalog knows
        wins outright: Alexa matched it against the slot values we generated."""
        if entity_id:
            product = self.catalog.get(entity_id)
            if product is not None:
                return Resolution("match", [Candidate(product, 1.0)])
        resolution = self._resolve(text)
        if resolution.status == "match":
            return resolution
        return self._after_context(text, resolution) or resolution

    def _after_context(self, text: str, first: Resolution) -> Resolution | None:
        """What the words after a carrier phrase said inside ``text`` ask for, when the words
        before it are the shopper's context (« on remet la piscine en route, vous pouvez me
        réserver … »): they name no product on their own, and the answer after them is a
        product sold outright, or a question among those ``first`` (the whole sentence)
        offered."""
        start = inner_carrier(text, self.locale, self.carriers)
        if not start:
            return None
        after = self._resolve(text, slice(start, None))
        offered = {c.product.id for c in first.candidates}
        if after.status == "none" or (after.status != "match" and not offered):
            return None  # a question only narrows one the whole sentence asked
        if offered and any(c.product.id not in offered for c in after.candidates):
            return None
        if self._resolve(text, slice(None, start)).status == "match":
            return None  # "the red wine one, could I get the big one": both halves say
        return after

    def _resolve(self, text: str, part: slice = slice(None)) -> Resolution:
        tokens = analyse(
            text,
            self.locale,
            query=True,
            carriers=self.carriers,
            known=self.index.knows,
            apart=self.index.apart,
            part=part,
        )
        # Unknown words around the name weigh little in a shop of several brands, where a
        # product is then kept only if its brand is surely said; a single-brand shop keeps
        # them heavy ("solea savon" there is another brand's soap).
        qm = self.index.match(tokens, edge=EDGE_WEIGHT if self._several_brands else 1.0)
        size = tuple((t.role, i) for i, t in enumerate(qm.tokens) if t.role in _SIZE_ROLES)
        # First look only where a match can be (fewer anchor words, far fewer documents);
        # anything short of a clear match is decided on the wider search.
        fits = self._fits(self.index.search(qm, MATCH_AT - TIE_WITHIN), qm)
        if fits and fits[0][1].qcov >= MATCH_AT:
            resolution = self._decide(fits, final=False, size=size, qm=qm)
            if resolution is not None:
                return resolution
        fits = self._fits(self.index.search(qm, ASK_AT), qm)
        resolution = self._decide(fits, final=True, size=size, qm=qm) if fits else None
        if resolution is None or resolution.status != "match":
            return self._despite_extra_words(qm, size) or resolution or Resolution("none")
        return resolution

    def _despite_extra_words(
        self, qm: QueryMatch, size: tuple[tuple[str, int], ...]
    ) -> Resolution | None:
        """Words the catalog does not know *inside* what was said ("vin rouge de la marque
        Pedsen", "stylo pour l'école bille") weigh as those around the name once one product
        surely says its brand and its whole noun: they are then most likely the shopper's
        own words, not another product's. A clear match on such a product is taken, or a
        question about such products only; anything else keeps the first answer. A product
        of which part of the noun is surely said, the unknown words where the language puts
        what qualifies a noun ("quarterhorn diced bacon" for its bacon lardons), is asked
        about, never sold. (Single-brand shops keep unknown words heavy.)"""
        if not self._several_brands:
            return None
        light_weight = self.index.unknown_idf * EDGE_WEIGHT
        heavy = [p for p in qm.unknown if qm.weights[p] > light_weight]
        if not heavy:
            return None
        weights = list(qm.weights)
        for position in heavy:
            weights[position] = light_weight
        light = replace(qm, weights=weights, total=sum(weights))
        fits = self._fits(self.index.search(light, MATCH_AT - TIE_WITHIN), light)
        if not fits or fits[0][1].qcov < MATCH_AT:
            return None
        number, alignment = fits[0]
        if not self._said.brand_said(alignment):
            return None
        whole = self._said.kind_sure(alignment)
        if not whole and not self._said.kind_qualified(alignment, light, heavy):
            return None
        resolution = self._decide(fits, final=True, size=size, qm=light)
        if resolution is None or resolution.status == "none":
            return None
        if resolution.product is not None:
            if resolution.product.id != self.catalog.products[number].id:
                return None
            # Part of its noun said, with words we do not know ("diced bacon" for bacon
            # lardons): most likely another name for it, or a thing it is not; asked.
            # Its whole noun said, with words we do not know where the language puts what
            # qualifies it, while it comes in a value of its own ("ménagine light oak furniture
            # wax" for the clear one): most likely a value it does not come in; asked.
            valued = any(axis != "size" for axis in resolution.product.variants)
            qualified = valued and self._said.kind_qualified(alignment, light, heavy)
            sure = whole and not qualified
            return resolution if sure else replace(resolution, status="ambiguous")
        # A question ("pneu estampillé happy fox": which size?) only about products that
        # each surely say their brand and their whole noun.
        aligned = {self.catalog.products[n].id: a for n, a in fits}
        for candidate in resolution.candidates:
            fit = aligned.get(candidate.product.id)
            if fit is None or not self._said.brand_said(fit):
                return None
            if not self._said.kind_sure(fit) and not self._said.kind_qualified(fit, light, heavy):
                return None
        return resolution

    def _decide(
        self,
        fits: list[tuple[int, Alignment]],
        final: bool,
        size: tuple[tuple[str, int], ...],
        qm: QueryMatch,
    ) -> Resolution | None:
        if self._several_brands and self._said.brand_unmet(qm, fits):
            # A sold brand said that nothing left makes: the wider search may find its
            # product; when it does not, nothing the shop sells is what was asked.
            return Resolution("none") if final else None
        labelled = said_labels(qm.tokens)
        if labelled:  # "taille 6": no product whose title says another "taille"
            fits = [(n, a) for n, a in fits if not self._label_conflict(n, labelled)]
            if not fits:
                return Resolution("none") if final else None
        best = fits[0][1].qcov
        unwanted = self._doubts.unwanted(qm)
        if unwanted and any(not self._doubts.has(a, unwanted) for _, a in fits):
            fits = [(n, a) for n, a in fits if not self._doubts.has(a, unwanted)]
            best = fits[0][1].qcov
        tied = self._narrow([(n, a) for n, a in fits if a.qcov >= best - TIE_WITHIN], size, qm)
        if self._brand_lacks_what_was_said(fits, qm):
            return Resolution("none") if final else None
        if len(tied) == 1:
            if not final and self._doubts.unexplained(tied[0][1], qm):
                return None  # a variant that explains the rest may lie below the first search
            if self._doubts.clear(*tied[0], qm, fits, unwanted):
                return Resolution("match", [self._candidate(*tied[0])])
            if not final:
                return None  # a near-match: the wider search finds what to offer beside it
        return self._question(tied, fits)

    def _brand_lacks_what_was_said(self, fits: list[tuple[int, Alignment]], qm: QueryMatch) -> bool:
        """A brand surely said, and a value of another maker's ware said whole that none of
        that brand's fitting wares has ("millbank et hart engobe ocre", its engobes black or
        white; "hélion filtre uv 52 mm", its UV filters 58 and 77 mm), or another maker's ware
        it does not make ("le bon carreleur tile spacers"): nothing sold is what was asked; a
        question would offer what the shopper did not ask."""
        if not self._several_brands:
            return False
        branded = [(n, a) for n, a in fits if self._said.brand_said(a)]
        return bool(branded) and all(
            self._doubts.other_value(n, a, qm, whole=True) or self._doubts.other_type_said(n, a, qm)
            for n, a in branded
        )

    def _narrow(
        self, tied: list[tuple[int, Alignment]], size: tuple[tuple[str, int], ...], qm: QueryMatch
    ) -> list[tuple[int, Alignment]]:
        """Among near-equal scores, keep those nothing beats on substance: a product that
        leaves unexplained a word another one explains, that contradicts a spoken size when
        another does not, that has another value where another's was said whole, whose brand
        was only half-said when another's was said in full, or whose name was not said in full
        when another's was, is not worth asking about."""
        for attribute in ("query_mask", "query_sure"):
            masks = {getattr(a, attribute) for _, a in tied}
            maximal = {m for m in masks if not any(m != o and m & o == m for o in masks)}
            tied = [(n, a) for n, a in tied if getattr(a, attribute) in maximal]
        if any(not a.number_conflict for _, a in tied):
            tied = [(n, a) for n, a in tied if not a.number_conflict]
        against = self._doubts.values_against(tied, qm)
        if against and len(against) < len(tied):
            tied = [(n, a) for n, a in tied if n not in against]
        if any(not self._said.negation_unsaid(a, qm) for _, a in tied):
            tied = [(n, a) for n, a in tied if not self._said.negation_unsaid(a, qm)]
        if self._several_brands and any(self._said.brand_said(a) for _, a in tied):
            tied = [(n, a) for n, a in tied if self._said.brand_said(a)]
        if any(self._said.kind_said(a) for _, a in tied):
            tied = [(n, a) for n, a in tied if self._said.kind_said(a)]
        # The first size word said that none of these names has ("poils longs … le plus
        # grand": "longs" is in the names, "grand" is the size asked).
        said = next((r for r, at in size if not any(a.query_mask >> at & 1 for _, a in tied)), None)
        if said is not None:
            tied = self._by_size(tied, said)
        if any(self._said.name_said(a) for _, a in tied):
            tied = [(n, a) for n, a in tied if self._said.name_said(a)]
        if 1 < len(tied) <= MAX_NESTED:
            content = sum(1 << i for i, t in enumerate(qm.tokens) if not t.stop)
            longer = {
                b.doc for _, a in tied for _, b in tied if self._said.adds_unsaid(a, b, content)
            }
            if longer and len(longer) < len(tied):
                tied = [(n, a) for n, a in tied if a.doc not in longer]
        return tied

    def _label_conflict(self, number: int, labelled: dict[str, str]) -> bool:
        product = self.catalog.products[number]
        text = f"{product.title} {product.variants.get('size', '')}"
        return label_conflict(text, language(self.locale), labelled)

    def _by_size(self, tied: list[tuple[int, Alignment]], size: str) -> list[tuple[int, Alignment]]:
        """ "small"/"large" keeps, in each family of variants that differ by size, the
        smallest/largest of those that fit; sizes compare only in one unit (a family of honey
        in 500 g, 1 kg and 250 ml has two scales, each with its own extreme); a product that
        comes in one size only (in its unit) does not answer a size word. Nothing answers it:
        the word is ignored."""
        by_family: dict[int, list[tuple[int, Alignment]]] = {}
        for number, alignment in tied:
            by_family.setdefault(self._families[number], []).append((number, alignment))
        kept: list[tuple[int, Alignment]] = []
        for members in by_family.values():
            sizes = {n: self._size_key(n) for n, _ in members}
            scales: dict[str, set[Decimal]] = {}
            for key in sizes.values():
                if key is not None:
                    scales.setdefault(key[0], set()).add(key[1])
            extremes = {
                (unit, max(amounts) if size == "large" else min(amounts))
                for unit, amounts in scales.items()
                if len(amounts) > 1
            }
            kept += [(n, a) for n, a in members if sizes[n] in extremes]
        return kept or tied

    def _size_key(self, number: int) -> tuple[str, Decimal] | None:
        """The product's size as (base unit, amount in it): one size however it is written
        ("50 cl" and "500 ml" are equal), comparable only with sizes in the same unit."""
        size = size_of(self.catalog.products[number])
        return size_sort_key(size)[:2] if size else None

    # --- decision helpers ------------------------------------------------------------------
    def _fits(self, alignments: list[Alignment], qm: QueryMatch) -> list[tuple[int, Alignment]]:
        """Best alignment per product, products that may be meant, best first.

        ``qm.doubtful``: query positions the catalog does not surely know. In a catalog of
        several brands such a word that a product does not explain most likely names a
        brand we do not sell, so that product is kept only if the query surely names its
        brand."""
        best: dict[int, Alignment] = {}
        doubt = 0
        for position in qm.doubtful:
            doubt |= 1 << position
        for alignment in alignments:
            brand = self._brand_masks[alignment.doc]
            # A word read only from its place in this name is as doubtful as one unexplained.
            unexplained = doubt & ~(alignment.query_mask & ~alignment.guessed) & ~_mask(qm.loose)
            if unexplained and self._several_brands and not alignment.sure_mask & brand:
                continue
            nothing_sure = alignment.doc_mask & ~brand and not self._said.content(
                alignment.doc, alignment.sure_mask & ~brand
            )
            if nothing_sure and not self._said.noun_heard(alignment, qm):
                # Nothing but the brand surely said ("vellau bouilloire", "matelas"), or with
                # a function word ("par hasard cloud nine biscuits" is no "sérum ... par 30").
                continue
            if (qm.unknown or unexplained) and brand and not alignment.doc_mask & ~brand:
                # Its brand and a word we do not (surely) know: a product it does not make
                # ("deux rives pasta" offers none of the brand's oils).
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
        asked = axis_question(products, candidates, len(families))
        if asked is not None:
            return Resolution("ambiguous", candidates, *asked)
        pair = [self._candidate(n, a) for n, a in two_families(tied, fits, self._families)]
        return Resolution("ambiguous", pair, None, [c.product.title for c in pair])


def _mask(positions: Iterable[int]) -> int:
    mask = 0
    for position in positions:
        mask |= 1 << position
    return mask


def _rank(alignment: Alignment) -> tuple[float, float]:
    return (-round(alignment.qcov, 6), -alignment.dcov)
