"""The mimic half of the spoken-query generator (bench/resolution_mimic.py): deterministic, in
the shared set's mix of kinds, every expectation recomputed from what the shopper said, its
noise of the shared set's strength, and its shops, brands and carrier phrases its own (other
halves' lists are compared here, never printed)."""

from __future__ import annotations

import ast
import random
from collections import Counter
from pathlib import Path

import pytest

from bench import resolution
from bench import resolution_mimic_ears as ears
from bench.resolution_gen import LOCALES, MIMIC, _distinct, generate
from bench.resolution_mimic import (
    CARRIERS,
    OTHER_HALVES,
    MimicSet,
    Said,
    expected,
    other_brands,
)
from bench.resolution_mimic_shops import MIMIC_SHOPS, SYLLABLES, MimicShop
from tests.catalog import generated_halves as halves

ROOT = Path(__file__).resolve().parents[2]
FORMS = {"carrier", "number_words", "digits", "brand_noun", "noun_value", "brand_noun_value",
         "no_size", "no_variant", "unsold_brand", "elsewhere", "sold_brand_elsewhere"}  # fmt: skip


@pytest.fixture(scope="module")
def mimic() -> MimicSet:
    data = generate(MIMIC)
    assert isinstance(data, MimicSet)
    return data


def test_the_same_seed_gives_the_same_shops_and_queries(mimic: MimicSet) -> None:
    halves.assert_deterministic(MIMIC, mimic)


def test_four_shops_two_locales_240_queries_each_in_the_shared_sets_mix(mimic: MimicSet) -> None:
    assert set(mimic.catalogs) == {(s.name, loc) for s in mimic.shops for loc in LOCALES}
    assert set(Counter((q.shop, q.locale) for q in mimic.queries).values()) == {240}
    kinds = Counter(q.kind for q in mimic.queries)
    share = {kind: count / len(mimic.queries) for kind, count in kinds.items()}
    assert 0.58 <= share["exact"] <= 0.70  # the shared set: 0.64
    assert 0.17 <= share["family"] <= 0.27  # 0.22
    assert 0.10 <= share["none"] <= 0.18  # 0.14


def test_shops_are_feeds_of_kinds_no_other_half_has_with_the_same_ids_in_both_locales(
    mimic: MimicSet,
) -> None:
    for shop in mimic.shops:
        assert isinstance(shop, MimicShop)
        assert 120 <= len(shop.items) <= 250 and 8 <= len(shop.brands) <= 10
        fr, en = (mimic.catalogs[(shop.name, loc)] for loc in LOCALES)
        assert [p.id for p in fr.products] == [p.id for p in en.products]
        for product in fr.products:
            assert product.brand in product.title
    assert [s.kind for s in mimic.shops] == list(MIMIC_SHOPS)
    others = [generate(half, per_shop=0) for half in OTHER_HALVES]
    assert not {s.kind for s in mimic.shops} & {s.kind for data in others for s in data.shops}
    nouns = {
        halves.fold(t[lang]) for types in MIMIC_SHOPS.values() for t in types for lang in (0, 1)
    }
    theirs = {halves.fold(t[lang]) for data in others for s in data.shops for t in s.types
              for lang in (0, 1)}  # fmt: skip
    assert not nouns & theirs


def test_brands_sound_like_no_other_halfs_brand(mimic: MimicSet) -> None:
    theirs = other_brands(2024)
    ours = [b for s in mimic.shops for b in s.brands] + [b.name for b in mimic.unsold]
    assert len(set(ours)) == len(ours)
    assert not {b.lower() for b in ours} & {b.lower() for b in theirs}
    assert all(_distinct(brand, theirs) for brand in ours)
    assert not set(SYLLABLES) & _other_syllables()


def test_each_expectation_is_every_product_consistent_with_what_was_said(mimic: MimicSet) -> None:
    halves.assert_expectations_real(mimic)
    shops = {s.name: s for s in mimic.shops}
    shapes: Counter[tuple[bool, bool]] = Counter()
    for q, said in zip(mimic.queries, mimic.said, strict=True):
        shop = shops[q.shop]
        assert {i.id for i in expected(shop, said)} == q.expect
        if q.kind == "exact":
            (item,) = expected(shop, said)
            assert said.brand == item.brand and said.kind == item.kind
        if q.kind == "family":
            assert said.size is None and len(q.expect) >= 2
            shapes[(bool(said.brand), said.variant is not None)] += 1
        if q.kind == "none" and not said.thing:
            assert said.brand not in shop.brands and expected(shop, Said(kind=said.kind))
    assert set(shapes) == {(True, False), (False, True), (True, True)}


def test_a_third_of_queries_are_clean_the_others_carry_one_or_two_noises(mimic: MimicSet) -> None:
    counts = Counter(len([t for t in q.noise if t not in FORMS]) for q in mimic.queries)
    share = {n: counts[n] / len(mimic.queries) for n in counts}
    assert set(counts) <= {0, 1, 2}
    assert 0.27 <= share[0] <= 0.40 and share[1] > share[2] > 0.15
    carried = sum("carrier" in q.noise for q in mimic.queries) / len(mimic.queries)
    assert 0.7 <= carried <= 0.85  # the shared set: 0.78
    tags = {t for q in mimic.queries for t in q.noise}
    assert {
        "homophone", "split", "merged", "brand_words", "brand_split", "brand_after", "size_between",
        "size_first", "number_colloquial", "number_regional", "liaison", "linking", "contraction",
        "elision_added", "accents", "filler", "quantity",
    } <= tags  # fmt: skip
    for q in mimic.queries:
        assert q.text == q.text.lower() and "  " not in q.text and len(q.text.split()) <= 16


def test_the_recogniser_writes_what_the_ear_confuses() -> None:
    tags: list[str] = []
    said = {ears.say_size("500 g", "fr", random.Random(n), tags, True, False) for n in range(5)}
    assert said == {"une livre"} and "number_colloquial" in tags
    said = {ears.say_size("150 cm", "fr", random.Random(n), [], True, False) for n in range(5)}
    assert said == {"un mètre cinquante"}
    said = {ears.say_size("box of 12", "en", random.Random(n), [], True, False) for n in range(5)}
    assert said == {"box of a dozen"}
    said = {ears.say_size("90 cm", "fr", random.Random(n), [], False, True) for n in range(40)}
    assert "nonante centimètres" in said and "90 cm" in said
    assert ears.say_size("n° 8", "fr", random.Random(0), [], False, False) in {
        "numéro huit", "n huit", "numéro 8", "n 8"}  # fmt: skip
    assert ears.linking("cast", "iron") == ("cas", "tiron")
    assert ears.liaison("deux", "étagères", random.Random(0)) == "zétagères"
    assert ears.cut("pulvérisateur", random.Random(0)) is not None
    assert ears.cut("râpe", random.Random(0)) is None
    heard = {ears.hear_brand(("gar", "nou"), SYLLABLES, False, "en", random.Random(n))
             for n in range(30)}  # fmt: skip
    assert ("car new", "brand_words") in heard and ("gar nou", "brand_split") in heard


def test_its_carrier_phrases_are_its_own() -> None:
    ours = halves.strings(CARRIERS)
    assert len(ours) >= 20
    assert not ours & halves.other_halves_strings(
        "mimic", "stray", "yonder", "hinter", "abroad", "offshore"
    )
    assert not ours & halves.interaction_model_prefixes()


def test_the_bench_prints_the_mimic_half_and_its_misses(capsys: pytest.CaptureFixture[str]) -> None:
    assert resolution.main(["--skip-speed", "--misses", MIMIC]) == 0
    printed = capsys.readouterr().out
    assert "misses per tag, half 'mimic'" in printed and "echoppe, mimic" in printed


def _other_syllables() -> set[str]:
    names = ("BRAND_SYLLABLES", "WIDE_SYLLABLES", "FAR_SYLLABLES", "CASUAL_SYLLABLES",
             "SPOKEN_SYLLABLES", "MIRROR_SYLLABLES", "FRESH_SYLLABLES")  # fmt: skip
    found: set[str] = set()
    for path in (ROOT / "bench").glob("resolution_*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id in names for t in node.targets
            ):
                found |= {c.value for c in ast.walk(node.value) if isinstance(c, ast.Constant)}
    assert len(found) > 100
    return found
