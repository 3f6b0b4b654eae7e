"""The shops of the *hinter* half (:mod:`bench.resolution_hinter`) as merchant feeds, and what a
request means in one of them.

The same ids in fr-FR and en-US; each maker's titles follow one of three layouts per language
(noun first, brand in capitals, pipes and middle dots, a size labelled « Taille » or "Size", the
merchant's extra words). :class:`Meant` is what the shopper asked for (a ware, a maker, a value, a
size or the largest/smallest size left); :func:`expected` is every product consistent with it.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from bench.resolution_gen import LOCALES, Item, Shop
from bench.resolution_hinter_gear import OTHER_TRADES, UNSTOCKED, WARES
from bench.resolution_hinter_makers import Maker
from bench.resolution_hinter_stock import Ware
from catalog.model import Catalog, Product
from payments.money import Money

ITEMS = (40, 60)
LAYOUTS = (
    ("{Noun} {brand}[ {value}] - {size}", "{BRAND} · {Noun}[ {value}][ {size}][, {extra}]",
     "{Noun}[ {value}][ ({size})] | {brand}[ | {extra}]"),
    ("{brand} {Value_noun}[, {size}]", "{Noun_tc}[ - {Value}][ - {size}] by {brand}",
     "{BRAND} {Noun_tc}[ ({Value})][ {size}][ - {Extra}]"),
)  # fmt: skip
LETTER_SIZE = re.compile(r"^(X{0,2}[SML]|2XL|XXL|XL)$")
SMALL_WORDS = {"de", "du", "des", "la", "le", "les", "au", "aux", "en", "et", "a", "the", "of",
               "for", "with", "and", "d", "l", "s", "à", "un", "une"}  # fmt: skip
ARTICLES = {"m": "un", "f": "une", "mp": "des", "fp": "des"}


def fold(text: str) -> str:
    """Lower case, no accents, hyphens and apostrophes as spaces."""
    plain = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(re.sub(r"[-'’&·|,()]", " ", plain).split())


class HinterShop(Shop):
    """A hinter shop: its wares, makers and each maker's title layout."""

    def __init__(self, name: str, kind: str, makers: list[Maker]) -> None:
        wares = WARES[kind]
        types = [(w.fr[1], w.en[1], [(v[0][0], v[1][0]) for v in w.values], list(w.sizes))
                 for w in wares]  # fmt: skip
        super().__init__(name, kind, types, [m.name for m in makers])
        self.wares: tuple[Ware, ...] = wares
        self.makers = {m.name: m for m in makers}
        self.layouts: dict[str, int] = {}

    def size_label(self, item: Item, lang: int) -> str:
        label = self.wares[item.kind].sizes[item.size][lang]
        if LETTER_SIZE.match(label):
            return f"{('Taille', 'Size')[lang]} {label}"
        return label

    def title(self, item: Item, lang: int) -> str:
        ware = self.wares[item.kind]
        noun = ware.names(lang)[0]
        value = ware.value_names(item.variant, lang)[0] if item.variant >= 0 else ""
        extra = ware.extra[lang]
        fields = {
            "brand": item.brand, "BRAND": item.brand.upper(), "Noun": noun[:1].upper() + noun[1:],
            "Noun_tc": _capitals(noun), "value": value, "Value": value,
            "Value_noun": _capitals(f"{value} {noun}".strip()), "size": self.size_label(item, lang),
            "extra": extra, "Extra": _capitals(extra),
        }  # fmt: skip
        layout = LAYOUTS[lang][self.layouts.get(item.brand, 0)]
        return _fill(layout, fields)

    def catalog(self, locale: str) -> Catalog:
        lang = LOCALES.index(locale)
        products = []
        for number, item in enumerate(self.items):
            ware = self.wares[item.kind]
            variants = {}
            if ware.sizes[item.size][lang]:
                variants["size"] = ware.sizes[item.size][lang]
            if ware.axis and item.variant >= 0:
                variants[ware.axis] = ware.value_names(item.variant, lang)[0]
            title = self.title(item, lang)
            cents = 290 + (number * 53 + item.kind * 611) % 14000
            products.append(Product(
                id=item.id, title=title, price=Money(cents, ("EUR", "USD")[lang]),
                brand=item.brand, description=f"{title}. {ware.extra[lang]}".strip(),
                product_type=ware.names(lang)[0], variants=variants,
            ))  # fmt: skip
        return Catalog(locale, tuple(products))


def _capitals(text: str) -> str:
    keep = {"of", "and", "with", "for", "oz", "lb", "ft", "mm", "to", "in"}
    return " ".join(w if w in keep or not w[:1].isalpha() else w[:1].upper() + w[1:]
                    for w in text.split())  # fmt: skip


def _fill(layout: str, fields: dict[str, str]) -> str:
    def part(match: re.Match[str]) -> str:
        inside = match.group(1)
        return inside if all(fields[f] for f in re.findall(r"\{(\w+)\}", inside)) else ""

    text = re.sub(r"\[([^\]]*)\]", part, layout).format(**fields)
    text = re.sub(r"\s*-\s*$", "", text.strip())  # a layout's dash before a size it lacks
    return " ".join(text.split())


def build_shop(name: str, kind: str, makers: list[Maker], rng: random.Random) -> HinterShop:
    """Each maker sells three or four of the wares, one to four of each one's (value, size)
    pairs; 40 to 60 products in all."""
    while True:
        shop = HinterShop(name, kind, makers)
        for maker in shop.brands:
            shop.layouts[maker] = rng.randrange(3)
            for ware_at in sorted(rng.sample(range(len(shop.wares)), rng.randint(3, 4))):
                ware = shop.wares[ware_at]
                pairs = [(v, s) for v in (range(len(ware.values)) or [-1])
                         for s in range(len(ware.sizes))]  # fmt: skip
                for value, size in sorted(rng.sample(pairs, min(len(pairs), rng.randint(1, 4)))):
                    shop.items.append(Item(f"{name}-{len(shop.items):03d}", maker, ware_at,
                                           value, size))  # fmt: skip
        if ITEMS[0] <= len(shop.items) <= ITEMS[1]:
            return shop


@dataclass(frozen=True)
class Meant:
    """What the shopper asked for; ``ware`` is -1 for a thing the shop has no ware of."""

    ware: int = -1
    brand: str = ""
    value: int = -1  # -1: no value said
    size: int = -1  # -1: no size said
    extreme: str = ""  # "big" or "small": the largest or smallest size of what is left
    thing: str = ""  # the thing not sold, when ``ware`` is -1


def expected(shop: HinterShop, meant: Meant) -> list[Item]:
    if meant.ware < 0:
        return []
    left = [i for i in shop.items if i.kind == meant.ware
            and (not meant.brand or i.brand == meant.brand)
            and (meant.value < 0 or i.variant == meant.value)
            and (meant.size < 0 or i.size == meant.size)]  # fmt: skip
    if meant.extreme and left:
        end = (max if meant.extreme == "big" else min)(i.size for i in left)
        left = [i for i in left if i.size == end]
    return left


def shop_words(shop: HinterShop, lang: int) -> set[str]:
    """The content words of every name of the shop's wares and values, folded."""
    found: set[str] = set()
    for ware in shop.wares:
        for name in ware.names(lang):
            found.update(fold(name).split())
        for value in range(len(ware.values)):
            for name in ware.value_names(value, lang):
                found.update(fold(name).split())
    return found - SMALL_WORDS


def elsewhere(shop: HinterShop, lang: int, shops: list[HinterShop]) -> list[str]:
    """Things of the other hinter shops and of other trades sharing no content word with this
    shop's names."""
    own = shop_words(shop, lang)
    things = [w.names(lang)[0] if lang else f"{ARTICLES[w.grammar(0)]} {w.names(0)[0]}"
              for other in shops if other.kind != shop.kind for w in other.wares]  # fmt: skip
    things += [pair[lang] for pair in OTHER_TRADES]
    return sorted(t for t in set(things) if not (set(fold(t).split()) - SMALL_WORDS) & own)


def unstocked(shop: HinterShop, lang: int) -> list[str]:
    """Things of the shop's own trade that it has no ware of."""
    own = {fold(n) for w in shop.wares for n in w.names(lang)}
    return [pair[lang] for pair in UNSTOCKED[shop.kind] if without_article(pair[lang]) not in own]


def without_article(thing: str) -> str:
    """« des guimauves » → « guimauves », folded."""
    words = fold(thing).split()
    return " ".join(words[1:] if words and words[0] in ("un", "une", "des", "du") else words)
