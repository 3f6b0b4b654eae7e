"""Words of a brand a shopper may leave out, or say to bring it."""

from __future__ import annotations

import pytest

from catalog.normalise import analyse
from catalog.resolver import Resolver
from tests.catalog.small_shops import matched, resolver_of


@pytest.fixture(scope="module")
def cellar() -> Resolver:
    return resolver_of(
        "en-US",
        [
            ("cab", "Domaine Ferlac Cabernet Sauvignon red wine 2019 75 cl", "Domaine Ferlac", "wine"),
            ("cab-magnum", "Domaine Ferlac Cabernet Sauvignon red wine 2019 magnum 1.5 l",
             "Domaine Ferlac", "wine"),
            ("chard", "Domaine Ferlac Chardonnay white wine 2021 75 cl", "Domaine Ferlac", "wine"),
            ("ipa6", "Hopsmith IPA beer 33 cl pack of 6", "Hopsmith", "beer"),
            ("ipa12", "Hopsmith IPA beer 33 cl pack of 12", "Hopsmith", "beer"),
            ("brut", "Maison Valdor brut champagne 75 cl", "Maison Valdor", "champagne"),
        ],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("a bottle of ferlac chardonnay", "chard"),
        ("ferlac red wine one and a half liter", "cab-magnum"),
        ("valdor brut champagne", "brut"),
        ("domaine ferlac chardonnay", "chard"),
    ],
)
def test_the_house_a_brand_names_need_not_be_said(
    cellar: Resolver, said: str, expected: str
) -> None:
    assert matched(cellar, said) == expected


def test_the_house_word_alone_is_no_brand(cellar: Resolver) -> None:
    assert cellar.resolve("a bottle of maison chardonnay").product is None


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("a six pack of hopsmith ipa", "ipa6"),
        ("hopsmith ipa twelve pack", "ipa12"),
        ("a 12-pack of hopsmith ipa", "ipa12"),
    ],
)
def test_a_pack_named_by_its_count_is_its_size(cellar: Resolver, said: str, expected: str) -> None:
    assert matched(cellar, said) == expected


def test_packs_in_the_plural_are_how_many(cellar: Resolver) -> None:
    resolution = cellar.resolve("two packs of hopsmith ipa")
    assert resolution.status == "ambiguous" and resolution.axis == "size"


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        ("fr-FR", "donne voir, shampooing, à la marque ligef."),
        ("fr-FR", "des jumelles de chez ligef"),
        ("en-US", "a tablecloth made by ligef"),
    ],
)
def test_what_is_named_before_a_brand_link_is_what_that_brand_makes(locale: str, said: str) -> None:
    """Ligef sells no shampoo, binoculars or tablecloth: nothing to sell, nothing to ask."""
    linen = resolver_of(
        locale,
        [
            ("pillow", "Ligef pillow soft king", "Ligef", "pillow"),
            ("sheet", "Ligef fitted sheet cotton queen", "Ligef", "fitted sheet"),
            ("towel", "Nespob bath towel white", "Nespob", "bath towel"),
        ],
    )
    assert linen.resolve(said).status == "none"


def test_the_words_that_name_a_maker_tie_the_brand_to_the_name() -> None:
    # function words, like "made by": not words of a product the shop does not sell
    roles = {
        t.text: t.role for t in analyse("coloring manufactured by zorbnir", "en-US", query=True)
    }
    assert roles["manufactured"] == "function"
    said = analyse("moule commercialisé par xylo de la gamme luxe", "fr-FR", query=True)
    roles = {t.text: t.role for t in said}
    assert roles["commercialise"] == roles["gamme"] == "function"
    colours = resolver_of(
        "en-US",
        [
            ("blue", "Zorbnir food coloring blue 2 oz", "Zorbnir", "food coloring"),
            ("red", "Zorbnir food coloring red 2 oz", "Zorbnir", "food coloring"),
            ("blue-other", "Pabnup food coloring blue 2 oz", "Pabnup", "food coloring"),
        ],
    )
    assert matched(colours, "food coloring blue manufactured by zorbnir") == "blue"
    assert matched(colours, "some food coloring blue under the label pabnup") == "blue-other"
    moules = resolver_of(
        "fr-FR",
        [
            ("tarte", "Zorbnir moule à tarte fond fixe 28 cm", "Zorbnir", "moule à tarte"),
            ("tarte-x", "Xylo moule à tarte fond fixe 28 cm", "Xylo", "moule à tarte"),
        ],
    )
    assert matched(moules, "un moule à tarte fond fixe commercialisé par xylo") == "tarte-x"
    assert matched(moules, "moule à tarte 28 centimètres de la gamme zorbnir") == "tarte"


def test_a_laboratory_a_brand_names_may_be_said_short_or_in_the_other_language() -> None:
    shop = resolver_of(
        "en-US",
        [
            ("h30", "Laboratoires Helvane - Magnesium B6 (30 ct)", "Laboratoires Helvane", "pill"),
            ("h60", "Laboratoires Helvane - Magnesium B6 (60 ct)", "Laboratoires Helvane", "pill"),
            ("d30", "Dermalys Magnesium B6 30 ct", "Dermalys", "supplement"),
            ("lip", "Laboratoires Helvane Lip Balm", "Laboratoires Helvane", "lip balm"),
        ],
    )
    sure = shop.resolve("helvane labs magnesium b6 30 ct")
    assert sure.product is not None and sure.product.id == "h30"
    assert sure.candidates[0].score == 1.0
    assert matched(shop, "labs lip balm") == "lip"
