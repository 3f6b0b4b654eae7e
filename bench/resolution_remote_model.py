"""The remote half's model: makers, wares and trades as the half's own lists declare them, the
stock a shop carries, its two catalogs as suppliers' feeds title them, and what a shopper means.

Every word a catalog writes is a :class:`Term`: how the feed spells it in fr-FR and en-US, and
how shoppers say it in each language (the spoken forms the query writer picks from; the written
form when none is given)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.resolution_gen import LOCALES, Item, Shop
from catalog.model import Catalog, Product
from payments.money import Money

Pair = tuple[str, str]
Said = tuple[tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True)
class Term:
    """A word or phrase of the catalog: as written (fr, en) and as said (fr forms, en forms)."""

    written: Pair
    said: Said = ((), ())

    def spoken(self, lang: int) -> tuple[str, ...]:
        return self.said[lang] or (self.written[lang],)


def term(fr: str, en: str, fr_said: tuple[str, ...] = (), en_said: tuple[str, ...] = ()) -> Term:
    return Term((fr, en), (fr_said, en_said))


@dataclass(frozen=True)
class Ware:
    """A kind of product: its noun, the axis its variants differ by (``axis`` is the feed's
    variant key, "" for none), its sizes smallest first, and the values and sizes of the kind
    nobody in the shop stocks (asked for in ``none`` queries)."""

    key: str
    noun: Term
    axis: str
    values: tuple[Term, ...]
    sizes: tuple[Term, ...]
    price: int  # minor units, smallest size
    blurb: Pair
    link: Pair = ("", "")  # words said between noun and value, "|"-separated options
    pack: Pair = ("", "")  # what every title of the kind adds ("boîte de 10")
    value_first_en: bool = True
    scaled: bool = False  # sizes are amounts: "the big one" names the larger of two
    unmade_values: tuple[Term, ...] = ()
    unmade_sizes: tuple[Term, ...] = ()


@dataclass(frozen=True)
class Maker:
    """An invented maker: its name, the language it looks like, how its feed titles products,
    and how each language's recogniser writes the name (fr forms, en forms)."""

    name: str
    origin: str
    style: str
    heard: Said
    short: str = ""  # what shoppers call it for short ("Dufresne"), "" when nothing


@dataclass(frozen=True)
class Trade:
    kind: str
    makers: tuple[Maker, ...]
    wares: tuple[Ware, ...]
    unsold: tuple[str, ...]  # makers of the trade the shop does not carry
    unstocked: tuple[Pair, ...]  # the trade's goods the shop does not sell
    grouped: bool  # whether its feed fills item_group_id

    def ware(self, key: str) -> Ware:
        return next(w for w in self.wares if w.key == key)


@dataclass(frozen=True)
class Stocked:
    """One product of a shop, in the generator's terms (value None: the ware has no axis)."""

    id: str
    maker: str
    ware: str
    value: int | None
    size: int


@dataclass(frozen=True)
class Intent:
    """What the shopper means, before a word is said. ``extreme`` ("big"/"small") asks for one
    size of two by a word; ``odd`` is a value or size of the ware nobody stocks; ``free`` a noun
    the shop does not sell."""

    kind: str
    why: str
    expect: frozenset[str]
    ware: str | None = None
    maker: str | None = None
    value: int | None = None
    size: int | None = None
    extreme: str = ""
    odd: Term | None = None
    odd_is_size: bool = False
    free: str = ""


def fitting(
    products: list[Stocked],
    ware: str,
    maker: str | None = None,
    value: int | None = None,
    size: int | None = None,
) -> list[Stocked]:
    """Every product fitting what was said (None: not said)."""
    return [
        p
        for p in products
        if p.ware == ware
        and maker in (None, p.maker)
        and (value is None or p.value == value)
        and (size is None or p.size == size)
    ]


# --- stock --------------------------------------------------------------------------------
def stock(trade: Trade, shop: str, rng: random.Random) -> list[Stocked]:
    """Forty to sixty products: each maker makes three to five of the trade's wares, each in a
    few values and sizes (most combinations of them, as ranges are); every ware is made."""
    while True:
        rows: list[tuple[str, str, int | None, int]] = []
        for maker in trade.makers:
            for ware in sorted(rng.sample(trade.wares, rng.randint(3, 5)), key=trade.wares.index):
                values: list[int | None] = list(range(len(ware.values))) or [None]
                picked = rng.sample(values, min(len(values), rng.choice((1, 1, 2, 2, 3))))
                sizes = rng.sample(range(len(ware.sizes)), min(len(ware.sizes), rng.randint(1, 3)))
                combos = [(v, s) for v in picked for s in sizes if rng.random() > 0.2]
                for value, size in sorted(combos or [(picked[0], sizes[0])], key=str):
                    rows.append((maker.name, ware.key, value, size))
        made = {ware for _, ware, _, _ in rows}
        if 40 <= len(rows) <= 60 and made == {w.key for w in trade.wares}:
            break
    return [
        Stocked(f"{shop}-{ware}-{number:04d}", maker, ware, value, size)
        for number, (maker, ware, value, size) in enumerate(rows)
    ]


# --- catalogs -----------------------------------------------------------------------------
def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def title(trade: Trade, product: Stocked, lang: int) -> str:
    """The product's title as its maker's feed writes it."""
    ware = trade.ware(product.ware)
    maker = next(m for m in trade.makers if m.name == product.maker)
    noun = ware.noun.written[lang]
    value = ware.values[product.value].written[lang] if product.value is not None else ""
    if value and lang == 1 and ware.value_first_en:
        thing = f"{value} {noun}"
    else:
        thing = f"{_capital(noun)} {value}".strip()
    size = ware.sizes[product.size].written[lang]
    pack = ware.pack[lang]
    brand = maker.name
    if maker.style == "dash":
        text = f"{brand} - {thing} - {size}"
    elif maker.style == "tail":
        text = f"{thing} {size} - {brand}"
    elif maker.style == "inner":
        text = f"{_capital(noun)} {brand} {value}".strip() + f", {size}"
    elif maker.style == "caps":
        text = f"{brand.upper()} {thing} ({size})"
    elif maker.style == "bar":
        text = f"{brand} | {thing} | {size}"
    else:
        text = f"{brand} {thing} {size}"
    return f"{text}, {pack}" if pack else text


def _price(ware: Ware, product: Stocked, lang: int, rng: random.Random) -> Money:
    base = ware.price * (1 + 0.65 * product.size) * rng.uniform(0.85, 1.2)
    if lang == 1:
        base *= 1.1
    minor = max(99, int(base) // 10 * 10 + 9)
    return Money(minor, ("EUR", "USD")[lang])


def _gtin(rng: random.Random) -> str:
    digits = [rng.randrange(10) for _ in range(12)]
    check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10) % 10
    return "".join(map(str, digits)) + str(check)


def catalogs(trade: Trade, products: list[Stocked], rng: random.Random) -> tuple[Catalog, Catalog]:
    """The shop's fr-FR and en-US catalogs: the same ids, each locale's titles and prices."""
    made: list[list[Product]] = [[], []]
    for product in products:
        ware = trade.ware(product.ware)
        gtin = _gtin(rng)
        for lang in (0, 1):
            name = title(trade, product, lang)
            variants = {"size": ware.sizes[product.size].written[lang]}
            if product.value is not None:
                variants[ware.axis] = ware.values[product.value].written[lang]
            slug = product.maker.lower().replace(" ", "").replace("'", "")
            made[lang].append(
                Product(
                    id=product.id,
                    title=name,
                    price=_price(ware, product, lang, rng),
                    brand=product.maker,
                    description=f"{name}. {ware.blurb[lang]}",
                    product_type=ware.noun.written[lang],
                    gtin=gtin,
                    group=f"{slug}-{ware.key}" if trade.grouped else "",
                    variants=variants,
                )
            )
    return Catalog(LOCALES[0], tuple(made[0])), Catalog(LOCALES[1], tuple(made[1]))


def shop_of(trade: Trade, name: str, products: list[Stocked]) -> Shop:
    """The shop in :mod:`bench.resolution_gen`'s terms (what later halves keep brands apart
    from)."""
    types = [
        (w.noun.written[0], w.noun.written[1], [v.written for v in w.values],
         [s.written for s in w.sizes])
        for w in trade.wares
    ]  # fmt: skip
    keys = [w.key for w in trade.wares]
    items = [
        Item(p.id, p.maker, keys.index(p.ware), -1 if p.value is None else p.value, p.size)
        for p in products
    ]
    return Shop(name, trade.kind, types, [m.name for m in trade.makers], items)
