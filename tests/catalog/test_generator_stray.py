"""The stray half of the spoken-query generator (bench/resolution_stray.py): deterministic, in the
shared set's mix of kinds, every expectation recomputed from what the shopper said, about a third
of its queries clean, and its shops, brands and carrier phrases its own (other halves' lists are
compared here, never printed)."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from bench import resolution
from bench.resolution_gen import LOCALES, MIMIC, STRAY, _shops_alone, generate
from bench.resolution_mimic import MimicSet
from bench.resolution_novel_shops import BRANDS as NOVEL_BRANDS
from bench.resolution_novel_shops import UNSOLD as NOVEL_UNSOLD
from bench.resolution_outer_brands import BRANDS as OUTER_BRANDS
from bench.resolution_outer_brands import UNSOLD as OUTER_UNSOLD
from bench.resolution_stray import FAMILY_SHAPES, FORMS, OTHER_HALVES, SHOP_KINDS, StraySet
from bench.resolution_stray_brands import BRANDS, UNSOLD
from bench.resolution_stray_ear import Ear, Word, fold
from bench.resolution_stray_feed import StrayShop, shop_words
from bench.resolution_stray_meant import Said, expected, kinds_for, sizes_for
from bench.resolution_stray_phrases import CARRIERS, CLOSINGS
from bench.resolution_stray_say import english, french, size_ways
from bench.resolution_stray_speak import NOISE_TAGS
from bench.resolution_stray_wares import GOODS
from tests.catalog import generated_halves as halves

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def stray() -> StraySet:
    data = generate(STRAY)
    assert isinstance(data, StraySet)
    return data


def test_the_same_seed_gives_the_same_shops_and_queries(stray: StraySet) -> None:
    halves.assert_deterministic(STRAY, stray)


def test_four_shops_two_locales_240_queries_each_in_the_shared_sets_mix(stray: StraySet) -> None:
    halves.assert_shared_sets_mix(stray)


def test_shops_are_feeds_of_kinds_no_other_half_has(stray: StraySet) -> None:
    for shop in stray.shops:
        assert isinstance(shop, StrayShop)
        assert 120 <= len(shop.items) <= 250 and 8 <= len(shop.brands) <= 10
        fr, en = (stray.catalogs[(shop.name, loc)] for loc in LOCALES)
        assert [p.id for p in fr.products] == [p.id for p in en.products]
        assert len({p.title for p in fr.products}) == len(fr.products)
        assert len({p.title for p in en.products}) == len(en.products)
        for product in (*fr.products, *en.products):
            assert product.brand in product.title and product.price.minor > 0
            assert "  " not in product.title and not product.title.endswith(("-", ","))
    assert [s.kind for s in stray.shops] == list(SHOP_KINDS)
    others = [_shops_alone(half, 2024) for half in OTHER_HALVES]
    assert not set(SHOP_KINDS) & {s.kind for data in others for s in data.shops}
    ours = {halves.fold(noun) for kinds in GOODS.values() for k in kinds for noun in (k.fr, k.en)}
    theirs = {halves.fold(noun) for data in others for s in data.shops for t in s.types
              for noun in t[:2]}  # fmt: skip
    assert not ours & theirs


def test_brands_read_like_no_other_halfs_brand_nor_like_their_shops_words() -> None:
    theirs = [b for half in OTHER_HALVES for s in _shops_alone(half, 2024).shops for b in s.brands]
    theirs += [b.name for brands in NOVEL_BRANDS.values() for b in brands]
    theirs += [b.name for brands in OUTER_BRANDS.values() for b in brands]
    mimic = generate(MIMIC)
    assert isinstance(mimic, MimicSet)
    theirs += [b.name for b in NOVEL_UNSOLD] + [b.name for b in OUTER_UNSOLD]
    theirs += [b.name for b in mimic.unsold]
    ours = [b.name for brands in BRANDS.values() for b in brands] + [b.name for b in UNSOLD]
    halves.assert_brands_apart(ours, theirs)
    assert sum(fold(b) != b.lower() for b in ours) >= 8  # accents: « Sève Tendre »
    for kind, brands in BRANDS.items():
        shop = StrayShop("x", kind, list(brands))
        vocabulary = shop_words(shop, 0) | shop_words(shop, 1)
        halves.assert_names_apart((b.name for b in brands), vocabulary)


def test_each_brand_is_written_otherwise_by_the_other_languages_recogniser() -> None:
    for brand in [b for brands in BRANDS.values() for b in brands] + list(UNSOLD):
        assert brand.fr_heard and brand.en_heard
        assert fold(brand.fr_heard) != fold(brand.en_heard)


def test_each_expectation_is_every_product_consistent_with_what_was_said(stray: StraySet) -> None:
    shops = {s.name: s for s in stray.shops}
    shapes: Counter[str] = Counter()
    nones: Counter[str] = Counter()
    unsold = {b.name for b in UNSOLD}
    for q, said in zip(stray.queries, stray.said, strict=True):
        shop = shops[q.shop]
        assert isinstance(shop, StrayShop)
        catalog = stray.catalogs[(q.shop, q.locale)]
        assert {i.id for i in expected(shop, said)} == q.expect
        assert all(pid in catalog for pid in q.expect)
        assert (q.kind == "exact") == (len(q.expect) == 1)
        assert (q.kind == "none") == (not q.expect)
        if q.kind == "family":
            shapes.update(t for t in q.noise if t in FAMILY_SHAPES)
        if q.kind == "none":
            nones.update(t for t in q.noise if t in ("unsold_brand", "elsewhere"))
            if said.thing:
                lang = LOCALES.index(q.locale)
                assert not set(fold(said.thing).replace("-", " ").split()) & shop_words(shop, lang)
            else:
                assert said.brand in unsold
                assert expected(shop, Said(kinds=said.kinds, variants=said.variants))
    assert set(shapes) == set(FAMILY_SHAPES)
    share = nones["unsold_brand"] / (nones["unsold_brand"] + nones["elsewhere"])
    assert 0.28 <= share <= 0.48  # the shared set: 40 of 114


def test_what_was_said_is_consistent_with_every_name_holding_its_words(stray: StraySet) -> None:
    epicerie = next(s for s in stray.shops if s.kind == "epicerie")
    velo = next(s for s in stray.shops if s.kind == "velo")
    assert isinstance(epicerie, StrayShop) and isinstance(velo, StrayShop)
    assert len(kinds_for(epicerie, "fr", "huile")) == 2  # olive and the other virgin oils
    assert len(kinds_for(epicerie, "fr", "moutarde")) == 1
    mtb = kinds_for(velo, "fr", "pneu vtt")
    assert len(sizes_for(velo, "fr", mtb, "29 pouces")) == 2  # 29 x 2,25 and 29 x 2,40
    assert len(sizes_for(velo, "fr", mtb, "vingt-neuf par deux virgule vingt-cinq")) == 1
    assert (
        len(sizes_for(velo, "en", kinds_for(velo, "en", "mountain bike tire"), "six fifty b")) == 1
    )


def test_a_third_of_queries_are_clean_the_others_carry_one_to_three_noises(
    stray: StraySet,
) -> None:
    halves.assert_noise_mix(stray, FORMS, NOISE_TAGS, clean_at_most=0.4, words_at_most=26)
    assert 0.7 <= halves.carried_share(stray) <= 0.84


def test_sizes_are_said_the_way_of_each_trade() -> None:
    def said(label: str, code: str, tag: str) -> set[str]:
        return {text for text, t in size_ways(label, code) if t == tag}

    assert "un demi-litre" in said("50 cl", "fr", "trade")
    assert "sept cent vingt-cinq" in said("700x25c", "fr", "trade")
    assert "en 25" in said("700x25c", "fr", "partial")
    assert "seven hundred by twenty five" in said("700x25c", "en", "number_words")
    assert "vingt-sept et demi" in said("27,5 x 2,25", "fr", "trade")
    assert "six fifty b" in said('27.5 x 2.25"', "en", "trade")
    assert "twelve hundred lumens" in said("1200 lumens", "en", "trade")
    assert "mille deux cents lumens" in said("1200 lumens", "fr", "number_words")
    assert "size six" in said("US 6 - 4 mm", "en", "trade")
    assert "size g" in said("G-6 (4 mm)", "en", "trade")
    assert "trois et demi" in said("3,5 mm", "fr", "trade")
    assert "eleven thirty two" in said("11-32T", "en", "trade")
    assert "onze vitesses" in said("11 vitesses", "fr", "number_words")
    assert "un demi-gramme" in said("0,5 g", "fr", "trade")
    assert french(71) == "soixante et onze" and french(80) == "quatre-vingts"
    assert french(250) == "deux cent cinquante" and english(115) == "one hundred fifteen"


def test_the_recogniser_writes_no_word_of_another_product(stray: StraySet) -> None:
    tricot = next(s for s in stray.shops if s.kind == "tricot")
    assert isinstance(tricot, StrayShop)
    ear = Ear("fr", random.Random(0), shop_words(tricot, 0))
    assert ear._harmless(Word("aiguilles", "noun"), "aiguille")
    assert not ear._harmless(Word("soie", "noun"), "coton")
    merged = ear.merged([Word("bleu", "value"), Word("canard", "value")])
    assert merged is not None and [w.text for w in merged] == ["bleucanard"]


def test_its_carrier_and_closing_phrases_are_mostly_its_own() -> None:
    carriers = halves.strings(CARRIERS)
    assert len(carriers) >= 100 and halves.strings(CLOSINGS)
    known = (
        halves.other_halves_strings("stray", "yonder")
        | halves.interaction_model_prefixes()
        | halves.phrases_before_casual()
    )
    assert len(carriers - known) / len(carriers) >= 0.35


def test_the_bench_prints_the_stray_half_and_its_misses(capsys: pytest.CaptureFixture[str]) -> None:
    assert resolution.main(["--skip-speed", "--misses", STRAY]) == 0
    printed = capsys.readouterr().out
    assert "misses per tag, half 'stray'" in printed and "echoppe, stray" in printed
