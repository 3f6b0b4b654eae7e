"""The distant half's printer-ink-and-office-paper shop: its makers, wares and feed titles."""

from __future__ import annotations

from bench.resolution_distant_model import Maker, Trade, Ware

INKS = (
    ("noir", "black"),
    ("trois couleurs", "tri-color"),
    ("cyan", "cyan"),
    ("magenta", "magenta"),
    ("jaune", "yellow"),
)

CARTRIDGE = Ware(
    "cartridge",
    ("cartouche d'encre", "ink cartridge"),
    (("cartouche", "encre pour imprimante"), ("printer ink", "ink")),
    "f",
    "colour",
    INKS,
    (("304", "304"), ("304XL", "304XL"), ("62XL", "62XL"), ("953XL", "953XL")),
    (9, 46),
)
TONER = Ware(
    "toner",
    ("toner", "toner cartridge"),
    (("cartouche de toner", "cartouche laser"), ("toner", "laser cartridge")),
    "m",
    "colour",
    (INKS[0], *INKS[2:]),
    (("TN-2420", "TN-2420"), ("TN-247", "TN-247"), ("CF259X", "CF259X")),
    (29, 119),
)
COPY = Ware(
    "copy",
    ("ramette de papier", "copy paper"),
    (("papier imprimante", "rame de papier"), ("printer paper", "ream of paper")),
    "f",
    "weight",
    (("80 g/m²", "20 lb"), ("90 g/m²", "24 lb"), ("120 g/m²", "32 lb")),
    (
        ("A4 500 feuilles", "Letter 500 sheets"),
        ("A3 500 feuilles", "Ledger 500 sheets"),
        ("A4 2500 feuilles", "Letter 2500 sheets"),
    ),
    (5, 39),
)
PHOTO = Ware(
    "photo",
    ("papier photo", "photo paper"),
    (("papier photographique", "papier pour photos"), ("photographic paper", "picture paper")),
    "m",
    "finish",
    (("brillant", "glossy"), ("mat", "matte"), ("satiné", "satin")),
    (
        ("10 x 15 cm 50 feuilles", "4 x 6 in 50 sheets"),
        ("13 x 18 cm 25 feuilles", "5 x 7 in 25 sheets"),
        ("A4 20 feuilles", "8.5 x 11 in 20 sheets"),
    ),
    (6, 24),
)
LABELS = Ware(
    "labels",
    ("étiquettes adresse", "address labels"),
    (
        ("étiquettes autocollantes", "étiquettes pour courrier"),
        ("mailing labels", "sticker labels"),
    ),
    "fp",
    "colour",
    (("blanc", "white"), ("transparent", "clear")),
    (
        ("63,5 x 38,1 mm", "2-5/8 x 1 in"),
        ("99,1 x 38,1 mm", "4 x 1-1/3 in"),
        ("38,1 x 21,2 mm", "1-1/2 x 3/4 in"),
    ),
    (7, 26),
)
ENVELOPES = Ware(
    "envelopes",
    ("enveloppes", "envelopes"),
    (("enveloppes courrier", "enveloppes postales"), ("mailing envelopes", "business envelopes")),
    "fp",
    "window",
    (("avec fenêtre", "with window"), ("sans fenêtre", "no window")),
    (
        ("DL 110 x 220 mm", "No. 10"),
        ("C5 162 x 229 mm", "6 x 9 in"),
        ("C4 229 x 324 mm", "9 x 12 in"),
    ),
    (4, 21),
)
REFILL = Ware(
    "refill",
    ("kit de recharge", "ink refill kit"),
    (("flacon d'encre", "encre en bouteille"), ("refill ink", "ink bottle")),
    "m",
    "colour",
    (INKS[0], *INKS[2:]),
    (("70 ml", "2.4 fl oz"), ("100 ml", "3.4 fl oz")),
    (8, 27),
)

OFFICE = Trade(
    kind="office",
    makers=(
        Maker(
            "Inkwright",
            "en",
            "",
            (("inque raïte", "hein rite"), ("ink right", "inc write")),
            ("cartridge", "refill", "toner"),
        ),
        Maker(
            "Chromelle & Associés",
            "fr",
            "Chromelle",
            (
                ("crome aile et associés", "chrome elle associé"),
                ("chrome el and associates", "crow mel associate"),
            ),
            ("cartridge", "refill", "photo"),
        ),
        Maker(
            "Papeteries Vaunoise",
            "fr",
            "Vaunoise",
            (
                ("papeterie vau noise", "papeteries vos noises"),
                ("papa tree von wahz", "paper trees vaughn was"),
            ),
            ("copy", "envelopes", "labels"),
        ),
        Maker(
            "Printhaven",
            "en",
            "",
            (("prinz avène", "printe havène"), ("print haven", "prin heaven")),
            ("toner", "copy", "photo"),
        ),
        Maker(
            "Cartex-Duroy",
            "fr",
            "Cartex",
            (("carte ex du roi", "cartex du roi"), ("car tex do roy", "cartex the roy")),
            ("cartridge", "toner", "labels"),
        ),
        Maker(
            "Greyfield Stationers",
            "en",
            "Greyfield",
            (
                ("gré filde stéchionnaires", "grey field station air"),
                ("gray field stationers", "grayfield stationery"),
            ),
            ("envelopes", "copy", "labels"),
        ),
    ),
    wares=(CARTRIDGE, TONER, COPY, PHOTO, LABELS, ENVELOPES, REFILL),
    unsold=(
        "Encrevia",
        "Quillmoor",
        "Sauveterre Encres",
        "Laserbridge",
        "Imprimerie Morvaine",
        "Sheetwell",
    ),
    unstocked=(
        ("imprimante laser", "laser printer"),
        ("tambour d'imagerie", "drum unit"),
        ("papier thermique", "thermal paper roll"),
        ("plastifieuse", "laminator"),
        ("ruban encreur", "typewriter ribbon"),
        ("papier carbone", "carbon paper"),
        ("pochettes de plastification", "laminating pouches"),
    ),
    titles=(
        (
            "{brand} {Noun} {value} {size}",
            "{Noun} {size} {value} - {brand}",
            "{brand} – {Noun} {short}, {value}",
        ),
        (
            "{brand} {Noun} {size} {Value}",
            "{Value} {Noun}, {short} - {brand}",
            "{brand} {Noun} - {Value} - {short}",
        ),
    ),
    short=(
        (("feuilles", "f."), (" mm", "mm")),
        (("sheets", "sh."), ("fl oz", "fl. oz")),
    ),
)
