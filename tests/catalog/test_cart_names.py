"""Which cart lines words name (``catalog.cart.lines_named``): every word said must be among a
product's names (title, short spoken name, synonyms, variant values), function words aside,
accents and plurals folded; a plural said is no count of lines."""

from __future__ import annotations

from catalog import cart
from catalog.model import Product
from payments.money import Money

FR, EN = "fr-FR", "en-US"

PLAIN = Product(
    "savon-fiel",
    "Savon au fiel de bœuf nature 100 g",
    Money.of("3.90", "EUR"),
    synonyms=("savon au fiel", "savon détachant"),
    variants={"scent": "nature"},
)
LAVENDER = Product(
    "savon-fiel-lavande",
    "Savon au fiel de bœuf à la lavande 100 g",
    Money.of("4.50", "EUR"),
    synonyms=("savon au fiel lavande",),
    variants={"scent": "lavande"},
)
STICK = Product("stick", "Stick détachant de poche 35 g", Money.of("5.90", "EUR"))
SOAP_EN = Product(
    "savon-fiel",
    "Ox Gall Stain Soap Bar 100 g",
    Money.of("4.90", "USD"),
    synonyms=("ox gall soap",),
    variants={"scent": "unscented"},
)
LAVENDER_EN = Product(
    "savon-fiel-lavande",
    "Lavender Ox Gall Stain Soap Bar 100 g",
    Money.of("5.50", "USD"),
    variants={"scent": "lavender"},
)
CART_FR = [PLAIN, LAVENDER, STICK]
CART_EN = [SOAP_EN, LAVENDER_EN]


def test_words_are_folded_singular_and_without_function_words():
    assert cart.said_words("les Savons au fiel de BŒUF", FR) == {"savon", "fiel", "boeuf"}
    assert cart.said_words("l'œuf", FR) == {"oeuf"}
    assert cart.said_words("the ox gall soaps", EN) == {"ox", "gall", "soap"}
    assert cart.said_words("celle-là", FR) == frozenset()


def test_a_plural_said_names_every_line_it_fits_in_the_carts_order():
    assert cart.lines_named(CART_FR, "les savons au fiel", FR) == [
        "savon-fiel",
        "savon-fiel-lavande",
    ]
    assert cart.lines_named(CART_EN, "the ox gall soaps", EN) == [
        "savon-fiel",
        "savon-fiel-lavande",
    ]


def test_a_variant_value_or_a_synonym_names_one_line():
    assert cart.lines_named(CART_FR, "la lavande", FR) == ["savon-fiel-lavande"]
    assert cart.lines_named(CART_FR, "le nature", FR) == ["savon-fiel"]
    assert cart.lines_named(CART_FR, "le savon détachant", FR) == ["savon-fiel"]
    assert cart.lines_named(CART_EN, "the unscented", EN) == ["savon-fiel"]


def test_every_word_must_be_among_the_names():
    assert cart.lines_named(CART_FR, "savon au fiel citron", FR) == []
    assert cart.lines_named(CART_FR, "le stick", FR) == ["stick"]


def test_words_that_name_nothing_name_no_line():
    assert cart.lines_named(CART_FR, "le", FR) == []
    assert cart.lines_named(CART_EN, "the", EN) == []
    assert cart.lines_named(CART_EN, "", EN) == []


def test_the_short_spoken_name_counts_as_a_name():
    spoken = {"savon-fiel": "Plain Ox Gall Soap 100 g"}
    assert cart.lines_named(CART_EN, "the plain soap", EN) == []
    assert cart.lines_named(CART_EN, "the plain soap", EN, spoken) == ["savon-fiel"]


def test_product_names_hold_title_spoken_names_synonyms_and_variant_values():
    assert cart.product_names(LAVENDER, "savon au fiel à la lavande 100 g", "") == [
        "Savon au fiel de bœuf à la lavande 100 g",
        "savon au fiel à la lavande 100 g",
        "savon au fiel lavande",
        "lavande",
    ]


def test_fitting_takes_any_names_by_id():
    names = {"a": ["red wine", "wine"], "b": ["white wine"], "c": ["coffee"]}
    assert cart.fitting(names, "the wine", EN) == ["a", "b"]
    assert cart.fitting(names, "white wines", EN) == ["b"]
    assert cart.fitting(names, "tea", EN) == []
