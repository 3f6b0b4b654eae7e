"""The offshore half (bench/resolution_offshore.py): deterministic, four shops of 40 to 60
products in both locales, the shared set's mix, every expectation re-derived from the catalog
for what the shopper meant, its makers and phrases its own. (The resolver is not run here.)"""

from __future__ import annotations

import random
from collections import Counter

import pytest

from bench import resolution
from bench import resolution_gen as gen
from bench.resolution_gen import DEFAULT_SEED, LOCALES, OFFSHORE, QUERIES_PER_SHOP, GeneratedSet
from bench.resolution_offshore import TRADES, offshore_queries
from bench.resolution_offshore_ear import HOMOPHONES
from bench.resolution_offshore_meaning import KINDS, OTHER_TRADES, Intent
from bench.resolution_offshore_model import Trade
from bench.resolution_offshore_numbers import english, french, say_size
from bench.resolution_offshore_voice import AFTER, BEFORE, NOISES
from catalog.model import Product
from tests.catalog import generated_halves as halves

# Brands of the shared set (/work/shared/data/resolution), kept apart too.
SHARED_BRANDS = ["Tachex", "Blanchelle", "Oxyma", "PurNet", "Lavéo", "Mistral", "Brillor",
                 "Savonnerie Doré", "CleanPro", "Frais Matin", "Netto Plus", "Éclat"]  # fmt: skip
OTHER_HALVES = ("tune", "held", "dev", gen.FRESH, gen.WIDE, gen.FAR, gen.CASUAL, gen.SPOKEN,
                gen.MIRROR, gen.MIMIC, gen.NOVEL, gen.OUTER, gen.STRAY, gen.YONDER, gen.HINTER,
                gen.AFIELD, gen.BEYOND, gen.ABROAD)  # fmt: skip
Built = tuple[GeneratedSet, list[Intent]]


@pytest.fixture(scope="module")
def built() -> Built:
    return offshore_queries(DEFAULT_SEED, QUERIES_PER_SHOP)


def _trade(shop: str) -> Trade:
    return next(t for t in TRADES if t.kind == shop.split("-", 1)[1])


def test_the_same_seed_gives_the_same_half(built: Built) -> None:
    halves.assert_same_seed_same_half(OFFSHORE, built[0], DEFAULT_SEED)


def test_four_shops_of_forty_to_sixty_products_by_five_to_seven_makers(built: Built) -> None:
    data = built[0]
    halves.assert_outsider_shops(
        data, ["tea", "parapharmacy", "party", "framing"], QUERIES_PER_SHOP
    )
    for shop in data.shops:
        for locale in LOCALES:
            for product in data.catalogs[(shop.name, locale)].products:
                assert product.brand in product.title


def test_the_mix_of_kinds_is_the_shared_sets(built: Built) -> None:
    halves.assert_kinds_near(built[0], KINDS, 0.02)


def _fitting(products: list[Product], trade: Trade, intent: Intent, lang: int) -> set[str]:
    """What the intent names, found from the catalog's own fields (not the generator's)."""
    if intent.ware is None:
        return set()
    ware = trade.ware(intent.ware)
    return {
        p.id
        for p in products
        if p.product_type == ware.noun[lang]
        and intent.maker in (None, p.brand)
        and (intent.value is None or p.variants[ware.axis[1]] == ware.values[intent.value][lang])
        and (intent.size is None or p.variants["size"] == ware.sizes[intent.size][lang])
    }


def test_every_expectation_is_every_product_the_shopper_meant(built: Built) -> None:
    data, intents = built
    for query, intent in zip(data.queries, intents, strict=True):
        lang = LOCALES.index(query.locale)
        products = list(data.catalogs[(query.shop, query.locale)].products)
        assert query.expect == _fitting(products, _trade(query.shop), intent, lang), query
        kind = "none" if not query.expect else "exact" if len(query.expect) == 1 else "family"
        assert query.kind == kind == intent.kind, query


def test_nothing_is_sold_for_a_none_query_and_every_reason_is_used(built: Built) -> None:
    data, intents = built
    whys: Counter[str] = Counter()
    for query, intent in zip(data.queries, intents, strict=True):
        if query.kind != "none":
            continue
        whys[intent.why] += 1
        products = data.catalogs[(query.shop, query.locale)].products
        trade = _trade(query.shop)
        if intent.why == "unknown_maker":
            assert intent.maker in trade.unsold
            assert intent.maker not in {p.brand for p in products}
        if intent.free:
            assert intent.free.lower() not in {p.product_type.lower() for p in products}
            assert not any(intent.free.lower() in p.title.lower() for p in products)
        if intent.why == "maker_lacks_ware":
            assert intent.ware is not None
            noun = trade.ware(intent.ware).noun[LOCALES.index(query.locale)]
            assert not [p for p in products if p.brand == intent.maker and p.product_type == noun]
    assert set(whys) == {"unknown_maker", "not_made", "maker_lacks_ware", "unstocked",
                         "other_trade"}  # fmt: skip


def test_about_a_third_plain_the_rest_one_to_three_noises(built: Built) -> None:
    halves.assert_noise_mix(built[0], set(), NOISES, clean_at_most=0.40, words_at_most=30)
    assert all(q.text.strip() == q.text for q in built[0].queries)


def test_its_makers_are_its_own() -> None:
    theirs = list(SHARED_BRANDS)
    for half in OTHER_HALVES:
        shops = gen.generate(half, DEFAULT_SEED, per_shop=0)
        theirs += sorted({p.brand for c in shops.catalogs.values() for p in c.products if p.brand})
    ours = [name for t in TRADES for name in (*(m.name for m in t.makers), *t.unsold)]
    halves.assert_brands_apart(ours, theirs)
    for trade in TRADES:
        vocabulary = set().union(*(s.split() for s in halves.strings(trade.wares)))
        halves.assert_names_apart([m.name for m in trade.makers], vocabulary)
        for maker in trade.makers:
            for lang in (0, 1):
                assert halves.fold(maker.name) not in {halves.fold(h) for h in maker.heard[lang]}


def test_its_carriers_are_not_the_interaction_models_samples() -> None:
    halves.assert_carriers_not_samples(BEFORE, AFTER)


def test_its_phrases_are_mostly_its_own() -> None:
    """Compared with the other halves' strings, never printed (counts only)."""
    known = (halves.other_halves_strings("offshore") | halves.interaction_model_prefixes()
             | halves.template_prefixes() | halves.phrases_before_casual())  # fmt: skip
    samples = halves.interaction_model_prefixes() | halves.template_prefixes()
    ours = halves.strings(BEFORE)  # "please", « euh » and the like are everybody's
    own, in_model = len(ours - known), len(ours & samples)
    assert len(ours) >= 35 and own / len(ours) >= 0.4 and in_model == 0
    off = halves.strings([OTHER_TRADES, [t.unstocked for t in TRADES]])
    own_off = len(off - known)
    assert own_off / len(off) >= 0.6
    for lang in (0, 1):
        for word, heard in HOMOPHONES[lang].items():
            assert word not in heard and len(set(heard)) == len(heard)


def test_numbers_and_sizes_are_said_as_shoppers_say_them() -> None:
    assert [french(n) for n in (17, 71, 80, 99, 200, 250)] == [
        "dix sept", "soixante et onze", "quatre vingts", "quatre vingt dix neuf", "deux cents",
        "deux cent cinquante"]  # fmt: skip
    assert english(120) == "one hundred twenty" and english(16) == "sixteen"
    rng = random.Random(0)
    assert say_size("100 g", "", 0, rng, numbers=False, units=False) == "100 g"
    assert say_size("x20", "sachets", 0, rng, numbers=False, units=False) == "20 sachets"
    said = {say_size("4x6 in", "", 1, random.Random(n), numbers=True, units=True) for n in range(9)}
    assert said == {"four by six inches"}
    said = {
        say_size("2,5 l", "", 0, random.Random(n), numbers=True, units=False) for n in range(40)
    }
    assert said >= {"deux litres et demi", "deux virgule cinq litres", "deux litres cinq"}


def test_the_bench_knows_the_offshore_half() -> None:
    printed: list[str] = []
    assert resolution.misses("nowhere", DEFAULT_SEED, printed.append) == 2
    assert "offshore" in printed[0]
