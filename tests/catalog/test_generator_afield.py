"""The afield half of the spoken-query generator (bench/resolution_afield.py): deterministic, in the
shared set's mix of kinds, every expectation recomputed from what the shopper meant, about a third
of its queries clean, and its shops, makers and phrases its own (other halves' lists are compared
here, never printed; the resolver's misses on this half are not looked at here either)."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from bench import resolution
from bench.resolution_afield import (
    FAMILY_SHAPES,
    FORMS,
    NOISES,
    NONE_WHY,
    SHOP_KINDS,
    AfieldSet,
)
from bench.resolution_afield_ear import Ear
from bench.resolution_afield_makers import MAKERS, UNSOLD
from bench.resolution_afield_numbers import decimal, english, french, say_code
from bench.resolution_afield_phrases import CLOSINGS, TAKE_BACKS, carriers
from bench.resolution_afield_shop import AfieldShop, Wish, fold, matches, shop_words
from bench.resolution_afield_sizes import size_ways
from bench.resolution_afield_sounds import SOUNDALIKES
from bench.resolution_afield_voice import Tok
from bench.resolution_afield_wares_more import OFF_TRADE, TRADES
from bench.resolution_gen import AFIELD, LOCALES, MIMIC, _shops_alone, generate
from bench.resolution_hinter_makers import MAKERS as HINTER_MAKERS
from bench.resolution_hinter_makers import UNSOLD as HINTER_UNSOLD
from bench.resolution_mimic import MimicSet
from bench.resolution_novel_shops import BRANDS as NOVEL_BRANDS
from bench.resolution_novel_shops import UNSOLD as NOVEL_UNSOLD
from bench.resolution_outer_brands import BRANDS as OUTER_BRANDS
from bench.resolution_outer_brands import UNSOLD as OUTER_UNSOLD
from bench.resolution_stray_brands import BRANDS as STRAY_BRANDS
from bench.resolution_stray_brands import UNSOLD as STRAY_UNSOLD
from bench.resolution_yonder_brands import BRANDS as YONDER_BRANDS
from bench.resolution_yonder_brands import UNSOLD as YONDER_UNSOLD
from tests.catalog import generated_halves as halves

OTHER_HALVES = ("tune", "held", "dev", "fresh", "wide", "far", "casual", "spoken", "mirror",
                "mimic", "novel", "outer", "stray", "yonder", "hinter")  # fmt: skip


@pytest.fixture(scope="module")
def afield() -> AfieldSet:
    data = generate(AFIELD)
    assert isinstance(data, AfieldSet)
    return data


def test_the_same_seed_gives_the_same_shops_and_queries(afield: AfieldSet) -> None:
    halves.assert_deterministic(AFIELD, afield)


def test_four_shops_two_locales_240_queries_each_in_the_shared_sets_mix(afield: AfieldSet) -> None:
    assert len(afield.shops) == 4
    halves.assert_shared_sets_mix(afield)
    halves.assert_expectations_real(afield)


def test_shops_are_feeds_of_trades_no_other_half_has(afield: AfieldSet) -> None:
    assert [s.kind for s in afield.shops] == list(SHOP_KINDS)
    for shop in afield.shops:
        assert isinstance(shop, AfieldShop)
        assert 40 <= len(shop.items) <= 60 and 5 <= len(shop.brands) <= 7
        assert len(set(shop.layouts.values())) >= 2
        fr, en = (afield.catalogs[(shop.name, loc)] for loc in LOCALES)
        assert [p.id for p in fr.products] == [p.id for p in en.products]
        for catalog in (fr, en):
            assert len({p.title for p in catalog.products}) == len(catalog.products)
            for product in catalog.products:
                assert product.brand.lower() in product.title.lower()
                assert "  " not in product.title and product.price.minor > 0
                assert not product.title.endswith(("-", ",", "|", "/"))
    others = [_shops_alone(half, 2024) for half in OTHER_HALVES]
    theirs = {halves.fold(s.kind) for data in others for s in data.shops}
    assert not {halves.fold(k) for k in SHOP_KINDS} & theirs
    ours = {halves.fold(n) for wares in TRADES.values() for w in wares for lang in (0, 1)
            for n in w.names(lang)}  # fmt: skip
    nouns = {halves.fold(n) for data in others for s in data.shops for t in s.types for n in t[:2]}
    assert not ours & nouns


def test_makers_read_like_no_other_halfs_brand_nor_like_their_shops_words() -> None:
    theirs = [b for half in OTHER_HALVES for s in _shops_alone(half, 2024).shops for b in s.brands]
    for lists in (NOVEL_BRANDS, OUTER_BRANDS, STRAY_BRANDS, YONDER_BRANDS):
        theirs += [b.name for brands in lists.values() for b in brands]
    theirs += [b.name for unsold in (NOVEL_UNSOLD, OUTER_UNSOLD, STRAY_UNSOLD, YONDER_UNSOLD)
               for b in unsold]  # fmt: skip
    theirs += [m.name for makers in (HINTER_MAKERS, HINTER_UNSOLD) for ms in makers.values()
               for m in ms]  # fmt: skip
    mimic = generate(MIMIC)
    assert isinstance(mimic, MimicSet)
    theirs += [b.name for b in mimic.unsold]
    makers = [m for kind in SHOP_KINDS for m in MAKERS[kind] + UNSOLD[kind]]
    ours = [m.name for m in makers]
    halves.assert_brands_apart(ours, theirs)
    assert (
        sum(m.origin == "fr" for m in makers) >= 12 and sum(m.origin == "en" for m in makers) >= 12
    )
    assert sum(len(fold(b).split()) >= 2 for b in ours) >= 8 and sum(len(b) <= 4 for b in ours) >= 3
    for kind in SHOP_KINDS:
        vocabulary = shop_words(kind, 0) | shop_words(kind, 1)
        halves.assert_names_apart((m.name for m in MAKERS[kind] + UNSOLD[kind]), vocabulary)
    halves.assert_heard_otherwise(makers)


def test_each_expectation_is_every_product_consistent_with_what_was_meant(
    afield: AfieldSet,
) -> None:
    shops = {s.name: s for s in afield.shops}
    shapes: Counter[str] = Counter()
    nones: Counter[str] = Counter()
    for q, wish in zip(afield.queries, afield.meant, strict=True):
        shop = shops[q.shop]
        assert isinstance(shop, AfieldShop)
        assert {i.id for i in matches(shop, wish)} == q.expect
        if q.kind == "family":
            shapes.update(t for t in q.noise if t in FAMILY_SHAPES)
            assert wish.size < 0 and wish.ware >= 0
        if q.kind == "exact":
            assert wish.ware >= 0 and not wish.thing
        if q.kind != "none":
            continue
        why = next(t for t in q.noise if t in NONE_WHY)
        nones[why] += 1
        lang = LOCALES.index(q.locale)
        if why == "other_trade":
            assert not (set(fold(wish.thing).split()) - {"un", "une", "des", "a", "an"}
                        ) & shop_words(shop.kind, lang)  # fmt: skip
        elif why == "unstocked":
            assert wish.thing and wish.ware < 0
        elif why == "unsold_maker":
            assert wish.brand not in shop.brands and matches(shop, Wish(wish.ware, "", wish.value))
        else:  # a value or a size the maker does not make, of a ware it makes
            assert wish.brand in shop.brands and matches(shop, Wish(wish.ware, wish.brand))
    assert set(shapes) == set(FAMILY_SHAPES) and set(nones) == set(NONE_WHY)
    assert nones["unsold_maker"] > nones["missing_value"] > 0


def test_a_third_of_queries_are_clean_the_others_carry_one_to_three_noises(
    afield: AfieldSet,
) -> None:
    halves.assert_noise_mix(afield, FORMS, set(NOISES), clean_at_most=0.42, words_at_most=40)
    assert 0.7 <= halves.carried_share(afield) <= 0.85


def test_sizes_and_numbers_are_said_the_way_of_each_trade() -> None:
    def said(label: str, code: str, trade: str) -> set[str]:
        return {text for text, _ in size_ways(label, code, trade)}

    assert "une soixante" in said("60 m", "fr", "escalade")
    assert "a sixty meter" in said("60 m", "en", "escalade")
    assert "size nine and a half" in said("size 9.5", "en", "escalade")
    assert "en quarante-deux" in said("pointure 42", "fr", "escalade")
    assert "entrecorne vingt" in said("20 mm", "fr", "horlogerie")
    assert "twenty mil" in said("20 mm", "en", "horlogerie")
    assert "onze lignes et demie" in said("11 ½ lignes", "fr", "horlogerie")
    assert "five sixteenths" in said("5/16 in", "en", "accastillage")
    assert "a twenty two pounder" in said("22 lb", "en", "accastillage")
    assert "un sac de dix kilos" in said("10 kg", "fr", "poterie")
    assert "douze kilos et demi" in said("12,5 kg", "fr", "poterie")
    assert "sixteen by twelve" in said("16 x 12 in", "en", "poterie")
    assert "medium" in said("M", "en", "escalade") and "par cinq" in said("lot de 5", "fr", "x")
    assert french(71) == "soixante et onze" and french(80) == "quatre-vingts"
    assert french(200) == "deux cents" and french(2032) == "deux mille trente-deux"
    assert (
        english(275) == "two hundred seventy five" and decimal("9,8", "fr") == "neuf virgule huit"
    )
    assert decimal("06", "en") == "oh six" and decimal("6.5", "en") == "six and a half"
    spoken = {say_code("SR626SW", "en", random.Random(n)) for n in range(20)}
    assert "s r six two six s w" in spoken and "s r six hundred twenty six s w" in spoken


def test_the_recogniser_writes_makers_numbers_and_soundalikes_its_own_way() -> None:
    makers = {m.name: m for m in MAKERS["escalade"]}
    en = Ear("en", random.Random(1), makers)
    heard = en.foreign_ear([Tok("surplomb", "maker", "Surplomb Ferrand"),
                            Tok("ferrand", "maker", "Surplomb Ferrand"), Tok("rope", "ware")])  # fmt: skip
    assert heard is not None and " ".join(t.text for t in heard) == "sir plomb fair and rope"
    assert en.foreign_ear([Tok("harrowgill", "maker", "Harrowgill")]) is None  # its own language
    split = en.number_split([Tok("twenty", "size"), Tok("two", "size"), Tok("mil", "size")])
    assert split is not None and [t.text for t in split] == ["20", "2", "mil"]
    fr = Ear("fr", random.Random(2), makers)
    split = fr.number_split([Tok("quatre-vingts", "size"), Tok("mètres", "size")])
    assert split is not None and [t.text for t in split] == ["4", "20", "mètres"]
    assert fr.homophone([Tok("ancre", "ware")]) == [Tok("encre", "ware")]
    assert fr.accents_lost([Tok("piolet", "ware")]) is None
    lost = fr.accents_lost([Tok("dégaine", "ware")])
    assert lost is not None and lost[0].text == "degaine"
    assert fr.dropped([Tok("fil", "ware"), Tok("à", "ware"), Tok("couper", "ware")]) == [
        Tok("fil", "ware"), Tok("couper", "ware")]  # fmt: skip


def test_its_phrases_and_soundalikes_are_its_own() -> None:
    ours = halves.strings([carriers("fr"), carriers("en")])
    assert len(ours) >= 100
    known = (halves.other_halves_strings("afield", "distant") | halves.interaction_model_prefixes()
             | halves.template_prefixes() | halves.phrases_before_casual())  # fmt: skip
    assert len(ours - known) / len(ours) >= 0.9
    closings = halves.strings(CLOSINGS)
    assert len(closings - known) / len(closings) >= 0.9
    take_backs = halves.strings(TAKE_BACKS)
    assert len(take_backs - known) / len(take_backs) >= 0.8
    heard = {halves.fold(v) for table in SOUNDALIKES.values() for vs in table.values() for v in vs}
    assert len(heard & halves.other_halves_strings("afield", "distant")) / len(heard) <= 0.3
    off_trade = halves.strings(list(OFF_TRADE))
    assert len(off_trade - known) / len(off_trade) >= 0.8


def test_the_bench_runs_the_afield_half_in_its_full_run(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Registered like the other halves (the resolver is not run here: nobody looks at its
    misses on this half before its first look is reported)."""
    asked: list[str] = []
    monkeypatch.setattr(resolution, "generated", lambda half, *args, **kw: asked.append(half))
    assert resolution.main(["--skip-speed", "--tune", "--data", str(tmp_path)]) == 0
    assert AFIELD in asked and len(asked) == len(set(asked))
    assert resolution.misses(AFIELD, 2024, print) == 0
    assert "afield" in (resolution.__doc__ or "")
