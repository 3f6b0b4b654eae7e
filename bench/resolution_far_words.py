"""The words of the far half's noise (:mod:`bench.resolution_far`): carrier phrases, time and
politeness phrases, fillers, what comes between a slip and its correction, brand links,
quantities, size ends, letter names, spoken units, and the homophones and respelling rules a
recogniser writes for the far shops' words.

Written for this half: the tests check that no carrier phrase, time or politeness phrase,
filler, brand link or respelling rule is one of another half's, nor one of the resolver's own
carrier phrases (:data:`catalog.carriers.CARRIERS`). The resolver never reads this module.
"""

from __future__ import annotations


def _alphabet(names: str) -> dict[str, str]:
    """The name of each letter, a to z, as a recogniser writes it."""
    return dict(zip("abcdefghijklmnopqrstuvwxyz", names.split(" "), strict=True))


CARRIERS = {
    "fr": {
        "pre": [
            "ce qu'il me faudrait c'est", "j'aurais aimé", "tu veux bien me trouver",
            "je repasse prendre", "mets-moi de côté", "tu me réserves", "j'ai plus de",
            "il me manquerait", "je viens pour", "je voulais", "je viens chercher",
            "tu peux me sortir", "vous proposez", "vous auriez pas", "note sur la liste",
            "inscris-moi", "on est en rupture de", "mon mari veut", "ma fille a besoin de",
            "pour le boulot il me faut", "je dois racheter", "commande-nous", "tu m'attrapes",
            "je passe prendre", "t'aurais pas",
        ],
        "post": ["et c'est tout", "ce sera tout", "c'est pour offrir", "merci mille fois",
                 "si t'en as", "ça serait top", "je te revaudrai ça", "voilà voilà"],
    },
    "en": {
        "pre": [
            "i was wondering if you had", "i've gotta buy", "we're all out of", "my wife wants",
            "could i trouble you for", "i'm here for", "i came in for", "you got any",
            "put me down for", "jot down", "i could do with", "do you carry", "you guys have",
            "i'm out shopping for", "i'm hunting for", "mind grabbing", "we gotta get",
            "my husband needs", "for work i need", "set aside", "can you dig up",
            "have you got", "i'm missing", "i'd better get", "need to replace",
        ],
        "post": ["and that's it", "that's all for now", "that's everything", "it's a gift",
                 "thanks a bunch", "appreciate it", "if you've got it", "would be awesome"],
    },
}  # fmt: skip
TIME_PHRASES = {
    "fr": ["pour ce week-end", "pour demain matin", "d'ici jeudi", "avant les vacances",
           "pour la rentrée", "avant dimanche"],
    "en": ["for this weekend", "for tomorrow morning", "by thursday", "before the holidays",
           "for next week", "for the move"],
}  # fmt: skip
POLITE = {
    "fr": [
        "si c'est possible",
        "ce serait sympa",
        "si ça ne te dérange pas",
        "sans vouloir t'embêter",
    ],
    "en": ["if at all possible", "that'd be great", "if it's no trouble", "would be lovely"],
}
FILLERS = {
    "fr": ["voyons voir", "comment dire", "genre", "tu vois", "attends voir", "bref"],
    "en": ["let's see", "what's it called", "kinda", "lemme think", "how do you say", "sorta"],
}
# What comes between a slip and its correction ("le bleu non pardon le vert").
CORRECTIONS = {
    "fr": ["non", "non pardon", "euh non plutôt", "je me trompe", "ah non"],
    "en": ["no", "no sorry", "actually", "make that", "scratch that", "or rather"],
}
BRAND_LINKS = {
    "fr": ["qu'on trouve chez", "celle de", "côté marque", "griffé"],
    "en": ["the brand", "brand name", "the kind made by", "of the brand"],
}
QUANTITY = {"fr": ["{n}", "{n} x", "disons {n}"], "en": ["{n}", "{n} x", "say {n}"]}
QUANTITY_PAIR = {"fr": ["une paire de"], "en": ["a couple of", "a pair of"]}
QUANTITY_AFTER = {
    "fr": ["j'en veux {n}", "il m'en faut {n}", "quantité {n}"],
    "en": ["i'll need {n}", "make it {n}", "{n} total", "quantity {n}"],
}
ARTICLES = {"fr": ["le", "la", "les", "du"], "en": ["the", "a"]}
SIZE_ENDS = {
    ("fr", "large"): ["le plus grand", "le grand format", "le gros modèle"],
    ("fr", "small"): ["le plus petit", "le format réduit", "le petit modèle"],
    ("en", "large"): ["the largest", "the biggest size", "the big size"],
    ("en", "small"): ["the smallest", "the tiny one", "the small size"],
}
# How letters of a model code are said, as a recogniser writes them.
LETTER_NAMES = {
    "fr": _alphabet(
        "a bé cé dé e èf gé ache i ji ka èl èm èn o pé ku èr ès té u vé w ixe igrec zèd"
    ),
    "en": _alphabet(
        "ay bee see dee e ef gee aitch eye jay kay el em en oh pee cue ar ess tee you vee w ex "
        "why zee"
    ),
}
W_SAID = {"fr": "double vé", "en": "double you"}
UNITS = {
    "fr": {"mm": ["millimètres", "millimètre"], "cm": ["centimètres", "centimètre"],
           "m": ["mètres", "mètre"], "l": ["litres", "litre"], "cl": ["centilitres"],
           "ml": ["millilitres"], "g": ["grammes", "gramme"], "kg": ["kilos", "kilo"],
           "V": ["volts", "volt"], "mm²": ["millimètres carrés", "mm carrés"]},
    "en": {"mm": ["millimeters", "millimeter", "mm"], "cm": ["centimeters", "centimeter"],
           "m": ["meters", "meter"], "in": ["inch", "inches", "inch"], "ft": ["feet", "foot"],
           "yd": ["yards", "yard"], "qt": ["quart", "quarts"], "gal": ["gallon", "gallons"],
           "oz": ["ounces", "ounce", "oz"], "V": ["volts", "volt"], "g": ["grams"]},
}  # fmt: skip

# Whole words a recogniser writes for these shops' words.
HOMOPHONES = {
    "fr": {
        "peinture": ["pain ture", "peintures"], "murale": ["mural", "murales"],
        "rouleau": ["roulot", "roue lot"], "brosse": ["brausse", "brosses"],
        "huile": ["huille", "huiles"], "moteur": ["mot heure", "moteurs"],
        "balais": ["ballet", "balai"], "pneus": ["peuneus", "pneu"], "phare": ["far", "fard"],
        "ampoule": ["en poule", "ampoules"], "housse": ["house", "ousse"],
        "cordes": ["corde", "kordes"], "guitare": ["guitar", "guittare"],
        "basse": ["bass", "base"], "médiators": ["médiateurs", "médiator"],
        "baguettes": ["baguette", "bague ettes"], "batterie": ["batri", "batteries"],
        "sangle": ["cingle", "sangles"], "anches": ["hanches", "anche"],
        "cartouche": ["carte ouche", "cartouches"], "encre": ["ancre", "encres"],
        "toner": ["tonnaire", "tonner"], "ramette": ["rah mette", "ramettes"],
        "agrafes": ["agraphes", "a grafes"], "trombones": ["trombone", "trom bonnes"],
        "ruban": ["ru ban", "rubans"], "verre": ["vaire", "vèrre"], "sauge": ["sauges"],
        "galet": ["galais", "galets"], "orage": ["or age", "orages"],
        "moutarde": ["mou tarde"], "avant": ["à vent"], "hiver": ["y vert", "hivers"],
        "été": ["était", "étés"], "cuir": ["cuire", "cuirs"], "bois": ["boit", "bwa"],
        "chamois": ["chat moi", "chamoix"], "siège": ["sièges", "siége"],
        "câbles": ["cables", "cabes"], "capodastre": ["capo dastre", "capot d'astre"],
        "perforatrice": ["perfo ratrice"], "photo": ["foto", "photos"],
        "brillant": ["brillants", "bri yant"], "mat": ["matte", "math"],
        "coudé": ["coudait", "coudée"], "droit": ["droite", "drois"],
    },
    "en": {
        "wiper": ["wipe her", "whiper"], "blades": ["blaids", "blays"],
        "motor": ["moter", "mode or"], "oil": ["oyle", "oi l"], "tire": ["tires", "tie er"],
        "inflator": ["inflater", "in flator"], "headlight": ["head light", "hedlight"],
        "bulb": ["bolb", "bulbs"], "paint": ["pane t", "paints"], "roller": ["role her", "rolla"],
        "brush": ["brash", "brushes"], "masking": ["mascing", "mask king"], "tape": ["tap", "taip"],
        "primer": ["primmer", "prime her"], "strings": ["stings", "string"],
        "guitar": ["gitar", "get are"], "picks": ["pics", "pix"], "drumsticks": ["dromsticks"],
        "capo": ["cape oh", "kapo"], "tuner": ["tooner", "tuna"], "strap": ["strep", "strop"],
        "reeds": ["reads", "reed"], "ink": ["inc", "inque"], "cartridge": ["cartrige", "car trigg"],
        "toner": ["toaner", "tone her"], "staples": ["stables", "staple"],
        "punch": ["punsh", "bunch"], "pouches": ["poaches", "pooches"], "clips": ["klips"],
        "sage": ["saige"], "storm": ["storrm"], "mustard": ["mustered"], "front": ["frunt"],
        "rear": ["rare", "reer"], "winter": ["winner"], "leather": ["lether"],
        "glossy": ["glossie"], "matte": ["mat", "mattie"], "chamois": ["shammy", "shamy"],
        "sash": ["cash", "sosh"], "cloth": ["clot", "claws"], "plastic": ["plastique"],
    },
}  # fmt: skip
# Spellings by sound: (pattern, replacement), one applied; written for this half.
RESPELL = {
    "fr": [
        (r"ette", "ète"), (r"eau", "ô"), (r"eur$", "eure"), (r"gu(?=[ei])", "g"), (r"ss", "c"),
        (r"au$", "ot"), (r"ou(?=[aeiéè])", "w"), (r"^ex", "egz"), (r"ui", "wi"),
        (r"an(?=[cdgt])", "en"), (r"ge", "je"), (r"er$", "é"), (r"ade$", "ad"), (r"c$", "que"),
        (r"an$", "ent"), (r"ogue$", "og"), (r"ç", "s"), (r"oi", "wa"), (r"in(?=[^aeiou])", "ain"),
        (r"o(?=[mn][^aeiou])", "au"),
    ],
    "en": [
        (r"ci(?=[aeiou])", "sh"), (r"tion$", "tian"), (r"y$", "ey"), (r"ai", "a"), (r"ou", "o"),
        (r"wa", "wo"), (r"ir", "ur"), (r"er", "ur"), (r"al(?=[^aeiou])", "aul"),
        (r"s(?=[aeiou])", "z"), (r"th$", "f"), (r"ey$", "ay"), (r"oo", "ew"), (r"igh", "y"),
        (r"ue$", "oo"), (r"ng$", "n"), (r"ture$", "chur"), (r"a(?=[^aeiou]e$)", "ay"),
        (r"ck", "kk"), (r"mb$", "m"),
    ],
}  # fmt: skip
