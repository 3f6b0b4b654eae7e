"""How the elsewhere half's shoppers put what they mean into words: the order of maker, noun,
colour or variety and size, articles, a quantity or a container, a size word, and the phrases
said around the product, in French and in American English.

A query is a list of tokens, each with its role (``pre``, ``art``, ``qty``, ``noun``,
``value``, ``brand``, ``link``, ``size``, ``post``), for the ear to mishear."""

from __future__ import annotations

import random

from bench.resolution_elsewhere_meaning import Said
from bench.resolution_elsewhere_model import ElsewhereShop, Ware
from bench.resolution_elsewhere_numbers import said_sizes, say_size

Token = tuple[str, str]

# The tags of how a query is said (not noise): the shape of the phrase, and why nothing fits.
FORMS = frozenset(
    ("carrier", "carrier_after", "generic", "synonym", "size_word", "container", "size_first",
     "quantity", "brand_after", "brand_link", "value_after",
     "none", "unsold_brand", "not_stocked", "other_trade", "no_such")
)  # fmt: skip

# Phrases said before and after the product, this half's own; a shop's trade adds its own.
BEFORE = (
    ("j'embarque", "on embarque", "glisse-moi", "tu glisses", "je vais repartir avec",
     "on repart avec", "compte-moi", "tu me comptes", "dégote-moi", "tu pourrais m'avoir",
     "rajoute sur la liste", "tu me sors", "fais-moi passer", "on se prend", "je me prends",
     "hop rajoute", "vas-y mets", "bon ben rajoute", "dans la liste tu rajoutes"),
    ("reserve me", "load up", "pack me", "could you bag", "pencil me in for", "hold me",
     "can we add", "slap on", "dump in", "kick in", "haul in", "tag on", "okay next",
     "alright add", "round me up", "put aside", "include", "also grab", "and while you're at it"),
)  # fmt: skip
TRADE_BEFORE = {
    "paint": ("pour le chantier il me faudrait", "for the job i need"),
    "hair": ("pour le salon il me faut", "for the salon we need"),
    "blades": ("pour la cuisine il me faudrait", "for the kitchen i need"),
    "seeds": ("pour le potager il me faudrait", "for the garden i need"),
}
AFTER = (
    ("si t'as", "s'te plaît", "en stock si possible", "ben voilà", "pour lundi"),
    ("thank you kindly", "if it's in", "that should do it", "for the project", "by friday"),
)
QUANTITY = (("deux", "trois", "quatre", "cinq"), ("two", "three", "four", "a half dozen"))
BRAND_LINK = (("de chez", "de la marque", "de"), ("from", "by", "made by"))
SIZE_WORDS = {
    ("fr", "largest"): ("le format le plus grand", "en format maxi", "la version la plus grande"),
    ("fr", "smallest"): ("le format le plus petit", "en format mini", "la version la plus petite"),
    ("en", "largest"): ("the large one", "the largest they make", "the biggest you've got",
                        "the larger one", "the jumbo one"),
    ("en", "smallest"): ("the smallest they make", "the smallest you've got", "the little size",
                         "the mini one"),
}  # fmt: skip
BIG_CONTAINER = {  # « le gros pot de », "the big can of"
    ("fr", "largest"): ("grand", "gros"),
    ("fr", "smallest"): ("petit",),
    ("en", "largest"): ("big", "large"),
    ("en", "smallest"): ("small", "little"),
}
FEMININE_OF = {"grand": "grande", "gros": "grosse", "petit": "petite"}
LIQUID = ("l", "ml")
FEMININE = ("boîte", "bombe", "bouteille")
PACKED = {"sachet", "paquet", "filet", "sac", "lot", "boîte", "coffret", "packet", "pack", "bag",
          "set"}  # fmt: skip
VOWELS = "aeiouyhàâéèêîôœ"


def pick(rng: random.Random, forms: tuple[str, ...] | list[str]) -> str:
    """One of ``forms``, the first ones most often."""
    return rng.choices(list(forms), [len(forms) - i + 1 for i in range(len(forms))])[0]


def de(word: str) -> str:
    return "d'" if word[:1] in VOWELS else "de"  # « d'un litre », « d'oignons »


def article(rng: random.Random, ware: Ware | None, lang: int, following: str) -> str:
    """An article for what follows: by the ware's gender in French (a thing the shop does not
    sell is taken as plural when its first word ends in s or x)."""
    plural = ware.gender == "p" if ware else following.split()[0][-1:] in "sx"
    if lang:
        liquid = bool(ware) and ware.sizes[0].en[1] in LIQUID
        some = ("the", "some") if liquid or plural else ("the",)
        if plural:
            return rng.choice(some)
        first = following[:1]
        a = "an" if first in "aeiou" or following.split()[0] in ("8", "11", "18") else "a"
        return rng.choice((*some, a))
    gender = "p" if plural else ware.gender if ware else "m"
    if gender == "p":
        return rng.choice(("les", "des"))
    if following[:1] in VOWELS:
        return rng.choice(("l'", "un" if gender == "m" else "une"))
    forms = {"m": ("le", "un"), "f": ("la", "une")}[gender]
    if ware and ware.sizes[0].fr[1] in LIQUID:
        forms += ("du",) if gender == "m" else ("de la",)
    return rng.choice(forms)


def speak(
    rng: random.Random, shop: ElsewhereShop, lang: int, said: Said
) -> tuple[list[Token], list[str]]:
    """The tokens of the product phrase (no carrier yet) and the forms it was said in."""
    code = ("fr", "en")[lang]
    trade = shop.trade
    tags: list[str] = []
    ware = trade.wares[said.ware] if said.ware >= 0 else None
    if ware is None:
        noun = said.thing[lang].lower()
    elif said.generic:
        noun = ware.generic[lang]
        tags.append("generic")
    else:
        noun = pick(rng, ware.said[lang])
        if noun != ware.said[lang][0]:
            tags.append("synonym")
    values = []
    if ware:
        for axis, value in sorted(said.values.items()):
            values.append(pick(rng, ware.axes[axis].values[value].said[lang]))
    brand = said.brand or (trade.makers[said.maker].name if said.maker >= 0 else "")
    brand = brand.lower().replace("&", rng.choice(("and", ("et", "and")[lang])))
    size, amount, unit = "", 0.0, ""
    before = bool(lang and ware and ware.size_before and rng.random() < 0.75)
    if ware and said.size >= 0:
        amount, unit = ware.sizes[said.size].amount(lang)
        size = say_size(rng, amount, unit, lang, before)
    elif said.end:
        size = pick(rng, SIZE_WORDS[(code, said.end)])
        before = False
        tags.append("size_word")
    lead: list[Token] = []
    container = ware.container[lang] if ware and ware.container[lang] else ()
    if container and said.end and rng.random() < 0.5:
        big = pick(rng, BIG_CONTAINER[(code, said.end)])
        if lang:
            big = f"the {big}"
        else:
            big = f"la {FEMININE_OF[big]}" if container[0] in FEMININE else f"le {big}"
        lead = [(f"{big} {container[0]}", "size")]
        size = ""
        tags.append("container")
    elif container and rng.random() < 0.25:
        many = rng.random() < 0.4
        one = ("une" if container[0] in FEMININE else "un", "a")[lang]
        count = rng.choice(QUANTITY[lang]) if many else one
        if size and unit in LIQUID and rng.random() < 0.5:
            if lang:  # "a two and a half liter can of"
                size = say_size(rng, amount, unit, lang, before=True)
                lead = [(count, "qty"), (size, "size"), (container[int(many)], "qty")]
            else:  # « un pot de deux litres et demi de »
                lead = [
                    (count, "qty"),
                    (container[int(many)], "qty"),
                    (de(size), "link"),
                    (size, "size"),
                ]
            size = ""
            tags.append("size_first")
        else:
            lead = [(count, "qty"), (container[int(many)], "qty")]
            if size and set(size.split()) & PACKED:  # not « un filet de ... filet de 25 »
                size = said_sizes(rng, amount, unit, lang, before)[0]
        tags.append("container")
    elif rng.random() < 0.12:
        lead = [(rng.choice(QUANTITY[lang]), "qty")]
        tags.append("quantity")
    phrase = (_english if lang else _french)(rng, noun, values, brand, size, before, tags)
    if tags.count("container"):
        lead.append(((de(phrase[0][0]), "of")[lang], "link"))
    elif not lead and rng.random() < 0.65:
        lead = [(article(rng, ware, lang, phrase[0][0]), "art")]
    return lead + phrase, tags


def _french(rng: random.Random, noun: str, values: list[str], brand: str, size: str,
            before: bool, tags: list[str]) -> list[Token]:  # fmt: skip
    said = [(noun, "noun"), *((v, "value") for v in values)]
    mark = [(size, "size")] if size else []
    if not brand:
        return said + mark
    roll = rng.random()
    if roll < 0.35:  # « peinture murale blanche ocrelune 2,5 litres »
        tags.append("brand_after")
        return [*said, (brand, "brand"), *mark]
    if roll < 0.55:  # « peinture murale ocrelune blanche »
        tags.append("brand_after")
        return [said[0], (brand, "brand"), *said[1:], *mark]
    if roll < 0.75:  # « ocrelune peinture murale blanche »
        return [(brand, "brand"), *said, *mark]
    tags.append("brand_link")  # « peinture murale blanche 2,5 litres de chez ocrelune »
    link = pick(rng, BRAND_LINK[0])
    return [*said, *mark, (link, "link"), (brand, "brand")]


def _english(rng: random.Random, noun: str, values: list[str], brand: str, size: str,
             before: bool, tags: list[str]) -> list[Token]:  # fmt: skip
    first = [(size, "size")] if size and before else []
    last = [(size, "size")] if size and not before else []
    adjectives = [(v, "value") for v in values]
    roll = rng.random()
    if values and roll < 0.2:  # "wall paint in satin white"
        tags.append("value_after")
        tail = [("in", "link"), *adjectives] if rng.random() < 0.6 else adjectives
        body = [(noun, "noun"), *tail]
    else:
        body = [*adjectives, (noun, "noun")]
    if not brand:
        return first + body + last
    roll = rng.random()
    if roll < 0.6:  # "the halbrook satin white wall paint"
        return [*first, (brand, "brand"), *body, *last]
    if roll < 0.85:  # "satin white wall paint from halbrook"
        tags.append("brand_link")
        return [*first, *body, *last, (pick(rng, BRAND_LINK[1]), "link"), (brand, "brand")]
    tags.append("brand_after")  # "wall paint halbrook satin white"
    return [*first, (noun, "noun"), (brand, "brand"), *adjectives, *last]


def carry(
    rng: random.Random, tokens: list[Token], lang: int, trade: str, tags: list[str]
) -> list[Token]:
    """The phrases said around the product: before it about four times in five."""
    if rng.random() < 0.78:
        phrase = TRADE_BEFORE[trade][lang] if rng.random() < 0.08 else rng.choice(BEFORE[lang])
        tokens = [(phrase, "pre"), *tokens]
        tags.append("carrier")
    if rng.random() < 0.2:
        tokens = [*tokens, (pick(rng, AFTER[lang]), "post")]
        tags.append("carrier_after")
    return tokens
