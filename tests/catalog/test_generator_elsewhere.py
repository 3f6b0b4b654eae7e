"""The elsewhere half (bench/resolution_elsewhere*.py): paint-and-decorating,
hairdressing-supplies, knives-and-cutlery and seeds-and-bulbs shops built as an outsider builds a
hidden test set. What every query expects is worked out again here from the catalog's own
fields (``product_type``, ``brand``, ``variants``) for what its shopper meant."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from bench import resolution_elsewhere_ear as ear
from bench import resolution_elsewhere_voice as voice
from bench import resolution_gen as gen
from bench.resolution_elsewhere import KINDS, TRADES, elsewhere_queries
from bench.resolution_gen import ELSEWHERE, LOCALES, generate
from catalog.model import Catalog, Product
from tests.catalog.generated_halves import (
    alike,
    assert_brands_apart,
    assert_carriers_not_samples,
    assert_deterministic,
    assert_heard_otherwise,
    assert_kinds_near,
    assert_names_apart,
    assert_noise_mix,
    assert_outsider_shops,
    assert_same_seed_same_half,
    carried_share,
    fold,
    interaction_model_prefixes,
    other_halves_strings,
    phrases_before_casual,
    strings,
    template_prefixes,
)

SEED = 2024
MIX = [("exact", 0.64), ("family", 0.22), ("none", 0.14)]
SHARED_BRANDS = [
    "Tachex", "Blanchelle", "Oxyma", "PurNet", "Lavéo", "Mistral", "Brillor", "Savonnerie Doré",
    "CleanPro", "Frais Matin", "Netto Plus", "Éclat",
]  # fmt: skip
OTHER_HALVES = [
    "tune", "held", "dev", gen.FRESH, gen.WIDE, gen.FAR, gen.CASUAL, gen.SPOKEN, gen.MIRROR,
    gen.MIMIC, gen.NOVEL, gen.OUTER, gen.STRAY, gen.YONDER, gen.HINTER, gen.AFIELD, gen.BEYOND,
    gen.ABROAD, gen.OFFSHORE, gen.DISTANT, gen.REMOTE,
]  # fmt: skip
MAKERS = [maker for trade in TRADES for maker in trade.makers]
OUR_BRANDS = [m.name for m in MAKERS] + [b for trade in TRADES for b in trade.unsold]
CARRIERS_BEFORE = [
    [*voice.BEFORE[lang], *(pair[lang] for pair in voice.TRADE_BEFORE.values())]
    for lang in range(2)
]


@pytest.fixture(scope="module")
def half():
    return elsewhere_queries(SEED)


@pytest.fixture(scope="module")
def data(half):
    return half[0]


def first_number(size: str) -> float:
    """The number a catalog size starts with (one ware's sizes share their unit)."""
    return float(re.search(r"\d+(?:[.,]\d+)?", size).group().replace(",", "."))


def meant(catalog: Catalog, intent) -> set[str]:
    """The products of ``catalog`` fitting what the shopper meant, from the product fields."""

    def fits(p: Product) -> bool:
        if intent.types and p.product_type not in intent.types:
            return False
        if intent.brand and p.brand != intent.brand:
            return False
        return all(p.variants.get(key) == value for key, value in intent.values)

    found = [p for p in catalog.products if fits(p)]
    if intent.end and found:
        numbers = [first_number(p.variants["size"]) for p in found]
        best = max(numbers) if intent.end == "largest" else min(numbers)
        found = [p for p, n in zip(found, numbers, strict=True) if n == best]
    return {p.id for p in found}


def test_same_seed_same_half(data):
    assert_same_seed_same_half(ELSEWHERE, data, SEED)
    assert_deterministic(ELSEWHERE, data)
    assert generate(ELSEWHERE, SEED).queries == data.queries


def test_four_outsider_shops_in_both_locales(data):
    assert_outsider_shops(data, KINDS, 240)
    for shop in data.shops:
        french, english = (data.catalogs[(shop.name, locale)].products for locale in LOCALES)
        assert len({p.brand for p in french}) == 6
        for fr, en in zip(french, english, strict=True):
            assert (fr.id, fr.brand, fr.group) == (en.id, en.brand, en.group)
            assert set(fr.variants) == set(en.variants) and fr.product_type and en.product_type
            assert fr.title != en.title
        for products in (french, english):
            assert len({p.title for p in products}) == len(products)
            assert all(fold(p.brand) in fold(p.title) for p in products)
            starts = Counter(fold(p.title).startswith(fold(p.brand)) for p in products)
            assert starts[True] and starts[False]  # brand first in some feeds, not in others


def test_the_shared_sets_mix(data):
    assert_kinds_near(data, MIX, within=0.02)
    assert abs(carried_share(data) - 0.78) < 0.04
    for shop in data.shops:
        for locale in LOCALES:
            kinds = Counter(
                q.kind for q in data.queries if (q.shop, q.locale) == (shop.name, locale)
            )
            assert kinds == {"exact": 153, "family": 53, "none": 34}


def test_every_expectation_follows_the_meaning(half):
    data, intents = half
    assert len(intents) == len(data.queries)
    for q, intent in zip(data.queries, intents, strict=True):
        assert (intent.locale, intent.shop) == (q.locale, q.shop)
        catalog = data.catalogs[(q.shop, q.locale)]
        assert meant(catalog, intent) == q.expect, (q.text, intent)
        assert (q.kind == "exact") == (len(q.expect) == 1)
        assert (q.kind == "family") == (len(q.expect) > 1)
        assert (q.kind == "none") == (not q.expect) == bool(intent.reason)


def test_nothing_fits_a_none_query(half):
    data, intents = half
    reasons = Counter()
    for q, intent in zip(data.queries, intents, strict=True):
        if q.kind != "none":
            continue
        catalog = data.catalogs[(q.shop, q.locale)]
        reasons[intent.reason] += 1
        brands = {p.brand for p in catalog.products}
        types = {p.product_type for p in catalog.products}
        if intent.reason == "unsold_brand":
            assert intent.brand not in brands and set(intent.types) <= types
        elif intent.reason in ("not_stocked", "other_trade"):
            assert not set(intent.types) & types
        else:  # a maker the shop stocks, with a ware, value or size of it the shop lacks
            assert intent.reason == "no_such" and intent.brand in brands
    assert set(reasons) == {"unsold_brand", "not_stocked", "other_trade", "no_such"}


def test_the_maker_meant_is_said(half):
    """A query whose meaning names a maker says it, or what the recogniser wrote for it."""
    data, intents = half
    for q, intent in zip(data.queries, intents, strict=True):
        if not intent.brand:
            continue
        said = fold(intent.brand.replace("&", "and"))
        heard = [
            fold(h)
            for m in MAKERS
            if m.name == intent.brand
            for h in (*m.ears["fr"], *m.ears["en"])
        ]
        text = fold(q.text)
        assert (
            said in text
            or fold(said.replace(" and ", " et ")) in text
            or ("brand_heard" in q.noise and any(h in text for h in heard))
        ), q.text


def test_size_words_pick_the_end_of_a_range(half):
    data, intents = half
    ended = [(q, i) for q, i in zip(data.queries, intents, strict=True) if i.end]
    assert len(ended) > 40
    assert {i.end for _, i in ended} == {"largest", "smallest"}
    assert all(q.kind == "exact" and "size_word" in q.noise for q, _ in ended)


def test_noise_in_the_usual_measure(data):
    assert_noise_mix(data, voice.FORMS, set(ear.NOISES), clean_at_most=0.36, words_at_most=32)
    assert not [q for q in data.queries if q.locale == "en-US" and "accents" in q.noise]


def test_brands_are_this_halfs_own():
    theirs = sorted(
        {
            p.brand
            for other in OTHER_HALVES
            for catalog in generate(other, SEED, per_shop=0).catalogs.values()
            for p in catalog.products
        }
    )
    assert_brands_apart(OUR_BRANDS, theirs + SHARED_BRANDS)
    assert not [b for b in OUR_BRANDS if alike(b, SHARED_BRANDS)]
    assert not {fold(b) for b in OUR_BRANDS} & {fold(b) for b in SHARED_BRANDS}
    assert_heard_otherwise(MAKERS)
    for trade in TRADES:
        assert len(trade.makers) == 6
        assert_names_apart([m.name for m in trade.makers] + list(trade.unsold), vocabulary(trade))


def vocabulary(trade) -> set[str]:
    words = set()
    for ware in trade.wares:
        words |= strings([ware.noun, ware.said, ware.generic, ware.container])
        for axis in ware.axes:
            words |= strings([[value.shown, value.said] for value in axis.values])
    words |= strings(list(trade.not_stocked))
    return {w for phrase in words for w in phrase.split()}


def test_carriers_are_not_samples_of_the_interaction_model():
    assert_carriers_not_samples(CARRIERS_BEFORE, voice.AFTER)


def test_phrases_are_this_halfs_own():
    """Carriers, fillers, hesitations, quantities and size words are no phrase of an earlier
    half, of the resolver's carriers or of the interaction model; carriers, fillers,
    hesitations and makers are no string of another half."""
    phrases = strings(
        [CARRIERS_BEFORE, voice.AFTER, ear.FILLERS, ear.HESITATIONS, voice.SIZE_WORDS,
         voice.QUANTITY]
    )  # fmt: skip
    assert not phrases & phrases_before_casual()
    assert not phrases & template_prefixes()
    assert not phrases & interaction_model_prefixes()
    own = strings([CARRIERS_BEFORE, voice.AFTER, ear.FILLERS, ear.HESITATIONS, voice.SIZE_WORDS])
    own |= strings(OUR_BRANDS) | strings([m.ears for m in MAKERS])
    assert not own & other_halves_strings(ELSEWHERE)
