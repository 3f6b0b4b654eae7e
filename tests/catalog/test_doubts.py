"""The one product left is asked about, never sold, when something said speaks against it: a
word another maker's ware has in place of its own, a size said in letters or words it is not,
another type said whole (:mod:`catalog.doubts`); a value another maker's has on its axis, said
whole with its brand, is none; and a word said whole is no half of one heard nearly."""

from __future__ import annotations

import pytest

from catalog.model import Catalog, Product
from catalog.resolver import Resolver
from payments.money import Money
from tests.catalog.small_shops import ids_of, matched, resolver_of


def test_a_value_said_that_the_one_product_left_has_otherwise_is_none() -> None:
    """The maker's only strap is tan; "burgundy" is another maker's: nothing sold is what was
    asked, and "do you mean the tan one?" would offer what was not asked."""
    rows = [
        ("dv-tan", "Dubreuil Vachet tan leather strap, 20 mm", "Dubreuil Vachet", "tan"),
        ("dv-nato", "Dubreuil Vachet black NATO strap, 20 mm", "Dubreuil Vachet", "black"),
        ("pe-burgundy", "Pellerin burgundy leather strap, 20 mm", "Pellerin", "burgundy"),
        ("pe-tan", "Pellerin tan leather strap, 18 mm", "Pellerin", "tan"),
    ]
    products = tuple(
        Product(
            id=pid,
            title=title,
            price=Money(1500 + n, "USD"),
            brand=brand,
            product_type="strap",
            variants={"color": colour, "size": title.rsplit(", ", 1)[1]},
        )
        for n, (pid, title, brand, colour) in enumerate(rows)
    )
    shop = Resolver(Catalog("en-US", products))
    assert shop.resolve("dubreuil vachet burgundy leather strap").status == "none"
    assert matched(shop, "dubreuil vachet tan leather strap") == "dv-tan"
    assert matched(shop, "dubreuil vachet leather strap") == "dv-tan"


def test_a_word_another_makers_ware_has_in_place_of_this_ones_is_asked() -> None:
    """The feed says the hand only in its titles: the maker's only tab is left-handed, another
    maker's is right-handed. "Right-handed" said is never the left-handed one sold;
    a word no ware of its type has in place of one of its own sells it."""
    shop = resolver_of(
        "fr-FR",
        [
            ("oda-g", "Palette Oda, gaucher, taille L", "Oda", "palette"),
            ("mr-d", "Palette Maison Roncevaux, droitier, taille L", "Maison Roncevaux", "palette"),
            ("mr-g", "Palette Maison Roncevaux, gaucher, taille L", "Maison Roncevaux", "palette"),
            ("oda-c", "Carquois Oda, cuir", "Oda", "carquois"),
        ],
    )
    assert shop.resolve("une palette oda droitier").status != "match"
    assert matched(shop, "une palette oda gaucher") == "oda-g"
    assert matched(shop, "une palette oda") == "oda-g"
    assert matched(shop, "une palette oda taille l pour mon fils") == "oda-g"


def test_a_word_said_whole_is_no_half_of_a_word_heard_nearly() -> None:
    """ "apochromatique à mettre sur mon compte" is no « achromatique » heard in "apochromatique
    à" (it asked about the achromatic ones); « petite question » opens a request, it is no
    size; « petite lunette apochromatique » is the smallest apochromatic one."""
    rows = [
        ("n-70", "achromatique", "70/700"),
        ("n-80", "achromatique", "80/600"),
        ("n-102", "apochromatique", "102/1000"),
        ("n-120", "apochromatique", "120/900"),
    ]
    products = tuple(
        Product(
            id=pid,
            title=f"Lunette astronomique {kind} {size} - Noctiluce",
            price=Money(30000 + n, "EUR"),
            brand="Noctiluce",
            product_type="lunette astronomique",
            variants={"size": size},
        )
        for n, (pid, kind, size) in enumerate(rows)
    )
    shop = Resolver(Catalog("fr-FR", products))
    assert matched(shop, "une petite lunette apochromatique noctiluce") == "n-102"
    assert matched(shop, "une petite lunette achromatique noctiluce") == "n-70"
    asked = ids_of(shop, "noctiluce lunette apochromatique à mettre sur mon compte")
    assert asked == {"n-102", "n-120"}
    asked = ids_of(shop, "petite question sur noctiluce lunette apochromatique")
    assert asked == {"n-102", "n-120"}


@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
def test_a_letter_size_said_that_is_not_the_products_own_is_none(locale: str) -> None:
    """The maker's only navy gloves are size XL; "size m" is another size, another maker's:
    none, never the XL sold nor offered. Its own letter, or none, sells it."""
    size, gloves, navy = (
        ("size", "ski gloves", "navy")
        if locale == "en-US"
        else ("taille", "gants de ski", "marine")
    )
    rows = [
        ("ar-xl", "Arolle", f"{navy}, {size} XL"),
        ("ar-m-black", "Arolle", f"noir, {size} M" if locale == "fr-FR" else f"black, {size} M"),
        ("hi-m", "High Traverse", f"{navy}, {size} M"),
    ]
    products = tuple(
        Product(
            id=pid,
            title=f"{brand} {gloves} - {value}",
            price=Money(4000 + n, "USD" if locale == "en-US" else "EUR"),
            brand=brand,
            product_type=gloves,
            variants={"color": value.split(",")[0], "size": value.split(", ")[1]},
        )
        for n, (pid, brand, value) in enumerate(rows)
    )
    shop = Resolver(Catalog(locale, products))
    assert shop.resolve(f"arolle {gloves} {navy} {size} m").status == "none"
    assert matched(shop, f"arolle {gloves} {navy} {size} xl") == "ar-xl"
    assert matched(shop, f"arolle {gloves} {navy}") == "ar-xl"


def test_another_type_said_whole_is_asked_unless_it_qualifies_this_ones_noun() -> None:
    """Only other makers sell tile spacers: "le bon carreleur tile spacers" is none, never the
    maker's tile leveling system sold nor offered. A type said right before a word of this one's ("tripod head" for
    the maker's ball head, a tripod being another type) qualifies it: sold."""
    shop = resolver_of(
        "en-US",
        [
            ("lbc-lev", "Le Bon Carreleur tile leveling system - 250 clips", "Le Bon Carreleur",
             "tile leveling system"),
            ("lbc-float", "Le Bon Carreleur grout float", "Le Bon Carreleur", "grout float"),
            ("fx-sp", "Fixaplak tile spacers - 1/8 in", "Fixaplak", "tile spacers"),
            ("qu-head", "Quintessa ball head - 44 mm", "Quintessa", "ball head"),
            ("ga-tripod", "Gardiano tripod - 150 cm", "Gardiano", "tripod"),
        ],
    )  # fmt: skip
    assert shop.resolve("le bon carreleur tile spacers").status == "none"
    assert matched(shop, "le bon carreleur tile leveling system") == "lbc-lev"
    assert matched(shop, "le bon carreleur leveling clips") == "lbc-lev"
    assert matched(shop, "quintessa tripod head 44 mm") == "qu-head"


def test_a_size_in_words_said_that_another_of_its_type_has_is_asked() -> None:
    """The maker's only goggles are for adults; "youth" is another maker's goggles' size: asked,
    never the adult ones sold. "Size M/L" is M or L: "size m" said sells it."""
    rows = [
        ("ly-adult", "Lynxa ski goggles - mirrored lens, adult", "Lynxa", "ski goggles", "adult"),
        ("ar-youth", "Arolle ski goggles - mirrored lens, youth", "Arolle", "ski goggles", "youth"),
        ("sf-ml", "Climbing helmet (red, Size M/L) - Surplomb", "Surplomb", "climbing helmet",
         "Size M/L"),
        ("sf-sm", "Climbing helmet (black, Size S/M) - Surplomb", "Surplomb", "climbing helmet",
         "Size S/M"),
    ]  # fmt: skip
    products = tuple(
        Product(
            id=pid,
            title=title,
            price=Money(5000 + n, "USD"),
            brand=brand,
            product_type=kind,
            variants={"size": size},
        )
        for n, (pid, title, brand, kind, size) in enumerate(rows)
    )
    shop = Resolver(Catalog("en-US", products))
    assert shop.resolve("lynxa mirrored lens ski goggles youth").status != "match"
    assert matched(shop, "lynxa mirrored lens ski goggles adult") == "ly-adult"
    assert matched(shop, "lynxa ski goggles") == "ly-adult"
    assert matched(shop, "surplomb red climbing helmet size m") == "sf-ml"


def test_only_the_house_word_of_a_brand_with_another_name_after_it_is_asked() -> None:
    shop = resolver_of(
        "en-US",
        [
            ("white", "Dice Set - Pearl White - set of 7", "Maison Pélissard", "dice"),
            ("green", "Dice Set - Emerald Green - set of 7", "Maison Pélissard", "dice"),
            ("red", "Brackenfold Games Dice Set (Translucent Red) set of 12", "Brackenfold Games",
             "dice"),
        ],
    )  # fmt: skip
    assert matched(shop, "maison tarquine pearl white dice set") is None  # another house
    assert matched(shop, "maison pelissard pearl white dice set") == "white"
    assert matched(shop, "maison pearl white dice set") == "white"  # the house said short


def test_a_models_scale_said_after_its_label_chooses_the_scale() -> None:
    shop = resolver_of(
        "fr-FR",
        [
            ("ho", "Lenoir Modélisme - Wagon de marchandises tombereau échelle HO", "Lenoir",
             "wagon de marchandises"),
            ("n", "Wagon de marchandises citerne N Établissements Vautrel", "Vautrel",
             "wagon de marchandises"),
            ("coach", "Lenoir Modélisme - Voiture voyageurs 1re classe échelle N", "Lenoir",
             "voiture voyageurs"),
        ],
    )  # fmt: skip
    assert matched(shop, "wagon de marchandises échelle n") == "n"
    assert matched(shop, "wagon de marchandises échelle ho") == "ho"


@pytest.mark.parametrize(
    ("locale", "rows", "unsold", "shade", "plain"),
    [
        (
            "en-US",
            [
                ("ca-capo", "Guitar Capo Cantarelle Gold, Classical Guitar", "Cantarelle", "capo"),
                ("ca-picks", "Cantarelle Guitar Picks, Medium, 12 pack", "Cantarelle", "picks"),
                ("tw-capo", "TwangWorks Guitar Capo Black", "TwangWorks", "capo"),
            ],
            "cantarelle pink guitar capo",
            "cantarelle pale gold guitar capo",
            "cantarelle guitar capo",
        ),
        (
            "fr-FR",
            [
                ("oh-switch", "Interrupteur mural Ohmerie, blanc, poussoir", "Ohmerie", "switch"),
                ("oh-plug", "Prise murale Ohmerie 16 A", "Ohmerie", "prise"),
                ("vo-switch", "Interrupteur mural Voltane noir", "Voltane", "switch"),
            ],
            "interrupteur mural rose ohmerie",
            "interrupteur mural blanche ohmerie",
            "interrupteur mural ohmerie",
        ),
    ],
)
def test_a_colour_nobody_stocks_said_to_the_one_product_left_is_asked(
    locale: str, rows, unsold: str, shade: str, plain: str
) -> None:
    """The maker's only capo is gold: "pink" is no misheard word of its name, so it is asked
    about, not sold; its own colour said (in the other gender, or with a shade) is sold."""
    shop = resolver_of(locale, rows)
    first = rows[0][0]
    assert matched(shop, unsold) is None
    assert first in ids_of(shop, unsold)
    assert matched(shop, shade) == first
    assert matched(shop, plain) == first


def test_in_french_the_first_noun_is_the_ware_the_next_qualifies_it() -> None:
    """« pignon moteur » is a pinion (for a motor), as "tripod head" is a head: the maker's
    motor is never sold for it."""
    shop = resolver_of(
        "fr-FR",
        [
            ("cg-moteur", "Moteur brushless Coup-de-Gaz, 1000 KV", "Coup-de-Gaz", "moteur brushless"),
            ("cg-p15", "Pignon Coup-de-Gaz, 15 dents", "Coup-de-Gaz", "pignon"),
            ("cg-p21", "Pignon Coup-de-Gaz, 21 dents", "Coup-de-Gaz", "pignon"),
            ("hx-p15", "Pignon Hexaglide, 15 dents", "Hexaglide", "pignon"),
            ("hx-servo", "Servo Hexaglide, numérique, 15 kg", "Hexaglide", "servo"),
        ],
    )  # fmt: skip
    assert shop.resolve("coup-de-gaz pignon moteur").status != "match"
    assert matched(shop, "coup-de-gaz moteur brushless") == "cg-moteur"


def test_a_value_the_brand_said_never_has_is_none_not_a_question_about_its_others() -> None:
    """Millbank & Hart make black and white slip, three other makers ochre: « millbank et hart
    engobe ocre » sells nothing, and a question about M&H's black and white would offer what
    was not asked. Its own colour still sells, or asks the size."""
    slips = [
        ("mh-noir", "Millbank & Hart", "noir", "1 kg"),
        ("mh-blanc-500", "Millbank & Hart", "blanc", "500 g"),
        ("mh-blanc-1", "Millbank & Hart", "blanc", "1 kg"),
        ("ox-ocre", "Oxley", "ocre", "1 kg"),
        ("ox-ocre-500", "Oxley", "ocre", "500 g"),
        ("te-ocre", "Tessonne", "ocre", "1 kg"),
        ("te-blanc", "Tessonne", "blanc", "1 kg"),
        ("me-ocre", "Mélusine", "ocre", "500 g"),
        ("me-noir", "Mélusine", "noir", "500 g"),
    ]
    shop = resolver_of(
        "fr-FR",
        [(pid, f"{brand} – engobe {colour} {size}", brand, "engobe") for pid, brand, colour, size in slips],
        {pid: {"color": colour, "size": size} for pid, _, colour, size in slips},
    )  # fmt: skip
    assert shop.resolve("millbank et hart engobe ocre").status == "none"
    assert matched(shop, "millbank et hart engobe noir") == "mh-noir"
    assert ids_of(shop, "millbank et hart engobe blanc") == {"mh-blanc-500", "mh-blanc-1"}


def test_a_size_the_brand_said_never_has_in_that_ware_is_none() -> None:
    """Hélion's UV filters are 58 and 77 mm, Le Déclic's 52: « hélion filtre uv 52 mm » sells
    nothing. A value of another ware ("single", a count of carabiners) said beside a rope is no
    size of ropes: the rope is still asked about."""
    made = [
        ("he-58", "Hélion", 58),
        ("he-77", "Hélion", 77),
        ("ld-52", "Le Déclic", 52),
        ("ld-67", "Le Déclic", 67),
    ]
    filters = resolver_of(
        "fr-FR",
        [(pid, f"Filtre {brand} {mm} mm UV", brand, "filtre") for pid, brand, mm in made],
        {pid: {"size": f"{mm} mm", "type": "UV"} for pid, _, mm in made},
    )  # fmt: skip
    assert filters.resolve("hélion filtre uv 52 mm").status == "none"
    assert matched(filters, "hélion filtre uv 58 mm") == "he-58"
    ropes = resolver_of(
        "en-US",
        [
            ("ve-60", "Vergosse 9.5 mm dynamic rope, 60 m", "Vergosse", "dynamic rope"),
            ("ve-80", "Vergosse 9.5 mm dynamic rope, 80 m", "Vergosse", "dynamic rope"),
            ("cb-60", "Corrie Bothy 9.8 mm dynamic rope, 60 m", "Corrie Bothy", "dynamic rope"),
            ("ve-crab", "Vergosse wiregate carabiner, single", "Vergosse", "carabiner"),
            ("cb-crab", "Corrie Bothy wiregate carabiner, 5 pack", "Corrie Bothy", "carabiner"),
        ],
        {"ve-60": {"size": "60 m"}, "ve-80": {"size": "80 m"}, "cb-60": {"size": "60 m"},
         "ve-crab": {"size": "single"}, "cb-crab": {"size": "5 pack"}},
    )  # fmt: skip
    assert ids_of(ropes, "vergosse 9.5 mm single rope") == {"ve-60", "ve-80"}


def test_a_value_said_whole_leaves_out_the_near_tie_that_has_another() -> None:
    """One maker's titles say the grit with a "#", the other's with "grit": "1000 grit natural
    whetstone" is half explained by the natural #1000 and half by the other maker's diamond
    1000 grit; the shopper said which stone, so the diamond one is no option."""
    stones = [
        ("ki", "Kirimaru", "Natural", 1000),
        ("ki", "Kirimaru", "Natural", 3000),
        ("ki", "Kirimaru", "Diamond", 1000),
        ("ki", "Kirimaru", "Diamond", 3000),
        ("ki", "Kirimaru", "Diamond", 6000),
        ("ch", "Chantefer", "Natural", 3000),
        ("ch", "Chantefer", "Natural", 6000),
        ("ch", "Chantefer", "Diamond", 400),
        ("ch", "Chantefer", "Diamond", 1000),
        ("ch", "Chantefer", "Diamond", 3000),
    ]
    rows, variants = [], {}
    for short, brand, stone, grit in stones:
        pid = f"{short}-{stone[0].lower()}{grit}"
        title = (
            f"{brand} {stone} Whetstone #{grit}"
            if short == "ki"
            else f"Whetstone {stone.lower()}, {grit} grit"
        )
        rows.append((pid, title, brand, "Whetstone"))
        variants[pid] = {"stone": stone, "size": f"{grit} grit"}
    shop = resolver_of("en-US", rows, variants)
    assert ids_of(shop, "one thousand grit natural whetstone") == {"ki-n1000"}
    assert ids_of(shop, "1000 grit diamond whetstone") <= {"ki-d1000", "ch-d1000"}
