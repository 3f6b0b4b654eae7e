"""What an abroad shopper means: one product (exact), several (family) or nothing the shop sells
(none), drawn in about the shared set's mix; the expectation is every product that fits."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from bench.resolution_abroad_model import Meaning, Stock

KINDS = (("exact", 0.64), ("family", 0.22), ("none", 0.14))
# Why a "none" query has no product, with its weight.
NONE_WHY = (
    ("unknown_maker", 0.33),
    ("not_made", 0.30),
    ("unstocked", 0.15),
    ("other_trade", 0.15),
    ("maker_lacks_ware", 0.07),
)
# What a "family" query says beside the ware, with its weight.
FAMILY_SAYS = (
    (("maker",), 0.55),
    (("maker", "value"), 0.12),
    (("value",), 0.13),
    (("size",), 0.10),
    ((), 0.10),
)


@dataclass(frozen=True)
class Intent:
    meaning: Meaning
    kind: str
    free_noun: str = ""  # a thing the shop does not stock, said in the shopper's language
    why: str = ""


def _pick(rng: random.Random, weighted: tuple[tuple[object, float], ...]) -> object:
    return rng.choices([w for w, _ in weighted], [p for _, p in weighted])[0]


def intend(stock: Stock, lang: int, rng: random.Random, foreign: list[str]) -> Intent:
    kind = str(_pick(rng, KINDS))
    if kind == "family":
        found = _family(stock, rng)
        if found is not None:
            return Intent(found, "family")
        kind = "exact"
    if kind == "exact":
        return Intent(_exact(stock, rng), "exact")
    return _none(stock, lang, rng, foreign)


def _exact(stock: Stock, rng: random.Random) -> Meaning:
    item = rng.choice(stock.items)
    meaning = Meaning(item.maker, item.ware, item.value if item.value >= 0 else None, item.size)
    for name, chance in rng.sample((("maker", 0.12), ("value", 0.2), ("size", 0.2)), 3):
        if rng.random() < chance:
            lighter = _without(meaning, name)
            if stock.fits(lighter) == {item.id}:
                meaning = lighter
    if meaning.size is not None and rng.random() < 0.06:
        unsized = replace(meaning, size=None)
        biggest = replace(unsized, largest=True)
        if len(stock.fits(unsized)) >= 2 and stock.fits(biggest) == {item.id}:
            meaning = biggest
    return meaning


def _without(meaning: Meaning, name: str) -> Meaning:
    if name == "maker":
        return replace(meaning, maker=None)
    if name == "value":
        return replace(meaning, value=None)
    return replace(meaning, size=None)


def _family(stock: Stock, rng: random.Random) -> Meaning | None:
    for _ in range(40):
        item = rng.choice(stock.items)
        says = _pick(rng, FAMILY_SAYS)
        assert isinstance(says, tuple)
        if "value" in says and item.value < 0:
            continue
        meaning = Meaning(
            item.maker if "maker" in says else None,
            item.ware,
            item.value if "value" in says else None,
            item.size if "size" in says else None,
        )
        if len(stock.fits(meaning)) >= 2:
            return meaning
    return None


def _none(stock: Stock, lang: int, rng: random.Random, foreign: list[str]) -> Intent:
    trade = stock.trade
    why = str(_pick(rng, NONE_WHY))
    item = rng.choice(stock.items)
    makers = sorted({i.maker for i in stock.items})
    if why == "not_made":
        ware = trade.ware(item.ware)
        made = {
            (i.value, i.size) for i in stock.items if (i.maker, i.ware) == (item.maker, item.ware)
        }
        values = range(len(ware.values)) if ware.values else [-1]
        unmade = [(v, s) for v in values for s in range(len(ware.sizes)) if (v, s) not in made]
        if unmade:
            value, size = rng.choice(unmade)
            meaning = Meaning(item.maker, item.ware, value if value >= 0 else None, size)
            return Intent(meaning, "none", why=why)  # no such pair of value and size: nothing fits
        why = "maker_lacks_ware"
    if why == "maker_lacks_ware":
        carried = {(i.maker, i.ware) for i in stock.items}
        lacking = [(m, w.key) for m in makers for w in trade.wares if (m, w.key) not in carried]
        lacking = [(m, w) for m, w in lacking if any(i.ware == w for i in stock.items)] or lacking
        lacks = rng.choice(lacking)
        return Intent(Meaning(*lacks), "none", why=why)
    if why == "unknown_maker":
        said_value = item.value if item.value >= 0 and rng.random() < 0.4 else None
        said_size = item.size if rng.random() < 0.4 else None
        unsold = Meaning(rng.choice(trade.unsold), item.ware, said_value, said_size)
        return Intent(unsold, "none", why=why)
    if why == "unstocked":
        noun = rng.choice(trade.unstocked)[lang]
        who = rng.choice(makers) if rng.random() < 0.35 else None
        return Intent(Meaning(who, None), "none", noun, why)
    return Intent(Meaning(None, None), "none", rng.choice(foreign), "other_trade")
