"""How the mimic half's recogniser writes what the shopper said (:mod:`bench.resolution_mimic`).

Written from what French and English speech recognisers do, for this half's own words:

- **sizes** said the way people say them: number words or digits, units in full or as letters,
  and colloquial forms (« une livre » for 500 g, « un mètre vingt », « un litre et demi »,
  "half a kilo", "a liter and a half", "a dozen", "two fifty", "number eight"), Belgian and
  Swiss tens (« septante », « nonante »);
- **homophones** of nouns and variant words: what a recogniser picks among words that sound
  alike (« verre »/« vert », « thé hier », "steak" for *stake*, "calendar" for *colander*),
  French silent plurals written or dropped;
- **word boundaries**: a long word cut after a vowel, two words run together, a final consonant
  carried to the next word ("cas tiron"), a liaison written on the next word (« zanthracite »),
  elisions lost (« de ivoire »), glued (« lhuile ») or added (« j'me »), English "of" heard "a";
- **brands**, words the recogniser does not know: heard as the ordinary words their syllables
  sound like (« gare nous », "car new"), cut between syllables, or run together.
"""

from __future__ import annotations

import random
import re
import unicodedata

from bench.resolution_mirror_sounds import english, french

# --- numbers and sizes -----------------------------------------------------------------------
UNIT_WORDS = {
    "fr": {"ml": "millilitres", "l": "litres", "g": "grammes", "kg": "kilos", "cm": "centimètres",
           "mm": "millimètres", "m": "mètres"},
    "en": {"ml": "milliliters", "l": "liters", "g": "grams", "kg": "kilos", "cm": "centimeters",
           "mm": "millimeters", "m": "meters"},
}  # fmt: skip
COUNTED = {  # "lot de 10", "box of 12", "9 pièces", "16 teeth": (before the number, after it)
    "fr": re.compile(r"^(lot de|boîte de) (\d+)$|^(\d+) (pièces?|dents)$"),
    "en": re.compile(r"^(pack of|box of|set of) (\d+)$|^(\d+) (pieces?|teeth)$"),
}
DOZENS = {"fr": {12: "une douzaine", 24: "deux douzaines", 36: "trois douzaines"},
          "en": {12: "a dozen", 24: "two dozen", 36: "three dozen"}}  # fmt: skip
NUMBER_SIGN = {"fr": ["numéro", "n"], "en": ["number", "no", "size"]}
BY = {"fr": ["sur", "par", "x"], "en": ["by", "x"]}


def number(n: int, lang: str, rng: random.Random, tags: list[str], regional: bool = False) -> str:
    if lang == "fr":
        said = french(n, regional=regional)
        if regional and said != french(n):
            tags.append("number_regional")
        return said
    return english(n, rng.choice(("plain", "plain", "and", "pairs")))


def _colloquial(value: float, unit: str, lang: str, rng: random.Random) -> str | None:
    """How people round a measure into everyday words, or None when they would not."""
    grams = {"g": 1, "kg": 1000}.get(unit)
    litres = {"ml": 0.001, "l": 1}.get(unit)
    mm = {"mm": 1, "cm": 10, "m": 1000}.get(unit)
    if lang == "fr":
        if grams and value * grams == 500:
            return "une livre"
        if litres and value * litres == 1.5:
            return rng.choice(["un litre et demi", "un litre cinq"])
        if litres and value * litres in (0.8, 1.2):
            return "un litre deux" if value == 1.2 else "quatre-vingts centilitres"
        if mm and value * mm >= 1000 and value * mm % 10 == 0 and value * mm < 2000:
            rest = round(value * mm / 10) - 100
            return "un mètre" if rest == 0 else f"un mètre {french(rest)}"
        if unit == "mm" and value >= 100 and value % 10 == 0:
            return f"{french(int(value // 10))} centimètres"
        return None
    if grams and value * grams == 500:
        return "half a kilo"
    if litres and value * litres == 1.5:
        return rng.choice(["a liter and a half", "one and a half liters"])
    if mm and value * mm == 1000:
        return "a meter"
    if unit == "mm" and value >= 100 and value % 10 == 0:
        return f"{english(int(value // 10))} centimeters"
    return None


def say_size(size: str, lang: str, rng: random.Random, tags: list[str], colloquial: bool,
             regional: bool) -> str:  # fmt: skip
    """A feed size as the shopper says it and the recogniser writes it; ``colloquial`` asks
    for the everyday form (tagged ``number_colloquial`` when there is one)."""
    digits = rng.random() < 0.3
    if match := re.match(r"^(\d+)(?:[.,](\d+))? (ml|l|g|kg|cm|mm|m)$", size):
        whole, decimals, unit = match.groups()
        value = float(f"{whole}.{decimals or 0}")
        if colloquial and (said := _colloquial(value, unit, lang, rng)):
            tags.append("number_colloquial")
            return said
        name = UNIT_WORDS[lang][unit] if rng.random() < 0.55 else unit
        if value == 1 and name.endswith("s"):
            name = name[:-1]
        if digits:
            return f"{size.split()[0]} {name}"
        if decimals:
            point = "virgule" if lang == "fr" else "point"
            return f"{number(int(whole), lang, rng, tags)} {point} {number(int(decimals), lang, rng, tags)} {name}"
        return f"{number(int(whole), lang, rng, tags, regional)} {name}"
    if match := re.match(r"^(\d+) x (\d+) cm$", size):
        a, b = (m if digits else number(int(m), lang, rng, tags, regional) for m in match.groups())
        return f"{a} {rng.choice(BY[lang])} {b} {rng.choice(['', 'cm', UNIT_WORDS[lang]['cm']])}".strip()
    if match := COUNTED[lang].match(size):
        before, count, amount, after = match.groups()
        n = int(count or amount)
        if colloquial and n in DOZENS[lang]:
            tags.append("number_colloquial")
            return f"{before} {DOZENS[lang][n]}" if before else DOZENS[lang][n]
        said = str(n) if digits else number(n, lang, rng, tags, regional)
        if n == 1 and lang == "fr" and not digits:
            said = "une"
        return f"{before} {said}" if before else f"{said} {after}"
    if match := re.match(r"^(?:n°|no\.) (\d+)$", size):
        said = match[1] if digits else number(int(match[1]), lang, rng, tags, regional)
        return f"{rng.choice(NUMBER_SIGN[lang])} {said}"
    if match := re.match(r"^A(\d)$", size):
        return f"a{match[1]}" if digits else f"a {number(int(match[1]), lang, rng, tags)}"
    return size.lower()


NUMBER_WORDS = {
    french(n) for n in range(0, 101)
} | {english(n) for n in range(0, 101)} | {"cent", "cents", "mille", "hundred", "thousand", "douzaine",
                                            "dozen", "septante", "huitante", "nonante"}  # fmt: skip
NUMBER_TOKENS = {t for phrase in NUMBER_WORDS for t in re.split(r"[\s-]+", phrase)}

# --- homophones --------------------------------------------------------------------------------
# What a recogniser writes for a word of this half's catalogs: a word or words that sound the
# same or nearly, or the same word with a silent ending added or dropped (French).
HOMOPHONES: dict[str, dict[str, list[str]]] = {
    "fr": {
        "bulbes": ["bulles"], "jonquille": ["jonquilles", "jean quille"], "paillis": ["pailli", "pays"],
        "lin": ["lain", "l'un"], "râteau": ["rateau", "rat tôt"], "dents": ["dans", "dent"],
        "binette": ["binète", "binettes"], "radis": ["radie", "ras dit"], "laitue": ["les tus"],
        "tuteur": ["tuteurs", "tu t'heurtes"], "vert": ["verre", "vers"], "sapin": ["ça pain"],
        "cocotte": ["coq hotte", "cocote"], "passoire": ["passe soir", "pas soir"],
        "râpe": ["rap", "rappe"], "louche": ["louches", "l'ouche"], "bouilloire": ["bouille hoir", "bouilloires"], "émaillée": ["et mailler"],
        "saladier": ["salade hier", "saladiers"], "mandoline": ["mandolines", "mande line"],
        "balance": ["balances", "bal anse"], "toile": ["toiles", "toi le"],
        "chevalet": ["cheval et", "chevaler"], "pinceau": ["pin sot", "pain seau"],
        "aquarelle": ["aqua relle", "à quarelle"], "fusain": ["fut saint", "fusains"],
        "pastels": ["pastel", "pas stèle"], "crayons": ["crayon", "craillons"],
        "croquis": ["croquie", "croc qui"], "feutres": ["feutre", "f'autres"],
        "vernis": ["verni", "vers nie"], "tableau": ["tablo", "ta beau"], "clé": ["clef", "claie"],
        "molette": ["mollette", "mots lettes"], "pince": ["pinces", "pinse"],
        "niveau": ["nivo", "nid vaut"], "bulle": ["bull", "bulles"], "scie": ["si", "ci"],
        "égoïne": ["égoine", "et go ine"], "lame": ["l'âme", "lames"],
        "maillet": ["mailler", "mai yé"], "caoutchouc": ["caoutchou"], "pointes": ["pointe", "points"],
        "ciseau": ["ciseaux", "si seau"], "lime": ["limes", "lyme"], "biche": ["biches", "bi che"],
        "caisse": ["caisses", "qu'est-ce"], "outils": ["outil", "où tille"], "mat": ["mate", "math"],
        "plate": ["platte", "plat"], "dur": ["dure"], "moyen": ["moyens", "moi yen"],
        "paysage": ["pays sage", "paysages"], "brillant": ["brillants", "bris an"],
        "satiné": ["satinée", "satiner"], "relié": ["relier", "reliés"], "spirale": ["spiral"],
        "cerise": ["cerises", "ce rise"], "inox": ["inoxe", "i nox"], "verre": ["vert", "vers"],
        "bambou": ["bambous", "bamboo"], "acier": ["acié", "a scier"], "bois": ["boit", "boa"],
        "métal": ["métale", "mes tal"], "ronde": ["rondes", "ron de"],
        "galvanisées": ["galvanisé", "galvaniser"], "tulipe": ["tulipes", "tu lippe"],
        "haricot": ["haricots", "a ricot"], "courgette": ["courgettes", "cour jette"],
        "anthracite": ["anthracites", "en tracite"], "terre": ["taire", "ter"],
        "porcelaine": ["porc laine", "porcelaines"], "olivier": ["olivié", "oliviers"],
        "nylon": ["nilon", "ni long"], "manuel": ["manuelle", "manuels"],
        "électrique": ["électriques", "élec trique"], "vermillon": ["ver millon"],
        "outremer": ["outre mer"], "citron": ["citrons", "si tron"], "titane": ["tit âne"],
        "ivoire": ["y voir", "ivoires"], "coton": ["cotons", "co thon"], "hêtre": ["être", "êtres"],
        "semences": ["semence", "ses mances"], "fonte": ["fontes"], "orage": ["aux rages"],
        "wok": ["woke", "oc"], "cutter": ["cuteur", "qu'une taire"], "serre": ["sert", "cerf"],
        "joint": ["joins", "joie n"], "sienne": ["siennes", "scienne"], "tendre": ["tandre"],
    },
    "en": {
        "bulbs": ["bulb", "bulbes"], "daffodil": ["daffy dill"], "mulch": ["mulsh", "mulched"],
        "flax": ["flacks", "flecks"], "bark": ["barque", "bar k"], "cocoa": ["coco", "co co"],
        "shell": ["shel", "shall"], "planter": ["plant her", "planner"], "terracotta": ["terra coda"],
        "charcoal": ["char coal", "charcol"], "rake": ["rack", "wreak"], "leaf": ["leave", "lief"],
        "lawn": ["lon", "law n"], "teeth": ["teef", "tee"], "hoe": ["ho", "hoa"],
        "trowel": ["towel", "troll"], "stainless": ["stain less", "stainles"],
        "steel": ["steal", "stele"], "sprayer": ["spray er", "sprayor"], "seeds": ["cedes", "seas"],
        "zucchini": ["zukini", "zoo keeny"], "radish": ["reddish", "rad dish"],
        "lettuce": ["let us", "lettice"], "bean": ["been", "bin"], "cherry": ["sherry", "chery"],
        "tomato": ["tomatoe", "to mato"], "slug": ["slog", "slugs"], "pellets": ["pallets", "pellet"],
        "birdhouse": ["bird house", "bird's house"], "wood": ["would", "wooed"],
        "forest": ["for rest", "forrest"], "stake": ["steak", "stakes"], "dutch": ["duch", "touch"],
        "oven": ["often", "ovan"], "matte": ["mat", "matt"], "storm": ["storms", "store m"],
        "wok": ["walk", "woke"], "carbon": ["car bone", "carbine"], "cast": ["caste", "cased"],
        "iron": ["iran", "eye ron"], "colander": ["calendar", "colonder"],
        "collapsible": ["collapsable"], "grater": ["greater", "grader"], "box": ["bocks", "bachs"],
        "ladle": ["laddle", "lay dull"], "olive": ["all of", "olives"], "spinner": ["spin her"],
        "cooker": ["cook her", "kooker"], "kettle": ["kettel", "cattle"], "enamel": ["a animal", "enamal"],
        "porcelain": ["porcelin", "pour slain"], "opener": ["open her", "opner"],
        "manual": ["manuel", "manule"], "electric": ["electrick", "a lectric"],
        "scale": ["scail", "scales"], "bowl": ["bowel", "bole"], "glass": ["class", "gloss"],
        "mandoline": ["mandolin", "man doline"], "slicer": ["slice her", "slicers"],
        "gouache": ["gouash", "gwash"], "paint": ["pain", "pant"], "vermilion": ["vermin lion"],
        "ultramarine": ["ultra marine"], "lemon": ["lemmon", "layman"], "titanium": ["tie tanium"],
        "ivory": ["ivery", "ivy"], "raw": ["roar", "ra"], "sienna": ["siena", "sienah"],
        "oil": ["all", "oyl"], "canvas": ["canvass", "can vas"], "cotton": ["cottan", "coton"],
        "linen": ["linin", "lin in"], "easel": ["easil", "easy l"], "beech": ["beach", "beeche"],
        "watercolor": ["water color", "water collar"], "brush": ["brash", "brushed"],
        "squirrel": ["squirl", "squirrell"], "hair": ["hare", "air"], "press": ["pres", "prez"],
        "hot": ["hat", "hut"], "cold": ["cole", "called"], "sticks": ["stix", "stick"],
        "soft": ["sofed", "sought"], "medium": ["midi um", "medeum"], "hard": ["heard", "hart"],
        "pastels": ["pastel", "pastelles"], "portrait": ["portray", "por trait"],
        "landscape": ["land scape", "landscaped"], "pencils": ["pencil", "pensils"],
        "muted": ["mutant", "mooted"], "tones": ["tons", "towns"],
        "sketchbook": ["sketch book", "sketched book"], "spiral": ["spirrel", "spyral"],
        "bound": ["bowned", "bond"], "hardbound": ["hard bound", "heart bound"],
        "markers": ["marquers", "marker's"], "alcohol": ["alcahol", "al cohol"], "tip": ["tap", "tipp"],
        "chisel": ["chissel", "chisle"], "varnish": ["varnice", "vanish"],
        "picture": ["pitcher", "picher"], "gloss": ["glass", "gross"], "satin": ["satan", "sateen"],
        "linseed": ["lin seed", "linseeds"], "wrench": ["rench", "ranch"],
        "adjustable": ["a justable", "adjustible"], "pliers": ["plyers", "players"],
        "groove": ["grove", "groov"], "joint": ["join", "joined"], "hex": ["hecks", "hexa"],
        "key": ["quay", "kee"], "metric": ["metrick", "met trick"], "spirit": ["spear it", "spirits"],
        "level": ["lever", "levels"], "magnetic": ["magnetik", "magnetics"], "saw": ["so", "sore"],
        "fine": ["find", "fin"], "cut": ["cot", "cutt"], "fast": ["fest", "fass"],
        "utility": ["utilidy", "you tility"], "knife": ["nife", "knives"], "blade": ["blaid", "played"],
        "mallet": ["mallard", "ballet"], "rubber": ["rubbur", "robber"], "clamp": ["clam", "clamps"],
        "nails": ["nail", "nales"], "galvanized": ["galvanised", "galvanize"], "bright": ["brite"],
        "file": ["phial", "vile"], "round": ["rown", "round's"], "crowbar": ["crow bar", "crowbarr"],
        "toolbox": ["tool box", "tulbox"], "metal": ["medal", "mettle"], "plastic": ["plastik"],
        "tulip": ["tulips", "tulep"], "pine": ["pyne", "pain"], "natural": ["natchural", "nacheral"],
    },
}  # fmt: skip

VOWELS = "aeiouyéèêëàâîïôûœ"


def fold(text: str) -> str:
    """Without accents."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def cut(word: str, rng: random.Random) -> str | None:
    """A long word heard as two, cut before a consonant between vowels or between two
    consonants, both halves at least three letters long ("pulvéri sateur", "tran splantoir")."""
    if len(word) < 7 or not word.isalpha():
        return None
    spots = [n for n in range(3, len(word) - 2) if word[n] not in VOWELS
             and ((word[n - 1] in VOWELS and word[n + 1] in VOWELS)
                  or (word[n - 2] in VOWELS and word[n - 1] not in VOWELS + "h" and word[n] not in "lrh"))]  # fmt: skip
    if not spots:
        return None
    at = rng.choice(spots)
    return f"{word[:at]} {word[at:]}"


# --- elisions, liaisons, linking ---------------------------------------------------------------
LIAISON_AFTER = {"deux": "z", "trois": "z", "six": "z", "dix": "z", "un": "n", "les": "z",
                 "des": "z", "cent": "t", "vingt": "t", "grand": "t", "petit": "t", "gros": "z"}  # fmt: skip


def liaison(word: str, following: str, rng: random.Random) -> str | None:
    """The next word as written when a liaison (due or wrongly made) is heard on it."""
    if len(following) < 3 or following[0] not in VOWELS or not word.isalpha():
        return None
    sound = LIAISON_AFTER.get(word)
    if sound is None:
        if word[-1] not in "eésx":
            return None
        sound = rng.choice("zt")  # « pataquès »: a liaison that is not there
    return sound + following


def linking(word: str, following: str) -> tuple[str, str] | None:
    """ "cast iron" heard "cas tiron": the final consonant of ``word`` begins the next word."""
    if len(word) < 3 or not following or following[0] not in "aeiou" or word[-1] in VOWELS:
        return None
    if not word.isalpha() or (word[-2] in "aeiou" and word[-1] in "wy"):
        return None
    return word[:-1], word[-1] + following


# --- brands ------------------------------------------------------------------------------------
def hear_brand(parts: tuple[str, ...], sounds: dict[str, tuple[str, str]], plain: bool, lang: str,
               rng: random.Random) -> tuple[str, str] | None:  # fmt: skip
    """The brand as a recogniser writes an unknown word, and how (the noise tag)."""
    lowered = [p.lower() for p in parts]
    if plain:
        if len(lowered) > 1:
            return "".join(lowered), "brand_merged"
        return None
    roll = rng.random()
    if roll < 0.55:
        words = [sounds[p][0 if lang == "fr" else 1] if p in sounds and rng.random() < 0.7 else p
                 for p in lowered]  # fmt: skip
        if words != lowered:
            return " ".join(words), "brand_words"
    if len(lowered) > 1:
        at = rng.randrange(1, len(lowered))
        return f"{''.join(lowered[:at])} {''.join(lowered[at:])}", "brand_split"
    return None
