"""The abroad half's shop model: a trade (its wares, makers and title layout), the items one shop
stocks, their catalogs in both locales, and what a shopper meant, with the products it fits."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from catalog.model import Catalog, Product
from payments.money import Money

FR, EN = 0, 1
CURRENCY = ("EUR", "USD")


@dataclass(frozen=True)
class Ware:
    """One kind of product a trade sells, in fr-FR and en-US.

    ``values`` are the variants (fr, en) along ``axis``; ``sizes`` are the labels (fr, en) in the
    trade's own way; ``other`` are the names a shopper also uses (fr list, en list); ``det`` the
    article a shopper puts before the noun (fr, en)."""

    key: str
    noun: tuple[str, str]
    sizes: tuple[tuple[str, str], ...]
    values: tuple[tuple[str, str], ...] = ()
    axis: tuple[str, str] = ("variante", "variant")
    other: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    det: tuple[str, str] = ("du", "some")
    price: int = 1000  # minor units of the smallest size


@dataclass(frozen=True)
class Trade:
    """A kind of shop: its wares, the makers it may carry, and what a shopper may ask it for
    that it does not have."""

    kind: str
    wares: tuple[Ware, ...]
    makers: tuple[str, ...]
    unsold: tuple[str, ...]  # makers of the trade this shop never carries
    unstocked: tuple[tuple[str, str], ...]  # wares of the trade it does not stock
    layout: tuple[str, str]  # title layout per locale: {maker} {noun} {value} {size}
    heard: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)
    wares_per_maker: tuple[int, int] = (3, 5)

    def ware(self, key: str) -> Ware:
        return next(w for w in self.wares if w.key == key)


@dataclass(frozen=True)
class Item:
    id: str
    maker: str
    ware: str
    value: int  # index into the ware's values, -1 when it has none
    size: int  # index into the ware's sizes


@dataclass(frozen=True)
class Meaning:
    """What the shopper meant: ``None`` is "not said". ``ware`` is ``None`` for a thing the shop
    does not stock at all; ``largest`` asks for the biggest size of what else was said."""

    maker: str | None
    ware: str | None
    value: int | None = None
    size: int | None = None
    largest: bool = False


@dataclass
class Stock:
    trade: Trade
    name: str
    items: list[Item]

    def title(self, item: Item, lang: int) -> str:
        ware = self.trade.ware(item.ware)
        value = ware.values[item.value][lang] if item.value >= 0 else ""
        text = self.trade.layout[lang].format(
            maker=item.maker,
            noun=ware.noun[lang],
            Noun=ware.noun[lang][:1].upper() + ware.noun[lang][1:],
            value=value,
            size=ware.sizes[item.size][lang],
        )
        return " ".join(text.replace(" ,", ",").split()).strip(" ,-")

    def catalog(self, locale_index: int, locale: str, rng: random.Random) -> Catalog:
        products = []
        for item in self.items:
            ware = self.trade.ware(item.ware)
            title = self.title(item, locale_index)
            variants = {("taille", "size")[locale_index]: ware.sizes[item.size][locale_index]}
            if item.value >= 0:
                variants[ware.axis[locale_index]] = ware.values[item.value][locale_index]
            minor = ware.price * (item.size + 2) // 2 + rng.randrange(0, 400)
            products.append(
                Product(
                    id=item.id,
                    title=title,
                    price=Money(minor - minor % 10 + 9, CURRENCY[locale_index]),
                    brand=item.maker,
                    description=title + ".",
                    product_type=ware.noun[locale_index],
                    group=f"{self.name}-{item.ware}-{item.maker}".lower().replace(" ", "_"),
                    variants=variants,
                )
            )
        return Catalog(locale, tuple(products))

    def fits(self, meaning: Meaning) -> frozenset[str]:
        """Every product consistent with the meaning."""
        if meaning.ware is None:
            return frozenset()
        found = [
            item
            for item in self.items
            if item.ware == meaning.ware
            and meaning.maker in (None, item.maker)
            and meaning.value in (None, item.value)
            and meaning.size in (None, item.size)
        ]
        if meaning.largest and found:
            top = max(item.size for item in found)
            found = [item for item in found if item.size == top]
        return frozenset(item.id for item in found)


def stock(trade: Trade, name: str, rng: random.Random, low: int = 40, high: int = 60) -> Stock:
    """A shop of ``trade``: five to seven of its makers, each with a few wares in a few variants
    and sizes, between ``low`` and ``high`` products in all."""
    while True:
        makers = rng.sample(trade.makers, rng.randint(5, min(7, len(trade.makers))))
        chosen: list[tuple[str, str, int, int]] = []
        for maker in makers:
            wares = rng.sample(trade.wares, rng.randint(*trade.wares_per_maker))
            for ware in wares:
                values = list(range(len(ware.values))) or [-1]
                sizes = list(range(len(ware.sizes)))
                kept_values = rng.sample(values, rng.randint(1, min(3, len(values))))
                kept_sizes = rng.sample(sizes, rng.randint(1, min(2, len(sizes))))
                for value in sorted(kept_values):
                    for size in sorted(kept_sizes):
                        if len(kept_values) > 1 and len(kept_sizes) > 1 and rng.random() < 0.25:
                            continue  # not every variant in every size
                        chosen.append((maker, ware.key, value, size))
        if low <= len(chosen) <= high:
            break
    items = [
        Item(f"{name}-{ware}-{number:03d}", maker, ware, value, size)
        for number, (maker, ware, value, size) in enumerate(chosen)
    ]
    return Stock(trade, name, items)
