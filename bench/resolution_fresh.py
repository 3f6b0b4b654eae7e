"""The *fresh* half of :mod:`bench.resolution_gen`: shops, brands, phrasings and noise that no
half the resolver was tuned on has, to measure how it does on what it has never seen.

Four kinds of shop none of the other halves has (wine and spirits, sports, electronics
accessories, baby care), brands made of other syllables (none sounds like a brand of another
half), one more way of writing titles (the noun before the brand: "Câble USB-C Zentek noir
1 m"), and noise with its own parameters:

- carrier phrases of their own in each locale ("je me prendrais bien", "do you guys have"),
  an article after them ("du", "une", "the", "some") and now and then a hesitation ("euh");
- more homophones and spellings by sound of the kind French and English recognisers write
  ("bierre", "champane", "whine", "cabel"), sometimes two slips in one word, and acronyms
  spelt out letter by letter ("u s b");
- the brand after the noun with a preposition ("de chez", "de la marque", "by", "from"), or
  run together with the noun; brands cut in two or three;
- sizes said first ("a two meter usb c cable"), packs said the English way ("six pack"), half
  units in words ("un litre et demi"), quantities before the name.

Nothing here is read by the resolver, and nobody looks at the fresh half's misses one by one:
it is measured, never tuned on.
"""

from __future__ import annotations

import random
import re

from bench import resolution_noise as noise
from bench.resolution_gen import (
    LOCALES,
    QUERIES_PER_SHOP,
    GeneratedSet,
    GenQuery,
    QueryMaker,
    Shop,
    _brand,
    _distinct,
    _foreign_nouns,
    build_shop,
    generate,
)
from bench.resolution_shops import COLOURS, SHOPS, Pair, ProductType, _pairs
from catalog.model import Catalog

__all__ = ["FRESH_SHOPS", "FreshQueryMaker", "generate_fresh"]


def _sizes(text: str) -> list[Pair]:
    """ "75 cl/750 ml, lot de 6/6 pack": each size in both languages, as written."""
    return [(fr.strip(), en.strip()) for fr, en in (item.split("/") for item in text.split("; "))]


ONE = _sizes("1 pièce/1 piece")
FRESH_SHOPS: dict[str, list[ProductType]] = {
    "wine": [
        ("vin rouge", "red wine",
         _pairs("bordeaux/bordeaux, bourgogne/burgundy, côtes du rhône/rhone valley, merlot/merlot"),
         _sizes("75 cl/750 ml; 1,5 l/1.5 l")),
        ("vin blanc", "white wine", _pairs("chardonnay/chardonnay, sauvignon/sauvignon blanc, "
                                           "riesling/riesling"), _sizes("75 cl/750 ml")),
        ("vin rosé", "rosé wine", _pairs("provence/provence, sec/dry"),
         _sizes("75 cl/750 ml; 1,5 l/1.5 l")),
        ("champagne", "champagne", _pairs("brut/brut, rosé/rosé, demi-sec/demi sec"),
         _sizes("37,5 cl/375 ml; 75 cl/750 ml")),
        ("bière blonde", "lager", [], _sizes("lot de 6/6 pack; lot de 12/12 pack")),
        ("bière ambrée", "amber ale", [], _sizes("lot de 6/6 pack; 75 cl/750 ml")),
        ("whisky", "whisky", _pairs("12 ans/12 year old, tourbé/peated, single malt/single malt"),
         _sizes("70 cl/700 ml")),
        ("rhum", "rum", _pairs("blanc/white, ambré/dark, épicé/spiced"),
         _sizes("70 cl/700 ml; 1 l/1 l")),
        ("gin", "gin", _pairs("london dry/london dry, floral/floral"), _sizes("70 cl/700 ml")),
        ("cidre", "hard cider", _pairs("brut/dry, doux/sweet"), _sizes("75 cl/750 ml; lot de 4/4 pack")),
        ("tire-bouchon", "corkscrew", [], ONE),
        ("verres à vin", "wine glasses", [], _sizes("lot de 2/set of 2; lot de 6/set of 6")),
    ],
    "sports": [
        ("balles de tennis", "tennis balls", [], _sizes("tube de 3/can of 3; tube de 4/can of 4")),
        ("raquette de badminton", "badminton racket",
         _pairs("débutant/beginner, compétition/competition"), ONE),
        ("ballon de basket", "basketball", _pairs("orange/orange, noir/black"),
         _sizes("taille 5/size 5; taille 7/size 7")),
        ("gourde", "water bottle", COLOURS, _sizes("500 ml/500 ml; 750 ml/750 ml; 1 l/1 l")),
        ("haltères", "dumbbells", _pairs("néoprène/neoprene, fonte/cast iron"),
         _sizes("2 kg/2 kg; 5 kg/5 kg; 10 kg/10 kg")),
        ("corde à sauter", "jump rope", [], _sizes("2,5 m/2.5 m; 3 m/3 m")),
        ("chaussettes de sport", "athletic socks", _pairs("blanches/white, noires/black"),
         _sizes("lot de 3/3 pack; lot de 6/6 pack")),
        ("protège-tibias", "shin guards", [], _sizes("taille S/size S; taille M/size M; taille L/size L")),
        ("lunettes de natation", "swim goggles", _pairs("fumées/tinted, transparentes/clear"), ONE),
        ("sac de sport", "gym bag", COLOURS, _sizes("30 l/30 l; 50 l/50 l")),
        ("maillot de cyclisme", "cycling jersey", COLOURS,
         _sizes("taille S/size S; taille M/size M; taille L/size L")),
    ],
    "electronics": [
        ("câble usb-c", "usb-c cable", _pairs("noir/black, blanc/white, tressé/braided"),
         _sizes("1 m/1 m; 2 m/2 m")),
        ("chargeur secteur", "wall charger", _pairs("blanc/white, noir/black"),
         _sizes("20 W/20 W; 65 W/65 W")),
        ("écouteurs sans fil", "wireless earbuds", _pairs("blanc/white, noir/black, bleu/blue"), ONE),
        ("batterie externe", "power bank", [], _sizes("10000 mAh/10000 mAh; 20000 mAh/20000 mAh")),
        ("coque de téléphone", "phone case", _pairs("transparente/clear, noire/black, silicone/silicone"),
         _sizes("iphone 15/iphone 15; galaxy s24/galaxy s24")),
        ("souris sans fil", "wireless mouse", _pairs("noire/black, grise/grey, rose/pink"), ONE),
        ("clavier", "keyboard", _pairs("sans fil/wireless, rétroéclairé/backlit"), ONE),
        ("carte mémoire", "memory card", [], _sizes("32 Go/32 GB; 64 Go/64 GB; 128 Go/128 GB")),
        ("adaptateur hdmi", "hdmi adapter", [], ONE),
        ("piles", "batteries", _pairs("AA/AA, AAA/AAA"), _sizes("lot de 4/4 pack; lot de 8/8 pack")),
        ("support de téléphone", "phone stand", _pairs("aluminium/aluminum, plastique/plastic"), ONE),
    ],
    "baby": [
        ("couches", "diapers", [], _sizes("taille 3/size 3; taille 4/size 4; taille 5/size 5")),
        ("lingettes bébé", "baby wipes", _pairs("sans parfum/fragrance free, aloe vera/aloe vera"),
         _sizes("lot de 3/3 pack; lot de 6/6 pack")),
        ("lait infantile", "infant formula", _pairs("premier âge/stage one, deuxième âge/stage two"),
         _sizes("800 g/800 g")),
        ("biberon", "baby bottle", _pairs("verre/glass, plastique/plastic"),
         _sizes("150 ml/150 ml; 250 ml/250 ml")),
        ("tétine", "pacifier", _pairs("silicone/silicone, caoutchouc/natural rubber"),
         _sizes("lot de 2/2 pack")),
        ("petits pots", "baby food jars", _pairs("carotte/carrot, pomme/apple, petits pois/peas"),
         _sizes("lot de 4/4 pack; lot de 8/8 pack")),
        ("crème pour le change", "diaper rash cream", [], _sizes("50 ml/50 ml; 100 ml/100 ml")),
        ("gel lavant bébé", "baby wash", _pairs("sans parfum/fragrance free, camomille/chamomile"),
         _sizes("200 ml/200 ml; 500 ml/500 ml")),
        ("bavoir", "bib", COLOURS, _sizes("lot de 2/2 pack; lot de 5/5 pack")),
        ("thermomètre de bain", "bath thermometer", [], ONE),
        ("gigoteuse", "baby sleeping bag", _pairs("coton/cotton, polaire/fleece"),
         _sizes("70 cm/70 cm; 90 cm/90 cm")),
        ("huile d'amande douce", "sweet almond oil", [], _sizes("100 ml/100 ml; 250 ml/250 ml")),
    ],
}  # fmt: skip

FRESH_OFF_CATALOG: list[Pair] = _pairs(
    "piano/piano, canapé/sofa, perceuse/power drill, réfrigérateur/refrigerator, "
    "trampoline/trampoline, lave-linge/washing machine, guitare/guitar, bougie parfumée/scented "
    "candle, tente de camping/camping tent, imprimante/printer, skateboard/skateboard, "
    "four micro-ondes/microwave oven, poussette/stroller, cafetière/coffee pot"
)
FRESH_SYLLABLES = [
    *[
        "zen",
        "tek",
        "vai",
        "mor",
        "qui",
        "bal",
        "ost",
        "dru",
        "fin",
        "kor",
        "lum",
        "nor",
        "ped",
        "sil",
        "tav",
        "um",
        "vex",
        "yor",
        "zal",
        "bex",
    ],
    *[
        "cam",
        "dal",
        "ert",
        "gil",
        "hux",
        "isk",
        "jun",
        "kap",
        "len",
        "mex",
        "nub",
        "oxa",
        "pim",
        "rud",
        "sto",
        "tuk",
        "ulv",
        "ver",
        "bro",
        "cin",
    ],
    *[
        "dap",
        "eko",
        "fal",
        "gor",
        "hel",
        "ida",
        "kel",
        "lor",
        "mur",
        "nev",
        "opa",
        "pax",
        "rho",
        "sen",
        "tam",
        "uzo",
        "wen",
        "xel",
        "yam",
        "zir",
    ],
]
TITLE_ORDERS = ("brand-first", "noun-brand", "noun-brand", "brand-last", "brand-first-en-adj")

CARRIERS = {
    "fr": {
        "pre": [
            "je me prendrais bien", "tu me commandes", "est-ce qu'il te reste", "mettez-moi",
            "rajoute-nous", "ce serait pour", "je te demande", "tu pourrais me trouver",
            "on va prendre", "il me manque", "je cherchais", "vous faites", "tu vends",
            "j'en veux", "pense à me prendre", "je suis à la recherche de",
            "tu peux me commander", "note-moi", "je reprendrais bien", "il faut racheter",
        ],
        "post": ["pour demain", "quand tu peux", "c'est tout", "s'il te plaît merci",
                 "pour le week-end", "pour les enfants", "voilà", "si possible"],
    },
    "en": {
        "pre": [
            "could i get", "can i order", "i'll grab", "let's get", "i'd also like", "put down",
            "we're out of", "do you guys have", "i'm in need of", "can you find", "i gotta get",
            "help me buy", "i'd really like", "get us", "add me", "can you put in",
            "i'm shopping for", "fetch me", "we need more", "pick me up",
        ],
        "post": ["when you can", "that's all", "for the weekend", "for the kids", "if possible",
                 "real quick", "thanks a lot", "please alexa"],
    },
}  # fmt: skip
ARTICLES = {
    "fr": ["le", "la", "les", "du", "de la", "un", "une", "des", "l'"],
    "en": ["the", "some", "a", "an", "a couple of"],
}
HESITATIONS = {"fr": ["euh", "heu", "ben"], "en": ["uh", "um", "like"]}
BRAND_LINKS = {
    "fr": ["de chez", "de la marque", "de", "marque"],
    "en": ["by", "from", "made by", "brand"],
}

# Whole words a recogniser writes for another that sounds the same.
HOMOPHONES = {
    "fr": {
        "vin": ["vain", "vingt", "vint"], "rouge": ["rouges"], "blanc": ["blanche", "blan"],
        "rosé": ["rosée", "rozé", "roser"], "bière": ["bierre", "biere", "bières"],
        "cidre": ["sidre"], "rhum": ["rom", "rome"], "gin": ["djinn", "jean"],
        "whisky": ["ouisky", "whiskey"], "champagne": ["champane", "champagnes"],
        "brut": ["brute"], "doux": ["doue", "dous"], "câble": ["cable", "cab le"],
        "chargeur": ["chargeure", "charjeur"], "souris": ["souri", "sourit"],
        "coque": ["coq", "coke"], "clavier": ["clavié"], "piles": ["pile", "pil"],
        "couches": ["couche", "kouche"], "biberon": ["bibron", "bibe ron"],
        "tétine": ["tetine", "tétines"], "lait": ["lai", "laid", "les"],
        "bavoir": ["bavoire", "bas voir"], "haltères": ["altères", "haltère"],
        "gourde": ["gourd", "gourdes"], "raquette": ["raquete", "racket"],
        "chaussettes": ["chossettes", "chaussette"], "ballon": ["balon", "ballons"],
        "maillot": ["mayo", "maillo"], "balles": ["bal", "bals"], "sac": ["sacs", "sak"],
        "verres": ["verts", "vers"], "pots": ["peau", "pot"], "pois": ["poids", "poix"],
        "verre": ["vert", "vers"], "sec": ["seck", "sèche"], "bain": ["bin", "bains"],
        "change": ["chanje"], "amande": ["amende", "amandes"], "coton": ["cotons"],
    },
    "en": {
        "wine": ["whine", "wines"], "red": ["read"], "white": ["wight", "whyte"],
        "beer": ["bier", "beers"], "ale": ["ail"], "rum": ["room", "rhum"], "gin": ["jin"],
        "cider": ["sider"], "brut": ["brute"], "dry": ["drie"], "port": ["porte"],
        "cable": ["cabel", "cabe"], "charger": ["charjer", "charge her"], "mouse": ["mouce"],
        "case": ["kase"], "earbuds": ["ear buds", "earbud"], "keyboard": ["key board"],
        "batteries": ["battery", "batterys"], "diapers": ["dipers", "diaper"],
        "wipes": ["whipes", "wipe"], "bottle": ["bottel", "bottles"], "pacifier": ["passifier"],
        "bib": ["bibb"], "formula": ["formular"], "racket": ["racquet"], "socks": ["sox"],
        "goggles": ["gogles"], "dumbbells": ["dumb bells", "dumbells"], "jersey": ["jersy"],
        "guards": ["gards"], "rope": ["roap"], "glasses": ["glasse"], "peas": ["peace"],
        "wash": ["watch"], "cream": ["creme", "cream"], "oil": ["oyl"], "bag": ["bags"],
    },
}  # fmt: skip
# Spellings by sound: (pattern, replacement); one or two applied.
RESPELL = {
    "fr": [
        (r"é", "è"), (r"é$", "ée"), (r"ette$", "ète"), (r"tion", "ssion"), (r"oi", "oa"),
        (r"^h", ""), (r"e$", "es"), (r"r$", "re"), (r"eau", "au"), (r"x$", ""), (r"s$", ""),
        (r"ss", "s"), (r"(?<=[aeiou])s(?=[aeiou])", "ss"), (r"ch", "sh"), (r"gu", "g"),
        (r"c(?=[ei])", "ss"), (r"qu", "c"), (r"an", "ant"), (r"on$", "ont"), (r"in", "un"),
        (r"è", "e"), (r"ê", "è"), (r"â", "a"), (r"ll", "l"), (r"tt", "t"), (r"ie$", "i"),
    ],
    "en": [
        (r"y$", "i"), (r"ie$", "y"), (r"ight", "ite"), (r"le$", "el"), (r"ck", "k"),
        (r"c(?=[ei])", "s"), (r"^wh", "w"), (r"ph", "f"), (r"ll", "l"), (r"k", "c"),
        (r"ee", "i"), (r"er$", "a"), (r"ou", "u"), (r"s$", "ss"), (r"(?<=[aeiou])s$", "z"),
        (r"tt", "t"), (r"a(?=[^aeiou]e$)", "ai"), (r"o(?=[^aeiou]e$)", "oa"), (r"ea", "e"),
        (r"i(?=[^aeiou]e$)", "y"), (r"dd", "d"), (r"x", "cks"),
    ],
}  # fmt: skip
ACRONYMS = frozenset({"usb", "hdmi", "aa", "aaa", "spf"})


def respell(rng: random.Random, word: str, lang: str) -> str:
    """A homophone (half the time when there is one), else one or two spellings by sound."""
    homophones = HOMOPHONES[lang].get(word)
    if homophones and rng.random() < 0.5:
        return rng.choice(homophones)
    rules = list(RESPELL[lang])
    rng.shuffle(rules)
    slips = 2 if rng.random() < 0.3 else 1
    for pattern, replacement in rules:
        changed = re.sub(pattern, replacement, word, count=1)
        if changed != word and len(changed) >= 3:
            word = changed
            slips -= 1
            if not slips:
                break
    return word


def spell_letters(word: str) -> str:
    """ "usb-c" → "u s b c": an acronym written letter by letter."""
    return " ".join(" ".join(part) if part in ACRONYMS else part for part in word.split("-"))


def split_word(rng: random.Random, word: str) -> str:
    """A word cut once, or twice when long ("ze ntek", "va ler mo")."""
    if len(word) >= 8 and rng.random() < 0.35:
        first = rng.randint(2, len(word) - 5)
        second = rng.randint(first + 2, len(word) - 2)
        return f"{word[:first]} {word[first:second]} {word[second:]}"
    return noise.split_word(rng, word)


class FreshQueryMaker(QueryMaker):
    """The generator's query maker with the fresh half's phrasings and noise."""

    def carrier_pool(self, pool: str) -> dict[str, list[str]]:
        return CARRIERS[self.code]

    def say_size(self, size: str) -> str:
        rng, code = self.rng, self.code
        pack = re.fullmatch(r"(\d+) pack", size)
        if pack and rng.random() < 0.5:  # "six pack of ..." said as "pack of six"
            return f"pack of {noise.english_number(int(pack.group(1)))}"
        half = re.fullmatch(r"(\d+)[.,]5 (l|kg|m)", size)
        if half and rng.random() < 0.5:
            whole = int(half.group(1))
            unit = noise.SPOKEN_UNITS[code][half.group(2)][0]
            if code == "fr":
                return f"{noise.french_number(whole)} {unit.rstrip('s')} et demi"
            return f"{noise.english_number(whole)} and a half {unit}"
        out = []
        for index, word in enumerate(size.split()):
            if re.fullmatch(r"\d+(?:[.,]\d+)?", word):
                out.append(noise.say_number(rng, word, code) if rng.random() < 0.85 else word)
            elif index > 0 and word in noise.SPOKEN_UNITS[code]:
                out.append(rng.choice(noise.SPOKEN_UNITS[code][word]))
            else:
                out.append(word.lower())
        return " ".join(out)

    def place_brand(self, parts: list[str], brand: str, tags: list[str]) -> list[str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.2:
            tags.append("brand_after")
            return [*parts, brand]
        if roll < 0.32:
            tags.append("brand_linked")
            return [*parts, f"{rng.choice(BRAND_LINKS[self.code])} {brand}"]
        if roll < 0.37 and parts and " " not in brand:
            tags.append("brand_noun_merged")
            head, _, rest = parts[0].partition(" ")
            return [f"{brand}{head} {rest}".strip(), *parts[1:]]
        return [brand, *parts]

    def _noun_phrase(self, noun: str, value: str, size_word: str, tags: list[str]) -> list[str]:
        parts = super()._noun_phrase(noun, value, size_word, tags)
        pieces = {piece for word in parts[0].split() for piece in word.split("-")}
        if pieces & ACRONYMS and self.rng.random() < 0.35:
            tags.append("letters")
            parts = [" ".join(spell_letters(w) for w in parts[0].split())]
        return parts

    def _garble_word(self, word: str, tags: list[str]) -> str:
        rng = self.rng
        if rng.random() < 0.25 and len(word) >= 3:
            tags.append("asr")
            word = respell(rng, word, self.code)
        if rng.random() < 0.1 and len(word) >= 7:
            tags.append("split")
            word = split_word(rng, word)
        return word

    def _garble_brand(self, brand: str, tags: list[str]) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.15:
            tags.append("brand_split")
            return " ".join(split_word(rng, w) for w in brand.split())
        if roll < 0.32:
            tags.append("brand_asr")
            return " ".join(respell(rng, w, self.code) for w in brand.split())
        if roll < 0.38 and " " in brand:
            tags.append("brand_merged")
            return brand.replace(" ", "")
        return brand

    def _carry(self, text: str, tags: list[str]) -> str:
        rng, code = self.rng, self.code
        roll = rng.random()
        if roll < 0.3:
            article = rng.choice(ARTICLES[code])
            text = f"{article}{text}" if article.endswith("'") else f"{article} {text}"
            tags.append("article")
        elif roll < 0.42:
            text = f"{noise.number_word(rng, code)} {text}"
            tags.append("quantity")
        if rng.random() < 0.15:  # a pause before the name, or after its first word
            words = text.split()
            at = 0 if rng.random() < 0.7 or len(words) < 3 else 1
            text = " ".join([*words[:at], rng.choice(HESITATIONS[code]), *words[at:]])
            tags.append("hesitation")
        if rng.random() < 0.8:
            text = f"{rng.choice(self.carriers['pre'])} {text}"
            tags.append("carrier")
        if rng.random() < 0.25:
            text = f"{text} {rng.choice(self.carriers['post'])}"
            tags.append("carrier_after")
        if code == "fr" and rng.random() < 0.4:
            text = noise.strip_accents(text)
            tags.append("accents")
        return text.lower()


def generate_fresh(seed: int, per_shop: int = QUERIES_PER_SHOP) -> GeneratedSet:
    """The fresh half: its own shops and queries; no brand sounds like one of another half."""
    rng = random.Random(f"{seed}:fresh")
    taken = [brand for half in ("tune", "held", "dev") for s in generate(half, seed).shops
             for brand in s.brands]  # fmt: skip
    shops: list[Shop] = [
        build_shop(
            f"f{number}-{kind}", kind, rng, taken, FRESH_SHOPS, FRESH_SYLLABLES, TITLE_ORDERS
        )
        for number, kind in enumerate(FRESH_SHOPS)
    ]
    unsold: list[str] = []
    while len(unsold) < 30:
        brand = _brand(rng, FRESH_SYLLABLES)
        if _distinct(brand, taken + unsold):
            unsold.append(brand)
    every_kind = {**SHOPS, **FRESH_SHOPS}
    catalogs: dict[tuple[str, str], Catalog] = {}
    queries: list[GenQuery] = []
    for shop in shops:
        for locale in LOCALES:
            catalogs[(shop.name, locale)] = shop.catalog(locale)
            maker = FreshQueryMaker(shop, locale, "fresh", rng)
            foreign = _foreign_nouns(shop, LOCALES.index(locale), every_kind, FRESH_OFF_CATALOG)
            queries.extend(maker.make(unsold, foreign) for _ in range(per_shop))
    return GeneratedSet("fresh", shops, catalogs, queries)
