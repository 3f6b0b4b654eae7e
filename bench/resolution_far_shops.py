"""The shops of the *far* half (:mod:`bench.resolution_far`): four kinds of shop no other half
has (car care, paint and decorating, music accessories, printer and office supplies), the
merchants' synonyms, the shop-like things these shops do not sell, the brands' syllables,
legal forms and ordinary-word brands, and how a shop and its brands are built.

A product type is ``(fr noun, en noun, axis values [(fr, en)...], sizes [(fr, en)...])``, as in
:mod:`bench.resolution_shops`. Every list here was written for this half: none is copied from
another half's (:mod:`bench.resolution_far_words` holds the noise's words), and the resolver
never reads this module.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

from bench import resolution_noise as noise
from bench.resolution_gen import LOCALES, Item, Shop, _distinct
from bench.resolution_shops import Pair, ProductType
from bench.resolution_wide import _shop_words
from catalog.model import Catalog


def _duo(text: str) -> list[Pair]:
    """ "avant | front; arrière | rear" → [("avant", "front"), ("arrière", "rear")]: ``;``
    between items, ``|`` between the French and the English (sizes hold commas and slashes)."""
    return [
        (fr.strip(), en.strip())
        for fr, en in (item.split("|") for item in text.split(";") if item.strip())
    ]


SINGLE = _duo("à l'unité | single")
WALL_COLOURS = _duo(
    "blanc coquille | eggshell white; gris galet | pebble grey; bleu orage | storm blue; "
    "vert sauge | sage green; terracotta | terracotta; jaune moutarde | mustard yellow; "
    "vieux rose | dusty rose"
)

FAR_SHOPS: dict[str, list[ProductType]] = {
    "car": [
        ("balais d'essuie-glace", "wiper blades", _duo("avant | front; arrière | rear"),
         _duo("40 cm | 16 in; 55 cm | 22 in; 65 cm | 26 in")),
        ("huile moteur", "motor oil", _duo("5W30 | 5W30; 5W40 | 5W40; 10W40 | 10W40; 0W20 | 0W20"),
         _duo("1 l | 1 qt; 5 l | 5 qt")),
        ("gonfleur de pneus", "tire inflator",
         _duo("sans fil | cordless; sur allume-cigare | plug-in"), _duo("12 V | 12 V; 20 V | 20 V")),
        ("liquide lave-glace", "windshield washer fluid",
         _duo("été | summer; hiver | winter; anti-insectes | bug wash"), _duo("2 l | 1 gal; 5 l | 2 gal")),
        ("ampoule de phare", "headlight bulb", _duo("H4 | H4; H7 | H7; H11 | H11"),
         _duo("à l'unité | single; lot de 2 | 2 pack")),
        ("housse de siège", "seat cover",
         _duo("noir | black; gris anthracite | charcoal; beige | beige"),
         _duo("jeu avant | front pair; jeu complet | full set")),
        ("peau de chamois", "chamois cloth", [], _duo("40 x 30 cm | 16 x 12 in; 60 x 45 cm | 24 x 18 in")),
        ("câbles de démarrage", "jumper cables", _duo("16 mm² | 6 gauge; 25 mm² | 4 gauge"),
         _duo("3 m | 10 ft; 5 m | 16 ft")),
        ("désodorisant voiture", "car air freshener",
         _duo("vanille | vanilla; nouvelle voiture | new car; cuir | leather; agrumes | citrus"),
         _duo("à l'unité | single; lot de 3 | 3 pack")),
    ],
    "paint": [
        ("peinture murale", "wall paint", WALL_COLOURS, _duo("0,5 l | 1 qt; 2,5 l | 1 gal; 10 l | 5 gal")),
        ("peinture boiserie", "trim paint",
         _duo("blanc satiné | satin white; blanc brillant | gloss white; gris galet | pebble grey"),
         _duo("0,5 l | 1 qt; 2 l | 2 qt")),
        ("sous-couche", "primer", _duo("murs et plafonds | wall and ceiling; bois | wood; métal | metal"),
         _duo("2,5 l | 1 gal; 10 l | 5 gal")),
        ("rouleau à peinture", "paint roller",
         _duo("poils courts | short nap; poils longs | long nap; mousse | foam"),
         _duo("110 mm | 4 in; 180 mm | 7 in; 250 mm | 9 in")),
        ("brosse à rechampir", "angled sash brush",
         _duo("soies naturelles | natural bristle; synthétique | synthetic"),
         _duo("25 mm | 1 in; 50 mm | 2 in; 70 mm | 3 in")),
        ("ruban de masquage", "masking tape",
         _duo("intérieur | indoor; extérieur | outdoor; surfaces délicates | delicate surface"),
         _duo("25 mm x 50 m | 1 in x 60 yd; 38 mm x 50 m | 1.5 in x 60 yd; 50 mm x 25 m | 2 in x 30 yd")),
        ("bâche de protection", "drop cloth", _duo("plastique | plastic; coton | canvas"),
         _duo("4 x 5 m | 9 x 12 ft; 10 x 4 m | 12 x 15 ft")),
        ("enduit de rebouchage", "spackling paste", [], _duo("250 g | 8 oz; 1 kg | 32 oz")),
        ("papier de verre", "sandpaper",
         _duo("grain 80 | 80 grit; grain 120 | 120 grit; grain 240 | 240 grit"),
         _duo("lot de 5 | 5 pack; lot de 25 | 25 pack")),
        ("bac à peinture", "paint tray", [], _duo("180 mm | 7 in; 250 mm | 9 in")),
    ],
    "music": [
        ("cordes de guitare", "guitar strings", _duo("acoustique | acoustic; électrique | electric"),
         _duo("9-42 | 9-42; 10-46 | 10-46; 11-52 | 11-52; 12-53 | 12-53")),
        ("cordes de basse", "bass strings", _duo("filet rond | roundwound; filet plat | flatwound"),
         _duo("45-105 | 45-105; 50-110 | 50-110")),
        ("médiators", "guitar picks", _duo("celluloïd | celluloid; nylon | nylon; delrin | delrin"),
         _duo("0,46 mm | 0.46 mm; 0,71 mm | 0.71 mm; 1 mm | 1 mm")),
        ("baguettes de batterie", "drumsticks", _duo("5A | 5A; 7A | 7A; 5B | 5B; 2B | 2B"),
         _duo("pointe bois | wood tip; pointe nylon | nylon tip")),
        ("capodastre", "capo", _duo("noir | black; argent | silver; bronze | bronze"),
         _duo("guitare folk | acoustic guitar; guitare classique | classical guitar")),
        ("accordeur à pince", "clip-on tuner",
         _duo("chromatique | chromatic; guitare et basse | guitar and bass"), SINGLE),
        ("sangle de guitare", "guitar strap", _duo("cuir | leather; coton | cotton; nylon | nylon"),
         _duo("5 cm | 2 in; 7 cm | 3 in")),
        ("câble jack", "instrument cable", _duo("droit | straight; coudé | angled"),
         _duo("3 m | 10 ft; 6 m | 20 ft")),
        ("anches de saxophone", "saxophone reeds", _duo("alto | alto; ténor | tenor"),
         _duo("force 2 | strength 2; force 2,5 | strength 2.5; force 3 | strength 3")),
    ],
    "office": [
        ("cartouche d'encre", "ink cartridge",
         _duo("TX302 | TX302; TX305 | TX305; PG-545 | PG-545; CL 546 | CL 546; LC3219 | LC3219"),
         _duo("noir | black; couleur | color; noir XL | black XL")),
        ("toner laser", "toner cartridge", _duo("TN-2420 | TN-2420; KX59A | KX59A; MD111S | MD111S"),
         _duo("standard | standard; haute capacité | high yield")),
        ("ramette de papier", "copy paper",
         _duo("A4 80 g | A4 80 gsm; A4 90 g | A4 90 gsm; A3 80 g | A3 80 gsm"),
         _duo("500 feuilles | 500 sheets; 2500 feuilles | 2500 sheets")),
        ("agrafes", "staples", _duo("24/6 | 24/6; 26/6 | 26/6; 23/10 | 23/10"),
         _duo("boîte de 1000 | box of 1000; boîte de 5000 | box of 5000")),
        ("perforatrice", "hole punch", _duo("2 trous | 2 hole; 4 trous | 4 hole"),
         _duo("20 feuilles | 20 sheets; 40 feuilles | 40 sheets")),
        ("papier photo", "photo paper", _duo("brillant | glossy; mat | matte; satiné | satin"),
         _duo("10 x 15 cm | 4 x 6 in; A4 | A4")),
        ("ruban pour étiqueteuse", "label maker tape",
         _duo("noir sur blanc | black on white; noir sur jaune | black on yellow; "
              "blanc sur transparent | white on clear"), _duo("9 mm | 9 mm; 12 mm | 12 mm; 24 mm | 24 mm")),
        ("pochettes de plastification", "laminating pouches", _duo("A4 | A4; A3 | A3; A5 | A5"),
         _duo("80 microns | 3 mil; 125 microns | 5 mil")),
        ("trombones", "paper clips", _duo("métal | metal; couleurs assorties | assorted colors"),
         _duo("28 mm | 1 in; 50 mm | 2 in")),
        ("ruban correcteur", "correction tape", [],
         _duo("4,2 mm x 10 m | 4.2 mm x 10 m; 5 mm x 8 m | 5 mm x 8 m")),
    ],
}  # fmt: skip

# A merchant's other name for a product type (by English noun), listed on the products of the
# shops that use it: only those shops' queries say it.
SYNONYMS: dict[str, Pair] = {
    "wiper blades": ("essuie-glaces", "wipers"), "motor oil": ("lubrifiant moteur", "engine oil"),
    "jumper cables": ("câbles booster", "booster cables"), "masking tape": ("scotch de peintre",
    "painter's tape"), "spackling paste": ("pâte à reboucher", "spackle"),
    "sandpaper": ("papier abrasif", "abrasive paper"), "guitar picks": ("plectres", "plectrums"),
    "instrument cable": ("cordon jack", "guitar lead"), "ink cartridge": ("recharge d'encre",
    "ink refill"), "copy paper": ("papier ramette", "paper ream"),
    "paper clips": ("attaches trombone", "paperclips"), "correction tape": ("souris correctrice",
    "correction roller"), "laminating pouches": ("feuilles à plastifier", "laminating sheets"),
}  # fmt: skip

# Shop-like things each kind of shop does not sell ("none" requests with the shop's own words).
NEAR_MISSES: dict[str, list[Pair]] = {
    "car": _duo("chaînes à neige | snow chains; batterie de voiture | car battery; "
                "siège auto enfant | child car seat; tapis de sol | floor mats; porte-vélos | bike rack"),
    "paint": _duo("papier peint | wallpaper; peinture en bombe | spray paint; échelle | ladder; "
                  "pistolet à peinture | paint sprayer; décapant | paint stripper"),
    "music": _duo("ampli guitare | guitar amp; pupitre | music stand; métronome | metronome; "
                  "archet de violon | violin bow; tabouret de piano | piano bench"),
    "office": _duo("imprimante laser | laser printer; destructeur de papier | paper shredder; "
                   "calculatrice | calculator; plastifieuse | laminator; chaise de bureau | office chair"),
}  # fmt: skip
# Things none of the generated shops sells.
FAR_OFF_CATALOG: list[Pair] = _duo(
    "aquarium | aquarium; planche de surf | surfboard; robot pâtissier | stand mixer; "
    "couette | duvet; tente de camping | camping tent; lampe frontale | headlamp; "
    "poussette | stroller; trottinette | kick scooter; sac à dos | backpack; miroir | mirror"
)

# --- brands ------------------------------------------------------------------------------
FAR_SYLLABLES = (
    "tiv", "orn", "dul", "mek", "zar", "fen", "quib", "bix", "wesk", "gath", "pel", "rask",
    "stek", "vand", "kre", "lix", "bor", "gulv", "plon", "nox", "ruf", "dav", "ek", "oss", "ump",
    "en", "mir", "kes", "jor", "wyn", "thal", "brem", "cas", "drax", "sarn", "brix", "hask",
    "ilm", "kar", "lem", "morv", "nyk", "pav", "ros", "sev", "tren", "vurt", "yan", "zel", "ax",
)  # fmt: skip
# Legal forms some brands carry, and how they are said.
LEGAL_FORMS: dict[str, dict[str, list[str]]] = {
    "& Fils": {"fr": ["et fils"], "en": ["and fils"]},
    "Bros": {"fr": ["bros", "brothers"], "en": ["brothers", "bros"]},
    "Frères": {"fr": ["frères", "frère"], "en": ["freres", "frairs"]},
    "& Co": {"fr": ["et co", "et compagnie"], "en": ["and co", "and company"]},
}
# Brands made of ordinary words.
PLAIN_BRANDS = (
    "Lune Rousse", "Golden Hinge", "Steady Hand", "Route Libre", "Deux Rives", "Brick Lane",
    "Night Heron", "Coin Tranquille", "Rusty Anchor", "Tall Pines", "Petit Phare", "Bon Voisin",
    "Salty Dog", "Cinq Étoiles", "Far West", "Haute Marée", "Lucky Penny", "Moulin Blanc",
    "Iron Kettle", "Bleu Horizon", "Gentle Giant", "Clé de Sol", "Red Barn", "Fox Hollow",
    "Mauvaise Herbe", "Quatre Vents", "Happy Camper", "Silver Lining", "Bout du Monde",
    "Wise Crow", "Grain de Sable", "Paper Moon", "Vent Debout", "Maple Leaf", "Petite Ourse",
    "Long Haul", "Bonne Étoile", "Green Mile",
)  # fmt: skip


# --- shops ------------------------------------------------------------------------------
TITLE_ORDERS = ("brand-first", "brand-last", "noun-brand", "brand-caps", "size-first")


@dataclass
class FarShop(Shop):
    """A shop whose titles follow three orders, and whose products of some types carry the
    merchant's synonym."""

    orders: tuple[str, ...] = ("brand-first",)
    synonyms: dict[int, Pair] = field(default_factory=dict)  # type index → (fr, en)

    def title(self, item: Item, lang: int) -> str:
        noun, value, size = self.words(item, lang)
        brand = item.brand
        order = self.orders[int(item.id[-4:]) % len(self.orders)]
        if order == "brand-last":
            text = f"{noun} {value}, {size} | {brand}"
        elif order == "noun-brand":
            text = f"{noun} {brand} {value} {size}"
        elif order == "brand-caps":
            text = f"{brand.upper()} - {noun} {value} - {size}"
        elif order == "size-first":
            text = f"{size} {noun} {value} {brand}"
        else:
            text = f"{brand} {noun} {value} {size}"
        return " ".join(text.split()).replace(" ,", ",")

    def catalog(self, locale: str) -> Catalog:
        lang = LOCALES.index(locale)
        plain = super().catalog(locale)
        products = []
        for item, product in zip(self.items, plain.products, strict=True):
            if item.kind in self.synonyms:
                _, value, size = self.words(item, lang)
                name = " ".join(f"{self.synonyms[item.kind][lang]} {value} {size}".split())
                product = replace(product, synonyms=(name,))
            products.append(product)
        return Catalog(locale, tuple(products))


def _core(brand: str) -> str:
    """The brand without its legal form ("Dulmek & Fils" → "dulmek")."""
    text = brand
    for form in LEGAL_FORMS:
        text = text.replace(f" {form}", "")
    return text.lower()


def _free(brand: str, taken: list[str], own_words: set[str]) -> bool:
    core = _core(brand)
    return not set(noise.strip_accents(core).split()) & own_words and _distinct(
        core, [_core(b) for b in taken]
    )


def _made_up(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(FAR_SYLLABLES) for _ in range(rng.choice((2, 2, 3))))

    roll = rng.random()
    if roll < 0.15:
        return f"{word().capitalize()} {word().capitalize()}"
    if roll < 0.3:
        return f"{word().capitalize()} {rng.choice(list(LEGAL_FORMS))}"
    return word().capitalize()


def build_far_shop(name: str, kind: str, rng: random.Random, taken: list[str],
                   plain: list[str]) -> FarShop:  # fmt: skip
    """Six to nine brands (about a quarter of ordinary words), three title orders, and the
    merchant's synonym on some product types."""
    types = FAR_SHOPS[kind]
    own = _shop_words(types)
    brands = noise.pick_brands(
        rng, plain, 0.25, lambda: _made_up(rng), lambda b, more: _free(b, taken + more, own)
    )
    taken.extend(brands)
    synonyms = {
        index: SYNONYMS[t[1]]
        for index, t in enumerate(types)
        if t[1] in SYNONYMS and rng.random() < 0.6
    }
    orders = tuple(rng.sample(TITLE_ORDERS, 3))
    shop = FarShop(name, kind, types, brands, orders=orders, synonyms=synonyms)
    for brand in brands:
        for kind_index in sorted(rng.sample(range(len(types)), rng.randint(3, 7))):
            _, _, axis, sizes = types[kind_index]
            combos = [(v, s) for v in (range(len(axis)) or [-1]) for s in range(len(sizes))]
            for variant, size in sorted(rng.sample(combos, min(len(combos), rng.randint(1, 6)))):
                shop.items.append(Item(f"{name}-{len(shop.items):04d}", brand, kind_index,
                                       variant, size))  # fmt: skip
    return shop
