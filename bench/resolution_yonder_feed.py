"""The shops of the *yonder* half (:mod:`bench.resolution_yonder`) as merchant feeds: the same ids in
fr-FR and en-US, and titles written the way each brand's supplier writes them (brand first or
last, dashes, pipes, parentheses, guillemets, a noun in capitals, words a shopper never says)."""

from __future__ import annotations

import random
import re

from bench.resolution_gen import LOCALES, Item, Shop
from bench.resolution_yonder_brands import Brand
from bench.resolution_yonder_goods import Kind
from bench.resolution_yonder_say import fold
from bench.resolution_yonder_wares import GOODS, NEAR_MISSES, OFF_GOODS
from catalog.model import Catalog, Product
from payments.money import Money

ITEMS_PER_SHOP = (40, 60)

# Per shop, three ways of writing a title in each language; a brand's titles all use one. A
# ``[...]`` part is left out when a field in it is empty.
TITLE_FORMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "boucherie": (
        ("{Noun}[ {value}] - {brand} - {size}", "{brand} {Noun}[ {value}], {size}",
         "{Noun}[ {value}][ {extra}] ({size}) | {brand}"),
        ("{brand} {Value_noun}, {size}", "{Value_noun} ({size}) - {brand}",
         "{brand} | {Value_noun}[, {Extra}] | {size}"),
    ),
    "bagagerie": (
        ("{brand} - {Noun} {size}[ - {value}]", "{Noun} {brand}[ {value}] {size}",
         "{Noun}[ {extra}] {size}[ {label} {value}] ({brand})"),
        ("{brand} {Noun} {size}[ - {Value}]", "{brand}[ {Value}] {Noun}, {size}",
         "{Noun} {size}[ {Extra}] by {brand}[ ({Value})]"),
    ),
    "bougie": (
        ("{Noun}[ {value}] {size} - {brand}", "{brand} · {Noun}[ « {value} »] {size}",
         "{Noun}[ {extra}][ {label} {value}] ({size}) {brand}"),
        ("{brand}[ {Value}] {Noun} {size}", "[{Value} ]{Noun} by {brand} - {size}",
         "{brand} {Noun}[: {Value}] ({size}[, {Extra}])"),
    ),
    "plomberie": (
        ("{Noun}[ {value}] {size} {brand}", "{brand} - {Noun}[ {value}] - {size}",
         "{NOUN}[ {EXTRA}][ {VALUE}] {size} ({brand})"),
        ("{brand} {size}[ {Value}] {Noun}", "[{Value} ]{Noun} {size} - {brand}",
         "{brand} {Noun}[, {Value}], {size}[ {Extra}]"),
    ),
}  # fmt: skip
LABELS = {"color": "coloris", "material": "en", "pattern": "motif", "scent": "parfum"}
FEED_ATTRIBUTES = ("color", "material", "pattern")  # the merchant feed's own variant attributes


class YonderShop(Shop):
    """A shop of the yonder half: its goods and the title form of each brand."""

    def __init__(self, name: str, kind: str, brands: list[Brand]) -> None:
        goods = GOODS[kind]
        types = [
            (k.fr[0], k.en[0], [(v.fr[0], v.en[0]) for v in k.values], list(k.sizes)) for k in goods
        ]
        super().__init__(name, kind, types, [b.name for b in brands])
        self.goods: tuple[Kind, ...] = goods
        self.forms: dict[str, int] = {}

    def title(self, item: Item, lang: int) -> str:
        kind = self.goods[item.kind]
        noun = kind.names(lang)[0]
        value = kind.values[item.variant].names(lang)[0] if item.variant >= 0 else ""
        extra = kind.extra[lang]
        if lang == 1:
            value_noun = f"{value} {noun}" if kind.value_first else f"{noun} {value}"
        else:
            value_noun = f"{noun} {value}"
        fields = {
            "brand": item.brand, "noun": noun, "Noun": noun[0].upper() + noun[1:],
            "NOUN": noun.upper(), "value": value, "Value": _title_case(value),
            "VALUE": value.upper(), "Value_noun": _title_case(value_noun.strip()),
            "size": kind.sizes[item.size][lang], "extra": extra, "Extra": _title_case(extra),
            "EXTRA": extra.upper(), "label": LABELS.get(kind.axis, ""),
        }  # fmt: skip
        form = TITLE_FORMS[self.kind][lang][self.forms.get(item.brand, 0)]
        return _fill(form, fields)

    def catalog(self, locale: str) -> Catalog:
        lang = LOCALES.index(locale)
        currency = ("EUR", "USD")[lang]
        products = []
        for number, item in enumerate(self.items):
            kind = self.goods[item.kind]
            title = self.title(item, lang)
            variants = {"size": kind.sizes[item.size][lang]}
            if item.variant >= 0 and kind.axis in FEED_ATTRIBUTES:
                variants[kind.axis] = kind.values[item.variant].names(lang)[0]
            products.append(
                Product(
                    id=item.id,
                    title=title,
                    price=Money(350 + (number * 71) % 8900, currency),
                    brand=item.brand,
                    description=f"{title}.",
                    product_type=kind.names(lang)[0],
                    variants=variants,
                )
            )
        return Catalog(locale, tuple(products))


def _fill(form: str, fields: dict[str, str]) -> str:
    def optional(match: re.Match[str]) -> str:
        inside = match.group(1)
        needed = [f for f in re.findall(r"\{(\w+)\}", inside) if f != "label"]
        return inside if all(fields[f] for f in needed) else ""

    text = re.sub(r"\[([^\]]*)\]", optional, form).format(**fields)
    return " ".join(text.split())


def _title_case(text: str) -> str:
    small = {"of", "de", "and", "x", "in", "oz", "lb", "ft", "to"}
    return " ".join(
        w if w in small or not w[:1].isalpha() or w[:1].isupper() else w[0].upper() + w[1:]
        for w in text.split()
    )


def build_yonder_shop(name: str, kind: str, brands: list[Brand], rng: random.Random) -> YonderShop:
    """Each brand sells three or four of the shop's kinds, in one to four of their values and
    sizes: 40 to 60 products in all."""
    low, high = ITEMS_PER_SHOP
    while True:
        shop = YonderShop(name, kind, brands)
        for brand in shop.brands:
            shop.forms[brand] = rng.randrange(3)
            for kind_index in sorted(rng.sample(range(len(shop.goods)), rng.randint(3, 4))):
                goods = shop.goods[kind_index]
                combos = [(v, s) for v in (range(len(goods.values)) or [-1])
                          for s in range(len(goods.sizes))]  # fmt: skip
                for variant, size in sorted(
                    rng.sample(combos, min(len(combos), rng.randint(1, 4)))
                ):
                    shop.items.append(
                        Item(f"{name}-{len(shop.items):03d}", brand, kind_index, variant, size)
                    )
        if low <= len(shop.items) <= high:
            return shop


def names(kind: Kind, lang: int) -> list[str]:
    """The ways a shopper names a kind (the feed's noun first), distinct once folded."""
    return _distinct(kind.names(lang))


def _distinct(found: tuple[str, ...]) -> list[str]:
    seen: set[str] = set()
    kept = []
    for name in found:
        if fold(name) not in seen:
            seen.add(fold(name))
            kept.append(name)
    return kept


def value_names(kind: Kind, value: int, lang: int) -> list[str]:
    return _distinct(kind.values[value].names(lang))


def shop_words(shop: YonderShop, lang: int) -> set[str]:
    """Every word of the shop's nouns and values, in all their names, folded."""
    words: set[str] = set()
    for kind in shop.goods:
        for name in kind.names(lang):
            words.update(fold(name).split())
        for value in kind.values:
            for name in value.names(lang):
                words.update(fold(name).split())
    return words


def elsewhere(shop: YonderShop, lang: int, others: list[YonderShop]) -> list[str]:
    """Things of the other yonder shops and of other trades, sharing no word with this shop's."""
    own = shop_words(shop, lang)
    things = [k.names(lang)[0] for other in others if other.kind != shop.kind for k in other.goods]
    things += [pair[lang] for pair in OFF_GOODS]
    return sorted(t for t in set(things) if not set(fold(t).split()) & own)


def near_misses(shop: YonderShop, lang: int) -> list[str]:
    """Things of the shop's own trade that it does not stock (no name of its kinds)."""
    own = {fold(n) for kind in shop.goods for n in kind.names(lang)}
    return [pair[lang] for pair in NEAR_MISSES[shop.kind] if fold(pair[lang]) not in own]
