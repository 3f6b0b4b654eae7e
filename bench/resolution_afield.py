"""The *afield* half of :mod:`bench.resolution_gen`: a first look at how the resolver does on shops
and phrasings nobody tuned on, built as an outsider builds a hidden test set, by a hand that copied
no other half's lists.

Four trades no other half has (:mod:`bench.resolution_afield_wares`,
:mod:`bench.resolution_afield_wares_more`): a climbing and mountaineering shop, a pottery and
ceramics supplier, a watch-parts and straps shop and a marine chandlery; 40-60 products each from
five to seven invented makers (:mod:`bench.resolution_afield_makers`), the same ids in fr-FR and
en-US, titles in three layouts per language (:mod:`bench.resolution_afield_shop`). Queries in the
shared set's mix: about 64 % exact, 22 % family (maker + ware, ware alone, ware + value, maker +
ware + value), 14 % none (a maker of the trade the shop does not carry, a ware of the trade it does
not stock, a ware of another trade, a value or a size the maker does not make). A shopper's words
(:mod:`bench.resolution_afield_voice`: openings and closings of its own, sizes the trade's way,
:mod:`bench.resolution_afield_sizes`, numbers in words, self-corrections) go through a recogniser
of its own (:mod:`bench.resolution_afield_ear`). About a third of the queries carry no noise, the
others one to three. Each expectation is every product consistent with what the shopper meant.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

from bench.resolution_afield_ear import EAR_NOISE, Ear
from bench.resolution_afield_makers import MAKERS, UNSOLD, Maker
from bench.resolution_afield_shop import (
    AfieldShop,
    Wish,
    build_shop,
    elsewhere,
    matches,
    unstocked,
)
from bench.resolution_afield_voice import SPEECH_NOISE, Voice
from bench.resolution_gen import AFIELD, LOCALES, QUERIES_PER_SHOP, GeneratedSet, GenQuery
from catalog.model import Catalog

SHOP_KINDS = ("escalade", "poterie", "horlogerie", "accastillage")
MIX = {"none": 0.14, "family": 0.22}  # the rest exact, as in shared/data/resolution
FAMILY_SHAPES = {"maker_ware": 42, "ware_only": 20, "ware_value": 18, "maker_ware_value": 20}
NONE_WHY = {"unsold_maker": 36, "unstocked": 22, "other_trade": 22, "missing_value": 12,
            "missing_size": 8}  # fmt: skip
NOISE_COUNT = {0: 33, 1: 37, 2: 20, 3: 10}
NOISES = SPEECH_NOISE + EAR_NOISE
# The tags that say how a request was formed; the others are noise.
FORMS = frozenset({"carrier", "closing", "ware_alt", "value_alt", "value_words", "code_said",
                   "value_after", "size_digits", "size_words", "size_trade", "size_first",
                   "maker_first", "maker_after", "maker_inside", "maker_linked", "no_maker",
                   "no_value", "no_size", "with_maker", *FAMILY_SHAPES, *NONE_WHY})  # fmt: skip
assert not FORMS & set(NOISES)


@dataclass
class AfieldSet(GeneratedSet):
    """The half, with what each query meant (``meant[n]`` for ``queries[n]``)."""

    meant: list[Wish] = field(default_factory=list)


class Asker:
    """The queries of one shop in one locale."""

    def __init__(self, shop: AfieldShop, locale: str, rng: random.Random) -> None:
        self.shop, self.locale, self.rng = shop, locale, rng
        lang = LOCALES.index(locale)
        self.code = ("fr", "en")[lang]
        self.unsold = [m.name for m in UNSOLD[shop.kind]]
        makers = {**shop.makers, **{m.name: m for m in UNSOLD[shop.kind]}}
        self.voice = Voice(shop, self.code, rng, makers)
        self.ear = Ear(self.code, rng, makers)
        self.elsewhere, self.unstocked = elsewhere(shop.kind, lang), unstocked(shop.kind, lang)

    def ask(self) -> tuple[GenQuery, Wish]:
        roll = self.rng.random()
        if roll < MIX["none"]:
            (wish, tags), kind = self._none(), "none"
        elif roll < MIX["none"] + MIX["family"]:
            (wish, tags), kind = self._family(), "family"
        else:
            (wish, tags), kind = self._exact(), "exact"
        text, said = self._speak(wish)
        expect = frozenset(i.id for i in matches(self.shop, wish))
        return GenQuery(self.locale, text, expect, kind, self.shop.name, tuple(tags + said)), wish

    def _speak(self, wish: Wish) -> tuple[str, list[str]]:
        rng = self.rng
        count = rng.choices(list(NOISE_COUNT), list(NOISE_COUNT.values()))[0]
        kinds = rng.sample(NOISES, len(NOISES))
        words, tags = self.voice.say(wish, {k for k in kinds[:count] if k in SPEECH_NOISE})
        done = sum(t in SPEECH_NOISE for t in tags)
        for kind in kinds:
            if done >= count:
                break
            if kind in SPEECH_NOISE:
                continue
            heard = self.ear.hear(words, kind)
            if heard is not None:
                words, done = heard, done + 1
                tags.append(kind)
        return " ".join(" ".join(t.text for t in words).lower().split()), tags

    # --- what is meant ----------------------------------------------------------------------
    def _exact(self) -> tuple[Wish, list[str]]:
        rng, shop = self.rng, self.shop
        item = rng.choice(shop.items)
        sized = len(shop.wares[item.kind].sizes) > 1
        wish = Wish(item.kind, item.brand, item.variant, item.size if sized else -1)
        tags = []
        for part, chance in (("brand", 0.1), ("value", 0.15), ("size", 0.15)):
            lighter = replace(wish, **{part: "" if part == "brand" else -1})
            said = getattr(wish, part) not in ("", -1) and rng.random() < chance
            if said and [i.id for i in matches(shop, lighter)] == [item.id]:
                wish = lighter
                tags.append("no_maker" if part == "brand" else f"no_{part}")
        return wish, tags

    def _family(self) -> tuple[Wish, list[str]]:
        rng, shop = self.rng, self.shop
        while True:
            shape = rng.choices(list(FAMILY_SHAPES), list(FAMILY_SHAPES.values()))[0]
            for _ in range(50):
                item = rng.choice(shop.items)
                if "value" in shape and item.variant < 0:
                    continue
                wish = Wish(item.kind, item.brand if "maker" in shape else "",
                            item.variant if "value" in shape else -1)  # fmt: skip
                if len(matches(shop, wish)) >= 2:
                    return wish, [shape]

    def _none(self) -> tuple[Wish, list[str]]:
        rng, shop = self.rng, self.shop
        why = rng.choices(list(NONE_WHY), list(NONE_WHY.values()))[0]
        if why == "unsold_maker":
            item = rng.choice(shop.items)
            value = item.variant if rng.random() < 0.35 else -1
            return Wish(item.kind, rng.choice(self.unsold), value), [why]
        if why in ("missing_value", "missing_size"):
            part = why.removeprefix("missing_")
            for _ in range(80):
                item = rng.choice(shop.items)
                spec = shop.wares[item.kind]
                count = (
                    len(spec.values)
                    if part == "value"
                    else len(spec.sizes)
                    if spec.sizes[0][0]
                    else 0
                )
                missing = [n for n in range(count)
                           if not matches(shop, Wish(item.kind, item.brand, **{part: n}))]  # fmt: skip
                if missing:
                    return Wish(item.kind, item.brand, **{part: rng.choice(missing)}), [why]
            why = "unstocked"
        thing = rng.choice(self.unstocked if why == "unstocked" else self.elsewhere)
        brand = rng.choice(shop.brands) if rng.random() < 0.3 else ""
        return Wish(brand=brand, thing=thing), [why] + (["with_maker"] if brand else [])


def generate_afield(seed: int, per_shop: int = QUERIES_PER_SHOP) -> AfieldSet:
    """The afield half: its own shops, makers and queries, the same for the same seed."""
    rng = random.Random(f"{seed}:{AFIELD}")
    shops: list[AfieldShop] = []
    for number, trade in enumerate(SHOP_KINDS):
        makers: list[Maker] = rng.sample(list(MAKERS[trade]), rng.randint(5, 7))
        shops.append(build_shop(f"a{number}-{trade}", trade, makers, rng))
    catalogs: dict[tuple[str, str], Catalog] = {}
    queries: list[GenQuery] = []
    meant: list[Wish] = []
    for shop in shops:
        for locale in LOCALES:
            catalogs[(shop.name, locale)] = shop.catalog(locale)
            asker = Asker(shop, locale, rng)
            for _ in range(per_shop):
                query, wish = asker.ask()
                queries.append(query)
                meant.append(wish)
    return AfieldSet(AFIELD, list(shops), catalogs, queries, meant)
