"""Sizes said otherwise than the catalog writes them (catalog/size_readings.py)."""

from __future__ import annotations

import pytest

from catalog.resolver import Resolver
from tests.catalog.small_shops import ids_of, matched, resolver_of


@pytest.fixture(scope="module")
def bulbs_fr() -> Resolver:
    return resolver_of(
        "fr-FR",
        [
            ("one", "ampoule de phare Ornwyn H7 à l'unité", "Ornwyn", "ampoule de phare"),
            ("two", "ampoule de phare Ornwyn H7, lot de 2", "Ornwyn", "ampoule de phare"),
            ("h4", "ampoule de phare Ornwyn H4, lot de 2", "Ornwyn", "ampoule de phare"),
            ("vent", "ampoule de phare Vent Debout H7 à l'unité", "Vent Debout", "ampoule"),
            ("vent-2", "ampoule de phare Vent Debout H7 lot de 2", "Vent Debout", "ampoule"),
            ("wiper", "balai d'essuie-glace Ornwyn arrière 40 cm", "Ornwyn", "balai"),
        ],
    )


@pytest.fixture(scope="module")
def bulbs_en() -> Resolver:
    return resolver_of(
        "en-US",
        [
            ("one", "headlight bulb Ornwyn H7 single", "Ornwyn", "headlight bulb"),
            ("two", "headlight bulb Ornwyn H7, 2 pack", "Ornwyn", "headlight bulb"),
            ("h4", "headlight bulb Ornwyn H4, 2 pack", "Ornwyn", "headlight bulb"),
            ("vent", "headlight bulb Vent Debout H7 single", "Vent Debout", "headlight bulb"),
            ("wiper", "Ornwyn rear wiper blade 16 in", "Ornwyn", "wiper blade"),
        ],
    )


@pytest.mark.parametrize(
    "said",
    [
        "ampoule de phare h7 ornwyn à la pièce",
        "ornwyn ampoule de phare h 7 vendue seule",
        "une ampoule de phare ornwyn h7 toute seule",
        "ampoule de phare ornwyn h7 à l'unité",
    ],
)
def test_one_sold_alone_said_otherwise_is_the_catalogs_single(
    bulbs_fr: Resolver, said: str
) -> None:
    assert matched(bulbs_fr, said) == "one"


@pytest.mark.parametrize(
    "said",
    [
        "headlight bulb h7 ornwyn one by itself",
        "ornwyn headlight bulb h 7 on its own",
        "ornwyn h7 headlight bulb sold individually",
    ],
)
def test_one_by_itself_is_single(bulbs_en: Resolver, said: str) -> None:
    assert matched(bulbs_en, said) == "one"


def test_a_count_of_units_is_how_many_not_the_single() -> None:
    bulbs = resolver_of(
        "fr-FR",
        [
            ("one", "ampoule de phare Ornwyn H7 unitaire", "Ornwyn", "ampoule de phare"),
            ("two", "ampoule de phare Ornwyn H7, lot de 2", "Ornwyn", "ampoule de phare"),
            ("h4", "ampoule de phare Ornwyn H4 unitaire", "Ornwyn", "ampoule de phare"),
        ],
    )
    assert matched(bulbs, "ampoule de phare ornwyn h7 à l'unité") == "one"
    assert matched(bulbs, "quatre unités d'ampoule de phare ornwyn h7") is None


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("rusty anchor rear wiper blade the tiny one", "short"),
        ("the teeny rusty anchor rear wiper blade", "short"),
        ("rusty anchor rear wiper blade the massive one", "long"),
    ],
)
def test_tiny_and_massive_choose_among_sizes(said: str, expected: str) -> None:
    wipers = resolver_of(
        "en-US",
        [
            ("short", "Rusty Anchor rear wiper blade 12 in", "Rusty Anchor", "wiper blade"),
            ("mid", "Rusty Anchor rear wiper blade 16 in", "Rusty Anchor", "wiper blade"),
            ("long", "Rusty Anchor rear wiper blade 22 in", "Rusty Anchor", "wiper blade"),
        ],
    )
    assert matched(wipers, said) == expected


def test_a_catalog_word_is_never_a_slip_of_a_number_word() -> None:
    """« tente » is one letter from « trente »: beside « deux » it was read 32."""
    tents = resolver_of(
        "fr-FR",
        [
            ("t2", "tente dôme Pilkom 2 places", "Pilkom", "tente"),
            ("t4", "tente dôme Pilkom 4 places", "Pilkom", "tente"),
            ("bag", "sac de couchage Pilkom -5 °C", "Pilkom", "sac de couchage"),
        ],
    )
    assert matched(tents, "y m'faut une tente deux places pilkom") == "t2"
    assert matched(tents, "pilkom tente quatre places") == "t4"


@pytest.fixture(scope="module")
def tees() -> dict[str, Resolver]:
    rows = {
        "fr-FR": [
            ("s", "Tovez t-shirt blanc, taille S", "Tovez", "t-shirt"),
            ("m", "Tovez t-shirt blanc, taille M", "Tovez", "t-shirt"),
            ("l", "Tovez t-shirt blanc, taille L", "Tovez", "t-shirt"),
            ("xl", "Tovez t-shirt blanc, taille XL", "Tovez", "t-shirt"),
            ("xxl", "Tovez t-shirt blanc, taille XXL", "Tovez", "t-shirt"),
        ],
        "en-US": [
            ("s", "Tovez white t-shirt, size S", "Tovez", "t-shirt"),
            ("m", "Tovez white t-shirt, size M", "Tovez", "t-shirt"),
            ("xl", "Tovez white t-shirt, size XL", "Tovez", "t-shirt"),
            ("xxl", "Tovez white t-shirt, size XXL", "Tovez", "t-shirt"),
        ],
    }
    return {locale: resolver_of(locale, r) for locale, r in rows.items()}


@pytest.mark.parametrize(
    ("locale", "said", "expected"),
    [
        ("fr-FR", "tovez t-shirt blanc en médium", "m"),
        ("fr-FR", "tovez t-shirt blanc en large", "l"),
        ("fr-FR", "tovez t-shirt blanc en small", "s"),
        ("fr-FR", "tovez t-shirt blanc en double x l", "xxl"),
        ("fr-FR", "tovez t-shirt blanc deux x l", "xxl"),
        ("en-US", "tovez white t-shirt extra large", "xl"),
        ("en-US", "tovez white t-shirt in a med", "m"),
        ("en-US", "tovez white t-shirt 2xl", "xxl"),
    ],
)
def test_a_letter_size_said_in_words(
    tees: dict[str, Resolver], locale: str, said: str, expected: str
) -> None:
    assert matched(tees[locale], said) == expected


def test_a_size_label_no_title_has_weighs_little() -> None:
    pillows = resolver_of(
        "en-US",
        [
            ("king", "pillow soft - king - LIGEF", "Ligef", "pillow"),
            ("queen", "pillow soft - queen - LIGEF", "Ligef", "pillow"),
            ("cover", "duvet cover white, one size | Ligef", "Ligef", "duvet cover"),
        ],
    )
    assert matched(pillows, "ligef's king size soft pillow") == "king"
    assert matched(pillows, "ligef soft pillow queen-size") == "queen"


def test_hundreds_said_without_hundred_when_the_second_part_is_another_products() -> None:
    nursery = resolver_of(
        "en-US",
        [
            ("diapers", "Pumbly diapers size 3, 50 count", "Pumbly", "diapers"),
            ("b250", "Nuvelo baby bottle 250 ml 0-3 months", "Nuvelo", "baby bottle"),
            ("b150", "Nuvelo baby bottle 150 ml newborn", "Nuvelo", "baby bottle"),
        ],
    )
    assert matched(nursery, "nuvelo bottle two fifty") == "b250"
    assert matched(nursery, "nuvelo baby bottle one fifty") == "b150"


@pytest.mark.parametrize(
    ("locale", "said", "expected"),
    [
        ("fr-FR", "sac de couchage pilkom moins cinq degrés", "minus5"),
        ("fr-FR", "sac de couchage pilkom moins cinq", "minus5"),
        ("fr-FR", "sac de couchage pilkom cinq degrés", "plus5"),
        ("en-US", "pilkom sleeping bag twenty degree bag", "f20"),
        ("en-US", "pilkom sleeping bag minus ten", "f-10"),
    ],
)
def test_temperatures_said_in_degrees_and_below_zero(locale: str, said: str, expected: str) -> None:
    bags = {
        "fr-FR": [
            ("minus5", "sac de couchage Pilkom -5 °C", "Pilkom", "sac de couchage"),
            ("plus5", "sac de couchage Pilkom 5 °C", "Pilkom", "sac de couchage"),
            ("tent", "tente Pilkom 2 places", "Pilkom", "tente"),
        ],
        "en-US": [
            ("f20", "Pilkom sleeping bag 20°F", "Pilkom", "sleeping bag"),
            ("f-10", "Pilkom sleeping bag -10 °F", "Pilkom", "sleeping bag"),
            ("tent", "Pilkom tent 2 person", "Pilkom", "tent"),
        ],
    }
    assert matched(resolver_of(locale, bags[locale]), said) == expected


@pytest.fixture(scope="module")
def scarves() -> Resolver:
    return resolver_of(
        "en-US",
        [
            ("cashmere", "Tovez scarf cashmere, one size", "Tovez", "scarf"),
            ("silk", "Tovez scarf silk, one size", "Tovez", "scarf"),
            ("towel", "Tovez bath towel charcoal 30 in wide", "Tovez", "bath towel"),
            ("towel-w", "Tovez bath towel white 30 in wide", "Tovez", "bath towel"),
            ("bracelet", "Pont Vieux bracelet 9 links", "Pont Vieux", "bracelet"),
        ],
    )


def test_a_small_number_no_title_has_is_how_many(scarves: Resolver) -> None:
    assert matched(scarves, "tovez 2 scarfs the cashmere one") == "cashmere"


def test_a_number_a_title_has_is_how_many_when_another_number_is_the_size() -> None:
    buttons = resolver_of(
        "fr-FR",
        [
            ("nacre-10", "Omfauv boutons en nacre lot de 10", "Omfauv", "boutons"),
            ("nacre-20", "Omfauv boutons en nacre lot de 20", "Omfauv", "boutons"),
            ("bois-3", "Omfauv boutons en bois lot de 3", "Omfauv", "boutons"),
            ("tente-3", "Omfauv tente 3 places", "Omfauv", "tente"),
            ("tente-4", "Omfauv tente 4 places", "Omfauv", "tente"),
        ],
    )
    assert matched(buttons, "omfauv 3 boutons en nacre lot de dix") == "nacre-10"
    # A title ties the number to a word said after it: the size, not how many.
    assert matched(buttons, "omfauv tente 3 places") == "tente-3"
    assert matched(buttons, "omfauv boutons en bois lot de 3") == "bois-3"
    # No other number to be the size: the number said is it ("trois boutons en bois").
    assert matched(buttons, "omfauv 3 boutons en bois") == "bois-3"


def test_a_number_after_a_name_we_do_not_know_is_not_how_many(scarves: Resolver) -> None:
    assert scarves.resolve("pont neuf scarf").product is None


def test_the_one_in_is_a_pronoun_not_one_inch(scarves: Resolver) -> None:
    assert matched(scarves, "tovez bath towel the charcoal one in 30 wide") == "towel"


@pytest.mark.parametrize(
    "said",
    [
        "y a moyen d'avoir tovez écharpe cachemire",
        "tovez écharpe celle en cachemire",
        "j'prends tovez 3 d'ces écharpes cachemire",
    ],
)
def test_french_pronouns_and_idioms_are_the_shoppers(said: str) -> None:
    scarves_fr = resolver_of(
        "fr-FR",
        [
            ("cashmere", "Tovez écharpe cachemire, taille unique", "Tovez", "écharpe"),
            ("silk", "Tovez écharpe soie, taille unique", "Tovez", "écharpe"),
            ("m", "Tovez pull laine, taille M", "Tovez", "pull"),
        ],
    )
    assert matched(scarves_fr, said) == "cashmere"


def test_a_brand_and_a_pack_word_alone_name_no_product() -> None:
    car = resolver_of(
        "fr-FR",
        [
            ("fresh", "désodorisant voiture Bremen nouvelle voiture lot de 3", "Bremen", "désodo"),
            ("cable", "câbles de démarrage Bremen 16 mm² 5 m", "Bremen", "câbles"),
        ],
    )
    assert car.resolve("inscris-moi bouil lotte celle de bremen").product is None


@pytest.mark.parametrize(
    ("locale", "said", "expected"),
    [
        ("en-US", "zelstek bass strings fifty one hundred ten", "50-110"),
        ("en-US", "zelstek bass strings forty five one hundred five", "45-105"),
        ("fr-FR", "cordes de basse zelstek quarante-cinq cent cinq", "45-105"),
    ],
)
def test_a_number_no_title_has_is_read_as_two_a_title_has(
    locale: str, said: str, expected: str
) -> None:
    """« quarante-cinq cent cinq » is not 4505 but the gauges 45-105."""
    noun = "bass strings" if locale == "en-US" else "cordes de basse"
    strings = resolver_of(
        locale,
        [
            ("50-110", f"Zelstek {noun} 50-110", "Zelstek", noun),
            ("45-105", f"Zelstek {noun} 45-105", "Zelstek", noun),
            ("45-100", f"Zelstek {noun} 45-100", "Zelstek", noun),
        ],
    )
    assert matched(strings, said) == expected


def test_one_before_a_word_heard_nearly_is_the_number_a_name_has_there() -> None:
    pumps = resolver_of(
        "en-US",
        [
            ("one", "Lungri air pump 1 outlet", "Lungri", "air pump"),
            ("two", "Lungri air pump 2 outlets", "Lungri", "air pump"),
            ("other", "Rozé air pump 1 outlet", "Rozé", "air pump"),
        ],
    )
    assert matched(pumps, "lungri air pump one outled") == "one"


def test_a_letter_size_written_with_how_many_x_is_the_letters_said() -> None:
    """ "2XL" in a title is the "xx large" a shopper says; "x large" is its XL, not the 2XL."""
    shop = resolver_of(
        "en-US",
        [
            ("j-l", "Motorcycle Jacket - Textile - Size L by Crosswind", "Crosswind", "jacket"),
            ("j-xl", "Motorcycle Jacket - Textile - Size XL by Crosswind", "Crosswind", "jacket"),
            ("j-2xl", "Motorcycle Jacket - Textile - Size 2XL by Crosswind", "Crosswind", "jacket"),
        ],
    )
    assert matched(shop, "crosswind textile motorcycle jacket in the x large") == "j-xl"
    assert matched(shop, "crosswind textile motorcycle jacket xx large") == "j-2xl"


def test_a_letter_said_twice_spells_the_size() -> None:
    """ "x x l": two x said one after the other are no word said twice."""
    shop = resolver_of(
        "fr-FR",
        [
            ("b-xl", "Blouson moto textile Taille XL", "Crosswind", "blouson"),
            ("b-xxl", "Blouson moto textile Taille XXL", "Crosswind", "blouson"),
        ],
    )
    assert matched(shop, "le blouson moto x x l textile crosswind") == "b-xxl"
    assert matched(shop, "le blouson moto x l textile crosswind") == "b-xl"


@pytest.fixture(scope="module")
def supplements_en() -> Resolver:
    return resolver_of(
        "en-US",
        [
            ("m30", "Magnesium B6 Quorel - 30 ct", "Quorel", "supplement"),
            ("m60", "Magnesium B6 Quorel - 60 ct", "Quorel", "supplement"),
            ("m120", "Tavine Magnesium B6 120 ct", "Tavine", "supplement"),
            ("cream", "Shea Butter Hand Cream Quorel - 1.7 fl oz", "Quorel", "hand cream"),
            ("cream-big", "Shea Butter Hand Cream Quorel - 3.4 fl oz", "Quorel", "hand cream"),
        ],
    )


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("quorel magnesium b6 60 capsules", "m60"),
        ("quorel magnesium b6 thirty tablets", "m30"),
        ("magnesium b6 120 capsules", "m120"),
    ],
)
def test_a_count_the_catalog_writes_as_ct_is_the_size_said_with_any_count_noun(
    supplements_en: Resolver, said: str, expected: str
) -> None:
    assert matched(supplements_en, said) == expected


def test_containers_counted_before_of_are_how_many_not_the_size(supplements_en: Resolver) -> None:
    assert set(ids_of(supplements_en, "two bottles of quorel magnesium b6")) == {"m30", "m60"}


@pytest.mark.parametrize(
    "said",
    [
        "quorel shea butter hand cream 3.4 fluid ounces",
        "quorel 3.4 fluid ounce shea hand cream",
        "quorel shea butter hand cream three point four fluid ounces",
    ],
)
def test_fluid_ounces_said_are_the_fl_oz_of_the_label(supplements_en: Resolver, said: str) -> None:
    resolution = supplements_en.resolve(said)
    assert resolution.product is not None and resolution.product.id == "cream-big"
    assert resolution.candidates[0].score == 1.0


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("magnésium b6 cent vingt gélules", "m120"),
        ("quorel magnésium b6 soixante comprimés", "m60"),
    ],
)
def test_french_pill_counts_are_the_size(said: str, expected: str) -> None:
    shop = resolver_of(
        "fr-FR",
        [
            ("m30", "Magnésium B6 Quorel - x30", "Quorel", "complément"),
            ("m60", "Magnésium B6 Quorel - x60", "Quorel", "complément"),
            ("m120", "Tavine Magnésium B6 x120", "Tavine", "complément"),
        ],
    )
    assert matched(shop, said) == expected


@pytest.fixture(scope="module")
def plumbing_en() -> Resolver:
    return resolver_of(
        "en-US",
        [
            ("trap-114", "Orvell Bathroom Sink P-Trap 1-1/4 in", "Orvell", "p-trap"),
            ("trap-112", "Orvell Bathroom Sink P-Trap 1-1/2 in", "Orvell", "p-trap"),
            ("pipe-38", "Orvell Copper Pipe 3/8 in x 10 ft", "Orvell", "pipe"),
            ("pipe-12", "Orvell Copper Pipe 1/2 in x 10 ft", "Orvell", "pipe"),
            ("pipe-34", "Orvell Copper Pipe 3/4 in x 10 ft", "Orvell", "pipe"),
        ],
    )


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("orvell bathroom sink p-trap inch and a half", "trap-112"),
        ("orvell bathroom sink p-trap an inch and a quarter", "trap-114"),
        ("orvell copper pipe three eights", "pipe-38"),
    ],
)
def test_an_inch_and_a_half_and_eighths_heard_as_eights(
    plumbing_en: Resolver, said: str, expected: str
) -> None:
    assert matched(plumbing_en, said) == expected


def test_a_unit_and_a_half_with_its_article_or_none() -> None:
    from catalog.normalise import normalise

    assert normalise("a foot and a half", "en-US") == "1.5 ft"
    assert normalise("mètre et demi", "fr-FR") == normalise("un mètre et demi", "fr-FR") == "1.5 m"
    assert normalise("deux mètres et demi", "fr-FR") == "2.5 m"


PACKED = [
    ("tube-20", "Kinetika Lemon Electrolyte Tablets, Tube of 20", "Kinetika", "electrolytes"),
    ("tubes-4", "Kinetika Lemon Electrolyte Tablets, 4 Tubes", "Kinetika", "electrolytes"),
    ("drops-1", "Kinetika Orange Electrolyte Drops, Jar of 100", "Kinetika", "drops"),
    ("drops-2", "Kinetika Orange Electrolyte Drops, Jar of 50", "Kinetika", "drops"),
]


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("kinetika lemon electrolyte tablets the big one", "tubes-4"),
        ("kinetika lemon electrolyte tablets the smallest", "tube-20"),
        ("kinetika orange electrolyte drops the large one", "drops-1"),
        ("kinetika orange electrolyte drops the small one", "drops-2"),
    ],
)
def test_a_container_of_pieces_is_one_container(said: str, meant: str) -> None:
    """ "Tube of 20" is one tube, fewer than "4 Tubes" (20 > 4 sold the four tubes for "the
    smallest"); a jar of 100 is larger than a jar of 50 (titles' "Jar of" was not read)."""
    assert matched(resolver_of("en-US", PACKED), said) == meant


NAPPIES = [
    ("t1", "Berceau Plume Couches bébé taille 1 (2-5 kg) x 44", "Berceau Plume", "couches"),
    ("t2", "Berceau Plume Couches bébé taille 2 (3-6 kg) x 62", "Berceau Plume", "couches"),
    ("t4", "Berceau Plume Couches bébé taille 4 (7-18 kg) x 50", "Berceau Plume", "couches"),
]
DIAPERS = [
    ("s1", "Nidora Baby Diapers Size 1 (8-14 lb) 44 ct", "Nidora", "diapers"),
    ("s2", "Nidora Baby Diapers Size 2 (12-18 lb) 62 ct", "Nidora", "diapers"),
]


@pytest.mark.parametrize(
    ("locale", "rows", "said", "meant"),
    [
        ("fr-FR", NAPPIES, "couches berceau plume taille 2", "t2"),
        ("fr-FR", NAPPIES, "couches berceau plume taille 5", None),
        ("fr-FR", NAPPIES, "couches berceau plume taille six", None),
        ("fr-FR", NAPPIES, "couches berceau plume taille 4", "t4"),
        ("en-US", DIAPERS, "nidora diapers size 2", "s2"),
        ("en-US", DIAPERS, "nidora diapers size 14", None),
    ],
)
def test_a_labelled_size_is_that_label_s_number(locale, rows, said, meant) -> None:
    """ "Taille 6" sold "taille 2 (3-6 kg)", and "taille 2" asked between it and "taille 1
    (2-5 kg)": the number said after the label is the one after the title's label."""
    resolver = resolver_of(locale, rows)
    assert matched(resolver, said) == meant
    if meant is None:
        assert resolver.resolve(said).status == "none"


HALVES_AND_BOXES = [
    ("half", "Turbolux Concentrate Antifreeze Coolant (1/2 gal)", "Turbolux", "coolant"),
    ("gallon", "Turbolux Concentrate Antifreeze Coolant (1 gal)", "Turbolux", "coolant"),
    ("gel", "Kinetika Energy Gel Cola 40 g", "Kinetika", "gels"),
    ("gels", "Kinetika Energy Gel Cola box of 24 x 40 g", "Kinetika", "gels"),
]


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("turbolux concentrate antifreeze coolant the larger size", "gallon"),
        ("turbolux concentrate antifreeze coolant the small one", "half"),
        ("kinetika cola energy gel the big one", "gels"),
        ("kinetika cola energy gel the small one", "gel"),
    ],
)
def test_a_fraction_of_a_unit_and_a_box_of_several_compare_in_that_unit(said, meant) -> None:
    """ "1/2 gal" is half a gallon (it read 1 and compared it with nothing: "the larger size" was
    asked); "box of 24 x 40 g" is 960 g, more than the 40 g gel."""
    assert matched(resolver_of("en-US", HALVES_AND_BOXES), said) == meant


def test_a_number_heard_as_to_before_and_half_a_unit_is_that_number() -> None:
    """ "glossy to and half liters" sold the 0.5 L varnish ("half liters"): "to" before "and
    (a) half" and a unit is two and a half."""
    shop = resolver_of(
        "en-US",
        [
            ("v-05", "Halbrook Wood Varnish, Gloss Walnut, 0.5 L", "Halbrook", "wood varnish"),
            ("v-1", "Halbrook Wood Varnish, Gloss Walnut, 1 L", "Halbrook", "wood varnish"),
            ("v-25", "Halbrook Wood Varnish, Gloss Walnut, 2.5 L", "Halbrook", "wood varnish"),
        ],
    )
    assert matched(shop, "halbrook walnut gloss varnish to and half liters") == "v-25"
    assert matched(shop, "halbrook walnut gloss varnish two and half liters") == "v-25"
    assert matched(shop, "halbrook walnut gloss varnish half a liter") == "v-05"


def test_a_verb_after_its_subject_is_no_number_heard() -> None:
    """« comment on dit cent millilitres »: « dit » after « on » is the verb, not « dix »
    (ten hundred: the 1000 ml bottle was sold)."""
    shop = resolver_of(
        "fr-FR",
        [
            ("ox-100", "Oxydant crème Velmora 10 vol. 100 ml", "Velmora", "oxydant"),
            ("ox-1000", "Oxydant crème Velmora 10 vol. 1000 ml", "Velmora", "oxydant"),
        ],
    )
    assert matched(shop, "un oxydant velmora comment on dit cent millilitres") == "ox-100"
    assert matched(shop, "un oxydant velmora dix cent millilitres") != "ox-100"


def test_the_size_word_asked_is_the_one_no_name_has() -> None:
    """« poils longs … le plus grand »: « longs » is in every name (the nap), « grand » is
    the size asked; only the first size word was read, so the three rollers were asked."""
    shop = resolver_of(
        "fr-FR",
        [
            ("r-11", "Rouleau à peinture poils longs, 11 cm | Ravalix", "Ravalix", "rouleau"),
            ("r-18", "Rouleau à peinture poils longs, 18 cm | Ravalix", "Ravalix", "rouleau"),
            ("r-23", "Rouleau à peinture poils longs, 23 cm | Ravalix", "Ravalix", "rouleau"),
            ("s-18", "Rouleau à peinture poils courts, 18 cm | Ravalix", "Ravalix", "rouleau"),
        ],
    )
    assert matched(shop, "rouleau poils longs ravalix le plus grand") == "r-23"
    assert matched(shop, "rouleau poils longs ravalix le plus petit") == "r-11"
