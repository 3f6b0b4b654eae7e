"""What a shopper says in passing around a name: a shade's decimal zero (« cinq zéro », "five
point zero"), a word that only strengthens the next ("high gloss"), how many containers before
the name with no "of", an aside while looking for a word ("what do you call it", « comment ça
s'appelle »), the verb that opens the request ("pack me"), an unsold brand after "a"."""

from __future__ import annotations

import pytest

from catalog.normalise import analyse
from catalog.resolver import Resolver
from tests.catalog.small_shops import ids_of, matched, resolver_of

DYES_FR = [
    (
        "dye-5-60",
        "Teintelle Coloration permanente 5.0 Châtain clair 60 ml",
        "Teintelle",
        "Coloration",
    ),
    (
        "dye-5-100",
        "Teintelle Coloration permanente 5.0 Châtain clair 100 ml",
        "Teintelle",
        "Coloration",
    ),
    ("dye-3", "Orsaline Coloration permanente 3.0 Châtain foncé 100 ml", "Orsaline", "Coloration"),
    (
        "dye-6",
        "Orsaline Coloration permanente 6.1 Blond foncé cendré 100 ml",
        "Orsaline",
        "Coloration",
    ),
    (
        "dye-45",
        "Orsaline Coloration permanente 4.5 Châtain acajou 100 ml",
        "Orsaline",
        "Coloration",
    ),
]
DYES_EN = [
    ("dye-5-60", "Teintelle Permanent Hair Color 5.0 Light Brown 60 ml", "Teintelle", "Hair Color"),
    (
        "dye-5-100",
        "Teintelle Permanent Hair Color 5.0 Light Brown 100 ml",
        "Teintelle",
        "Hair Color",
    ),
    ("dye-3", "Orsaline Permanent Hair Color 3.0 Dark Brown 100 ml", "Orsaline", "Hair Color"),
    ("dye-45", "Orsaline Permanent Hair Color 4.5 Mahogany 100 ml", "Orsaline", "Hair Color"),
]
CARTRIDGES = [
    ("ink-304", "Plumex cartouche d'encre 304 XL trois couleurs", "Plumex", "Cartouche"),
    ("ink-302", "Plumex cartouche d'encre 302 noir", "Plumex", "Cartouche"),
    ("ink-3", "Plumex cartouche d'encre 3 noir", "Plumex", "Cartouche"),
]
VARNISH = [
    ("var-wg1", "Lakewood Wood Varnish Walnut Gloss 1 L", "Lakewood", "Wood Varnish"),
    ("var-wg05", "Lakewood Wood Varnish Walnut Gloss 0.5 L", "Lakewood", "Wood Varnish"),
    ("var-ws1", "Lakewood Wood Varnish Walnut Satin 1 L", "Lakewood", "Wood Varnish"),
    ("var-og1", "Ferrant Wood Varnish Oak Gloss 1 L", "Ferrant", "Wood Varnish"),
    ("roller-9", "Ferrant Paint Roller Short Nap 9 in", "Ferrant", "Paint Roller"),
    ("roller-4", "Ferrant Paint Roller Short Nap 4 in", "Ferrant", "Paint Roller"),
    ("roller-9b", "Lakewood Paint Roller Short Nap 9 in", "Lakewood", "Paint Roller"),
    ("tape-2", "Lakewood Painter's Tape 2 in", "Lakewood", "Painter's Tape"),
    ("tape-2b", "Ferrant Painter's Tape 2 in", "Ferrant", "Painter's Tape"),
]
VERNIS = [
    ("ver-cb1", "Boisclair Vernis bois Chêne moyen Brillant 1 L", "Boisclair", "Vernis bois"),
    ("ver-cb25", "Boisclair Vernis bois Chêne moyen Brillant 2,5 L", "Boisclair", "Vernis bois"),
    ("ver-ns1", "Boisclair Vernis bois Noyer Satin 1 L", "Boisclair", "Vernis bois"),
    ("anneau-60", "Cordalp Anneau de sangle 60 cm", "Cordalp", "Anneau"),
    ("anneau-120", "Cordalp Anneau de sangle 120 cm", "Cordalp", "Anneau"),
]
BULBS = [
    ("tulip-10", "Hollowell Tulip Bulbs Red Pack of 10", "Hollowell", "Tulip Bulbs"),
    ("tulip-25", "Hollowell Tulip Bulbs Red Pack of 25", "Hollowell", "Tulip Bulbs"),
    ("allium-5", "Verdane Allium Bulbs Purple Pack of 5", "Verdane", "Allium Bulbs"),
]


@pytest.fixture(scope="module")
def dyes_fr() -> Resolver:
    return resolver_of("fr-FR", DYES_FR)


@pytest.fixture(scope="module")
def dyes_en() -> Resolver:
    return resolver_of("en-US", DYES_EN)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("coloration trois zéro châtain foncé", "dye-3"),
        ("un tube de 100 ml de coloration trois zéro", "dye-3"),
        ("coloration cinq zéro 60 ml", "dye-5-60"),
        ("coloration six un", "dye-6"),
    ],
)
def test_a_shade_said_with_its_decimal_zero_fr(dyes_fr: Resolver, said: str, expected: str) -> None:
    assert matched(dyes_fr, said) == expected


def test_a_shade_said_with_its_decimal_zero_asks_the_size(
    dyes_fr: Resolver, dyes_en: Resolver
) -> None:
    assert ids_of(dyes_fr, "la coloration cinq zéro") == {"dye-5-60", "dye-5-100"}
    for said in (
        "five oh hair color",
        "hair color five zero",
        "can we add five point zero hair color",
        "5.0 hair color",
    ):
        resolution = dyes_en.resolve(said)
        assert resolution.status == "ambiguous", said
        assert {c.product.id for c in resolution.candidates} == {"dye-5-60", "dye-5-100"}, said
    assert matched(dyes_en, "three point zero hair color") == "dye-3"


def test_digits_after_a_zero_are_a_code_not_a_shade() -> None:
    cartridges = resolver_of("fr-FR", CARTRIDGES)
    assert matched(cartridges, "cartouche d'encre trois zéro quatre xl") == "ink-304"
    assert matched(cartridges, "cartouche d'encre trois zéro deux") == "ink-302"


def test_a_word_that_strengthens_the_next_is_no_other_product() -> None:
    varnish = resolver_of("en-US", VARNISH)
    assert matched(varnish, "lakewood walnut high gloss wood varnish 1 liter") == "var-wg1"
    assert matched(varnish, "a can of walnut high gloss wood varnish half a liter") == "var-wg05"
    assert ids_of(varnish, "walnut super gloss wood varnish") == {"var-wg1", "var-wg05"}


def test_containers_counted_before_the_name_without_of() -> None:
    vernis = resolver_of("fr-FR", VERNIS)
    assert matched(vernis, "quatre pots vernis bois chêne moyen brillant 1 l") == "ver-cb1"
    assert matched(vernis, "un pot vernis bois noyer satin") == "ver-ns1"


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("walnut satin wood varnish what do you call it 1 liter", "en-US", "var-ws1"),
        ("oak gloss wood varnish what's it called 1 liter", "en-US", "var-og1"),
        ("il me faut un anneau comment ça s'appelle de sangle 120 cm", "fr-FR", "anneau-120"),
        ("anneau de sangle voyons voir soixante centimètres", "fr-FR", "anneau-60"),
    ],
)
def test_an_aside_while_looking_for_a_word_names_nothing(
    said: str, locale: str, expected: str
) -> None:
    shop = resolver_of(locale, VARNISH if locale == "en-US" else VERNIS)
    assert matched(shop, said) == expected


def test_a_taken_back_word_is_still_taken_back() -> None:
    vernis = resolver_of("fr-FR", VERNIS)
    assert (
        matched(vernis, "vernis bois noyer je veux dire chêne moyen brillant 2,5 l") == "ver-cb25"
    )


def test_the_verb_that_opens_the_request() -> None:
    tokens = analyse(
        "pack me the 2 inch painter's tape", "en-US", query=True, known=lambda w: False
    )
    assert [t.role for t in tokens if t.text == "pack"] == ["function"]
    varnish = resolver_of("en-US", VARNISH)
    assert matched(varnish, "pack me the lakewood 2 inch painter's tape") == "tape-2"
    assert matched(varnish, "fetch us the ferrant short nap paint roller 9 inch") == "roller-9"


def test_an_unsold_brand_after_a_is_no_place() -> None:
    bulbs = resolver_of("en-US", BULBS)
    assert bulbs.resolve("slap on a bloomridge tulip bulbs").status == "none"
    assert matched(bulbs, "pop it in my cart hollowell tulip bulbs pack of 25") == "tulip-25"


FORMULA = [
    ("milk-1", "Nourrilo Lait infantile 1er âge 800 g", "Nourrilo", "Lait infantile"),
    ("milk-2", "Nourrilo Lait infantile 2e âge 800 g", "Nourrilo", "Lait infantile"),
    ("milk-3", "Nourrilo Lait infantile 3e âge 800 g", "Nourrilo", "Lait infantile"),
]
EARBUDS = [
    ("buds-2", "Sonance Wireless Earbuds 2nd Gen White", "Sonance", "Earbuds"),
    ("buds-3", "Sonance Wireless Earbuds 3rd Gen White", "Sonance", "Earbuds"),
]
WINES = [
    ("cru-1", "Domaine Arvel Chablis Premier Cru 75 cl", "Domaine Arvel", "Vin blanc"),
    ("cru-g", "Domaine Arvel Chablis Grand Cru 75 cl", "Domaine Arvel", "Vin blanc"),
]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("lait infantile deuxième âge", "milk-2"),
        ("nourrilo lait second âge", "milk-2"),
        ("lait premier âge 800 g", "milk-1"),
        ("deuxième âge lait nourrilo", "milk-2"),
        ("lait infantile troisième âge", "milk-3"),
    ],
)
def test_an_ordinal_said_in_words_where_titles_write_figures(said: str, expected: str) -> None:
    assert matched(resolver_of("fr-FR", FORMULA), said) == expected


def test_an_ordinal_in_english_and_one_the_catalog_writes_in_words() -> None:
    earbuds = resolver_of("en-US", EARBUDS)
    assert matched(earbuds, "sonance wireless earbuds second gen") == "buds-2"
    assert matched(earbuds, "the third generation sonance earbuds") == "buds-3"
    wines = resolver_of("fr-FR", WINES)
    assert matched(wines, "chablis premier cru") == "cru-1"


PULLEYS = [
    ("poulie-s", "Ventane Poulie simple 57 mm", "Ventane", "Poulie"),
    ("poulie-d", "Ventane Poulie double 57 mm", "Ventane", "Poulie"),
    ("poulie-v", "Amarel Poulie violon 75 mm", "Amarel", "Poulie"),
]


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("j'aimerais mettre la main sur une poulie violon", "fr-FR", "poulie-v"),
        ("je voudrais faire le plein de poulies doubles", "fr-FR", "poulie-d"),
        ("i need to get my hands on lakewood painter's tape", "en-US", "tape-2"),
        ("gotta stock up on ferrant oak gloss wood varnish", "en-US", "var-og1"),
    ],
)
def test_idioms_that_carry_the_request(said: str, locale: str, expected: str) -> None:
    shop = resolver_of(locale, PULLEYS if locale == "fr-FR" else VARNISH)
    assert matched(shop, said) == expected


@pytest.mark.parametrize(
    ("said", "locale", "words"),
    [
        ("j'aimerais mettre la main sur une poulie violon", "fr-FR", ["poulie", "violon"]),
        ("je voudrais faire le plein de sacs de sable", "fr-FR", ["sac", "sable"]),
        ("i need to get my hands on painter's tape", "en-US", ["painter", "tape"]),
        ("gotta stock up on wood varnish", "en-US", ["wood", "varnish"]),
        ("je voudrais pour ainsi dire des bulbes de narcisse", "fr-FR", ["bulbe", "narcisse"]),
        ("add wood varnish so to speak", "en-US", ["wood", "varnish"]),
    ],
)
def test_idioms_that_carry_the_request_name_nothing(
    said: str, locale: str, words: list[str]
) -> None:
    tokens = analyse(said, locale, query=True, known=lambda w: False)
    assert [t.text for t in tokens if not t.stop] == words
