"""The words of the casual half's noise (:mod:`bench.resolution_casual`): colloquial carrier
phrases with their contractions, fillers, brand links, quantities, size ends, the words that
describe a product instead of naming it, unfinished endings, spoken units, and the homophones
and respelling rules a recogniser writes for the casual shops' words and brands.

Written for this half: the tests check that no carrier phrase, filler, brand link or respelling
rule is one of another half's, nor one of the resolver's own carrier phrases
(:data:`catalog.carriers.CARRIERS`). The resolver never reads this module.
"""

from __future__ import annotations

CARRIERS = {
    "fr": {
        "pre": [
            "j'veux", "chuis venu pour", "y m'faut", "t'as", "j'me prendrais bien", "m'faudrait",
            "file-moi", "ch'cherche", "j'voudrais bien", "j'vais t'prendre", "donne voir",
            "y a moyen d'avoir", "j'peux avoir", "chuis à la recherche d'", "passe-moi",
            "t'aurais pas par hasard", "j'le veux", "faut qu'tu m'trouves", "j'aimerais ben",
            "j'vais m'prendre", "mets-moi donc", "t'en as", "y m'en faudrait", "j'prends",
            "ajoute donc",
        ],
        "post": ["steuplé", "merci hein", "voilà quoi", "et basta", "c'est bon là",
                 "si t'as ça", "ça ira", "merci ma grande"],
    },
    "en": {
        "pre": [
            "gimme", "i wanna get", "lemme grab", "gotta get", "i'm gonna grab", "y'got any",
            "ya got", "imma need", "i'd kinda like", "gotta have", "i'm tryna find",
            "lookin' for", "wanna order", "lemme have", "can ya get me", "i'ma snag",
            "need me", "how 'bout", "gonna need", "toss me", "you carry", "wanna grab",
            "lemme order", "could ya find", "ima take",
        ],
        "post": ["thx", "k thanks", "n that's it", "ta", "if ya got it", "cool cool",
                 "for real", "that'd be sweet"],
    },
}  # fmt: skip
FILLERS = {
    "fr": ["en fait", "du coup", "quoi", "tsé", "j'sais pas", "style", "le truc"],
    "en": ["y'know", "basically", "literally", "i dunno", "so yeah", "ok so", "i guess"],
}
# The brand after the product: « d'chez Marlo », "outta Marlo", "Marlo's" before the noun.
BRAND_LINKS = {
    "fr": ["d'chez", "à la marque", "d'la marque", "c'est du"],
    "en": ["outta", "whipped up by", "from the folks at", "by the guys at"],
}
# A quantity before the noun ({n} a number in words or digits).
QUANTITY = {"fr": ["{n}", "{n} d'ces"], "en": ["{n}", "{n} o' them"]}
# Articles before a French noun by gender and number, and the wrong one a slip puts there.
ARTICLES = {"m": ("un", "le"), "f": ("une", "la"), "mp": ("des", "les"), "fp": ("des", "les")}
SLIPS = {"m": ("une", "la"), "f": ("un", "le"), "mp": ("un", "le"), "fp": ("une", "la")}
EN_ARTICLES = ["a", "the", "some", "one of them"]
# Words a liaison is heard before (« les z'oreillers »).
LIAISON = {"les", "des", "deux", "trois", "mes", "ces"}
# "the blue one in medium", « celle en laine taille M »: the pronoun by gender.
PRONOUNS = {"m": "celui", "f": "celle", "mp": "ceux", "fp": "celles"}
ONE = {"en": ["the {v} one", "that {v} one"], "fr": ["{p} en {v}", "{p} {v}"]}
ONE_PLAIN = {"en": ["the one", "that one"], "fr": ["{p}", "{p}-là"]}
ATTR_LINKS = {"en": [" in ", ", ", " in ", " "], "fr": [" en ", ", ", " "]}
SIZE_ENDS = {
    ("fr", "large"): ["le gros là", "le grand là", "celui qu'est le plus grand"],
    ("fr", "small"): ["le p'tit là", "le plus p'tit", "celui qu'est le plus petit"],
    ("en", "large"): ["the big un", "the biggest one", "the huge one"],
    ("en", "small"): ["the lil one", "the smallest one", "the tiny un"],
}
# How an utterance trails off after enough was said (its last word cut).
TRAILS = {
    "fr": ["et pis euh l", "ah et aus", "enfin j'cr", "et euh le tru", "ou alors l"],
    "en": ["and uh mayb", "oh and th", "plus a co", "and the uh oth", "or mayb"],
}
ENDS = {"fr": [".", "?", "…"], "en": [".", "?", "!"]}
# Letter sizes as said; numbers as a recogniser writes them next to a word.
LETTER_SAID = {
    "fr": {"S": ["s", "small", "petit"], "M": ["m", "médium", "moyen"], "L": ["l", "large"],
           "XL": ["xl", "x l", "extra large"], "XXL": ["xxl", "double x l", "deux x l"]},
    "en": {"S": ["small", "s", "a small"], "M": ["medium", "m", "med"],
           "L": ["large", "l", "a large"], "XL": ["extra large", "x large", "xl"],
           "XXL": ["double extra large", "2xl", "xx large", "double x l"]},
}  # fmt: skip
UNITS = {
    "fr": {"cm": ["centimètres", "cm", "centimètre"], "mm": ["millimètres", "millimètre", "mm"],
           "l": ["litres", "litre", "l"], "g": ["grammes", "g"], "m": ["mètres", "m"],
           "lumens": ["lumens", "lumen"]},
    "en": {"cm": ["centimeters", "cm"], "mm": ["millimeters", "millimeter", "mm"],
           "in": ["inch", "inches", "in", "-inch"], "l": ["liter", "liters", "l", "-liter"],
           "qt": ["quart", "quarts"], "oz": ["ounce", "ounces", "oz"], "yd": ["yards", "yard"],
           "lumens": ["lumens", "lumen"], "m": ["meters", "meter"]},
}  # fmt: skip

# Whole words a recogniser writes for these shops' words.
HOMOPHONES = {
    "fr": {
        "tente": ["tante", "tentes"], "pull": ["poule", "pul"], "laine": ["lène", "l'aine"],
        "chaussettes": ["chose ettes", "chaussètes"], "baskets": ["basket", "basquettes"],
        "ceinture": ["sainture", "ceintures"], "casquette": ["casquète", "casse quête"],
        "écharpe": ["écharpes", "et charpe"], "cuir": ["cuit", "qui r"], "soie": ["soit", "soi"],
        "jean": ["jeanne", "djinn"], "veste": ["vestes", "veste'"], "pluie": ["plu y", "pluies"],
        "drap": ["dra", "draps"], "housse": ["ouce", "housses"], "couette": ["couètte", "coin ette"],
        "oreiller": ["oreillé", "oreillers"], "serviette": ["servi ette", "serviettes"],
        "peignoir": ["pègnoir", "peigne noir"], "rideau": ["rid'eau", "rideaux"],
        "plaid": ["plède", "plaide"], "taie": ["tè", "thé"], "tapis": ["tapi", "ta pie"],
        "couchage": ["cou chage", "couchages"], "matelas": ["mat là", "matela"],
        "lampe": ["lampes", "l'ampe"], "frontale": ["front ale", "frontal"],
        "réchaud": ["ré chaud", "réchauds"], "popote": ["pop pote", "popotte"],
        "chaise": ["chaises", "chèze"], "lanterne": ["lanternes", "lente erne"],
        "bâtons": ["bâton", "bas tons"], "pelote": ["pelotte", "pelotes"],
        "aiguilles": ["aiguille", "é guilles"], "crochet": ["croché", "croc chez"],
        "fil": ["file", "phil"], "coudre": ["coudres", "cou dre"], "fermeture": ["fer me ture"],
        "boutons": ["bout tons", "bouton"], "tissu": ["tissus", "tissue"],
        "ciseaux": ["six os", "ciseau"], "épingles": ["épingle", "et pingles"],
        "broderie": ["brodrie", "brode rie"], "mérinos": ["mérino", "mes rinos"],
        "alpaga": ["alpagas", "al paga"], "bambou": ["bambous", "bamboo"],
        "sable": ["sables", "sabl"], "dôme": ["dome", "d'ohm"], "rouge": ["rouj", "rouje"],
        "ferme": ["fermes", "fer me"], "blanc": ["blanque", "blang"], "places": ["place", "plasse"],
    },
    "en": {
        "sweater": ["sweeter", "sweat her"], "jeans": ["genes", "jeens"], "sneakers": ["sneekers"],
        "boots": ["boot", "bouts"], "socks": ["sockz", "soks"], "belt": ["built", "belts"],
        "cap": ["cop", "cab"], "scarf": ["scarves", "scarff"], "jacket": ["jackit", "jack it"],
        "hiking": ["hiking's", "hi king"], "wool": ["wall", "woole"], "cotton": ["cottin", "coton"],
        "sheet": ["sheat", "sheets"], "fitted": ["fitter", "fit it"], "duvet": ["doovay", "du vet"],
        "pillow": ["pillo", "pill oh"], "comforter": ["comfort her", "comfoter"],
        "towel": ["towl", "tower"], "bathrobe": ["bath robe", "bathrobes"],
        "curtain": ["curtin", "certain"], "throw": ["through", "thro"], "blanket": ["blankit"],
        "pillowcase": ["pillow case", "pillowcases"], "mat": ["matt", "mad"], "tent": ["tint", "tents"],
        "sleeping": ["sleepin", "slipping"], "bag": ["bog", "bague"], "pad": ["pat", "pads"],
        "backpack": ["back pack", "backpacks"], "headlamp": ["head lamp", "headlamps"],
        "stove": ["stow", "stoves"], "cook": ["cuke", "cooks"], "chair": ["cheer", "chairs"],
        "lantern": ["lanturn", "lanterns"], "trekking": ["treking", "trekkin"],
        "poles": ["polls", "pole"], "yarn": ["yawn", "yard"], "needles": ["noodles", "needle"],
        "knitting": ["nitting", "knittin"], "crochet": ["crow shay", "crotchet"],
        "hook": ["hoof", "hooks"], "thread": ["tread", "threat"], "zipper": ["zipp er", "zippers"],
        "buttons": ["button", "butt ons"], "fabric": ["fabrik", "fab rick"],
        "scissors": ["sizzers", "scissor"], "pins": ["pens", "pin"], "embroidery": ["embroidry"],
        "merino": ["marino", "marina"], "alpaca": ["alpacka", "al packa"], "navy": ["navey"],
        "mummy": ["mommy", "mummies"], "propane": ["pro pane"], "teal": ["teel", "tile"],
        "queen": ["quean", "queens"], "king": ["kin", "kings"], "firm": ["ferm", "firms"],
    },
}  # fmt: skip
# Spellings by sound: (pattern, replacement), one applied; written for this half.
RESPELL = {
    "fr": [
        (r"ette$", "èt"), (r"ille", "iye"), (r"eau$", "aux"), (r"ai(?=[^n])", "é"),
        (r"^ch", "sh"), (r"ss(?=[aeiou])", "s"), (r"tion$", "ssion"), (r"oir$", "oire"),
        (r"é$", "et"), (r"in$", "un"), (r"on$", "onc"), (r"qu(?=[ei])", "k"), (r"ge$", "je"),
        (r"ot$", "o"), (r"ée$", "er"), (r"ou$", "oux"), (r"eu(?=[^r])", "œu"), (r"s(?=[bcdfgpt])", "z"),
    ],
    "en": [
        (r"er$", "ah"), (r"ea(?=[^r])", "e"), (r"oo(?=[kt])", "u"), (r"ck$", "k"), (r"y$", "ee"),
        (r"ow$", "o"), (r"ch$", "tch"), (r"(?<=[aeiou])s$", "sz"), (r"ph$", "f"), (r"^wh", "hw"),
        (r"ie$", "ye"), (r"ei", "ee"), (r"nd$", "n"), (r"ts$", "ts'"), (r"ou(?=[^r])", "oo"),
        (r"kn", "n"), (r"ll$", "l"), (r"tt", "dd"),
    ],
}  # fmt: skip
# How a recogniser anglicises a brand in English and francises it in French.
BRAND_RESPELL = {
    "en": [(r"eau", "oh"), (r"é", "ay"), (r"è", "eh"), (r"oi", "wah"), (r"ille$", "eel"),
           (r"^j", "zh"), (r"ou", "ew"), (r"in$", "an"), (r"u(?=[^aeiou])", "uh"),
           (r"e$", "ee")],
    "fr": [(r"ee", "ï"), (r"oo", "ou"), (r"th", "z"), (r"(?<=[^aeiou])y$", "i"), (r"sh", "ch"),
           (r"w", "ou"), (r"ck", "c"), (r"ow", "aou"), (r"^h(?=[aeiou])", ""), (r"er$", "eur"),
           (r"u(?=[^aeiou])", "eu")],
}  # fmt: skip
