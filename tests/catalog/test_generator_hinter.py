"""The hinter half of the spoken-query generator (bench/resolution_hinter.py): deterministic, in the
shared set's mix of kinds, every expectation recomputed from what the shopper meant, about a third
of its queries clean, and its shops, makers and phrases its own (other halves' lists are compared
here, never printed)."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from bench import resolution
from bench.resolution_gen import HINTER, LOCALES, MIMIC, _shops_alone, generate
from bench.resolution_hinter import (
    FAMILY_SHAPES,
    FORMS,
    NOISE_KINDS,
    NONE_WHY,
    SHOP_KINDS,
    HinterSet,
)
from bench.resolution_hinter_ear import Ear
from bench.resolution_hinter_gear import WARES
from bench.resolution_hinter_makers import MAKERS, UNSOLD
from bench.resolution_hinter_numbers import say_numbers, size_ways, words
from bench.resolution_hinter_phrases import CLOSINGS, carriers
from bench.resolution_hinter_shop import HinterShop, Meant, expected, fold, shop_words
from bench.resolution_hinter_voice import Word
from bench.resolution_mimic import MimicSet
from bench.resolution_novel_shops import BRANDS as NOVEL_BRANDS
from bench.resolution_novel_shops import UNSOLD as NOVEL_UNSOLD
from bench.resolution_outer_brands import BRANDS as OUTER_BRANDS
from bench.resolution_outer_brands import UNSOLD as OUTER_UNSOLD
from bench.resolution_stray_brands import BRANDS as STRAY_BRANDS
from bench.resolution_stray_brands import UNSOLD as STRAY_UNSOLD
from bench.resolution_yonder_brands import BRANDS as YONDER_BRANDS
from bench.resolution_yonder_brands import UNSOLD as YONDER_UNSOLD
from tests.catalog import generated_halves as halves

ROOT = Path(__file__).resolve().parents[2]
OTHER_HALVES = ("tune", "held", "dev", "fresh", "wide", "far", "casual", "spoken", "mirror",
                "mimic", "novel", "outer", "stray", "yonder", "afield")  # fmt: skip


@pytest.fixture(scope="module")
def hinter() -> HinterSet:
    data = generate(HINTER)
    assert isinstance(data, HinterSet)
    return data


def _shop(data: HinterSet, kind: str) -> HinterShop:
    shop = next(s for s in data.shops if s.kind == kind)
    assert isinstance(shop, HinterShop)
    return shop


def test_the_same_seed_gives_the_same_shops_and_queries(hinter: HinterSet) -> None:
    halves.assert_deterministic(HINTER, hinter)


def test_four_shops_two_locales_240_queries_each_in_the_usual_mix(hinter: HinterSet) -> None:
    halves.assert_usual_mix(hinter)
    halves.assert_expectations_real(hinter)


def test_shops_are_feeds_of_trades_no_other_half_has(hinter: HinterSet) -> None:
    assert [s.kind for s in hinter.shops] == list(SHOP_KINDS)
    for shop in hinter.shops:
        assert isinstance(shop, HinterShop)
        assert 40 <= len(shop.items) <= 60 and 6 <= len(shop.brands) <= 7
        assert len(set(shop.layouts.values())) >= 2
        fr, en = (hinter.catalogs[(shop.name, loc)] for loc in LOCALES)
        assert [p.id for p in fr.products] == [p.id for p in en.products]
        for catalog in (fr, en):
            assert len({p.title for p in catalog.products}) == len(catalog.products)
            for product in catalog.products:
                assert product.brand.lower() in product.title.lower()
                assert "  " not in product.title and "{" not in product.title
                assert not product.title.endswith(("-", ",", "|")) and product.price.minor > 0
    others = [_shops_alone(half, 2024) for half in OTHER_HALVES]
    theirs = {halves.fold(s.kind) for data in others for s in data.shops}
    assert not {halves.fold(k) for k in SHOP_KINDS} & theirs
    ours = {
        halves.fold(w.names(lang)[0]) for wares in WARES.values() for w in wares for lang in (0, 1)
    }
    nouns = {halves.fold(n) for data in others for s in data.shops for t in s.types for n in t[:2]}
    assert not ours & nouns


def test_makers_read_like_no_other_halfs_brand_nor_like_their_shops_words() -> None:
    theirs = [b for half in OTHER_HALVES for s in _shops_alone(half, 2024).shops for b in s.brands]
    for lists in (NOVEL_BRANDS, OUTER_BRANDS, STRAY_BRANDS, YONDER_BRANDS):
        theirs += [b.name for brands in lists.values() for b in brands]
    theirs += [b.name for unsold in (NOVEL_UNSOLD, OUTER_UNSOLD, STRAY_UNSOLD, YONDER_UNSOLD)
               for b in unsold]  # fmt: skip
    mimic = generate(MIMIC)
    assert isinstance(mimic, MimicSet)
    theirs += [b.name for b in mimic.unsold]
    makers = [m for kind in SHOP_KINDS for m in MAKERS[kind] + UNSOLD[kind]]
    ours = [m.name for m in makers]
    halves.assert_brands_apart(ours, theirs)
    assert (
        sum(m.origin == "fr" for m in makers) >= 10 and sum(m.origin == "en" for m in makers) >= 10
    )
    for kind in SHOP_KINDS:
        shop = HinterShop("x", kind, list(MAKERS[kind]))
        vocabulary = shop_words(shop, 0) | shop_words(shop, 1)
        halves.assert_names_apart((m.name for m in MAKERS[kind] + UNSOLD[kind]), vocabulary)
    halves.assert_heard_otherwise(makers)


def test_each_expectation_is_every_product_consistent_with_what_was_meant(
    hinter: HinterSet,
) -> None:
    shops = {s.name: s for s in hinter.shops}
    shapes: Counter[str] = Counter()
    nones: Counter[str] = Counter()
    for q, meant in zip(hinter.queries, hinter.meant, strict=True):
        shop = shops[q.shop]
        assert isinstance(shop, HinterShop)
        assert {i.id for i in expected(shop, meant)} == q.expect
        if q.kind == "family":
            shapes.update(t for t in q.noise if t in FAMILY_SHAPES)
            assert meant.size < 0 and not meant.extreme
        if q.kind == "none":
            nones.update(t for t in q.noise if t in NONE_WHY)
            if meant.thing:
                lang = LOCALES.index(q.locale)
                if "other_trade" in q.noise:
                    assert not (set(fold(meant.thing).split()) - {"un", "une", "des", "du"}
                                ) & shop_words(shop, lang)  # fmt: skip
            elif "unsold_maker" in q.noise:
                assert meant.brand not in shop.brands
                assert expected(shop, Meant(meant.ware, "", meant.value))
            else:
                assert meant.brand in shop.brands and expected(shop, Meant(meant.ware, meant.brand))
    assert set(shapes) == set(FAMILY_SHAPES) and set(nones) == set(NONE_WHY)


def test_a_third_of_queries_are_clean_the_others_carry_one_to_three_noises(
    hinter: HinterSet,
) -> None:
    halves.assert_noise_mix(hinter, FORMS, set(NOISE_KINDS), clean_at_most=0.45, words_at_most=40)


def test_sizes_and_numbers_are_said_the_way_of_each_trade() -> None:
    def said(label: str, code: str) -> set[str]:
        return {text for text, _ in size_ways(label, code)}

    assert "une livre" in said("500 g", "fr") and "half a pound" in said("8 oz", "en")
    assert "pointure trente-huit" in said("38/39", "fr") and "size nine" in said("US 8-9", "en")
    assert "six and a half gallon" in said("6.5 gal", "en")
    assert "onze virgule cinq grammes" in said("11,5 g", "fr")
    assert "extra large" in said("XL", "en") and "taille huit" in said("T8", "fr")
    assert say_numbers("noir 70 %", "fr") == "noir soixante-dix pour cent"
    assert say_numbers("10W40", "en") == "ten w forty"
    assert words("71", "fr") == "soixante et onze" and words("80", "fr") == "quatre-vingts"
    assert words("2500", "en") == "twenty five hundred" and words("200", "fr") == "deux cents"


def test_the_recogniser_writes_codes_makers_and_soundalikes_its_own_way(hinter: HinterSet) -> None:
    shop = _shop(hinter, "moto")
    makers = {m.name: m for m in MAKERS["moto"]}
    ear = Ear("en", random.Random(3), makers)
    spelt = ear.letters([Word("10w40", "value"), Word("oil", "noun")])
    assert spelt is not None and [w.text for w in spelt][:3] in (
        ["10", "w", "40"],
        ["10", "double", "u"],
    )
    heard = ear.maker_heard([Word("asphalte", "maker"), Word("nomade", "maker")])
    assert heard is not None and " ".join(w.text for w in heard) == "as fault no mad"
    fr = Ear("fr", random.Random(0), makers)
    assert fr.accent([Word("intégral", "noun")]) is not None
    assert fr.plural([Word("casque", "noun")]) == [Word("casques", "noun")]
    assert shop.size_label(shop.items[0], 1)


def test_its_carrier_and_closing_phrases_are_its_own() -> None:
    ours = halves.strings([carriers("fr"), carriers("en")])
    assert len(ours) >= 200
    known = (halves.other_halves_strings("hinter") | halves.interaction_model_prefixes() | halves.template_prefixes()
             | halves.phrases_before_casual())  # fmt: skip
    assert len(ours - known) / len(ours) >= 0.9
    closings = halves.strings(CLOSINGS)
    assert len(closings - known) / len(closings) >= 0.7


def test_the_bench_prints_the_hinter_half(capsys: pytest.CaptureFixture[str]) -> None:
    assert resolution.main(["--skip-speed", "--misses", HINTER]) == 0
    printed = capsys.readouterr().out
    assert "misses per tag, half 'hinter'" in printed and "echoppe, hinter" in printed
