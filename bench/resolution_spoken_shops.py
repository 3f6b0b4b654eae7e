"""The shops of the *spoken* half (:mod:`bench.resolution_spoken`): four kinds of shop no other
half has (lighting and electrical supplies, fishing tackle, pool and spa care, baking and
pastry supplies), with what a shopper of each trade knows of a product besides its noun: the
gender and number of each French noun, the generic words and descriptions of use that name one
product type of the shop, the trade's other names for a variant ("gros culot" for E27, "braid"
for braided line), the neighbouring trades' things these shops do not sell, brands and titles.

A product type is ``(fr noun, en noun, axis values [(fr, en)...], sizes [(fr, en)...])``, as in
:mod:`bench.resolution_shops`; sizes are listed smallest first, so "the biggest" is the last one
(``UNORDERED`` names the types where that means nothing: hook numbers, cartridge types). Every
list here was written for this half, and the resolver never reads this module.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench import resolution_noise as noise
from bench.resolution_casual_shops import shop_words
from bench.resolution_far_shops import _duo
from bench.resolution_gen import Item, Shop, _distinct
from bench.resolution_shops import Pair, ProductType

SPOKEN_SHOPS: dict[str, list[ProductType]] = {
    "lighting": [
        ("ampoule LED", "LED bulb", _duo("E27 | E26; E14 | E12; GU10 | GU10; B22 | GU24"),
         _duo("5 W (40 W) | 5W (40W equivalent); 8 W (60 W) | 9W (60W equivalent); "
              "11 W (75 W) | 11W (75W equivalent); 15 W (100 W) | 15W (100W equivalent)")),
        ("ampoule à filament", "filament bulb",
         _duo("globe | globe; flamme | candle; standard | A19; tube | tube"),
         _duo("4 W | 4W; 6 W | 6W; 8 W | 8W")),
        ("spot encastrable", "recessed light", _duo("blanc | white; noir mat | matte black; "
                                                   "alu brossé | brushed nickel"),
         _duo("68 mm | 4 in; 85 mm | 6 in")),
        ("ruban LED", "LED strip light", _duo("blanc chaud | warm white; blanc froid | cool white; "
                                             "RGB | RGB"),
         _duo("2 m | 6.5 ft; 5 m | 16.4 ft; 10 m | 32.8 ft")),
        ("rallonge électrique", "extension cord",
         _duo("blanche | white; noire | black; orange | orange"),
         _duo("3 m | 6 ft; 5 m | 15 ft; 10 m | 25 ft; 25 m | 50 ft")),
        ("multiprise", "power strip", _duo("avec interrupteur | with switch; parafoudre | surge "
                                           "protector; avec USB | with USB ports"),
         _duo("3 prises | 3 outlets; 4 prises | 4 outlets; 6 prises | 6 outlets")),
        ("interrupteur", "light switch", _duo("simple | single pole; va-et-vient | 3-way; "
                                              "variateur | dimmer"),
         _duo("à l'unité | single; lot de 3 | 3 pack; lot de 10 | 10 pack")),
        ("projecteur LED", "LED flood light",
         _duo("avec détecteur | with motion sensor; sans détecteur | without sensor"),
         _duo("10 W | 20W; 20 W | 50W; 50 W | 100W")),
        ("lampe de chevet", "bedside lamp", _duo("laiton | brass; blanche | white; "
                                                 "noir mat | matte black; rotin | rattan"),
         _duo("30 cm | 12 in; 45 cm | 18 in")),
        ("piles", "batteries", _duo("AA | AA; AAA | AAA; 9 V | 9V; CR2032 | CR2032"),
         _duo("x4 | 4 pack; x8 | 8 pack; x12 | 12 pack")),
    ],
    "fishing": [
        ("hameçons", "fishing hooks", _duo("simples | single; triples | treble; circle | circle"),
         _duo("n° 6 | size 6; n° 8 | size 8; n° 10 | size 10; n° 12 | size 12")),
        ("fil de pêche", "fishing line", _duo("nylon | monofilament; tresse | braided; "
                                              "fluorocarbone | fluorocarbon"),
         _duo("0,20 mm | 6 lb test; 0,25 mm | 8 lb test; 0,30 mm | 10 lb test; "
              "0,35 mm | 12 lb test")),
        ("leurre souple", "soft bait", _duo("naturel | natural shad; chartreuse | chartreuse; "
                                            "fire tiger | firetiger; blanc nacré | pearl white"),
         _duo("7 cm | 3 in; 10 cm | 4 in; 12 cm | 5 in")),
        ("cuiller tournante", "inline spinner",
         _duo("argentée | silver; dorée | gold; cuivrée | copper"),
         _duo("n° 2 (4 g) | 1/8 oz; n° 3 (6 g) | 1/6 oz; n° 4 (9 g) | 1/4 oz")),
        ("plombs", "sinkers", _duo("fendus | split shot; olives | egg; poires | bank"),
         _duo("10 g | 1/4 oz; 20 g | 1/2 oz; 40 g | 1 oz")),
        ("canne à pêche", "fishing rod", _duo("spinning | spinning; carpe | carp; "
                                              "télescopique | telescopic"),
         _duo("2,10 m | 7 ft; 2,70 m | 9 ft; 3,60 m | 12 ft")),
        ("moulinet", "spinning reel", _duo("frein avant | front drag; frein arrière | rear drag"),
         _duo("taille 2500 | size 2500; taille 3000 | size 3000; taille 4000 | size 4000")),
        ("épuisette", "landing net", _duo("manche télescopique | telescopic handle; "
                                          "manche fixe | fixed handle"),
         _duo("50 cm | 20 in; 60 cm | 24 in; 70 cm | 28 in")),
        ("flotteur", "bobber", _duo("balsa | balsa; mousse | foam; lumineux | lighted"),
         _duo("1 g | 3/4 in; 2 g | 1 in; 4 g | 1.5 in")),
        ("waders", "chest waders", _duo("néoprène | neoprene; respirants | breathable"),
         _duo("pointure 40/41 | size 8; pointure 42/43 | size 10; pointure 44/45 | size 12")),
    ],
    "pool": [
        ("chlore lent", "chlorine tablets", _duo("galets 200 g | 3 inch; pastilles 20 g | 1 inch"),
         _duo("1 kg | 5 lb; 5 kg | 25 lb; 10 kg | 50 lb")),
        ("chlore choc", "pool shock", _duo("granulés | granular; pastilles | tablets"),
         _duo("1 kg | 1 lb; 2,5 kg | 6 lb; 5 kg | 12 lb")),
        ("pH moins", "pH down", _duo("poudre | granular; liquide | liquid"),
         _duo("1,5 kg | 5 lb; 5 kg | 10 lb; 10 kg | 25 lb")),
        ("pH plus", "pH up", _duo("poudre | granular; liquide | liquid"),
         _duo("1 kg | 4 lb; 5 kg | 10 lb")),
        ("anti-algues", "algaecide", _duo("préventif | preventive; curatif | extra strength; "
                                          "spécial moutarde | yellow algae"),
         _duo("1 l | 1 qt; 3 l | 1 gal; 5 l | 2.5 gal")),
        ("floculant", "water clarifier", _duo("liquide | liquid; en cartouches | tabs"),
         _duo("1 l | 1 qt; 5 l | 1 gal")),
        ("bandelettes d'analyse", "test strips", _duo("3 en 1 | 3-way; 5 en 1 | 5-way; "
                                                       "7 en 1 | 7-way"),
         _duo("boîte de 50 | 50 count; boîte de 100 | 100 count")),
        ("robot de piscine", "robotic pool cleaner",
         _duo("fond | floor only; fond et parois | floor and wall; "
              "fond, parois et ligne d'eau | floor, wall and waterline"),
         _duo("bassin jusqu'à 8 m | pools up to 30 ft; bassin jusqu'à 12 m | pools up to 50 ft")),
        ("bâche à bulles", "solar cover", _duo("bleue | blue; transparente | clear"),
         _duo("4 x 8 m | 16 x 32 ft; 5 x 10 m | 18 x 36 ft; 6 x 12 m | 20 x 40 ft")),
        ("cartouche filtrante", "filter cartridge",
         _duo("standard | standard; antibactérienne | antimicrobial"),
         _duo("type A | 25 sq ft; type C | 50 sq ft; type D | 75 sq ft")),
        ("épuisette de surface", "leaf skimmer", _duo("plate | flat; profonde | deep bag"),
         _duo("tête seule | head only; avec manche 4 m | with 12 ft pole")),
    ],
    "baking": [
        ("moule à gâteau", "cake pan", _duo("rond | round; carré | square; à charnière | springform"),
         _duo("18 cm | 6 in; 22 cm | 8 in; 26 cm | 10 in")),
        ("moule à tarte", "tart pan", _duo("fond amovible | removable bottom; fond fixe | fixed "
                                           "bottom; cannelé | fluted"),
         _duo("20 cm | 8 in; 24 cm | 9 in; 28 cm | 11 in")),
        ("moule à muffins", "muffin pan", _duo("antiadhésif | nonstick; silicone | silicone"),
         _duo("6 empreintes | 6 cup; 12 empreintes | 12 cup; 24 empreintes | 24 cup")),
        ("poche à douille", "piping bag", _duo("jetable | disposable; réutilisable | reusable"),
         _duo("30 cm | 12 in; 40 cm | 16 in; 46 cm | 18 in")),
        ("douille", "piping tip", _duo("étoile ouverte | open star; ronde | round; pétale | petal; "
                                       "feuille | leaf"),
         _duo("6 mm | 1/4 in; 10 mm | 3/8 in; 16 mm | 5/8 in")),
        ("colorant alimentaire", "food coloring",
         _duo("rouge | red; bleu | blue; jaune | yellow; vert | green; noir | black"),
         _duo("tube de 20 g | 0.75 oz; pot de 50 g | 2 oz")),
        ("papier cuisson", "parchment paper", _duo("blanchi | white; non blanchi | unbleached"),
         _duo("rouleau de 8 m | 25 ft roll; rouleau de 25 m | 75 ft roll; 50 feuilles | 50 sheets")),
        ("emporte-pièces", "cookie cutters", _duo("étoiles | stars; cœurs | hearts; "
                                                  "ronds cannelés | fluted rounds; "
                                                  "bonshommes | gingerbread men"),
         _duo("lot de 3 | set of 3; lot de 6 | set of 6; lot de 12 | set of 12")),
        ("tapis de cuisson", "baking mat", _duo("perforé | perforated; spécial macarons | macaron"),
         _duo("30 x 40 cm | half sheet; 40 x 60 cm | full sheet")),
        ("pâte à sucre", "fondant", _duo("blanche | white; rose | pink; noire | black; "
                                         "bleu ciel | sky blue"),
         _duo("250 g | 8 oz; 1 kg | 2 lb; 2,5 kg | 5 lb")),
    ],
}  # fmt: skip

# Types whose sizes have no "biggest": hook numbers run backwards, cartridges and skimmers are
# models, parchment mixes rolls and sheets.
UNORDERED = {"fishing hooks", "filter cartridge", "leaf skimmer", "parchment paper"}

# The gender and number of each French noun: m, f, mp, fp; "mu"/"fu" for a mass noun (« du »).
GENDER = {
    "ampoule LED": "f", "ampoule à filament": "f", "spot encastrable": "m", "ruban LED": "m",
    "rallonge électrique": "f", "multiprise": "f", "interrupteur": "m", "projecteur LED": "m",
    "lampe de chevet": "f", "piles": "fp", "hameçons": "mp", "fil de pêche": "mu",
    "leurre souple": "m", "cuiller tournante": "f", "plombs": "mp", "canne à pêche": "f",
    "moulinet": "m", "épuisette": "f", "flotteur": "m", "waders": "mp", "chlore lent": "mu",
    "chlore choc": "mu", "pH moins": "mu", "pH plus": "mu", "anti-algues": "mu",
    "floculant": "mu", "bandelettes d'analyse": "fp", "robot de piscine": "m",
    "bâche à bulles": "f", "cartouche filtrante": "f", "épuisette de surface": "f",
    "moule à gâteau": "m", "moule à tarte": "m", "moule à muffins": "m", "poche à douille": "f",
    "douille": "f", "colorant alimentaire": "mu", "papier cuisson": "mu", "emporte-pièces": "mp",
    "tapis de cuisson": "m", "pâte à sucre": "fu",
}  # fmt: skip

# Other words a shopper of the trade uses for one product type of the shop (keyed by the English
# noun; each word names that type only, in its shop), French then English, article included.
GENERIC: dict[str, tuple[list[str], list[str]]] = {
    "recessed light": (["un spot"], ["a can light", "a pot light"]),
    "LED strip light": (["une bande LED"], ["some LED tape"]),
    "power strip": (["un bloc de prises"], ["a power bar"]),
    "light switch": ([], ["a switch"]),
    "LED flood light": (["un projo"], ["a floodlight"]),
    "bedside lamp": (["une lampe"], ["a lamp"]),
    "inline spinner": (["une cuillère"], ["a spinner"]),
    "bobber": (["un bouchon"], ["a float"]),
    "sinkers": ([], ["some weights"]),
    "fishing rod": ([], ["a fishing pole"]),
    "landing net": ([], ["a net"]),
    "spinning reel": ([], ["a reel"]),
    "soft bait": (["un shad"], ["a swimbait"]),
    "robotic pool cleaner": (["un robot"], ["a robot"]),
    "solar cover": (["une bâche"], ["a solar blanket"]),
    "test strips": (["des bandelettes"], ["some pool strips"]),
    "water clarifier": (["du clarifiant"], []),
    "pH down": (["du réducteur de pH"], ["some pH reducer"]),
    "pH up": (["du rehausseur de pH"], ["some pH increaser"]),
    "algaecide": ([], ["some algae killer"]),
    "leaf skimmer": ([], ["a skimmer net"]),
    "parchment paper": (["du papier sulfurisé"], ["some baking paper"]),
    "baking mat": (["un silpat"], ["a silpat"]),
    "fondant": (["du fondant"], ["some sugar paste"]),
    "food coloring": (["du colorant"], ["some food dye"]),
    "cookie cutters": ([], ["some cutters"]),
    "piping tip": (["un embout"], ["a nozzle"]),
}
# What the product is for, said instead of its noun (one type each, in its shop).
PURPOSE: dict[str, tuple[list[str], list[str]]] = {
    "LED strip light": (["de la lumière à coller sous les placards"],
                        ["lights to stick under the kitchen cabinets"]),
    "extension cord": (["un fil pour brancher la tondeuse au fond du jardin"],
                       ["a cord to reach the far end of the garage"]),
    "power strip": (["de quoi brancher plusieurs appareils sur une seule prise"],
                    ["something to plug several things into one outlet"]),
    "light switch": (["le bouton au mur pour allumer"], ["the thing on the wall you flip"]),
    "bedside lamp": (["une petite lumière pour la table de nuit"],
                     ["a little light for the nightstand"]),
    "batteries": (["ce qu'on met dans la télécommande"], ["the things that go in the remote"]),
    "landing net": (["le filet pour sortir le poisson de l'eau"],
                    ["the net to scoop the fish out"]),
    "bobber": (["le truc qui flotte et qui plonge quand ça mord"],
               ["the thing that floats and dips when a fish bites"]),
    "sinkers": (["de quoi lester la ligne"], ["something to weigh the line down"]),
    "chest waders": (["la combinaison étanche pour entrer dans la rivière"],
                     ["the waterproof overalls for wading into the river"]),
    "test strips": (["de quoi tester l'eau"], ["something to test the water"]),
    "robotic pool cleaner": (["un appareil qui nettoie le fond tout seul"],
                             ["a gadget that cleans the bottom by itself"]),
    "solar cover": (["de quoi garder l'eau chaude la nuit"],
                    ["something to keep the water warm overnight"]),
    "water clarifier": (["un produit pour l'eau trouble"], ["something for cloudy water"]),
    "algaecide": (["un produit contre l'eau verte"], ["something for green water"]),
    "leaf skimmer": (["de quoi ramasser les feuilles"],
                     ["something to scoop the leaves off the top"]),
    "muffin pan": (["une plaque pour faire des muffins"], ["a tray for baking cupcakes"]),
    "piping bag": (["une poche pour mettre la crème"], ["a bag to pipe frosting"]),
    "baking mat": (["une feuille en silicone pour cuire les biscuits"],
                   ["a silicone sheet to bake cookies on"]),
    "cookie cutters": (["de quoi découper des formes dans la pâte"],
                       ["something to cut shapes out of cookie dough"]),
}  # fmt: skip
# The trade's other names for a variant value, by (language, value as the catalog writes it).
VARIANT_SAYINGS: dict[tuple[str, str], list[str]] = {
    ("fr", "E27"): ["à gros culot", "culot e vingt-sept"],
    ("fr", "E14"): ["à petit culot", "culot e quatorze"],
    ("fr", "B22"): ["à baïonnette", "culot baïonnette"],
    ("fr", "GU10"): ["g u dix"],
    ("en", "E26"): ["medium base", "standard base"],
    ("en", "E12"): ["candelabra base", "candelabra"],
    ("en", "GU24"): ["twist lock", "g u twenty four"],
    ("en", "GU10"): ["g u ten"],
    ("fr", "blanc chaud"): ["lumière chaude", "deux mille sept cents kelvins"],
    ("fr", "RGB"): ["multicolore", "qui change de couleur"],
    ("en", "warm white"): ["soft white", "warm light"],
    ("en", "RGB"): ["color changing", "multicolor"],
    ("fr", "va-et-vient"): ["pour deux interrupteurs sur la même lampe"],
    ("en", "3-way"): ["three way"],
    ("en", "dimmer"): ["dimmable"],
    ("fr", "variateur"): ["pour varier la lumière"],
    ("fr", "tresse"): ["tressé", "de la tresse"],
    ("fr", "nylon"): ["monofilament", "mono"],
    ("fr", "fluorocarbone"): ["fluoro", "fluorocarbon"],
    ("en", "braided"): ["braid"],
    ("en", "monofilament"): ["mono", "nylon"],
    ("en", "fluorocarbon"): ["fluoro"],
    ("fr", "frein arrière"): ["à frein arrière"],
    ("en", "treble"): ["triple", "three prong"],
    ("fr", "galets 200 g"): ["gros galets", "en galets de deux cents grammes"],
    ("fr", "pastilles 20 g"): ["petites pastilles", "en pastilles de vingt grammes"],
    ("en", "3 inch"): ["three inch tabs", "big tablets"],
    ("en", "1 inch"): ["one inch tabs", "small tablets"],
    ("fr", "fond, parois et ligne d'eau"): ["qui fait aussi la ligne d'eau"],
    ("en", "floor, wall and waterline"): ["that does the waterline too"],
    ("fr", "à charnière"): ["démontable", "à fermoir"],
    ("en", "springform"): ["spring form", "the one with the clasp"],
    ("fr", "fond amovible"): ["à fond qui se démonte"],
    ("en", "removable bottom"): ["with the loose bottom", "push out bottom"],
    ("fr", "antiadhésif"): ["qui n'attache pas"],
    ("en", "nonstick"): ["non stick"],
}
# Things of neighbouring trades (none of the generated shops sells them).
NEIGHBOURS: dict[str, list[Pair]] = {
    "lighting": _duo("ventilateur de plafond | ceiling fan; radiateur soufflant | space heater; "
                     "sonnette sans fil | wireless doorbell; détecteur de fumée | smoke alarm; "
                     "thermostat connecté | smart thermostat"),
    "fishing": _duo("sondeur | fish finder; gilet de sauvetage | life vest; moteur électrique | "
                    "trolling motor; permis de pêche | fishing license; couteau à filets | fillet "
                    "knife"),
    "pool": _duo("parasol déporté | patio umbrella; transat | chaise lounge; spa gonflable | "
                 "inflatable hot tub; douche solaire | outdoor shower; tondeuse | lawn mower"),
    "baking": _duo("robot pâtissier | stand mixer; machine à pain | bread maker; gaufrier | "
                   "waffle iron; balance de cuisine | kitchen scale; cocotte en fonte | dutch oven"),
}  # fmt: skip

# --- brands ------------------------------------------------------------------------------
SPOKEN_SYLLABLES = (
    "quel", "bax", "vilm", "hesk", "drun", "keo", "sarv", "frig", "tash", "mev", "gron", "wisk",
    "yel", "zorb", "niv", "dax", "ama", "elo", "ira", "oda", "una", "tev", "bek", "sul", "riv",
    "hax", "nop", "cav", "fost", "klan", "treb", "gav", "qua", "siv", "ber", "loc", "tim", "bim",
    "bos", "dop", "fek", "fev", "fuv", "gad", "gub", "hok", "kep", "kob", "kut", "lox", "miv",
    "moz", "naz", "nik", "nup", "pon", "rup", "sig", "sor", "sud", "tiz", "tur", "vev", "vez",
    "zad", "zop", "zut",
    "bep", "bez", "bir", "dak", "der", "dik", "dok", "fak", "fid", "gev", "gex", "gis", "gur",
    "kev", "kiz", "kox", "lat", "lex", "lov", "maz", "mel", "nak", "nez", "nib", "nir", "pab",
    "pes", "puk", "rox", "sug", "teb", "tik", "tox", "vap", "vek", "vod", "zeg", "zix", "zul",
)  # fmt: skip
# Brands of ordinary words (a first name among them, « de chez Lucien »).
PLAIN_BRANDS = (
    "Beau Lac", "Clair Matin", "Blue Lagoon", "Sucre d'Orge", "Flour Power", "Wattson",
    "Le Fournil", "Baker Street", "Pike Lake", "Lucien", "Sweet Tooth", "Glow Worm",
    "Bonne Pêche", "Hublot", "Yellow Perch", "Kingfisher", "Jasmin", "Écume", "Xylo", "Jubilee",
    "Ophélie", "Iris Bay", "Nymphéa", "Opaline", "Jetty Jim", "Yuzu", "Eider", "Igloo",
    "Oyster Bay",
)  # fmt: skip

TITLE_ORDERS = ("size-first", "caps-ref", "paren", "pack-x", "colon")


@dataclass
class SpokenShop(Shop):
    """A shop whose titles follow two of the ways merchants write them (a feed merged from two
    suppliers): the size first, the brand in capitals with a model reference, the variant in
    parentheses, packs written "x3", the parts after a colon."""

    orders: tuple[str, ...] = ("paren",)

    def title(self, item: Item, lang: int) -> str:
        noun, value, size = self.words(item, lang)
        brand = item.brand
        order = self.orders[int(item.id[-4:]) % 2 % len(self.orders)]
        if order == "size-first":
            text = f"{size} – {noun} {value} {brand}"
        elif order == "caps-ref":
            ref = f"{noise.strip_accents(brand)[:2].upper()}-{item.kind:02d}{item.variant + 1}"
            text = f"{brand.upper()} {noun} {value} {size} ({('réf.', 'model')[lang]} {ref}{item.size})"
        elif order == "paren":
            text = f"{noun.capitalize()} {brand} ({value}) – {size}"
        elif order == "pack-x":
            text = f"{brand} {noun} {value} {pack_x(size)}"
        else:
            text = f"{brand}: {noun}, {value}, {size}"
        return " ".join(text.split())


def pack_x(size: str) -> str:
    """ "lot de 3", "set of 3", "3 pack", "50 count" → "x3", "x50": counts as merchants write
    them in a title."""
    for lead in ("lot de ", "set of ", "boîte de "):
        if size.startswith(lead) and size[len(lead) :].isdigit():
            return f"x{size[len(lead) :]}"
    head, _, tail = size.partition(" ")
    if head.isdigit() and tail in ("pack", "count"):
        return f"x{head}"
    return size


def free(brand: str, taken: list[str], own_words: set[str]) -> bool:
    """No word of ``brand`` is a word of the shops' products, nor sounds like another brand's."""
    core = noise.strip_accents(brand.lower()).replace("'", " ")
    return not set(core.split()) & own_words and _distinct(core, [b.lower() for b in taken])


def made_up(rng: random.Random) -> str:
    word = "".join(rng.choice(SPOKEN_SYLLABLES) for _ in range(rng.choice((2, 2, 3))))
    if rng.random() < 0.2:
        second = "".join(rng.choice(SPOKEN_SYLLABLES) for _ in range(2))
        return f"{word.capitalize()} {second.capitalize()}"
    return word.capitalize()


def build_spoken_shop(
    name: str, kind: str, rng: random.Random, taken: list[str], plain: list[str]
) -> SpokenShop:
    """Six to nine brands (about a third of ordinary words), two title orders; each brand sells
    three to seven of the types, one to six variant-and-size combinations of each."""
    types = SPOKEN_SHOPS[kind]
    own = set().union(*(shop_words(t) for t in SPOKEN_SHOPS.values()))
    brands = noise.pick_brands(
        rng, plain, 0.35, lambda: made_up(rng), lambda b, more: free(b, taken + more, own)
    )
    taken.extend(brands)
    shop = SpokenShop(name, kind, types, brands, orders=tuple(rng.sample(TITLE_ORDERS, 2)))
    for brand in brands:
        for kind_index in sorted(rng.sample(range(len(types)), rng.randint(3, 7))):
            _, _, axis, sizes = types[kind_index]
            combos = [(v, s) for v in range(len(axis)) for s in range(len(sizes))]
            for variant, size in sorted(rng.sample(combos, min(len(combos), rng.randint(1, 6)))):
                item_id = f"{name}-{len(shop.items):04d}"
                shop.items.append(Item(item_id, brand, kind_index, variant, size))
    return shop
