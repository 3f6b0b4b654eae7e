"""What a shopper of the *novel* half says (:mod:`bench.resolution_novel`): the phrases around
a request (carriers, closings, fillers, quantities, determiners, the words that put a brand
after the product), what was asked for (:class:`Said`) and the products that fit it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bench.resolution_gen import Item, Shop, _matching

CARRIERS = {
    "fr": ["tu veux bien me commander", "on va partir sur", "je vais te demander", "il m'en faudrait",
           "je repasse commande de", "alors pour moi ce sera", "je n'ai plus de",
           "tu pourras m'avoir", "ajoute à ma commande", "pour la maison il faudrait",
           "il te resterait pas", "fais-nous venir", "je referais bien le plein de",
           "glisse dans la commande", "mets de côté pour moi", "prends-nous",
           "on arrive au bout de", "je compte sur toi pour", "faudrait penser à reprendre",
           "je me ferais bien livrer", "tu me remets", "on n'a presque plus de",
           "je suis à sec de"],
    "en": ["set me up with", "i'll go with", "we're running low on", "can we do",
           "could you throw in", "add to my order", "let me grab", "i'd love", "we just ran out of",
           "while you're at it add", "i'm fresh out of", "mind ordering", "we should restock",
           "can you line up", "bring in", "i'll be needing", "squeeze in", "order us",
           "we could use more", "would you order", "we're nearly out of", "go get"],
}  # fmt: skip
CLOSINGS = {"fr": ["pour le week-end prochain", "dès que possible", "et c'est bon", "ce serait top",
                   "ce sera tout pour aujourd'hui", "avec la livraison de jeudi",
                   "si t'en as encore", "merci d'avance", "ce serait gentil", "ce serait super"],
            "en": ["whenever you can", "for next weekend", "if it's in stock", "that'll do it",
                   "along with thursday's delivery", "and we're good", "i'd appreciate it",
                   "if you've got any"]}  # fmt: skip
FILLERS = {"fr": ["heu", "ben", "enfin", "attends", "mmh", "bon"],
           "en": ["er", "erm", "ah", "i mean", "let me see", "oh"]}  # fmt: skip
QUANTITIES = {"fr": ["deux", "trois", "quatre", "deux fois"],
              "en": ["two", "three", "four", "a couple of"]}  # fmt: skip
DETERMINERS = {"fr": {"plural": ["des", "les", "vos"], "single": ["un", "une", "du", "le", "la"]},
               "en": {"plural": ["some", "the", "your"], "single": ["a", "the", "one of the"]}}  # fmt: skip
BRAND_LINKS = {"fr": ["de chez", "de la marque", "de"], "en": ["from", "by", "made by"]}
SIZE_WORDS = {
    ("fr", "big"): ["le grand modèle", "le plus grand", "le grand format", "la grande taille"],
    ("fr", "small"): ["le petit modèle", "le plus petit", "le petit format", "la petite taille"],
    ("en", "big"): ["the big one", "the larger size", "the biggest", "the large size"],
    ("en", "small"): ["the small one", "the smaller size", "the smallest", "the travel size"],
}


@dataclass(frozen=True)
class Said:
    """What the shopper said: a brand (sold or not), a product type, a variant, a size (or a
    size word naming the biggest or smallest), or a thing of another kind of shop."""

    brand: str = ""
    kind: int = -1
    variant: int | None = None
    size: int | None = None
    size_word: str = ""  # "big" or "small": ``size`` is then the end it names
    thing: str = ""

    def attributes(self) -> dict[str, int | str]:
        said: dict[str, int | str] = {"kind": self.kind}
        if self.brand:
            said["brand"] = self.brand
        if self.variant is not None:
            said["variant"] = self.variant
        if self.size is not None:
            said["size"] = self.size
        return said


def expected(shop: Shop, said: Said) -> list[Item]:
    """Every product of the shop consistent with what was said."""
    return [] if said.thing else _matching(shop, said.attributes())


@dataclass
class Tok:
    text: str
    role: (
        str  # carrier, closing, quantity, det, brand, link, noun, value, grade, size, filler, thing
    )


def toks(text: str, role: str) -> list[Tok]:
    return [Tok(w, role) for w in text.split()]


def magnitude(size: str) -> float | None:
    """A size's place on its scale (grams, millilitres, centimetres, counts, S/M/L, pony / cob /
    full, EU sizes), or None when it has none."""
    order = {"s": 1, "m": 2, "l": 3, "poney": 1, "pony": 1, "cob": 2, "cheval": 3, "full": 3}
    if match := re.search(r"(?:taille|size) ([SML])$", size):
        return order[match[1].lower()]
    if size.lower() in order:
        return order[size.lower()]
    if match := re.match(r"^(\d+)(?:[.,](\d+))? (ml|l|g|kg|cm|m)$", size):
        scale = {"l": 1000, "kg": 1000, "m": 100}.get(match[3], 1)
        return float(f"{match[1]}.{match[2] or 0}") * scale
    if match := re.search(r"(\d+)", size):
        return float(match[1])
    return None
