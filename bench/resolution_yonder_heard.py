"""What the recognisers of the *yonder* half (:mod:`bench.resolution_yonder_ear`) write for words
they heard right: near-sounds and homophones of the shops' words (``HEARD``), words of the other
language the feeds use as they are (``LOANWORDS``: "saucisson" in an American butcher's feed,
« Fresh Linen » in a French candle shop's), numbers heard as other words (``NUMBERS``), letters
spelt (``LETTERS``). Keys are folded: lower case, no accents."""

from __future__ import annotations

HEARD: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        # butcher
        "jambon": ("jean bon", "jambons"), "tranches": ("tranche", "transe"),
        "saucisson": ("saucissons", "sauce isson"), "saucisses": ("saucisse", "sauce cisse"),
        "noisettes": ("noisette",), "figue": ("figues", "fig"), "toulouse": ("tout louse",),
        "morteau": ("mortaux", "mort tôt"), "merguez": ("mergueze", "mère guez"),
        "chipolatas": ("chipolata", "chipo latta"), "roti": ("rôtie", "rôtis"),
        "porc": ("port", "pore"), "boeuf": ("beuf", "bœufs"), "veau": ("vos", "vaut"),
        "dinde": ("dindes", "d'inde"), "hache": ("hachés", "à ché"), "campagne": ("compagne",),
        "terrine": ("terrines", "terre rine"), "sanglier": ("sangliers", "sans glier"),
        "canard": ("canards", "qu'a nard"), "rillettes": ("rillette", "riz yette"),
        "oie": ("oies", "ouah"), "lardons": ("lardon", "lard dont"), "fumes": ("fumée", "fumer"),
        "fume": ("fumée", "fumer"), "montagne": ("montagnes",), "bayonne": ("baillonne", "bayon"),
        "affine": ("affinée", "a fine et"), "mois": ("moi",), "herbes": ("herbe", "airbe"),
        "superieur": ("supérieure",), "beaufort": ("beau fort",), "poivre": ("poivres",),
        # luggage
        "valise": ("valises", "va lise"), "rigide": ("rigides",), "souple": ("souples",),
        "cabine": ("cabines", "qu'a bine"), "sac": ("sacs", "sacre"), "voyage": ("voyages",),
        "trousse": ("trousses", "trou ce"), "toilette": ("toilettes",),
        "cadenas": ("cade nas", "cadena"), "coussin": ("cousin", "coussins"),
        "housse": ("house", "ouce"), "cubes": ("cube",), "rangement": ("rangements",),
        "cuir": ("cuire", "cuirs"), "toile": ("toiles",), "ciree": ("ciré", "sirée"),
        "nylon": ("nilon", "ni long"), "sauge": ("sauges", "so je"), "nuit": ("nuits", "nuis"),
        "terracotta": ("terre à cotta", "terra cota"), "kaki": ("kakis", "qu'a qui"),
        "gonflable": ("gonflables",), "microbilles": ("micro billes",),
        "rayures": ("rayure", "ray ure"), "polochon": ("polo chon",), "moyenne": ("moyen",),
        "coque": ("coq", "coques"), "roulettes": ("roulette",), "trolley": ("trolet", "trollé"),
        # candles
        "bougie": ("bougies", "bout gît"), "parfumee": ("parfumé", "parfumer"),
        "meche": ("mèches", "maiche"), "bois": ("boit", "boa"), "oranger": ("orangé",),
        "santal": ("santale", "sans tal"), "ambre": ("ambres", "en bre"),
        "vanille": ("vanilles", "va nille"), "diffuseur": ("diffuseurs", "dit fuseur"),
        "batons": ("bâton", "bas tons"), "recharge": ("recharges", "re charge"),
        "fondants": ("fondant", "fond dans"), "ceramique": ("céramiques",),
        "verre": ("vert", "ver"), "souffle": ("soufflée",), "electrique": ("électriques",),
        "brume": ("brumes",), "eteignoir": ("éteignoirs", "et teignoir"),
        "chauffe": ("chauffent", "chauffes"), "plat": ("plats", "pla"), "crepite": ("crépitent",),
        "mat": ("mate", "mât"), "cloche": ("cloches",),
        # plumbing
        "coude": ("coudes", "coud"), "te": ("thé", "tes"), "manchon": ("manchons", "man chon"),
        "femelle": ("femelles", "fais mel"), "laiton": ("les tons", "laitons"),
        "galvanise": ("galvanisée",), "inox": ("inoxe", "i nox"), "pouce": ("pouces", "pousse"),
        "demi": ("demie",), "quarts": ("quart", "car"), "vanne": ("vannes", "van"),
        "sphere": ("sphères",), "papillon": ("papillons",), "levier": ("leviers", "le vier"),
        "cuivre": ("cuivres",), "tube": ("tubes",), "flexible": ("flexibles",),
        "tresse": ("tressés",), "siphon": ("siphons", "si fond"), "lavabo": ("lavabos", "lava beau"),
        "evier": ("éviers", "et vier"), "teflon": ("t flon", "tes flon"), "ruban": ("rubans",),
        "rouge": ("rouges",), "bleu": ("bleus",), "degres": ("degré",), "male": ("mal", "malle"),
        "robinet": ("robinets",), "arret": ("arrêts", "à rai"), "diametre": ("diamètres",),
        # sizes
        "grammes": ("gramme", "grand"), "kilo": ("kilos", "qui lo"), "litres": ("litre", "lit"),
        "centimetres": ("centimètre", "santi mètres"), "millimetres": ("millimètre", "mini mètres"),
        "boite": ("boîtes", "boit"), "format": ("formats",), "modele": ("modèles",),
    },
    "en": {
        # butcher
        "ham": ("hum", "hem"), "cooked": ("cook", "cookt"), "slices": ("slice", "lices"),
        "premium": ("premiums",), "herb": ("erb", "herbs"), "smoked": ("smoke", "smoky"),
        "cured": ("cure", "cute"), "mountain": ("mountin",), "aged": ("age",),
        "sausages": ("sausage", "saw sages"), "sausage": ("sausages",),
        "toulouse": ("too loose", "to lose"), "roast": ("rost", "roasts"),
        "pork": ("porch", "poke"), "beef": ("beep",), "veal": ("veil", "vale"),
        "turkey": ("turkeys",), "patties": ("patty", "pat ease"), "lean": ("lien", "leen"),
        "ground": ("grown", "round"), "country": ("countries",),
        "peppercorn": ("pepper corn",), "duck": ("duct", "dock"), "boar": ("bore", "boor"),
        "goose": ("goos",), "bacon": ("baking", "bake on"), "diced": ("dice",),
        "unsmoked": ("un smoked",), "hazelnut": ("hazel nut",), "pepper": ("pepa",),
        "fig": ("figs",), "salami": ("salamis", "sa lami"),
        # luggage
        "suitcase": ("suit case", "suitcases"), "hardside": ("hard side", "hard sided"),
        "softside": ("soft side", "soft sided"), "spinner": ("spinners", "spin her"),
        "carry": ("carrie", "kerry"), "duffel": ("duffle", "duffels"),
        "backpack": ("back pack",), "toiletry": ("toiletries", "toilet tree"),
        "dopp": ("dop", "dob"), "lock": ("locks", "lok"), "combination": ("combinations",),
        "keyed": ("keys", "key'd"), "pillow": ("pillows",), "foam": ("phone", "form"),
        "inflatable": ("inflatables",), "microbead": ("micro bead",), "cover": ("covers",),
        "stripes": ("stripe",), "cubes": ("cube", "queues"), "leather": ("lether",),
        "canvas": ("canvass",), "nylon": ("nile on",), "midnight": ("mid night",),
        "sage": ("saige", "stage"), "terracotta": ("terra cotta",), "silver": ("silvers",),
        "sand": ("sands",), "khaki": ("car key", "kakhi"), "weekender": ("weekend her",),
        # candles
        "candle": ("candles", "can dull"), "scented": ("cented", "scent it"),
        "wooden": ("would in",), "wick": ("wicks", "wig"), "crackling": ("crack ling",),
        "tealights": ("tea lights",), "unscented": ("un scented",), "reed": ("read", "reid"),
        "diffuser": ("defuser", "diffusor"), "refill": ("re fill",), "melts": ("melt", "meltz"),
        "warmer": ("warmers", "wormer"), "ceramic": ("ceramics",), "blown": ("blow in",),
        "glass": ("class",), "electric": ("electrics",), "mist": ("missed",),
        "spray": ("sprays",), "snuffer": ("snuff her", "stuffer"), "matte": ("mat", "matt"),
        "sandalwood": ("sandal wood",), "amber": ("ambar",), "blossom": ("blossoms",),
        "vanilla": ("vanila",), "linen": ("linnen", "lennon"), "salt": ("sault",),
        # plumbing
        "elbow": ("elbows", "el bow"), "tee": ("tea", "t"), "coupling": ("couplings", "cupping"),
        "fitting": ("fittings",), "female": ("females",), "brass": ("bras",),
        "galvanized": ("galvanised",), "stainless": ("stain less",), "valve": ("valves", "value"),
        "ball": ("bowl", "bal"), "lever": ("leaver",), "handle": ("handel",),
        "butterfly": ("butter fly",), "copper": ("coppers", "cop her"), "pipe": ("pipes",),
        "tubing": ("tubbing",), "braided": ("braded", "breaded"), "supply": ("supplies",),
        "line": ("lines",), "trap": ("traps", "trapped"), "sink": ("sync", "zinc"),
        "kitchen": ("kitchens",), "tape": ("taped",), "teflon": ("tephlon",),
        # sizes
        "quarter": ("quarters", "quarte"), "half": ("have",), "inch": ("inches", "itch"),
        "eighths": ("eights",), "foot": ("feet",), "ounce": ("ounces", "ounds"),
        "pounds": ("pound", "pounce"), "liter": ("liters", "leader"), "pack": ("pac", "packed"),
    },
}  # fmt: skip

LOANWORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "fresh": ("frèche", "fraîche"), "linen": ("linène", "line haine"), "sea": ("si", "scie"),
        "salt": ("solte", "salte"), "trolley": ("trolet", "troll et"),
        "medium": ("médium", "mé dium"), "small": ("smol", "smalle"),
    },
    "en": {
        "saucisson": ("so see son", "saucy son"), "rillettes": ("real et", "really et"),
        "rillette": ("real et",), "pate": ("pat a", "patty"), "lardons": ("lard ons", "lard on"),
        "morteau": ("more toe", "mort oh"), "bayonne": ("buy on", "bay own"),
        "merguez": ("mer gez", "mare gay"), "chipolata": ("chip a lotta",),
        "chipolatas": ("chip a lottas",), "terrine": ("terrain", "tureen"),
        "beaufort": ("bow for", "bo fort"), "feu": ("foo", "few"), "bois": ("bwa", "boys"),
        "de": ("duh",), "toulouse": ("too lose",), "dopp": ("dop",),
    },
}  # fmt: skip

NUMBERS: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {"cent": ("sans", "sang"), "cents": ("sans",), "vingt": ("vin", "vain"),
           "six": ("scie", "si"), "dix": ("dis",), "deux": ("de", "d'eux"), "huit": ("oui",),
           "trois": ("troie",), "quatre": ("cat",), "cinq": ("saint",), "sept": ("cette",),
           "trente": ("trentes",), "quinze": ("kinze",), "douze": ("douce",)},
    "en": {"two": ("to", "too"), "four": ("for",), "eight": ("ate",), "one": ("won",),
           "ten": ("tin",), "twenty": ("twenny",), "hundred": ("hunnert",), "five": ("fife",)},
}  # fmt: skip

LETTERS: dict[str, dict[str, str]] = {
    "fr": {"a": "a", "c": "cé", "d": "dé", "e": "e", "f": "effe", "n": "enne", "p": "pé",
           "r": "erre", "s": "esse", "t": "té", "v": "vé", "x": "ixe", "m": "emme", "l": "elle"},
    "en": {"a": "a", "c": "see", "d": "dee", "e": "e", "f": "eff", "n": "en", "p": "pee",
           "r": "are", "s": "ess", "t": "tee", "v": "vee", "x": "ex", "m": "em", "l": "el"},
}  # fmt: skip
ACRONYMS = {"tsa", "ptfe", "per", "pex", "dn", "pvc", "mg"}
