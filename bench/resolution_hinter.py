"""The *hinter* half of :mod:`bench.resolution_gen`: a first look at how the resolver does on shops
and phrasings nobody tuned on, written by a hand that copied no other half's lists.

Four trades no other half has: a home-brewing supplies shop, a chocolate maker's shop, a
motorcycle-gear shop and a dive shop (:mod:`bench.resolution_hinter_stock`,
:mod:`bench.resolution_hinter_gear`), 40-60 products each from six or seven invented makers
(:mod:`bench.resolution_hinter_makers`), the same ids in fr-FR and en-US, titles laid out three ways
(:mod:`bench.resolution_hinter_shop`). Queries: about 60 % exact, 20 % family (maker + ware, ware
alone where several makers sell it, ware + value, maker + ware + value), 20 % none (a maker of the
trade the shop does not carry, a thing of the trade it does not stock, a thing of another trade, a
maker's value it does not make). A shopper's words (:mod:`bench.resolution_hinter_voice`: requests,
sizes said the trade's way, :mod:`bench.resolution_hinter_numbers`) go through a recogniser of its
own (:mod:`bench.resolution_hinter_ear`). About a third of the queries carry no noise; the others
one to three. Each expectation is every product consistent with what the shopper meant.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

from bench.resolution_gen import HINTER, LOCALES, QUERIES_PER_SHOP, GeneratedSet, GenQuery
from bench.resolution_hinter_ear import EAR_NOISE, Ear
from bench.resolution_hinter_makers import MAKERS, UNSOLD, Maker
from bench.resolution_hinter_shop import (
    HinterShop,
    Meant,
    build_shop,
    elsewhere,
    expected,
    unstocked,
)
from bench.resolution_hinter_voice import SPEECH_NOISE, Voice
from catalog.model import Catalog

SHOP_KINDS = ("brassage", "chocolaterie", "moto", "plongée")
MIX = {"none": 0.2, "family": 0.2}  # the rest exact
NONE_WHY = {"unsold_maker": 40, "unstocked": 25, "other_trade": 20, "missing_value": 15}
FAMILY_SHAPES = {"maker_ware": 40, "ware_only": 22, "ware_value": 18, "maker_ware_value": 20}
NOISE_COUNT = {0: 34, 1: 36, 2: 20, 3: 10}
NOISE_KINDS = SPEECH_NOISE + EAR_NOISE


@dataclass
class HinterSet(GeneratedSet):
    """The half, with what each query meant (``meant[n]`` for ``queries[n]``)."""

    meant: list[Meant] = field(default_factory=list)


class Asker:
    """The queries of one shop in one locale."""

    def __init__(self, shop: HinterShop, locale: str, rng: random.Random, things: list[str],
                 near: list[str]) -> None:  # fmt: skip
        self.shop, self.locale, self.rng = shop, locale, rng
        self.things, self.near = things, near
        self.code = ("fr", "en")[LOCALES.index(locale)]
        self.unsold = list(UNSOLD[shop.kind])
        makers = {**shop.makers, **{m.name: m for m in self.unsold}}
        self.voice = Voice(shop, self.code, rng, makers)
        self.ear = Ear(self.code, rng, makers)

    def ask(self) -> tuple[GenQuery, Meant]:
        roll = self.rng.random()
        if roll < MIX["none"]:
            (meant, thing, tags), kind = self._none(), "none"
        elif roll < MIX["none"] + MIX["family"]:
            (meant, thing, tags), kind = self._family(), "family"
        else:
            (meant, thing, tags), kind = self._exact(), "exact"
        text, said = self._speak(meant, thing)
        expect = frozenset(i.id for i in expected(self.shop, meant))
        return GenQuery(self.locale, text, expect, kind, self.shop.name, tuple(tags + said)), meant

    def _speak(self, meant: Meant, thing: str) -> tuple[str, list[str]]:
        rng = self.rng
        count = rng.choices(list(NOISE_COUNT), list(NOISE_COUNT.values()))[0]
        kinds = rng.sample(NOISE_KINDS, len(NOISE_KINDS))
        slips = {k for k in kinds[:count] if k in SPEECH_NOISE}
        words, tags = self.voice.say(meant, slips, thing)
        done = sum(t in SPEECH_NOISE for t in tags)
        for kind in kinds:
            if done >= count:
                break
            if kind in SPEECH_NOISE:
                continue
            heard = self.ear.hear(words, kind)
            if heard is not None:
                words = heard
                tags.append(kind)
                done += 1
        text = " ".join(" ".join(w.text for w in words).lower().split())
        return text, tags

    # --- what is meant ----------------------------------------------------------------------
    def _exact(self) -> tuple[Meant, str, list[str]]:
        rng, shop = self.rng, self.shop
        item = rng.choice(shop.items)
        ware = shop.wares[item.kind]
        full = Meant(item.kind, item.brand, item.variant, item.size if len(ware.sizes) > 1 else -1)
        meant, tags = full, []
        for part, chance in (("brand", 0.12), ("value", 0.15), ("size", 0.2)):
            lighter = replace(meant, **{part: "" if part == "brand" else -1})
            said = getattr(meant, part) not in ("", -1) and rng.random() < chance
            if said and [i.id for i in expected(shop, lighter)] == [item.id]:
                meant = lighter
                tags.append(f"no_{'maker' if part == 'brand' else part}")
        if meant.size >= 0 and ware.ordered and rng.random() < 0.12:
            ends = replace(meant, size=-1, extreme="big" if rng.random() < 0.5 else "small")
            left = expected(shop, replace(meant, size=-1))
            if len({i.size for i in left}) > 1 and [i.id for i in expected(shop, ends)] == [
                item.id
            ]:
                meant = ends
        assert [i.id for i in expected(shop, meant)] == [item.id]
        return meant, "", tags

    def _family(self) -> tuple[Meant, str, list[str]]:
        rng, shop = self.rng, self.shop
        while True:
            shape = rng.choices(list(FAMILY_SHAPES), list(FAMILY_SHAPES.values()))[0]
            for _ in range(40):
                item = rng.choice(shop.items)
                meant = Meant(item.kind, item.brand if "maker" in shape else "",
                              item.variant if "value" in shape else -1)  # fmt: skip
                if "value" in shape and item.variant < 0:
                    continue
                found = expected(shop, meant)
                if shape == "ware_only" and len({i.brand for i in found}) < 2:
                    continue
                if len(found) >= 2:
                    return meant, "", [shape]

    def _none(self) -> tuple[Meant, str, list[str]]:
        rng, shop = self.rng, self.shop
        why = rng.choices(list(NONE_WHY), list(NONE_WHY.values()))[0]
        if why == "unsold_maker":
            item = rng.choice(shop.items)
            value = item.variant if rng.random() < 0.4 else -1
            return Meant(item.kind, rng.choice(self.unsold).name, value), "", [why]
        if why == "missing_value":
            for _ in range(60):
                item = rng.choice(shop.items)
                values = range(len(shop.wares[item.kind].values))
                missing = [v for v in values if not expected(shop, Meant(item.kind, item.brand, v))]
                if missing:
                    return Meant(item.kind, item.brand, rng.choice(missing)), "", [why]
            why = "unstocked"
        thing = rng.choice(self.near if why == "unstocked" else self.things)
        brand = rng.choice(shop.brands) if rng.random() < 0.3 else ""
        tags = [why] + (["with_maker"] if brand else [])
        return Meant(brand=brand, thing=thing), thing, tags


# The tags that say how a request was formed; the others are noise.
FORMS = {"carrier", "opener", "closing", "quantity", "other_name", "other_value", "value_words",
         "size_digits", "size_words", "size_trade", "size_extreme", "size_first", "maker_before",
         "maker_after", "maker_inside", "maker_front", "maker_possessive", "no_maker", "no_value",
         "no_size", "with_maker", *FAMILY_SHAPES, *NONE_WHY}  # fmt: skip
assert not FORMS & set(NOISE_KINDS)


def generate_hinter(seed: int, per_shop: int = QUERIES_PER_SHOP) -> HinterSet:
    """The hinter half: its own shops, makers and queries, the same for the same seed."""
    rng = random.Random(f"{seed}:{HINTER}")
    shops: list[HinterShop] = []
    for number, kind in enumerate(SHOP_KINDS):
        makers: list[Maker] = rng.sample(list(MAKERS[kind]), rng.randint(6, 7))
        shops.append(build_shop(f"h{number}-{kind}", kind, makers, rng))
    catalogs: dict[tuple[str, str], Catalog] = {}
    queries: list[GenQuery] = []
    meant: list[Meant] = []
    for shop in shops:
        for locale in LOCALES:
            lang = LOCALES.index(locale)
            catalogs[(shop.name, locale)] = shop.catalog(locale)
            asker = Asker(shop, locale, rng, elsewhere(shop, lang, shops), unstocked(shop, lang))
            for _ in range(per_shop):
                query, what = asker.ask()
                queries.append(query)
                meant.append(what)
    return HinterSet(HINTER, list(shops), catalogs, queries, meant)
