"""Sizes and numbers said in trade forms, read as the titles write them: a part of a unit
(« un quart de litre »), hundredths (« vingt-cinq centièmes », "seventy one" for 0.71 mm),
decimals said without their mark (a tyre's "twenty nine two four"), digits said one by one
(gauges "forty five one oh five"), words heard for number words ("size to and a half",
« sang quarante-trois », « catre cents grammes »). Each test fails without its rule; the
asserts beside them keep what it must not take."""

from __future__ import annotations

import pytest

from catalog.normalise import analyse
from catalog.resolver import Resolver
from tests.catalog.small_shops import matched, resolver_of


def _numbers(said: str, locale: str, known: frozenset[str] = frozenset()) -> list[str]:
    tokens = analyse(said, locale, query=True, known=known.__contains__)
    return [t.text for t in tokens if t.number]


@pytest.mark.parametrize(
    ("said", "locale", "numbers"),
    [
        # A part of a unit: the « de », the "of an" only say which unit.
        ("huile un quart de litre", "fr-FR", ["0.25"]),
        ("huile trois quarts de litre", "fr-FR", ["0.75"]),
        ("food dye three quarters of an ounce", "en-US", ["0.75"]),
        ("food dye three quar ters of an ounce", "en-US", ["0.75"]),  # a part cut in two
        ("brie un quart de meule", "fr-FR", ["0.25"]),  # no unit: « de » stays a word
        # Hundredths and tenths count the unit's parts.
        ("fil nylon vingt-cinq centièmes", "fr-FR", ["0.25"]),
        ("fil nylon du 35 centièmes", "fr-FR", ["0.35"]),
        # Number words cut in the wrong place.
        ("mallet four hundre dand fifty grams", "en-US", ["450"]),
        # A multiplier said again is no new number.
        ("twelve hundred hundred lumens", "en-US", ["1200"]),
        # A decimal said without its zero, digits one by one.
        ("picks point seven one mm", "en-US", ["0.71"]),
        # Words heard for number words, where a number is surely meant.
        ("needles size to and a half", "en-US", ["2.5"]),
        ("tire twenty nine by two point to five", "en-US", ["29", "2.25"]),
        ("mimolette ate point eight ounces", "en-US", ["8.8"]),
        ("huîtres creuses numéro de 6 pièces", "fr-FR", ["2", "6"]),
        ("numéro de série", "fr-FR", []),
        # Said like a number word, beside a number, a unit or a size word.
        ("raclette catre cents grammes", "fr-FR", ["400"]),
        ("cylindre quarante par carante", "fr-FR", ["40", "40"]),
        ("barrel bolt sicks inches", "en-US", ["6"]),
        ("squeeze in multipurpose solution", "en-US", []),  # no "six in"
        ("spinner a sixth ounce", "en-US", []),  # an ordinal is no "six"
    ],
)
def test_trade_forms_read_as_titles_write_them(said: str, locale: str, numbers: list[str]) -> None:
    assert _numbers(said, locale) == numbers


def test_a_seven_footer_is_seven_feet() -> None:
    assert [t.text for t in analyse("fishing rod seven footer", "en-US", query=True)][-2:] == [
        "7",
        "ft",
    ]
    assert [t.text for t in analyse("page footer", "en-US", query=True)] == ["page", "footer"]


@pytest.mark.parametrize(
    ("said", "locale", "known", "numbers"),
    [
        # The units of a tens word, where the catalog has the number they make.
        ("road tire seven hundred twenty ate c", "en-US", {"28"}, ["728"]),
        ("embauchoirs pointure 44 au quarante si", "fr-FR", {"46"}, ["44", "46"]),
        ("sérum physiologique trente si y en a", "fr-FR", {"36"}, ["30"]),  # "if there is"
        ("road tire seven hundred twenty ate c", "en-US", set(), ["720"]),
        # The hundreds before a number, where the catalog has the whole and not the number.
        ("selle noire sang quarante-trois", "fr-FR", {"143"}, ["143"]),
        ("selle noire sang quarante-trois", "fr-FR", {"143", "43"}, ["43"]),
        ("saddle won forty three", "en-US", {"143"}, ["1", "43"]),  # joined by the index
        ("reading glasses red to fifty", "en-US", {"2.5"}, ["2.5"]),
        ("si cinquante grammes c'est trop", "fr-FR", {"6.5", "650"}, ["50"]),  # "if fifty"
        ("porte de soixante sang dix mm", "fr-FR", {"110"}, ["6010"]),  # split by the index
    ],
)
def test_homophones_read_where_the_catalog_has_the_number(
    said: str, locale: str, known: set[str], numbers: list[str]
) -> None:
    assert _numbers(said, locale, frozenset(known)) == numbers


@pytest.fixture(scope="module")
def tyres_en() -> Resolver:
    return resolver_of(
        "en-US",
        [
            ("29-225", "Northwind Mountain Bike Tire 29 x 2.25in - Tan", "Northwind", "tire"),
            ("29-24", "Northwind Mountain Bike Tire 29 x 2.4in - Tan", "Northwind", "tire"),
            ("275-225", "Northwind Mountain Bike Tire 27.5 x 2.25in - Tan", "Northwind", "tire"),
            ("26-21", "Northwind Mountain Bike Tire 26 x 2.1in - Tan", "Northwind", "tire"),
            ("700-25", "Northwind Road Tire 700x25c", "Northwind", "tire"),
            ("700-28", "Northwind Road Tire 700x28c", "Northwind", "tire"),
            ("chain-10", "Northwind Bike Chain 10-speed", "Northwind", "chain"),
            ("light", "Northwind Front Light 1200 lumens", "Northwind", "light"),
            ("light-4", "Northwind Front Light 400 lumens", "Northwind", "light"),
            ("saddle", "Northwind Saddle 143 mm wide - Brown", "Northwind", "saddle"),
            ("saddle-155", "Northwind Saddle 155 mm wide - Brown", "Northwind", "saddle"),
        ],
    )


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("northwind mountain bike tire tan twenty nine two four", "29-24"),
        ("northwind mountain bike tire tan twenty nine by two point to five", "29-225"),
        ("northwind mountain bike tire tan twenty seven and a half too twenty five", "275-225"),
        ("northwind road tire seven hundred um twenty ate c", "700-28"),
        ("northwind front light twelve hundred hundred lumens", "light"),
        ("northwind brown saddle won forty three", "saddle"),
    ],
)
def test_a_tyres_sizes_said_the_trades_way(tyres_en: Resolver, said: str, expected: str) -> None:
    assert matched(tyres_en, said) == expected


def test_a_rim_and_a_width_said_without_the_decimal_mark() -> None:
    shop = resolver_of(
        "fr-FR",
        [
            ("26-21", "Jante Voilée - Pneu VTT flancs beiges 26 x 2,10", "Jante Voilée", "pneu"),
            ("26-235", "Jante Voilée - Pneu VTT flancs beiges 26 x 2,35", "Jante Voilée", "pneu"),
            ("chain", "Jante Voilée - Chaîne de vélo 10 vitesses", "Jante Voilée", "chaîne"),
            ("selle", "Jante Voilée - Selle noire largeur 143 mm", "Jante Voilée", "selle"),
            ("selle-155", "Jante Voilée - Selle noire largeur 155 mm", "Jante Voilée", "selle"),
        ],
    )
    assert matched(shop, "jante voilée pneu vtt beige vingt-six deux dix") == "26-21"
    assert matched(shop, "selle noire jante voilée sang quarante-trois") == "selle"


@pytest.fixture(scope="module")
def rods() -> Resolver:
    return resolver_of(
        "fr-FR",
        [
            ("carpe-36", "Opaline: canne à pêche, carpe, 3,60 m", "Opaline", "canne à pêche"),
            ("carpe-27", "Opaline: canne à pêche, carpe, 2,70 m", "Opaline", "canne à pêche"),
            ("spin-27", "Beau Lac: canne à pêche, spinning, 2,70 m", "Beau Lac", "canne à pêche"),
            ("tele-27", "Opaline: canne à pêche, télescopique, 2,70 m", "Opaline", "canne"),
            ("net-60", "Opaline: épuisette, manche fixe, 60 cm", "Opaline", "épuisette"),
            ("fil-25", "0,25 mm – fil de pêche nylon Opaline", "Opaline", "fil de pêche"),
            ("fil-35", "0,35 mm – fil de pêche nylon Opaline", "Opaline", "fil de pêche"),
        ],
    )


def test_a_rods_length_said_without_the_decimal_mark(rods: Resolver) -> None:
    """« 3 60 » is 3,60 m where a title has it with every word said (an Opaline epuisette of
    60 cm does not make it two numbers); with words no one title has (« beau lac
    télescopique »), the two numbers stay as said."""
    assert matched(rods, "une canne à pêche opaline carpe 3 60") == "carpe-36"
    assert matched(rods, "canne à pêche beau lac télescopique 2 70") != "spin-27"


def test_a_lines_gauge_said_in_hundredths(rods: Resolver) -> None:
    assert matched(rods, "fil de pêche nylon opaline vingt-cinq centièmes") == "fil-25"
    assert matched(rods, "fil de pêche nylon opaline du 35 centièmes") == "fil-35"


def test_digits_said_one_by_one_spell_the_number_a_title_has() -> None:
    strings = resolver_of(
        "en-US",
        [
            ("b45", "Yanump bass strings flatwound 45-105", "Yanump", "bass strings"),
            ("b50", "Yanump bass strings flatwound 50-110", "Yanump", "bass strings"),
            ("ink", "Route Libre ink cartridge CL 546 black", "Route Libre", "ink cartridge"),
            ("ink-5", "Route Libre ink cartridge CL 545 black", "Route Libre", "ink cartridge"),
        ],
    )
    assert matched(strings, "yanump bass strings flatwound forty five one oh five") == "b45"
    assert matched(strings, "route libre ink cartridge cl five four six black") == "ink"
    cordes = resolver_of(
        "fr-FR",
        [
            ("b45", "cordes de basse Yanump filet plat 45-105", "Yanump", "cordes de basse"),
            ("b50", "cordes de basse Yanump filet plat 50-110", "Yanump", "cordes de basse"),
        ],
    )
    assert matched(cordes, "yanump cordes de basse filet plat cinquante un un zéro") == "b50"


def test_a_gauge_no_title_has_is_read_as_its_hundredths() -> None:
    picks = resolver_of(
        "en-US",
        [
            ("p71", "Zarquib guitar picks nylon 0.71 mm", "Zarquib", "guitar picks"),
            ("p46", "Zarquib guitar picks nylon 0.46 mm", "Zarquib", "guitar picks"),
            ("cable", "Zarquib guitar cable 3 m", "Zarquib", "guitar cable"),
        ],
    )
    assert matched(picks, "nylon guitar picks seventy one zarquib") == "p71"
    assert matched(picks, "zarquib guitar picks point four six millimeter") == "p46"


def test_a_part_of_a_unit_meets_the_title_in_another_unit() -> None:
    oils = resolver_of(
        "fr-FR",
        [
            ("c25", "Huile vierge de colza Copperleaf 25 cl", "Copperleaf", "huile"),
            ("c50", "Huile vierge de colza Copperleaf 50 cl", "Copperleaf", "huile"),
            ("c75", "Huile vierge de colza Copperleaf 75 cl", "Copperleaf", "huile"),
        ],
    )
    assert matched(oils, "copperleaf huile de colza un quart de litre") == "c25"
    assert matched(oils, "copperleaf huile de colza trois quarts de litre") == "c75"


def test_a_unit_after_a_hesitation_is_still_the_numbers() -> None:
    gels = resolver_of(
        "en-US",
        [
            ("g100", "Dezed Atelier hand sanitizer 100 ml", "Dezed Atelier", "hand sanitizer"),
            ("g500", "Dezed Atelier hand sanitizer 500 ml", "Dezed Atelier", "hand sanitizer"),
        ],
    )
    assert matched(gels, "dezed atelier hand sanitizer ten hmm centiliters") == "g100"


def test_needles_sized_with_a_half_said_after_a_homophone() -> None:
    needles = resolver_of(
        "en-US",
        [
            ("us25", "Bramblewick Straight Needles - Metal - US 2.5 - 3 mm", "Bramblewick", "n"),
            ("us8", "Bramblewick Straight Needles - Metal - US 8 - 5 mm", "Bramblewick", "n"),
        ],
    )
    assert matched(needles, "bramblewick straight needles metal size to and a half") == "us25"


def test_a_number_before_times_counts_times_not_more_of_the_number() -> None:
    """« lot de mille deux fois » is the lot of a thousand, twice: not 1002."""
    said = analyse("capsules en lot de mille deux fois", "fr-FR", query=True)
    assert [t.text for t in said if t.number] == ["1000", "2"]
    said = analyse("box of one hundred two times", "en-US", query=True)
    assert [t.text for t in said if t.number] == ["100", "2"]
    assert [t.text for t in analyse("mille deux", "fr-FR", query=True)] == ["1002"]


def test_a_number_written_in_the_groups_it_was_said_in() -> None:
    """A recogniser writes "fifty seven" as "50 7", « deux cent soixante-quinze » as
    « 2 100 75 »: read whole where the catalog has the number and not the last group alone;
    "2 5" stays two of five."""
    blocks = resolver_of(
        "en-US",
        [
            ("57", "Thwartley single block 57 mm", "Thwartley", "block"),
            ("45", "Thwartley single block 45 mm", "Thwartley", "block"),
            ("7", "Thwartley shackle 7 mm", "Thwartley", "shackle"),
        ],
    )
    assert matched(blocks, "thwartley single block 50 7 mm") == "57"
    vests = resolver_of(
        "fr-FR",
        [
            ("275", "Pennock gilet de sauvetage automatique 275 N", "Pennock", "gilet"),
            ("100", "Pennock gilet de sauvetage automatique 100 N", "Pennock", "gilet"),
            ("150", "Pennock gilet de sauvetage automatique 150 N", "Pennock", "gilet"),
        ],
    )
    assert matched(vests, "gilet de sauvetage pennock de 2 100 soixante-quinze newtons") == "275"
    assert matched(vests, "gilet de sauvetage pennock 1 100 newtons") == "100"
    assert [t.text for t in analyse("2 5 kg", "en-US", query=True) if t.number] == ["2", "5"]


def test_amps_and_milliamps_of_a_title_are_the_ones_said() -> None:
    """A title's "10 A", "30 mA" are amps and milliamps (they were « à » and « ma », read as
    nothing, and "ampères" said was heard as the maker L'Ampérois); a battery's "2200 mAh" is
    "twenty two hundred milliamps"; « 39 à 42 » stays a range."""
    fr = resolver_of(
        "fr-FR",
        [
            ("n-10", "Disjoncteur Northgate, courbe C, 10 A", "Northgate", "disjoncteur"),
            ("n-32", "Disjoncteur Northgate, courbe C, 32 A", "Northgate", "disjoncteur"),
            ("a-40", "Interrupteur différentiel L'Ampérois, type AC, 40 A 30 mA", "L'Ampérois",
             "interrupteur différentiel"),
            ("k-40", "Interrupteur différentiel Kell, type AC, 40 A 300 mA", "Kell",
             "interrupteur différentiel"),
        ],
    )  # fmt: skip
    assert matched(fr, "disjoncteur courbe c dix ampères") == "n-10"
    assert (
        matched(fr, "un interrupteur différentiel quarante ampères trente milliampères") == "a-40"
    )
    assert (
        matched(fr, "un interrupteur différentiel quarante ampères trois cents milliampères")
        == "k-40"
    )
    en = resolver_of(
        "en-US",
        [
            ("l-22", "Voltigeur LiPo battery 3S 2200 mAh", "Voltigeur", "battery"),
            ("l-50", "Voltigeur LiPo battery 3S 5000 mAh", "Voltigeur", "battery"),
        ],
    )
    assert matched(en, "voltigeur lipo battery twenty two hundred milliamps") == "l-22"
    texts = [t.text for t in analyse("Chaussettes pointure 39 à 42", "fr-FR")]
    assert "amp" not in texts


def test_binoculars_said_times_and_a_barlow_said_times_two() -> None:
    """« quinze fois soixante-dix » between two numbers is a dimension, 15x70 (both numbers
    were taken for how many); "times two" where the catalog has a 2x is that power, not two of
    them; "regarding …" opens the request."""
    fr = resolver_of(
        "fr-FR",
        [
            ("z-15", "Jumelles astronomiques 15x70 - Zodiaque d'Argent", "Zodiaque d'Argent",
             "jumelles"),
            ("z-20", "Jumelles astronomiques 20x80 - Zodiaque d'Argent", "Zodiaque d'Argent",
             "jumelles"),
        ],
    )  # fmt: skip
    assert (
        matched(fr, "des jumelles astronomiques zodiaque d'argent quinze fois soixante-dix")
        == "z-15"
    )
    assert matched(fr, "jumelles astronomiques 20 fois 80 de chez zodiaque d'argent") == "z-20"
    en = resolver_of(
        "en-US",
        [
            ("a-2", "Astrelle Barlow lens (2x)", "Astrelle", "barlow lens"),
            ("a-3", "Astrelle Barlow lens (3x)", "Astrelle", "barlow lens"),
            ("z-15", "Zodiaque d'Argent Astronomy binoculars (15x70)", "Zodiaque d'Argent",
             "binoculars"),
            ("z-10", "Zodiaque d'Argent Astronomy binoculars (10x50)", "Zodiaque d'Argent",
             "binoculars"),
        ],
    )  # fmt: skip
    assert matched(en, "astrelle barlow lens times two") == "a-2"
    assert matched(en, "regarding astronomy binoculars 15 by 70") == "z-15"
