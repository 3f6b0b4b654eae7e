"""The shops of the *mimic* half (:mod:`bench.resolution_mimic`): a garden centre, a
kitchenware shop, an art-supplies shop and a hand-tools shop, their brands and feed titles.

A product type is ``(fr noun, en noun, axis values [(fr, en)...], sizes [(fr, en)...])`` as in
:mod:`bench.resolution_shops`; the words are written here once, by a hand that never read the
resolver, and none of these nouns is another half's. Sizes are metric in both locales, as in
``shared/data/resolution``.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from bench.resolution_gen import Item, Shop, _distinct
from bench.resolution_shops import Pair, ProductType


def _duo(text: str) -> list[Pair]:
    """ "écorce de pin = pine bark; lin = flax" → [("écorce de pin", "pine bark"), ...]."""
    return [tuple(p.strip() for p in item.split(" = ")) for item in text.split(";")]  # type: ignore[misc]


def _metric(text: str) -> list[Pair]:
    """ "1,5 l; 5 l" → the French size and the English one (decimal point)."""
    return [(s.strip(), s.strip().replace(",", ".")) for s in text.split(";")]


ONE = _duo("1 pièce = 1 piece")
ART_COLOURS = _duo(
    "rouge vermillon = vermilion red; bleu outremer = ultramarine blue; jaune citron = lemon "
    "yellow; blanc de titane = titanium white; noir d'ivoire = ivory black; terre de sienne = "
    "raw sienna"
)

MIMIC_SHOPS: dict[str, list[ProductType]] = {
    "garden_centre": [
        ("bulbes à fleurs", "flower bulbs",
         _duo("tulipe = tulip; jonquille = daffodil; crocus = crocus; dahlia = dahlia"),
         _duo("lot de 10 = pack of 10; lot de 25 = pack of 25")),
        ("paillis", "mulch", _duo("écorce de pin = pine bark; lin = flax; coques de cacao = cocoa shell"),
         _metric("50 l; 70 l")),
        ("jardinière", "planter box", _duo("terre cuite = terracotta; anthracite = charcoal; "
                                           "blanche = white"), _metric("40 cm; 60 cm; 80 cm")),
        ("râteau", "rake", _duo("à feuilles = leaf; à gazon = lawn"),
         _duo("12 dents = 12 teeth; 16 dents = 16 teeth")),
        ("binette", "garden hoe", [], ONE),
        ("transplantoir", "hand trowel", _duo("inox = stainless steel; aluminium = aluminum"), ONE),
        ("pulvérisateur à pression", "pressure sprayer", [], _metric("1,5 l; 5 l; 8 l")),
        ("semences potagères", "vegetable seeds",
         _duo("tomate cerise = cherry tomato; courgette = zucchini; radis = radish; "
              "haricot vert = green bean; laitue = lettuce"), _metric("2 g; 5 g")),
        ("granulés anti-limaces", "slug pellets", [], _metric("400 g; 800 g")),
        ("nichoir", "birdhouse", _duo("bois naturel = natural wood; vert sapin = forest green"), ONE),
        ("tuteur", "plant stake", _duo("bambou = bamboo; acier = steel"),
         _metric("90 cm; 120 cm; 150 cm")),
    ],
    "kitchenware": [
        ("cocotte en fonte", "dutch oven",
         _duo("rouge cerise = cherry red; noir mat = matte black; bleu orage = storm blue"),
         _metric("20 cm; 24 cm; 28 cm")),
        ("wok", "wok", _duo("acier carbone = carbon steel; fonte = cast iron"), _metric("28 cm; 32 cm")),
        ("passoire", "colander", _duo("inox = stainless steel; silicone pliable = collapsible silicone"),
         _metric("20 cm; 24 cm")),
        ("râpe", "grater", _duo("quatre faces = box; plate = flat"), ONE),
        ("louche", "ladle", _duo("inox = stainless steel; nylon = nylon; bois d'olivier = olive wood"),
         ONE),
        ("essoreuse à salade", "salad spinner", [], _metric("4 l; 5 l")),
        ("autocuiseur", "pressure cooker", [], _metric("4 l; 6 l; 8 l")),
        ("bouilloire sifflante", "stovetop kettle", _duo("inox = stainless steel; émaillée = enamel"),
         _metric("2 l; 3 l")),
        ("ouvre-boîte", "can opener", _duo("manuel = manual; électrique = electric"), ONE),
        ("balance de cuisine", "kitchen scale", _duo("noire = black; blanche = white"),
         _metric("5 kg; 10 kg")),
        ("saladier", "mixing bowl", _duo("verre = glass; inox = stainless steel; bambou = bamboo"),
         _metric("1,5 l; 3 l; 5 l")),
        ("mandoline", "mandoline slicer", [], ONE),
    ],
    "art_supplies": [
        ("gouache", "gouache paint", ART_COLOURS, _metric("20 ml; 60 ml")),
        ("peinture à l'huile", "oil paint", ART_COLOURS[:5], _metric("40 ml; 200 ml")),
        ("toile à peindre", "stretched canvas", _duo("coton = cotton; lin = linen"),
         _metric("20 x 30 cm; 40 x 50 cm; 60 x 80 cm")),
        ("chevalet", "easel", _duo("hêtre = beech; aluminium = aluminum"), _metric("150 cm; 180 cm")),
        ("pinceau aquarelle", "watercolor brush", _duo("petit-gris = squirrel hair; synthétique = "
                                                       "synthetic"),
         _duo("n° 4 = no. 4; n° 8 = no. 8; n° 12 = no. 12")),
        ("bloc aquarelle", "watercolor pad", _duo("grain fin = cold press; grain satiné = hot press"),
         _duo("A4 = A4; A3 = A3")),
        ("fusain", "charcoal sticks", _duo("tendre = soft; moyen = medium; dur = hard"),
         _duo("boîte de 12 = box of 12; boîte de 25 = box of 25")),
        ("pastels secs", "soft pastels", _duo("portrait = portrait; paysage = landscape"),
         _duo("boîte de 24 = box of 24; boîte de 48 = box of 48")),
        ("pastels à l'huile", "oil pastels", _duo("tons vifs = bright tones; tons doux = muted tones"),
         _duo("boîte de 12 = box of 12; boîte de 36 = box of 36")),
        ("carnet de croquis", "sketchbook", _duo("spirale = spiral bound; relié = hardbound"),
         _duo("A5 = A5; A4 = A4")),
        ("feutres à alcool", "alcohol markers", _duo("pointe pinceau = brush tip; pointe biseautée = "
                                                     "chisel tip"),
         _duo("lot de 12 = set of 12; lot de 24 = set of 24")),
        ("vernis à tableau", "picture varnish", _duo("brillant = gloss; mat = matte; satiné = satin"),
         _metric("75 ml; 250 ml")),
        ("huile de lin", "linseed oil", [], _metric("75 ml; 250 ml")),
    ],
    "hand_tools": [
        ("clé à molette", "adjustable wrench", [], _metric("150 mm; 200 mm; 250 mm")),
        ("pince multiprise", "groove joint pliers", [], _metric("250 mm; 300 mm")),
        ("jeu de clés allen", "hex key set", _duo("métrique = metric; torx = torx"),
         _duo("9 pièces = 9 pieces; 15 pièces = 15 pieces")),
        ("niveau à bulle", "spirit level", _duo("aluminium = aluminum; magnétique = magnetic"),
         _metric("60 cm; 100 cm; 120 cm")),
        ("scie égoïne", "hand saw", _duo("coupe fine = fine cut; coupe rapide = fast cut"),
         _metric("450 mm; 550 mm")),
        ("cutter", "utility knife", _duo("lame 18 mm = 18 mm blade; lame 25 mm = 25 mm blade"), ONE),
        ("maillet", "mallet", _duo("caoutchouc = rubber; bois = wood"), _metric("450 g; 900 g")),
        ("serre-joint", "bar clamp", [], _metric("300 mm; 600 mm; 900 mm")),
        ("pointes", "nails", _duo("acier = bright steel; galvanisées = galvanized"),
         _metric("500 g; 1 kg")),
        ("ciseau à bois", "wood chisel", [], _metric("10 mm; 16 mm; 20 mm; 25 mm")),
        ("lime", "file", _duo("plate = flat; ronde = round; demi-ronde = half round"),
         _metric("150 mm; 200 mm")),
        ("pied-de-biche", "crowbar", [], _metric("600 mm; 900 mm")),
        ("caisse à outils", "toolbox", _duo("métal = metal; plastique = plastic"), _metric("40 cm; 50 cm")),
    ],
}  # fmt: skip

# Things asked for at the wrong shop (the "none" requests), besides the other mimic shops' own.
ELSEWHERE = _duo(
    "croquettes pour chat = cat food; rouge à lèvres = lipstick; chargeur de téléphone = phone "
    "charger; oreiller = pillow; casque de vélo = bike helmet; shampoing = shampoo; "
    "ballon de basket = basketball; lunettes de soleil = sunglasses; bougie parfumée = scented "
    "candle; raquette de tennis = tennis racket; cartouche d'encre = ink cartridge; "
    "couches = diapers"
)

# --- brands ----------------------------------------------------------------------------------
# Syllables of invented brands, none in another half's list, each with the ordinary words a
# recogniser writes for it when it does not know the brand (per locale).
SYLLABLES: dict[str, tuple[str, str]] = {
    "pom": ("pomme", "palm"), "tan": ("temps", "tan"), "mil": ("mille", "mill"),
    "lav": ("lave", "love"), "tic": ("tique", "tick"), "gar": ("gare", "car"),
    "nou": ("nous", "new"), "pip": ("pipe", "peep"), "hum": ("hume", "hum"),
    "fay": ("fée", "fey"), "dou": ("doux", "do"), "mer": ("mère", "mare"),
    "sin": ("saint", "sin"), "bon": ("bon", "bone"), "tour": ("tour", "tore"),
    "fil": ("file", "fill"), "bas": ("bas", "bass"), "per": ("paire", "pair"),
    "sel": ("selle", "sell"), "do": ("dos", "dough"), "lé": ("lait", "lay"),
    "ton": ("thon", "ton"), "sou": ("sous", "sue"), "par": ("part", "par"),
    "ké": ("quai", "kay"), "ni": ("nid", "knee"), "fou": ("fou", "foo"),
}  # fmt: skip
PLAIN_BRANDS = (
    "Main Verte", "Rouge Gorge", "Clos Fleuri", "Sweet Pea", "Green Thumb", "Iron Oak",
    "Atelier Lumière", "Brush Creek", "Petit Marmiton", "Chêne Solide", "Palette d'Or",
    "Wild Thyme", "Sharp Edge", "Terre Battue", "Bonne Graine", "Quill & Ink",
)  # fmt: skip


@dataclass(frozen=True)
class Brand:
    """A brand as the feed writes it, and the pieces a shopper says it in (syllables, or
    words for a brand made of ordinary words)."""

    name: str
    parts: tuple[str, ...]
    plain: bool = False

    @property
    def spoken(self) -> str:
        return (" " if self.plain else "").join(self.parts).lower()


def made_up(rng: random.Random) -> Brand:
    if rng.random() < 0.3:
        name = rng.choice(PLAIN_BRANDS)
        return Brand(name, tuple(name.replace("&", "and").split()), plain=True)
    parts = tuple(rng.sample(sorted(SYLLABLES), rng.choice((2, 2, 2, 3))))
    return Brand("".join(parts).capitalize(), parts)


def shop_words(types: list[ProductType]) -> set[str]:
    """Every word of a shop's nouns, values and sizes, lower case, split at - and '."""
    words: set[str] = set()
    for fr, en, axis, sizes in types:
        for text in (fr, en, *(w for pair in axis + sizes for w in pair)):
            words.update(re.split(r"[\s\-']+", text.lower()))
    return words - {""}


# --- shops and titles --------------------------------------------------------------------------
# How merchants write titles: the shared set's "Brand noun value size" most often.
TITLE_FORMS = ("brand-first", "brand-first", "brand-first", "noun-first", "brand-comma")


@dataclass
class MimicShop(Shop):
    brand_parts: dict[str, Brand] = field(default_factory=dict)
    form: str = "brand-first"

    def title(self, item: Item, lang: int) -> str:
        noun, value, size = self.words(item, lang)
        if self.form == "noun-first":  # "Wok Pommil fonte 28 cm"
            return " ".join(w for w in (noun.capitalize(), item.brand, value, size) if w)
        if self.form == "brand-comma":  # "Pommil wok, fonte, 28 cm"
            return f"{item.brand} " + ", ".join(w for w in (noun, value, size) if w)
        return " ".join(w for w in (item.brand, noun, value, size) if w)


def _key(en: str) -> str:
    return "_".join(re.sub(r"[^a-z ]", "", en.lower()).split()[-2:])


def build_mimic_shop(name: str, kind: str, rng: random.Random, taken: list[str]) -> MimicShop:
    """A shop of ``kind`` with 8-10 brands of its own (none sounding like a ``taken`` one nor
    sharing a word with the shop's products); each sells 4-8 of the types in a few variants and
    sizes, 120-250 products in all."""
    types = MIMIC_SHOPS[kind]
    vocabulary = shop_words(types)
    while True:
        brands: list[Brand] = []
        count = rng.randint(8, 10)
        while len(brands) < count:
            brand = made_up(rng)
            own = set(brand.spoken.split())
            if not own & vocabulary and _distinct(brand.name, [b.name for b in brands] + taken):
                brands.append(brand)
        shop = MimicShop(name, kind, types, [b.name for b in brands],
                         brand_parts={b.name: b for b in brands}, form=rng.choice(TITLE_FORMS))  # fmt: skip
        for number, brand in enumerate(brands):
            for kind_index in sorted(rng.sample(range(len(types)), rng.randint(4, 8))):
                _, en, axis, sizes = types[kind_index]
                combos = [(v, s) for v in (range(len(axis)) or [-1]) for s in range(len(sizes))]
                for variant, size in sorted(
                    rng.sample(combos, min(len(combos), rng.randint(1, 5)))
                ):
                    item_id = f"{name[:2]}{number:02d}-{_key(en)}-{len(shop.items):04d}"
                    shop.items.append(Item(item_id, brand.name, kind_index, variant, size))
        if 120 <= len(shop.items) <= 250:
            taken.extend(shop.brands)
            return shop
