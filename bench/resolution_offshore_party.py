"""Two trades of the offshore half: party supplies and picture framing (words all its own)."""

from __future__ import annotations

from bench.resolution_offshore_model import Maker, Trade, Ware

PARTY = Trade(
    kind="party",
    wares=(
        Ware(
            "balloons",
            ("ballons de baudruche", "latex balloons"),
            ("couleur", "color"),
            (
                ("or", "Gold"),
                ("argent", "Silver"),
                ("rose pastel", "Pastel Pink"),
                ("bleu nuit", "Navy Blue"),
                ("blanc", "White"),
            ),
            (("x10", "10 pk"), ("x25", "25 pk"), ("x50", "50 pk")),
            (("ballons gonflables", "ballons"), ("party balloons", "balloons")),
            counted=("ballons", "balloons"),
        ),
        Ware(
            "helium",
            ("bouteille d'hélium", "helium tank"),
            ("", ""),
            (),
            (("30 ballons", "30 balloons"), ("50 ballons", "50 balloons")),
            (("bonbonne d'hélium", "kit hélium"), ("helium cylinder", "balloon gas")),
        ),
        Ware(
            "plates",
            ("assiettes en carton", "paper plates"),
            ("couleur", "color"),
            (("blanc", "White"), ("or", "Gold"), ("rayé rose", "Pink Stripe")),
            (("18 cm", "7 in"), ("23 cm", "9 in")),
            (("assiettes jetables", "assiettes en papier"), ("disposable plates", "party plates")),
        ),
        Ware(
            "napkins",
            ("serviettes en papier", "paper napkins"),
            ("couleur", "color"),
            (
                ("or", "Gold"),
                ("argent", "Silver"),
                ("blanc", "White"),
                ("vert sauge", "Sage Green"),
            ),
            (("x20", "20 ct"), ("x50", "50 ct")),
            (("serviettes jetables", "serviettes de table"), ("party napkins", "serviettes")),
            counted=("serviettes", "napkins"),
        ),
        Ware(
            "bunting",
            ("guirlande de fanions", "pennant banner"),
            ("couleur", "color"),
            (("multicolore", "Multicolor"), ("pastel", "Pastel"), ("or", "Gold")),
            (("3 m", "10 ft"), ("5 m", "16 ft")),
            (("fanions", "guirlande drapeaux"), ("bunting", "flag banner")),
        ),
        Ware(
            "confetti",
            ("confettis de table", "table confetti"),
            ("couleur", "color"),
            (("or", "Gold"), ("argent", "Silver"), ("multicolore", "Multicolor")),
            (("15 g", "0.5 oz"), ("50 g", "1.8 oz")),
            (("confettis", "paillettes de table"), ("confetti", "table scatter")),
        ),
        Ware(
            "straws",
            ("pailles en papier", "paper straws"),
            ("motif", "pattern"),
            (("rayé rouge", "Red Stripe"), ("or", "Gold"), ("noir", "Black")),
            (("x25", "25 ct"), ("x100", "100 ct")),
            (("pailles", "pailles carton"), ("party straws", "straws")),
            counted=("pailles", "straws"),
        ),
    ),
    makers=(
        Maker("Pop'n'Glee", (("pop and glee", "popen gli"), ("pop and glee", "popping glee")), 0),
        Maker(
            "Cotillon Rivard",
            (("cotillons rivard", "coti yon rivard"), ("coat e yon reevar", "cotillion rivard")),
            2,
        ),
        Maker("Hurrah Row", (("houra rô", "hourra ro"), ("hurray row", "hurrah roe")), 1),
        Maker("Festivo", (("festi vo", "festivaux"), ("festive o", "fest evo")), 3),
        Maker(
            "Gaieté-Marlot",
            (("gaité marlot", "gaîté marlo"), ("gay et marlowe", "guetty marlot")),
            0,
        ),
        Maker("Sparkwren", (("spark reine", "sparc wren"), ("spark ran", "spark wren")), 2),
    ),
    unsold=("Merrymoss", "Lampions Sauvagnat", "Tombola Joyce"),
    unstocked=(
        ("piñata licorne", "unicorn piñata"),
        ("machine à bulles", "bubble machine"),
        ("canon à confettis", "confetti cannon"),
        ("costume de clown", "clown costume"),
        ("arche de ballons", "balloon arch kit"),
    ),
)

FRAMING = Trade(
    kind="framing",
    wares=(
        Ware(
            "frame",
            ("cadre photo", "picture frame"),
            ("finition", "finish"),
            (("chêne", "Oak"), ("noir mat", "Matte Black"), ("blanc", "White"), ("doré", "Gold")),
            (
                ("10x15 cm", "4x6 in"),
                ("13x18 cm", "5x7 in"),
                ("20x30 cm", "8x12 in"),
                ("30x40 cm", "12x16 in"),
            ),
            (("cadre pour photo", "porte-photo"), ("photo frame", "frame for photos")),
        ),
        Ware(
            "mat",
            ("passe-partout", "mat board"),
            ("couleur", "color"),
            (("blanc cassé", "Off White"), ("noir", "Black"), ("crème", "Cream")),
            (("30x40 cm", "12x16 in"), ("40x50 cm", "16x20 in")),
            (("marie-louise", "carton passe-partout"), ("picture mat", "matting")),
        ),
        Ware(
            "poster",
            ("cadre affiche", "poster frame"),
            ("finition", "finish"),
            (
                ("noir", "Black"),
                ("alu brossé", "Brushed Aluminum"),
                ("bois naturel", "Natural Wood"),
            ),
            (("50x70 cm", "20x28 in"), ("61x91 cm", "24x36 in")),
            (("cadre pour poster", "cadre poster"), ("frame for posters", "large poster frame")),
        ),
        Ware(
            "collage",
            ("cadre pêle-mêle", "collage picture frame"),
            ("couleur", "color"),
            (("blanc", "White"), ("noir", "Black")),
            (("6 vues", "6 openings"), ("10 vues", "10 openings")),
            (("pêle-mêle", "cadre multivues"), ("multi photo frame", "collage frame")),
        ),
        Ware(
            "hooks",
            ("crochets X", "picture hanging hooks"),
            ("finition", "finish"),
            (("laiton", "Brass"), ("nickelé", "Nickel")),
            (("x10", "10 pk"), ("x25", "25 pk")),
            (("crochets pour tableaux", "crochets cadre"), ("picture hooks", "frame hangers")),
            counted=("crochets", "hooks"),
        ),
        Ware(
            "shadowbox",
            ("cadre vitrine", "shadow box frame"),
            ("finition", "finish"),
            (("noir", "Black"), ("chêne", "Oak"), ("blanc", "White")),
            (("20x20 cm", "8x8 in"), ("30x30 cm", "12x12 in")),
            (("cadre profond", "cadre boîte"), ("shadow box", "deep frame")),
        ),
        Ware(
            "glass",
            ("verre anti-reflet", "non-glare glass"),
            ("", ""),
            (),
            (("30x40 cm", "12x16 in"), ("50x70 cm", "20x28 in")),
            (
                ("verre antireflet pour cadre", "verre de cadre"),
                ("anti glare glass", "picture glass"),
            ),
        ),
    ),
    makers=(
        Maker("Cimaise", (("si maise", "cimaises"), ("see maze", "seamaze")), 2),
        Maker("Frameford", (("frème forde", "frame fort"), ("frame ford", "framford")), 0),
        Maker("Encadrix", (("en cadrix", "encadriques"), ("on cad rix", "encadrics")), 1),
        Maker("Vernissage", (("verni sage", "vernissages"), ("vernie sahj", "verni sage")), 3),
        Maker(
            "Stillwater Studio",
            (
                ("stilwoteur studio", "still water studio"),
                ("still water studio", "stillwater studios"),
            ),
            0,
        ),
        Maker("Lisière", (("lisières", "lit sière"), ("lease ear", "lizzy air")), 2),
    ),
    unsold=("Hangwell", "Accroch'Art", "Pictor & Gayle"),
    unstocked=(
        ("chevalet de table", "tabletop easel"),
        ("cadre photo numérique", "digital photo frame"),
        ("album photo", "photo album"),
        ("rail de suspension", "picture rail"),
        ("baguette d'encadrement", "frame moulding"),
    ),
)
