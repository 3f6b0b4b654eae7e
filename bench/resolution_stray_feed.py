"""The shops of the *stray* half (:mod:`bench.resolution_stray`) as Google-Merchant-like feeds:
each shop writes its titles its own way, in both languages, with the same ids."""

from __future__ import annotations

import random
import re

from bench.resolution_gen import LOCALES, Item, Shop
from bench.resolution_stray_brands import Brand
from bench.resolution_stray_goods import OFF_GOODS, TITLE_FORMS, Kind, TitleForm
from bench.resolution_stray_wares import COLOURS, GOODS
from catalog.model import Catalog, Product
from payments.money import Money

ITEMS_PER_SHOP = (120, 250)


class StrayShop(Shop):
    """A shop of the stray half: its goods (:class:`Kind`), its title form, its organic brands."""

    def __init__(self, name: str, kind: str, brands: list[Brand]) -> None:
        goods = GOODS[kind]
        types = [(k.fr, k.en, [(v.fr, v.en) for v in k.values], list(k.sizes)) for k in goods]
        super().__init__(name, kind, types, [b.name for b in brands])
        self.goods: tuple[Kind, ...] = goods
        self.form: TitleForm = TITLE_FORMS[kind]
        self.organic = {b.name for b in brands if b.organic}

    def title(self, item: Item, lang: int) -> str:
        kind = self.goods[item.kind]
        value = kind.values[item.variant] if item.variant >= 0 else None
        noun = (kind.fr, kind.en)[lang]
        value_text = (value.fr, value.en)[lang] if value else ""
        if value in COLOURS and lang == 0 and self.kind == "tricot":
            value_text = f"coloris {value_text}"
        if lang == 1:
            noun, value_text = _title_case(noun), _title_case(value_text)
        else:
            noun = noun[0].upper() + noun[1:]
        first = lang == 1 and kind.en_value_first
        fields = {
            "brand": item.brand,
            "noun": noun,
            "value": value_text,
            "value_noun": " ".join(w for w in ((value_text, noun) if first else (noun, value_text)) if w),
            "size": kind.sizes[item.size][lang],
            "latin": f"({value.latin})" if value and value.latin and self.form.latin else "",
            "organic": self.form.organic[lang] if item.brand in self.organic else "",
        }  # fmt: skip
        text = (self.form.fr, self.form.en)[lang].format(**fields)
        text = re.sub(r"\s+", " ", text)
        text = re.sub(r"\s*-\s*-\s*", " - ", text)
        text = re.sub(r"\s+([,)])", r"\1", text)
        text = re.sub(r"(\s*-\s*|,)$", "", text.strip())
        return text.strip()

    def catalog(self, locale: str) -> Catalog:
        lang = LOCALES.index(locale)
        currency = ("EUR", "USD")[lang]
        products = []
        for number, item in enumerate(self.items):
            kind = self.goods[item.kind]
            title = self.title(item, lang)
            products.append(
                Product(
                    id=item.id,
                    title=title,
                    price=Money(290 + (number * 53) % 5200, currency),
                    brand=item.brand,
                    description=f"{title}.",
                    product_type=(kind.fr, kind.en)[lang],
                    variants={"size": kind.sizes[item.size][lang]},
                )
            )
        return Catalog(locale, tuple(products))


def _title_case(text: str) -> str:
    small = {"of", "de", "el"}
    return " ".join(w if w in small or w[:1].isupper() or w[:1].isdigit() else w.capitalize()
                    for w in text.split())  # fmt: skip


def build_stray_shop(name: str, kind: str, brands: list[Brand], rng: random.Random) -> StrayShop:
    """A shop whose brands each sell four to six of its kinds of product, in some of their
    values and sizes, 120 to 250 products in all."""
    low, high = ITEMS_PER_SHOP
    while True:
        shop = StrayShop(name, kind, brands)
        for brand in shop.brands:
            count = min(len(shop.goods), rng.randint(4, 6))
            for kind_index in sorted(rng.sample(range(len(shop.goods)), count)):
                goods = shop.goods[kind_index]
                values = range(len(goods.values)) or [-1]
                combos = [(v, s) for v in values for s in range(len(goods.sizes))]
                for variant, size in sorted(
                    rng.sample(combos, min(len(combos), rng.randint(2, 7)))
                ):
                    item_id = f"{name}-{len(shop.items):04d}"
                    shop.items.append(Item(item_id, brand, kind_index, variant, size))
        if low <= len(shop.items) <= high:
            return shop


def shop_words(shop: StrayShop, lang: int) -> set[str]:
    """Every word of the shop's nouns and values (and their other forms), folded."""
    from bench.resolution_stray_ear import fold

    code = ("fr", "en")[lang]
    words: set[str] = set()
    for kind in shop.goods:
        for name in names(kind, code):
            words.update(fold(name).replace("-", " ").split())
        for value in kind.values:
            for name in value_names(value, code):
                words.update(fold(name).replace("-", " ").split())
    return words


def names(kind: Kind, code: str) -> list[str]:
    """The ways a shopper names a kind of product (the feed's noun first)."""
    found = [kind.fr, *kind.fr_forms] if code == "fr" else [kind.en, *kind.en_forms]
    return _distinct_folded(found)


def value_names(value: object, code: str) -> list[str]:
    from bench.resolution_stray_goods import Value

    assert isinstance(value, Value)
    found = [value.fr, *value.fr_forms] if code == "fr" else [value.en, *value.en_forms]
    return _distinct_folded(found)


def _distinct_folded(found: list[str]) -> list[str]:
    """Forms that differ by more than accents (an accent lost is the recogniser's noise)."""
    from bench.resolution_stray_ear import fold

    seen: set[str] = set()
    kept = []
    for name in found:
        if fold(name) not in seen:
            seen.add(fold(name))
            kept.append(name)
    return kept


def elsewhere(shop: StrayShop, lang: int, others: list[StrayShop]) -> list[str]:
    """Things a shopper might ask this shop for that it does not sell: the other stray shops'
    products and things no shop here sells, sharing no word with this shop's."""
    from bench.resolution_stray_ear import fold

    own = shop_words(shop, lang)
    things = [
        (k.fr, k.en)[lang] for other in others if other.kind != shop.kind for k in other.goods
    ]
    things += [pair[lang] for pair in OFF_GOODS]
    return sorted(t for t in set(things) if not set(fold(t).replace("-", " ").split()) & own)
