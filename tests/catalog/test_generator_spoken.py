"""The spoken half of the spoken-query generator (bench/resolution_spoken.py): deterministic, of
the usual size and mix, every expectation is the set of products matching what the shopper said
(recomputed here from what was said), its "none" requests are of the hard kinds it claims, its
recogniser changes words the documented ways, and its words are its own (other halves' lists
are compared here, never printed)."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

import bench.resolution_fresh as fresh
from bench import (
    resolution,
    resolution_casual_shops,
    resolution_casual_words,
    resolution_far_shops,
    resolution_far_words,
    resolution_noise,
    resolution_spoken_sounds,
    resolution_wide_shops,
)
from bench import resolution_spoken_speech as speech
from bench.resolution_gen import (
    CASUAL,
    DEV,
    FAR,
    FRESH,
    HALVES,
    LOCALES,
    SPOKEN,
    WIDE,
    generate,
)
from bench.resolution_shops import BRAND_SYLLABLES
from bench.resolution_spoken import SpokenSet
from bench.resolution_spoken_channel import _numbers
from bench.resolution_spoken_said import expected, is_family
from bench.resolution_spoken_shops import PLAIN_BRANDS, SPOKEN_SYLLABLES, SpokenShop
from bench.resolution_spoken_sounds import VOICING, liaison, slip, sounds, split
from tests.catalog import generated_halves as halves


@pytest.fixture(scope="module")
def spoken() -> SpokenSet:
    data = generate(SPOKEN)
    assert isinstance(data, SpokenSet)
    return data


def test_the_same_seed_gives_the_same_shops_and_queries(spoken: SpokenSet) -> None:
    halves.assert_deterministic(SPOKEN, spoken)


def test_four_shops_two_locales_240_queries_each_in_the_usual_mix(spoken: SpokenSet) -> None:
    halves.assert_usual_mix(spoken)


def test_exact_names_a_product_and_a_family_is_every_product_matching_what_was_said(
    spoken: SpokenSet,
) -> None:
    halves.assert_expectations_real(spoken)


def test_each_expectation_is_every_product_consistent_with_what_the_shopper_said(
    spoken: SpokenSet,
) -> None:
    shops = {s.name: s for s in spoken.shops}
    assert len(spoken.said) == len(spoken.queries)
    for q, said in zip(spoken.queries, spoken.said, strict=True):
        shop = shops[q.shop]
        assert isinstance(shop, SpokenShop)
        items = expected(shop, LOCALES.index(q.locale), said)
        assert {i.id for i in items} == q.expect
        if q.kind == "family":
            assert is_family(shop, items)
    shapes = {
        tuple(bool(getattr(s, f)) for f in ("brand", "kinds", "variant", "size"))
        for q, s in zip(spoken.queries, spoken.said, strict=True)
        if q.kind == "family"
    }
    assert len(shapes) >= 4  # noun only, brand + noun, noun + variant, a described type...


def test_a_size_or_variant_the_brand_does_not_make_expects_nothing_not_another(
    spoken: SpokenSet,
) -> None:
    shops = {s.name: s for s in spoken.shops}
    kinds = {"size_missing": "size", "variant_missing": "variant"}
    missing = [(q, s) for q, s in zip(spoken.queries, spoken.said, strict=True)
               if set(q.noise) & set(kinds)]  # fmt: skip
    assert len(missing) > 100
    for q, said in missing:
        assert q.kind == "none" and not q.expect
        what = next(kinds[tag] for tag in q.noise if tag in kinds)
        assert getattr(said, what)  # the size (or variant) was said
        lang = LOCALES.index(q.locale)
        shop = shops[q.shop]
        assert isinstance(shop, SpokenShop)
        # The rest of what was said names products: only the size (variant) is lacking.
        assert expected(shop, lang, replace(said, size="") if what == "size" else
                        replace(said, variant=""))  # fmt: skip


def test_the_other_nones_name_an_unsold_brand_or_an_unsold_thing(spoken: SpokenSet) -> None:
    sold = {b.lower() for s in spoken.shops for b in s.brands}
    tags = {"unsold_brand", "sold_brand_foreign_noun", "neighbour_trade"}
    for q, said in zip(spoken.queries, spoken.said, strict=True):
        if "unsold_brand" in q.noise:
            assert said.brand.lower() not in sold and said.kinds
        if "sold_brand_foreign_noun" in q.noise or "neighbour_trade" in q.noise:
            assert said.foreign
        if q.kind == "none":
            assert set(q.noise) & (tags | {"size_missing", "variant_missing"})


def test_a_slip_changes_the_sounds_as_documented() -> None:
    rng = random.Random(3)
    for lang, word in (("fr", "bandelettes"), ("fr", "projecteur"), ("en", "braided")):
        before = sounds(word, lang)
        heard = slip(word, "voicing", lang, rng)
        assert heard and heard != word
        after = sounds(heard, lang)
        changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
        assert len(changed) == 1 and VOICING[changed[0][0]] == changed[0][1]
    heard = slip("rallonge", "nasal", "fr", rng)
    assert heard and sounds(heard, "fr") != sounds("rallonge", "fr")
    assert {"/A~/", "/E~/"} & set(sounds(heard, "fr"))
    for lang, word in (("fr", "épuisette"), ("en", "extension"), ("fr", "colorant")):
        heard = slip(word, "spelling", lang, rng)
        assert heard and heard != word and sounds(heard, lang) == sounds(word, lang)
    reduced = slip("coloring", "vowel", "en", rng)
    assert reduced and reduced[:2] == "co" and len(reduced) == len("coloring")
    assert slip("sinker", "final", "en", random.Random(1)) in ("sinke", "sinkers")
    for lang, word in (("fr", "interrupteur"), ("en", "fluorocarbon")):
        cut = split(word, lang, rng)
        assert cut and cut.replace(" ", "") == word and cut.count(" ") == 1
        left, right = cut.split()
        assert len(left) >= 3 and len(right) >= 3 and right[0] not in "aeiouy"  # at a syllable
    assert split("spot", "fr", rng) is None
    assert liaison("les", "ampoules", "fr") == "zampoules"
    assert liaison("an", "inline", "en") == "ninline"
    assert liaison("led", "igloo", "fr") is None


def test_the_recogniser_writes_numbers_as_digits_the_way_asr_does() -> None:
    def digits(text: str, lang: str) -> str:
        for seed in range(20):
            tags: list[str] = []
            out = _numbers(text, lang, random.Random(seed), tags)
            if "digits" in tags and "unit_short" not in tags:
                return out
        raise AssertionError(text)

    assert digits("zéro virgule vingt-cinq millimètre", "fr").startswith("0,25")
    assert digits("pointure quarante quarante et un", "fr") == "pointure 40 41"
    assert digits("quatre-vingt-cinq", "fr") == "85"
    assert digits("deux mille cinq cents", "fr") == "2500"
    assert digits("zero point seven five ounce", "en") == "0.75 ounce"
    assert digits("the one twelve feet", "en") == "the one 12 feet"
    tags: list[str] = []
    assert _numbers("a quarter inch", "en", random.Random(0), tags) == "a quarter inch"
    assert tags == []  # no number to write


def test_sizes_are_said_the_way_the_trade_says_them() -> None:
    rng = random.Random(5)
    said = {speech.say_size("0,25 mm", "fr", rng)[0] for _ in range(40)}
    assert "vingt-cinq centièmes" in said and "zéro virgule vingt-cinq millimètre" in said
    assert speech.read_size("2,5 kg", "fr", random.Random(0)) in (
        "deux kilos et demi", "deux virgule cinq kilos")  # fmt: skip
    assert speech.read_size("1/4 oz", "en", random.Random(0)) in ("a quarter ounce",
                                                                  "one quarter ounce")  # fmt: skip
    near = speech.rounded("2,70 m", "fr", random.Random(0))
    assert near and near[1] == 3.0 and "trois mètres" in near[0]
    assert speech.rounded("7 cm", "fr", random.Random(0)) is None  # no round number near
    assert speech.rounded("0,25 mm", "fr", random.Random(0)) is None


def test_its_shops_brands_and_syllables_are_its_own(spoken: SpokenSet) -> None:
    others = [generate(half, per_shop=0) for half in (*HALVES, *DEV, FRESH, WIDE, FAR, CASUAL)]
    kinds = {s.kind for s in spoken.shops}
    assert kinds == {"lighting", "fishing", "pool", "baking"}
    assert not kinds & {s.kind for data in others for s in data.shops}
    brands = {b for s in spoken.shops for b in s.brands}
    assert brands & {b for data in others for s in data.shops for b in s.brands} == set()
    syllables = set(SPOKEN_SYLLABLES)
    assert len(syllables) == len(SPOKEN_SYLLABLES)
    for theirs in (set(BRAND_SYLLABLES), set(resolution_wide_shops.WIDE_SYLLABLES),
                   set(resolution_far_shops.FAR_SYLLABLES),
                   set(resolution_casual_shops.CASUAL_SYLLABLES), set(fresh.FRESH_SYLLABLES)):  # fmt: skip
        assert syllables & theirs == set()
    ours = halves.strings(PLAIN_BRANDS)
    for plain in (resolution_wide_shops.PLAIN_BRANDS, resolution_far_shops.PLAIN_BRANDS,
                  resolution_casual_shops.PLAIN_BRANDS):  # fmt: skip
        assert ours & halves.strings(plain) == set()
    assert any(b in PLAIN_BRANDS for b in brands)


def test_its_phrases_are_in_no_other_pool_nor_the_resolver_lexicon() -> None:
    far, casual = resolution_far_words, resolution_casual_words
    theirs = (
        halves.phrases_before_casual()
        | halves.strings(casual.CARRIERS)
        | halves.strings([casual.FILLERS, casual.TRAILS])
    )
    ours = halves.strings(
        [speech.ASKS, speech.QUESTIONS, speech.PEOPLE, speech.CONTEXTS, speech.PARTIAL,
         speech.ENDS, speech.APPROX]
    )  # fmt: skip
    worded = {p for p in ours if any(c.isalpha() for c in p)}
    assert len(worded) > 80
    assert worded & theirs == set()  # only our own words are ever shown
    links = (
        halves.strings(resolution_wide_shops.BRAND_LINKS)
        | halves.strings(fresh.BRAND_LINKS)
        | halves.strings(far.BRAND_LINKS)
        | halves.strings(casual.BRAND_LINKS)
    )
    assert halves.strings(speech.BRAND_LINKS) & (links | theirs) == set()


def test_its_recogniser_has_no_list_of_homophones_nor_of_respellings() -> None:
    """Slips come from the letter-to-sound model: its tables map letters to sounds and sounds
    to spellings, never a word to a word or a pattern to a replacement another half has."""
    ours = halves.rules(resolution_spoken_sounds.LETTERS)
    assert ours and all(sound.startswith("/") for _, sound in ours)
    theirs = (
        halves.rules(resolution_noise._RESPELL)
        | halves.rules(resolution_wide_shops.RESPELL)
        | halves.rules(fresh.RESPELL)
        | halves.rules(resolution_far_words.RESPELL)
        | halves.rules([resolution_casual_words.RESPELL, resolution_casual_words.BRAND_RESPELL])
    )
    assert ours & theirs == set()
    assert not hasattr(resolution_spoken_sounds, "HOMOPHONES")


def test_the_noise_kinds_are_all_there(spoken: SpokenSet) -> None:
    tags = {tag for q in spoken.queries for tag in q.noise}
    assert {
        "sound_voicing", "sound_nasal", "sound_vowel", "sound_final", "sound_spelling",
        "brand_sound", "liaison", "split", "merged", "digits", "number_words", "unit_short",
        "article_dropped", "article_added", "accents_lost", "punctuation_lost",
        "brand_partial", "no_brand", "head_noun", "generic_word", "described", "no_noun",
        "variant_trade", "size_trade", "size_read", "size_approx", "size_end", "size_first",
        "brand_first", "brand_after", "brand_linked", "context", "sent_by", "question",
        "request", "bare", "unsold_brand", "sold_brand_foreign_noun", "neighbour_trade",
        "size_missing", "variant_missing",
    } <= tags  # fmt: skip
    slipped = sum(any(t.startswith("sound_") for t in q.noise) for q in spoken.queries)
    assert 0.3 < slipped / len(spoken.queries) < 0.7  # most queries keep their words


def test_the_bench_prints_the_spoken_half_and_its_misses(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert resolution.main(["--skip-speed", "--misses", SPOKEN]) == 0
    printed = capsys.readouterr().out
    assert "misses per tag, half 'spoken'" in printed
    assert "echoppe, spoken" in printed
