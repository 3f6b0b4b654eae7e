"""What a shopper takes back while speaking: corrections, words said twice, false starts."""

from __future__ import annotations

import pytest

from catalog.normalise import normalise
from catalog.resolver import Resolver
from tests.catalog.small_shops import matched, resolver_of


@pytest.mark.parametrize(
    ("spoken", "locale", "expected"),
    [
        ("enduit de rebouchage 250 g non pardon 1 kilo", "fr-FR", "enduit rebouchage 1 kg"),
        ("the h 11 make that the h 4 headlight bulb", "en-US", "h 4 headlight bulb"),
        ("huile moteur du 5 w trente je me trompe du zéro w vingt", "fr-FR", "huile moteur 0 w 20"),
        ("le grain cent vingt je me trompe le grain deux cent quarante", "fr-FR", "grain 240"),
        ("de ornwyn ah non vent debout essuie-glaces", "fr-FR", "vent debout essuie glace"),
        ("label tape 9 millimeters no twenty four millimeter", "en-US", "label tape 24 mm"),
        ("the pebble grey no the gloss white trim paint", "en-US", "gloss white trim paint"),
        ("drumsticks wood tip actually nylon tip", "en-US", "drumstick nylon tip"),
        (
            "bâche dix par quatre mètres non pardon quatre par cinq mètres",
            "fr-FR",
            "bache 4 par 5 m",
        ),
        ("papier 2500 feuilles non pardon la ramette", "fr-FR", "papier ramette"),
        ("nourrisseur 4 litres plutôt 1 litre", "fr-FR", "nourrisseur 1 l"),
        ("nourrisseur 4 litres je veux dire 1 litre", "fr-FR", "nourrisseur 1 l"),
        ("nourrisseur 4 litres non attends 1 litre", "fr-FR", "nourrisseur 1 l"),
        ("nourrisseur 4 litres oups 1 litre", "fr-FR", "nourrisseur 1 l"),
        ("nourrisseur 4 litres pardon je voulais dire 1 litre", "fr-FR", "nourrisseur 1 l"),
        ("nourrisseur 4 litres je me suis trompé 1 litre", "fr-FR", "nourrisseur 1 l"),
        ("baguettes pointe nylon non non pointe bois", "fr-FR", "baguette pointe bois"),
        ("label tape 9 millimeters wait no twenty four millimeter", "en-US", "label tape 24 mm"),
        ("label tape 9 millimeters nope 24 millimeters", "en-US", "label tape 24 mm"),
        ("label tape 9 millimeters oops i mean 24 millimeters", "en-US", "label tape 24 mm"),
        ("label tape 9 mm let me rephrase 24 mm", "en-US", "label tape 24 mm"),
        ("label tape 9 mm strike that 24 mm", "en-US", "label tape 24 mm"),
        ("label tape 9 mm my bad 24 mm", "en-US", "label tape 24 mm"),
        ("label tape 9 mm whoops 24 mm", "en-US", "label tape 24 mm"),
        ("nourrisseur 4 litres au temps pour moi 1 litre", "fr-FR", "nourrisseur 1 l"),
        ("nourrisseur 4 litres je me reprends 1 litre", "fr-FR", "nourrisseur 1 l"),
        ("nourrisseur 4 litres je me suis planté 1 litre", "fr-FR", "nourrisseur 1 l"),
        ("nourrisseur 4 litres mince non 1 litre", "fr-FR", "nourrisseur 1 l"),
        ("label tape 9 mm i misspoke 24 mm", "en-US", "label tape 24 mm"),
        ("nourrisseur 4 litres non je rectifie 1 litre", "fr-FR", "nourrisseur 1 l"),
        ("nourrisseur 4 litres attends je corrige 1 litre", "fr-FR", "nourrisseur 1 l"),
        ("nourrisseur 4 litres zut pas ça 1 litre", "fr-FR", "nourrisseur 1 l"),
        ("nourrisseur 4 litres non c'est pas ça 1 litre", "fr-FR", "nourrisseur 1 l"),
        ("label tape 9 mm let me fix that 24 mm", "en-US", "label tape 24 mm"),
        ("label tape 9 mm correcting myself 24 mm", "en-US", "label tape 24 mm"),
        ("label tape 9 mm i take that back 24 mm", "en-US", "label tape 24 mm"),
        ("nourrisseur 4 litres je m'emmêle 1 litre", "fr-FR", "nourrisseur 1 l"),
        ("nourrisseur 4 litres je m'embrouille 1 litre", "fr-FR", "nourrisseur 1 l"),
        ("nourrisseur 4 litres je me corrige 1 litre", "fr-FR", "nourrisseur 1 l"),
        ("label tape 9 mm no the other one 24 mm", "en-US", "label tape 24 mm"),
        ("label tape 9 mm shoot not that 24 mm", "en-US", "label tape 24 mm"),
        # A phrase said before another is part of it ("hold on" is weak alone).
        ("label tape 9 mm hold on not that 24 mm", "en-US", "label tape 24 mm"),
        # The repair restates what it takes back, in the same shape.
        (
            "label maker tape the black on yellow no sorry the white on clear",
            "en-US",
            "label maker tape white clear",
        ),
        ("baguettes pointe nylon non pointe bois", "fr-FR", "baguette pointe bois"),
        # The head of a compound restated takes the whole compound back.
        ("a semi-dry scratch that dry snorkel", "en-US", "dry snorkel"),
        ("le t-shirt extra-large non pardon large", "fr-FR", "t shirt large"),
    ],
)
def test_a_correction_takes_back_what_it_corrects(spoken: str, locale: str, expected: str) -> None:
    assert normalise(spoken, locale) == expected


@pytest.mark.parametrize(
    ("spoken", "locale", "expected"),
    [
        ("savon non parfumé", "fr-FR", "savon non parfume"),  # an attribute, not a correction
        ("pardon, le savon de marseille", "fr-FR", "pardon savon marseille"),  # nothing before
        ("brake pads no rush", "en-US", "brake pad no rush"),
    ],
)
def test_what_is_no_correction_is_left_as_said(spoken: str, locale: str, expected: str) -> None:
    assert normalise(spoken, locale) == expected


@pytest.mark.parametrize(
    ("spoken", "locale", "expected"),
    [
        # A size word for a size word: "i mean", « enfin » and a lone no take it back there.
        ("seasonal bouquet small i mean large", "en-US", "seasonal bouquet large"),
        ("the small no the medium seasonal bouquet", "en-US", "medium seasonal bouquet"),
        ("bouquet de saison grand non attends moyen", "fr-FR", "bouquet saison moyen"),
        ("un bouquet moyen plutôt un grand", "fr-FR", "bouquet grand"),
        ("un petit enfin un moyen bouquet", "fr-FR", "moyen bouquet"),
        # Elsewhere they are left as said, and "small or large" takes nothing back.
        ("seasonal bouquet small or large", "en-US", "seasonal bouquet small or large"),
        ("i mean the large seasonal bouquet", "en-US", "mean large seasonal bouquet"),
    ],
)
def test_a_size_word_said_for_another_takes_it_back(
    spoken: str, locale: str, expected: str
) -> None:
    assert normalise(spoken, locale) == expected


@pytest.fixture(scope="module")
def car() -> Resolver:
    return resolver_of(
        "fr-FR",
        [
            ("cables-16", "Cinq Étoiles câbles de démarrage 16 mm² 3 m", "Cinq Étoiles", "câbles"),
            ("cables-25", "Cinq Étoiles câbles de démarrage 25 mm² 5 m", "Cinq Étoiles", "câbles"),
            ("lave-ete", "Bremen liquide lave-glace été 5 l", "Bremen", "liquide lave-glace"),
            ("lave-hiver", "Bremen liquide lave-glace hiver 5 l", "Bremen", "liquide lave-glace"),
            ("pan", "Bel Bel poêle 24 cm", "Bel Bel", "poêle"),
            ("pan-28", "Bel Bel poêle 28 cm", "Bel Bel", "poêle"),
        ],
    )


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("bremen liquide lave-glace lave-glace hiver", "lave-hiver"),  # said twice
        ("cinq étoiles les câb les câbles de démarrage 16 mm² 3 m", "cables-16"),  # begun again
        ("bremen liquide lave-glace la été non pardon la hiver", "lave-hiver"),  # corrected
        ("bel bel poêle 28 cm", "pan-28"),  # the catalog says it twice: kept
        ("cinq étoiles câbles de démarrage 25 25 mm² 5 m", "cables-25"),  # a number too
    ],
)
def test_the_product_meant_once_the_speech_is_repaired(
    car: Resolver, said: str, expected: str
) -> None:
    assert matched(car, said) == expected


def test_a_lone_no_between_two_brands_takes_the_first_back() -> None:
    fresheners = resolver_of(
        "en-US",
        [
            ("gh", "Golden Hinge car air freshener citrus single", "Golden Hinge", "freshener"),
            ("br", "Bremen car air freshener citrus single", "Bremen", "air freshener"),
        ],
    )
    assert matched(fresheners, "golden hinge no bremen car air freshener citrus") == "br"
    assert matched(fresheners, "car air freshener citrus golden hinge no bremen's") == "br"
    # "no" before anything but a brand is left as said
    assert fresheners.resolve("bremen car air freshener no rush").status != "none"


def test_a_word_said_again_further_on_is_said_once() -> None:
    bags = resolver_of(
        "en-US",
        [
            ("f20", "Pilkom sleeping bag 20°F", "Pilkom", "sleeping bag"),
            ("f-10", "Pilkom sleeping bag -10 °F", "Pilkom", "sleeping bag"),
            ("tent", "Pilkom tent 2 person", "Pilkom", "tent"),
        ],
    )
    assert matched(bags, "pilkom sleeping bag twenty degree bag") == "f20"


@pytest.fixture(scope="module")
def oils() -> Resolver:
    return resolver_of(
        "en-US",
        [
            (
                "alm",
                "Alambic du Causse Sweet Almond Carrier Oil 100 ml",
                "Alambic du Causse",
                "oil",
            ),
            ("cal", "Alambic du Causse Calendula Carrier Oil 100 ml", "Alambic du Causse", "oil"),
            ("balm", "Alambic du Causse Calendula Balm 50 ml", "Alambic du Causse", "balm"),
            ("rw", "Pantry Lane Red Wine Vinegar 500 ml", "Pantry Lane", "vinegar"),
            ("ac", "Pantry Lane Apple Cider Vinegar 500 ml", "Pantry Lane", "vinegar"),
            ("kac", "Kingsbury Apple Cider Vinegar 500 ml", "Kingsbury", "vinegar"),
        ],
    )


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # The catalog tells what is taken back: the words it never names with the repair,
        # however many the repair has ("red wine", not the brand before it).
        ("pantry lane red wine scratch that apple cider vinegar", "ac"),
        ("sweet almond sorry calendula carrier oil", "cal"),
        # "i mean" is a correction where the catalog tells what it takes back...
        ("sweet almond i mean calendula carrier oil", "cal"),
        # ...and a filler where it does not (calendula comes as oil and as balm).
        ("calendula i mean carrier oil", "cal"),
        # "correction" too: a word of some names ("correction tape").
        ("sweet almond correction calendula carrier oil", "cal"),
    ],
)
def test_the_catalog_tells_what_a_correction_takes_back(
    oils: Resolver, said: str, expected: str
) -> None:
    assert matched(oils, said) == expected


def test_a_french_correction_takes_back_a_value_of_several_words() -> None:
    shop = resolver_of(
        "fr-FR",
        [
            ("kampot", "Poivrier poivre en grains noir de Kampot 50 g", "Poivrier", "poivre"),
            ("timut", "Poivrier poivre en grains Timut 50 g", "Poivrier", "poivre"),
            ("penja", "Poivrier poivre en grains blanc de Penja 50 g", "Poivrier", "poivre"),
            ("canard", "Quenouille pelote mérinos bleu canard", "Quenouille", "pelote"),
            ("moutarde", "Quenouille pelote mérinos jaune moutarde", "Quenouille", "pelote"),
        ],
    )
    assert matched(shop, "poivre en grains noir de kampot non pardon timut") == "timut"
    assert matched(shop, "poivre en grains blanc de penja je veux dire noir de kampot") == "kampot"
    assert matched(shop, "pelote mérinos bleu canard enfin non jaune moutarde") == "moutarde"
    assert matched(shop, "enfin non pelote mérinos jaune moutarde") == "moutarde"


def test_enfin_non_before_an_article_takes_back_the_amount() -> None:
    """« enfin non » is as often a filler; before an article or a number, as a lone « non »,
    it takes back what came before."""
    rows = [
        (f"c{n}", f"Gambrinelle capsules couronne noires lot de {n}", "Gambrinelle", "capsules")
        for n in (100, 500)
    ]
    shop = resolver_of("fr-FR", rows)
    spoken = "capsules couronne noires gambrinelle lot de 500 enfin non le lot de cent"
    assert matched(shop, spoken) == "c100"
    assert matched(shop, "capsules couronne noires gambrinelle lot de 500 enfin bon") == "c500"


GLOVES_EN = [
    (
        f"{season}-{size}",
        f"Berthaud {season} motorcycle gloves size {size.upper()}",
        "Berthaud",
        "gloves",
    )
    for season in ("summer", "winter")
    for size in ("s", "m")
]
GLOVES_FR = [
    (f"{season}-{size}", f"Berthaud gants moto {season} T{size}", "Berthaud", "gants moto")
    for season in ("été", "hiver")
    for size in ("8", "9")
]


@pytest.mark.parametrize(
    ("spoken", "expected"),
    [
        ("berthaud summer gloves size s no wait i meant size m", "summer-m"),
        ("berthaud summer gloves size s uh sorry i meant m", "summer-m"),
        ("berthaud summer gloves size s or rather m", "summer-m"),
        ("berthaud summer gloves size s correction size m", "summer-m"),
        ("berthaud summer gloves size s make it m", "summer-m"),
        ("berthaud summer gloves size s hmm no m", "summer-m"),
        ("berthaud winter i meant summer gloves size s", "summer-s"),
        ("berthaud winter no summer gloves size s", "summer-s"),
        ("berthaud summer gloves size s hold on size m", "summer-m"),
        ("i'm after berthaud summer gloves size m", "summer-m"),  # a contraction's "m"
    ],
)
def test_a_letter_or_a_value_said_for_another_is_taken_back(spoken: str, expected: str) -> None:
    """A letter said alone is a value ("size s or rather m"), not a contraction's; phrases
    said together ("no wait i meant") are one correction; a lone "no" or a weak phrase
    ("correction", "make it") corrects between values no name has together or before the
    words it restates."""
    assert matched(resolver_of("en-US", GLOVES_EN), spoken) == expected


@pytest.mark.parametrize(
    ("spoken", "expected"),
    [
        ("gants moto berthaud été t8 non je voulais dire t9", "été-9"),
        ("gants moto berthaud été t8 en fait t9", "été-9"),
        ("gants moto berthaud été t8 euh pardon t9", "été-9"),
        ("gants moto berthaud hiver enfin été t9", "été-9"),
        ("gants moto berthaud hiver rectification été t9", "été-9"),
        ("je voudrais en fait des gants moto berthaud été t9", "été-9"),
    ],
)
def test_a_french_code_or_value_said_for_another_is_taken_back(spoken: str, expected: str) -> None:
    assert matched(resolver_of("fr-FR", GLOVES_FR), spoken) == expected


def test_make_it_before_a_number_says_how_many() -> None:
    """ "make it three" after a size is three of them, not size 3."""
    rows = [(f"fins-{n}", f"Deepline full-foot fins US {n}", "Deepline", "fins") for n in (3, 9)]
    shop = resolver_of("en-US", rows)
    assert matched(shop, "deepline full-foot fins size nine make it three") == "fins-9"
