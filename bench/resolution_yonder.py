"""The *yonder* half of :mod:`bench.resolution_gen`: a tuning half built as an outsider builds a
hidden test set, by a hand that read neither the resolver nor the other halves' noise.

Four kinds of shop no other half has (:mod:`bench.resolution_yonder_goods`,
:mod:`bench.resolution_yonder_wares`): a butcher and charcuterie, a luggage and travel-goods shop,
a candle and home-fragrance shop and a plumbing-supplies shop; each a merchant feed of 40-60
products (:mod:`bench.resolution_yonder_feed`) from 5-7 invented brands
(:mod:`bench.resolution_yonder_brands`), the same ids in fr-FR and en-US, titles written several
ways. Queries in the usual mix (about 64 % exact, 22 % family, 14 % none: a brand the shop does not
sell, a thing of the shop's trade it does not stock, a thing of another trade), most after a
carrier phrase (:mod:`bench.resolution_yonder_phrases`), sizes said the way of each trade
(:mod:`bench.resolution_yonder_say`), and a recogniser of its own
(:mod:`bench.resolution_yonder_ear`). Every expectation is every product consistent with what the
shopper said (:mod:`bench.resolution_yonder_meant`), whatever the recogniser wrote.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

from bench import resolution_yonder_phrases as phrases
from bench.resolution_gen import LOCALES, QUERIES_PER_SHOP, YONDER, GeneratedSet, GenQuery, Item
from bench.resolution_yonder_brands import BRANDS, UNSOLD, Brand
from bench.resolution_yonder_ear import Ear
from bench.resolution_yonder_feed import (
    YonderShop,
    build_yonder_shop,
    elsewhere,
    names,
    near_misses,
    shop_words,
    value_names,
)
from bench.resolution_yonder_meant import (
    Said,
    expected,
    extreme_sizes,
    kinds_for,
    kinds_for_value,
    sizes_for,
    values_for,
)
from bench.resolution_yonder_say import size_ways
from bench.resolution_yonder_speak import NOISE_TAGS, Speaker
from catalog.model import Catalog

OTHER_HALVES = ("tune", "held", "dev", "fresh", "wide", "far", "casual", "spoken", "mirror",
                "mimic", "novel", "outer", "stray")  # fmt: skip
SHOP_KINDS = ("boucherie", "bagagerie", "bougie", "plomberie")
MIX = {"none": 0.14, "family": 0.22}  # the rest exact
NONE_SHARES = {"unsold_brand": 38, "near_miss": 27, "elsewhere": 25, "brand_elsewhere": 10}
FAMILY_SHAPES = {"brand_noun": 40, "noun_value": 18, "brand_noun_value": 20, "noun_size": 10,
                 "brand_noun_size": 12}  # fmt: skip
SIZE_WAYS = {"plain": 50, "unit_words": 18, "trade": 32}


@dataclass
class Plan:
    """What will be said, word by word, and what it means."""

    said: Said
    kind: int = -1  # the kind the product asked for is of (-1 for a thing not sold)
    brand: str = ""
    noun: str = ""
    value: str = ""
    size: str = ""
    size_label: str = ""
    tags: list[str] = field(default_factory=list)


class YonderMaker:
    def __init__(self, shop: YonderShop, locale: str, rng: random.Random, brands: dict[str, Brand],
                 things: list[str], near: list[str]) -> None:  # fmt: skip
        self.shop, self.locale, self.rng, self.brands = shop, locale, rng, brands
        self.things, self.near = things, near
        self.lang = LOCALES.index(locale)
        self.code = ("fr", "en")[self.lang]
        ear = Ear(self.code, rng, shop_words(shop, self.lang))
        self.speaker = Speaker(shop, self.code, rng, ear, brands)

    def make(self) -> tuple[GenQuery, Said]:
        roll = self.rng.random()
        if roll < MIX["none"]:
            plan, kind = self._none(), "none"
        elif roll < MIX["none"] + MIX["family"]:
            plan, kind = self._family(), "family"
        else:
            plan, kind = self._exact(), "exact"
        text, tags = self.speaker.say(plan)
        expect = frozenset(i.id for i in expected(self.shop, plan.said))
        return GenQuery(self.locale, text, expect, kind, self.shop.name, tuple(tags)), plan.said

    # --- what is asked for ----------------------------------------------------------------------
    def _exact(self) -> Plan:
        while True:
            item = self.rng.choice(self.shop.items)
            for attempt in range(6):
                plan = self._plan(item, canonical=attempt == 5)
                if len(expected(self.shop, plan.said)) == 1:
                    return plan

    def _family(self) -> Plan:
        rng = self.rng
        while True:
            shape = rng.choices(list(FAMILY_SHAPES), list(FAMILY_SHAPES.values()))[0]
            for _ in range(60):
                item = rng.choice(self.shop.items)
                plan = self._plan(item, brand="brand" in shape, value="value" in shape,
                                  size="size" in shape, family=True)  # fmt: skip
                if ("size" in shape and plan.said.sizes is None) or (
                    "value" in shape and not plan.value
                ):
                    continue
                if len(expected(self.shop, plan.said)) >= 2:
                    plan.tags.append(shape)
                    return plan

    def _none(self) -> Plan:
        rng = self.rng
        why = rng.choices(list(NONE_SHARES), list(NONE_SHARES.values()))[0]
        if why == "unsold_brand":
            brand = rng.choice(UNSOLD)
            self.brands.setdefault(brand.name, brand)
            item = rng.choice(self.shop.items)
            plan = self._plan(item, value=rng.random() < 0.4, size=False, family=True)
            plan.said = replace(plan.said, brand=brand.name)
            plan.brand = brand.name
            plan.tags.append(why)
            return plan
        thing = rng.choice(self.near if why == "near_miss" else self.things)
        plan = Plan(Said(thing=thing), noun=thing, tags=[why])
        if why == "brand_elsewhere" or (why == "near_miss" and rng.random() < 0.3):
            plan.brand = rng.choice(self.shop.brands)
            plan.said = replace(plan.said, brand=plan.brand)
        return plan

    def _plan(self, item: Item, brand: bool = True, value: bool = True, size: bool = True,
              family: bool = False, canonical: bool = False) -> Plan:  # fmt: skip
        rng, shop, lang = self.rng, self.shop, self.lang
        kind = shop.goods[item.kind]
        tags: list[str] = []
        plan = Plan(Said(), kind=item.kind, tags=tags)
        nouns = names(kind, lang)
        alone = value and item.variant >= 0 and kind.values[item.variant].alone
        if alone and not canonical and rng.random() < 0.3:
            bare = [n for n in value_names(kind, item.variant, lang)
                    if not n.startswith(("de ", "d'", "du ", "à ", "au "))]  # fmt: skip
            plan.value = rng.choice(bare)
            kinds = kinds_for_value(shop, lang, plan.value)
            tags.append("value_alone")
        else:
            plan.noun = nouns[0] if canonical or rng.random() < 0.6 else rng.choice(nouns)
            if plan.noun != nouns[0]:
                tags.append("alt_noun")
            kinds = kinds_for(shop, lang, plan.noun)
        plan.said = Said(kinds=kinds)
        if brand:
            plan.brand = item.brand
            plan.said = replace(plan.said, brand=item.brand)
        if value and item.variant >= 0 and not plan.value:
            options = value_names(kind, item.variant, lang)
            plan.value = options[0] if canonical or rng.random() < 0.65 else rng.choice(options)
            if plan.value != options[0]:
                tags.append("alt_value")
        if plan.value:
            plan.said = replace(plan.said, values=values_for(shop, lang, kinds, plan.value))
        if not family and not canonical and plan.noun and plan.value and rng.random() < 0.12:
            unvalued = replace(plan.said, values=None)
            if len(expected(shop, unvalued)) == len(expected(shop, plan.said)):
                plan.value, plan.said = "", unvalued
                tags.append("no_value")
        if not size:
            return plan
        if len(kind.sizes) == 1:
            tags.append("one_size")
            return plan
        quiet = not family and not canonical and rng.random() < 0.12
        if quiet and len(expected(shop, plan.said)) == 1:
            tags.append("no_size")
            return plan
        if kind.measured and not canonical and not family and rng.random() < 0.08:
            worded = self._size_word(plan, item)
            if worded:
                return worded
        label = kind.sizes[item.size][lang]
        ways = size_ways(label, self.code)
        if canonical:
            text, tag = ways[0]
        else:
            ways = [w for w in ways if w[1] in SIZE_WAYS]
            text, tag = rng.choices(ways, [SIZE_WAYS[t] for _, t in ways])[0]
        if tag != "plain":
            tags.append(f"{tag}_size" if tag == "trade" else tag)
        plan.size, plan.size_label = text, label
        plan.said = replace(plan.said, sizes=sizes_for(shop, lang, kinds, text))
        return plan

    def _size_word(self, plan: Plan, item: Item) -> Plan | None:
        """« le plus grand modèle », "the smallest size": the largest or smallest size left."""
        which = self.rng.choice(("large", "small"))
        left = expected(self.shop, plan.said)
        sizes = extreme_sizes(self.shop, self.lang, left, which)
        if (item.kind, item.size) not in sizes or len({i.size for i in left}) < 2:
            return None
        plan.size = self.rng.choice(phrases.SIZE_WORDS[(self.code, which)])
        plan.said = replace(plan.said, sizes=sizes)
        plan.tags.append("size_word")
        return plan


# The tags that say how a request was formed, not noise.
FORMS = {"carrier", "context", "closing", "determiner", "quantity", "alt_noun", "alt_value",
         "value_alone", "no_value", "one_size", "no_size", "size_word", "trade_size", "unit_words",
         "value_link", "value_moved", "brand_after", "brand_link", "brand_inside",
         "brand_possessive", "size_first", "size_link", *FAMILY_SHAPES, *NONE_SHARES}  # fmt: skip
assert not FORMS & NOISE_TAGS


@dataclass
class YonderSet(GeneratedSet):
    """The half, with what each query said (``said[n]`` for ``queries[n]``)."""

    said: list[Said] = field(default_factory=list)


def generate_yonder(seed: int, per_shop: int = QUERIES_PER_SHOP) -> YonderSet:
    """The yonder half: its own shops, brands and queries, the same for the same seed."""
    rng = random.Random(f"{seed}:{YONDER}")
    shops: list[YonderShop] = []
    sold: list[dict[str, Brand]] = []
    for number, kind in enumerate(SHOP_KINDS):
        chosen = rng.sample(BRANDS[kind], rng.randint(5, 7))
        sold.append({b.name: b for b in chosen})
        shops.append(build_yonder_shop(f"y{number}-{kind}", kind, chosen, rng))
    catalogs: dict[tuple[str, str], Catalog] = {}
    queries: list[GenQuery] = []
    said: list[Said] = []
    for shop, brands in zip(shops, sold, strict=True):
        for locale in LOCALES:
            lang = LOCALES.index(locale)
            catalogs[(shop.name, locale)] = shop.catalog(locale)
            maker = YonderMaker(shop, locale, rng, dict(brands), elsewhere(shop, lang, shops),
                                near_misses(shop, lang))  # fmt: skip
            for _ in range(per_shop):
                query, what = maker.make()
                queries.append(query)
                said.append(what)
    return YonderSet(YONDER, list(shops), catalogs, queries, said)
