"""The shops of the *casual* half (:mod:`bench.resolution_casual`): four kinds of shop no other
half has (clothing and shoes, bed and bath linen, camping gear, yarn and sewing supplies), the
grammatical gender of each French noun, the shop-like things these shops do not sell, the
brands' syllables and ordinary-word brands, and how a shop and its brands are built.

A product type is ``(fr noun, en noun, axis values [(fr, en)...], sizes [(fr, en)...])``, as in
:mod:`bench.resolution_shops`. Every list here was written for this half: none is copied from
another half's (:mod:`bench.resolution_casual_words` holds the noise's words), and the resolver
never reads this module.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench import resolution_noise as noise
from bench.resolution_far_shops import _duo
from bench.resolution_gen import Item, Shop, _distinct
from bench.resolution_shops import Pair, ProductType

LETTERS = _duo("taille S | size S; taille M | size M; taille L | size L; taille XL | size XL; "
               "taille XXL | size XXL")  # fmt: skip
SHOES = _duo(
    "pointure 39 | size 7; pointure 40 | size 7.5; pointure 41 | size 8; pointure 42 | size 9; "
    "pointure 42,5 | size 9.5; pointure 43 | size 10; pointure 44 | size 10.5; "
    "pointure 45 | size 11; pointure 46 | size 12"
)
ONE_SIZE = _duo("taille unique | one size")

CASUAL_SHOPS: dict[str, list[ProductType]] = {
    "clothing": [
        ("t-shirt", "t-shirt", _duo("blanc | white; noir | black; rouge | red; bleu marine | navy; "
                                    "vert olive | olive green; gris chiné | heather gray"), LETTERS),
        ("pull", "sweater", _duo("laine | wool; coton | cotton; cachemire | cashmere; mérinos | merino"),
         LETTERS[:4]),
        ("jean", "jeans", _duo("coupe droite | straight leg; slim | slim fit; évasé | bootcut"),
         _duo("taille 38 | waist 30; taille 40 | waist 32; taille 42 | waist 34; taille 44 | waist 36")),
        ("baskets", "sneakers", _duo("blanches | white; noires | black; bleu marine | navy"), SHOES),
        ("chaussures de randonnée", "hiking boots",
         _duo("cuir | leather; toile | mesh; imperméables | waterproof"), SHOES[1:]),
        ("chaussettes", "socks", _duo("laine | wool; coton | cotton; bambou | bamboo"),
         _duo("lot de 3 paires | 3 pairs; lot de 6 paires | 6 pairs")),
        ("veste de pluie", "rain jacket", _duo("jaune | yellow; kaki | khaki; bleu marine | navy"),
         LETTERS),
        ("ceinture", "belt", _duo("cuir | leather; toile | canvas"),
         _duo("90 cm | 32 in; 100 cm | 36 in; 110 cm | 40 in")),
        ("casquette", "baseball cap", _duo("noire | black; beige | tan; rouge | red"), ONE_SIZE),
        ("écharpe", "scarf", _duo("laine | wool; cachemire | cashmere; soie | silk"), ONE_SIZE),
    ],
    "linen": [
        ("drap housse", "fitted sheet",
         _duo("percale | percale; lin lavé | washed linen; flanelle | flannel; satin de coton | sateen"),
         _duo("90 x 190 cm | twin; 140 x 190 cm | full; 160 x 200 cm | queen; 180 x 200 cm | king")),
        ("housse de couette", "duvet cover",
         _duo("blanc | white; gris perle | pearl gray; bleu canard | teal; rose poudré | blush"),
         _duo("140 x 200 cm | twin; 240 x 220 cm | queen; 260 x 240 cm | king")),
        ("oreiller", "pillow", _duo("ferme | firm; moelleux | soft; mémoire de forme | memory foam"),
         _duo("60 x 60 cm | standard; 50 x 70 cm | queen; 65 x 65 cm | king")),
        ("couette", "comforter", _duo("tempérée | all season; chaude | winter weight; "
                                      "légère | summer weight"),
         _duo("140 x 200 cm | twin; 220 x 240 cm | queen; 240 x 260 cm | king")),
        ("serviette de bain", "bath towel",
         _duo("blanche | white; sable | sand; bleu canard | teal; anthracite | charcoal"),
         _duo("50 x 100 cm | 27 x 52 in; 70 x 140 cm | 30 x 56 in; 100 x 150 cm | 35 x 60 in")),
        ("peignoir", "bathrobe", _duo("éponge | terry; nid d'abeille | waffle; polaire | fleece"),
         LETTERS[:4]),
        ("rideau de douche", "shower curtain",
         _duo("uni blanc | plain white; rayé | striped; motif palmier | palm print"),
         _duo("180 x 200 cm | 72 x 72 in; 120 x 200 cm | 48 x 72 in")),
        ("plaid", "throw blanket", _duo("ocre | ochre; vert sapin | forest green; crème | cream"),
         _duo("130 x 170 cm | 50 x 60 in; 150 x 200 cm | 60 x 80 in")),
        ("taie d'oreiller", "pillowcase", _duo("percale | percale; lin lavé | washed linen"),
         _duo("65 x 65 cm | standard; 50 x 70 cm | king")),
        ("tapis de bain", "bath mat", _duo("blanc | white; sable | sand; anthracite | charcoal"),
         _duo("50 x 80 cm | 20 x 32 in; 60 x 90 cm | 24 x 36 in")),
    ],
    "camping": [
        ("tente", "tent", _duo("dôme | dome; tunnel | tunnel; instantanée | pop-up"),
         _duo("2 places | 2-person; 3 places | 3-person; 4 places | 4-person; 6 places | 6-person")),
        ("sac de couchage", "sleeping bag",
         _duo("sarcophage | mummy; rectangulaire | rectangular; double | double"),
         _duo("10 °C | 50 °F; 0 °C | 30 °F; -5 °C | 20 °F; -10 °C | 15 °F")),
        ("matelas autogonflant", "sleeping pad", _duo("ultraléger | ultralight; grand confort | deluxe"),
         _duo("3 cm | 1 in; 5 cm | 2 in; 8 cm | 3 in")),
        ("sac à dos", "backpack",
         _duo("noir | black; orange | orange; vert forêt | forest green; bleu pétrole | petrol blue"),
         _duo("20 l | 20 l; 30 l | 30 l; 45 l | 45 l; 65 l | 65 l")),
        ("lampe frontale", "headlamp", _duo("rechargeable | rechargeable; à piles | battery powered"),
         _duo("200 lumens | 200 lumens; 350 lumens | 350 lumens; 500 lumens | 500 lumens")),
        ("réchaud", "camp stove", _duo("gaz | propane; multicombustible | multi-fuel"),
         _duo("1 feu | 1 burner; 2 feux | 2 burner")),
        ("popote", "cook set", _duo("inox | stainless steel; aluminium | aluminum; titane | titanium"),
         _duo("1 l | 1 qt; 2 l | 2 qt")),
        ("chaise pliante", "camp chair", _duo("bleue | blue; verte | green; grise | gray"),
         _duo("standard | standard; XL | XL")),
        ("lanterne", "lantern", _duo("LED | LED; à gaz | gas"),
         _duo("300 lumens | 300 lumens; 1000 lumens | 1000 lumens")),
        ("bâtons de marche", "trekking poles", _duo("aluminium | aluminum; carbone | carbon"),
         _duo("115 cm | 45 in; 125 cm | 49 in; 135 cm | 53 in")),
    ],
    "crafts": [
        ("pelote de laine", "yarn", _duo("mérinos | merino; alpaga | alpaca; coton | cotton; "
                                         "acrylique | acrylic"), _duo("50 g | 1.75 oz; 100 g | 3.5 oz")),
        ("aiguilles à tricoter", "knitting needles",
         _duo("bambou | bamboo; métal | metal; circulaires | circular"),
         _duo("3 mm | US 2.5; 4 mm | US 6; 5 mm | US 8; 6 mm | US 10")),
        ("crochet", "crochet hook", _duo("aluminium | aluminum; bambou | bamboo; ergonomique | ergonomic"),
         _duo("2,5 mm | 2.5 mm; 4 mm | 4 mm; 5 mm | 5 mm")),
        ("fil à coudre", "sewing thread",
         _duo("blanc | white; noir | black; rouge | red; écru | ecru; bleu marine | navy"),
         _duo("100 m | 110 yd; 500 m | 550 yd")),
        ("fermeture éclair", "zipper", _duo("invisible | invisible; métal | metal; séparable | separating"),
         _duo("20 cm | 8 in; 40 cm | 16 in; 60 cm | 24 in")),
        ("boutons", "buttons", _duo("bois | wood; nacre | pearl; métal | metal"),
         _duo("lot de 10 | 10 pack; lot de 25 | 25 pack")),
        ("tissu", "fabric", _duo("coton imprimé | printed cotton; lin | linen; jersey | jersey; "
                                 "vichy | gingham"), _duo("au mètre | by the yard; coupon 50 cm | half yard")),
        ("ciseaux de couture", "fabric scissors", _duo("droitier | right-handed; gaucher | left-handed"),
         _duo("21 cm | 8 in; 25 cm | 10 in")),
        ("épingles", "sewing pins", _duo("tête de verre | glass head; tête plate | flat head"),
         _duo("boîte de 100 | box of 100; boîte de 250 | box of 250")),
        ("kit de broderie", "embroidery kit", _duo("débutant | beginner; fleurs | floral; "
                                                   "animaux | animals"),
         _duo("cercle 15 cm | 6 in hoop; cercle 20 cm | 8 in hoop")),
    ],
}  # fmt: skip

# The grammatical gender and number of each French noun: m, f, mp, fp.
GENDER = {
    "t-shirt": "m", "pull": "m", "jean": "m", "baskets": "fp", "chaussures de randonnée": "fp",
    "chaussettes": "fp", "veste de pluie": "f", "ceinture": "f", "casquette": "f", "écharpe": "f",
    "drap housse": "m", "housse de couette": "f", "oreiller": "m", "couette": "f",
    "serviette de bain": "f", "peignoir": "m", "rideau de douche": "m", "plaid": "m",
    "taie d'oreiller": "f", "tapis de bain": "m", "tente": "f", "sac de couchage": "m",
    "matelas autogonflant": "m", "sac à dos": "m", "lampe frontale": "f", "réchaud": "m",
    "popote": "f", "chaise pliante": "f", "lanterne": "f", "bâtons de marche": "mp",
    "pelote de laine": "f", "aiguilles à tricoter": "fp", "crochet": "m", "fil à coudre": "m",
    "fermeture éclair": "f", "boutons": "mp", "tissu": "m", "ciseaux de couture": "mp",
    "épingles": "fp", "kit de broderie": "m",
}  # fmt: skip

# Shop-like things each kind of shop does not sell ("none" requests with the shop's own words).
NEAR_MISSES: dict[str, list[Pair]] = {
    "clothing": _duo("robe de soirée | evening gown; maillot de bain | swimsuit; "
                     "cravate | necktie; gants en cuir | leather gloves; pyjama | pajamas"),
    "linen": _duo("sommier | box spring; nappe | tablecloth; coussin de sol | floor cushion; "
                  "moustiquaire | mosquito net; torchon | dish towel"),
    "camping": _duo("hamac de voyage | travel hammock; glacière | cooler; kayak | kayak; "
                    "canne à pêche | fishing rod; jumelles | binoculars"),
    "crafts": _duo("machine à coudre | sewing machine; mannequin de couture | dress form; "
                   "perles de rocaille | seed beads; métier à tisser | weaving loom; dé à coudre | thimble"),
}  # fmt: skip
# Things none of the generated shops sells.
CASUAL_OFF_CATALOG: list[Pair] = _duo(
    "poêle antiadhésive | nonstick skillet; terreau | potting mix; pneu neige | snow tire; "
    "piano numérique | digital piano; cafetière italienne | moka pot; console de jeux | game "
    "console; sèche-cheveux | hair dryer; four micro-ondes | microwave oven; "
    "arrosoir | sprinkler can; tondeuse à barbe | beard trimmer"
)

# --- brands ------------------------------------------------------------------------------
CASUAL_SYLLABLES = (
    "jam", "bril", "cosk", "fauv", "lig", "mard", "nesp", "prim", "quor", "selk", "tov",
    "varm", "wud", "yop", "zaf", "blen", "crom", "dimb", "flox", "gosp", "harl", "jolt", "kimb",
    "lurt", "mosk", "narb", "pilk", "rumb", "sloc", "trav", "vosk", "welt", "yarv", "zunt",
    "ablo", "ecka", "irva", "ulla", "ambi", "crup", "dwin", "frel", "glim", "hosk", "klet",
    "mup", "prav", "snib", "gorv", "ja", "ob", "ug", "ef", "iz", "oc", "ep", "ov", "ib", "ez",
    "uk", "ag", "od", "om", "az", "ud",
)  # fmt: skip
# Brands made of ordinary words, some a first name (said "Marlo's" or « d'chez Marlo »).
PLAIN_BRANDS = (
    "Marlo", "Jeannot", "Oscar & Lily", "Tante Odile", "Uncle Walt", "Papa Ours", "Nuit Blanche",
    "Feu de Camp", "Bois Joli", "Trail Buddy", "Pine Cone", "Lazy Sunday", "Doux Nuage",
    "Fil d'Or", "Knit Wit", "Crooked Stitch", "Moss Hollow", "Belle Maille", "Woolly Bear",
    "Chemin Creux", "Sleepy Hollow", "Grand Ourson", "Busy Bee", "Aiguille Folle",
    "Rocky Creek", "Mamie Jo", "Coin du Feu", "Big Sky", "Petit Mouton", "Dandelion",
)  # fmt: skip


# --- shops ------------------------------------------------------------------------------
TITLE_ORDERS = ("brand-noun", "noun-pipe", "brand-paren", "value-first", "size-last-brand")


@dataclass
class CasualShop(Shop):
    """A shop whose titles follow two orders, as a feed merged from two suppliers does."""

    orders: tuple[str, ...] = ("brand-noun",)

    def title(self, item: Item, lang: int) -> str:
        noun, value, size = self.words(item, lang)
        brand = item.brand
        order = self.orders[int(item.id[-4:]) % 3 % len(self.orders)]
        if order == "noun-pipe":
            text = f"{noun} {value} | {brand} | {size}"
        elif order == "brand-paren":
            text = f"{brand} – {noun} ({value}, {size})" if value else f"{brand} – {noun} ({size})"
        elif order == "value-first" and lang == 1:
            text = f"{value} {noun} by {brand}, {size}"
        elif order == "value-first":
            text = f"{noun} {value} {brand}, {size}"
        elif order == "size-last-brand":
            text = f"{noun} {value} - {size} - {brand.upper()}"
        else:
            text = f"{brand} {noun} {value}, {size}"
        return " ".join(text.split()).replace(" ,", ",")


def shop_words(types: list[ProductType]) -> set[str]:
    """Every word of the shop's nouns and values, folded."""
    words: set[str] = set()
    for fr, en, axis, _ in types:
        for text in (fr, en, *(w for pair in axis for w in pair)):
            words.update(noise.strip_accents(text).lower().replace("'", " ").split())
    return words


def free(brand: str, taken: list[str], own_words: set[str]) -> bool:
    """No word of ``brand`` is a word of the shop's products, nor sounds like another brand's."""
    core = brand.lower().replace(" & ", " ")
    words = set(noise.strip_accents(core).replace("'", " ").split())
    return not words & own_words and _distinct(core, [b.lower().replace(" & ", " ") for b in taken])


def made_up(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(CASUAL_SYLLABLES) for _ in range(rng.choice((2, 2, 2, 3))))

    if rng.random() < 0.15:
        return f"{word().capitalize()} {word().capitalize()}"
    return word().capitalize()


def build_casual_shop(name: str, kind: str, rng: random.Random, taken: list[str],
                      plain: list[str]) -> CasualShop:  # fmt: skip
    """Six to nine brands (about a third of ordinary words), two title orders."""
    types = CASUAL_SHOPS[kind]
    own = shop_words(types)
    brands = noise.pick_brands(
        rng, plain, 0.35, lambda: made_up(rng), lambda b, more: free(b, taken + more, own)
    )
    taken.extend(brands)
    shop = CasualShop(name, kind, types, brands, orders=tuple(rng.sample(TITLE_ORDERS, 2)))
    for brand in brands:
        for kind_index in sorted(rng.sample(range(len(types)), rng.randint(3, 7))):
            _, _, axis, sizes = types[kind_index]
            combos = [(v, s) for v in (range(len(axis)) or [-1]) for s in range(len(sizes))]
            for variant, size in sorted(rng.sample(combos, min(len(combos), rng.randint(1, 6)))):
                shop.items.append(Item(f"{name}-{len(shop.items):04d}", brand, kind_index,
                                       variant, size))  # fmt: skip
    return shop
