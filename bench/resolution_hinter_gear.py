"""What the motorcycle-gear shop and the dive shop of the *hinter* half sell
(:mod:`bench.resolution_hinter`, written as :mod:`bench.resolution_hinter_stock` says), what
each of the four trades has that its shop does not stock, and things of other trades."""

from __future__ import annotations

from bench.resolution_hinter_stock import BREWING, CHOCOLATE, Ware, _v

MOTORCYCLE = (
    Ware(
        ("m", "casque intégral", "casque", "intégral"),
        ("c", "full-face helmet", "helmet", "full face helmet"),
        _v(
            (("noir mat",), ("Matte Black", "matte black")),
            (("blanc nacré", "blanc"), ("Pearl White", "pearl white", "white")),
            (("rouge",), ("Red", "red")),
            (("gris nardo", "gris"), ("Nardo Grey", "nardo grey", "grey")),
        ),
        (("XS", "XS"), ("S", "S"), ("M", "M"), ("L", "L"), ("XL", "XL")),
        axis="color",
        extra=("homologué ECE 22.06", "DOT and ECE 22.06"),
    ),
    Ware(
        ("mp", "gants moto", "gants", "gants de moto"),
        ("p", "motorcycle gloves", "gloves", "riding gloves"),
        _v(
            (("été", "d'été"), ("Summer", "summer")),
            (("hiver", "d'hiver"), ("Winter", "winter")),
            (("mi-saison",), ("All-Season", "all season", "three season")),
        ),
        (("T8", "S"), ("T9", "M"), ("T10", "L"), ("T11", "XL")),
        extra=("coques carbone", "carbon knuckles"),
    ),
    Ware(
        ("m", "blouson moto", "blouson", "veste moto", "blouson de moto"),
        ("c", "motorcycle jacket", "jacket", "riding jacket"),
        _v((("cuir",), ("Leather", "leather")), (("textile",), ("Textile", "textile"))),
        (("S", "S"), ("M", "M"), ("L", "L"), ("XL", "XL"), ("XXL", "2XL")),
        axis="material",
        extra=("protections CE niveau 2", "CE level 2 armor"),
    ),
    Ware(
        ("m", "lubrifiant chaîne", "graisse chaîne", "spray chaîne", "graisse pour chaîne"),
        ("u", "chain lube", "chain lubricant", "chain spray"),
        _v(
            (("route",), ("Road", "road", "street")),
            (("tout-terrain", "off-road"), ("Off-Road", "off-road", "dirt")),
        ),
        (("100 ml", "3.4 oz"), ("400 ml", "13.5 oz")),
        extra=("aérosol", "aerosol"),
    ),
    Ware(
        ("m", "bloque-disque", "antivol bloque-disque", "antivol de disque"),
        ("c", "disc lock", "brake disc lock", "disk lock"),
        _v(
            (("avec alarme", "à alarme"), ("Alarmed", "alarmed", "with alarm")),
            (("sans alarme", "simple"), ("Standard", "standard", "without alarm")),
        ),
        (("goupille 5,5 mm", "5.5 mm pin"), ("goupille 10 mm", "10 mm pin")),
        extra=("certifié SRA", "with reminder cable"),
    ),
    Ware(
        ("f", "huile moteur 4T", "huile moteur", "huile quatre temps"),
        ("u", "4-stroke motor oil", "motor oil", "engine oil"),
        _v((("10W40",), ("10W40",)), (("15W50",), ("15W50",)), (("20W50",), ("20W50",))),
        (("1 L", "1 qt"), ("4 L", "1 gal")),
        extra=("100 % synthèse", "full synthetic"),
    ),
    Ware(
        ("m", "écran de casque", "écran", "visière"),
        ("c", "helmet visor", "visor", "face shield"),
        _v(
            (("fumé",), ("Dark Smoke", "dark smoke", "smoke")),
            (("clair", "transparent"), ("Clear", "clear")),
            (("iridium", "miroir"), ("Iridium", "iridium", "mirrored")),
        ),
        extra=("traité anti-rayures", "anti-scratch"),
    ),
)

DIVING = (
    Ware(
        ("f", "combinaison de plongée", "combinaison", "combi", "combinaison néoprène"),
        ("c", "wetsuit", "wet suit", "dive suit", "full wetsuit"),
        _v((("3 mm",), ("3mm",)), (("5 mm",), ("5mm",)), (("7 mm",), ("7mm",))),
        (("S", "S"), ("M", "M"), ("L", "L"), ("XL", "XL")),
        extra=("néoprène doublé", "lined neoprene"),
    ),
    Ware(
        ("fp", "palmes chaussantes", "palmes", "palmes de plongée"),
        ("p", "full-foot fins", "fins", "dive fins", "swim fins"),
        _v(
            (("noires",), ("Black", "black")),
            (("bleues",), ("Blue", "blue")),
            (("jaunes",), ("Yellow", "yellow")),
        ),
        (("38/39", "US 6-7"), ("40/41", "US 8-9"), ("42/43", "US 10-11"), ("44/45", "US 12-13")),
        axis="color",
        extra=("voilure souple", "soft blade"),
    ),
    Ware(
        ("m", "masque de plongée", "masque", "masque de chasse"),
        ("c", "dive mask", "mask", "scuba mask"),
        _v(
            (("noir",), ("Black", "black")),
            (("transparent", "silicone transparent"), ("Clear", "clear", "clear silicone")),
            (("bleu",), ("Blue", "blue")),
        ),
        (("adulte", "adult"), ("petit visage", "small fit")),
        ordered=False,
        axis="color",
        extra=("verre trempé", "tempered glass"),
    ),
    Ware(
        ("m", "tuba", "tuba de plongée"),
        ("c", "snorkel", "dive snorkel"),
        _v(
            (("sec",), ("Dry", "dry")),
            (("semi-sec",), ("Semi-Dry", "semi dry")),
            (("classique", "simple"), ("Classic", "classic", "basic")),
        ),
        extra=("embout silicone", "silicone mouthpiece"),
    ),
    Ware(
        ("f", "lampe de plongée", "lampe", "phare de plongée"),
        ("c", "dive light", "dive torch", "underwater flashlight"),
        (),
        (("1000 lumens", "1000 lm"), ("2500 lumens", "2500 lm"), ("5000 lumens", "5000 lm")),
        extra=("étanche 100 m", "rated to 330 ft"),
    ),
    Ware(
        ("m", "bloc de plongée", "bloc", "bouteille de plongée"),
        ("c", "scuba tank", "tank", "scuba cylinder", "dive tank"),
        _v((("acier",), ("Steel", "steel")), (("aluminium", "alu"), ("Aluminum", "aluminum"))),
        (("12 L", "80 cu ft"), ("15 L", "100 cu ft")),
        axis="material",
        extra=("robinet DIN", "DIN valve"),
    ),
)

WARES: dict[str, tuple[Ware, ...]] = {
    "brassage": BREWING,
    "chocolaterie": CHOCOLATE,
    "moto": MOTORCYCLE,
    "plongée": DIVING,
}

# Things of each trade its shop does not stock (French with the article a shopper puts before).
UNSTOCKED: dict[str, tuple[tuple[str, str], ...]] = {
    "brassage": (("un moulin à grains", "grain mill"), ("un refroidisseur à plaques", "plate chiller"),
                 ("du sucre candi", "candi sugar"), ("un kit de brassage tout grain", "all-grain kit"),
                 ("un réfractomètre", "refractometer"), ("un siphon de soutirage", "auto siphon")),
    "chocolaterie": (("du nougat de Montélimar", "nougat"), ("des guimauves", "marshmallows"),
                     ("des calissons", "calissons"), ("des œufs de Pâques", "Easter eggs"),
                     ("des pâtes de fruits", "fruit jellies"), ("des marrons glacés", "candied chestnuts")),
    "moto": (("un pneu arrière", "rear tire"), ("des bottes moto", "riding boots"),
             ("un intercom", "helmet intercom"), ("un gilet airbag", "airbag vest"),
             ("une batterie lithium", "lithium battery"), ("un top case", "top case")),
    "plongée": (("un ordinateur de plongée", "dive computer"), ("un gilet stabilisateur", "BCD"),
                ("un détendeur", "regulator"), ("des plombs de ceinture", "dive weights"),
                ("un couteau de plongée", "dive knife"), ("des chaussons néoprène", "neoprene booties")),
}  # fmt: skip

# Things no hinter shop sells (French with its article).
OTHER_TRADES = (
    ("un grille-pain", "toaster"), ("un aspirateur sans fil", "cordless vacuum"),
    ("une cartouche d'encre", "ink cartridge"), ("une tondeuse à gazon", "lawn mower"),
    ("un pyjama", "pajamas"), ("des croquettes pour chien", "dog kibble"),
    ("un parapluie", "umbrella"), ("une raquette de tennis", "tennis racket"),
    ("un dentifrice", "toothpaste"), ("un sèche-cheveux", "hair dryer"),
    ("une clé à molette", "adjustable wrench"), ("un rideau de douche", "shower curtain"),
)  # fmt: skip

__all__ = ["BREWING", "CHOCOLATE", "DIVING", "MOTORCYCLE", "OTHER_TRADES", "UNSTOCKED", "WARES"]
