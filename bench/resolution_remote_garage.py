"""The remote half's car-care-and-auto-parts shop: wax, wiper blades by length (millimetres in
France, inches in the US; a driver may say « soixante-cinq centimètres » for 650 mm), bulbs by
code, motor oil by grade and volume, coolant, cloths and cleaners, from six makers of its own."""

from __future__ import annotations

from bench.resolution_remote_model import Maker, Term, Trade, Ware, term


def _blade(millimetres: int, inches: int) -> Term:
    return term(f"{millimetres} mm", f"{inches} in",
                (f"{millimetres} mm", f"{millimetres // 10} cm"), (f"{inches} in", f"{inches} inch"))  # fmt: skip


def _grade(grade: str) -> Term:
    run = grade.replace("-", "")
    return term(grade, grade, (run, grade.replace("-", " ")), (run, grade.replace("-", " ")))


WARES = (
    Ware(
        "wax",
        term(
            "cire carrosserie",
            "Car Wax",
            ("cire carrosserie", "cire pour carrosserie", "cire auto"),
            ("car wax", "wax"),
        ),
        "form",
        (term("liquide", "Liquid"), term("en pâte", "Paste", ("en pâte", "pâte"))),
        (term("250 ml", "8 oz"), term("500 ml", "16 oz")),
        1290,
        ("Protection brillante six mois.", "Six months of glossy protection."),
        scaled=True,
    ),
    Ware(
        "wiper",
        term(
            "balai d'essuie-glace",
            "Wiper Blade",
            ("balai d'essuie-glace", "essuie-glace", "balai essuie glace"),
            ("wiper blade", "windshield wiper", "wiper"),
        ),
        "type",
        (
            term("plat", "Beam", ("plat", "plat sans armature"), ("beam", "beam style")),
            term(
                "standard", "Conventional", ("standard", "classique"), ("conventional", "standard")
            ),
        ),
        (
            _blade(350, 14),
            _blade(400, 16),
            _blade(450, 18),
            _blade(530, 21),
            _blade(600, 24),
            _blade(650, 26),
        ),
        990,
        ("Montage crochet, caoutchouc graphité.", "Hook mount, graphite rubber."),
        unmade_sizes=(_blade(700, 28),),
    ),
    Ware(
        "headlight",
        term(
            "ampoule de phare",
            "Headlight Bulb",
            ("ampoule de phare", "ampoule phare", "ampoule pour phare"),
            ("headlight bulb", "headlight", "headlamp bulb"),
        ),
        "light",
        (
            term(
                "halogène standard",
                "Standard Halogen",
                ("standard", "halogène standard"),
                ("standard", "standard halogen"),
            ),
            term(
                "lumière blanche",
                "Bright White",
                ("lumière blanche", "blanche"),
                ("bright white", "white"),
            ),
            term("longue durée", "Long Life"),
        ),
        (term("H1", "H1"), term("H4", "H4"), term("H7", "H7"), term("H11", "H11")),
        890,
        ("12 V, homologuée route.", "12 V, street legal."),
        unmade_sizes=(term("H3", "H3"),),
    ),
    Ware(
        "side_bulbs",
        term(
            "ampoules de veilleuse",
            "Side Marker Bulbs",
            ("ampoules de veilleuse", "veilleuses"),
            ("side marker bulbs", "parking light bulbs"),
        ),
        "color",
        (term("blanc", "White"), term("ambre", "Amber")),
        (term("W5W", "W5W"), term("C5W", "C5W")),
        490,
        ("Culot verre.", "Glass wedge base."),
        pack=("x 2", "2-Pack"),
    ),
    Ware(
        "motor_oil",
        term(
            "huile moteur",
            "Motor Oil",
            ("huile moteur", "huile de moteur", "huile"),
            ("motor oil", "engine oil", "oil"),
        ),
        "viscosity",
        tuple(_grade(g) for g in ("0W-20", "5W-30", "5W-40", "10W-40")),
        (
            term("1 l", "1 qt", ("1 l", "1 litre", "bidon d'un litre"), ("1 qt", "1 quart")),
            term("5 l", "5 qt", ("5 l", "bidon de 5 l"), ("5 qt", "5 quart jug")),
        ),
        1190,
        ("100 % synthèse, normes ACEA.", "Full synthetic, API SP."),
        scaled=True,
        unmade_values=(_grade("15W-50"),),
    ),
    Ware(
        "car_shampoo",
        term(
            "shampooing carrosserie",
            "Car Wash Soap",
            ("shampooing carrosserie", "shampooing auto", "shampoing voiture"),
            ("car wash soap", "car shampoo", "car wash"),
        ),
        "",
        (),
        (term("1 l", "32 oz"), term("2 l", "64 oz")),
        790,
        ("pH neutre, ne raye pas.", "pH neutral, scratch-free."),
        scaled=True,
    ),
    Ware(
        "coolant",
        term(
            "liquide de refroidissement",
            "Antifreeze Coolant",
            ("liquide de refroidissement", "antigel", "liquide refroidissement"),
            ("antifreeze", "coolant", "antifreeze coolant"),
        ),
        "mix",
        (
            term("prêt à l'emploi", "Prediluted 50/50", (), ("prediluted", "50 50")),
            term("concentré", "Concentrate"),
        ),
        (
            term("1 l", "1/2 gal", ("1 l", "1 litre"), ("half gallon", "1/2 gallon")),
            term("5 l", "1 gal", ("5 l", "5 litres"), ("1 gallon", "gallon")),
        ),
        990,
        ("Protège jusqu'à -37 °C.", "Protects down to -34 °F."),
        scaled=True,
    ),
    Ware(
        "microfibre",
        term(
            "chiffons microfibre",
            "Microfiber Towels",
            ("chiffons microfibre", "microfibres", "chiffons en microfibre"),
            ("microfiber towels", "microfiber cloths"),
        ),
        "color",
        (term("bleu", "Blue"), term("gris", "Gray", (), ("gray", "grey")), term("jaune", "Yellow")),
        (
            term("lot de 3", "3-Pack", ("lot de 3", "3 chiffons"), ("3 pack",)),
            term("lot de 6", "6-Pack", ("lot de 6", "6 chiffons"), ("6 pack",)),
            term("lot de 12", "12-Pack", ("lot de 12", "12 chiffons"), ("12 pack",)),
        ),
        690,
        ("350 g/m², bords sans couture.", "350 GSM, edgeless."),
        scaled=True,
    ),
    Ware(
        "glass_cleaner",
        term(
            "nettoyant vitres",
            "Glass Cleaner",
            ("nettoyant vitres", "nettoyant pour vitres", "produit vitres"),
            ("glass cleaner", "window cleaner"),
        ),
        "formula",
        (
            term("classique", "Streak-Free", (), ("streak free",)),
            term("anti-pluie", "Rain Repellent", ("anti-pluie", "anti pluie")),
        ),
        (term("500 ml", "16 oz"),),
        590,
        ("Pour vitres et rétroviseurs.", "For windows and mirrors."),
    ),
    Ware(
        "tyre_shine",
        term(
            "rénovateur pneus",
            "Tire Shine",
            ("rénovateur pneus", "rénovateur pour pneus"),
            ("tire shine", "tire dressing"),
        ),
        "finish",
        (term("brillant", "High Gloss", (), ("high gloss", "glossy")), term("satiné", "Satin")),
        (term("500 ml", "16 oz"), term("750 ml", "24 oz")),
        890,
        ("Noir intense, sans silicone gras.", "Deep black, non-greasy."),
        scaled=True,
    ),
    Ware(
        "washer_fluid",
        term(
            "lave-glace",
            "Windshield Washer Fluid",
            ("lave-glace", "liquide lave-glace", "lave glace"),
            ("washer fluid", "windshield washer fluid"),
        ),
        "season",
        (
            term("été", "Summer", ("été", "spécial été")),
            term("hiver", "Winter"),
            term("toutes saisons", "All-Season", (), ("all season", "all weather")),
        ),
        (term("5 l", "1 gal", ("5 l", "5 litres"), ("1 gallon", "gallon")),),
        490,
        ("Anti-traces, anti-insectes.", "Streak-free, removes bugs."),
    ),
)

MAKERS = (
    Maker("Mécavert", "fr", "lead", (("mécha vert", "méca verre"), ("mecca vair", "meca vert"))),
    Maker("RoadGleam", "en", "bar", (("rod glim", "rode gleam"), ("road gleam", "rode gleam"))),
    Maker(
        "Garage Dufresne",
        "fr",
        "tail",
        (("garage du frêne", "garage dufrène"), ("garage do fren", "garage due fresh knee")),
        "Dufresne",
    ),
    Maker("Turbolux", "fr", "caps", (("turbo luxe", "turbo lux"), ("turbo lux", "turbo looks"))),
    Maker("Vantaro", "en", "dash", (("vent a rôt", "vantarot"), ("van taro", "vantarro"))),
    Maker(
        "Pitlane Kessler",
        "en",
        "inner",
        (("pit laine kessler", "pitlane kesler"), ("pit lane kessler", "pitlane chessler")),
        "Pitlane",
    ),
)

GARAGE = Trade(
    "carcare",
    MAKERS,
    WARES,
    unsold=("Gripmaster", "Autovernis", "Rallye Sud", "Carossa", "Polimax", "Bolide Bleu"),
    unstocked=(
        ("pneu", "tire"),
        ("batterie de voiture", "car battery"),
        ("plaquettes de frein", "brake pads"),
        ("filtre à huile", "oil filter"),
        ("tapis de sol", "floor mats"),
        ("câbles de démarrage", "jumper cables"),
        ("housse de siège", "seat covers"),
        ("désodorisant voiture", "car air freshener"),
    ),
    grouped=True,
)
