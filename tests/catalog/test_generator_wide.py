"""The wide half of the spoken-query generator (bench/resolution_wide.py): deterministic, its
expectations are products of its shops, and it shares no shop kind, brand or carrier phrase
with the other halves (fresh above all, which must stay unseen)."""

from __future__ import annotations

import re

import pytest

from bench import resolution
from bench.resolution_fresh import CARRIERS as FRESH_CARRIERS
from bench.resolution_gen import DEV, FRESH, HALVES, WIDE, generate
from bench.resolution_noise import CARRIERS as TUNE_CARRIERS
from bench.resolution_noise import strip_accents
from bench.resolution_wide_shops import CARRIERS
from catalog.carriers import CARRIERS as LEXICON_CARRIERS


@pytest.fixture(scope="module")
def wide():
    return generate(WIDE)


def _fold(phrase: str) -> str:
    return " ".join(re.sub(r"[-'’]", " ", strip_accents(phrase.lower())).split())


def test_the_same_seed_gives_the_same_shops_and_queries(wide) -> None:
    again = generate(WIDE)
    assert again.queries == wide.queries
    assert {k: c.products for k, c in again.catalogs.items()} == {
        k: c.products for k, c in wide.catalogs.items()
    }
    assert generate(WIDE, seed=7).queries != wide.queries


def test_expectations_are_products_of_the_shop_and_all_kinds_are_asked(wide) -> None:
    assert {q.kind for q in wide.queries} == {"exact", "family", "none"}
    for q in wide.queries:
        catalog = wide.catalogs[(q.shop, q.locale)]
        assert all(pid in catalog for pid in q.expect)
        assert (q.kind == "none") == (not q.expect)
        assert (q.kind == "exact") == (len(q.expect) == 1)


def test_its_shops_and_brands_are_its_own(wide) -> None:
    others = [generate(half, per_shop=0) for half in (*HALVES, *DEV, FRESH)]
    kinds = {s.kind for s in wide.shops}
    assert len(kinds) == 4
    assert not kinds & {s.kind for data in others for s in data.shops}
    brands = {b for s in wide.shops for b in s.brands}
    assert not brands & {b for data in others for s in data.shops for b in s.brands}


def test_its_carrier_phrases_are_in_no_other_pool_nor_the_resolver_lexicon() -> None:
    for lang in ("fr", "en"):
        ours = {_fold(p) for side in ("pre", "post") for p in CARRIERS[lang][side]}
        assert len(ours) == len(CARRIERS[lang]["pre"]) + len(CARRIERS[lang]["post"])
        fresh = {_fold(p) for side in ("pre", "post") for p in FRESH_CARRIERS[lang][side]}
        assert ours.isdisjoint(fresh)
        for (pool_lang, _pool), sides in TUNE_CARRIERS.items():
            if pool_lang == lang:
                assert ours.isdisjoint({_fold(p) for side in sides.values() for p in side})
        assert ours.isdisjoint({_fold(p) for p in LEXICON_CARRIERS[lang]})


def test_the_noise_kinds_are_all_there(wide) -> None:
    tags = {tag for q in wide.queries for tag in q.noise}
    assert {
        "carrier", "carrier_after", "politeness", "hesitation", "repeat", "quantity",
        "quantity_after", "asr", "asr_homophone", "asr_drop", "asr_double", "split", "merged",
        "function_word", "accents", "brand_after", "brand_linked", "brand_inside",
        "brand_noun_merged", "brand_split", "brand_asr", "size_first", "size_count",
        "size_letter", "size_half", "size_word", "unsold_brand", "unsold_plain_brand",
        "foreign_noun", "foreign_noun_alone",
    } <= tags  # fmt: skip


def test_the_bench_prints_the_misses_of_a_tuning_half_and_refuses_the_reported_ones(
    capsys,
) -> None:
    assert resolution.main(["--skip-speed", "--misses", WIDE]) == 0
    printed = capsys.readouterr().out
    assert "misses per tag, half 'wide'" in printed
    assert "echoppe, wide" in printed
    for half in ("held", FRESH):
        assert resolution.main(["--skip-speed", "--misses", half]) == 2
        assert "refused" in capsys.readouterr().out
