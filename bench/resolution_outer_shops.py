"""The shops of the *outer* half (:mod:`bench.resolution_outer`): a beekeeping supplier, a
cheese shop, an ironmonger of door fittings and a florist, their feeds and titles.

A product type is ``(fr noun, en noun, values [(fr, en)...], sizes [(fr, en)...])`` as in
:mod:`bench.resolution_shops`. The words are the trades' own: Dadant and Langstroth frames,
cheese sold by the quarter wheel and aged in months, euro cylinders 30x40, door closers of power
2-4, roses by the stem. American feeds give weights in ounces and pounds, lengths in inches,
liquids in quarts and fluid ounces; French ones in grams, centilitres and centimetres.
Merchants write titles in their own way: brand first or last, " - ", " | ", commas, brackets.
"""

from __future__ import annotations

import random
import re
import unicodedata
import zlib
from dataclasses import dataclass

from bench.resolution_gen import LOCALES, Item, Shop
from bench.resolution_shops import Pair, ProductType
from catalog.model import Catalog, Product
from payments.money import Money


def pairs(text: str) -> list[Pair]:
    """ "noir = black; 30 mm" → [("noir", "black"), ("30 mm", "30 mm")]."""
    found = []
    for chunk in text.split(";"):
        fr, _, en = chunk.partition("=")
        found.append((fr.strip(), (en or fr).strip()))
    return found


def _table(text: str) -> list[ProductType]:
    """One type a line: ``fr noun | en noun | values | sizes`` (values may be empty)."""
    types: list[ProductType] = []
    for line in text.strip().splitlines():
        fr, en, values, sizes = (cell.strip() for cell in line.split("|"))
        types.append((fr, en, pairs(values) if values else [], pairs(sizes)))
    return types


ONE = "1 pièce = 1 unit"
BRASS = "laiton = brass"
OUTER_SHOPS: dict[str, list[ProductType]] = {
    "beekeeping": _table(f"""
cadres de ruche | hive frames | dadant = dadant; langstroth = langstroth | lot de 10 = 10-pack; lot de 50 = 50-pack
cire gaufrée | wax foundation | dadant = dadant; langstroth = langstroth | 1 kg = 2 lb; 2,5 kg = 5.5 lb
enfumoir | bee smoker | inox = stainless steel; cuivre = copper | 10 cm = 4 in; 13 cm = 5 in
combinaison d'apiculteur | beekeeping suit | blanche = white; kaki = khaki | taille S = size S; taille M = size M; taille L = size L; taille XL = size XL
voile d'apiculteur | beekeeping veil | rond = round; escrime = fencing | {ONE}
gants d'apiculteur | beekeeping gloves | cuir = leather; nitrile = nitrile | taille 8 = size 8; taille 9 = size 9; taille 10 = size 10
lève-cadre | hive tool | droit = straight; crochet = j-hook | 20 cm = 8 in; 25 cm = 10 in
nourrisseur | hive feeder | couvre-cadres = top; de cadre = frame | 1 l = 1 qt; 4 l = 1 gal
sirop de nourrissement | bee feeding syrup | | 7 kg = 15 lb; 14 kg = 30 lb
pots à miel | honey jars | 250 g = 8 oz; 500 g = 1 lb | lot de 12 = 12-pack; lot de 24 = 24-pack
grille à reine | queen excluder | métal = metal; plastique = plastic | 8 cadres = 8-frame; 10 cadres = 10-frame
lanières anti-varroa | varroa strips | | lot de 10 = 10 strips; lot de 20 = 20 strips
extracteur de miel | honey extractor | manuel = manual; électrique = electric | 3 cadres = 3-frame; 6 cadres = 6-frame
brosse à abeilles | bee brush | | {ONE}
"""),
    "cheese_shop": _table("""
comté | comté | affiné 12 mois = aged 12 months; affiné 18 mois = aged 18 months; affiné 24 mois = aged 24 months | 200 g = 7 oz; 500 g = 1 lb; 1 kg = 2 lb
brie de meaux | brie de meaux | | 1/4 de meule = quarter wheel; 1/2 meule = half wheel; meule entière = whole wheel
camembert | camembert | au lait cru = raw milk; pasteurisé = pasteurized | 250 g = 8.8 oz
chèvre frais | fresh goat cheese | nature = plain; cendré = ash-coated; aux herbes = herbed | 150 g = 5.3 oz; 300 g = 10.6 oz
roquefort | roquefort | | 100 g = 3.5 oz; 250 g = 8.8 oz
fromage à raclette | raclette cheese | nature = plain; fumé = smoked; au poivre = peppercorn | 400 g = 14 oz; 800 g = 1.75 lb
mimolette | mimolette | jeune = young; vieille = aged; extra-vieille = extra aged | 250 g = 8.8 oz; 500 g = 1.1 lb
mélange pour fondue | fondue mix | savoyarde = savoyard; moitié-moitié = half and half | 400 g = 14 oz; 800 g = 1.75 lb
beurre de baratte | cultured butter | doux = unsalted; demi-sel = salted; aux cristaux de sel = sea salt | 125 g = 4 oz; 250 g = 8 oz
crème fraîche épaisse | heavy crème fraîche | | 20 cl = 7 fl oz; 50 cl = 16 fl oz
yaourt au lait de brebis | sheep's milk yogurt | nature = plain; vanille = vanilla; miel = honey | lot de 4 = 4-pack; lot de 6 = 6-pack
plateau à fromages | cheese board | ardoise = slate; bois d'olivier = olive wood | 30 cm = 12 in; 40 cm = 16 in
tomme de savoie | tomme de savoie | | 1/8 de meule = eighth wheel; 1/4 de meule = quarter wheel
"""),
    "door_fittings": _table(f"""
poignée de porte | door handle | {BRASS}; chrome satiné = satin chrome; noir mat = matte black | à l'unité = single; la paire = pair
cylindre de serrure | euro cylinder | {BRASS}; nickelé = nickel | 30x30 mm = 30/30 mm; 30x40 mm = 30/40 mm; 40x40 mm = 40/40 mm
cadenas | padlock | {BRASS}; acier trempé = hardened steel; à code = combination | 30 mm; 40 mm; 50 mm
paumelles | door hinges | {BRASS}; inox = stainless; noir = black | lot de 2 = 2-pack; lot de 3 = 3-pack
butée de porte | door stop | caoutchouc = rubber; inox = stainless; magnétique = magnetic | {ONE}
boîte aux lettres | mailbox | noire = black; gris anthracite = charcoal gray; verte = green | {ONE}
heurtoir | door knocker | {BRASS}; fonte = cast iron | {ONE}
judas | door viewer | {BRASS}; chromé = chrome | porte 35-60 mm = doors 35-60 mm; porte 60-110 mm = doors 60-110 mm
verrou | barrel bolt | {BRASS}; zingué = zinc-plated | 60 mm = 2.5 in; 100 mm = 4 in; 150 mm = 6 in
ferme-porte | door closer | argent = silver; noir = black | force 2-4 = size 2-4; force 3-6 = size 3-6
chaîne de porte | door chain | {BRASS}; chromé = chrome | {ONE}
plaque de propreté | push plate | inox = stainless; {BRASS} | 30 cm = 12 in; 40 cm = 16 in
"""),
    "florist": _table("""
roses | roses | rouges = red; blanches = white; roses = pink; jaunes = yellow | 6 tiges = 6 stems; 12 tiges = 12 stems; 24 tiges = 24 stems
tulipes | tulips | rouges = red; jaunes = yellow; panachées = mixed | 10 tiges = 10 stems; 20 tiges = 20 stems
pivoines | peonies | roses = pink; blanches = white; corail = coral | 5 tiges = 5 stems; 10 tiges = 10 stems
orchidée en pot | potted orchid | blanche = white; mauve = purple; rose = pink | 1 tige = single stem; 2 tiges = double stem
lys | lilies | blancs = white; roses = pink; orange = orange | 3 tiges = 3 stems; 5 tiges = 5 stems
tournesols | sunflowers | | 5 tiges = 5 stems; 10 tiges = 10 stems
couronne de fleurs séchées | dried flower wreath | | 25 cm = 10 in; 35 cm = 14 in
vase en verre | glass vase | transparent = clear; fumé = smoked; ambre = amber | 20 cm = 8 in; 30 cm = 12 in
bouquet de saison | seasonal bouquet | | petit = small; moyen = medium; grand = large
eucalyptus | eucalyptus | argenté = silver dollar; cinerea = cinerea | 1 botte = 1 bunch; 3 bottes = 3 bunches
gypsophile | baby's breath | blanche = white; rose = pink | 1 botte = 1 bunch; 2 bottes = 2 bunches
mousse florale | floral foam | | 1 brique = 1 brick; carton de 20 = case of 20
"""),
}  # fmt: skip

# What shoppers of one region or another call a product type instead of the feed's name.
REGIONAL: dict[str, list[str]] = {
    "boîte aux lettres": ["boîte à lettres", "boîte postale"],
    "mailbox": ["letterbox", "letter box"],
    "poignée de porte": ["clenche de porte", "béquille de porte"],
    "door handle": ["door lever", "lever handle"],
    "verrou": ["targette"],
    "barrel bolt": ["slide bolt"],
    "butée de porte": ["arrêt de porte", "cale-porte"],
    "door stop": ["doorstop", "door stopper"],
    "paumelles": ["charnières"],
    "cylindre de serrure": ["barillet", "canon de serrure"],
    "euro cylinder": ["lock cylinder", "euro lock"],
    "judas": ["œilleton"],
    "door viewer": ["peephole", "spy hole"],
    "tournesols": ["soleils"],
    "gypsophile": ["gypso"],
    "baby's breath": ["gypsophila"],
    "orchidée en pot": ["orchidée"],
    "potted orchid": ["orchid plant"],
    "mousse florale": ["oasis"],
    "floral foam": ["oasis foam"],
    "yaourt au lait de brebis": ["yogourt de brebis", "yaourt de brebis"],
    "sheep's milk yogurt": ["sheep yoghurt", "sheep's milk yoghurt"],
    "fresh goat cheese": ["chèvre", "goat's cheese"],
    "chèvre frais": ["fromage de chèvre frais"],
    "beekeeping suit": ["bee suit"],
    "combinaison d'apiculteur": ["vareuse d'apiculteur"],
    "bee smoker": ["smoker"],
    "lève-cadre": ["lève-cadres"],
    "hive tool": ["frame lifter"],
    "cadres de ruche": ["cadres"],
    "hive frames": ["frames"],
    "fromage à raclette": ["raclette"],
    "raclette cheese": ["raclette"],
    "cultured butter": ["churned butter"],
    "heavy crème fraîche": ["crème fraîche"],
    "crème fraîche épaisse": ["crème épaisse"],
}

# Things asked for at the wrong shop (the "none" requests), besides the other outer shops' own.
ELSEWHERE = pairs(
    "tondeuse à gazon = lawn mower; bouilloire = electric kettle; lampe de chevet = bedside lamp; "
    "raquette de tennis = tennis racket; perceuse à percussion = hammer drill; "
    "cartouche d'encre = printer ink; sac de couchage = sleeping bag; "
    "brosse à dents électrique = electric toothbrush; pneu de vélo = bike tire; "
    "croquettes pour chat = cat food; rideau de douche = shower curtain; "
    "papier toilette = toilet paper; chargeur de téléphone = phone charger; "
    "baskets de course = running shoes; aspirateur sans fil = cordless vacuum; "
    "jeu de société = board game; crème solaire = sunscreen; poêle antiadhésive = nonstick skillet"
)


def shop_words(types: list[ProductType]) -> set[str]:
    """Every word of a shop's nouns, regional names, values and sizes, lower case."""
    words: set[str] = set()
    for fr, en, values, sizes in types:
        names = [fr, en, *REGIONAL.get(fr, []), *REGIONAL.get(en, [])]
        for text in (*names, *(w for pair in values + sizes for w in pair)):
            words.update(re.split(r"[\s\-'’/,]+", text.lower()))
    return words - {""}


def fold(word: str) -> str:
    """Lower case, no accents."""
    text = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def elsewhere(shop: Shop, lang: int) -> list[str]:
    """Things of other kinds of shop sharing no word with this shop's products: what the none
    requests of the shop ask for."""
    own = {fold(w) for w in shop_words(shop.types)}
    things = [pair[lang] for pair in ELSEWHERE]
    things += [t[lang] for kind, types in OUTER_SHOPS.items() if kind != shop.kind for t in types]  # type: ignore[misc]
    return sorted(t for t in set(things)
                  if not {fold(w) for w in re.split(r"[\s'’-]+", t.lower())} & own)  # fmt: skip


# --- titles and feeds -------------------------------------------------------------------------
# How each merchant writes titles: one format a shop, none shared by two shops of this half.
TITLE_FORMS = ("brand-first", "dash-brand-last", "pipes", "comma-brackets", "title-case")


@dataclass
class OuterShop(Shop):
    form: str = "brand-first"

    def title(self, item: Item, lang: int) -> str:
        noun, value, size = self.words(item, lang)
        size = "" if size in ("1 pièce", "1 unit") else size
        brand = item.brand
        if self.form == "dash-brand-last":  # "Enfumoir inox 10 cm - Bourdon"
            return " ".join(w for w in (noun.capitalize(), value, size, "-", brand) if w)
        if self.form == "pipes":  # "Bourdon | Enfumoir | inox | 10 cm"
            return " | ".join(w for w in (brand, noun.capitalize(), value, size) if w)
        if self.form == "comma-brackets":  # "Enfumoir Bourdon, inox (10 cm)"
            head = f"{noun.capitalize()} {brand}"
            head = f"{head}, {value}" if value else head
            return f"{head} ({size})" if size else head
        if self.form == "title-case":  # "Bourdon Stainless Steel Bee Smoker, 4 in"
            words = f"{value} {noun}" if lang == 1 and value else f"{noun} {value}"
            head = f"{brand} {_title_case(words.strip())}"
            return f"{head}, {size}" if size else head
        return " ".join(w for w in (brand, noun, value, size) if w)

    def catalog(self, locale: str) -> Catalog:
        """The feed, prices in integer minor units from the type, brand and size."""
        lang = LOCALES.index(locale)
        currency = ("EUR", "USD")[lang]
        products = []
        for item in self.items:
            noun, _value, size = self.words(item, lang)
            en = self.types[item.kind][1]
            base = 199 + zlib.crc32(f"{en}/{item.brand}".encode()) % 5200
            minor = (base + item.size * base // 2) // 10 * 10 + 5
            title = self.title(item, lang)
            products.append(
                Product(
                    id=item.id,
                    title=title,
                    price=Money(minor, currency),
                    brand=item.brand,
                    description=f"{title}. {noun.capitalize()} {item.brand}.",
                    product_type=noun,
                    variants={"size": size},
                )
            )
        return Catalog(locale, tuple(products))


def _title_case(text: str) -> str:
    small = {"de", "à", "en", "au", "aux", "d", "of", "and"}
    return " ".join(w if w in small else w[:1].upper() + w[1:] for w in text.split())


def build_outer_shop(name: str, kind: str, brands: list[str], form: str,
                     rng: random.Random) -> OuterShop:  # fmt: skip
    """A shop of ``kind`` selling ``brands``; each brand sells 4-8 of the types in a few values
    and sizes, 120-250 products in all (drawn again until the count fits)."""
    types = OUTER_SHOPS[kind]
    while True:
        shop = OuterShop(name, kind, types, list(brands), form=form)
        for brand in brands:
            for kind_index in sorted(rng.sample(range(len(types)), rng.randint(4, 8))):
                _, _, values, sizes = types[kind_index]
                combos = [(v, s) for v in (range(len(values)) or [-1]) for s in range(len(sizes))]
                count = min(len(combos), rng.randint(1, 5))
                for variant, size in sorted(rng.sample(combos, count)):
                    item_id = f"{name[:2].upper()}{zlib.crc32(brand.encode()) % 97:02d}-{len(shop.items):04d}"
                    shop.items.append(Item(item_id, brand, kind_index, variant, size))
        if 120 <= len(shop.items) <= 250:
            return shop
