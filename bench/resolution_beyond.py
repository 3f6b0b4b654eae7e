"""The *beyond* half of :mod:`bench.resolution_gen`: an honest first look at how the resolver does
on shops and phrasings nobody tuned on, built as an outsider builds a hidden test set, by a hand
that copied no other half's lists.

Four trades no other half has (:mod:`bench.resolution_beyond_wares`,
:mod:`bench.resolution_beyond_wares_more`): an archery shop, a radio-controlled-models shop, an
electrical-supplies shop and an astronomy shop; 40-60 products each from five to seven invented
makers (:mod:`bench.resolution_beyond_makers`), the same ids in fr-FR and en-US, titles in the
layout each shop uses for each language (:mod:`bench.resolution_beyond_shop`). Queries in the
shared set's mix: about 64 % exact, 22 % family (maker + ware, ware alone, ware + value, maker +
ware + value), 14 % none (a maker of the trade the shop does not carry, a ware of the trade it does
not stock, a thing of another trade, a value or a size the maker does not make). A shopper's words
(:mod:`bench.resolution_beyond_voice`, :mod:`bench.resolution_beyond_phrases`, sizes the trade's
way from :mod:`bench.resolution_beyond_sizes`) go through a recogniser of its own
(:mod:`bench.resolution_beyond_ear`). About a third of the queries carry no noise, the others one
to three. Each expectation is every product consistent with what the shopper meant.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

from bench.resolution_beyond_ear import EAR_NOISE, Ear
from bench.resolution_beyond_makers import MAKERS, UNSOLD, Maker
from bench.resolution_beyond_shop import (
    BeyondShop,
    Wish,
    build_shop,
    elsewhere,
    matches,
    unstocked,  # fmt: skip
)
from bench.resolution_beyond_voice import SPEECH_NOISE, Tok, Voice
from bench.resolution_gen import BEYOND, LOCALES, QUERIES_PER_SHOP, GeneratedSet, GenQuery
from catalog.model import Catalog

SHOP_KINDS = ("tiralarc", "modelisme", "electricite", "astronomie")
MIX = {"none": 0.14, "family": 0.22}  # the rest exact, as in shared/data/resolution
FAMILY_SHAPES = {"maker_ware": 40, "ware_only": 22, "ware_value": 18, "maker_ware_value": 20}
NONE_WHY = {"unsold_maker": 34, "unstocked": 22, "other_trade": 22, "missing_value": 12,
            "missing_size": 10}  # fmt: skip
NOISE_COUNT = {0: 33, 1: 37, 2: 20, 3: 10}
NOISES = SPEECH_NOISE + EAR_NOISE
# The tags that say how a request was formed; the others are noise.
FORMS = frozenset({"carrier", "closing", "for_whom", "ware_alt", "value_alt", "value_moved",
                   "size_digits", "size_words", "size_trade", "size_first", "size_last",
                   "maker_first", "maker_inside", "maker_after", "no_maker", "no_value",
                   "no_size", "with_maker", *FAMILY_SHAPES, *NONE_WHY})  # fmt: skip
assert not FORMS & set(NOISES)


@dataclass
class BeyondSet(GeneratedSet):
    """The half, with what each query meant (``meant[n]`` for ``queries[n]``)."""

    meant: list[Wish] = field(default_factory=list)


class Asker:
    """The queries of one shop in one locale: a wish, then the words, then what is heard."""

    def __init__(self, shop: BeyondShop, locale: str, rng: random.Random) -> None:
        self.shop, self.locale, self.rng = shop, locale, rng
        lang = LOCALES.index(locale)
        code = ("fr", "en")[lang]
        self.unsold = [m.name for m in UNSOLD[shop.kind]]
        makers = {**shop.makers, **{m.name: m for m in UNSOLD[shop.kind]}}
        self.voice = Voice(shop, code, rng, makers)
        self.ear = Ear(code, rng, makers)
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
        """The words with as many noises as drawn: the shopper's slips first, then the
        recogniser's, each kind tried in a random order until the count is reached."""
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
        return _written(words), tags

    # --- what is meant ----------------------------------------------------------------------
    def _exact(self) -> tuple[Wish, list[str]]:
        rng, shop = self.rng, self.shop
        item = rng.choice(shop.items)
        ware = shop.wares[item.kind]
        wish = Wish(item.kind, item.brand, item.variant, item.size if ware.sized else -1)
        tags = []
        for part, chance in (("brand", 0.1), ("value", 0.15), ("size", 0.12)):
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
            for _ in range(60):
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
            value = item.variant if rng.random() < 0.4 else -1
            sized = shop.wares[item.kind].sized and rng.random() < 0.3
            return Wish(item.kind, rng.choice(self.unsold), value, item.size if sized else -1), [
                why
            ]
        if why in ("missing_value", "missing_size"):
            wish = self._missing(why.removeprefix("missing_"))
            if wish is not None:
                return wish, [why]
            why = "unstocked"
        thing = rng.choice(self.unstocked if why == "unstocked" else self.elsewhere)
        brand = rng.choice(shop.brands) if rng.random() < 0.3 else ""
        return Wish(brand=brand, thing=thing), [why] + (["with_maker"] if brand else [])

    def _missing(self, part: str) -> Wish | None:
        """A value or a size of a ware the maker makes, but not in that value or size."""
        rng, shop = self.rng, self.shop
        for _ in range(80):
            item = rng.choice(shop.items)
            ware = shop.wares[item.kind]
            count = len(ware.values) if part == "value" else len(ware.sizes) if ware.sized else 0
            missing = [n for n in range(count)
                       if not matches(shop, Wish(item.kind, item.brand, **{part: n}))]  # fmt: skip
            if missing:
                return Wish(item.kind, item.brand, **{part: rng.choice(missing)})
        return None


def _written(words: list[Tok]) -> str:
    return " ".join(" ".join(t.text for t in words).lower().split())


def generate_beyond(seed: int, per_shop: int = QUERIES_PER_SHOP) -> BeyondSet:
    """The beyond half: its own shops, makers and queries, the same for the same seed."""
    rng = random.Random(f"{seed}:{BEYOND}")
    shops: list[BeyondShop] = []
    for number, trade in enumerate(SHOP_KINDS):
        makers: list[Maker] = rng.sample(list(MAKERS[trade]), rng.randint(5, 7))
        shops.append(build_shop(f"b{number}-{trade}", trade, makers, rng))
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
    return BeyondSet(BEYOND, list(shops), catalogs, queries, meant)
