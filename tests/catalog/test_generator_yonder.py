"""The yonder half of the spoken-query generator (bench/resolution_yonder.py): deterministic, in the
shared set's mix of kinds, every expectation recomputed from what the shopper said, about a third
of its queries clean, and its shops, brands and carrier phrases its own (other halves' lists are
compared here, never printed)."""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

import pytest

from bench import resolution
from bench.resolution_gen import LOCALES, MIMIC, YONDER, _shops_alone, generate
from bench.resolution_mimic import MimicSet
from bench.resolution_novel_shops import BRANDS as NOVEL_BRANDS
from bench.resolution_novel_shops import UNSOLD as NOVEL_UNSOLD
from bench.resolution_outer_brands import BRANDS as OUTER_BRANDS
from bench.resolution_outer_brands import UNSOLD as OUTER_UNSOLD
from bench.resolution_stray_brands import BRANDS as STRAY_BRANDS
from bench.resolution_stray_brands import UNSOLD as STRAY_UNSOLD
from bench.resolution_yonder import (
    FAMILY_SHAPES,
    FORMS,
    NONE_SHARES,
    OTHER_HALVES,
    SHOP_KINDS,
    YonderSet,
)
from bench.resolution_yonder_brands import BRANDS, UNSOLD
from bench.resolution_yonder_ear import Ear, Word
from bench.resolution_yonder_feed import YonderShop, shop_words
from bench.resolution_yonder_meant import Said, expected, kinds_for, sizes_for, values_for
from bench.resolution_yonder_phrases import CARRIERS, CLOSINGS, CONTEXTS
from bench.resolution_yonder_say import english, fold, french, size_ways
from bench.resolution_yonder_speak import NOISE_TAGS
from bench.resolution_yonder_wares import GOODS
from tests.catalog import generated_halves as halves

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def yonder() -> YonderSet:
    data = generate(YONDER)
    assert isinstance(data, YonderSet)
    return data


def _shop(data: YonderSet, kind: str) -> YonderShop:
    shop = next(s for s in data.shops if s.kind == kind)
    assert isinstance(shop, YonderShop)
    return shop


def test_the_same_seed_gives_the_same_shops_and_queries(yonder: YonderSet) -> None:
    halves.assert_deterministic(YONDER, yonder)


def test_four_shops_two_locales_240_queries_each_in_the_shared_sets_mix(yonder: YonderSet) -> None:
    halves.assert_shared_sets_mix(yonder)


def test_shops_are_feeds_of_kinds_no_other_half_has(yonder: YonderSet) -> None:
    for shop in yonder.shops:
        assert isinstance(shop, YonderShop)
        assert 40 <= len(shop.items) <= 60 and 5 <= len(shop.brands) <= 7
        assert len(set(shop.forms.values())) >= 2  # brands' suppliers write titles their way
        fr, en = (yonder.catalogs[(shop.name, loc)] for loc in LOCALES)
        assert [p.id for p in fr.products] == [p.id for p in en.products]
        for catalog in (fr, en):
            assert len({p.title for p in catalog.products}) == len(catalog.products)
            for product in catalog.products:
                assert product.brand in product.title and product.price.minor > 0
                assert "  " not in product.title and not product.title.endswith(("-", ",", "|"))
                assert "{" not in product.title and "[" not in product.title
    assert [s.kind for s in yonder.shops] == list(SHOP_KINDS)
    others = [_shops_alone(half, 2024) for half in OTHER_HALVES]
    assert not set(SHOP_KINDS) & {s.kind for data in others for s in data.shops}
    ours = {halves.fold(n) for kinds in GOODS.values() for k in kinds for n in (k.fr[0], k.en[0])}
    theirs = {halves.fold(noun) for data in others for s in data.shops for t in s.types
              for noun in t[:2]}  # fmt: skip
    assert not ours & theirs


def test_brands_read_like_no_other_halfs_brand_nor_like_their_shops_words() -> None:
    theirs = [b for half in OTHER_HALVES for s in _shops_alone(half, 2024).shops for b in s.brands]
    for lists in (NOVEL_BRANDS, OUTER_BRANDS, STRAY_BRANDS):
        theirs += [b.name for brands in lists.values() for b in brands]
    mimic = generate(MIMIC)
    assert isinstance(mimic, MimicSet)
    theirs += [b.name for unsold in (NOVEL_UNSOLD, OUTER_UNSOLD, STRAY_UNSOLD) for b in unsold]
    theirs += [b.name for b in mimic.unsold]
    ours = [b.name for brands in BRANDS.values() for b in brands] + [b.name for b in UNSOLD]
    halves.assert_brands_apart(ours, theirs)
    assert sum(halves.fold(b) != b.lower() for b in ours) >= 4  # « Solène Vidal », « Billot d'Or »
    for kind, brands in BRANDS.items():
        shop = YonderShop("x", kind, list(brands))
        vocabulary = shop_words(shop, 0) | shop_words(shop, 1)
        halves.assert_names_apart((b.name for b in brands), vocabulary)


def test_each_brand_is_written_otherwise_by_the_other_languages_recogniser() -> None:
    for brand in [b for brands in BRANDS.values() for b in brands] + list(UNSOLD):
        assert brand.fr_heard and brand.en_heard
        assert fold(brand.fr_heard) != fold(brand.en_heard)
    digits = [
        b
        for brands in BRANDS.values()
        for b in brands
        if re.search(r"\d", b.heard("fr") + b.heard("en"))
    ]
    assert len(digits) >= 2  # « 7 collines », "12 knots"


def test_each_expectation_is_every_product_consistent_with_what_was_said(yonder: YonderSet) -> None:
    shops = {s.name: s for s in yonder.shops}
    shapes: Counter[str] = Counter()
    nones: Counter[str] = Counter()
    unsold = {b.name for b in UNSOLD}
    for q, said in zip(yonder.queries, yonder.said, strict=True):
        shop = shops[q.shop]
        assert isinstance(shop, YonderShop)
        catalog = yonder.catalogs[(q.shop, q.locale)]
        assert {i.id for i in expected(shop, said)} == q.expect
        assert all(pid in catalog for pid in q.expect)
        assert (q.kind == "exact") == (len(q.expect) == 1)
        assert (q.kind == "none") == (not q.expect)
        if q.kind == "family":
            shapes.update(t for t in q.noise if t in FAMILY_SHAPES)
        if q.kind == "none":
            nones.update(t for t in q.noise if t in NONE_SHARES)
            if not said.thing:
                assert said.brand in unsold
                assert expected(shop, Said(kinds=said.kinds, values=said.values))
            elif "elsewhere" in q.noise or "brand_elsewhere" in q.noise:
                lang = LOCALES.index(q.locale)
                assert not set(fold(said.thing).split()) & shop_words(shop, lang)
    assert set(shapes) == set(FAMILY_SHAPES) and set(nones) == set(NONE_SHARES)
    assert 0.28 <= nones["unsold_brand"] / sum(nones.values()) <= 0.48


def test_what_was_said_is_consistent_with_every_kind_value_and_size_it_names(
    yonder: YonderSet,
) -> None:
    butcher, luggage = _shop(yonder, "boucherie"), _shop(yonder, "bagagerie")
    plumbing, candles = _shop(yonder, "plomberie"), _shop(yonder, "bougie")
    assert len(kinds_for(butcher, 0, "jambon")) == 2 and len(kinds_for(butcher, 1, "ham")) == 2
    assert len(kinds_for(luggage, 1, "suitcase")) == 2 and len(kinds_for(candles, 1, "candle")) == 2
    assert len(kinds_for(candles, 0, "éteignoir")) == 1
    fittings = kinds_for(plumbing, 0, "raccord")
    assert len(fittings) == 3 and len(sizes_for(plumbing, 0, fittings, "du 20x27")) == 3
    valve = kinds_for(plumbing, 0, "vanne")
    assert sizes_for(plumbing, 0, valve, "3/4 de pouce") == sizes_for(plumbing, 0, valve, "dn 20")
    suitcase = kinds_for(luggage, 1, "suitcase")
    assert len(sizes_for(luggage, 1, suitcase, "carry-on")) == 2
    assert len(values_for(butcher, 0, kinds_for(butcher, 0, "rillettes"), "canard")) == 1


def test_a_third_of_queries_are_clean_the_others_carry_one_to_three_noises(
    yonder: YonderSet,
) -> None:
    halves.assert_noise_mix(yonder, FORMS, NOISE_TAGS, clean_at_most=0.42, words_at_most=36)
    assert 0.68 <= halves.carried_share(yonder) <= 0.84


def test_sizes_are_said_the_way_of_each_trade() -> None:
    def said(label: str, code: str, tag: str) -> set[str]:
        return {text for text, t in size_ways(label, code) if t == tag}

    assert "un kilo deux" in said("1,2 kg", "fr", "trade")
    assert "du 20x27" in said("3/4 pouce (20x27)", "fr", "trade")
    assert "un demi pouce" in said("1/2 pouce (15x21)", "fr", "number_words")
    assert "three quarter inch" in said("3/4 in", "en", "number_words")
    assert "inch and a half" in said("1 1/2 in", "en", "trade")
    assert "carry-on" in said("21 in carry-on", "en", "trade")
    assert "cabine" in said("55 cm cabine", "fr", "trade")
    assert "three wick" in said("21 oz 3-wick", "en", "number_words")
    assert "28 inch" in said("28 in", "en", "unit_words")
    assert "a pound and three quarters" in said("1.75 lb", "en", "trade")
    assert french(71) == "soixante et onze" and french(80) == "quatre-vingts"
    assert french(250) == "deux cent cinquante" and english(115) == "one hundred fifteen"


def test_the_recogniser_writes_words_digits_letters_and_loanwords_its_own_way(
    yonder: YonderSet,
) -> None:
    ear = Ear("fr", random.Random(0), shop_words(_shop(yonder, "plomberie"), 0))
    assert ear._harmless(Word("bleu", "value"), "bleus")
    assert not ear._harmless(Word("bleu", "value"), "rouge")  # another value of the shop
    digits = ear.digits([Word("deux", "quantity"), Word("bougies", "noun")])
    assert digits is not None and [w.text for w in digits] == ["2", "bougies"]
    size = ear.digits([Word("cent", "size"), Word("vingt-cinq", "size"), Word("grammes", "size")])
    assert size is not None and [w.text for w in size] == ["125", "grammes"]
    glued = ear.unit_spacing([Word("dn", "size"), Word("20", "size")])
    assert glued is not None and [w.text for w in glued] == ["dn20"]
    spelt = ear.letters([Word("cadenas", "noun"), Word("tsa", "noun")])
    assert spelt is not None and len(spelt) == 4
    en = Ear("en", random.Random(0), shop_words(_shop(yonder, "boucherie"), 1))
    heard = en.loanword([Word("saucisson", "noun")])
    assert heard is not None and "saucisson" not in [w.text for w in heard]


def test_its_carrier_and_closing_phrases_are_its_own() -> None:
    carriers = halves.strings(CARRIERS)
    assert len(carriers) >= 200 and halves.strings(CLOSINGS) and halves.strings(CONTEXTS)
    known = (halves.other_halves_strings("yonder", "distant") | halves.interaction_model_prefixes() | halves.template_prefixes()
             | halves.phrases_before_casual())  # fmt: skip
    assert len(carriers - known) / len(carriers) >= 0.9
    # The model grows with what shoppers say ("thanks so much", "nothing else", « rien d'autre »
    # joined it after this half was written): its closings stay mostly its own.
    assert len(halves.strings(CLOSINGS) - known) / len(halves.strings(CLOSINGS)) >= 0.85


def test_the_bench_prints_the_yonder_half_and_its_misses(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert resolution.main(["--skip-speed", "--misses", YONDER]) == 0
    printed = capsys.readouterr().out
    assert "misses per tag, half 'yonder'" in printed and "echoppe, yonder" in printed
