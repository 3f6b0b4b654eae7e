"""A shop of the *beyond* half: its makers' products (the same ids in fr-FR and en-US), their
titles in the layout each shop uses for each language, and what a shopper's wish matches."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from bench.resolution_beyond_makers import Maker
from bench.resolution_beyond_wares_more import OFF_TRADE, TRADES, UNSTOCKED
from bench.resolution_gen import LOCALES, Item
from catalog.model import Catalog, Product
from payments.money import Money

# How each shop lays its titles out, per language (chosen per shop).
LAYOUTS = {
    "fr": ("maker_first", "maker_dash", "maker_comma"),
    "en": ("maker_first", "maker_paren", "maker_by"),
}


def lay_out(layout: str, maker: str, noun: str, value: str, size: str) -> str:
    """« Vireton Corde noire 68 pouces », « Corde noire 68 pouces - Vireton », « Corde Vireton,
    noire, 68 pouces »; "Vireton Black Bowstring 68 in", "Vireton Bowstring (black, 68 in)",
    "Black Bowstring, 68 in by Vireton" (``maker_first`` in English puts the value first)."""
    noun = noun[:1].upper() + noun[1:]
    rest = [x for x in (value, size) if x]
    if layout == "maker_dash":
        return " ".join([noun, *rest, "-", maker])
    if layout == "maker_comma":
        return ", ".join([f"{noun} {maker}", *rest])
    if layout == "maker_paren":
        return f"{maker} {noun} ({', '.join(rest)})" if rest else f"{maker} {noun}"
    head = " ".join(x for x in (value[:1].upper() + value[1:], noun) if x)
    if layout == "maker_by":
        return f"{head}, {size} by {maker}" if size else f"{head} by {maker}"
    if layout == "maker_first_en":
        return " ".join(x for x in (maker, head, size) if x)
    return " ".join([maker, noun, *rest])


@dataclass(frozen=True)
class Wish:
    """What a shopper means: a ware (index into the trade's wares, -1 for none of them), a maker
    ("" when not said), a value and a size (-1 when not said), or a ``thing`` not sold here."""

    ware: int = -1
    brand: str = ""
    value: int = -1
    size: int = -1
    thing: str = ""


@dataclass
class BeyondShop:
    name: str
    kind: str
    makers: dict[str, Maker]
    layouts: dict[str, str]  # locale code → layout name
    items: list[Item] = field(default_factory=list)

    @property
    def brands(self) -> list[str]:
        return list(self.makers)

    @property
    def wares(self) -> tuple:
        return TRADES[self.kind]

    def title(self, item: Item, lang: int) -> str:
        code = ("fr", "en")[lang]
        ware = self.wares[item.kind]
        value = ware.values[item.variant].names(lang)[0] if item.variant >= 0 else ""
        size = ware.sizes[item.size][lang]
        noun = ware.names(lang)[0]
        layout = self.layouts[code]
        layout = f"{layout}_en" if (code, layout) == ("en", "maker_first") else layout
        return lay_out(layout, item.brand, noun, value, size)

    def catalog(self, locale: str) -> Catalog:
        lang = LOCALES.index(locale)
        products = []
        for number, item in enumerate(self.items):
            ware = self.wares[item.kind]
            size = ware.sizes[item.size][lang]
            title = self.title(item, lang)
            products.append(
                Product(
                    id=item.id,
                    title=title,
                    price=Money(290 + (number * 53 + item.size * 410) % 9000, ("EUR", "USD")[lang]),
                    brand=item.brand,
                    description=f"{title}.",
                    product_type=ware.names(lang)[0],
                    variants={"size": size} if size else {},
                )
            )
        return Catalog(locale, tuple(products))


def matches(shop: BeyondShop, wish: Wish) -> list[Item]:
    """Every product consistent with the wish (none for a thing not sold here)."""
    if wish.ware < 0 or wish.thing:
        return []
    return [
        i
        for i in shop.items
        if i.kind == wish.ware
        and (not wish.brand or i.brand == wish.brand)
        and (wish.value < 0 or i.variant == wish.value)
        and (wish.size < 0 or i.size == wish.size)
    ]


def build_shop(name: str, kind: str, makers: list[Maker], rng: random.Random) -> BeyondShop:
    """40 to 60 products: each maker makes three to six of the trade's wares, each in one to four
    of its (value, size) combinations."""
    wares = TRADES[kind]
    layouts = {code: rng.choice(sorted(LAYOUTS[code])) for code in ("fr", "en")}
    while True:
        shop = BeyondShop(name, kind, {m.name: m for m in makers}, layouts)
        for maker in makers:
            for ware_index in sorted(rng.sample(range(len(wares)), rng.randint(3, 6))):
                ware = wares[ware_index]
                combos = [(v, s) for v in (range(len(ware.values)) or [-1])
                          for s in range(len(ware.sizes))]  # fmt: skip
                for variant, size in sorted(
                    rng.sample(combos, min(len(combos), rng.randint(1, 4)))
                ):
                    item_id = f"{name}-{len(shop.items):03d}"
                    shop.items.append(Item(item_id, maker.name, ware_index, variant, size))
        if 40 <= len(shop.items) <= 60:
            return shop


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[-'’/(),]", " ", text).split())


def shop_words(kind: str, lang: int) -> set[str]:
    """Every word of the trade's ware names and values in one language, folded."""
    found: set[str] = set()
    for ware in TRADES[kind]:
        for name in ware.names(lang):
            found.update(fold(name).split())
        for value in ware.values:
            for name in value.names(lang):
                found.update(fold(name).split())
    return found


def unstocked(kind: str, lang: int) -> list[str]:
    return [pair[lang] for pair in UNSTOCKED[kind]]


ARTICLES = {"un", "une", "des", "du", "de", "la", "l", "a", "an"}


def elsewhere(kind: str, lang: int) -> list[str]:
    """Things of other trades sharing no word (articles aside) with this trade's wares."""
    own = shop_words(kind, lang)
    return [
        pair[lang] for pair in OFF_TRADE if not (set(fold(pair[lang]).split()) - ARTICLES) & own
    ]
