"""What a shopper of the *yonder* half meant (:class:`Said`) and every product consistent with it
(:func:`expected`), computed from the words the shopper said, never from what the recogniser wrote.

A noun said means every kind that has it among its names (« jambon »: both hams; "candle": both
candles, not the snuffer); a value said alone (« des merguez ») every kind that has it among its
values; a value every value of those kinds that has it among its names; a size every size of those
kinds one of whose ways it is (« du 20x27 »: the 3/4 in fittings and the DN 20 valves); « le plus
grand » the largest size left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bench.resolution_gen import Item
from bench.resolution_yonder_feed import YonderShop, names, value_names
from bench.resolution_yonder_say import fold, size_ways

Pairs = frozenset[tuple[int, int]]


@dataclass(frozen=True)
class Said:
    """What the shopper asked for: ``None`` where nothing was said of it."""

    brand: str | None = None
    kinds: frozenset[int] = frozenset()
    values: Pairs | None = None  # (kind, value) pairs consistent with the value said
    sizes: Pairs | None = None  # (kind, size) pairs consistent with the size said
    thing: str = ""  # something the shop does not sell, said instead of one of its products


def expected(shop: YonderShop, said: Said) -> list[Item]:
    if said.thing:
        return []
    return [
        item
        for item in shop.items
        if (said.brand is None or item.brand == said.brand)
        and item.kind in said.kinds
        and (said.values is None or (item.kind, item.variant) in said.values)
        and (said.sizes is None or (item.kind, item.size) in said.sizes)
    ]


def kinds_for(shop: YonderShop, lang: int, noun: str) -> frozenset[int]:
    return frozenset(
        k for k, kind in enumerate(shop.goods) if fold(noun) in {fold(n) for n in names(kind, lang)}
    )


def kinds_for_value(shop: YonderShop, lang: int, value: str) -> frozenset[int]:
    """The kinds a value said alone names (« des merguez »: the sausages)."""
    return frozenset(k for k, _ in values_for(shop, lang, frozenset(range(len(shop.goods))), value))


def values_for(shop: YonderShop, lang: int, kinds: frozenset[int], value: str) -> Pairs:
    return frozenset(
        (k, v)
        for k in kinds
        for v in range(len(shop.goods[k].values))
        if fold(value) in {fold(n) for n in value_names(shop.goods[k], v, lang)}
    )


def sizes_for(shop: YonderShop, lang: int, kinds: frozenset[int], size: str) -> Pairs:
    code = ("fr", "en")[lang]
    return frozenset(
        (k, s)
        for k in kinds
        for s, pair in enumerate(shop.goods[k].sizes)
        if fold(size) in {fold(text) for text, _ in size_ways(pair[lang], code)}
    )


_SCALE = {"g": 1.0, "kg": 1000.0, "oz": 28.35, "lb": 453.6, "ml": 1.0, "fl oz": 29.57,
          "l": 1000.0, "cm": 1.0, "in": 2.54}  # fmt: skip


def amount(label: str) -> float | None:
    """What a size label measures, in one unit per kind of measure; None when it is no amount."""
    found = re.match(r"(\d+(?:[.,]\d+)?) (fl oz|g|kg|oz|lb|ml|l|cm|in)\b", label)
    if not found:
        return None
    return float(found.group(1).replace(",", ".")) * _SCALE[found.group(2)]


def extreme_sizes(shop: YonderShop, lang: int, items: list[Item], which: str) -> Pairs:
    """The (kind, size) pairs of the largest or smallest amount among ``items``."""
    amounts = {(i.kind, i.size): amount(shop.goods[i.kind].sizes[i.size][lang]) for i in items}
    known = {pair: a for pair, a in amounts.items() if a is not None}
    if not known or len(known) < len(amounts):
        return frozenset()
    best = (max if which == "large" else min)(known.values())
    return frozenset(pair for pair, a in known.items() if a == best)
