"""The novel half of the spoken-query generator (bench/resolution_novel.py): deterministic, in
the shared set's mix of kinds, every expectation recomputed from what the shopper said, about a
third of its queries clean, and its shops, brands and carrier phrases its own (other halves'
lists are compared here, never printed)."""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

import pytest

from bench import resolution
from bench import resolution_novel_ears as ears
from bench.resolution_gen import LOCALES, NOVEL, _distinct, _shops_alone, generate
from bench.resolution_novel import FORMS, OTHER_HALVES, NovelSet
from bench.resolution_novel_errors import Recogniser
from bench.resolution_novel_said import CARRIERS, CLOSINGS, Said, expected
from bench.resolution_novel_shops import (
    BRANDS,
    NOVEL_SHOPS,
    SHORT_NAMES,
    UNSOLD,
    NovelShop,
    shop_words,
)
from tests.catalog import generated_halves as halves

ROOT = Path(__file__).resolve().parents[2]
NOISE_TAGS = {
    "homophone", "brand_heard", "brand_after", "brand_linked", "brand_possessive", "split",
    "merged", "clipped", "plural", "filler", "repeat", "false_start", "number_spoken",
    "number_heard", "accents", "value_first", "determiner", "noun_short", "size_moved",
    "quantity", "size_word",
}  # fmt: skip


@pytest.fixture(scope="module")
def novel() -> NovelSet:
    data = generate(NOVEL)
    assert isinstance(data, NovelSet)
    return data


def test_the_same_seed_gives_the_same_shops_and_queries(novel: NovelSet) -> None:
    halves.assert_deterministic(NOVEL, novel)


def test_four_shops_two_locales_240_queries_each_in_the_shared_sets_mix(novel: NovelSet) -> None:
    assert set(novel.catalogs) == {(s.name, loc) for s in novel.shops for loc in LOCALES}
    assert set(Counter((q.shop, q.locale) for q in novel.queries).values()) == {240}
    kinds = Counter(q.kind for q in novel.queries)
    share = {kind: count / len(novel.queries) for kind, count in kinds.items()}
    assert 0.59 <= share["exact"] <= 0.69  # the shared set: 0.64
    assert 0.18 <= share["family"] <= 0.26  # 0.22
    assert 0.11 <= share["none"] <= 0.18  # 0.14


def test_shops_are_feeds_of_kinds_no_other_half_has_with_the_same_ids_in_both_locales(
    novel: NovelSet,
) -> None:
    for shop in novel.shops:
        assert isinstance(shop, NovelShop)
        assert 120 <= len(shop.items) <= 250 and 8 <= len(shop.brands) <= 10
        fr, en = (novel.catalogs[(shop.name, loc)] for loc in LOCALES)
        assert [p.id for p in fr.products] == [p.id for p in en.products]
        assert len({p.title for p in fr.products}) == len(fr.products)
        for product in fr.products:
            assert product.brand in product.title and product.price.minor > 0
    assert [s.kind for s in novel.shops] == list(NOVEL_SHOPS)
    others = [_shops_alone(half, 2024) for half in OTHER_HALVES]
    assert not {s.kind for s in novel.shops} & {s.kind for data in others for s in data.shops}
    ours = {halves.fold(noun) for types in NOVEL_SHOPS.values() for t in types for noun in t[:2]}
    theirs = {halves.fold(noun) for data in others for s in data.shops for t in s.types
              for noun in t[:2]}  # fmt: skip
    assert not ours & theirs


def test_brands_sound_like_no_other_halfs_brand_nor_like_their_shops_words() -> None:
    theirs = [b for half in OTHER_HALVES for s in _shops_alone(half, 2024).shops for b in s.brands]
    ours = [b.name for brands in BRANDS.values() for b in brands] + [b.name for b in UNSOLD]
    assert len(set(ours)) == len(ours) and len(theirs) > 250
    assert all(_distinct(brand, theirs) for brand in ours)
    assert all(_distinct(brand, [b for b in ours if b != brand]) for brand in ours)
    for kind, brands in BRANDS.items():
        vocabulary = {ears.fold(w) for w in shop_words(NOVEL_SHOPS[kind])}
        assert not {ears.fold(b.name) for b in brands} & vocabulary


def test_every_brand_of_a_shop_can_be_heard_as_ordinary_words_in_both_locales(
    novel: NovelSet,
) -> None:
    for shop in novel.shops:
        assert isinstance(shop, NovelShop)
        for code in ("fr", "en"):
            ear = Recogniser(shop, code, random.Random(0))
            for brand in shop.brand_of.values():
                heard = brand.heard[ear.lang]
                assert ear._fits([brand.name.lower()], [heard]), (brand.name, heard)


def test_short_names_are_part_of_their_name_and_of_no_other_type() -> None:
    def words(text: str) -> set[str]:
        return set(re.split(r"[\s'-]+", ears.fold(text)))

    names = {noun: types for types in NOVEL_SHOPS.values() for t in types for noun in t[:2]}
    for full, shorts in SHORT_NAMES.items():
        others = [noun for t in names[full] if full not in t for noun in t[:2]]
        for short in shorts:
            assert words(short) < words(full)
            assert not any(words(short) <= words(other) for other in others), short


def test_each_expectation_is_every_product_consistent_with_what_was_said(novel: NovelSet) -> None:
    halves.assert_expectations_real(novel)
    shops = {s.name: s for s in novel.shops}
    shapes: Counter[tuple[bool, bool]] = Counter()
    nones: Counter[str] = Counter()
    for q, said in zip(novel.queries, novel.said, strict=True):
        shop = shops[q.shop]
        assert {i.id for i in expected(shop, said)} == q.expect
        if q.kind == "exact":
            (item,) = expected(shop, said)
            assert said.brand == item.brand and said.kind == item.kind
            if said.size_word:
                siblings = expected(shop, Said(said.brand, said.kind, said.variant))
                assert len({i.size for i in siblings}) >= 2
        if q.kind == "family":
            assert said.size is None and len(q.expect) >= 2
            shapes[(bool(said.brand), said.variant is not None)] += 1
        if q.kind == "none":
            nones.update(t for t in q.noise if t in FORMS)
            if not said.thing:
                assert expected(shop, Said(kind=said.kind))
    assert set(shapes) == {(True, False), (False, True), (True, True)}
    assert {"unsold_brand", "brand_lacks_noun", "sold_brand_elsewhere", "elsewhere"} <= set(nones)


def test_a_third_of_queries_are_clean_the_others_carry_one_to_three_noises(
    novel: NovelSet,
) -> None:
    counts = Counter(len([t for t in q.noise if t not in FORMS]) for q in novel.queries)
    share = {n: counts[n] / len(novel.queries) for n in counts}
    assert set(counts) <= {0, 1, 2, 3}
    assert 0.30 <= share[0] <= 0.42 and share[1] > share[2] > share[3] > 0.03
    carried = sum("carrier" in q.noise for q in novel.queries) / len(novel.queries)
    assert 0.70 <= carried <= 0.82  # the shared set: 0.78
    tags = {t for q in novel.queries for t in q.noise}
    assert tags - FORMS == NOISE_TAGS
    for q in novel.queries:
        assert q.text == q.text.lower() and "  " not in q.text and len(q.text.split()) <= 22


def test_shoppers_say_sizes_the_way_of_their_trade() -> None:
    def say(size: str, code: str, everyday: bool = True) -> set[str]:
        return {ears.say_size(size, code, random.Random(n), everyday)[0] for n in range(20)}

    assert say("250 g", "fr") == {"une demi-livre"}
    assert say("12 pièces", "fr") == {"une douzaine"} and say("6 count", "en") == {"half a dozen"}
    assert say("-2.50", "en") <= {"minus two and a half"}
    assert say("taille M", "fr") == {"taille medium"} and say("pony", "en") == {"pony size"}
    assert say("1 pièce", "fr") == {""}
    assert "size forty one" in say("EU 41", "en")
    assert {"boîte de 30", "boîte de trente"} <= say("boîte de 30", "fr", everyday=False)
    assert ears.french(71) == "soixante et onze" and ears.french(200) == "deux cents"
    assert ears.french(91) == "quatre-vingt-onze" and ears.french(250) == "deux cent cinquante"
    assert ears.english(360) == "three hundred sixty"


def test_the_recogniser_cuts_clips_and_swaps_plurals() -> None:
    assert ears.cut("crevettes", random.Random(0)) in {"crevet tes", "cre vettes"}
    assert ears.cut("cob", random.Random(0)) is None
    assert ears.clip("quarante", random.Random(0), last=True) is None  # a number stays whole
    assert ears.plural_swapped("huîtres", "fr") == "huître"
    assert ears.plural_swapped("maquereau", "fr") == "maquereaux"
    assert ears.plural_swapped("shrimp", "en") == "shrimps"
    assert ears.plural_swapped("glass", "en") is None


def test_its_carrier_and_closing_phrases_are_its_own() -> None:
    ours = halves.strings(CARRIERS) | halves.strings(CLOSINGS)
    assert len(halves.strings(CARRIERS)) >= 30
    assert not ours & halves.other_halves_strings(
        "novel", "stray", "yonder", "hinter", "abroad", "offshore", "distant"
    )
    assert not halves.strings(CARRIERS) & halves.interaction_model_prefixes()


def test_the_bench_prints_the_novel_half_and_its_misses(capsys: pytest.CaptureFixture[str]) -> None:
    assert resolution.main(["--skip-speed", "--misses", NOVEL]) == 0
    printed = capsys.readouterr().out
    assert "misses per tag, half 'novel'" in printed and "echoppe, novel" in printed
