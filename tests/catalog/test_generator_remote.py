"""The remote half (bench/resolution_remote.py): deterministic, four shops of 40 to 60 products
in both locales, the shared set's mix, every expectation re-derived from the catalog for what
the shopper meant, its makers and phrases its own. (The resolver is not run here.)"""

from __future__ import annotations

import random
from collections import Counter

import pytest

from bench import resolution
from bench import resolution_gen as gen
from bench.resolution_gen import DEFAULT_SEED, LOCALES, QUERIES_PER_SHOP, REMOTE, GeneratedSet
from bench.resolution_remote import TRADES, remote_queries
from bench.resolution_remote_ear import HOMOPHONES, split
from bench.resolution_remote_meaning import KINDS, OTHER_TRADES, WHYS
from bench.resolution_remote_model import Intent, Trade
from bench.resolution_remote_numbers import english, french, say_size
from bench.resolution_remote_voice import AFTER, BEFORE, FORMS, NOISES
from catalog.model import Product
from tests.catalog import generated_halves as halves

# Brands of the shared set (/work/shared/data/resolution), kept apart too.
SHARED_BRANDS = ["Tachex", "Blanchelle", "Oxyma", "PurNet", "Lavéo", "Mistral", "Brillor",
                 "Savonnerie Doré", "CleanPro", "Frais Matin", "Netto Plus", "Éclat"]  # fmt: skip
OTHER_HALVES = ("tune", "held", "dev", gen.FRESH, gen.WIDE, gen.FAR, gen.CASUAL, gen.SPOKEN,
                gen.MIRROR, gen.MIMIC, gen.NOVEL, gen.OUTER, gen.STRAY, gen.YONDER, gen.HINTER,
                gen.AFIELD, gen.BEYOND, gen.ABROAD, gen.OFFSHORE, gen.DISTANT)  # fmt: skip
Built = tuple[GeneratedSet, list[Intent]]


@pytest.fixture(scope="module")
def built() -> Built:
    return remote_queries(DEFAULT_SEED, QUERIES_PER_SHOP)


def _trade(shop: str) -> Trade:
    return next(t for t in TRADES if t.kind == shop.split("-", 1)[1])


def test_the_same_seed_gives_the_same_half(built: Built) -> None:
    halves.assert_same_seed_same_half(REMOTE, built[0], DEFAULT_SEED)


def test_four_shops_of_forty_to_sixty_products_by_five_to_seven_makers(built: Built) -> None:
    data = built[0]
    halves.assert_outsider_shops(
        data, ["music", "nursery", "carcare", "nutrition"], QUERIES_PER_SHOP
    )
    for shop in data.shops:
        for locale in LOCALES:
            for product in data.catalogs[(shop.name, locale)].products:
                assert product.brand.casefold() in product.title.casefold()


def test_the_mix_of_kinds_is_the_shared_sets(built: Built) -> None:
    halves.assert_kinds_near(built[0], KINDS, 0.02)


def _fitting(products: list[Product], trade: Trade, intent: Intent, lang: int) -> set[str]:
    """What the intent names, found from the catalog's own fields (not the generator's)."""
    if intent.ware is None or intent.kind == "none":
        return set()
    ware = trade.ware(intent.ware)
    found = [
        p
        for p in products
        if p.product_type == ware.noun.written[lang]
        and intent.maker in (None, p.brand)
        and (
            intent.value is None or p.variants[ware.axis] == ware.values[intent.value].written[lang]
        )
        and (intent.size is None or p.variants["size"] == ware.sizes[intent.size].written[lang])
    ]
    if intent.extreme:
        order = [s.written[lang] for s in ware.sizes]
        ranked = sorted(found, key=lambda p: order.index(p.variants["size"]))
        found = [ranked[-1] if intent.extreme == "big" else ranked[0]]
    return {p.id for p in found}


def test_every_expectation_is_every_product_the_shopper_meant(built: Built) -> None:
    data, intents = built
    extremes = 0
    for query, intent in zip(data.queries, intents, strict=True):
        lang = LOCALES.index(query.locale)
        products = list(data.catalogs[(query.shop, query.locale)].products)
        assert query.expect == _fitting(products, _trade(query.shop), intent, lang), query
        kind = "none" if not query.expect else "exact" if len(query.expect) == 1 else "family"
        assert query.kind == kind == intent.kind, query
        assert len(query.expect) <= 10
        extremes += bool(intent.extreme)
    assert extremes > 10


def test_nothing_is_sold_for_a_none_query_and_every_reason_is_used(built: Built) -> None:
    data, intents = built
    whys: Counter[str] = Counter()
    for query, intent in zip(data.queries, intents, strict=True):
        if query.kind != "none":
            continue
        whys[intent.why] += 1
        lang = LOCALES.index(query.locale)
        products = data.catalogs[(query.shop, query.locale)].products
        trade = _trade(query.shop)
        if intent.why == "unknown_maker":
            assert intent.maker in trade.unsold
            assert intent.maker not in {p.brand for p in products}
        if intent.free:
            assert intent.free.lower() not in {p.product_type.lower() for p in products}
        if intent.why == "other_trade":
            assert not any(intent.free.lower() in p.title.lower() for p in products)
        if intent.why == "maker_lacks_ware":
            assert intent.ware is not None
            noun = trade.ware(intent.ware).noun.written[lang]
            assert not [p for p in products if p.brand == intent.maker and p.product_type == noun]
        if intent.why == "unmade":
            assert intent.ware is not None and intent.odd is not None
            ware = trade.ware(intent.ware)
            said = intent.odd.written[lang]
            axis = "size" if intent.odd_is_size else ware.axis
            assert not [p for p in products if p.variants.get(axis) == said]
    assert set(whys) == set(WHYS)


def test_about_a_third_plain_the_rest_one_to_three_noises(built: Built) -> None:
    data = built[0]
    halves.assert_noise_mix(data, FORMS, NOISES, clean_at_most=0.40, words_at_most=30)
    assert all(q.text.strip() == q.text for q in data.queries)
    assert 0.72 <= halves.carried_share(data) <= 0.84
    forms = {t for q in data.queries for t in q.noise} & FORMS
    assert forms == FORMS


def test_its_makers_are_its_own() -> None:
    theirs = list(SHARED_BRANDS)
    for half in OTHER_HALVES:
        shops = gen.generate(half, DEFAULT_SEED, per_shop=0)
        theirs += sorted({p.brand for c in shops.catalogs.values() for p in c.products if p.brand})
    ours = [name for t in TRADES for name in (*(m.name for m in t.makers), *t.unsold)]
    halves.assert_brands_apart(ours, theirs)
    for trade in TRADES:
        vocabulary = set().union(*(s.split() for s in halves.strings(
            [[w.noun, w.values, w.sizes] for w in trade.wares]  # type: ignore[list-item]
        )))  # fmt: skip
        halves.assert_names_apart([m.name for m in trade.makers], vocabulary)
        for maker in trade.makers:
            for lang in (0, 1):
                assert maker.heard[lang]
                assert halves.fold(maker.name) not in {halves.fold(h) for h in maker.heard[lang]}


def test_its_carriers_are_not_the_interaction_models_samples() -> None:
    halves.assert_carriers_not_samples(BEFORE, AFTER)


def test_its_phrases_are_mostly_its_own() -> None:
    """Compared with the other halves' strings, never printed (counts only)."""
    known = (halves.other_halves_strings("remote") | halves.interaction_model_prefixes()
             | halves.template_prefixes() | halves.phrases_before_casual())  # fmt: skip
    samples = halves.interaction_model_prefixes() | halves.template_prefixes()
    ours = halves.strings(BEFORE)
    own, in_model = len(ours - known), len(ours & samples)
    assert len(ours) >= 70 and own / len(ours) >= 0.75 and in_model == 0
    off = halves.strings([OTHER_TRADES, [t.unstocked for t in TRADES]])
    assert len(off - known) / len(off) >= 0.6
    for lang in (0, 1):
        for word, heard in HOMOPHONES[lang].items():
            assert word not in heard and len(set(heard)) == len(heard)


def test_numbers_and_sizes_are_said_as_shoppers_say_them() -> None:
    assert [french(n) for n in (17, 71, 80, 99, 200, 250, 21)] == [
        "dix sept", "soixante et onze", "quatre vingts", "quatre vingt dix neuf", "deux cents",
        "deux cent cinquante", "vingt et un"]  # fmt: skip
    assert english(105) == "one hundred five" and english(46) == "forty six"
    rng = random.Random(0)
    assert say_size("650 mm", 0, rng, numbers=False, units=False) == "650 mm"
    assert say_size("650 mm", 0, rng, numbers=False, units=True) == "650 millimètres"
    assert say_size("1 l", 0, rng, numbers=False, units=True) == "1 litre"
    said = {say_size("2,3 kg", 0, random.Random(n), numbers=True, units=True) for n in range(40)}
    assert {"deux kilos trois", "deux virgule trois kilos"} <= said
    said = {say_size("5W30", 1, random.Random(n), numbers=True, units=False) for n in range(20)}
    assert {s.lower() for s in said} == {"five w thirty", "five double u thirty"}
    said = {say_size("H7", 0, random.Random(n), numbers=True, units=False) for n in range(20)}
    assert {s.lower() for s in said} == {"h sept", "ache sept"}
    said = {
        say_size("force 2,5", 0, random.Random(n), numbers=True, units=False) for n in range(20)
    }
    assert said == {"force deux et demi", "force deux virgule cinq"}
    assert split("brassmoor", random.Random(0)) == "brass moor"


def test_the_bench_knows_the_remote_half() -> None:
    printed: list[str] = []
    assert resolution.misses("nowhere", DEFAULT_SEED, printed.append) == 2
    assert "remote" in printed[0]
