"""What the four shops of the *stray* half sell (:mod:`bench.resolution_stray`): an épicerie fine,
a bicycle-parts shop, an essential-oils and herbalist shop and a yarn and knitting shop.

Each product type has its noun in both languages as the feed writes it, the other ways a shopper
names it (``forms``: « pneu de route », "road bike tire"), its variant values (each with the ways
it is said: a plant's common or latin name), its sizes as each trade labels them ("700x25c",
"US 6 - 4 mm", « 50 cl ») and the container a shopper counts it in (« deux pots de »).
"""

from __future__ import annotations

from dataclasses import dataclass

Pair = tuple[str, str]


@dataclass(frozen=True)
class Value:
    """A variant value: its feed words in each language and the other ways it is said."""

    fr: str
    en: str
    fr_forms: tuple[str, ...] = ()
    en_forms: tuple[str, ...] = ()
    latin: str = ""  # a plant's latin name, in both titles, said by some shoppers


@dataclass(frozen=True)
class Kind:
    fr: str
    en: str
    values: tuple[Value, ...]
    sizes: tuple[Pair, ...]
    fr_forms: tuple[str, ...] = ()
    en_forms: tuple[str, ...] = ()
    container: Pair = ("", "")  # « pot » / "jar": « deux pots de moutarde »
    en_value_first: bool = True  # "whole grain mustard", not "mustard whole grain"
    measured: bool = True  # sizes comparable: « le grand pot » means the largest


def _v(fr: str, en: str, *forms: str, latin: str = "") -> Value:
    """A value; ``forms`` are more French ways then English ones, split at ``|``."""
    joined = "|".join(forms)
    fr_part, _, en_part = joined.partition("||") if "||" in joined else (joined, "", "")
    fr_forms = tuple(f for f in fr_part.split("|") if f)
    en_forms = tuple(f for f in en_part.split("|") if f)
    return Value(fr, en, fr_forms, en_forms, latin)


EPICERIE = (
    Kind(
        "moutarde",
        "mustard",
        (
            _v("à l'ancienne", "whole grain", "en grains||wholegrain|old style"),
            _v("de Dijon", "Dijon", "forte de dijon"),
            _v("au miel", "honey"),
            _v("à l'estragon", "tarragon"),
            _v("au cassis", "blackcurrant", "||black currant"),
        ),
        (("105 g", "3.7 oz"), ("210 g", "7.4 oz"), ("500 g", "17.6 oz")),
        container=("pot", "jar"),
    ),
    Kind(
        "huile d'olive vierge extra",
        "extra virgin olive oil",
        (
            _v("Aglandau", "Aglandau", "aglandau||aglandau"),
            _v("Picholine", "Picholine", "picholine||picholine"),
            _v("Cailletier", "Cailletier", "cailletier|niçoise||nicoise"),
            _v("fruité noir", "mellow black fruity", "fruite noir||black fruity"),
        ),
        (("25 cl", "250 ml"), ("50 cl", "500 ml"), ("75 cl", "750 ml"), ("1 l", "1 l")),
        fr_forms=("huile d'olive", "huile d'olive extra vierge", "huile olive"),
        en_forms=("olive oil", "evoo"),
        container=("bouteille", "bottle"),
        en_value_first=True,
    ),
    Kind(
        "vinaigre",
        "vinegar",
        (
            _v("balsamique de Modène", "balsamic of Modena", "balsamique||balsamic"),
            _v("de Xérès", "sherry", "de xeres"),
            _v("de cidre", "apple cider", "||cider"),
            _v("de vin rouge", "red wine"),
            _v("à la framboise", "raspberry"),
        ),
        (("25 cl", "250 ml"), ("50 cl", "500 ml")),
        container=("bouteille", "bottle"),
    ),
    Kind(
        "huile vierge",
        "virgin oil",
        (
            _v("de noix", "walnut"),
            _v("de noisette", "hazelnut"),
            _v("de sésame grillé", "toasted sesame", "de sesame grille|de sésame||sesame"),
            _v("de colza", "canola", "||rapeseed"),
        ),
        (("25 cl", "250 ml"), ("50 cl", "500 ml")),
        fr_forms=("huile",),
        en_forms=("oil",),
        container=("bouteille", "bottle"),
    ),
    Kind(
        "fleur de sel",
        "fleur de sel",
        (
            _v("nature", "plain", "||natural"),
            _v("aux algues", "seaweed", "||with seaweed"),
            _v("au piment d'Espelette", "Espelette pepper", "au piment||with espelette pepper"),
            _v("fumée", "smoked", "fumee"),
        ),
        (("125 g", "4.4 oz"), ("250 g", "8.8 oz")),
        en_forms=("flower of salt",),
        container=("boîte", "tin"),
    ),
    Kind(
        "poivre en grains",
        "whole peppercorns",
        (
            _v("noir de Kampot", "Kampot black", "de kampot||kampot"),
            _v("de Timut", "Timut", "timut"),
            _v("blanc de Penja", "Penja white", "de penja||penja"),
            _v("de Sichuan", "Sichuan", "du sichuan||szechuan"),
        ),
        (("50 g", "1.8 oz"), ("100 g", "3.5 oz")),
        fr_forms=("poivre",),
        en_forms=("peppercorns", "pepper"),
        container=("sachet", "bag"),
    ),
    Kind(
        "piment d'Espelette AOP",
        "Espelette chili powder",
        (),
        (("40 g", "1.4 oz"), ("250 g", "8.8 oz")),
        fr_forms=("piment d'espelette",),
        en_forms=("espelette pepper", "espelette chili"),
        container=("pot", "jar"),
    ),
    Kind(
        "safran en filaments",
        "saffron threads",
        (),
        (("0,5 g", "0.5 g"), ("1 g", "1 g"), ("2 g", "2 g")),
        fr_forms=("safran",),
        en_forms=("saffron",),
        container=("boîte", "tin"),
    ),
    Kind(
        "mélange d'épices",
        "spice blend",
        (
            _v("ras el hanout", "ras el hanout"),
            _v("curry de Madras", "Madras curry", "curry||curry"),
            _v("cinq-épices", "five spice", "cinq epices|cinq épices"),
            _v("herbes de Provence", "herbes de Provence"),
            _v("za'atar", "za'atar", "zaatar||zaatar"),
        ),
        (("40 g", "1.4 oz"), ("80 g", "2.8 oz")),
        fr_forms=("épices", "mélange"),
        en_forms=("spices", "seasoning"),
        container=("pot", "jar"),
        en_value_first=True,
    ),
)

VELO = (
    Kind(
        "pneu route",
        "road tire",
        (
            _v("tringle souple", "folding", "souple||folding bead"),
            _v("tringle rigide", "wire bead", "rigide||wire"),
            _v("tubeless ready", "tubeless ready", "tubeless||tubeless"),
        ),
        (
            ("700x23c", "700x23c"),
            ("700x25c", "700x25c"),
            ("700x28c", "700x28c"),
            ("700x32c", "700x32c"),
        ),
        fr_forms=("pneu de route", "pneu vélo de route"),
        en_forms=("road bike tire",),
        en_value_first=False,
        measured=False,
    ),
    Kind(
        "pneu VTT",
        "mountain bike tire",
        (
            _v("flancs noirs", "black sidewall", "noir||black"),
            _v("flancs beiges", "tan sidewall", "beige||tan wall|skinwall"),
        ),
        (
            ("29 x 2,25", '29 x 2.25"'),
            ("29 x 2,40", '29 x 2.4"'),
            ("27,5 x 2,25", '27.5 x 2.25"'),
            ("26 x 2,10", '26 x 2.1"'),
        ),
        fr_forms=("pneu de vtt", "pneu vélo tout terrain"),
        en_forms=("mtb tire",),
        en_value_first=False,
        measured=False,
    ),
    Kind(
        "chambre à air vélo",
        "bike inner tube",
        (
            _v("valve Presta", "Presta valve", "presta||presta"),
            _v("valve Schrader", "Schrader valve", "schrader|valve auto||schrader|car valve"),
        ),
        (
            ("700x25-32c", "700x25-32c"),
            ("29 x 1,9-2,4", '29 x 1.9-2.4"'),
            ("26 x 1,75-2,1", '26 x 1.75-2.1"'),
        ),
        fr_forms=("chambre à air",),
        en_forms=("inner tube", "tube"),
        en_value_first=False,
        measured=False,
    ),
    Kind(
        "chaîne de vélo",
        "bike chain",
        (),
        (
            ("9 vitesses", "9-speed"),
            ("10 vitesses", "10-speed"),
            ("11 vitesses", "11-speed"),
            ("12 vitesses", "12-speed"),
        ),
        fr_forms=("chaîne",),
        en_forms=("chain",),
        measured=False,
    ),
    Kind(
        "plaquettes de frein à disque",
        "disc brake pads",
        (
            _v("organiques", "organic", "organique|résine||resin"),
            _v("métalliques", "metallic", "metal|frittées||sintered"),
        ),
        (("1 paire", "1 pair"), ("lot de 2 paires", "2 pairs")),
        fr_forms=("plaquettes de frein", "plaquettes"),
        en_forms=("brake pads",),
        container=("paire", "set"),
        measured=False,
    ),
    Kind(
        "éclairage avant",
        "front light",
        (),
        (
            ("400 lumens", "400 lumens"),
            ("800 lumens", "800 lumens"),
            ("1200 lumens", "1200 lumens"),
            ("1600 lumens", "1600 lumens"),
        ),
        fr_forms=("lampe avant", "phare avant", "phare"),
        en_forms=("headlight", "bike light"),
    ),
    Kind(
        "feu arrière",
        "tail light",
        (
            _v("USB", "USB rechargeable", "rechargeable||rechargeable"),
            _v("à piles", "battery", "||battery powered"),
        ),
        (("50 lumens", "50 lumens"), ("100 lumens", "100 lumens")),
        fr_forms=("feu rouge arrière", "lampe arrière"),
        en_forms=("rear light",),
    ),
    Kind(
        "cassette",
        "cassette",
        (
            _v("11 vitesses", "11-speed", "onze vitesses||eleven speed"),
            _v("12 vitesses", "12-speed", "douze vitesses||twelve speed"),
        ),
        (("11-28 dents", "11-28T"), ("11-32 dents", "11-32T"), ("11-34 dents", "11-34T")),
        en_value_first=True,
        measured=False,
    ),
    Kind(
        "ruban de cintre",
        "handlebar tape",
        (
            _v("noir", "black"),
            _v("blanc", "white"),
            _v("rouge", "red"),
            _v("effet liège", "cork", "liège|liege"),
        ),
        (("2,5 mm", "2.5 mm"), ("3,2 mm", "3.2 mm")),
        fr_forms=("guidoline",),
        en_forms=("bar tape",),
        container=("rouleau", "roll"),
        measured=False,
    ),
    Kind(
        "selle",
        "saddle",
        (
            _v("marron", "brown"),
            _v("noire", "black", "noir"),
            _v("miel", "honey"),
        ),
        (("largeur 143 mm", "143 mm wide"), ("largeur 155 mm", "155 mm wide")),
        measured=False,
    ),
)


# What none of the four shops sells: a shopper who asked the wrong skill.
OFF_GOODS: tuple[Pair, ...] = (
    ("grille-pain", "toaster"),
    ("aspirateur balai", "stick vacuum"),
    ("cartouche d'encre", "ink cartridge"),
    ("liquide vaisselle", "dish soap"),
    ("croquettes pour chien", "dog kibble"),
    ("perceuse visseuse", "cordless drill"),
    ("ampoule LED", "LED bulb"),
    ("dentifrice", "toothpaste"),
    ("couches", "diapers"),
    ("câble HDMI", "HDMI cable"),
    ("tondeuse à gazon", "lawn mower"),
    ("parapluie", "umbrella"),
    ("papier toilette", "toilet paper"),
    ("piles AA", "AA batteries"),
)


@dataclass(frozen=True)
class TitleForm:
    """How a shop's feed writes a title: ``{brand} {noun} {value} {size}`` in some order."""

    fr: str
    en: str
    organic: Pair = ("bio", "Organic")
    latin: bool = False


TITLE_FORMS = {
    "epicerie": TitleForm(
        "{noun} {value} {organic} {brand} {size}", "{brand} {organic} {value_noun}, {size}"
    ),
    "velo": TitleForm("{brand} - {noun} {value} {size}", "{brand} {noun} {size} - {value}"),
    "herbo": TitleForm(
        "{noun} {value} {latin} {organic} {size} - {brand}",
        "{brand} {organic} {value_noun} {latin} {size}",
        latin=True,
    ),
    "tricot": TitleForm("{brand} {noun} {size} {value}", "{brand} {noun} - {value} - {size}"),
}


FEMININE = {"bouteille", "boîte", "paire", "pelote"}
PLURALS = {"pot": "pots", "bouteille": "bouteilles", "boîte": "boîtes", "sachet": "sachets",
           "paire": "paires", "flacon": "flacons", "pelote": "pelotes", "rouleau": "rouleaux",
           "jar": "jars", "bottle": "bottles", "tin": "tins", "bag": "bags", "set": "sets",
           "box": "boxes", "skein": "skeins", "ball": "balls", "pair": "pairs", "pack": "packs",
           "roll": "rolls"}  # fmt: skip
