"""The remote half's musical-instrument-accessories shop: strings by gauge
(:mod:`bench.resolution_remote_strings`), reeds by strength, picks by thickness, drumsticks by
model, capos, rosin, straps and leads, from six makers of its own. Sizes are said the way players
say them (« force deux et demi », "zero point seven three", "seven a")."""

from __future__ import annotations

from bench.resolution_remote_model import Maker, Trade, Ware, term
from bench.resolution_remote_strings import STRINGS

_COLOURS = (
    term("noir", "Black"),
    term("rouge", "Red", ("rouge",), ("red",)),
    term("écaille", "Tortoise", ("écaille", "façon écaille"), ("tortoise", "tortoise shell")),
)

WARES = (
    *STRINGS,
    Ware(
        "alto_reeds",
        term(
            "anches saxophone alto",
            "Alto Saxophone Reeds",
            ("anches de saxophone alto", "anches sax alto", "anches pour sax alto"),
            ("alto sax reeds", "alto saxophone reeds", "reeds for alto sax"),
        ),
        "",
        (),
        (
            term("force 2", "Strength 2", ("force 2",), ("strength 2", "number 2")),
            term(
                "force 2,5",
                "Strength 2.5",
                ("force 2,5", "force 2 et demi"),
                ("strength 2.5", "2 and a half strength"),
            ),
            term("force 3", "Strength 3", ("force 3", "numéro 3"), ("strength 3",)),
        ),
        2190,
        ("Canne taillée en France.", "Cane cut in France."),
        pack=("boîte de 10", "Box of 10"),
        unmade_sizes=(term("force 4", "Strength 4", ("force 4",), ("strength 4",)),),
    ),
    Ware(
        "clarinet_reeds",
        term(
            "anches clarinette si bémol",
            "Bb Clarinet Reeds",
            ("anches de clarinette", "anches clarinette si bémol"),
            ("clarinet reeds", "b flat clarinet reeds"),
        ),
        "",
        (),
        (
            term("force 2", "Strength 2", ("force 2",), ("strength 2",)),
            term(
                "force 2,5",
                "Strength 2.5",
                ("force 2,5", "force 2 et demi"),
                ("strength 2.5", "2 and a half"),
            ),
            term(
                "force 3,5",
                "Strength 3.5",
                ("force 3,5", "3 et demi"),
                ("strength 3.5", "3 and a half"),
            ),
        ),
        1890,
        ("Coupe française, pointe fine.", "French cut, thin tip."),
        pack=("boîte de 10", "Box of 10"),
    ),
    Ware(
        "picks",
        term(
            "médiators",
            "Guitar Picks",
            ("médiators", "médiators de guitare", "plectres"),
            ("picks", "guitar picks", "plectrums"),
        ),
        "color",
        _COLOURS,
        (
            term("0,46 mm", "0.46 mm", ("0,46 mm", "0,46")),
            term("0,73 mm", "0.73 mm", ("0,73 mm", "0,73")),
            term("0,88 mm", "0.88 mm"),
            term("1 mm", "1.0 mm", ("1 mm",), ("1 mm", "1 millimeter")),
        ),
        390,
        ("Celluloïd, prise antidérapante.", "Celluloid, non-slip grip."),
        pack=("sachet de 12", "12-Pack"),
        link=("couleur|", ""),
        unmade_sizes=(term("1,5 mm", "1.5 mm"),),
    ),
    Ware(
        "drumsticks",
        term(
            "baguettes de batterie",
            "Drumsticks",
            ("baguettes de batterie", "baguettes"),
            ("drumsticks", "drum sticks"),
        ),
        "tip",
        (term("olive bois", "Wood Tip"), term("olive nylon", "Nylon Tip")),
        (term("5A", "5A"), term("7A", "7A"), term("5B", "5B"), term("2B", "2B")),
        1190,
        ("Hickory, la paire.", "Hickory, one pair."),
        link=("", ""),
        value_first_en=False,
        unmade_sizes=(term("8D", "8D"),),
    ),
    Ware(
        "capo",
        term("capodastre", "Guitar Capo", ("capodastre", "capo"), ("capo", "guitar capo")),
        "color",
        (term("noir", "Black"), term("argent", "Silver"), term("doré", "Gold")),
        (
            term(
                "guitare 6 cordes",
                "6-String Guitar",
                ("pour guitare 6 cordes", "guitare 6 cordes"),
                ("for 6 string guitar",),
            ),
            term(
                "guitare classique",
                "Classical Guitar",
                ("pour guitare classique",),
                ("for classical guitar", "classical"),
            ),
            term("ukulélé", "Ukulele", ("pour ukulélé",), ("ukulele", "for ukulele")),
        ),
        1490,
        ("Pince à ressort, une main.", "Spring clamp, one-handed."),
        unmade_values=(term("rose", "Pink"),),
    ),
    Ware(
        "rosin",
        term("colophane", "Rosin", ("colophane",), ("rosin", "bow rosin")),
        "shade",
        (term("claire", "Light"), term("foncée", "Dark", ("foncée", "sombre"))),
        (
            term("violon", "Violin", ("violon", "pour violon"), ("violin", "for violin")),
            term(
                "violoncelle", "Cello", ("violoncelle", "pour violoncelle"), ("cello", "for cello")
            ),
        ),
        690,
        ("Pain coulé à la main.", "Hand-poured cake."),
    ),
    Ware(
        "strap",
        term(
            "sangle guitare",
            "Guitar Strap",
            ("sangle de guitare", "sangle"),
            ("guitar strap", "strap"),
        ),
        "color",
        (term("noir", "Black"), term("marron", "Brown"), term("rouge", "Red")),
        (
            term("5 cm", "2 in", ("5 cm",), ("2 in", "2 inch")),
            term("7 cm", "3 in", ("7 cm",), ("3 in", "3 inch")),
        ),
        1690,
        ("Cuir souple, réglable.", "Soft leather, adjustable."),
    ),
    Ware(
        "cable",
        term(
            "câble instrument jack",
            "Instrument Cable",
            ("câble jack", "câble pour guitare", "câble instrument"),
            ("instrument cable", "guitar cable", "guitar lead"),
        ),
        "plugs",
        (
            term("droit/droit", "Straight/Straight", ("droit droit",), ("straight straight",)),
            term("droit/coudé", "Straight/Angled", ("droit coudé",), ("straight angled", "angled")),
        ),
        (term("3 m", "10 ft"), term("6 m", "20 ft")),
        1290,
        ("Jack 6,35 mm, gaine tressée.", "1/4 in jacks, braided jacket."),
    ),
)

MAKERS = (
    Maker(
        "Corduval",
        "fr",
        "lead",
        (("corps du val", "cor duval", "cordu val"), ("cord you vol", "core duval", "cordoval")),
    ),
    Maker(
        "Luthiers de Mirecourt",
        "fr",
        "tail",
        (
            ("luthier de mire court", "lutiers de mirecour"),
            ("loo tea a de meer court", "luthiers de mere court"),
        ),
        "Mirecourt",
    ),
    Maker("Brassmoor", "en", "caps", (("brasse mour", "brass mort"), ("brass moor", "brass more"))),
    Maker(
        "Kellervox", "en", "dash", (("keller vox", "quelle air vox"), ("keller box", "cellar vox"))
    ),
    Maker("Cantarelle", "fr", "inner", (("quand ta elle", "cantarel"), ("canter el", "cantarell"))),
    Maker(
        "TwangWorks",
        "en",
        "bar",
        (("twangue works", "twang ouorks"), ("twang works", "twain works")),
    ),
)

MUSIC = Trade(
    "music",
    MAKERS,
    WARES,
    unsold=(
        "Harpelune",
        "Strummax",
        "Clefwood",
        "Ottavio Fratelli",
        "Vibrafort",
        "Lutherie Rochambel",
    ),
    unstocked=(
        ("métronome", "metronome"),
        ("pupitre", "music stand"),
        ("housse de guitare", "guitar gig bag"),
        ("accordeur à pince", "clip-on tuner"),
        ("sourdine de trompette", "trumpet mute"),
        ("pédale d'effet", "effects pedal"),
        ("peaux de batterie", "drum heads"),
        ("archet de violon", "violin bow"),
    ),
    grouped=True,
)
