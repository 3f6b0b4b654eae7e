"""The vocabularies of the synthetic shops that :mod:`bench.resolution_gen` builds catalogs from.

Each shop kind lists product types in both languages, each with the axis its variants differ
on (scent, flavour, colour...) and the sizes it comes in. The words are ordinary shop words,
written once here; the resolver never reads this module.

A product type is ``(fr noun, en noun, axis values [(fr, en)...], sizes [(fr, en)...])``.
"""

from __future__ import annotations

Pair = tuple[str, str]
ProductType = tuple[str, str, list[Pair], list[Pair]]


def _pairs(text: str) -> list[Pair]:
    """ "citron/lemon, lavande/lavender" → [("citron", "lemon"), ("lavande", "lavender")]."""
    out = []
    for item in text.split(","):
        if item.strip():
            fr, en = item.split("/")
            out.append((fr.strip(), en.strip()))
    return out


def _sizes(text: str) -> list[Pair]:
    """ "250 ml, 1,5 kg, lot de 6" → French and English forms ("lot de 6" / "pack of 6");
    items are separated by a comma and a space, decimals written with a bare comma."""
    out = []
    for item in text.split(", "):
        fr = item.strip()
        en = (
            fr.replace("lot de", "pack of")
            .replace("boîte de", "box of")
            .replace("taille", "size")
            .replace(",", ".")
            .replace("sachets", "pouches")
            .replace("rouleaux", "rolls")
            .replace("pièces", "pieces")
            .replace("capsules", "pods")
            .replace("lingettes", "wipes")
            .replace("1 batterie", "1 battery")
            .replace("batteries", "batteries")
            .replace("pastilles", "tablets")
        )
        out.append((fr, en))
    return out


SCENTS = _pairs(
    "citron/lemon, lavande/lavender, fleur de coton/cotton flower, sans parfum/unscented, "
    "marine/ocean, pin/pine, menthe/mint, pamplemousse/grapefruit, eucalyptus/eucalyptus"
)
COLOURS = _pairs(
    "blanc/white, noir/black, rouge/red, bleu/blue, vert/green, jaune/yellow, gris/grey, "
    "rose/pink, orange/orange, violet/purple"
)
FRUITS = _pairs(
    "fraise/strawberry, abricot/apricot, framboise/raspberry, cerise/cherry, orange/orange, "
    "myrtille/blueberry, figue/fig"
)
MEATS = _pairs("poulet/chicken, saumon/salmon, boeuf/beef, agneau/lamb, dinde/turkey, thon/tuna")
SHADES = _pairs(
    "nude/nude, corail/coral, framboise/raspberry, prune/plum, rouge/red, rose poudré/powder pink"
)
HAIR = _pairs(
    "cheveux secs/dry hair, cheveux gras/oily hair, antipelliculaire/anti dandruff, "
    "cheveux colorés/color treated"
)

SHOPS: dict[str, list[ProductType]] = {
    "cleaning": [
        ("spray détachant", "stain remover spray", SCENTS, _sizes("250 ml, 500 ml, 750 ml")),
        ("gel détachant", "stain remover gel", SCENTS, _sizes("200 ml, 400 ml")),
        ("lessive liquide", "liquid laundry detergent", SCENTS, _sizes("1,5 l, 3 l, 5 l")),
        ("capsules de lessive", "laundry pods", SCENTS, _sizes("24 capsules, 48 capsules")),
        ("adoucissant", "fabric softener", SCENTS, _sizes("1 l, 2 l")),
        ("liquide vaisselle", "dish soap", SCENTS, _sizes("500 ml, 1 l")),
        ("nettoyant vitres", "glass cleaner", [], _sizes("500 ml, 750 ml")),
        ("éponge", "sponge", COLOURS, _sizes("lot de 3, lot de 6")),
        ("chiffon microfibre", "microfiber cloth", COLOURS, _sizes("lot de 2, lot de 5")),
        ("vinaigre blanc", "white vinegar", [], _sizes("1 l, 2 l")),
        ("poudre détachante", "stain remover powder", [], _sizes("500 g, 1 kg")),
        ("gants de ménage", "cleaning gloves", COLOURS, _sizes("taille S, taille M, taille L")),
        ("désinfectant", "disinfectant", SCENTS, _sizes("500 ml, 1 l")),
        (
            "pastilles lave-vaisselle",
            "dishwasher tablets",
            [],
            _sizes("30 pastilles, 60 pastilles"),
        ),
        ("savon noir", "black soap", [], _sizes("500 ml, 1 l")),
        ("bicarbonate de soude", "baking soda", [], _sizes("500 g, 1 kg")),
    ],
    "grocery": [
        (
            "pâtes",
            "pasta",
            _pairs("spaghetti/spaghetti, penne/penne, fusilli/fusilli"),
            _sizes("500 g, 1 kg"),
        ),
        ("riz basmati", "basmati rice", [], _sizes("500 g, 1 kg, 2 kg")),
        (
            "café moulu",
            "ground coffee",
            _pairs("intense/intense, doux/mild, décaféiné/decaf"),
            _sizes("250 g, 500 g"),
        ),
        (
            "thé vert",
            "green tea",
            _pairs("menthe/mint, jasmin/jasmine, nature/plain"),
            _sizes("20 sachets, 50 sachets"),
        ),
        ("huile d'olive", "olive oil", [], _sizes("50 cl, 75 cl, 1 l")),
        ("confiture", "jam", FRUITS, _sizes("350 g, 750 g")),
        (
            "biscuits",
            "cookies",
            _pairs("chocolat/chocolate, beurre/butter, citron/lemon"),
            _sizes("150 g, 300 g"),
        ),
        (
            "chocolat noir",
            "dark chocolate",
            _pairs("nature/plain, amandes/almonds, orange/orange"),
            _sizes("100 g, 200 g"),
        ),
        (
            "miel",
            "honey",
            _pairs("acacia/acacia, lavande/lavender, fleurs/wildflower"),
            _sizes("250 g, 500 g"),
        ),
        (
            "jus d'orange",
            "orange juice",
            _pairs("avec pulpe/with pulp, sans pulpe/no pulp"),
            _sizes("1 l, 1,5 l"),
        ),
        ("farine de blé", "wheat flour", [], _sizes("1 kg, 5 kg")),
        ("lait demi-écrémé", "semi skimmed milk", [], _sizes("1 l, lot de 6")),
        (
            "céréales",
            "breakfast cereal",
            _pairs("miel/honey, chocolat/chocolate, fruits rouges/red berries"),
            _sizes("375 g, 750 g"),
        ),
        ("eau gazeuse", "sparkling water", [], _sizes("1 l, lot de 6")),
        (
            "sauce tomate",
            "tomato sauce",
            _pairs("basilic/basil, nature/plain, piquante/spicy"),
            _sizes("400 g, 700 g"),
        ),
    ],
    "hardware": [
        (
            "vis à bois",
            "wood screws",
            _pairs("tête plate/flat head, tête ronde/round head"),
            _sizes("boîte de 100, boîte de 200"),
        ),
        (
            "perceuse sans fil",
            "cordless drill",
            _pairs("18 volts/18 volt, 12 volts/12 volt"),
            _sizes("1 batterie, 2 batteries"),
        ),
        ("marteau", "hammer", [], _sizes("300 g, 500 g")),
        (
            "tournevis",
            "screwdriver",
            _pairs("plat/flat, cruciforme/phillips"),
            _sizes("lot de 3, lot de 6"),
        ),
        ("peinture acrylique", "acrylic paint", COLOURS, _sizes("0,5 l, 2,5 l")),
        (
            "ruban adhésif",
            "duct tape",
            _pairs("gris/grey, noir/black, transparent/clear"),
            _sizes("10 m, 25 m"),
        ),
        (
            "ampoule LED",
            "LED bulb",
            _pairs("blanc chaud/warm white, blanc froid/cool white"),
            _sizes("40 W, 60 W, 100 W"),
        ),
        (
            "rallonge électrique",
            "extension cord",
            _pairs("blanche/white, noire/black"),
            _sizes("3 m, 5 m, 10 m"),
        ),
        ("gants de travail", "work gloves", [], _sizes("taille 8, taille 9, taille 10")),
        ("mètre ruban", "tape measure", [], _sizes("3 m, 5 m, 8 m")),
        ("scie à métaux", "hacksaw", [], _sizes("300 mm")),
        (
            "cheville",
            "wall plug",
            _pairs("nylon/nylon, métal/metal"),
            _sizes("boîte de 50, boîte de 100"),
        ),
        ("colle à bois", "wood glue", [], _sizes("250 g, 750 g")),
        ("pinceau", "paint brush", [], _sizes("30 mm, 50 mm, 70 mm")),
    ],
    "pets": [
        ("croquettes pour chien", "dry dog food", MEATS, _sizes("2 kg, 4 kg, 12 kg")),
        ("croquettes pour chat", "dry cat food", MEATS, _sizes("1,5 kg, 4 kg")),
        ("pâtée pour chat", "wet cat food", MEATS, _sizes("12 sachets, 24 sachets")),
        (
            "litière",
            "cat litter",
            _pairs("agglomérante/clumping, végétale/plant based"),
            _sizes("5 l, 10 l"),
        ),
        ("friandises pour chien", "dog treats", MEATS, _sizes("100 g, 250 g")),
        ("collier", "collar", COLOURS, _sizes("taille S, taille M, taille L")),
        ("laisse", "leash", COLOURS, _sizes("1 m, 2 m")),
        ("balle", "ball", _pairs("caoutchouc/rubber, tennis/tennis"), _sizes("lot de 2, lot de 4")),
        ("arbre à chat", "cat tree", _pairs("beige/beige, gris/grey"), _sizes("90 cm, 150 cm")),
        ("graines pour oiseaux", "bird seed", [], _sizes("1 kg, 3 kg")),
        (
            "shampoing pour chien",
            "dog shampoo",
            _pairs("avoine/oatmeal, aloe vera/aloe vera"),
            _sizes("250 ml, 500 ml"),
        ),
        ("panier", "dog bed", COLOURS, _sizes("60 cm, 80 cm, 100 cm")),
        (
            "gamelle",
            "bowl",
            _pairs("inox/stainless steel, céramique/ceramic"),
            _sizes("0,5 l, 1 l"),
        ),
        ("aquarium", "fish tank", [], _sizes("20 l, 60 l")),
    ],
    "cosmetics": [
        (
            "crème hydratante",
            "moisturizing cream",
            _pairs("peau sèche/dry skin, peau normale/normal skin"),
            _sizes("50 ml, 100 ml"),
        ),
        ("shampooing", "shampoo", HAIR, _sizes("250 ml, 400 ml")),
        (
            "gel douche",
            "shower gel",
            _pairs("vanille/vanilla, coco/coconut, fleur d'oranger/orange blossom, menthe/mint"),
            _sizes("250 ml, 500 ml"),
        ),
        ("rouge à lèvres", "lipstick", SHADES, _sizes("3,5 g")),
        ("vernis à ongles", "nail polish", SHADES, _sizes("5 ml, 10 ml")),
        (
            "dentifrice",
            "toothpaste",
            _pairs("menthe/mint, blancheur/whitening, charbon/charcoal"),
            _sizes("75 ml, 125 ml"),
        ),
        (
            "déodorant",
            "deodorant",
            _pairs("bille/roll on, spray/spray, stick/stick"),
            _sizes("50 ml, 150 ml"),
        ),
        (
            "savon surgras",
            "soap bar",
            _pairs("amande/almond, rose/rose, karité/shea"),
            _sizes("100 g, lot de 3"),
        ),
        (
            "lait corporel",
            "body lotion",
            _pairs("karité/shea, aloe vera/aloe vera"),
            _sizes("200 ml, 400 ml"),
        ),
        (
            "crème solaire",
            "sunscreen",
            _pairs("spf 30/spf 30, spf 50/spf 50"),
            _sizes("50 ml, 200 ml"),
        ),
        ("mascara", "mascara", _pairs("noir/black, brun/brown"), _sizes("8 ml")),
        ("démaquillant", "makeup remover", [], _sizes("200 ml, 400 ml")),
        (
            "brosse à dents",
            "toothbrush",
            _pairs("souple/soft, médium/medium"),
            _sizes("lot de 2, lot de 4"),
        ),
    ],
    "toys": [
        (
            "puzzle",
            "jigsaw puzzle",
            _pairs("animaux/animals, paysage/landscape, carte du monde/world map"),
            _sizes("500 pièces, 1000 pièces"),
        ),
        (
            "peluche",
            "plush toy",
            _pairs("ours/bear, lapin/bunny, licorne/unicorn"),
            _sizes("25 cm, 40 cm"),
        ),
        ("voiture télécommandée", "remote control car", COLOURS, _sizes("1 pièce")),
        ("pâte à modeler", "modeling clay", [], _sizes("lot de 4, lot de 8")),
        ("jeu de cartes", "card game", [], _sizes("1 pièce")),
        ("ballon de football", "soccer ball", COLOURS, _sizes("taille 3, taille 4, taille 5")),
        ("crayons de couleur", "colored pencils", [], _sizes("boîte de 12, boîte de 24")),
        ("poupée", "doll", _pairs("blonde/blonde, brune/brunette"), _sizes("30 cm, 45 cm")),
        ("briques de construction", "building bricks", [], _sizes("boîte de 100, boîte de 500")),
        ("cerf-volant", "kite", COLOURS, _sizes("1 pièce")),
        ("trottinette", "scooter", COLOURS, _sizes("1 pièce")),
    ],
}

SHOPS.update(
    {
        "garden": [
            (
                "terreau",
                "potting soil",
                _pairs("universel/all purpose, géraniums/geraniums, agrumes/citrus"),
                _sizes("20 l, 40 l, 70 l"),
            ),
            (
                "engrais",
                "fertilizer",
                _pairs("tomates/tomatoes, gazon/lawn, rosiers/roses"),
                _sizes("1 kg, 3 kg"),
            ),
            (
                "graines de gazon",
                "grass seed",
                _pairs("rustique/hardy, ombre/shade"),
                _sizes("1 kg, 5 kg"),
            ),
            (
                "tuyau d'arrosage",
                "garden hose",
                _pairs("vert/green, gris/grey"),
                _sizes("15 m, 25 m, 50 m"),
            ),
            ("sécateur", "pruning shears", [], _sizes("1 pièce")),
            ("pot de fleurs", "flower pot", COLOURS, _sizes("20 cm, 30 cm, 40 cm")),
            ("arrosoir", "watering can", COLOURS, _sizes("5 l, 10 l")),
            ("gants de jardin", "gardening gloves", [], _sizes("taille 7, taille 8, taille 9")),
            ("bâche", "tarp", _pairs("verte/green, bleue/blue"), _sizes("2 x 3 m, 4 x 5 m")),
            ("désherbant", "weed killer", [], _sizes("1 l, 2,5 l")),
        ],
        "stationery": [
            (
                "cahier",
                "notebook",
                _pairs("grands carreaux/wide ruled, petits carreaux/graph paper"),
                _sizes("48 pages, 96 pages"),
            ),
            (
                "stylo bille",
                "ballpoint pen",
                _pairs("bleu/blue, noir/black, rouge/red"),
                _sizes("lot de 4, lot de 10"),
            ),
            (
                "surligneur",
                "highlighter",
                _pairs("jaune/yellow, rose/pink, vert/green"),
                _sizes("lot de 3, lot de 6"),
            ),
            ("ramette de papier", "printer paper", [], _sizes("500 feuilles, 2500 feuilles")),
            ("classeur", "binder", COLOURS, _sizes("4 cm, 8 cm")),
            (
                "enveloppes",
                "envelopes",
                _pairs("blanches/white, kraft/kraft"),
                _sizes("boîte de 50, boîte de 500"),
            ),
            ("agrafeuse", "stapler", [], _sizes("1 pièce")),
            ("colle en bâton", "glue stick", [], _sizes("21 g, 40 g")),
            ("crayon à papier", "pencil", _pairs("hb/hb, 2b/2b"), _sizes("lot de 12")),
            (
                "post-it",
                "sticky notes",
                _pairs("jaunes/yellow, couleurs/assorted"),
                _sizes("lot de 6, lot de 12"),
            ),
        ],
        "kitchen": [
            (
                "poêle",
                "frying pan",
                _pairs("inox/stainless, antiadhésive/nonstick"),
                _sizes("24 cm, 28 cm"),
            ),
            ("casserole", "saucepan", [], _sizes("16 cm, 20 cm")),
            ("couteau de chef", "chef knife", [], _sizes("20 cm")),
            (
                "planche à découper",
                "cutting board",
                _pairs("bambou/bamboo, plastique/plastic"),
                _sizes("30 cm, 40 cm"),
            ),
            ("film étirable", "cling film", [], _sizes("30 m, 50 m")),
            ("papier aluminium", "aluminum foil", [], _sizes("10 m, 30 m")),
            (
                "boîte de conservation",
                "food container",
                _pairs("verre/glass, plastique/plastic"),
                _sizes("lot de 3, lot de 5"),
            ),
            ("tablier", "apron", COLOURS, _sizes("taille unique")),
            (
                "moule à gâteau",
                "cake pan",
                _pairs("rond/round, carré/square"),
                _sizes("22 cm, 26 cm"),
            ),
            ("fouet", "whisk", [], _sizes("25 cm, 30 cm")),
        ],
    }
)

# What no shop above sells, for "none" queries.
OFF_CATALOG: list[Pair] = _pairs(
    "machine à café/coffee machine, tondeuse à gazon/lawn mower, aspirateur/vacuum cleaner, "
    "téléviseur/television, vélo électrique/electric bike, casque audio/headphones, "
    "bouilloire/kettle, matelas/mattress, parapluie/umbrella, valise/suitcase, "
    "lunettes de soleil/sunglasses, grille-pain/toaster, montre/watch, tapis de yoga/yoga mat"
)

# Second words some brands carry ("Netto Plus", "Maison Dufour").
BRAND_SUFFIXES = ["plus", "pro", "nature", "max", "bio", "home", "care", "& fils", "maison"]
BRAND_SYLLABLES = [
    "ka",
    "lo",
    "ri",
    "ven",
    "tor",
    "mi",
    "sa",
    "bel",
    "dor",
    "nix",
    "pra",
    "vel",
    "zu",
    "ta",
    "mo",
    "re",
    "li",
    "an",
    "col",
    "fer",
    "gra",
    "lux",
    "ne",
    "ol",
    "pur",
    "ste",
    "vi",
    "ar",
    "bra",
    "cle",
    "dex",
    "fa",
    "ga",
    "ho",
    "jo",
    "ki",
    "ly",
    "ma",
    "no",
    "pe",
    "ru",
    "se",
    "ti",
    "ul",
    "wa",
    "ya",
    "zo",
    "lin",
    "tex",
    "rin",
    "vor",
    "mar",
    "sol",
    "bri",
    "cha",
    "fleu",
    "gou",
    "jar",
    "lau",
    "mon",
    "noa",
    "pal",
    "quo",
    "roc",
    "sui",
    "tri",
    "val",
    "bou",
    "cor",
    "dia",
    "fon",
    "gen",
]
