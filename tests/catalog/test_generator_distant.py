"""The distant half (bench/resolution_distant.py): deterministic, four shops of 40 to 60
products by five to seven makers in both locales, the shared set's mix, every expectation
re-derived from the catalog for what the shopper meant, its makers and phrases its own.
(The resolver is not run here.)"""

from __future__ import annotations

import csv
import random
from collections import Counter
from pathlib import Path

import pytest

from bench import resolution
from bench import resolution_gen as gen
from bench.resolution_distant import TRADES, distant_queries
from bench.resolution_distant_ear import HOMOPHONES
from bench.resolution_distant_meaning import KINDS, OTHER_TRADES, WHYS
from bench.resolution_distant_model import Intent, Trade
from bench.resolution_distant_numbers import english, french, say_label
from bench.resolution_distant_voice import AFTER, BEFORE, NOISES
from bench.resolution_gen import DEFAULT_SEED, DISTANT, LOCALES, QUERIES_PER_SHOP, GeneratedSet
from catalog.model import Product
from tests.catalog import generated_halves as halves

SHARED = Path("/work/shared/data/resolution")
OTHER_HALVES = ("tune", "held", "dev", gen.FRESH, gen.WIDE, gen.FAR, gen.CASUAL, gen.SPOKEN,
                gen.MIRROR, gen.MIMIC, gen.NOVEL, gen.OUTER, gen.STRAY, gen.YONDER, gen.HINTER,
                gen.AFIELD, gen.BEYOND, gen.ABROAD, gen.OFFSHORE)  # fmt: skip
Built = tuple[GeneratedSet, list[Intent]]


@pytest.fixture(scope="module")
def built() -> Built:
    return distant_queries(DEFAULT_SEED, QUERIES_PER_SHOP)


def _trade(shop: str) -> Trade:
    return next(t for t in TRADES if t.kind == shop.split("-", 1)[1])


def test_the_same_seed_gives_the_same_half(built: Built) -> None:
    halves.assert_same_seed_same_half(DISTANT, built[0], DEFAULT_SEED)


def test_four_shops_of_forty_to_sixty_products_by_five_to_seven_makers(built: Built) -> None:
    data = built[0]
    halves.assert_outsider_shops(data, ["games", "office", "hifi", "trains"], QUERIES_PER_SHOP)
    for shop in data.shops:
        french_ = data.catalogs[(shop.name, LOCALES[0])].products
        english_ = data.catalogs[(shop.name, LOCALES[1])].products
        for product in (*french_, *english_):
            assert product.brand.lower() in product.title.lower()
        keys = [(p.brand, p.product_type, tuple(sorted(p.variants.items()))) for p in french_]
        assert len(set(keys)) == len(keys)  # each product told apart by what a shopper says


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
        and (intent.value is None or p.variants[ware.axis] == ware.values[intent.value][lang])
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
        assert len(query.expect) <= 8


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
        if intent.why in ("maker_lacks_ware", "not_made"):
            assert intent.maker in {p.brand for p in products} and intent.ware is not None
    assert set(whys) == {why for why, _ in WHYS}


def test_about_a_third_plain_the_rest_one_to_three_noises(built: Built) -> None:
    halves.assert_noise_mix(built[0], set(), NOISES, clean_at_most=0.40, words_at_most=30)
    assert all(q.text.strip() == q.text for q in built[0].queries)
    assert 0.25 <= halves.carried_share(built[0]) <= 0.6


def _shared_brands() -> list[str]:
    with (SHARED / "catalog.fr-FR.tsv").open(encoding="utf-8") as handle:
        return sorted({row["brand"] for row in csv.DictReader(handle, delimiter="\t")})


@pytest.mark.skipif(not SHARED.exists(), reason="no shared data set")
def test_its_makers_are_its_own() -> None:
    theirs = _shared_brands()
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
    known = (halves.other_halves_strings("distant") | halves.interaction_model_prefixes()
             | halves.template_prefixes() | halves.phrases_before_casual())  # fmt: skip
    samples = halves.interaction_model_prefixes() | halves.template_prefixes()
    ours = halves.strings(BEFORE)
    own, in_model = len(ours - known), len(ours & samples)
    assert len(ours) >= 35 and own / len(ours) >= 0.6 and in_model == 0
    off = halves.strings([OTHER_TRADES, [t.unstocked for t in TRADES]])
    assert len(off - known) / len(off) >= 0.6
    for lang in (0, 1):
        for word, heard in HOMOPHONES[lang].items():
            assert word not in heard and len(set(heard)) == len(heard)


def test_numbers_sizes_and_codes_are_said_as_shoppers_say_them() -> None:
    assert [french(n) for n in (16, 71, 80, 91, 300, 1500)] == [
        "seize", "soixante et onze", "quatre vingts", "quatre vingt onze", "trois cents",
        "mille cinq cents"]  # fmt: skip
    assert english(2000) == "two thousand" and english(45) == "forty five"
    said = {say_label("1,5 A", 0, random.Random(n), True, True, False) for n in range(30)}
    assert said == {"un ampère et demi", "un virgule cinq ampère"}
    said = {say_label("2-5/8 x 1 in", 1, random.Random(n), True, True, False) for n in range(9)}
    assert said == {"two and five eighths by one inch", "two and five eighths times one inch"}
    said = {say_label("304XL", 1, random.Random(n), False, False, True) for n in range(60)}
    assert {"three oh four x l", "three hundred four ex el", "three zero four x l"} <= said
    assert say_label("échelle HO", 0, random.Random(0), False, False, False) == "échelle HO"


def test_the_bench_knows_the_distant_half() -> None:
    printed: list[str] = []
    assert resolution.misses("nowhere", DEFAULT_SEED, printed.append) == 2
    assert "distant" in printed[0]
