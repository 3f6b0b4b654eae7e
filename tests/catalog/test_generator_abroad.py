"""The abroad half (bench/resolution_abroad.py): deterministic, in the shared set's mix, every
expectation re-derived from what the shopper meant, its makers its own."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pytest
from rapidfuzz import fuzz

from bench import resolution_gen as gen
from bench.resolution_abroad import TRADES, abroad_queries
from bench.resolution_abroad_meaning import KINDS, Intent
from bench.resolution_abroad_model import Trade
from bench.resolution_abroad_phrases import AFTER, BEFORE
from bench.resolution_gen import ABROAD, DEFAULT_SEED, LOCALES, QUERIES_PER_SHOP, GeneratedSet
from catalog.model import Product
from skill.interaction_model import load_template, normalise

# Brands of the shared set (/work/shared/data/resolution), kept apart too.
SHARED_BRANDS = ("Tachex", "Blanchelle", "Oxyma", "PurNet", "Lavéo", "Mistral", "Brillor",
                 "Savonnerie Doré", "CleanPro", "Frais Matin", "Netto Plus", "Éclat")  # fmt: skip
OTHER_HALVES = (
    "tune", "held", "dev", gen.FRESH, gen.WIDE, gen.FAR, gen.CASUAL, gen.SPOKEN, gen.MIRROR,
    gen.MIMIC, gen.NOVEL, gen.OUTER, gen.STRAY, gen.YONDER, gen.HINTER, gen.AFIELD, gen.BEYOND,
)  # fmt: skip


@pytest.fixture(scope="module")
def built() -> tuple[GeneratedSet, list[Intent]]:
    return abroad_queries(DEFAULT_SEED, QUERIES_PER_SHOP)


def _trade(shop: str) -> Trade:
    kind = shop.split("-", 1)[1]
    return next(t for t in TRADES if t.kind == kind)


def test_the_same_seed_gives_the_same_set(built: tuple[GeneratedSet, list[Intent]]) -> None:
    again = gen.generate(ABROAD, DEFAULT_SEED)
    assert again.queries == built[0].queries
    assert again.catalogs == built[0].catalogs
    assert gen.generate(ABROAD, DEFAULT_SEED + 1, per_shop=20).queries != again.queries[:20]


def test_shops_have_forty_to_sixty_products_of_five_to_seven_makers_in_both_locales(
    built: tuple[GeneratedSet, list[Intent]],
) -> None:
    data = built[0]
    assert {shop.kind for shop in data.shops} == {"household", "photo", "ski", "tiling"}
    for shop in data.shops:
        french, english = (data.catalogs[(shop.name, locale)] for locale in LOCALES)
        assert 40 <= len(french) <= 60
        assert [p.id for p in french.products] == [p.id for p in english.products]
        assert 5 <= len({p.brand for p in french.products}) <= 7
        assert {p.price.currency for p in french.products} == {"EUR"}
        assert {p.price.currency for p in english.products} == {"USD"}
        assert all(isinstance(p.price.minor, int) and p.price.minor > 0 for p in french.products)
    assert len(data.queries) == 4 * 2 * QUERIES_PER_SHOP


def test_the_mix_of_kinds_is_the_shared_sets(built: tuple[GeneratedSet, list[Intent]]) -> None:
    queries = built[0].queries
    for locale in (*LOCALES, None):
        some = [q for q in queries if locale in (None, q.locale)]
        counts = Counter(q.kind for q in some)
        for kind, share in KINDS:
            assert abs(counts[kind] / len(some) - share) < 0.04, (locale, kind, counts)


def _fits(products: list[Product], trade: Trade, intent: Intent, lang: int) -> frozenset[str]:
    """Re-derived from the catalog's own fields, not from the generator's items."""
    meaning = intent.meaning
    if meaning.ware is None:
        return frozenset()
    ware = trade.ware(meaning.ware)
    size_key = ("taille", "size")[lang]
    found = [
        p
        for p in products
        if p.product_type == ware.noun[lang]
        and (meaning.maker is None or p.brand == meaning.maker)
        and (
            meaning.value is None or p.variants[ware.axis[lang]] == ware.values[meaning.value][lang]
        )
        and (meaning.size is None or p.variants[size_key] == ware.sizes[meaning.size][lang])
    ]
    if meaning.largest and found:
        order = [label[lang] for label in ware.sizes]
        top = max(order.index(p.variants[size_key]) for p in found)
        found = [p for p in found if order.index(p.variants[size_key]) == top]
    return frozenset(p.id for p in found)


def test_every_expectation_is_what_the_shopper_meant(
    built: tuple[GeneratedSet, list[Intent]],
) -> None:
    data, intents = built
    for query, intent in zip(data.queries, intents, strict=True):
        lang = LOCALES.index(query.locale)
        products = list(data.catalogs[(query.shop, query.locale)].products)
        expect = _fits(products, _trade(query.shop), intent, lang)
        assert query.expect == expect, query
        kind = "none" if not expect else "exact" if len(expect) == 1 else "family"
        assert query.kind == kind == intent.kind, query


def test_none_queries_have_no_product(built: tuple[GeneratedSet, list[Intent]]) -> None:
    data, intents = built
    whys: Counter[str] = Counter()
    for query, intent in zip(data.queries, intents, strict=True):
        if query.kind != "none":
            continue
        whys[intent.why] += 1
        products = list(data.catalogs[(query.shop, query.locale)].products)
        meaning = intent.meaning
        if intent.why == "unknown_maker":
            assert meaning.maker not in {p.brand for p in products}
        if intent.free_noun:
            assert intent.free_noun not in {p.product_type for p in products}
            assert not any(intent.free_noun.lower() in p.title.lower() for p in products)
        if intent.why == "maker_lacks_ware":
            noun = _trade(query.shop).ware(str(meaning.ware)).noun[LOCALES.index(query.locale)]
            assert not any(p.brand == meaning.maker and p.product_type == noun for p in products)
    assert set(whys) == {
        "unknown_maker",
        "not_made",
        "unstocked",
        "other_trade",
        "maker_lacks_ware",
    }


def _words(name: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", name.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return [w for w in re.split(r"[^a-z]+", folded) if len(w) >= 4 and w not in {"maison", "saint"}]


def test_makers_are_distinct_from_other_halves_brands() -> None:
    others = set(SHARED_BRANDS)
    for half in OTHER_HALVES:
        shops = gen.generate(half, DEFAULT_SEED, per_shop=0)
        others |= {p.brand for c in shops.catalogs.values() for p in c.products if p.brand}
    assert len(others) > 300
    own = [name for trade in TRADES for name in (*trade.makers, *trade.unsold)]
    assert len(set(own)) == len(own)
    for name in own:
        for other in others:
            for word in _words(name):
                for theirs in _words(other):
                    assert fuzz.ratio(word, theirs) < 85, (name, other)


def test_about_a_third_of_queries_are_plain(built: tuple[GeneratedSet, list[Intent]]) -> None:
    queries = built[0].queries
    plain = sum(not q.noise for q in queries) / len(queries)
    assert 0.28 <= plain <= 0.40
    assert all(q.text == q.text.lower() and q.text.strip() == q.text for q in queries)


def test_most_carriers_are_not_samples_of_the_interaction_model() -> None:
    for lang, locale in enumerate(LOCALES):
        samples = {
            normalise(sample)
            for spec in load_template(locale)["intents"].values()
            for sample in spec.get("samples") or ()
            if "{product}" in sample
        }
        phrases = [normalise(f"{b} {{product}}") for b in BEFORE[lang]]
        phrases += [normalise(f"{{product}} {a}") for a in AFTER[lang]]
        outside = sum(phrase not in samples for phrase in phrases)
        assert outside / len(phrases) >= 0.75, locale
