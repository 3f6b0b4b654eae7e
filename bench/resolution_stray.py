"""The *stray* half of :mod:`bench.resolution_gen`: a tuning half built as an outsider builds a
hidden test set, by a hand that read neither the resolver nor the other halves' noise.

Four kinds of shop no other half has (:mod:`bench.resolution_stray_goods`): an épicerie fine, a
bicycle-parts shop, an essential-oils and herbalist shop and a yarn and knitting shop; each a
Google-Merchant-like feed of 120-250 products (:mod:`bench.resolution_stray_feed`) from 8-10
invented brands (:mod:`bench.resolution_stray_brands`), the same ids in fr-FR and en-US. Queries
in the shared set's mix (about 64 % exact, 22 % family, 14 % none: a brand the shop does not sell
with one of its products, or a thing of another shop), short and spoken, most after a carrier
phrase (:mod:`bench.resolution_stray_phrases`), sizes said the way of each trade
(:mod:`bench.resolution_stray_say`), and a recogniser of its own
(:mod:`bench.resolution_stray_ear`); about a third of the queries carry no noise. Every
expectation is every product consistent with what the shopper said
(:mod:`bench.resolution_stray_meant`), whatever the recogniser wrote.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

from bench import resolution_stray_phrases as phrases
from bench.resolution_gen import LOCALES, QUERIES_PER_SHOP, STRAY, GeneratedSet, GenQuery, Item
from bench.resolution_stray_brands import BRANDS, UNSOLD, Brand
from bench.resolution_stray_ear import Ear
from bench.resolution_stray_feed import (
    StrayShop,
    build_stray_shop,
    elsewhere,
    names,
    shop_words,
    value_names,
)
from bench.resolution_stray_meant import (
    Said,
    expected,
    extreme_sizes,
    kinds_for,
    sizes_for,
    variants_for,
    words,
)
from bench.resolution_stray_say import size_ways
from bench.resolution_stray_speak import NOISE_TAGS, Speaker
from catalog.model import Catalog

OTHER_HALVES = ("tune", "held", "dev", "fresh", "wide", "far", "casual", "spoken", "mirror",
                "mimic", "novel", "outer")  # fmt: skip
SHOP_KINDS = ("epicerie", "velo", "herbo", "tricot")
MIX = {"none": 0.14, "family": 0.22}  # the rest exact: the shared set's 0.14 / 0.22 / 0.64
NONE_UNSOLD_BRAND = 0.38  # the shared set: 40 of its 114 none requests
FAMILY_SHAPES = {
    "brand_noun": 45,
    "noun_value": 20,
    "brand_noun_value": 25,
    "brand_partial_size": 10,
}


@dataclass
class Plan:
    """What will be said, word by word, and what it means."""

    said: Said
    brand: str = ""
    noun: str = ""
    value: str = ""
    size: str = ""
    size_label: str = ""
    organic: bool = False
    tags: list[str] = field(default_factory=list)


class StrayMaker:
    def __init__(self, shop: StrayShop, locale: str, rng: random.Random, things: list[str],
                 brands: dict[str, Brand]) -> None:  # fmt: skip
        self.shop, self.locale, self.rng, self.things, self.brands = (
            shop,
            locale,
            rng,
            things,
            brands,
        )
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
        return self._say(plan, kind), plan.said

    # --- what is asked for ----------------------------------------------------------------------
    def _exact(self) -> Plan:
        while True:
            item = self.rng.choice(self.shop.items)
            for attempt in range(6):
                plan = self._plan(item, canonical=attempt == 5)
                if len(expected(self.shop, plan.said)) == 1:
                    return plan

    def _family(self) -> Plan:
        """Several products fit: a shape drawn first, then products until one fits it (a shop
        without two sizes of one rim for a brand has no "29 pouces" family)."""
        rng = self.rng
        while True:
            shape = rng.choices(list(FAMILY_SHAPES), list(FAMILY_SHAPES.values()))[0]
            for _ in range(60):
                item = rng.choice(self.shop.items)
                plan = self._plan(
                    item,
                    brand="brand" in shape,
                    value="value" in shape,
                    size="size" in shape,
                    partial=shape == "brand_partial_size",
                )
                if shape == "brand_partial_size" and not plan.said.sizes:
                    continue
                if len(expected(self.shop, plan.said)) >= 2:
                    plan.tags.append(shape)
                    return plan

    def _none(self) -> Plan:
        rng = self.rng
        if rng.random() < NONE_UNSOLD_BRAND:
            brand = rng.choice(UNSOLD)
            self.brands.setdefault(brand.name, brand)
            plan = self._plan(rng.choice(self.shop.items), value=rng.random() < 0.4, size=False)
            plan.said = replace(plan.said, brand=brand.name)
            plan.brand = brand.name
            plan.tags.append("unsold_brand")
            return plan
        thing = rng.choice(self.things)
        return Plan(Said(thing=thing), noun=thing, tags=["elsewhere"])

    def _plan(self, item: Item, brand: bool = True, value: bool = True, size: bool = True,
              partial: bool = False, canonical: bool = False) -> Plan:  # fmt: skip
        rng, shop, code = self.rng, self.shop, self.code
        kind = shop.goods[item.kind]
        tags: list[str] = []
        nouns = names(kind, code)
        noun = nouns[0] if canonical or rng.random() < 0.6 else rng.choice(nouns)
        if noun != nouns[0]:
            tags.append(_other_name(noun, nouns[0], "noun"))
        kinds = kinds_for(shop, code, noun)
        plan = Plan(Said(kinds=kinds), noun=noun, tags=tags)
        if brand:
            plan.brand = item.brand
            plan.said = replace(plan.said, brand=item.brand)
            if item.brand in shop.organic and rng.random() < 0.3 and not canonical:
                plan.organic = True
                plan.said = replace(plan.said, organic=True)
                tags.append("organic")
        if value and item.variant >= 0:
            known = kind.values[item.variant]
            options = value_names(known, code)
            plan.value = options[0] if canonical or rng.random() < 0.65 else rng.choice(options)
            if known.latin and not canonical and rng.random() < 0.15:
                plan.value = known.latin
                tags.append("latin")
            elif plan.value != options[0]:
                tags.append(_other_name(plan.value, options[0], "value"))
            plan.said = replace(plan.said, variants=variants_for(shop, code, kinds, plan.value))
        if not size:
            return plan
        if len(kind.sizes) == 1:
            tags.append("one_size")
            return plan
        quiet = not canonical and not partial and rng.random() < 0.12
        if quiet and len(expected(shop, plan.said)) == 1:
            tags.append("no_size")
            return plan
        if kind.measured and not canonical and not partial and rng.random() < 0.08:
            worded = self._size_word(plan, item)
            if worded:
                return worded
        label = kind.sizes[item.size][self.lang]
        ways = size_ways(label, code)
        if partial:
            ways = [w for w in ways if w[1] == "partial"] or [("", "")]
        elif canonical:
            ways = ways[:1]
        else:
            weights = {"plain": 70, "trade": 22, "partial": 8, "number_words": 0}
            ways = [rng.choices(ways, [weights[t] for _, t in ways])[0]]
        text, tag = ways[0]
        if not text:
            plan.said = replace(plan.said, sizes=frozenset())
            return plan
        if tag in ("trade", "partial"):
            tags.append(f"{tag}_size")
        plan.size, plan.size_label = text, label
        plan.said = replace(plan.said, sizes=sizes_for(shop, code, kinds, text))
        return plan

    def _size_word(self, plan: Plan, item: Item) -> Plan | None:
        """« le grand pot », "the small bottle": the largest or smallest size left."""
        which = self.rng.choice(("large", "small"))
        left = expected(self.shop, plan.said)
        sizes = extreme_sizes(self.shop, self.lang, left, which)
        if (item.kind, item.size) not in sizes or len({i.size for i in left}) < 2:
            return None
        container = self.shop.goods[item.kind].container[self.lang]
        options = [w for w in phrases.SIZE_WORDS[(self.code, which)] if container or "{c}" not in w]
        plan.size = self.rng.choice(options).format(c=container)
        plan.said = replace(plan.said, sizes=sizes)
        plan.tags.append("size_word")
        return plan

    def _say(self, plan: Plan, kind: str) -> GenQuery:
        text, tags = self.speaker.say(plan)
        expect = frozenset(i.id for i in expected(self.shop, plan.said))
        return GenQuery(self.locale, text, expect, kind, self.shop.name, tuple(tags))


def _other_name(said: str, feed: str, what: str) -> str:
    """``alt_noun`` for another way of saying the feed's words (« pneu de route »);
    ``synonym_noun`` for a name sharing no word with the feed's ("evoo", « immortelle »), which
    only a resolver that knows the trade can read."""
    return (
        f"alt_{what}" if words(said) & words(feed) - {"de", "d", "a", "of"} else f"synonym_{what}"
    )


# The tags that say how a request was formed, not noise.
FORMS = {"carrier", "closing", "determiner", "quantity", "alt_noun", "alt_value", "latin",
         "synonym_noun", "synonym_value",
         "organic", "one_size", "no_size", "size_word", "trade_size", "partial_size",
         "value_moved", "brand_after", "brand_inside", "brand_link", "size_first", "size_between",
         *FAMILY_SHAPES, "unsold_brand", "elsewhere"}  # fmt: skip
assert not FORMS & NOISE_TAGS


@dataclass
class StraySet(GeneratedSet):
    """The half, with what each query said (``said[n]`` for ``queries[n]``)."""

    said: list[Said] = field(default_factory=list)


def generate_stray(seed: int, per_shop: int = QUERIES_PER_SHOP) -> StraySet:
    """The stray half: its own shops, brands and queries, the same for the same seed."""
    rng = random.Random(f"{seed}:{STRAY}")
    shops: list[StrayShop] = []
    sold: list[dict[str, Brand]] = []
    for number, kind in enumerate(SHOP_KINDS):
        chosen = rng.sample(BRANDS[kind], rng.randint(8, 10))
        sold.append({b.name: b for b in chosen})
        shops.append(build_stray_shop(f"s{number}-{kind}", kind, chosen, rng))
    catalogs: dict[tuple[str, str], Catalog] = {}
    queries: list[GenQuery] = []
    said: list[Said] = []
    for shop, brands in zip(shops, sold, strict=True):
        for locale in LOCALES:
            catalogs[(shop.name, locale)] = shop.catalog(locale)
            things = elsewhere(shop, LOCALES.index(locale), shops)
            maker = StrayMaker(shop, locale, rng, things, dict(brands))
            for _ in range(per_shop):
                query, what = maker.make()
                queries.append(query)
                said.append(what)
    return StraySet(STRAY, list(shops), catalogs, queries, said)
