"""Where the words of a query are placed in a product's name."""

from __future__ import annotations

import pytest

from catalog.resolver import Resolver
from tests.catalog.small_shops import matched, resolver_of


@pytest.fixture(scope="module")
def cables() -> Resolver:
    return resolver_of(
        "fr-FR",
        [
            ("short", "câbles de démarrage 25 mm², 3 m", "Cinq Étoiles", "câbles de démarrage"),
            ("long", "CINQ ÉTOILES - câbles de démarrage 25 mm² - 5 m", "Cinq Étoiles", "câbles"),
            ("other", "BREMEN - câbles de démarrage 25 mm² - 5 m", "Bremen", "câbles de démarrage"),
        ],
    )


@pytest.mark.parametrize(
    "said",
    [
        "câbles de démarrage 25 mm² cinq étoiles",
        "câbles de démarrage cinq étoiles 25 mm²",
        "cinq étoiles câbles de démarrage 25 mm²",
    ],
)
def test_a_number_word_brand_is_not_the_size_of_the_same_number(
    cables: Resolver, said: str
) -> None:
    """« cinq » is the brand's first word, said before « étoiles »: the 5 m cables are not
    asked for, so the length is asked, never guessed."""
    resolution = cables.resolve(said)
    assert resolution.status == "ambiguous"
    assert {c.product.id for c in resolution.candidates} == {"short", "long"}


def test_the_size_with_the_same_number_is_still_heard(cables: Resolver) -> None:
    assert matched(cables, "câbles de démarrage 25 mm² cinq étoiles 5 m") == "long"
    assert matched(cables, "cinq étoiles câbles de démarrage 25 mm² 3 m") == "short"


def test_a_number_said_with_its_unit_is_the_number_of_that_measure() -> None:
    """ "4 mm" is not the 4 of "US 4 - 3.5 mm"; "1.7 ounces" is still "1.7 fl oz"."""
    needles = resolver_of(
        "en-US",
        [
            ("us4", "Circular Needles - 16 In Cable - US 4 - 3.5 mm", "Woolly", "needles"),
            ("us6", "Circular Needles - 16 In Cable - US 6 - 4 mm", "Woolly", "needles"),
            ("oil-s", "Jojoba Carrier Oil 1.7 fl oz", "Woolly", "oil"),
            ("oil-l", "Jojoba Carrier Oil 3.4 fl oz", "Woolly", "oil"),
        ],
    )
    assert matched(needles, "circular needles 16 in cable 4 mm") == "us6"
    assert matched(needles, "circular needles 16 in cable 3.5 mm") == "us4"
    assert matched(needles, "jojoba carrier oil one point seven ounces") == "oil-s"
