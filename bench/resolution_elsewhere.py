"""A twentieth half of the spoken-query generator, built as an outsider builds a hidden test
set: a paint-and-decorating shop, a hairdressing-supplies shop, a knives-and-cutlery shop and a
seeds-and-bulbs shop, each of six invented makers, in fr-FR (EUR) and en-US (USD) with the same
ids, and 240 spoken queries per shop and locale in the shared set's mix (exact 0.64, family
0.22, none 0.14).

Each query starts from what a shopper means (:mod:`bench.resolution_elsewhere_meaning`), an
:class:`~bench.resolution_elsewhere_model.Intent` in the catalog's own terms, whose fitting
products are what the query expects; then how the shopper says it
(:mod:`bench.resolution_elsewhere_voice`) and what the recogniser writes
(:mod:`bench.resolution_elsewhere_ear`). Every word list is this half's own."""

from __future__ import annotations

import itertools
import random

from bench.resolution_elsewhere_blades import BLADES
from bench.resolution_elsewhere_ear import Ear
from bench.resolution_elsewhere_hair import HAIR
from bench.resolution_elsewhere_meaning import exact, family, intent, none, schedule
from bench.resolution_elsewhere_model import (
    LOCALES,
    Article,
    ElsewhereShop,
    Intent,
    Trade,
    fitting,
)
from bench.resolution_elsewhere_paint import PAINT
from bench.resolution_elsewhere_seeds import GARDEN
from bench.resolution_elsewhere_voice import carry, speak
from bench.resolution_gen import ELSEWHERE, QUERIES_PER_SHOP, GeneratedSet, GenQuery

TRADES = (PAINT, HAIR, BLADES, GARDEN)
KINDS = [trade.kind for trade in TRADES]


def build(trade: Trade, number: int, rng: random.Random) -> ElsewhereShop:
    """A shop of ``trade``: each maker with two or three of its lines, one to three colours or
    varieties of each, in a run of one to three neighbouring sizes; 40 to 60 products."""
    while True:
        items: list[Article] = []
        for m, maker in enumerate(trade.makers):
            lines = [w for w, ware in enumerate(trade.wares) if ware.key in maker.lines]
            for w in sorted(rng.sample(lines, min(len(lines), rng.randint(2, 3)))):
                ware = trade.wares[w]
                combos = list(itertools.product(*(range(len(a.values)) for a in ware.axes)))
                count = min(len(combos), rng.choice((1, 1, 2, 2, 3)))
                for combo in sorted(rng.sample(combos, count)):
                    run = min(len(ware.sizes), rng.choice((1, 2, 2, 3)))
                    start = rng.randrange(len(ware.sizes) - run + 1)
                    for size in range(start, start + run):
                        item_id = f"{trade.code}-{len(items):03d}"
                        items.append(Article(item_id, m, w, combo, size))
        if 40 <= len(items) <= 60:
            return ElsewhereShop(f"e{number}-{trade.kind}", trade.kind, trade, items)


def _kind(expect: frozenset[str]) -> str:
    return "none" if not expect else "exact" if len(expect) == 1 else "family"


def elsewhere_queries(
    seed: int, per_shop: int = QUERIES_PER_SHOP
) -> tuple[GeneratedSet, list[Intent]]:
    """The half, and beside each query what its shopper meant."""
    rng = random.Random(f"{seed}:{ELSEWHERE}")
    shops = [build(trade, number, rng) for number, trade in enumerate(TRADES)]
    catalogs = {(s.name, locale): s.catalog(locale) for s in shops for locale in LOCALES}
    queries: list[GenQuery] = []
    intents: list[Intent] = []
    for shop in shops:
        others = [t for t in TRADES if t is not shop.trade]
        for lang, locale in enumerate(LOCALES):
            catalog = catalogs[(shop.name, locale)]
            ear = Ear(rng, lang)
            for kind in schedule(rng, per_shop) if per_shop else ():
                if kind == "exact":
                    said = exact(rng, shop, catalog)
                elif kind == "family":
                    said = family(rng, shop, catalog)
                else:
                    said = none(rng, shop, catalog, others)
                meant = intent(shop, locale, said)
                expect = frozenset(p.id for p in fitting(catalog, meant))
                assert _kind(expect) == kind, (kind, meant)
                tokens, tags = speak(rng, shop, lang, said)
                tokens = carry(rng, tokens, lang, shop.trade.code, tags)
                maker = shop.trade.makers[said.maker] if said.maker >= 0 else None
                text, noises = ear.hear(tokens, maker, ear.budget())
                if kind == "none":
                    tags = ["none", said.reason, *tags]
                noise = (*tags, *noises)
                queries.append(GenQuery(locale, text, expect, kind, shop.name, noise))
                intents.append(meant)
    return GeneratedSet(ELSEWHERE, shops, catalogs, queries), intents  # type: ignore[arg-type]


def generate_elsewhere(seed: int, per_shop: int = QUERIES_PER_SHOP) -> GeneratedSet:
    return elsewhere_queries(seed, per_shop)[0]
