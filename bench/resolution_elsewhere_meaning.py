"""What the elsewhere half's shoppers mean: the kinds of query a shop and locale gets (in the
shared set's mix), and for each the product attributes a shopper has in mind, turned into an
:class:`Intent` in the catalog's own terms."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from bench.resolution_elsewhere_model import (
    LOCALES,
    Article,
    ElsewhereShop,
    Intent,
    Trade,
    fitting,
)
from bench.resolution_elsewhere_numbers import size_text
from catalog.model import Catalog

SHARE = {"exact": 0.64, "family": 0.22, "none": 0.14}

# Things no shop of the half sells, as a shopper names them.
ELSEWHERE_THINGS = (
    ("aspirateur", "vacuum cleaner"),
    ("grille-pain", "toaster"),
    ("casque de vélo", "bike helmet"),
    ("croquettes pour chat", "cat food"),
    ("piles rechargeables", "rechargeable batteries"),
    ("tapis de yoga", "yoga mat"),
)


def schedule(rng: random.Random, per_shop: int) -> list[str]:
    """The kinds of ``per_shop`` queries, in the shared set's mix, in a shuffled order."""
    nones = round(per_shop * SHARE["none"])
    families = round(per_shop * SHARE["family"])
    kinds = ["none"] * nones + ["family"] * families
    kinds += ["exact"] * (per_shop - len(kinds))
    rng.shuffle(kinds)
    return kinds


@dataclass
class Said:
    """What a query says, in the shop's terms, for the voice to put into words."""

    ware: int = -1  # a ware of the shop, -1 when the query names something else
    maker: int = -1  # a maker of the shop, -1 when no maker of the shop is said
    values: dict[int, int] = field(default_factory=dict)  # axis → value
    size: int = -1
    end: str = ""  # "largest" or "smallest": a size word instead of a size
    generic: bool = False  # the ware named by a broader noun ("paint", « couteau »)
    brand: str = ""  # a maker the shop does not stock
    thing: tuple[str, str] = ("", "")  # what a none query names instead of a ware
    reason: str = ""


def intent(shop: ElsewhereShop, locale: str, said: Said) -> Intent:
    """The meaning of ``said`` in the catalog terms of ``locale``."""
    lang = LOCALES.index(locale)
    trade = shop.trade
    if said.ware < 0:
        return Intent(locale, shop.name, (said.thing[lang],), said.brand, reason=said.reason)
    ware = trade.wares[said.ware]
    types: tuple[str, ...] = (ware.noun[lang],)
    if said.generic:
        types = tuple(w.noun[lang] for w in trade.wares if w.generic == ware.generic)
    values = tuple(
        (ware.axes[axis].key, ware.axes[axis].values[value].shown[lang])
        for axis, value in sorted(said.values.items())
    )
    if said.size >= 0:
        values += (("size", size_text(*ware.sizes[said.size].amount(lang), lang)),)
    brand = said.brand or (trade.makers[said.maker].name if said.maker >= 0 else "")
    return Intent(locale, shop.name, types, brand, values, said.end, said.reason)


def _full(item: Article) -> Said:
    return Said(item.ware, item.maker, dict(enumerate(item.values)), item.size)


def _count(shop: ElsewhereShop, catalog: Catalog, said: Said) -> int:
    return len(fitting(catalog, intent(shop, catalog.locale, said)))


def exact(rng: random.Random, shop: ElsewhereShop, catalog: Catalog) -> Said:
    """One product: all of it said, or only what tells it from the rest of the shop, or its
    size as « le grand » / "the small one"."""
    while True:
        item = rng.choice(shop.items)
        said = _full(item)
        ware = shop.trade.wares[item.ware]
        roll = rng.random()
        if roll < 0.16 and ware.ranked:
            group = [
                i
                for i in shop.items
                if (i.maker, i.ware, i.values) == (item.maker, item.ware, item.values)
            ]
            ranks = sorted(g.size for g in group)
            if len(ranks) > 1 and item.size in (ranks[0], ranks[-1]):
                said.size, said.end = -1, ("smallest", "largest")[item.size == ranks[-1]]
        elif roll < 0.55:
            leave = ["maker", "size", *(f"axis{a}" for a in said.values)]
            rng.shuffle(leave)
            for what in leave:
                if rng.random() < 0.5:
                    trial = Said(**{**said.__dict__, "values": dict(said.values)})
                    if what == "maker":
                        trial.maker = -1
                    elif what == "size":
                        trial.size = -1
                    else:
                        del trial.values[int(what[4:])]
                    if _count(shop, catalog, trial) == 1:
                        said = trial
        if _count(shop, catalog, said) == 1:
            return said


def family(rng: random.Random, shop: ElsewhereShop, catalog: Catalog) -> Said:
    """Several products: no size (mostly), no maker or a value left out, or a broader noun."""
    while True:
        item = rng.choice(shop.items)
        said = _full(item)
        ware = shop.trade.wares[item.ware]
        if rng.random() < 0.85:
            said.size = -1
        if rng.random() < 0.3:
            said.maker = -1
        for axis in list(said.values):
            if rng.random() < 0.4:
                del said.values[axis]
        if ware.generic[0] and rng.random() < 0.12:
            said.generic = True
        if 2 <= _count(shop, catalog, said) <= 14:
            return said


def none(rng: random.Random, shop: ElsewhereShop, catalog: Catalog, others: list[Trade]) -> Said:
    """Something the shop does not sell: a maker it does not stock, a thing of its trade it
    does not carry, a thing of another trade, or a maker's ware, colour or size it lacks."""
    trade = shop.trade
    while True:
        roll = rng.random()
        item = rng.choice(shop.items)
        if roll < 0.28:
            said = Said(item.ware, brand=rng.choice(trade.unsold), reason="unsold_brand")
            if rng.random() < 0.5:
                said.values = dict(enumerate(item.values))
        elif roll < 0.5:
            said = Said(thing=rng.choice(trade.not_stocked), reason="not_stocked")
            if rng.random() < 0.35:
                said.maker = rng.randrange(len(trade.makers))
                said.brand = trade.makers[said.maker].name
        elif roll < 0.72:
            if rng.random() < 0.7:
                other = rng.choice(others)
                thing = rng.choice(other.wares).noun
            else:
                thing = rng.choice(ELSEWHERE_THINGS)
            said = Said(thing=thing, reason="other_trade")
            if rng.random() < 0.3:
                said.maker = rng.randrange(len(trade.makers))
                said.brand = trade.makers[said.maker].name
        else:
            said = _lacking(rng, shop, item)
        if _count(shop, catalog, said) == 0:
            return said


def _lacking(rng: random.Random, shop: ElsewhereShop, item: Article) -> Said:
    """A maker the shop stocks with a ware, a value or a size of it the shop does not have."""
    trade = shop.trade
    ware = trade.wares[item.ware]
    said = _full(item)
    said.reason = "no_such"
    roll = rng.random()
    if roll < 0.35:  # another maker's ware
        said.maker = rng.randrange(len(trade.makers))
        said.size = -1
        said.values = {a: v for a, v in said.values.items() if rng.random() < 0.5}
    elif roll < 0.7:  # another colour, shade, variety...
        axis = rng.randrange(len(ware.axes))
        said.values[axis] = rng.randrange(len(ware.axes[axis].values))
        said.size = -1 if rng.random() < 0.6 else said.size
    else:  # another size
        said.size = rng.randrange(len(ware.sizes))
    return said
