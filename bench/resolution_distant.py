"""The distant half: board-games-and-puzzles, printer-ink-and-office-paper, hi-fi-and-vinyl
and model-railway shops, built as an outsider builds a hidden test set, by a hand that read no
other half's code and no resolver code, with lists of its own.

Each shop has 40 to 60 products by six makers, the same ids in fr-FR (EUR) and en-US (USD),
titles written the way merchant feeds write them. Each query starts from what the shopper
meant (:mod:`bench.resolution_distant_meaning`); its expected products are every product
fitting that meaning; then it is said (:mod:`bench.resolution_distant_voice`)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from bench.resolution_distant_games import GAMES
from bench.resolution_distant_hifi import HIFI
from bench.resolution_distant_meaning import OTHER_TRADES, kinds, meant
from bench.resolution_distant_model import Intent, Item, Trade, capitalised, fits
from bench.resolution_distant_office import OFFICE
from bench.resolution_distant_trains import TRAINS
from bench.resolution_distant_voice import say
from bench.resolution_gen import LOCALES, GeneratedSet, GenQuery
from catalog.model import Catalog, Product
from payments.money import Money

TRADES: tuple[Trade, ...] = (GAMES, OFFICE, HIFI, TRAINS)
HALF = "distant"
PRODUCTS = (44, 58)


@dataclass
class DistantShop:
    """One shop of the half: its trade and the products it sells."""

    name: str
    kind: str
    trade: Trade
    items: list[Item] = field(default_factory=list)

    @property
    def brands(self) -> list[str]:
        return sorted({i.maker for i in self.items})

    def catalog(self, locale: str, seed: int) -> Catalog:
        lang = LOCALES.index(locale)
        return Catalog(locale, tuple(self._product(i, lang, seed) for i in self.items))

    def _product(self, item: Item, lang: int, seed: int) -> Product:
        ware = self.trade.ware(item.ware)
        number = [m.name for m in self.trade.makers].index(item.maker)
        value = "" if item.value is None else ware.value(item.value, lang)
        size = ware.size(item.size, lang)
        title = _title(self.trade, number, lang, item.maker, ware.noun[lang], value, size)
        rng = random.Random(f"{seed}:{HALF}:{item.id}:price")
        euros = rng.randint(*ware.price) * 100 + rng.choice((0, 50, 90, 99))
        minor = euros if lang == 0 else int(euros * 1.08) // 100 * 100 + 99
        variants = {"size": size} | ({ware.axis: value} if ware.axis else {})
        blurb = (
            f"{ware.noun[0][:1].upper()}{ware.noun[0][1:]} de la marque",
            f"{capitalised(ware.noun[1])} by",
        )[lang]
        return Product(
            id=item.id,
            title=title,
            price=Money(minor, ("EUR", "USD")[lang]),
            brand=item.maker,
            description=f"{title}. {blurb} {item.maker}.",
            product_type=ware.noun[lang],
            gtin="".join(str(rng.randrange(10)) for _ in range(13)),
            group=f"{item.id.split('-')[0]}-{number}-{ware.key}",
            variants=variants,
        )


def _title(
    trade: Trade, maker: int, lang: int, brand: str, noun: str, value: str, size: str
) -> str:
    """A title as the shop's feed writes it, in the template of that maker's products."""
    template = trade.titles[lang][maker % len(trade.titles[lang])]
    short = size
    for written, abbreviated in trade.short[lang]:
        short = short.replace(written, abbreviated)
    head = noun[:1].upper() + noun[1:] if lang == 0 else capitalised(noun)
    title = template.format(
        brand=brand,
        BRAND=brand.upper(),
        noun=noun,
        Noun=head,
        value=value,
        Value=capitalised(value),
        size=size,
        short=short,
        Size=capitalised(size),
    )
    title = re.sub(r"\(\s*\)|«\s*»", "", title)
    title = re.sub(r"(\s[-|–])(\s[-|–])+", r"\1", " ".join(title.split()))
    return re.sub(r"\s+,", ",", title).strip(" -|–,")


def shop_items(trade: Trade, number: int, seed: int) -> list[Item]:
    """The products of one shop: for each maker and ware it makes, some variants in some
    sizes, 44 to 58 in all."""
    rng = random.Random(f"{seed}:{HALF}:{trade.kind}:range")
    while True:
        drawn: list[tuple[str, str, int | None, int]] = []
        for maker in trade.makers:
            for key in maker.wares:
                ware = trade.ware(key)
                values: list[int | None] = list(range(len(ware.values))) or [None]
                values = rng.sample(values, rng.randint(1, min(3, len(values))))
                sizes = rng.sample(range(len(ware.sizes)), rng.randint(1, min(3, len(ware.sizes))))
                grid = [(v, s) for v in sorted(values, key=str) for s in sorted(sizes)]
                kept = sorted(
                    rng.sample(range(len(grid)), max(1, round(len(grid) * rng.uniform(0.6, 1))))
                )
                drawn += [(maker.name, key, *grid[k]) for k in kept]
        if PRODUCTS[0] <= len(drawn) <= PRODUCTS[1]:
            return [
                Item(f"d{number}-{key}-{n:04d}", maker, key, value, size)
                for n, (maker, key, value, size) in enumerate(drawn)
            ]


def _elsewhere(trade: Trade, catalog: Catalog, lang: int) -> list[str]:
    """Things of other trades, and of this half's other shops, this shop does not sell."""
    others = [w.noun[lang] for t in TRADES if t is not trade for w in t.wares]
    words = [pair[lang] for pair in OTHER_TRADES] + others
    sold = " | ".join(f"{p.title} | {p.product_type}".lower() for p in catalog.products)
    return [w for w in words if w.lower() not in sold]


def distant_queries(seed: int, per_shop: int) -> tuple[GeneratedSet, list[Intent]]:
    """The half's shops and queries, with what each query's shopper meant."""
    shops = [
        DistantShop(f"d{n}-{t.kind}", t.kind, t, shop_items(t, n, seed))
        for n, t in enumerate(TRADES)
    ]
    catalogs = {(s.name, loc): s.catalog(loc, seed) for s in shops for loc in LOCALES}
    queries: list[GenQuery] = []
    intents: list[Intent] = []
    for shop in shops:
        for lang, locale in enumerate(LOCALES):
            rng = random.Random(f"{seed}:{HALF}:{shop.kind}:{locale}")
            elsewhere = _elsewhere(shop.trade, catalogs[(shop.name, locale)], lang)
            for kind in kinds(per_shop, rng):
                intent = meant(kind, shop.trade, shop.items, elsewhere, lang, rng)
                text, noise = say(intent, shop.trade, lang, rng)
                expect = frozenset(i.id for i in fits(shop.items, intent))
                queries.append(GenQuery(locale, text, expect, kind, shop.name, noise))
                intents.append(intent)
    return GeneratedSet(HALF, shops, catalogs, queries), intents  # type: ignore[arg-type]


def generate_distant(seed: int, per_shop: int) -> GeneratedSet:
    """The distant half for ``seed``: four shops and ``per_shop`` queries per shop and locale."""
    return distant_queries(seed, per_shop)[0]
