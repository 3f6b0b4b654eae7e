"""The remote half's sports-nutrition shop: whey by flavour and weight, bars by the box, gels,
shakers, creatine, BCAA, electrolyte tablets, pre-workout and gainers, from six makers of its
own. French tubs are weighed in kilos, American ones in pounds."""

from __future__ import annotations

from bench.resolution_remote_model import Maker, Trade, Ware, term

_TASTE = ("goût|saveur|parfum|", "flavored|")

WARES = (
    Ware(
        "whey",
        term(
            "protéine whey",
            "Whey Protein",
            ("whey", "protéine whey", "whey protéine", "protéine en poudre whey"),
            ("whey", "whey protein", "whey protein powder"),
        ),
        "flavor",
        (
            term("chocolat", "Chocolate"),
            term("vanille", "Vanilla"),
            term("fraise", "Strawberry"),
            term(
                "cookies & cream",
                "Cookies & Cream",
                ("cookies and cream", "cookie cream"),
                ("cookies and cream", "cookies n cream"),
            ),
            term("caramel beurre salé", "Salted Caramel", ("caramel beurre salé", "caramel salé")),
        ),
        (
            term("500 g", "1 lb", ("500 g", "demi kilo"), ("1 lb", "1 pound")),
            term("1 kg", "2 lb", ("1 kg", "1 kilo"), ("2 lb", "2 pound")),
            term("2,3 kg", "5 lb", ("2,3 kg",), ("5 lb", "5 pound")),
        ),
        1990,
        ("24 g de protéines par dose.", "24 g protein per scoop."),
        link=_TASTE,
        scaled=True,
        unmade_values=(term("pistache", "Pistachio"),),
    ),
    Ware(
        "bars",
        term(
            "barres protéinées",
            "Protein Bars",
            ("barres protéinées", "barres de protéines", "barres protéines"),
            ("protein bars", "protein bar"),
        ),
        "flavor",
        (
            term("chocolat noisette", "Chocolate Hazelnut"),
            term("beurre de cacahuète", "Peanut Butter", ("beurre de cacahuète", "cacahuète")),
            term("brownie", "Brownie"),
            term("coco", "Coconut", ("coco", "noix de coco")),
        ),
        (
            term(
                "à l'unité (60 g)",
                "Single Bar (2.1 oz)",
                ("à l'unité", "une seule barre"),
                ("single", "single bar"),
            ),
            term("boîte de 12", "Box of 12", ("boîte de 12", "par 12"), ("box of 12", "12 pack")),
            term("boîte de 24", "Box of 24", ("boîte de 24", "par 24"), ("box of 24", "24 pack")),
        ),
        290,
        ("20 g de protéines, faible en sucres.", "20 g protein, low sugar."),
        link=_TASTE,
        scaled=True,
    ),
    Ware(
        "gels",
        term(
            "gel énergétique",
            "Energy Gel",
            ("gel énergétique", "gel énergie", "gels"),
            ("energy gel", "energy gels", "gel"),
        ),
        "flavor",
        (
            term("citron", "Lemon"),
            term("fruits rouges", "Red Berry", (), ("red berry", "berry")),
            term(
                "cola caféiné",
                "Caffeinated Cola",
                ("cola caféiné", "cola avec caféine"),
                ("caffeinated cola", "cola with caffeine"),
            ),
        ),
        (
            term("40 g", "1.4 oz", ("40 g", "à l'unité"), ("1.4 oz", "single")),
            term(
                "boîte de 24 x 40 g",
                "Box of 24",
                ("boîte de 24", "carton de 24"),
                ("box of 24", "24 pack"),
            ),
        ),
        190,
        ("Glucides à absorption rapide.", "Fast-absorbing carbs."),
        link=_TASTE,
        scaled=True,
    ),
    Ware(
        "shaker",
        term(
            "shaker",
            "Shaker Bottle",
            ("shaker", "shaker protéine"),
            ("shaker", "shaker bottle", "shaker cup"),
        ),
        "color",
        (term("noir", "Black"), term("transparent", "Clear"), term("rose", "Pink")),
        (term("500 ml", "17 oz"), term("700 ml", "24 oz")),
        690,
        ("Grille mélangeuse, sans BPA.", "Mixing grid, BPA free."),
        scaled=True,
        unmade_sizes=(term("1 l", "34 oz"),),
    ),
    Ware(
        "creatine",
        term(
            "créatine monohydrate",
            "Creatine Monohydrate",
            ("créatine", "créatine monohydrate"),
            ("creatine", "creatine monohydrate"),
        ),
        "",
        (),
        (term("300 g", "300 g"), term("500 g", "500 g"), term("1 kg", "1 kg")),
        1490,
        ("Poudre micronisée, sans arôme.", "Micronized, unflavored."),
        scaled=True,
    ),
    Ware(
        "bcaa",
        term(
            "BCAA 2:1:1",
            "BCAA 2:1:1",
            ("bcaa", "acides aminés bcaa", "bcaa 2 1 1"),
            ("bcaa", "bcaas", "bcaa 2 1 1"),
        ),
        "flavor",
        (
            term("pêche", "Peach"),
            term("citron vert", "Lime"),
            term("nature", "Unflavored", ("nature", "sans arôme"), ("unflavored", "plain")),
        ),
        (term("250 g", "250 g"), term("400 g", "400 g")),
        1690,
        ("Leucine, isoleucine, valine.", "Leucine, isoleucine, valine."),
        link=_TASTE,
        scaled=True,
    ),
    Ware(
        "electrolytes",
        term(
            "pastilles d'électrolytes",
            "Electrolyte Tablets",
            ("pastilles d'électrolytes", "pastilles électrolytes", "électrolytes"),
            ("electrolyte tablets", "electrolyte tabs", "electrolytes"),
        ),
        "flavor",
        (term("orange", "Orange"), term("citron", "Lemon"), term("framboise", "Raspberry")),
        (
            term("tube de 20", "Tube of 20", ("tube de 20", "un tube"), ("tube of 20", "1 tube")),
            term("lot de 4 tubes", "4 Tubes", ("lot de 4 tubes", "4 tubes"), ("4 tubes", "4 pack")),
        ),
        690,
        ("Sodium, potassium, magnésium.", "Sodium, potassium, magnesium."),
        link=_TASTE,
        scaled=True,
    ),
    Ware(
        "preworkout",
        term(
            "booster pré-entraînement",
            "Pre-Workout",
            ("pré-workout", "booster", "pré entraînement"),
            ("pre-workout", "preworkout"),
        ),
        "flavor",
        (
            term("fruit du dragon", "Dragon Fruit"),
            term("pastèque", "Watermelon"),
            term("cola", "Cola"),
        ),
        (term("300 g", "300 g"), term("600 g", "600 g")),
        2490,
        ("Caféine et bêta-alanine.", "Caffeine and beta-alanine."),
        link=_TASTE,
        scaled=True,
    ),
    Ware(
        "gainer",
        term(
            "gainer prise de masse",
            "Mass Gainer",
            ("gainer", "prise de masse", "gainer masse"),
            ("mass gainer", "gainer", "weight gainer"),
        ),
        "flavor",
        (term("chocolat", "Chocolate"), term("vanille", "Vanilla"), term("banane", "Banana")),
        (
            term("3 kg", "6.6 lb", ("3 kg", "3 kilos"), ("6.6 lb", "6.6 pounds")),
            term("5 kg", "11 lb", ("5 kg", "5 kilos"), ("11 lb", "11 pounds")),
        ),
        3490,
        ("1 200 kcal par portion.", "1,200 calories per serving."),
        link=_TASTE,
        scaled=True,
    ),
)

MAKERS = (
    Maker(
        "Oakenstride",
        "en",
        "caps",
        (("oken straïde", "oak un stride"), ("oaken stride", "open stride")),
    ),
    Maker("Fondarix", "fr", "lead", (("fonds a rix", "fonda rixe"), ("fonder ix", "fond a ricks"))),
    Maker(
        "Galibier Nutrition",
        "fr",
        "tail",
        (
            ("gali biais nutrition", "galibié nutrition"),
            ("gally beer nutrition", "galibyay nutrition"),
        ),
        "Galibier",
    ),
    Maker("FuelForge", "en", "bar", (("fioule forge", "fuel forge"), ("fuel forge", "fool forge"))),
    Maker("Vitalpré", "fr", "dash", (("vital pré", "vital prêt"), ("vital pray", "vittle pre"))),
    Maker("Kinetika", "en", "inner", (("qui net ika", "kiné tika"), ("kinetic a", "kin etika"))),
)

SPORT = Trade(
    "nutrition",
    MAKERS,
    WARES,
    unsold=("Musclethor", "Gainbridge", "Force Alpine", "Protéomax", "Sprintella", "Olympéa"),
    unstocked=(
        ("gourde", "water bottle"),
        ("tapis de yoga", "yoga mat"),
        ("haltères", "dumbbells"),
        ("oméga 3", "omega-3 capsules"),
        ("multivitamines", "multivitamins"),
        ("ceinture de musculation", "lifting belt"),
        ("gants de musculation", "lifting gloves"),
        ("corde à sauter", "jump rope"),
    ),
    grouped=False,
)
