"""The remote half: musical-instrument-accessories, baby-and-nursery, car-care-and-auto-parts and
sports-nutrition shops, built as an outsider builds a hidden test set, every list written for it
alone by a hand that read no other half's code nor the resolver's.

Each shop carries 40 to 60 products of six invented makers (:mod:`bench.resolution_remote_music`,
:mod:`bench.resolution_remote_nursery`, :mod:`bench.resolution_remote_garage`,
:mod:`bench.resolution_remote_sport`), titled as their suppliers' feeds write them, the same ids
in fr-FR (EUR) and en-US (USD). Each query starts from what the shopper means
(:mod:`bench.resolution_remote_meaning`: one product, several, or nothing the shop sells), its
expected ids are every product fitting that meaning, and only then is it said
(:mod:`bench.resolution_remote_voice`), in the shared set's mix of kinds.
"""

from __future__ import annotations

import random

from bench.resolution_gen import LOCALES, GeneratedSet, GenQuery, Shop
from bench.resolution_remote_garage import GARAGE
from bench.resolution_remote_meaning import exact, family, nothing, schedule
from bench.resolution_remote_model import Intent, Trade, catalogs, shop_of, stock
from bench.resolution_remote_music import MUSIC
from bench.resolution_remote_nursery import NURSERY
from bench.resolution_remote_sport import SPORT
from bench.resolution_remote_voice import say
from catalog.model import Catalog

TRADES: tuple[Trade, ...] = (MUSIC, NURSERY, GARAGE, SPORT)


def _elsewhere(trade: Trade, lang: int) -> list[str]:
    """The other shops' nouns, as their shoppers say them: another trade's goods."""
    return [w.noun.spoken(lang)[0] for t in TRADES if t is not trade for w in t.wares]


def remote_queries(seed: int, per_shop: int) -> tuple[GeneratedSet, list[Intent]]:
    """The half and, query by query, the intent each was said from (for the tests)."""
    shops: list[Shop] = []
    made: dict[tuple[str, str], Catalog] = {}
    queries: list[GenQuery] = []
    intents: list[Intent] = []
    for number, trade in enumerate(TRADES):
        name = f"r{number}-{trade.kind}"
        rng = random.Random(f"{seed}:remote:{name}:stock")
        products = stock(trade, name, rng)
        shops.append(shop_of(trade, name, products))
        made[(name, LOCALES[0])], made[(name, LOCALES[1])] = catalogs(trade, products, rng)
        for lang, locale in enumerate(LOCALES):
            rng = random.Random(f"{seed}:remote:{name}:{locale}")
            for kind in schedule(per_shop, rng) if per_shop else []:
                if kind == "exact":
                    intent = exact(products, trade, rng)
                elif kind == "family":
                    intent = family(products, trade, rng)
                else:
                    intent = nothing(trade, products, lang, _elsewhere(trade, lang), rng)
                text, tags = say(intent, trade, lang, rng)
                queries.append(GenQuery(locale, text, intent.expect, intent.kind, name, tags))
                intents.append(intent)
    return GeneratedSet("remote", shops, made, queries), intents


def generate_remote(seed: int, per_shop: int) -> GeneratedSet:
    """The remote half's shops, catalogs and ``per_shop`` queries per shop and locale."""
    return remote_queries(seed, per_shop)[0]
