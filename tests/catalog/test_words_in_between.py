"""Issue 13: words said around a name and its size that name no product — a filler (« tu
vois », « ouais »), the word for the size's axis (« format », « contenance », "capacity"), "one
more". Each test fails without its mechanism; the asserts beside them keep what it must not take."""

from __future__ import annotations

import pytest

from tests.catalog.small_shops import matched, resolver_of

CREAMS_FR = [
    ("berceau-50", "Berceau crème pour le change 50 ml", "Berceau", "crème pour le change"),
    ("berceau-100", "Berceau crème pour le change 100 ml", "Berceau", "crème pour le change"),
    ("nidora-100", "Nidora crème pour le change 100 ml", "Nidora", "crème pour le change"),
    ("bavoir", "Nidora bavoir grand format", "Nidora", "bavoir"),
]
CREAMS_EN = [
    ("berceau-17", "Berceau diaper rash cream 1.7 oz", "Berceau", "diaper rash cream"),
    ("berceau-34", "Berceau diaper rash cream 3.4 oz", "Berceau", "diaper rash cream"),
    ("nidora-34", "Nidora diaper rash cream 3.4 oz", "Nidora", "diaper rash cream"),
]


@pytest.mark.parametrize(
    "said",
    [
        "crème pour le change tu vois 50 ml",
        "crème pour le change ouais 50 ml",
        "crème pour le change format 50 ml",
        "crème pour le change en format 50 ml",
        "crème pour le change contenance 50 ml",
    ],
)
def test_a_filler_or_the_size_axis_said_before_the_size_fr(said: str) -> None:
    assert matched(resolver_of("fr-FR", CREAMS_FR), said) == "berceau-50"


@pytest.mark.parametrize(
    "said", ["diaper rash cream capacity 1.7 oz", "diaper rash cream volume 1.7 oz"]
)
def test_the_size_axis_said_before_the_size_en(said: str) -> None:
    assert matched(resolver_of("en-US", CREAMS_EN), said) == "berceau-17"


def test_a_title_that_writes_the_axis_word_keeps_it() -> None:
    """« grand format » is the bib's own: the word still names it."""
    assert matched(resolver_of("fr-FR", CREAMS_FR), "nidora bavoir grand format") == "bavoir"


@pytest.mark.parametrize(
    ("locale", "said", "sold"),
    [
        ("en-US", "one more diaper rash cream 1.7 oz", "berceau-17"),
        ("en-US", "an additional diaper rash cream 1.7 oz", "berceau-17"),
        ("fr-FR", "une crème pour le change 50 ml supplémentaire", "berceau-50"),
    ],
)
def test_one_more_says_how_many_not_which(locale: str, said: str, sold: str) -> None:
    """ "one more …", "an additional …", « … supplémentaire »: no word of a product."""
    shop = resolver_of(locale, CREAMS_FR if locale == "fr-FR" else CREAMS_EN)
    assert matched(shop, said) == sold
