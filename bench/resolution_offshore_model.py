"""The offshore half's shops: trades, wares, makers, and the stock a shop of a trade carries.

A trade lists its wares (a product noun in both languages, an axis of variants, the sizes as a
merchant feed writes them, other names a shopper uses), its makers and a few makers and wares it
does not stock. :func:`stock` draws, from a seeded random, which maker makes which ware in which
variants and sizes (40 to 60 products); :func:`catalogs` writes them as feed titles.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from bench.resolution_gen import Item, Shop
from catalog.model import Catalog, Product
from payments.money import Money

Pair = tuple[str, str]


@dataclass(frozen=True)
class Ware:
    """A kind of product of a trade, in fr-FR and en-US."""

    key: str
    noun: Pair
    axis: Pair  # the variants' axis ("parfum", "flavor"), ("", "") when the ware has none
    values: tuple[Pair, ...]
    sizes: tuple[Pair, ...]  # as the feed writes them: "100 g", "x20", "10x15 cm", "1.7 fl oz"
    others: tuple[tuple[str, ...], tuple[str, ...]]  # other names shoppers use, per language
    counted: Pair = ("", "")  # what a count size counts: ("sachets", "bags")
    value_first_en: bool = True  # "Earl Grey Loose Black Tea" rather than "... Tea Earl Grey"


@dataclass(frozen=True)
class Maker:
    """A maker a shop carries; ``heard`` is what a recogniser writes for its name, per language;
    ``style`` is how its supplier's feed writes titles."""

    name: str
    heard: tuple[tuple[str, ...], tuple[str, ...]]
    style: int


@dataclass(frozen=True)
class Trade:
    kind: str
    wares: tuple[Ware, ...]
    makers: tuple[Maker, ...]
    unsold: tuple[str, ...]  # makers of the trade this shop does not carry
    unstocked: tuple[Pair, ...]  # wares of the trade this shop does not carry

    def ware(self, key: str) -> Ware:
        return next(w for w in self.wares if w.key == key)


@dataclass(frozen=True)
class Stock:
    """One product of a shop: which maker's ware, variant (-1: none) and size."""

    id: str
    maker: str
    ware: str
    value: int
    size: int


def stock(trade: Trade, prefix: str, rng: random.Random) -> list[Stock]:
    """What a shop of ``trade`` carries: each maker makes three to five wares, each in one to
    three variants and one to three sizes, redrawn until the shop has 40 to 60 products."""
    while True:
        drawn: list[tuple[str, str, int, int]] = []
        for maker in trade.makers:
            for ware in rng.sample(trade.wares, rng.randint(3, 5)):
                values = range(len(ware.values)) if ware.values else [-1]
                chosen = rng.sample(list(values), min(len(values), rng.randint(1, 3)))
                for value in sorted(chosen):
                    sizes = range(len(ware.sizes))
                    for size in sorted(rng.sample(list(sizes), min(len(sizes), rng.randint(1, 2)))):
                        drawn.append((maker.name, ware.key, value, size))
        if 40 <= len(drawn) <= 60:
            break
    return [
        Stock(f"{prefix}-{ware}-{number:04d}", maker, ware, value, size)
        for number, (maker, ware, value, size) in enumerate(drawn)
    ]


def shop_of(trade: Trade, name: str, products: list[Stock]) -> Shop:
    """The generator's Shop record of a stock (types and items, for the common helpers)."""
    keys = [w.key for w in trade.wares]
    types = [(w.noun[0], w.noun[1], list(w.values), list(w.sizes)) for w in trade.wares]
    items = [Item(p.id, p.maker, keys.index(p.ware), p.value, p.size) for p in products]
    return Shop(name, trade.kind, types, [m.name for m in trade.makers], items)


def _compact(size: str) -> str:
    """ "100g", "50ml": how some suppliers glue the unit to the number."""
    return re.sub(r"^(\d[\d.,]*) (g|ml|l|cm|m)$", r"\1\2", size)


def title(trade: Trade, product: Stock, lang: int) -> str:
    """The product's title as its maker's feed writes it."""
    ware = trade.ware(product.ware)
    maker = next(m for m in trade.makers if m.name == product.maker)
    noun = ware.noun[lang]
    value = ware.values[product.value][lang] if product.value >= 0 else ""
    size = ware.sizes[product.size][lang]
    if lang == 1:
        noun = " ".join(w if w.isupper() else w.capitalize() for w in noun.split())
    elif noun:
        noun = noun[0].upper() + noun[1:]
    named = f"{value} {noun}" if lang == 1 and ware.value_first_en else f"{noun} {value}"
    named = named.strip()
    if maker.style == 0:
        return f"{maker.name} {named} {size}"
    if maker.style == 1:
        return f"{named} {maker.name} - {_compact(size)}"
    if maker.style == 2:
        return f"{maker.name} - {named} ({size})"
    return f"{named}, {_compact(size)} | {maker.name}"


def catalogs(trade: Trade, products: list[Stock], rng: random.Random) -> tuple[Catalog, Catalog]:
    """The shop's fr-FR (EUR) and en-US (USD) catalogs, same ids, prices in minor units."""
    made: list[list[Product]] = [[], []]
    for product in products:
        ware = trade.ware(product.ware)
        minor = rng.randrange(199, 4999, 10) + 100 * product.size
        for lang, currency in enumerate(("EUR", "USD")):
            name = title(trade, product, lang)
            variants = {"size": ware.sizes[product.size][lang]}
            if product.value >= 0:
                variants[ware.axis[1]] = ware.values[product.value][lang]
            made[lang].append(
                Product(
                    id=product.id,
                    title=name,
                    price=Money(minor, currency),
                    brand=product.maker,
                    description=f"{name}.",
                    product_type=ware.noun[lang],
                    group=f"{product.id.rsplit('-', 1)[0]}-{product.maker}",
                    variants=variants,
                )
            )
    return Catalog("fr-FR", tuple(made[0])), Catalog("en-US", tuple(made[1]))
