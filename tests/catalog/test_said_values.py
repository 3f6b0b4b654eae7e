"""Issue 13: numbers that are a variant's value rather than its size or how many — dioptres
said with their sign ("minus two fifty", « moins trois »). Each test fails without its
mechanism; the asserts beside them keep what it must not take."""

from __future__ import annotations

import pytest

from catalog.normalise import analyse
from catalog.resolver import Resolver
from tests.catalog.small_shops import ids_of, matched, resolver_of


def _numbers(said: str, locale: str) -> list[tuple[str, bool]]:
    return [(t.text, t.stop) for t in analyse(said, locale, query=True) if t.number]


@pytest.mark.parametrize(
    ("said", "locale", "expected"),
    [
        ("lentilles moins deux cinquante boîte de six", "fr-FR", [("-2.5", False), ("6", False)]),
        ("daily lenses minus two fifty box of 30", "en-US", [("-2.5", False), ("30", False)]),
        ("reading glasses plus one seventy five", "en-US", [("1.75", False)]),
        ("lunettes de lecture plus deux cinquante", "fr-FR", [("2.5", False)]),
        # A number below zero is no count of boxes.
        ("lentilles moins deux boîte de trente", "fr-FR", [("-2", False), ("30", False)]),
        # Without a sign, or with its hundreds said, the number is as it was.
        ("minus two hundred fifty", "en-US", [("-250", False)]),
        ("two fifty box of 30", "en-US", [("250", False), ("30", False)]),
    ],
)
def test_a_number_said_with_its_sign_is_one_value(
    said: str, locale: str, expected: list[tuple[str, bool]]
) -> None:
    assert _numbers(said, locale) == expected


OPTICIAN_FR = [
    ("m2-30", "Focalis lentilles de contact journalières, -2,00, boîte de 30", "Focalis", "lentilles"),
    ("m25-30", "Focalis lentilles de contact journalières, -2,50, boîte de 30", "Focalis", "lentilles"),
    ("m25-90", "Focalis lentilles de contact journalières, -2,50, boîte de 90", "Focalis", "lentilles"),
    ("m3-30", "Focalis lentilles de contact journalières, -3,00, boîte de 30", "Focalis", "lentilles"),
    ("p1", "Focalis lunettes de lecture, écaille, +1,00", "Focalis", "lunettes de lecture"),
    ("p15", "Focalis lunettes de lecture, écaille, +1,50", "Focalis", "lunettes de lecture"),
]  # fmt: skip


@pytest.fixture(scope="module")
def optician() -> Resolver:
    return resolver_of("fr-FR", OPTICIAN_FR)


def test_dioptres_said_in_words_meet_the_titles(optician: Resolver) -> None:
    said = "focalis lentilles de contact journalières moins deux cinquante boîte de trente"
    assert ids_of(optician, said) == {"m25-30"}
    assert ids_of(optician, "lentilles journalières moins trois boîte de 30") == {"m3-30"}
    assert ids_of(optician, "lentilles journalières moins deux boîte de 30") == {"m2-30"}
    assert ids_of(optician, "lunettes de lecture écaille plus un cinquante") == {"p15"}
    assert ids_of(optician, "focalis lunettes de lecture écaille plus un") == {"p1"}  # no article


def test_a_number_sign_says_only_that_a_number_follows() -> None:
    """ "n° 3" in a title, « numéro trois » or "number three" said: the grade is the number;
    the degree sign of "n°" is no temperature."""
    title = [t.text for t in analyse("Huîtres creuses n° 3 (12 pièces)", "fr-FR") if not t.stop]
    assert title == ["huitre", "creuse", "3", "12", "piece"]
    shop = resolver_of(
        "fr-FR",
        [
            ("n2", "Huîtres creuses n° 2 Salicorne (12 pièces)", "Salicorne", "huîtres"),
            ("n3", "Huîtres creuses n° 3 Salicorne (12 pièces)", "Salicorne", "huîtres"),
            ("n3-24", "Huîtres creuses n° 3 Salicorne (24 pièces)", "Salicorne", "huîtres"),
        ],
    )
    assert ids_of(shop, "huîtres creuses numéro trois douze pièces") == {"n3"}
    english = resolver_of(
        "en-US",
        [
            ("n2", "Pacific oysters #2 Salicorne (12 count)", "Salicorne", "oysters"),
            ("n3", "Pacific oysters #3 Salicorne (12 count)", "Salicorne", "oysters"),
        ],
    )
    assert ids_of(english, "salicorne pacific oysters number three") == {"n3"}


def test_oh_is_zero_only_among_numbers() -> None:
    """ "h oh seven" is H07; "cavalier oh halters" is a brand heard in two, no zero."""
    said = [(t.text, t.number) for t in analyse("cavalier oh halters", "en-US", query=True)]
    assert ("0", True) not in said
    assert [t.text for t in analyse("h oh seven bulb", "en-US", query=True)][1] == "0"
    shop = resolver_of(
        "en-US",
        [
            ("halter-s", "Cavalio halter navy pony size", "Cavalio", "halter"),
            ("halter-l", "Cavalio halter navy full size", "Cavalio", "halter"),
            ("rope", "Paddox lead rope navy 3 m", "Paddox", "lead rope"),
        ],
    )
    assert ids_of(shop, "cavalier oh halter navy pony size") == {"halter-s"}


def test_a_name_that_says_without_is_not_what_is_said_with() -> None:
    """ "Pavé de saumon sans peau" is not « pavé de saumon avec peau », nor « … peau »."""
    shop = resolver_of(
        "fr-FR",
        [
            ("avec", "Pavé de saumon avec peau Houlette (2 pièces)", "Houlette", "pavé de saumon"),
            ("sans", "Pavé de saumon sans peau Houlette (2 pièces)", "Houlette", "pavé de saumon"),
        ],
    )
    assert ids_of(shop, "houlette pavé de saumon avec peau deux pièces") == {"avec"}
    assert ids_of(shop, "pavé de saumon peau deux pièces") == {"avec"}
    assert ids_of(shop, "houlette pavé de saumon sans peau deux pièces") == {"sans"}


@pytest.mark.parametrize(
    ("said", "number"),
    [("slide bar ninedy cm", "90"), ("twendy five ml", "25"), ("eighdy ml", "80")],
)
def test_an_english_ty_said_with_a_flap_is_that_number(said: str, number: str) -> None:
    """ "ninedy", "twendy": the t of "-ty" said as a d, before a unit or the units."""
    assert [t.text for t in analyse(said, "en-US", query=True) if t.number] == [number]
    assert [t.text for t in analyse("a pretty dress", "en-US", query=True)] == [
        "a",
        "pretty",
        "dress",
    ]


@pytest.mark.parametrize(
    ("said", "locale", "numbers"),
    [
        ("Brie de Meaux Whey, 1/4 de meule", "fr-FR", ["0.25"]),
        ("brie de meaux un quart de meule", "fr-FR", ["0.25"]),
        ("tomme un huitième de meule", "fr-FR", ["0.125"]),
        ("piping tip five eighths inch", "en-US", ["0.625"]),
        ("split shot a quarter ounce", "en-US", ["0.25"]),
        ("deux douzaines de pots à miel", "fr-FR", ["24"]),
        ("two dozen honey jars", "en-US", ["24"]),
        ("yaourts une demi-douzaine", "fr-FR", ["6"]),
        # Inch fractions, said and written, with their whole number.
        ("pex tubing one half inch", "en-US", ["0.5"]),
        ("ball valve one and one half inch", "en-US", ["1.5"]),
        ("Sink trap 1 1/4 in", "en-US", ["1.25"]),
        ("red pex tubing half inch", "en-US", ["0.5"]),
        ("braided supply line a foot long", "en-US", ["1"]),
        ("a foot pump", "en-US", []),
        ("vanne à sphère demi-pouce", "fr-FR", ["0.5"]),
        ("vanne à sphère 3/4 de pouce", "fr-FR", ["0.75"]),
        # Sixteenths, said and written ("sixteenths" was respelt "sixteens" and read as 316).
        ("tile spacers three sixteenths inch", "en-US", ["0.1875"]),
        ("tile spacers a sixteenth inch", "en-US", ["0.0625"]),
        ("Tile spacers - 3/16 in", "en-US", ["0.1875"]),
        ("drill bit 5/16 in", "en-US", ["0.3125"]),
        # An area or a volume written without its superscript ("10 m 2" stays a height).
        ("sous-couche acoustique 10 m2", "fr-FR", ["10"]),
        ("Underlayment 100 ft2", "en-US", ["100"]),
        ("cuve 5m3", "fr-FR", ["5"]),
        # A ream is 500 sheets; « ramette de papier » with no number is a word.
        ("copy paper a4 five reams", "en-US", ["4", "2500"]),
        ("ramette de papier a4 une ramette", "fr-FR", ["4", "500"]),
        ("ramette de papier a4 80 g", "fr-FR", ["4", "80"]),
        # Not parts: a staple size, a range, an English quart of milk.
        ("staples 24/6", "en-US", ["24", "6"]),
        ("shoe trees EU 41-43", "en-US", ["41", "43"]),
        ("milk two quarts", "en-US", ["2"]),
    ],
)
def test_parts_and_dozens_said_in_words_are_the_numbers_titles_write(
    said: str, locale: str, numbers: list[str]
) -> None:
    assert [t.text for t in analyse(said, locale, query=True) if t.number] == numbers


def test_a_wheel_part_said_in_words_meets_the_title_in_digits() -> None:
    shop = resolver_of(
        "fr-FR",
        [
            ("q", "Whey Brie de Meaux, 1/4 de meule", "Whey", "brie de meaux"),
            ("h", "Whey Brie de Meaux, 1/2 meule", "Whey", "brie de meaux"),
            ("w", "Whey Brie de Meaux, meule entière", "Whey", "brie de meaux"),
        ],
    )
    assert ids_of(shop, "whey brie de meaux un quart de meule") == {"q"}
    assert ids_of(shop, "whey brie de meaux 1/2 meule") == {"h"}


def test_one_pair_of_names_the_pair_in_a_shop_that_sells_pairs_and_singles() -> None:
    shop = resolver_of(
        "fr-FR",
        [
            ("one", "Poignée de porte Seuil, noir mat (à l'unité)", "Seuil", "poignée de porte"),
            ("pair", "Poignée de porte Seuil, noir mat (la paire)", "Seuil", "poignée de porte"),
        ],
    )
    assert ids_of(shop, "une paire de poignée de porte noir mat seuil") == {"pair"}
    english = resolver_of(
        "en-US",
        [
            ("one", "Door handle Seuil, matte black (single)", "Seuil", "door handle"),
            ("pair", "Door handle Seuil, matte black (pair)", "Seuil", "door handle"),
        ],
    )
    assert ids_of(english, "one pair of seuil door handle matte black") == {"pair"}


def test_units_and_hundredths_said_without_a_sign_where_the_catalog_has_that_value(
    optician: Resolver,
) -> None:
    """« écaille un cinquante » for +1,50: the catalog has 1,50 and no 50; where it has the
    hundreds as said (a bottle of 250 ml), they stay as said."""
    assert ids_of(optician, "focalis lunettes de lecture écaille un cinquante") == {"p15"}
    glasses = [
        ("p1", "Focalis reading glasses, red, +1.00", "Focalis", "reading glasses"),
        ("p25", "Focalis reading glasses, red, +2.50", "Focalis", "reading glasses"),
    ]
    bottles = [
        ("b250", "Nuvelo baby bottle 250 ml", "Nuvelo", "baby bottle"),
        ("b500", "Nuvelo baby bottle 500 ml", "Nuvelo", "baby bottle"),
    ]
    english = resolver_of("en-US", [*glasses, bottles[1]])
    assert ids_of(english, "focalis reading glasses red two fifty") == {"p25"}
    assert ids_of(resolver_of("en-US", glasses + bottles), "nuvelo baby bottle two fifty") == {
        "b250"
    }
    assert _numbers("two fifty box of 30", "en-US") == [("250", False), ("30", False)]


def test_everyday_measures_meet_the_label() -> None:
    """« une livre » is 500 g; "a pint" the 16 fl oz a label writes, "half a liter" its
    16.9 fl oz; « livre » with no number before it is a word (a book)."""
    cheese = resolver_of(
        "fr-FR",
        [
            ("m250", "Whey Mimolette vieille, 250 g", "Whey", "mimolette"),
            ("m500", "Whey Mimolette vieille, 500 g", "Whey", "mimolette"),
            ("book", "Livre de recettes fromagères", "Whey", "livre"),
        ],
    )
    assert matched(cheese, "une livre de mimolette vieille") == "m500"
    assert matched(cheese, "une demi-livre de mimolette vieille") == "m250"
    assert matched(cheese, "le livre de recettes") == "book"
    cream = resolver_of(
        "en-US",
        [
            ("c7", "Sonnaille Heavy Crème Fraîche, 7 fl oz", "Sonnaille", "crème fraîche"),
            ("c16", "Sonnaille Heavy Crème Fraîche, 16 fl oz", "Sonnaille", "crème fraîche"),
            ("w169", "Sonnaille Spring Water 16.9 fl oz", "Sonnaille", "water"),
            ("w33", "Sonnaille Spring Water 33.8 fl oz", "Sonnaille", "water"),
        ],
    )
    assert matched(cream, "sonnaille heavy crème fraîche a pint") == "c16"
    assert matched(cream, "sonnaille spring water half a liter") == "w169"


def test_a_pair_said_with_an_article_is_the_single_pair() -> None:
    """ "a pair", « une paire » where titles count in pairs: the 1 pair, not the 3 pairs."""
    en = resolver_of(
        "en-US",
        [
            ("one", "Talonia heel cushions gel 1 pair", "Talonia", "heel cushions"),
            ("three", "Talonia heel cushions gel 3 pairs", "Talonia", "heel cushions"),
        ],
    )
    assert matched(en, "talonia heel cushions gel a pair") == "one"
    assert matched(en, "talonia heel cushions gel three pairs") == "three"
    fr = resolver_of(
        "fr-FR",
        [
            ("one", "Polissor talonnettes cuir 1 paire", "Polissor", "talonnettes"),
            ("three", "Polissor talonnettes cuir 3 paires", "Polissor", "talonnettes"),
        ],
    )
    assert matched(fr, "polissor talonnettes cuir une paire") == "one"


def test_a_magnification_the_catalog_writes_is_a_size_after_a_name() -> None:
    """ "mirabo three x reading magnifier": the 3x; "four x …" first is how many."""
    shop = resolver_of(
        "en-US",
        [
            ("m3", "Mirabo | reading magnifier, 3x", "Mirabo", "reading magnifier"),
            ("m5", "Mirabo | reading magnifier, 5x", "Mirabo", "reading magnifier"),
        ],
    )
    assert matched(shop, "mirabo three x reading magnifier") == "m3"
    assert ids_of(shop, "four x mirabo reading magnifier") == {"m3", "m5"}


def test_an_inch_fraction_said_meets_the_one_written() -> None:
    shop = resolver_of(
        "en-US",
        [
            ("half", "Red PEX tubing 1/2 in x 100 ft - Sertix", "Sertix", "pex tubing"),
            ("three", "Red PEX tubing 3/4 in x 100 ft - Sertix", "Sertix", "pex tubing"),
            ("trap", "P-trap 1 1/2 in PVC - Sertix", "Sertix", "p-trap"),
            ("trap-s", "P-trap 1 1/4 in PVC - Sertix", "Sertix", "p-trap"),
        ],
    )
    assert matched(shop, "sertix red pex tubing one half inch") == "half"
    assert matched(shop, "three quarter inch red pex tubing") == "three"
    assert matched(shop, "p-trap one and one half inch") == "trap"
    assert matched(shop, "red pex tubing by sertix half inch") == "half"
    french = resolver_of(
        "fr-FR",
        [
            ("v15", "Vanne à sphère 1/2 pouce - Sertix", "Sertix", "vanne"),
            ("v20", "Vanne à sphère 3/4 pouce - Sertix", "Sertix", "vanne"),
        ],
    )
    assert matched(french, "vanne à sphère sertix demi-pouce") == "v15"
    assert matched(french, "vanne à sphère trois quarts de pouce") == "v20"


def test_a_number_of_pieces_before_a_set_is_the_set() -> None:
    """ "five piece set" is the set of 5 ("two bags of rice" still counts bags)."""
    shop = resolver_of(
        "en-US",
        [
            ("s3", "Packing cubes set of 3 by Twelve Knots (Mustard)", "Twelve Knots", "cubes"),
            ("s5", "Packing cubes set of 5 by Twelve Knots (Mustard)", "Twelve Knots", "cubes"),
        ],
    )
    assert matched(shop, "mustard packing cubes five piece set") == "s5"


def test_five_hundred_heard_as_sain_cents_and_sizes_said_of_several() -> None:
    """« sain cents grammes » is how « cinq cents grammes » sounds (the q is not said before
    « cents »); « les plus grands » is the largest as « le plus grand » is. A brand that
    starts with « Saint » stays one."""
    said = [t.text for t in analyse("cristaux de soude sain cents grammes", "fr-FR", query=True)]
    assert said[-2:] == ["500", "g"]
    shop = resolver_of(
        "fr-FR",
        [
            ("so-500", "Saint-Ovide cristaux de soude 500 g", "Saint-Ovide", "cristaux de soude"),
            ("so-1k", "Saint-Ovide cristaux de soude 1 kg", "Saint-Ovide", "cristaux de soude"),
        ],
    )
    assert matched(shop, "saint-ovide cristaux de soude sain cents grammes") == "so-500"
    assert matched(shop, "saint-ovide cristaux de soude les plus grands") == "so-1k"


def test_a_four_digit_number_said_in_two_pairs_is_the_catalogs() -> None:
    """ "twenty two eighty mah" is the 2280 mAh battery (it was 22 and 80), where the catalog
    has 2280 and no 80; a pair the catalog has alone stays two numbers."""
    shop = resolver_of(
        "en-US",
        [
            ("t-1100", "Tamaki battery 1100 mAh", "Tamaki", "battery"),
            ("t-2280", "Tamaki battery 2280 mAh", "Tamaki", "battery"),
        ],
    )
    assert matched(shop, "tamaki battery twenty two eighty mah") == "t-2280"
    assert matched(shop, "tamaki battery eleven hundred mah") == "t-1100"
    said = [t.text for t in analyse("size twenty two eighty", "en-US", query=True) if t.number]
    assert said == ["22", "80"]  # no catalog: as said


@pytest.mark.parametrize(
    ("said", "locale", "numbers"),
    [
        ("hélice dix quatre virgule cinq", "fr-FR", ["10", "4.5"]),  # a 10x4,5 propeller
        ("dix sept grammes", "fr-FR", ["17"]),
        ("soixante dix neuf", "fr-FR", ["79"]),
        ("soixante dix quatre", "fr-FR", ["70", "4"]),
        ("ten four", "en-US", ["10", "4"]),
    ],
)
def test_a_unit_after_ten_is_a_number_of_its_own(
    said: str, locale: str, numbers: list[str]
) -> None:
    """« dix quatre » is no 14 (« quatorze »): only « dix-sept » to « dix-neuf » are said in
    two words."""
    assert [t.text for t in analyse(said, locale, query=True) if t.number] == numbers


@pytest.mark.parametrize(
    "said", ["enduit quinze kilos le seau", "le seau de quinze kilos d'enduit"]
)
def test_the_container_a_size_comes_in_is_no_product_word(said: str) -> None:
    """« le seau de 15 kilos »: how the size comes, not a word of another product (it was a
    word the catalog lacks, read as a brand we do not sell: nothing answered)."""
    rows = [("b-5", "Enduit Batiforme 5 kg"), ("b-15", "Enduit Batiforme 15 kg"),
            ("g-15", "Enduit Granicol 15 kg")]  # fmt: skip
    shop = resolver_of("fr-FR", [(pid, title, title.split()[1], "") for pid, title in rows])
    assert ids_of(shop, said) == {"b-15", "g-15"}
