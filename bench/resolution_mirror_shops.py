"""The shops of the *mirror* half (:mod:`bench.resolution_mirror`): four kinds of shop no other
half has (aquarium, jewellery, coffee, bathroom fittings), their brands and their feed titles.

A product type is ``(fr noun, en noun, axis values [(fr, en)...], sizes [(fr, en)...])`` as in
:mod:`bench.resolution_shops`; the words are written here once, by a hand that never read the
resolver. Sizes are metric in both locales, as in ``shared/data/resolution``, except ring sizes
(French 52-59, US 6-9: the same product, two numbers).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from bench.resolution_gen import Item, Shop
from bench.resolution_shops import Pair, ProductType


def _two(text: str) -> list[Pair]:
    """ "argent / silver; or rose / rose gold" → [("argent", "silver"), ("or rose", "rose gold")]."""
    pairs = []
    for item in text.split(";"):
        fr, en = (part.strip() for part in item.split(" / "))
        pairs.append((fr, en))
    return pairs


def _same(text: str) -> list[Pair]:
    """Sizes written alike in both locales but for the decimal mark: "1,5 m; 2 m"."""
    return [(s.strip(), s.strip().replace(",", ".")) for s in text.split(";")]


FISH = _two("poissons tropicaux / tropical fish; poissons rouges / goldfish; cichlidés / cichlids")
METALS = _two(
    "argent / sterling silver; plaqué or / gold plated; acier inoxydable / stainless steel; "
    "or rose / rose gold"
)
STONES = _two("perle / pearl; zircon / cubic zirconia; nacre / mother of pearl; onyx / onyx")
ROASTS = _two("doux / mild; corsé / bold; intense / intense; décaféiné / decaf")
FINISHES = _two("chromé / chrome; noir mat / matte black; laiton brossé / brushed brass")

MIRROR_SHOPS: dict[str, list[ProductType]] = {
    "aquarium": [
        ("nourriture en flocons", "flake food", FISH, _same("100 ml; 250 ml; 1 l")),
        ("granulés pour poissons", "fish pellets", FISH[:2], _same("50 g; 200 g")),
        ("conditionneur d'eau", "water conditioner", [], _same("100 ml; 250 ml; 500 ml")),
        ("filtre intérieur", "internal filter", [], _same("400 l/h; 800 l/h")),
        ("chauffage pour aquarium", "aquarium heater", [], _same("50 W; 100 W; 200 W")),
        ("gravier décoratif", "decorative gravel",
         _two("noir / black; blanc / white; naturel / natural; bleu / blue"), _same("2 kg; 5 kg")),
        ("plante artificielle", "artificial plant", _two("vert / green; rouge / red; violet / purple"),
         _same("10 cm; 20 cm; 30 cm")),
        ("pompe à air", "air pump", [], _two("1 sortie / 1 outlet; 2 sorties / 2 outlets")),
        ("décoration", "ornament",
         _two("épave / shipwreck; château / castle; rocher / rock; amphore / amphora"),
         _two("taille S / size S; taille M / size M; taille L / size L")),
        ("kit d'analyse", "water test kit", _two("pH / pH; nitrites / nitrite; ammoniac / ammonia"),
         _two("25 tests / 25 tests; 50 tests / 50 tests")),
        ("aquarium équipé", "aquarium kit", _two("noir / black; blanc / white"),
         _same("54 l; 112 l; 200 l")),
    ],
    "jewellery": [
        ("collier", "necklace", METALS, _same("40 cm; 45 cm; 50 cm")),
        ("bracelet jonc", "bangle", METALS, _same("6 cm; 6,5 cm")),
        ("bracelet chaîne", "chain bracelet", METALS, _same("16 cm; 18 cm; 20 cm")),
        ("créoles", "hoop earrings", METALS, _same("20 mm; 30 mm; 40 mm")),
        ("puces d'oreilles", "stud earrings", STONES, _same("4 mm; 6 mm; 8 mm")),
        ("bague", "ring", METALS,
         _two("taille 52 / size 6; taille 54 / size 7; taille 57 / size 8; taille 59 / size 9")),
        ("chaîne de cheville", "anklet", METALS[:3], _same("23 cm; 25 cm")),
        ("montre", "watch", _two("cuir / leather; maille milanaise / mesh; silicone / silicone"),
         _same("36 mm; 40 mm")),
        ("pendentif", "pendant", _two("coeur / heart; étoile / star; lune / moon; trèfle / clover"),
         _same("12 mm; 18 mm")),
        ("boîte à bijoux", "jewelry box", _two("noir / black; taupe / taupe; blanc / white"),
         _two("2 tiroirs / 2 drawers; 3 tiroirs / 3 drawers")),
        ("nettoyant pour bijoux", "jewelry cleaner", [], _same("100 ml; 250 ml")),
    ],
    "coffee": [
        ("café en grains", "whole bean coffee",
         _two("Éthiopie / Ethiopia; Colombie / Colombia; Brésil / Brazil; Pérou / Peru"),
         _same("250 g; 500 g; 1 kg")),
        ("café moulu", "ground coffee", ROASTS, _same("250 g; 500 g")),
        ("capsules de café", "coffee capsules",
         _two("classique / classic; vanille / vanilla; caramel / caramel; noisette / hazelnut"),
         _same("10 capsules; 30 capsules")),
        ("dosettes souples", "soft coffee pods", ROASTS[:3],
         _two("18 dosettes / 18 pods; 36 dosettes / 36 pods")),
        ("café soluble", "instant coffee", ROASTS[1:], _same("100 g; 200 g")),
        ("cafetière à piston", "french press",
         _two("noir / black; inox / stainless steel; rouge / red"), _same("350 ml; 1 l")),
        ("moulin à café", "coffee grinder", _two("manuel / manual; électrique / electric"),
         _two("1 pièce / 1 piece")),
        ("tasses à espresso", "espresso cups",
         _two("blanc / white; noir / black; terracotta / terracotta; vert sauge / sage green"),
         _two("lot de 2 / set of 2; lot de 6 / set of 6")),
        ("mug isotherme", "travel mug", _two("noir / black; bleu nuit / navy blue; rose / pink"),
         _same("350 ml; 470 ml")),
        ("détartrant", "descaler", [], _same("250 ml; 500 ml")),
        ("boîte hermétique", "coffee canister", _two("noir / black; blanc / white; cuivre / copper"),
         _same("500 g; 1 kg")),
    ],
    "bathroom": [
        ("pommeau de douche", "shower head", FINISHES, _same("10 cm; 15 cm; 25 cm")),
        ("flexible de douche", "shower hose", FINISHES[:2], _same("1,5 m; 1,75 m; 2 m")),
        ("barre de douche", "shower slide bar", FINISHES, _same("70 cm; 90 cm")),
        ("abattant WC", "toilet seat", _two("bois / wood; thermodur / duroplast; blanc / white"),
         _two("1 pièce / 1 piece")),
        ("distributeur de savon", "soap dispenser", FINISHES, _same("250 ml; 400 ml")),
        ("porte-serviettes", "towel rail", FINISHES, _same("45 cm; 60 cm")),
        ("miroir grossissant", "magnifying mirror", FINISHES[:2], _two("x5 / 5x; x10 / 10x")),
        ("étagère de douche", "shower caddy", FINISHES, _two("2 étages / 2 tiers; 3 étages / 3 tiers")),
        ("brosse WC", "toilet brush", _two("blanc / white; noir / black; gris / grey"),
         _two("1 pièce / 1 piece")),
        ("mastic sanitaire", "bathroom sealant", _two("blanc / white; transparent / clear; gris / grey"),
         _same("280 ml; 310 ml")),
        ("tapis antidérapant", "anti-slip shower mat",
         _two("transparent / clear; bleu / blue; gris / grey"), _same("40 x 70 cm; 55 x 55 cm")),
    ],
}  # fmt: skip

# Things a shopper asks at the wrong shop: the "none" requests of another kind of shop.
ELSEWHERE = _two(
    "perceuse sans fil / cordless drill; matelas / mattress; barbecue / barbecue grill; "
    "imprimante / printer; casque audio / headphones; ballon de foot / soccer ball; "
    "poêle à frire / frying pan; tondeuse à gazon / lawn mower; sèche-cheveux / hair dryer; "
    "trottinette / scooter; parapluie / umbrella; cartable / school bag"
)

# --- brands -----------------------------------------------------------------------------
# Syllables of invented brands (none in another half's list: tests/catalog compares them).
MIRROR_SYLLABLES = (
    "bré", "zé", "quin", "is", "mau", "tru", "vé", "kal", "nel", "ro", "fau", "dac", "sé",
    "lun", "tho", "va", "gri", "mé", "cau", "pé", "xan", "dé", "ju", "lia", "vou", "sta",
)  # fmt: skip
# Plain words a merchant names a brand with.
PLAIN_BRANDS = (
    "Roche Claire", "Deep Current", "Étoile Filante", "Midnight Owl", "Bel Écrin", "Quiet Harbor",
    "Trois Chênes", "Brume Matinale", "Sable Fin", "Morning Glory", "Pluie Fine", "Tall Grass",
    "Douce Heure", "Ember Lane", "Cap Horn", "Grand Tétras",
)  # fmt: skip
# Second halves of compound brands written as one word ("Kavélab").
COMPOUND_ENDS = ("Lab", "Line", "Vie", "Top", "Zone", "Art")
# Legal forms a feed's brand column carries, and how a shopper says them (often not at all).
LEGAL_FORMS: dict[str, dict[str, list[str]]] = {
    "SAS": {"fr": ["", "", "s a s"], "en": ["", ""]},
    "& Cie": {"fr": ["et compagnie", "et cie", ""], "en": ["and company", ""]},
    "Ltd": {"fr": ["", "limited"], "en": ["limited", "", "l t d"]},
}


@dataclass(frozen=True)
class Brand:
    """A brand as the feed writes it, and as it is built: its syllables (or words) and legal
    form, which the recogniser needs to hear it."""

    name: str
    parts: tuple[str, ...]
    legal: str = ""
    plain: bool = False  # made of ordinary words, each said as such

    @property
    def spoken(self) -> str:
        """The brand without its legal form, lower case."""
        return (" " if self.plain else "").join(self.parts).lower()


def _syllable_brand(rng: random.Random) -> Brand:
    parts = tuple(rng.choice(MIRROR_SYLLABLES) for _ in range(rng.choice((2, 2, 3))))
    return Brand("".join(parts).capitalize(), parts)


def made_up(rng: random.Random) -> Brand:
    """An invented brand: syllables, a compound, a plain pair of words or a legal form."""
    roll = rng.random()
    if roll < 0.55:
        return _syllable_brand(rng)
    if roll < 0.75:
        head = _syllable_brand(rng)
        end = rng.choice(COMPOUND_ENDS)
        return Brand(head.name + end, (*head.parts, end.lower()))
    if roll < 0.9:
        name = rng.choice(PLAIN_BRANDS)
        return Brand(name, tuple(name.split()), plain=True)
    head = _syllable_brand(rng)
    legal = rng.choice(sorted(LEGAL_FORMS))
    return Brand(f"{head.name} {legal}", head.parts, legal)


def distinct(brand: Brand, others: Sequence[str]) -> bool:
    """No word of ``brand`` reads like a word of another brand (or starts like it)."""
    mine = [w for w in brand.spoken.split() if len(w) > 1]
    for other in others:
        for theirs in other.lower().split():
            if theirs in LEGAL_FORMS or theirs.title() in LEGAL_FORMS:
                continue
            if any(fuzz.ratio(w, theirs) >= 70 or w[:3] == theirs[:3] for w in mine):
                return False
    return True


def shop_words(types: Sequence[ProductType]) -> set[str]:
    """Every word of a shop's nouns, values and sizes, lower case."""
    words: set[str] = set()
    for fr, en, axis, _sizes in types:
        for text in (fr, en, *(w for pair in axis for w in pair)):
            words.update(text.lower().replace("-", " ").replace("'", " ").split())
    return words


# --- titles -------------------------------------------------------------------------------
# How merchants write titles: the shared set's "Brand noun value size", and a few other
# orders real feeds use.
TITLE_FORMS = ("brand-first", "brand-first", "brand-dash", "noun-first", "value-first-en")


@dataclass
class MirrorShop(Shop):
    """A shop of the mirror half: its brands' build, and one title form."""

    brand_parts: dict[str, Brand] = field(default_factory=dict)
    form: str = "brand-first"

    def title(self, item: Item, lang: int) -> str:
        noun, value, size = self.words(item, lang)
        if self.form == "brand-dash":  # "Brand - noun value, size"
            return f"{item.brand} - {' '.join(w for w in (noun, value) if w)}, {size}"
        if self.form == "noun-first":
            return " ".join(w for w in (noun.capitalize(), item.brand, value, size) if w)
        if self.form == "value-first-en" and lang == 1 and value:
            return f"{item.brand} {value} {noun} {size}"
        return " ".join(w for w in (item.brand, noun, value, size) if w)


def build_mirror_shop(name: str, kind: str, rng: random.Random, taken: list[str]) -> MirrorShop:
    """A shop of ``kind`` with 8-10 brands of its own; each brand sells 4-8 of the types in a
    few variants and sizes, 120-250 products in all."""
    types = MIRROR_SHOPS[kind]
    while True:
        brands: list[Brand] = []
        count = rng.randint(8, 10)
        while len(brands) < count:
            brand = made_up(rng)
            if distinct(brand, [b.name for b in brands] + taken):
                brands.append(brand)
        shop = MirrorShop(name, kind, types, [b.name for b in brands],
                          brand_parts={b.name: b for b in brands}, form=rng.choice(TITLE_FORMS))  # fmt: skip
        for number, brand in enumerate(brands):
            for kind_index in sorted(rng.sample(range(len(types)), rng.randint(4, 8))):
                _, en, axis, sizes = types[kind_index]
                combos = [(v, s) for v in (range(len(axis)) or [-1]) for s in range(len(sizes))]
                for variant, size in sorted(
                    rng.sample(combos, min(len(combos), rng.randint(1, 5)))
                ):
                    key = en.split()[-1]
                    item_id = f"{name[:2]}{number:02d}-{key}-{len(shop.items):04d}"
                    shop.items.append(Item(item_id, brand.name, kind_index, variant, size))
        if 120 <= len(shop.items) <= 250:
            taken.extend(shop.brands)
            return shop
