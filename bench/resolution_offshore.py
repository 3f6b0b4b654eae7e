"""The offshore half: tea-merchant, parapharmacy, party-supplies and picture-framing shops, built
as an outsider builds a hidden test set, every list written for it alone.

Each shop carries 40 to 60 products of six invented makers (:mod:`bench.resolution_offshore_tea`,
:mod:`bench.resolution_offshore_party`), titled as their suppliers' feeds write them, the same ids
in fr-FR (EUR) and en-US (USD). Each query starts from what the shopper means
(:mod:`bench.resolution_offshore_meaning`: one product, several, or nothing the shop sells), its
expected ids are every product that fits that meaning, and only then is it said
(:mod:`bench.resolution_offshore_voice`), in the shared set's mix of kinds.
"""

from __future__ import annotations

import random

from bench.resolution_gen import LOCALES, GeneratedSet, GenQuery, Shop
from bench.resolution_offshore_meaning import Intent, exact, family, nothing, schedule
from bench.resolution_offshore_model import Trade, catalogs, shop_of, stock
from bench.resolution_offshore_party import FRAMING, PARTY
from bench.resolution_offshore_tea import PARAPHARMACY, TEA
from bench.resolution_offshore_voice import say
from catalog.model import Catalog

TRADES: tuple[Trade, ...] = (TEA, PARAPHARMACY, PARTY, FRAMING)


def offshore_queries(seed: int, per_shop: int) -> tuple[GeneratedSet, list[Intent]]:
    """The half and, query by query, the intent each was said from (for the tests)."""
    shops: list[Shop] = []
    made: dict[tuple[str, str], Catalog] = {}
    queries: list[GenQuery] = []
    intents: list[Intent] = []
    for number, trade in enumerate(TRADES):
        name = f"o{number}-{trade.kind}"
        rng = random.Random(f"{seed}:offshore:{name}:stock")
        products = stock(trade, name, rng)
        shops.append(shop_of(trade, name, products))
        made[(name, LOCALES[0])], made[(name, LOCALES[1])] = catalogs(trade, products, rng)
        for lang, locale in enumerate(LOCALES):
            rng = random.Random(f"{seed}:offshore:{name}:{locale}")
            for kind in schedule(per_shop, rng) if per_shop else []:
                if kind == "exact":
                    intent = exact(products, rng)
                elif kind == "family":
                    intent = family(products, rng)
                else:
                    intent = nothing(trade, products, lang, rng)
                text, noise = say(intent, trade, lang, rng)
                queries.append(GenQuery(locale, text, intent.expect, intent.kind, name, noise))
                intents.append(intent)
    return GeneratedSet("offshore", shops, made, queries), intents


def generate_offshore(seed: int, per_shop: int) -> GeneratedSet:
    """The offshore half's shops, catalogs and ``per_shop`` queries per shop and locale."""
    return offshore_queries(seed, per_shop)[0]
