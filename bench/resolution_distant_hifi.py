"""The distant half's hi-fi-and-vinyl shop: its makers, wares and feed titles."""

from __future__ import annotations

from bench.resolution_distant_model import Maker, Trade, Ware

TURNTABLE = Ware(
    "turntable",
    ("platine vinyle", "turntable"),
    (("tourne-disque", "platine disque"), ("record player", "record deck")),
    "f",
    "finish",
    (("noyer", "walnut"), ("noir mat", "matte black"), ("blanc laqué", "gloss white")),
    (("33/45 tours", "33/45 rpm"), ("33/45/78 tours", "33/45/78 rpm")),
    (149, 690),
)
BOOKSHELF = Ware(
    "bookshelf",
    ("enceintes bibliothèque", "bookshelf speakers"),
    (("enceintes", "paire d'enceintes"), ("speakers", "stand-mount speakers")),
    "fp",
    "finish",
    (("noyer", "walnut"), ("noir laqué", "gloss black"), ("chêne clair", "light oak")),
    (("4 pouces", "4 in"), ("5,25 pouces", "5.25 in"), ("6,5 pouces", "6.5 in")),
    (129, 890),
)
SPEAKER_CABLE = Ware(
    "speaker_cable",
    ("câble d'enceinte", "speaker cable"),
    (("fil d'enceinte", "câble haut-parleur"), ("speaker wire", "loudspeaker cable")),
    "m",
    "conductor",
    (("cuivre OFC", "OFC copper"), ("cuivre argenté", "silver-plated copper")),
    (("5 m", "15 ft"), ("10 m", "30 ft"), ("20 m", "65 ft")),
    (12, 79),
)
RCA = Ware(
    "rca",
    ("câble RCA", "RCA cable"),
    (("câble cinch", "cordon RCA"), ("RCA interconnect", "phono lead")),
    "m",
    "",
    (),
    (("0,5 m", "1.5 ft"), ("1 m", "3 ft"), ("2 m", "6 ft")),
    (9, 59),
)
AMPLIFIER = Ware(
    "amplifier",
    ("amplificateur intégré", "integrated amplifier"),
    (("ampli", "ampli hi-fi"), ("amp", "stereo amplifier")),
    "m",
    "colour",
    (("noir", "black"), ("argent", "silver")),
    (("2 x 50 W", "2 x 50 W"), ("2 x 80 W", "2 x 80 W"), ("2 x 120 W", "2 x 120 W")),
    (249, 1290),
)
SUBWOOFER = Ware(
    "subwoofer",
    ("caisson de basses", "subwoofer"),
    (("caisson", "sub"), ("sub", "bass speaker")),
    "m",
    "colour",
    (("noir", "black"), ("blanc", "white")),
    (("8 pouces", "8 in"), ("10 pouces", "10 in"), ("12 pouces", "12 in")),
    (199, 790),
)
SLEEVES = Ware(
    "record_sleeves",
    ("pochettes vinyle", "record sleeves"),
    (("pochettes de disques", "sous-pochettes"), ("vinyl sleeves", "LP sleeves")),
    "fp",
    "style",
    (("intérieures antistatiques", "antistatic inner"), ("extérieures PVC", "PVC outer")),
    (("12 pouces lot de 50", "12 in 50 pack"), ("7 pouces lot de 100", "7 in 100 pack")),
    (9, 34),
)
CARTRIDGE = Ware(
    "phono_cartridge",
    ("cellule phono", "phono cartridge"),
    (("cellule", "tête de lecture"), ("turntable cartridge", "needle cartridge")),
    "f",
    "stylus",
    (("diamant elliptique", "elliptical stylus"), ("diamant conique", "conical stylus")),
    (("MM", "MM"), ("MC", "MC")),
    (39, 420),
)

HIFI = Trade(
    kind="hifi",
    makers=(
        Maker(
            "Audiolithe",
            "fr",
            "",
            (("audio lit", "au dio lithe"), ("audio lift", "audio lead")),
            ("turntable", "phono_cartridge", "amplifier"),
        ),
        Maker(
            "Sorbier Acoustique",
            "fr",
            "Sorbier",
            (
                ("sorbet acoustique", "sort biais acoustique"),
                ("sir bee acoustic", "sorby acoustic"),
            ),
            ("bookshelf", "subwoofer", "speaker_cable"),
        ),
        Maker(
            "Halloran & Kemp",
            "en",
            "Halloran",
            (
                ("à l'aurore et quempe", "hallo rannes et kemp"),
                ("hollow ran and camp", "halloran in kemp"),
            ),
            ("amplifier", "bookshelf", "turntable"),
        ),
        Maker(
            "Spinwell",
            "en",
            "",
            (("spine ouelle", "spin ouel"), ("spin well", "spinwheel")),
            ("record_sleeves", "phono_cartridge", "rca", "turntable"),
        ),
        Maker(
            "Maison Ombrelune",
            "fr",
            "Ombrelune",
            (
                ("maison ombre lune", "maison hombre lune"),
                ("mason omber loon", "may zone umbrella noon"),
            ),
            ("subwoofer", "bookshelf"),
        ),
        Maker(
            "D'Aurignac Audio",
            "fr",
            "D'Aurignac",
            (("d'or ignac audio", "dorignac audio"), ("door in yak audio", "the oreo knack audio")),
            ("speaker_cable", "rca", "record_sleeves"),
        ),
    ),
    wares=(TURNTABLE, BOOKSHELF, SPEAKER_CABLE, RCA, AMPLIFIER, SUBWOOFER, SLEEVES, CARTRIDGE),
    unsold=(
        "Resonnaz",
        "Sonalys",
        "Hexley Sound",
        "Maison Tourneval",
        "Brightcone",
        "Vellacourt Acoustics",
    ),
    unstocked=(
        ("lecteur CD", "CD player"),
        ("tuner FM", "FM tuner"),
        ("barre de son", "soundbar"),
        ("platine cassette", "cassette deck"),
        ("préampli phono", "phono preamp"),
        ("casque hi-fi", "hi-fi headphones"),
        ("égaliseur graphique", "graphic equalizer"),
    ),
    titles=(
        (
            "{brand} {Noun} {value} {size}",
            "{Noun} {brand} {short} - {value}",
            "{BRAND} {noun} {value}, {short}",
        ),
        (
            "{brand} {Noun} {size}, {Value}",
            "{Value} {Noun} {short} by {brand}",
            "{BRAND} {Noun} - {short} - {Value}",
        ),
    ),
    short=(
        ((" pouces", '"'), (" m", "m"), ("tours", "t"), ("lot de ", "x")),
        ((" in", '"'), (" ft", "ft"), ("rpm", "RPM")),
    ),
)
