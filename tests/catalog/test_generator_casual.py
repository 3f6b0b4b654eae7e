"""The casual half of the spoken-query generator (bench/resolution_casual.py): deterministic, of
the usual size and mix, its expectations are products of its shops (a family is every product
matching what was said), and it shares no shop kind, brand, syllable, carrier phrase, filler,
brand link or respelling rule with the other halves (fresh and held above all, which must stay
unseen: their lists are compared here, never printed)."""

from __future__ import annotations

import re
from collections import Counter

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
from bench.resolution_gen import _matching as matching
from bench.resolution_shops import BRAND_SYLLABLES
from catalog.lexicon import CARRIERS as LEXICON_CARRIERS


@pytest.fixture(scope="module")
def casual() -> GeneratedSet:
    return generate(CASUAL)


def _fold(phrase: str) -> str:
    return " ".join(re.sub(r"[-'’]", " ", resolution_noise.strip_accents(phrase.lower())).split())


def _strings(words: object) -> set[str]:
    """Every string in a nest of dicts, lists and tuples, folded."""
    if isinstance(words, str):
        return {_fold(words)}
    if isinstance(words, dict):
        words = list(words.values())
    if isinstance(words, list | tuple | set | frozenset):
        return set().union(*(_strings(w) for w in words)) if words else set()
    return set()


def _rules(words: object) -> set[tuple[str, str]]:
    """Every (pattern, replacement) pair in a nest of dicts and lists."""
    if isinstance(words, tuple) and len(words) == 2 and all(isinstance(w, str) for w in words):
        return {words}
    if isinstance(words, dict):
        words = list(words.values())
    if isinstance(words, list | tuple):
        return set().union(*(_rules(w) for w in words)) if words else set()
    return set()


def _homophones(words: object) -> set[tuple[str, str]]:
    """Every (word, what a recogniser writes for it) pair in a nest of dicts of lists."""
    if not isinstance(words, dict):
        return set()
    pairs = set()
    for key, value in words.items():
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            pairs.update((key, v) for v in value)
        else:
            pairs |= _homophones(value)
    return pairs


def test_the_same_seed_gives_the_same_shops_and_queries(casual: GeneratedSet) -> None:
    again = generate(CASUAL)
    assert again.queries == casual.queries
    assert {k: c.products for k, c in again.catalogs.items()} == {
        k: c.products for k, c in casual.catalogs.items()
    }
    assert generate(CASUAL, seed=7).queries != casual.queries


def test_four_shops_two_locales_240_queries_each_in_the_usual_mix(casual: GeneratedSet) -> None:
    assert len(casual.shops) == 4
    assert set(casual.catalogs) == {(s.name, locale) for s in casual.shops for locale in LOCALES}
    per_shop = Counter((q.shop, q.locale) for q in casual.queries)
    assert set(per_shop.values()) == {240}
    kinds = Counter(q.kind for q in casual.queries)
    share = {kind: count / len(casual.queries) for kind, count in kinds.items()}
    assert 0.52 <= share["exact"] <= 0.66
    assert 0.14 <= share["family"] <= 0.26
    assert 0.16 <= share["none"] <= 0.28


def test_exact_names_a_product_and_a_family_is_every_product_matching_what_was_said(
    casual: GeneratedSet,
) -> None:
    shops = {s.name: s for s in casual.shops}
    for q in casual.queries:
        catalog = casual.catalogs[(q.shop, q.locale)]
        assert all(pid in catalog for pid in q.expect)
        assert (q.kind == "none") == (not q.expect)
        assert (q.kind == "exact") == (len(q.expect) == 1)
        if q.kind != "family":
            continue
        shop = shops[q.shop]
        items = [i for i in shop.items if i.id in q.expect]
        shared = {
            attr: getattr(items[0], attr)
            for attr in ("kind", "brand", "variant")
            if len({getattr(i, attr) for i in items}) == 1
        }
        assert "kind" in shared
        assert {i.id for i in matching(shop, shared)} == q.expect


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
    ours = _strings(PLAIN_BRANDS)
    assert ours & _strings(resolution_wide_shops.PLAIN_BRANDS) == set()
    assert ours & _strings(resolution_far_shops.PLAIN_BRANDS) == set()
    assert any(b in PLAIN_BRANDS for b in brands)


def test_its_phrases_are_in_no_other_pool_nor_the_resolver_lexicon() -> None:
    words, far = resolution_casual_words, resolution_far_words
    theirs = (
        _strings(resolution_noise.CARRIERS)
        | _strings(resolution_wide_shops.CARRIERS)
        | _strings(far.CARRIERS)
        | _strings(fresh.CARRIERS)
        | _strings(LEXICON_CARRIERS)
        | _strings([resolution_wide_shops.POLITE, resolution_wide_shops.PAUSES])
        | _strings([far.POLITE, far.TIME_PHRASES, far.FILLERS, far.QUANTITY, far.QUANTITY_PAIR])
        | _strings([fresh.HESITATIONS, resolution_wide_shops.QUANTITY])
    )
    for lang in ("fr", "en"):
        carriers = [*words.CARRIERS[lang]["pre"], *words.CARRIERS[lang]["post"]]
        ours = {_fold(p) for p in carriers}
        assert len(ours) == len(carriers)
        assert ours & theirs == set()  # only our own words are ever shown
        assert _strings(words.FILLERS[lang]) & theirs == set()
        assert _strings(words.TRAILS[lang]) & theirs == set()
    links = (
        _strings(resolution_wide_shops.BRAND_LINKS)
        | _strings(fresh.BRAND_LINKS)
        | _strings(far.BRAND_LINKS)
    )
    assert _strings(words.BRAND_LINKS) & links == set()
    rules = (
        _rules(resolution_noise._RESPELL)
        | _rules(resolution_wide_shops.RESPELL)
        | _rules(fresh.RESPELL)
        | _rules(far.RESPELL)
    )
    assert _rules([words.RESPELL, words.BRAND_RESPELL]) & rules == set()


def test_its_homophones_are_its_own() -> None:
    ours = _homophones(resolution_casual_words.HOMOPHONES)
    assert len(ours) > 100
    theirs = (
        _homophones(resolution_noise._HOMOPHONES)
        | _homophones(resolution_wide_shops.HOMOPHONES)
        | _homophones(fresh.HOMOPHONES)
        | _homophones(resolution_far_words.HOMOPHONES)
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
