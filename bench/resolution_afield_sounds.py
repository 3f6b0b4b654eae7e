"""What the recogniser of the *afield* half (:mod:`bench.resolution_afield_ear`) writes for words
it mishears: words that sound like others (« ancre » → « encre », "kiln" → "kill"), spellings by
sound (« qu » → « k », "tion" → "shun"), and the figures it writes for each number word.
"""

from __future__ import annotations

# What each recogniser writes for a word that sounds like another.
SOUNDALIKES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "mousqueton": ("mousse queton",), "dégaine": ("des gaines",), "casque": ("casse que",),
        "piolet": ("pio lait",), "baudrier": ("beau drier",), "chaussons": ("chaud son",),
        "lacets": ("lassé",), "cuir": ("qui re",), "argile": ("art gile",), "émail": ("et mail",),
        "engobe": ("en gobe",), "grès": ("gré",), "cônes": ("cône",), "estèque": ("est tèque",),
        "pinceau": ("pain sot",), "boucle": ("bouc le",), "verre": ("vert", "vers"),
        "saphir": ("sa fir",), "barrettes": ("barète",), "couronne": ("cour aune",),
        "manille": ("ma nille",), "taquet": ("taquer",), "ancre": ("encre",),
        "chaîne": ("chaînes",), "poulie": ("pouli",), "feu": ("feux",), "gilet": ("gilles",),
        "manivelle": ("mani vel",), "vingt": ("vint",), "cent": ("s'en",), "huit": ("wit",),
        "mètres": ("maître",), "six": ("cis",), "dix": ("dice",), "cinq": ("sein",),
        "trois": ("troy",), "sangle": ("sang gle",), "crampons": ("cran pont",),
        "magnésie": ("magne ésie",), "tournassin": ("tourne assin",), "noir": ("noire",),
        "havane": ("a vanne",), "kaki": ("ka qui",), "lyre": ("lire",), "mousse": ("mous",),
        "bâbord": ("bas bord",), "tribord": ("tri bord",), "entrecorne": ("entre cornes",),
    },
    "en": {
        "carabiner": ("carry biner",), "quickdraw": ("quick drawer",), "harness": ("hardness",),
        "chalk": ("chock",), "axe": ("acts",), "helmet": ("hel mitt",), "runner": ("rudder",),
        "glaze": ("glass",), "slip": ("sleep",), "kiln": ("kill",), "shelf": ("shelve",),
        "rib": ("rip",), "brush": ("brash",), "wire": ("why are",), "cones": ("comes",),
        "strap": ("strop",), "buckle": ("buckled",), "crystal": ("cristal",), "crown": ("clown",),
        "movement": ("move meant",), "battery": ("batter e",), "bars": ("bras",),
        "shackle": ("shekel",), "cleat": ("clete",), "fender": ("vendor",), "anchor": ("anker",),
        "chain": ("shane",), "handle": ("hand all",), "light": ("lite",), "block": ("bloc",),
        "line": ("lion",), "jacket": ("jacky",), "two": ("to", "too",), "four": ("for",),
        "eight": ("ate",), "ten": ("tin",), "point": ("pint",), "size": ("sighs",),
        "meter": ("meet her",), "inch": ("itch",), "pound": ("pond",), "navy": ("nervy",),
        "loop": ("loupe",), "trimmer": ("trimer",), "clay": ("clave",),
        "porcelain": ("porse lane",), "stoneware": ("stone where",), "oxide": ("ox side",),
    },
}  # fmt: skip

# A word written the way it sounds: (what is written, what is heard instead).
RESPELL: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (("qu", "k"), ("eau", "o"), ("ph", "f"), ("ette", "ète"), ("ille", "ye"),
           ("gn", "ny"), ("ç", "ss"), ("ain", "in"), ("ss", "s"), ("è", "ai"), ("au", "o")),
    "en": (("ph", "f"), ("ck", "k"), ("tion", "shun"), ("ea", "ee"), ("igh", "i"),
           ("ou", "ow"), ("y", "ie"), ("er", "a"), ("ll", "l"), ("x", "ks")),
}  # fmt: skip

NUMBER_FIGURES: dict[str, dict[str, str]] = {
    "fr": {"un": "1", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "six": "6",
           "sept": "7", "huit": "8", "neuf": "9", "dix": "10", "onze": "11", "douze": "12",
           "vingt": "20", "vingts": "20", "trente": "30", "quarante": "40", "cinquante": "50",
           "soixante": "60", "cent": "100", "cents": "100", "quinze": "15", "seize": "16"},
    "en": {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
           "seven": "7", "eight": "8", "nine": "9", "ten": "10", "twenty": "20", "thirty": "30",
           "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80",
           "ninety": "90", "hundred": "100", "eleven": "11", "twelve": "12", "fifteen": "15"},
}  # fmt: skip
