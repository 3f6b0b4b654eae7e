"""The abroad half: household-care, photography, ski-and-snowboard and tiling-and-flooring shops,
built as an outsider builds a hidden test set, a first look at shops and phrasings nobody tuned on.

Every word list here is its own: the trades (:mod:`bench.resolution_abroad_household`,
``_photo``, ``_ski``, ``_tiling``) with invented makers, wares, variants, the trade's sizes
(millilitres and fluid ounces, kilograms and pounds, « 64 Go » and "64 GB", millimetres and
fractions of an inch, letter sizes, guide numbers) and the things a shopper asks such a shop for
that it does not have; the shopper's openings and closings (:mod:`bench.resolution_abroad_phrases`),
numbers and sizes as said (``_numbers``, ``_sizes``) and the recogniser's slips (``_ear``).

Each shop stocks 40 to 60 products from five to seven makers, with the same ids in fr-FR and
en-US. Each query starts from what the shopper meant (:mod:`bench.resolution_abroad_meaning`):
one product (``exact``), several (``family``: no size, no maker, or a variant across makers) or
none (a maker the shop does not carry, a size or variant the maker does not make, a ware of the
trade it does not stock, a thing of another trade), in about the shared set's mix; the expected
ids are every product that fits that meaning. :mod:`bench.resolution_abroad_voice` then says it,
plainly for about a third of the queries, and tags each query with what was done to it.
"""

from __future__ import annotations

import random

from bench.resolution_abroad_household import HOUSEHOLD
from bench.resolution_abroad_meaning import Intent, intend
from bench.resolution_abroad_model import Stock, Trade, stock
from bench.resolution_abroad_photo import PHOTO
from bench.resolution_abroad_ski import SKI
from bench.resolution_abroad_tiling import TILING
from bench.resolution_abroad_voice import speak
from bench.resolution_gen import LOCALES, GeneratedSet, GenQuery, Shop

TRADES: tuple[Trade, ...] = (HOUSEHOLD, PHOTO, SKI, TILING)

# Things of other trades entirely (fr, en), beside the other three shops' wares.
ELSEWHERE = (
    ("machine à pain", "bread maker"),
    ("croquettes pour chat", "cat food"),
    ("raquette de tennis", "tennis racket"),
    ("guitare électrique", "electric guitar"),
    ("casserole en inox", "saucepan"),
    ("tondeuse à gazon", "lawn mower"),
    ("rouge à lèvres", "lipstick"),
    ("cartouche d'encre", "ink cartridge"),
    ("aspirateur balai", "stick vacuum"),
    ("chambre à air", "bike inner tube"),
    ("biberon", "baby bottle"),
    ("sauce tomate", "pasta sauce"),
    ("ampoule à vis", "light bulb"),
    ("couches pour bébé", "diapers"),
)


def shops(seed: int) -> list[Stock]:
    """The four shops of a seed (no queries)."""
    rng = random.Random(f"{seed}:abroad:shops")
    return [stock(trade, f"a{n}-{trade.kind}", rng) for n, trade in enumerate(TRADES)]


def _foreign(stocks: list[Stock], own: Stock, lang: int) -> list[str]:
    said = {w for ware in own.trade.wares for w in (ware.noun[lang], *ware.other[lang])}
    things = [pair[lang] for pair in ELSEWHERE]
    for other in stocks:
        if other is not own:
            things += [ware.noun[lang] for ware in other.trade.wares]
    return [thing for thing in things if thing not in said]


def abroad_queries(seed: int, per_shop: int) -> tuple[GeneratedSet, list[Intent]]:
    """The set and, query by query, the intent each was said from (for the tests)."""
    stocks = shops(seed)
    catalogs = {}
    queries: list[GenQuery] = []
    intents: list[Intent] = []
    prices = random.Random(f"{seed}:abroad:prices")
    for own in stocks:
        for lang, locale in enumerate(LOCALES):
            catalogs[(own.name, locale)] = own.catalog(lang, locale, prices)
            rng = random.Random(f"{seed}:abroad:{own.name}:{locale}")
            foreign = _foreign(stocks, own, lang)
            for _ in range(per_shop):
                intent = intend(own, lang, rng, foreign)
                text, noise = speak(own, intent, lang, rng)
                expect = own.fits(intent.meaning)
                kind = "none" if not expect else "exact" if len(expect) == 1 else "family"
                queries.append(GenQuery(locale, text, expect, kind, own.name, noise))
                intents.append(intent)
    makers = [sorted({item.maker for item in own.items}) for own in stocks]
    kept = [
        Shop(own.name, own.trade.kind, [], brands)
        for own, brands in zip(stocks, makers, strict=True)
    ]
    return GeneratedSet("abroad", kept, catalogs, queries), intents


def generate_abroad(seed: int, per_shop: int) -> GeneratedSet:
    """The abroad half for ``seed``: four shops, ``per_shop`` queries per shop and locale."""
    return abroad_queries(seed, per_shop)[0]
