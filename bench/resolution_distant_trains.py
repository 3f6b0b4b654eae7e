"""The distant half's model-railway shop: its makers, wares and feed titles."""

from __future__ import annotations

from bench.resolution_distant_model import Maker, Trade, Ware

SCALES = (("échelle HO", "HO scale"), ("échelle N", "N scale"))
GAUGES = (("HO", "HO"), ("N", "N"))

LOCOMOTIVE = Ware(
    "locomotive",
    ("locomotive", "locomotive"),
    (("loco", "motrice"), ("loco", "engine")),
    "f",
    "traction",
    (("vapeur", "steam"), ("diesel", "diesel"), ("électrique", "electric")),
    SCALES,
    (89, 390),
)
FREIGHT = Ware(
    "freight",
    ("wagon de marchandises", "freight car"),
    (("wagon marchandises", "wagon de fret"), ("goods wagon", "freight wagon")),
    "m",
    "body",
    (("citerne", "tank car"), ("couvert", "boxcar"), ("tombereau", "gondola")),
    SCALES,
    (24, 69),
)
COACH = Ware(
    "coach",
    ("voiture voyageurs", "passenger coach"),
    (("voiture de voyageurs", "wagon voyageurs"), ("passenger car", "coach")),
    "f",
    "class",
    (("1re classe", "first class"), ("2e classe", "second class"), ("voiture-lits", "sleeper")),
    SCALES,
    (29, 85),
)
STRAIGHT = Ware(
    "straight",
    ("rail droit", "straight track"),
    (("voie droite", "élément droit"), ("straight rail", "straight section")),
    "m",
    "gauge",
    GAUGES,
    (("111 mm", "4.4 in"), ("222 mm", "8.7 in"), ("444 mm", "17.5 in")),
    (3, 12),
)
CURVED = Ware(
    "curved",
    ("rail courbe", "curved track"),
    (("voie courbe", "élément courbe"), ("curve track", "curved rail")),
    "m",
    "gauge",
    GAUGES,
    (("R1 360 mm", "R1 14.2 in"), ("R2 437 mm", "R2 17.2 in")),
    (3, 13),
)
TURNOUT = Ware(
    "turnout",
    ("aiguillage", "turnout"),
    (("branchement", "aiguille"), ("track switch", "switch")),
    "m",
    "hand",
    (("gauche", "left"), ("droit", "right")),
    GAUGES,
    (14, 49),
)
POWER = Ware(
    "power",
    ("transformateur", "power pack"),
    (("transfo", "alimentation"), ("transformer", "train controller")),
    "m",
    "control",
    (("analogique", "analog"), ("numérique DCC", "DCC digital")),
    (("1,5 A", "1.5 A"), ("3 A", "3 A"), ("5 A", "5 A")),
    (39, 249),
)
TREES = Ware(
    "trees",
    ("arbres miniatures", "model trees"),
    (("arbres de décor", "petits arbres"), ("scenery trees", "miniature trees")),
    "mp",
    "species",
    (("sapins", "pine"), ("feuillus", "deciduous"), ("bouleaux", "birch")),
    (("lot de 10", "pack of 10"), ("lot de 25", "pack of 25")),
    (8, 36),
)
GRASS = Ware(
    "grass",
    ("flocage", "static grass"),
    (("herbe statique", "flocage herbe"), ("flock", "model grass")),
    "m",
    "shade",
    (("vert printemps", "spring green"), ("vert été", "summer green"), ("paille", "straw")),
    (("50 g", "1.7 oz"), ("200 g", "7 oz")),
    (4, 18),
)

TRAINS = Trade(
    kind="trains",
    makers=(
        Maker(
            "Lenoir Modélisme",
            "fr",
            "Lenoir",
            (
                ("le noir modélisme", "le noir modèle isme"),
                ("lenwar modelism", "len wah model ism"),
            ),
            ("locomotive", "freight", "coach"),
        ),
        Maker(
            "Brassington & Pope",
            "en",
            "Brassington",
            (
                ("brassing tonne et pope", "bras sinctone et pop"),
                ("brass in tun and pope", "brassing ton and pop"),
            ),
            ("locomotive", "straight", "curved", "turnout"),
        ),
        Maker(
            "Compagnie Grenat",
            "fr",
            "Grenat",
            (
                ("compagnie grenade", "compagnie grena"),
                ("company grenade", "compania granite"),
            ),
            ("trees", "grass", "coach"),
        ),
        Maker(
            "Kestrel-Vane",
            "en",
            "Kestrel",
            (("questrelle vanne", "quest réel vane"), ("kestrel vein", "kestrel vain")),
            ("power", "turnout", "locomotive"),
        ),
        Maker(
            "Établissements Vautrel",
            "fr",
            "Vautrel",
            (
                ("établissement vautre elle", "établissements vos trèles"),
                ("a tabliss mon vote rel", "establishments vautrel"),
            ),
            ("freight", "coach", "trees"),
        ),
        Maker(
            "Old Junction Hobby",
            "en",
            "Old Junction",
            (
                ("olde jonction obi", "old jonkcheune hobby"),
                ("old junction hobbies", "hold junction hobby"),
            ),
            ("straight", "curved", "grass", "power"),
        ),
    ),
    wares=(LOCOMOTIVE, FREIGHT, COACH, STRAIGHT, CURVED, TURNOUT, POWER, TREES, GRASS),
    unsold=(
        "Ferrouillet",
        "Whistlecombe",
        "Maison Ducarreau",
        "Pennicott Trains",
        "Verdillac",
        "Tinplate Row",
    ),
    unstocked=(
        ("pont tournant", "turntable bridge"),
        ("passage à niveau", "level crossing"),
        ("bâtiment de gare", "station building"),
        ("tunnel en plâtre", "plaster tunnel"),
        ("mât de caténaire", "catenary mast"),
        ("décodeur numérique", "sound decoder"),
        ("heurtoir", "buffer stop"),
    ),
    titles=(
        (
            "{brand} - {Noun} {value} {size}",
            "{Noun} {value} {short} {brand}",
            "{brand} {Noun} {value} ({short})",
        ),
        (
            "{brand} {Value} {Noun}, {size}",
            "{Noun} {Value} {short} - {brand}",
            "{brand} | {size} {Value} {Noun}",
        ),
    ),
    short=(
        (("échelle ", ""), ("lot de ", "x"), (" mm", "mm")),
        ((" scale", ""), ("pack of ", "x"), (" in", '"')),
    ),
)
