"""A name half remembered: the hedge after it ("igl-something", « niv je sais plus quoi »)."""

from __future__ import annotations

import pytest

from catalog.normalise import analyse
from tests.catalog.small_shops import matched, resolver_of

LAMPS = [
    ("cord-15", "Igloo extension cord orange 15 ft", "Igloo", "extension cord"),
    ("cord-6", "Écume extension cord orange 6 ft", "Écume", "extension cord"),
    ("cord-50", "Brightwell extension cord orange 50 ft", "Brightwell", "extension cord"),
]
FLOATS = [
    ("flotteur-4", "Nivsug flotteur lumineux 4 g", "Nivsug", "flotteur"),
    ("flotteur-2", "Opaline flotteur balsa 2 g", "Opaline", "flotteur"),
]


@pytest.mark.parametrize(
    ("said", "locale", "start"),
    [
        ("the igl something or other extension cord", "en-US", "igl"),
        ("zorb whatever it's called nozzle", "en-US", "zorb"),
        ("pab-something piping bag", "en-US", "pab"),
        ("un flotteur niv je sais plus quoi", "fr-FR", "niv"),
        ("opal un truc comme ça moulinet", "fr-FR", "opal"),
    ],
)
def test_the_hedge_is_dropped_and_the_word_before_it_is_a_start(
    said: str, locale: str, start: str
) -> None:
    tokens = [t for t in analyse(said, locale, query=True) if not t.stop]
    prefixes = [t.text for t in tokens if t.role == "prefix"]
    assert prefixes == [start]
    assert not {"something", "whatever", "quelque", "truc", "sais"} & {t.text for t in tokens}


def test_a_hedge_after_a_function_word_marks_nothing() -> None:
    tokens = analyse("i'm looking for something orange", "en-US", query=True)
    assert not [t for t in tokens if t.role == "prefix"]


def test_a_half_remembered_brand_names_its_product() -> None:
    lamps = resolver_of("en-US", LAMPS)
    assert matched(lamps, "the igl something or other extension cord fifteen feet") == "cord-15"
    assert matched(lamps, "an extension cord fifty feet bright whatever it's called") == "cord-50"
    floats = resolver_of("fr-FR", FLOATS)
    assert matched(floats, "un flotteur niv je sais plus quoi quatre grammes") == "flotteur-4"


def test_a_start_no_word_of_the_shop_has_names_nothing() -> None:
    lamps = resolver_of("en-US", LAMPS)
    assert lamps.resolve("the zorb something extension cord 15 ft").product is None
