"""What a shopper of the *stray* half meant (:class:`Said`) and every product consistent with it
(:func:`expected`), computed from the words the shopper said, never from what the recogniser
wrote.

A noun said is consistent with every kind of product one of whose names holds all its words
(« huile » with « huile d'olive vierge extra » and « huile vierge »); a value likewise (a plant's
latin name included); a size with every size of those kinds that has the same spoken way
(« 29 pouces » with 29 x 2,25 and 29 x 2,40); a size word with the largest or smallest size left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bench.resolution_gen import LOCALES, Item
from bench.resolution_stray_ear import fold
from bench.resolution_stray_feed import StrayShop, names, value_names
from bench.resolution_stray_say import size_ways

Pairs = frozenset[tuple[int, int]]


@dataclass(frozen=True)
class Said:
    """What the shopper asked for: ``None`` where nothing was said of it."""

    brand: str | None = None
    kinds: frozenset[int] = frozenset()
    variants: Pairs | None = None  # (kind, value) pairs consistent with the value said
    sizes: Pairs | None = None  # (kind, size) pairs consistent with the size said
    organic: bool = False  # « bio » / "organic" said
    thing: str = ""  # a thing of another shop, said instead of a product of this one


def expected(shop: StrayShop, said: Said) -> list[Item]:
    """Every product of the shop consistent with what was said."""
    if said.thing:
        return []
    return [
        item
        for item in shop.items
        if (said.brand is None or item.brand == said.brand)
        and item.kind in said.kinds
        and (said.variants is None or (item.kind, item.variant) in said.variants)
        and (said.sizes is None or (item.kind, item.size) in said.sizes)
        and (not said.organic or item.brand in shop.organic)
    ]


def words(text: str) -> set[str]:
    return set(re.sub(r"[-'’]", " ", fold(text)).split())


def kinds_for(shop: StrayShop, code: str, noun: str) -> frozenset[int]:
    said = words(noun)
    return frozenset(
        k for k, kind in enumerate(shop.goods) if any(said <= words(n) for n in names(kind, code))
    )


def variants_for(shop: StrayShop, code: str, kinds: frozenset[int], value: str) -> Pairs:
    said = words(value)
    return frozenset(
        (k, v)
        for k in kinds
        for v, known in enumerate(shop.goods[k].values)
        if any(said <= words(n) for n in [*value_names(known, code), known.latin] if n)
    )


def sizes_for(shop: StrayShop, code: str, kinds: frozenset[int], size: str) -> Pairs:
    lang = LOCALES.index(("fr-FR", "en-US")[("fr", "en").index(code)])
    return frozenset(
        (k, s)
        for k in kinds
        for s, pair in enumerate(shop.goods[k].sizes)
        if fold(size) in {fold(text) for text, _ in size_ways(pair[lang], code)}
    )


_SCALE = {"g": 1.0, "ml": 1.0, "cl": 10.0, "l": 1000.0, "oz": 28.35, "fl oz": 29.57, "lumens": 1.0}


def amount(label: str) -> float | None:
    """The quantity a size label measures, in one unit per kind of measure; None for sizes
    that are not amounts (tyre sizes, speeds, widths...)."""
    found = re.fullmatch(r"(\d+(?:[.,]\d+)?) (g|ml|cl|l|oz|fl oz|lumens)", label)
    if not found:
        return None
    return float(found.group(1).replace(",", ".")) * _SCALE[found.group(2)]


def extreme_sizes(shop: StrayShop, lang: int, items: list[Item], which: str) -> Pairs:
    """The (kind, size) pairs of the largest or smallest amount among ``items``."""
    amounts = {(i.kind, i.size): amount(shop.goods[i.kind].sizes[i.size][lang]) for i in items}
    known = {pair: a for pair, a in amounts.items() if a is not None}
    if not known:
        return frozenset()
    best = (max if which == "large" else min)(known.values())
    return frozenset(pair for pair, a in known.items() if a == best)
