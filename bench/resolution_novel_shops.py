"""The shops of the *novel* half (:mod:`bench.resolution_novel`): an optician, a fishmonger, a
tack shop (horse riding) and a shoe-care shop, their brands and their feed titles.

A product type is ``(fr noun, en noun, axis values [(fr, en)...], sizes [(fr, en)...])`` as in
:mod:`bench.resolution_shops`. The words are those of the trades (dioptres, counts of oysters,
pony / cob / full, EU shoe sizes), written by a hand that never read the resolver. Each brand
comes with what a recogniser that does not know it writes instead: ordinary words of the
locale that sound like it (``Brand.heard``).
"""

from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass, field

from bench.resolution_gen import LOCALES, Item, Shop
from bench.resolution_shops import Pair, ProductType
from catalog.model import Catalog, Product
from payments.money import Money


def _pairs(text: str) -> list[Pair]:
    """ "cuites = cooked; crues = raw" → [("cuites", "cooked"), ("crues", "raw")]."""
    pairs = []
    for chunk in text.split(";"):
        fr, _, en = chunk.partition("=")
        pairs.append((fr.strip(), (en or fr).strip()))
    return pairs


def _types(table: str) -> list[ProductType]:
    """One type a line: ``fr noun | en noun | axis pairs | size pairs`` (axis may be empty)."""
    types: list[ProductType] = []
    for line in table.strip().splitlines():
        fr, en, axis, sizes = (cell.strip() for cell in line.split("|"))
        types.append((fr, en, _pairs(axis) if axis else [], _pairs(sizes)))
    return types


ONE = "1 pièce = 1 unit"
POWERS = "-1,00 = -1.00; -1,50 = -1.50; -2,00 = -2.00; -2,50 = -2.50; -3,00 = -3.00"
FRAMES = "écaille = tortoiseshell; noir = black; bleu marine = navy; rouge = red"
TACK_COLOURS = "bleu marine = navy; bordeaux = burgundy; noir = black; gris = gray; vert bouteille = bottle green"
HORSE = "poney = pony; cob = cob; cheval = full"
LETTERS = "taille S = size S; taille M = size M; taille L = size L"

NOVEL_SHOPS: dict[str, list[ProductType]] = {
    "optician": _types(f"""
lentilles de contact journalières | daily contact lenses | {POWERS} | boîte de 30 = box of 30; boîte de 90 = box of 90
lentilles de contact mensuelles | monthly contact lenses | {POWERS} | boîte de 3 = box of 3; boîte de 6 = box of 6
solution multifonction | multipurpose solution | | 100 ml; 360 ml
lunettes de lecture | reading glasses | {FRAMES} | +1,00 = +1.00; +1,50 = +1.50; +2,00 = +2.00; +2,50 = +2.50
étui à lunettes | glasses case | rigide = hard shell; souple = soft pouch | {ONE}
spray nettoyant pour verres | lens cleaner spray | | 30 ml; 60 ml
lingettes pour lunettes | lens wipes | | boîte de 52 = box of 52; boîte de 100 = box of 100
cordon à lunettes | eyeglass cord | cuir = leather; perles = beaded; silicone = silicone | {ONE}
gouttes hydratantes | lubricating eye drops | | 10 ml; 15 ml
lunettes de soleil polarisées | polarized sunglasses | noir mat = matte black; écaille = tortoiseshell; bleu miroir = blue mirror | {ONE}
loupe de lecture | reading magnifier | | x3 = 3x; x5 = 5x
lunettes anti-lumière bleue | blue light glasses | noir = black; transparent = clear; rose = pink | {ONE}
"""),
    "fishmonger": _types("""
pavé de saumon | salmon fillet | sans peau = skinless; avec peau = skin-on | 2 pièces = 2 count; 4 pièces = 4 count
saumon fumé | smoked salmon | d'écosse = scottish; de norvège = norwegian; sauvage = wild | 4 tranches = 4 slices; 8 tranches = 8 slices
crevettes | shrimp | cuites = cooked; crues = raw; décortiquées = peeled | 250 g; 500 g; 1 kg
moules de bouchot | rope-grown mussels | | 1 kg; 2 kg
huîtres creuses | pacific oysters | n° 2 = no. 2; n° 3 = no. 3 | 6 pièces = 6 count; 12 pièces = 12 count; 24 pièces = 24 count
dos de cabillaud | cod loin | nature = plain; pané = breaded | 300 g; 600 g
noix de saint-jacques | sea scallops | surgelées = frozen; fraîches = fresh | 250 g; 500 g
sardines en conserve | canned sardines | à l'huile d'olive = in olive oil; au citron = lemon; à la tomate = in tomato sauce | 1 boîte = 1 can; lot de 3 = 3-pack; lot de 6 = 6-pack
soupe de poissons | fish soup | | 500 ml; 1 l
anneaux d'encornet | squid rings | nature = plain; à la romaine = battered | 400 g; 1 kg
filets de maquereau | mackerel fillets | au poivre = peppered; fumés = smoked; à la moutarde = mustard | 200 g; 400 g
rillettes de thon | tuna rillettes | nature = plain; au piment d'espelette = espelette pepper | 90 g; 180 g
bulots cuits | cooked whelks | | 500 g; 1 kg
"""),
    "tack_shop": _types(f"""
tapis de selle | saddle pad | {TACK_COLOURS} | {HORSE}
licol | halter | bleu marine = navy; bordeaux = burgundy; noir = black; gris = gray | {HORSE}
longe | lead rope | bleu marine = navy; bordeaux = burgundy; noir = black; gris = gray | 2 m; 3 m
bombe d'équitation | riding helmet | noir mat = matte black; bleu nuit = midnight blue; velours = velvet | {LETTERS}
cure-pied | hoof pick | | {ONE}
étrille | curry comb | souple = flexible; rigide = rigid | {ONE}
couverture d'extérieur | turnout blanket | poids léger = lightweight; poids moyen = medium weight; poids lourd = heavyweight | 125 cm; 135 cm; 145 cm
huile pour sabots | hoof oil | | 500 ml; 1 l
spray anti-mouches | fly repellent spray | | 500 ml; 1 l
friandises pour chevaux | horse treats | pomme = apple; carotte = carrot; menthe = peppermint | 1 kg; 3 kg
étriers | stirrups | inox = stainless; aluminium = aluminum | 11 cm; 12 cm
cravache | riding crop | noire = black; rose = pink | 50 cm; 65 cm
gants d'équitation | riding gloves | noir = black; marron = brown | {LETTERS}
pierre à sel | salt lick | nature = plain; minéraux = mineral | 2 kg; 5 kg
"""),
    "shoe_care": _types(f"""
cirage | shoe polish | noir = black; marron = brown; incolore = neutral; bordeaux = oxblood | 50 ml; 75 ml
lacets | shoelaces | ronds = round; plats = flat; cirés = waxed | 60 cm; 90 cm; 120 cm
semelles | insoles | mousse à mémoire = memory foam; gel = gel; cuir = leather | pointure 38 = EU 38; pointure 41 = EU 41; pointure 44 = EU 44
embauchoirs | shoe trees | cèdre = cedar; plastique = plastic | pointure 38-40 = EU 38-40; pointure 41-43 = EU 41-43; pointure 44-46 = EU 44-46
spray imperméabilisant | waterproofing spray | | 200 ml; 400 ml
brosse à daim | suede brush | | {ONE}
crème pour le cuir | leather conditioner | incolore = neutral; noir = black; marron = brown | 75 ml; 250 ml
chausse-pied | shoehorn | | 15 cm; 60 cm
talonnettes | heel cushions | gel = gel; cuir = leather | 1 paire = 1 pair; 3 paires = 3 pairs
gomme à daim | suede eraser | | {ONE}
désodorisant pour chaussures | shoe deodorizer | | 100 ml; 150 ml
kit de cirage | shoe shine kit | voyage = travel; complet = deluxe | {ONE}
rénovateur daim | suede renovator | noir = black; marron = brown; bleu marine = navy; gris = gray | 250 ml
"""),
}  # fmt: skip

# Shorter names a shopper gives a product type, each a part of its name that no other type of
# the shop also contains (checked by tests/catalog/test_generator_novel.py).
SHORT_NAMES: dict[str, list[str]] = {
    "lentilles de contact journalières": ["lentilles journalières", "journalières"],
    "lentilles de contact mensuelles": ["lentilles mensuelles", "mensuelles"],
    "solution multifonction": ["solution"],
    "spray nettoyant pour verres": ["spray nettoyant", "spray pour verres"],
    "lingettes pour lunettes": ["lingettes"],
    "cordon à lunettes": ["cordon"],
    "gouttes hydratantes": ["gouttes"],
    "lunettes de soleil polarisées": ["lunettes de soleil"],
    "loupe de lecture": ["loupe"],
    "daily contact lenses": ["daily lenses"],
    "monthly contact lenses": ["monthly lenses"],
    "lens cleaner spray": ["lens cleaner"],
    "lubricating eye drops": ["eye drops"],
    "polarized sunglasses": ["sunglasses"],
    "reading magnifier": ["magnifier"],
    "eyeglass cord": ["cord"],
    "noix de saint-jacques": ["saint-jacques"],
    "moules de bouchot": ["moules"],
    "huîtres creuses": ["huîtres"],
    "sardines en conserve": ["sardines"],
    "anneaux d'encornet": ["encornet"],
    "filets de maquereau": ["maquereau"],
    "bulots cuits": ["bulots"],
    "rope-grown mussels": ["mussels"],
    "pacific oysters": ["oysters"],
    "sea scallops": ["scallops"],
    "canned sardines": ["sardines"],
    "mackerel fillets": ["mackerel"],
    "cooked whelks": ["whelks"],
    "bombe d'équitation": ["bombe"],
    "couverture d'extérieur": ["couverture"],
    "friandises pour chevaux": ["friandises"],
    "spray anti-mouches": ["anti-mouches"],
    "gants d'équitation": ["gants"],
    "turnout blanket": ["turnout"],
    "fly repellent spray": ["fly spray", "fly repellent"],
    "riding helmet": ["helmet"],
    "riding gloves": ["gloves"],
    "spray imperméabilisant": ["imperméabilisant"],
    "désodorisant pour chaussures": ["désodorisant"],
    "crème pour le cuir": ["crème cuir"],
    "waterproofing spray": ["waterproofing"],
    "shoe deodorizer": ["deodorizer"],
    "shoe shine kit": ["shine kit"],
    "heel cushions": ["cushions"],
}

# Things asked for at the wrong shop (the "none" requests), besides the other novel shops' own.
ELSEWHERE = _pairs(
    "matelas gonflable = air mattress; grille-pain = toaster; parapluie = umbrella; "
    "sèche-cheveux = hair dryer; machine à coudre = sewing machine; réveil = alarm clock; "
    "ventilateur = desk fan; valise = suitcase; poussette = stroller; barbecue = charcoal grill; "
    "tapis de yoga = yoga mat; casque audio = headphones; four à micro-ondes = microwave oven; "
    "chaise de bureau = office chair; pneus neige = snow tires; guirlande = garland"
)


# --- brands ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Brand:
    """A brand as the feed writes it and as a recogniser that does not know it writes it
    (``heard[0]`` in French, ``heard[1]`` in English)."""

    name: str
    heard: tuple[str, str]


def _brands(table: str) -> list[Brand]:
    """ "Marevia = mare via / mary via; ..." → brands with what each locale hears."""
    brands = []
    for chunk in table.split(";"):
        name, _, heard = chunk.partition("=")
        fr, _, en = heard.partition("/")
        brands.append(Brand(name.strip(), (fr.strip(), en.strip())))
    return brands


BRANDS: dict[str, list[Brand]] = {
    "optician": _brands(
        "Visiora = vis y aura / visi aura; Nettaly = net à lit / net tally; Kornéa = corne et a "
        "/ cornea; Pupilo = pupille eau / pupil oh; Ciliane = cil y anne / silly ann; Mirabo = "
        "mira beau / mira bow; Focalis = phoque à lisse / focal is; Vizelle = vise elle / visa "
        "l; Lorgnon = l'oignon / lauren yon; Oeillade = œillades / oh yard; Zyeuto = z yeux tôt "
        "/ zeal toe"
    ),
    "fishmonger": _brands(
        "Salicorne = sali corne / sally corn; Goémon = go et mon / go a mon; Haliot = à lit "
        "eau / holly ought; Thalassia = ta la scia / the lassie a; Iodine = yo dine / i a dine; "
        "Nacrelle = nacre elle / knack rel; Calypsa = calypso / calypso; Ecaillor = et caille or "
        "/ a kai or; Houlette = houle ette / who let; Embrun = en brun / um brun; Varech = va "
        "rêche / va wreck; Amarrage = a marrage / a mirage; Caboteur = cabot heure / cab otter"
    ),
    "tack_shop": _brands(
        "Galopin = galop pin / gallop in; Canterra = quand terra / canter ah; Hippolyne = hippo "
        "line / hippo lean; Cavalio = cavale y eau / cavalier oh; Paddox = pas docks / paddocks; "
        "Jumentine = jument tine / jew men teen; Poulinière = poulain hier / pool in there; "
        "Amblor = amble or / amble or; Destrier = des triés / dest rear; Hennissa = hennit ça / "
        "hen he sa; Caracole = cara colle / cara coal"
    ),
    "shoe_care": _brands(
        "Cirello = cire et l'eau / sir hello; Lustrin = lustre hein / lust ring; Talonia = talon "
        "nia / tell only a; Empeigne = en peigne / am pain; Daimor = des morts / day more; "
        "Crépon = crêpe on / crepe on; Ribouis = rit bouée / rib we; Godillot = godille eau / "
        "goody yo; Savatier = savate hier / sava tea a; Polissor = polit sort / police or"
    ),
}
# Brands the shops do not sell: what "none" requests name.
UNSOLD = _brands(
    "Scintil = saint til / sin teal; Cristalia = cristal y a / crystal ya; Loupio = loup pio / "
    "loopy oh; Zéphyra = zéphyr a / zephyr a; Ombrelle = ombre elle / um brel; Kestrel = qu'est-ce "
    "trelle / kes trel; Pinceney = pince nez / pin snay; Fovéa = fauve et a / foe via; Néréa = "
    "nez réa / near rea; Aquilon = a qui long / aqua lon; Haquenée = à queue né / hack nay; "
    "Mustango = mustang eau / mustang go; Tatane = ta tanne / ta tan"
)


def shop_words(types: list[ProductType]) -> set[str]:
    """Every word of a shop's nouns, values and sizes, lower case, split at spaces, - and '."""
    words: set[str] = set()
    for fr, en, axis, sizes in types:
        for text in (fr, en, *(w for pair in axis + sizes for w in pair)):
            words.update(re.split(r"[\s\-'’]+", text.lower()))
    return words - {""}


# --- shops and titles --------------------------------------------------------------------------
# How this half's merchants write titles (English adjectives often before the noun).
TITLE_FORMS = ("brand-first", "brand-first", "value-noun-en", "noun-then-brand", "brand-bar")


@dataclass
class NovelShop(Shop):
    brand_of: dict[str, Brand] = field(default_factory=dict)
    form: str = "brand-first"

    def title(self, item: Item, lang: int) -> str:
        noun, value, size = self.words(item, lang)
        size = "" if size in ("1 pièce", "1 unit") else size
        if self.form == "value-noun-en" and lang == 1 and value:  # "Marevia cooked shrimp 500 g"
            return " ".join(w for w in (item.brand, value, noun, size) if w)
        if self.form == "noun-then-brand":  # "Crevettes cuites Marevia (500 g)"
            head = " ".join(w for w in (noun.capitalize(), value, item.brand) if w)
            return f"{head} ({size})" if size else head
        if self.form == "brand-bar":  # "Marevia | crevettes, cuites, 500 g"
            return f"{item.brand} | " + ", ".join(w for w in (noun, value, size) if w)
        return " ".join(w for w in (item.brand, noun, value, size) if w)

    def catalog(self, locale: str) -> Catalog:
        """The feed: prices from the type and the size, in integer minor units."""
        lang = LOCALES.index(locale)
        currency = ("EUR", "USD")[lang]
        products = []
        for item in self.items:
            noun, _value, size = self.words(item, lang)
            en = self.types[item.kind][1]
            base = 290 + zlib.crc32(f"{en}:{item.brand}".encode()) % 3400
            minor = (base + item.size * base * 6 // 10) // 10 * 10 + 9
            title = self.title(item, lang)
            products.append(
                Product(
                    id=item.id,
                    title=title,
                    price=Money(minor, currency),
                    brand=item.brand,
                    description=title + ".",
                    product_type=noun,
                    variants={"size": size},
                )
            )
        return Catalog(locale, tuple(products))


def build_novel_shop(name: str, kind: str, rng: random.Random) -> NovelShop:
    """A shop of ``kind`` with 8-10 of its brands; each sells 4-8 of the types in a few variants
    and sizes, 120-250 products in all."""
    types = NOVEL_SHOPS[kind]
    while True:
        brands = rng.sample(BRANDS[kind], rng.randint(8, 10))
        shop = NovelShop(name, kind, types, [b.name for b in brands],
                         brand_of={b.name: b for b in brands}, form=rng.choice(TITLE_FORMS))  # fmt: skip
        for number, brand in enumerate(brands):
            for kind_index in sorted(rng.sample(range(len(types)), rng.randint(4, 8))):
                _, en, axis, sizes = types[kind_index]
                combos = [(v, s) for v in (range(len(axis)) or [-1]) for s in range(len(sizes))]
                for variant, size in sorted(
                    rng.sample(combos, min(len(combos), rng.randint(1, 5)))
                ):
                    key = re.sub(r"[^a-z]+", "_", en.lower()).strip("_")
                    item_id = f"{name[:2]}{number:02d}-{key}-{len(shop.items):04d}"
                    shop.items.append(Item(item_id, brand.name, kind_index, variant, size))
        if 120 <= len(shop.items) <= 250:
            return shop
