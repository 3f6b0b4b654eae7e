"""The casual half of the spoken-query generator (bench/resolution_casual.py): deterministic, of
the usual size and mix, its expectations are products of its shops (a family is every product
matching what was said), and it shares no shop kind, brand, syllable, carrier phrase, filler,
brand link or respelling rule with the other halves (fresh and held above all, which must stay
unseen: their lists are compared here, never printed)."""

from __future__ import annotations

import pytest

import bench.resolution_fresh as fresh
from bench import (
    resolution,
    resolution_casual_words,
    resolution_far_shops,
    resolution_far_words,
    resolution_noise,
    resolution_wide_shops,
)
from bench.resolution_casual_shops import CASUAL_SYLLABLES, PLAIN_BRANDS, CasualShop
from bench.resolution_gen import (
    CASUAL,
    DEV,
    FAR,
    FRESH,
    HALVES,
    LOCALES,
    WIDE,
    GeneratedSet,
    generate,
)
from bench.resolution_shops import BRAND_SYLLABLES
from tests.catalog import generated_halves as halves


@pytest.fixture(scope="module")
def casual() -> GeneratedSet:
    return generate(CASUAL)


def test_the_same_seed_gives_the_same_shops_and_queries(casual: GeneratedSet) -> None:
    halves.assert_deterministic(CASUAL, casual)


def test_four_shops_two_locales_240_queries_each_in_the_usual_mix(casual: GeneratedSet) -> None:
    halves.assert_usual_mix(casual)


def test_exact_names_a_product_and_a_family_is_every_product_matching_what_was_said(
    casual: GeneratedSet,
) -> None:
    halves.assert_expectations_real(casual)


def test_a_product_described_without_its_noun_has_a_value_or_size_no_other_type_has(
    casual: GeneratedSet,
) -> None:
    shops = {s.name: s for s in casual.shops}
    described = [q for q in casual.queries if "described_nameless" in q.noise]
    assert described
    for q in described:
        shop, lang = shops[q.shop], LOCALES.index(q.locale)
        item = next(i for i in shop.items if i.id in q.expect)
        noun = shop.types[item.kind][lang].lower()
        assert noun not in q.text
        value = shop.words(item, lang)[1]
        others = [t for index, t in enumerate(shop.types) if index != item.kind]
        if value:
            assert all(value not in (p[lang] for p in t[2]) for t in others)


def test_its_shops_brands_and_syllables_are_its_own(casual: GeneratedSet) -> None:
    others = [generate(half, per_shop=0) for half in (*HALVES, *DEV, FRESH, WIDE, FAR)]
    kinds = {s.kind for s in casual.shops}
    assert kinds == {"clothing", "linen", "camping", "crafts"}
    assert not kinds & {s.kind for data in others for s in data.shops}
    brands = {b for s in casual.shops for b in s.brands}
    assert brands & {b for data in others for s in data.shops for b in s.brands} == set()
    assert all(isinstance(s, CasualShop) and len(s.orders) == 2 for s in casual.shops)
    syllables = set(CASUAL_SYLLABLES)
    assert syllables & set(BRAND_SYLLABLES) == set()
    assert syllables & set(resolution_wide_shops.WIDE_SYLLABLES) == set()
    assert syllables & set(resolution_far_shops.FAR_SYLLABLES) == set()
    assert syllables & set(fresh.FRESH_SYLLABLES) == set()
    ours = halves.strings(PLAIN_BRANDS)
    assert ours & halves.strings(resolution_wide_shops.PLAIN_BRANDS) == set()
    assert ours & halves.strings(resolution_far_shops.PLAIN_BRANDS) == set()
    assert any(b in PLAIN_BRANDS for b in brands)


def test_its_phrases_are_in_no_other_pool_nor_the_resolver_lexicon() -> None:
    words, far = resolution_casual_words, resolution_far_words
    theirs = halves.phrases_before_casual()
    for lang in ("fr", "en"):
        carriers = [*words.CARRIERS[lang]["pre"], *words.CARRIERS[lang]["post"]]
        ours = {halves.fold(p) for p in carriers}
        assert len(ours) == len(carriers)
        assert ours & theirs == set()  # only our own words are ever shown
        assert halves.strings(words.FILLERS[lang]) & theirs == set()
        assert halves.strings(words.TRAILS[lang]) & theirs == set()
    links = (
        halves.strings(resolution_wide_shops.BRAND_LINKS)
        | halves.strings(fresh.BRAND_LINKS)
        | halves.strings(far.BRAND_LINKS)
    )
    assert halves.strings(words.BRAND_LINKS) & links == set()
    rules = (
        halves.rules(resolution_noise._RESPELL)
        | halves.rules(resolution_wide_shops.RESPELL)
        | halves.rules(fresh.RESPELL)
        | halves.rules(far.RESPELL)
    )
    assert halves.rules([words.RESPELL, words.BRAND_RESPELL]) & rules == set()


def test_its_homophones_are_its_own() -> None:
    ours = halves.homophones(resolution_casual_words.HOMOPHONES)
    assert len(ours) > 100
    theirs = (
        halves.homophones(resolution_noise._HOMOPHONES)
        | halves.homophones(resolution_wide_shops.HOMOPHONES)
        | halves.homophones(fresh.HOMOPHONES)
        | halves.homophones(resolution_far_words.HOMOPHONES)
    )
    assert ours & theirs == set()


def test_the_noise_kinds_are_all_there(casual: GeneratedSet) -> None:
    tags = {tag for q in casual.queries for tag in q.noise}
    assert {
        "carrier", "carrier_after", "filler", "punctuation", "trailing_off", "word_cut_end",
        "accents_lost", "article", "agreement", "liaison", "quantity", "described",
        "described_nameless", "attr_order", "value_first", "brand_possessive", "brand_linked",
        "brand_end", "brand_accent", "brand_and", "asr_homophone", "asr_respell",
        "letter_size", "numbered_size", "places", "degrees", "bed_size", "size_count",
        "unit_left_out", "unit_glued", "number_words", "fraction_words", "size_end",
        "unsold_brand", "unsold_plain_brand", "other_shop_brand", "near_type", "foreign_noun",
        "foreign_noun_alone",
    } <= tags  # fmt: skip


def test_the_bench_prints_the_casual_half_and_its_misses(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert resolution.main(["--skip-speed", "--misses", CASUAL]) == 0
    printed = capsys.readouterr().out
    assert "misses per tag, half 'casual'" in printed
    assert "echoppe, casual" in printed
