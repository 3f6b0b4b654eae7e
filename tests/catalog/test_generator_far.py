"""The far half of the spoken-query generator (bench/resolution_far.py): deterministic, of the
usual size and mix, its expectations are products of its shops (a family is every product
matching what was said), and it shares no shop kind, brand, syllable, carrier phrase, filler,
brand link or respelling rule with the other halves (fresh and held above all, which must stay
unseen: their lists are compared here, never printed)."""

from __future__ import annotations

import pytest

import bench.resolution_fresh as fresh
from bench import resolution, resolution_far_words, resolution_noise, resolution_wide_shops
from bench.resolution_far_shops import FAR_SYLLABLES, PLAIN_BRANDS, FarShop
from bench.resolution_gen import DEV, FAR, FRESH, HALVES, WIDE, GeneratedSet, generate
from bench.resolution_shops import BRAND_SYLLABLES
from catalog.carriers import CARRIERS as LEXICON_CARRIERS
from tests.catalog import generated_halves as halves


@pytest.fixture(scope="module")
def far() -> GeneratedSet:
    return generate(FAR)


def test_the_same_seed_gives_the_same_shops_and_queries(far: GeneratedSet) -> None:
    halves.assert_deterministic(FAR, far)


def test_four_shops_two_locales_240_queries_each_in_the_usual_mix(far: GeneratedSet) -> None:
    halves.assert_usual_mix(far)


def test_exact_names_a_product_and_a_family_is_every_product_matching_what_was_said(
    far: GeneratedSet,
) -> None:
    halves.assert_expectations_real(far)


def test_a_synonym_is_said_only_where_the_merchant_lists_it(far: GeneratedSet) -> None:
    said = [q for q in far.queries if "synonym" in q.noise]
    assert said
    for q in said:
        catalog = far.catalogs[(q.shop, q.locale)]
        assert all(catalog.get(pid).synonyms for pid in q.expect)
    listed = [p for c in far.catalogs.values() for p in c.products if p.synonyms]
    assert listed and len(listed) < sum(len(c) for c in far.catalogs.values())


def test_its_shops_brands_and_syllables_are_its_own(far: GeneratedSet) -> None:
    others = [generate(half, per_shop=0) for half in (*HALVES, *DEV, FRESH, WIDE)]
    kinds = {s.kind for s in far.shops}
    assert kinds == {"car", "paint", "music", "office"}
    assert not kinds & {s.kind for data in others for s in data.shops}
    brands = {b for s in far.shops for b in s.brands}
    assert brands & {b for data in others for s in data.shops for b in s.brands} == set()
    assert all(isinstance(s, FarShop) and len(s.orders) == 3 for s in far.shops)
    syllables = set(FAR_SYLLABLES)
    assert syllables & set(BRAND_SYLLABLES) == set()
    assert syllables & set(resolution_wide_shops.WIDE_SYLLABLES) == set()
    assert syllables & set(fresh.FRESH_SYLLABLES) == set()
    assert (
        halves.strings(PLAIN_BRANDS) & halves.strings(resolution_wide_shops.PLAIN_BRANDS) == set()
    )
    forms = [b for b in brands if b.endswith(("& Fils", "Bros", "Frères", "& Co"))]
    assert forms and any(b in PLAIN_BRANDS for b in brands)


def test_its_phrases_are_in_no_other_pool_nor_the_resolver_lexicon() -> None:
    words = resolution_far_words
    theirs = (
        halves.strings(resolution_noise.CARRIERS)
        | halves.strings(resolution_wide_shops.CARRIERS)
        | halves.strings(fresh.CARRIERS)
        | halves.strings(LEXICON_CARRIERS)
        | halves.strings([resolution_wide_shops.POLITE, resolution_wide_shops.PAUSES])
        | halves.strings([fresh.HESITATIONS, resolution_wide_shops.QUANTITY])
    )
    for lang in ("fr", "en"):
        carriers = [*words.CARRIERS[lang]["pre"], *words.CARRIERS[lang]["post"]]
        ours = {halves.fold(p) for p in carriers}
        assert len(ours) == len(carriers)
        for pool in (ours, *(halves.strings(w[lang]) for w in (words.TIME_PHRASES, words.POLITE))):
            assert pool & theirs == set()  # only our own words are ever shown
        assert halves.strings(words.FILLERS[lang]) & theirs == set()
    links = halves.strings(resolution_wide_shops.BRAND_LINKS) | halves.strings(fresh.BRAND_LINKS)
    assert halves.strings(words.BRAND_LINKS) & links == set()
    rules = (
        halves.rules(resolution_noise._RESPELL)
        | halves.rules(resolution_wide_shops.RESPELL)
        | halves.rules(fresh.RESPELL)
    )
    assert halves.rules(words.RESPELL) & rules == set()


def test_its_homophones_are_its_own() -> None:
    ours = halves.homophones(resolution_far_words.HOMOPHONES)
    assert len(ours) > 100
    theirs = (
        halves.homophones(resolution_noise._HOMOPHONES)
        | halves.homophones(resolution_wide_shops.HOMOPHONES)
        | halves.homophones(fresh.HOMOPHONES)
    )
    assert ours & theirs == set()


def test_the_noise_kinds_are_all_there(far: GeneratedSet) -> None:
    tags = {tag for q in far.queries for tag in q.noise}
    assert {
        "carrier", "carrier_after", "politeness", "time_phrase", "filler", "false_start",
        "stutter", "correction_value", "correction_brand", "correction_size", "quantity",
        "quantity_pair", "quantity_after", "asr_homophone", "asr_respell", "asr_letter_dropped",
        "asr_letter_doubled", "asr_split", "run_together", "plural_lost", "hyphen_lost",
        "elision_lost", "accents_lost", "value_first", "synonym", "noun_head", "brand_after",
        "brand_linked", "brand_end", "brand_between", "brand_glued", "brand_asr", "brand_split",
        "brand_clipped", "brand_one_word", "brand_possessive", "brand_legal_said",
        "brand_legal_dropped", "code_letters", "code_letter_names", "code_digits_words",
        "code_w_said", "size_words", "size_other_unit", "size_half", "size_hundredths",
        "size_gauge", "size_gauge_short", "size_width_only", "size_units_left_out", "size_count",
        "size_reams", "size_single", "size_end", "size_first", "number_words", "unsold_brand",
        "unsold_plain_brand", "other_shop_brand", "near_type", "foreign_noun",
        "foreign_noun_alone",
    } <= tags  # fmt: skip


def test_the_bench_prints_the_far_half_and_its_misses(capsys: pytest.CaptureFixture[str]) -> None:
    assert resolution.main(["--skip-speed", "--misses", FAR]) == 0
    printed = capsys.readouterr().out
    assert "misses per tag, half 'far'" in printed
    assert "echoppe, far" in printed
    for half in ("held", FRESH):
        assert resolution.main(["--skip-speed", "--misses", half]) == 2
        assert "refused" in capsys.readouterr().out
