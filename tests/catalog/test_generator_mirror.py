"""The mirror half of the spoken-query generator (bench/resolution_mirror.py): deterministic, in
the shared set's mix of kinds, every expectation recomputed from what the query said, its
"none" requests really unsold, its noise of the shared set's strength, its recogniser changing
words the documented ways, and its words its own (other halves' lists are compared here,
never printed)."""

from __future__ import annotations

import random
from collections import Counter

import pytest

import bench.resolution_fresh as fresh
from bench import (
    resolution,
    resolution_casual_shops,
    resolution_casual_words,
    resolution_far_shops,
    resolution_far_words,
    resolution_noise,
    resolution_spoken_shops,
    resolution_spoken_sounds,
    resolution_spoken_speech,
    resolution_wide_shops,
)
from bench import resolution_mirror_sounds as sounds
from bench.resolution_gen import LOCALES, MIRROR, generate
from bench.resolution_mirror import (
    CARRIERS,
    FILLERS,
    SHARED_CARRIERS,
    MirrorSet,
    Said,
    expected,
)
from bench.resolution_mirror_shops import (
    MIRROR_SHOPS,
    MIRROR_SYLLABLES,
    PLAIN_BRANDS,
    MirrorShop,
    shop_words,
)
from bench.resolution_shops import BRAND_SYLLABLES
from tests.catalog import generated_halves as halves

OTHERS = ("tune", "held", "dev", "fresh", "wide", "far", "casual", "spoken")
RECOGNISER = {"split", "merged", "liaison", "carried_over", "filler", "clipped", "brand_split",
              "brand_words", "brand_sound", "brand_merged"}  # fmt: skip


def errors(tags: tuple[str, ...]) -> list[str]:
    return [t for t in tags if t.startswith("sound_") or t in RECOGNISER]


@pytest.fixture(scope="module")
def mirror() -> MirrorSet:
    data = generate(MIRROR)
    assert isinstance(data, MirrorSet)
    return data


def test_the_same_seed_gives_the_same_shops_and_queries(mirror: MirrorSet) -> None:
    halves.assert_deterministic(MIRROR, mirror)


def test_four_shops_two_locales_240_queries_each_in_the_shared_sets_mix(mirror: MirrorSet) -> None:
    assert len(mirror.shops) == 4
    assert set(mirror.catalogs) == {(s.name, loc) for s in mirror.shops for loc in LOCALES}
    assert set(Counter((q.shop, q.locale) for q in mirror.queries).values()) == {240}
    kinds = Counter(q.kind for q in mirror.queries)
    share = {kind: count / len(mirror.queries) for kind, count in kinds.items()}
    assert 0.58 <= share["exact"] <= 0.70  # the shared set: 0.64
    assert 0.17 <= share["family"] <= 0.27  # 0.22
    assert 0.10 <= share["none"] <= 0.18  # 0.14
    for locale in LOCALES:
        assert any(q.locale == locale for q in mirror.queries)


def test_shops_are_feeds_of_their_own_kind_with_the_same_ids_in_both_locales(
    mirror: MirrorSet,
) -> None:
    for shop in mirror.shops:
        assert isinstance(shop, MirrorShop)
        assert 120 <= len(shop.items) <= 250
        assert 8 <= len(shop.types) <= 12 and 8 <= len(shop.brands) <= 10
        fr, en = (mirror.catalogs[(shop.name, loc)] for loc in LOCALES)
        assert [p.id for p in fr.products] == [p.id for p in en.products]
        for product in fr.products:
            assert product.brand in product.title and product.price.currency == "EUR"
    kinds = {s.kind for s in mirror.shops}
    assert kinds == set(MIRROR_SHOPS) == {"aquarium", "jewellery", "coffee", "bathroom"}
    others = [generate(half, per_shop=0) for half in OTHERS]
    assert not kinds & {s.kind for data in others for s in data.shops}
    brands = {b.lower() for s in mirror.shops for b in s.brands}
    assert not brands & {b.lower() for data in others for s in data.shops for b in s.brands}
    assert any(" " in b for b in brands) and any(b != halves.fold(b) for b in brands)


def test_the_shops_alone_are_built_once_and_handed_out_as_copies() -> None:
    """Every half asks for the earlier halves' shops: built once per process, each caller
    gets its own copy, equal to the others."""
    first, second = (generate("casual", per_shop=0) for _ in range(2))
    assert first.queries == [] and first.shops is not second.shops
    assert [s.brands for s in first.shops] == [s.brands for s in second.shops]
    first.shops[0].brands.append("Changed")
    assert "Changed" not in generate("casual", per_shop=0).shops[0].brands


def test_exact_names_a_product_and_a_family_is_every_product_matching_what_was_said(
    mirror: MirrorSet,
) -> None:
    halves.assert_expectations_real(mirror)


def test_each_expectation_is_every_product_consistent_with_what_was_said(
    mirror: MirrorSet,
) -> None:
    shops = {s.name: s for s in mirror.shops}
    assert len(mirror.said) == len(mirror.queries)
    shapes: Counter[tuple[bool, bool]] = Counter()
    for q, said in zip(mirror.queries, mirror.said, strict=True):
        shop = shops[q.shop]
        assert isinstance(shop, MirrorShop)
        assert {i.id for i in expected(shop, said)} == q.expect
        if q.kind == "exact":
            (item,) = expected(shop, said)
            assert said.brand == item.brand and said.kind == item.kind
        if q.kind == "family":
            assert len(q.expect) >= 2 and said.size is None
            shapes[(bool(said.brand), said.variant is not None)] += 1
    assert set(shapes) == {(True, False), (False, True), (True, True)}
    assert shapes[(True, False)] > shapes[(False, True)] + shapes[(True, True)]


def test_a_none_names_an_unsold_brand_with_a_sold_noun_or_another_shops_thing(
    mirror: MirrorSet,
) -> None:
    shops = {s.name: s for s in mirror.shops}
    sold = {b for s in mirror.shops for b in s.brands}
    unsold = {b.name for b in mirror.unsold}
    assert not unsold & sold
    seen: Counter[str] = Counter()
    for q, said in zip(mirror.queries, mirror.said, strict=True):
        if q.kind != "none":
            continue
        shop = shops[q.shop]
        assert isinstance(shop, MirrorShop)
        if said.thing:
            seen["elsewhere"] += 1
            words = {halves.fold(w) for w in said.thing.replace("'", " ").split()}
            assert not words & {halves.fold(w) for w in shop_words(shop.types)}
        else:
            seen["unsold"] += 1
            assert said.brand in unsold and 0 <= said.kind < len(shop.types)
            assert expected(shop, Said(kind=said.kind))  # the noun is sold
    assert seen["elsewhere"] > 100 and seen["unsold"] > 100


def test_the_noise_is_as_strong_as_the_shared_sets_one_or_two_errors_some_clean(
    mirror: MirrorSet,
) -> None:
    counts = Counter(len(errors(q.noise)) for q in mirror.queries)
    assert set(counts) <= {0, 1, 2}
    share = {n: counts[n] / len(mirror.queries) for n in counts}
    assert 0.25 <= share[0] <= 0.45 and share[1] > share[2] > 0.1
    tags = {t for q in mirror.queries for t in q.noise}
    assert {
        "sound_final", "sound_spelling", "sound_nasal", "sound_vowel", "sound_flap",
        "sound_s_z", "split", "merged", "carried_over", "filler", "clipped", "brand_split",
        "brand_words", "brand_sound", "accents_lost", "number_words", "digits", "letters",
        "carrier", "carrier_own", "brand_after", "legal_said", "legal_dropped", "no_size",
        "unsold_brand", "elsewhere", "value_first",
    } <= tags  # fmt: skip
    for q in mirror.queries:
        assert q.text == q.text.lower() and "  " not in q.text


def test_numbers_are_said_each_languages_way_with_regional_forms() -> None:
    assert sounds.french(71) == "soixante et onze"
    assert sounds.french(80) == "quatre-vingts" and sounds.french(280) == "deux cent quatre-vingts"
    assert sounds.french(200) == "deux cents" and sounds.french(250) == "deux cent cinquante"
    assert sounds.french(90, regional=True) == "nonante"
    assert sounds.french(470, regional=True) == "quatre cent septante"
    assert sounds.english(250) == "two hundred fifty"
    assert sounds.english(250, "and") == "two hundred and fifty"
    assert sounds.english(350, "pairs") == "three fifty"
    assert sounds.english(100, "a") == "a hundred"
    said = {sounds.say_size("1,5 m", "fr", random.Random(n), []) for n in range(60)}
    assert {"un mètre cinquante", "1,5 m"} <= said
    said = {sounds.say_size("1.5 m", "en", random.Random(n), []) for n in range(60)}
    assert "one and a half meters" in said and "one point five meters" in said
    said = {sounds.say_size("x5", "fr", random.Random(n), []) for n in range(30)}
    assert "fois cinq" in said
    said = {sounds.say_size("taille M", "fr", random.Random(n), []) for n in range(30)}
    assert said == {"taille m", "taille aime"}


def test_slips_follow_rules_of_sound() -> None:
    def heard(word: str, lang: str) -> dict[str, str]:
        out = {}
        for seed in range(80):
            slipped = sounds.slip(word, lang, random.Random(seed))
            assert slipped is not None and slipped[0] != word
            out[slipped[0]] = slipped[1]
        return out

    assert heard("collier", "fr").get("colliez") == "sound_e"
    assert heard("intérieur", "fr").get("untérieur") == "sound_nasal"
    assert heard("décoration", "fr").get("décorasion") == "sound_tion"
    assert heard("heater", "en").get("header") == "sound_flap"
    assert heard("thirty", "en").get("dirty") == "sound_th"
    assert heard("gold", "en").get("gol") == "sound_final"
    assert heard("filter", "en").get("filta") == "sound_vowel"
    assert sounds.slip("or", "fr", random.Random(0)) is None  # too short to be misheard alone
    assert sounds.carry_over("douche", "inox", "fr") == ("dou", "chinox")
    assert sounds.carry_over("collier", "argent", "fr") is None  # silent r: nothing to carry
    assert sounds.liaison("deux", "étages", "fr") == "zétages"
    assert sounds.split("grossissant", random.Random(0)) in ("gros sissant", "grossis sant")
    assert sounds.split("bague", random.Random(0)) is None
    assert sounds.clip("antidérapant") == "antidéra"
    heard_brand = {sounds.hear_brand(("mau", "cau"), False, "en", random.Random(n))
                   for n in range(40)}  # fmt: skip
    assert ("mau cau", "brand_split") in heard_brand and ("mow cau", "brand_words") in heard_brand


def test_its_syllables_phrases_and_sound_rules_are_its_own() -> None:
    syllables = set(MIRROR_SYLLABLES)
    assert len(syllables) == len(MIRROR_SYLLABLES)
    for listed in (BRAND_SYLLABLES, resolution_wide_shops.WIDE_SYLLABLES,
                   resolution_far_shops.FAR_SYLLABLES, resolution_casual_shops.CASUAL_SYLLABLES,
                   resolution_spoken_shops.SPOKEN_SYLLABLES, fresh.FRESH_SYLLABLES):  # fmt: skip
        assert not syllables & set(listed)
    plain = halves.strings(PLAIN_BRANDS)
    for brand_list in (resolution_wide_shops.PLAIN_BRANDS, resolution_far_shops.PLAIN_BRANDS,
                   resolution_casual_shops.PLAIN_BRANDS, resolution_spoken_shops.PLAIN_BRANDS):  # fmt: skip
        assert not plain & halves.strings(brand_list)
    speech = resolution_spoken_speech
    phrases = (
        halves.phrases_before_casual()
        | halves.strings(resolution_casual_words.CARRIERS)
        | halves.strings([resolution_casual_words.FILLERS, resolution_casual_words.TRAILS])
        | halves.strings([speech.ASKS, speech.QUESTIONS, speech.PEOPLE, speech.PARTIAL])
    )
    ours = halves.strings([CARRIERS, FILLERS])
    assert len(ours) >= 18 and not ours & phrases
    assert halves.strings(SHARED_CARRIERS) <= phrases  # the shared set's, mirrored on purpose
    rules = {(pattern, spelling) for table in sounds.SOUNDS.values() for group in table.values()
             for pattern, spellings in group for spelling in spellings}  # fmt: skip
    theirs = (
        halves.rules(resolution_noise._RESPELL)
        | halves.rules(resolution_wide_shops.RESPELL)
        | halves.rules(fresh.RESPELL)
        | halves.rules(resolution_far_words.RESPELL)
        | halves.rules([resolution_casual_words.RESPELL, resolution_casual_words.BRAND_RESPELL])
        | halves.rules(resolution_spoken_sounds.LETTERS)
    )
    assert len(rules) > 80 and not rules & theirs
    heard_as = {(syllable, word) for table in sounds.SOUNDS_LIKE.values()
                for syllable, word in table.items()}  # fmt: skip
    homophones = halves.homophones(resolution_casual_words.HOMOPHONES) | halves.homophones(
        resolution_far_words.HOMOPHONES
    )
    assert not heard_as & homophones


def test_the_bench_prints_the_mirror_half_and_its_misses(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert resolution.main(["--skip-speed", "--misses", MIRROR]) == 0
    printed = capsys.readouterr().out
    assert "misses per tag, half 'mirror'" in printed
    assert "echoppe, mirror" in printed
