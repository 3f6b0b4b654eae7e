"""The spoken-query generator of bench/resolution_gen.py: deterministic, a fixed split, the
kinds of noise it promises; and no wrong match on any of its "none" requests."""

from __future__ import annotations

import pytest

from bench.resolution_gen import DEV, HALVES, generate
from bench.resolution_noise import CARRIERS
from catalog.resolver import Resolver


@pytest.fixture(scope="module")
def halves():
    return {half: generate(half) for half in HALVES}


def test_the_same_seed_gives_the_same_shops_and_queries(halves) -> None:
    again = generate("tune")
    assert again.queries == halves["tune"].queries
    assert {k: c.products for k, c in again.catalogs.items()} == {
        k: c.products for k, c in halves["tune"].catalogs.items()
    }
    other = generate("tune", seed=7)
    assert other.queries != halves["tune"].queries


def test_the_split_is_fixed_and_the_halves_do_not_share_phrasings(halves) -> None:
    tune, held = halves["tune"], halves["held"]
    assert {s.kind for s in tune.shops} == {"cleaning", "grocery", "hardware"}
    assert {s.kind for s in held.shops} == {"cleaning", "pets", "cosmetics", "toys"}
    for lang in ("fr", "en"):
        for side in ("pre", "post"):
            held_phrases = set(CARRIERS[(lang, "held")][side])
            assert not set(CARRIERS[(lang, "tune")][side]) & held_phrases
            assert not set(CARRIERS[(lang, "dev")][side]) & held_phrases
    assert not set(DEV["dev"]) & set(HALVES["held"])
    tune_brands = {b for s in tune.shops for b in s.brands}
    held_brands = {b for s in held.shops for b in s.brands}
    assert not tune_brands & held_brands


def test_every_shop_exists_in_both_locales_with_the_same_ids(halves) -> None:
    for data in halves.values():
        for shop in data.shops:
            fr = data.catalogs[(shop.name, "fr-FR")]
            en = data.catalogs[(shop.name, "en-US")]
            assert [p.id for p in fr.products] == [p.id for p in en.products]
            assert fr.products[0].price.currency == "EUR"
            assert en.products[0].price.currency == "USD"


def test_the_noise_kinds_are_all_there(halves) -> None:
    tags = {tag for data in halves.values() for q in data.queries for tag in q.noise}
    assert {
        "carrier", "carrier_after", "brand_after", "asr", "brand_asr", "split", "merged",
        "brand_split", "quantity", "size_between", "size_word", "accents", "unsold_brand",
        "foreign_noun",
    } <= tags  # fmt: skip
    kinds = {q.kind for data in halves.values() for q in data.queries}
    assert kinds == {"exact", "family", "none"}


def test_expectations_are_products_of_the_shop(halves) -> None:
    for data in halves.values():
        for q in data.queries:
            catalog = data.catalogs[(q.shop, q.locale)]
            assert all(pid in catalog for pid in q.expect)
            assert (q.kind == "none") == (not q.expect)
            assert (q.kind == "exact") == (len(q.expect) == 1)


def test_no_none_request_is_ever_matched(halves) -> None:
    for data in halves.values():
        resolvers = {key: Resolver(catalog) for key, catalog in data.catalogs.items()}
        for q in data.queries:
            if q.kind == "none":
                resolution = resolvers[(q.shop, q.locale)].resolve(q.text)
                assert resolution.status != "match", q.text


def test_no_wrong_match_on_the_tuning_half(halves) -> None:
    data = halves["tune"]
    resolvers = {key: Resolver(catalog) for key, catalog in data.catalogs.items()}
    for q in data.queries:
        resolution = resolvers[(q.shop, q.locale)].resolve(q.text)
        if resolution.status == "match":
            assert resolution.candidates[0].product.id in q.expect, q.text


def test_the_fresh_half_shares_no_shop_kind_brand_or_phrasing_with_the_others(halves) -> None:
    from bench.resolution_fresh import CARRIERS as FRESH_CARRIERS

    fresh = generate("fresh")
    assert fresh.queries == generate("fresh").queries
    kinds = {s.kind for s in fresh.shops}
    assert kinds == {"wine", "sports", "electronics", "baby"}
    assert not kinds & {k for half in (*HALVES.values(), *DEV.values()) for k in half}
    others = {b for data in halves.values() for s in data.shops for b in s.brands}
    assert not {b for s in fresh.shops for b in s.brands} & others
    for lang in ("fr", "en"):
        for side in ("pre", "post"):
            used = {p for pool in ("tune", "held", "dev") for p in CARRIERS[(lang, pool)][side]}
            assert not set(FRESH_CARRIERS[lang][side]) & used
    tags = {tag for q in fresh.queries for tag in q.noise}
    assert {"brand_linked", "letters", "hesitation", "article", "brand_noun_merged"} <= tags
