"""A title that is another's with a word added nobody said ("extra strong hold" beside "strong
hold"): the shorter one is what was asked for, where a word said stands beside the added one;
with only the noun said, both stay in the question."""

from __future__ import annotations

import pytest

from catalog.resolver import Resolver
from tests.catalog.small_shops import ids_of, matched, resolver_of

SPRAYS = [
    ("mv-m300", "Hairspray medium hold, 300 ml", "Maison Varenne", "Hairspray"),
    ("mv-s300", "Hairspray strong hold, 300 ml", "Maison Varenne", "Hairspray"),
    ("mv-s500", "Hairspray strong hold, 500 ml", "Maison Varenne", "Hairspray"),
    ("mv-x300", "Hairspray extra strong hold, 300 ml", "Maison Varenne", "Hairspray"),
    ("tr-x300", "Tressane Hairspray Extra Strong Hold 300 ml", "Tressane", "Hairspray"),
]
OILS = [
    ("oil-v", "Oliveraie Huile d'olive vierge 75 cl", "Oliveraie", "Huile d'olive"),
    ("oil-xv", "Oliveraie Huile d'olive vierge extra 75 cl", "Oliveraie", "Huile d'olive"),
]
GELS = [
    ("gel-1", "Kinetika Gel énergétique fruits rouges, 40 g", "Kinetika", "Gel énergétique"),
    (
        "gel-24",
        "Kinetika Gel énergétique fruits rouges, boîte de 24 x 40 g",
        "Kinetika",
        "Gel énergétique",
    ),
]


@pytest.fixture(scope="module")
def sprays() -> Resolver:
    return resolver_of("en-US", SPRAYS)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("maison varenne strong hairspray 300 ml", "mv-s300"),
        ("strong hold hairspray 300 ml", "mv-s300"),
        ("extra strong hold hairspray 300 ml from maison varenne", "mv-x300"),
    ],
)
def test_the_title_without_the_added_word(sprays: Resolver, said: str, expected: str) -> None:
    assert matched(sprays, said) == expected


def test_with_only_the_noun_said_every_hold_is_asked_about(sprays: Resolver) -> None:
    assert ids_of(sprays, "maison varenne hairspray 300 ml") == {"mv-m300", "mv-s300", "mv-x300"}
    assert ids_of(sprays, "strong hold hairspray") == {"mv-s300", "mv-s500"}


def test_in_french_and_never_for_another_size() -> None:
    oils = resolver_of("fr-FR", OILS)
    assert matched(oils, "huile d'olive vierge oliveraie") == "oil-v"
    assert matched(oils, "huile d'olive vierge extra oliveraie") == "oil-xv"
    gels = resolver_of("fr-FR", GELS)
    assert ids_of(gels, "gel énergétique kinetika fruits rouges") == {"gel-1", "gel-24"}


DUMMIES = [
    ("dummy-0", "Lunelle Sucettes silicone 0-6 mois, lot de 2", "Lunelle", "Sucettes"),
    ("dummy-6", "Lunelle Sucettes silicone 6-18 mois, lot de 2", "Lunelle", "Sucettes"),
    ("dummy-18", "Lunelle Sucettes silicone 18 mois+, lot de 2", "Lunelle", "Sucettes"),
]


def test_a_number_said_alone_is_no_ranges_other_end() -> None:
    dummies = resolver_of("fr-FR", DUMMIES)
    assert matched(dummies, "lunelle sucette silicone 18 mois") == "dummy-18"
    assert matched(dummies, "lunelle sucette silicone 6-18 mois") == "dummy-6"
    assert ids_of(dummies, "lunelle sucettes silicone") == {"dummy-0", "dummy-6", "dummy-18"}
