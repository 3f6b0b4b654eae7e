"""What the resolver indexes about each product, learnt from the catalog itself.

One document per name of a product (its title, each synonym), with the brand and the product
type appended when the name does not say them. Beside the word index
(:mod:`catalog.tables`) the resolver keeps, per document, which positions are the brand's
words (``brand_masks``, from the feed's brand column) and which are the name's own words
(``name_masks``), and per product the family it belongs to (variants of one product share
it). Relative size words in a synonym ("petit spray oxygène", "large tub of …") are left
out: "petit" chooses a size within a family, it never names a product.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from catalog.folding import language, strip_accents
from catalog.model import Product
from catalog.normalise import Token, analyse
from catalog.size_words import SIZE_WORDS
from catalog.tables import IntArray, TableBuilder, Tables
from catalog.variants import family_key
from catalog.word_cache import MAX_CACHED_PARTS, WordCache

__all__ = ["MASK_BITS", "BrandPhrase", "ResolverTables", "build_resolver_tables", "fold"]

MASK_BITS = 63
"""Positions beyond this in a very long title are not tracked in the masks."""


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    return " ".join(strip_accents(text.lower()).replace("-", " ").split())


BrandPhrase = tuple[tuple[tuple[str, ...], int], ...]
"""A brand of several words by its pieces: each content word (its word id) with the function
words said before it (« Lueur d'Automne »: ``(("lueur",), w1), (("d", "automne"), w2)``)."""


@dataclass
class ResolverTables:
    index: Tables
    brand_masks: IntArray  # 'Q' per document
    name_masks: IntArray  # 'Q' per document
    kind_masks: IntArray  # 'Q' per document: the product type's words (the product noun)
    families: IntArray  # 'I' per product: a family number
    brands: int  # how many brands the catalog sells
    brand_words: IntArray  # 'I': the word ids that stand in some brand, sorted
    # Each brand of several words, as said (catalog.brand_sounds): a compiled catalog keeps
    # their sounds, not these.
    brand_phrases: list[BrandPhrase] = field(default_factory=list)

    @property
    def several_brands(self) -> bool:
        return self.brands > 1


@dataclass(frozen=True, slots=True)
class _Piece:
    """One part of titles (:meth:`WordCache.parts`), analysed and interned once."""

    wids: list[int]  # per token: its word id, -1 for a stop word
    own: int  # a bit per position that is not a stop word
    glued: list[int]  # (word id, start, end) of glued tokens, from the part's first token


@dataclass(frozen=True, slots=True)
class _Label:
    """A brand or a product type: its content words, analysed and interned once."""

    tokens: list[Token]
    wids: list[int]  # their word ids
    distinct: list[int]  # each word id once
    texts: frozenset[str]


def build_resolver_tables(products: Iterable[Product], locale: str) -> ResolverTables:
    """Index ``products`` (consumed once, in order: product number = position)."""
    brand_masks = array("Q")
    name_masks = array("Q")
    kind_masks = array("Q")
    families = array("I")
    family_numbers: dict[str, int] = {}
    family_of: dict[tuple[str, str, str], int] = {}
    brands: set[str] = set()
    brand_words: set[int] = set()
    brand_texts: set[str] = set()
    brand_phrases: list[BrandPhrase] = []
    limit = (1 << MASK_BITS) - 1
    sizes = SIZE_WORDS.get(language(locale), {})
    builder = TableBuilder(locale)
    titles = WordCache(locale)  # titles share words: each part is analysed once
    pieces: dict[str, _Piece] = {}
    labels: dict[str, _Label] = {}  # brands and product types repeat too

    def piece(part: str) -> _Piece:
        if len(pieces) >= MAX_CACHED_PARTS:
            pieces.clear()
        wids, glued = builder.word_ids(analyse(part, locale))
        own = sum(1 << pos for pos, wid in enumerate(wids) if wid >= 0)
        made = pieces[part] = _Piece(wids, own, glued)
        return made

    def label(text: str) -> _Label:
        tokens = [t for t in analyse(text, locale) if not t.stop]
        wids = builder.word_ids(tokens)[0]
        made = labels[text] = _Label(
            tokens, wids, list(dict.fromkeys(wids)), frozenset(t.text for t in tokens)
        )
        return made

    get_piece, get_label = pieces.get, labels.get
    for number, product in enumerate(products):
        shared = (product.group, product.brand, product.product_type)
        family = family_of.get(shared) if product.group or product.brand else None
        if family is None:  # family_key needs the product only when it stands alone
            key = family_key(product)
            family = family_numbers.setdefault(key, len(family_numbers))
            if product.group or product.brand or product.product_type:
                family_of[shared] = family
            if product.brand:
                brands.add(fold(product.brand))
        families.append(family)
        # The title by parts; then the brand and the product type when it does not say
        # them; the masks from word ids (as :func:`_masks` reads tokens).
        positions: list[int] = []
        glued: list[int] = []
        own = 0
        for part in titles.parts(product.title):
            found = get_piece(part) or piece(part)
            if found.glued:
                at = len(positions)
                glued += [v + at if k % 3 else v for k, v in enumerate(found.glued)]
            own |= found.own << len(positions)
            positions += found.wids
        brand = get_label(product.brand) or label(product.brand)
        if product.brand and product.brand not in brand_texts:
            brand_texts.add(product.brand)
            brand_words.update(brand.distinct)
            if len(brand.distinct) > 1:
                brand_phrases += _phrase(product.brand, locale, brand.wids)
        kind = get_label(product.product_type) or label(product.product_type)
        present = set(positions)
        positions += [w for w in brand.wids + kind.wids if w not in present]
        brand_mask = kind_mask = 0
        for wid in brand.distinct:
            if wid in positions:
                brand_mask |= 1 << positions.index(wid)
        for wid in kind.distinct:
            if wid in positions and wid not in brand.distinct:
                kind_mask |= 1 << positions.index(wid)
        name_masks.append(own & limit)
        brand_masks.append(brand_mask & limit)
        kind_masks.append(kind_mask & limit)
        builder.add_ids(positions, glued, number)
        # Synonyms, rarer, token by token: a relative size word in one is left out.
        for name in product.synonyms:
            tokens = titles.analyse(name)
            named = len(tokens)
            if sizes:
                tokens = [
                    replace(t, stop=True, role="small")
                    if not t.stop and strip_accents(t.surface) in sizes
                    else t
                    for t in tokens
                ]
            present_texts = {t.text for t in tokens}
            tokens += [t for t in brand.tokens + kind.tokens if t.text not in present_texts]
            own, brand_mask, kind_mask = _masks(
                tokens, named, brand.texts, kind.texts - brand.texts
            )
            name_masks.append(own & limit)
            brand_masks.append(brand_mask & limit)
            kind_masks.append(kind_mask & limit)
            builder.add(tokens, number)

    tables = builder.finish()
    return ResolverTables(
        tables,
        brand_masks,
        name_masks,
        kind_masks,
        families,
        len(brands),
        array("I", sorted(w for w in brand_words if w >= 0)),
        brand_phrases,
    )


def _phrase(brand: str, locale: str, wids: list[int]) -> list[BrandPhrase]:
    """The brand of several words ``brand`` by its pieces (:data:`BrandPhrase`); none when a
    word of it has no id, or it has fewer than two pieces."""
    pieces: list[tuple[tuple[str, ...], int]] = []
    before: list[str] = []
    content = iter(wids)
    for token in analyse(brand, locale):
        before.append(strip_accents(token.surface.lower()))
        if token.stop:
            continue
        wid = next(content, -1)
        if len(token.surface) > 1:  # a letter ("d" of "d'Automne" in English) goes with the next
            pieces.append((tuple(before), wid))
            before = []
    if before and pieces:
        pieces[-1] = (pieces[-1][0] + tuple(before), pieces[-1][1])
    if len(pieces) < 2 or any(wid < 0 for _, wid in pieces):
        return []
    return [tuple(pieces)]


def _masks(
    tokens: list[Token], named: int, brand_texts: frozenset[str], kind_texts: frozenset[str]
) -> tuple[int, int, int]:
    """In one pass: the name's own words (the first ``named`` tokens; a size word left out
    of a synonym still counts: "big X" is not "X"), and the first position of each brand word
    and of each product-type word."""
    own = brand = kind = 0
    seen: set[str] = set()
    for pos, token in enumerate(tokens):
        bit = 1 << pos
        if token.stop:
            if pos < named and token.role:
                own |= bit
            continue
        if pos < named:
            own |= bit
        text = token.text
        if text in seen:
            continue
        if text in brand_texts:
            seen.add(text)
            brand |= bit
        elif text in kind_texts:
            seen.add(text)
            kind |= bit
    return own, brand, kind
