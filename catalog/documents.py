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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from catalog.lexicon import SIZE_WORDS
from catalog.model import Product
from catalog.normalise import Token, WordCache, analyse, language, strip_accents
from catalog.tables import IntArray, Tables, build_tables
from catalog.variants import family_key

__all__ = ["MASK_BITS", "ResolverTables", "build_resolver_tables", "fold"]

MASK_BITS = 63
"""Positions beyond this in a very long title are not tracked in the masks."""


def fold(text: str) -> str:
    return " ".join(strip_accents(text.lower()).replace("-", " ").split())


@dataclass
class ResolverTables:
    index: Tables
    brand_masks: IntArray  # 'Q' per document
    name_masks: IntArray  # 'Q' per document
    kind_masks: IntArray  # 'Q' per document: the product type's words (the product noun)
    families: IntArray  # 'I' per product: a family number
    several_brands: bool


def build_resolver_tables(products: Iterable[Product], locale: str) -> ResolverTables:
    """Index ``products`` (consumed once, in order: product number = position)."""
    brand_masks = array("Q")
    name_masks = array("Q")
    kind_masks = array("Q")
    families = array("I")
    family_numbers: dict[str, int] = {}
    brands: set[str] = set()
    limit = (1 << MASK_BITS) - 1
    sizes = SIZE_WORDS.get(language(locale), {})
    words: dict[str, list[Token]] = {}  # brands and product types repeat: analyse once
    titles = WordCache(locale)  # and so do the words of titles

    def content(text: str) -> list[Token]:
        if text not in words:
            words[text] = [t for t in analyse(text, locale) if not t.stop]
        return words[text]

    family_of: dict[tuple[str, str, str], int] = {}

    def documents() -> Iterator[tuple[list[Token], int]]:
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
            brand = content(product.brand)
            kind = content(product.product_type)
            brand_texts = {t.text for t in brand}
            kind_texts = {t.text for t in kind} - brand_texts
            for index, name in enumerate((product.title, *product.synonyms)):
                tokens = titles.analyse(name)
                named = len(tokens)
                if index and sizes:
                    tokens = [
                        replace(t, stop=True, role="small")
                        if not t.stop and strip_accents(t.surface) in sizes
                        else t
                        for t in tokens
                    ]
                present = {t.text for t in tokens}
                tokens += [t for t in brand + kind if t.text not in present]
                own, brand_mask, kind_mask = _masks(tokens, named, brand_texts, kind_texts)
                name_masks.append(own & limit)
                brand_masks.append(brand_mask & limit)
                kind_masks.append(kind_mask & limit)
                yield tokens, number

    tables = build_tables(documents(), locale)
    return ResolverTables(tables, brand_masks, name_masks, kind_masks, families, len(brands) > 1)


def _masks(
    tokens: list[Token], named: int, brand_texts: set[str], kind_texts: set[str]
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
