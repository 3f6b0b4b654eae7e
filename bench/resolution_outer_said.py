"""What a shopper of the *outer* half says (:mod:`bench.resolution_outer`): the phrases around a
request, the words of a hesitation or a self-correction, what was asked for (:class:`Said`) and
the products that fit it (:func:`expected`)."""

from __future__ import annotations

from dataclasses import dataclass

from bench.resolution_gen import Item, Shop, _matching

# What people say before the product, to a speaker at home (after one ending in « de », "of",
# "on" or "for", no determiner).
CARRIERS = {
    "fr": ["tu pourrais m'ajouter", "ajoute-nous", "je voudrais racheter", "rachète",
           "je voudrais bien avoir", "j'aimerais avoir", "on reprend", "prévois", "il va falloir",
           "tu pourrais prendre", "faudrait reprendre", "on aurait besoin de", "remets",
           "tu me mets", "rajoute donc", "trouve-nous", "on voudrait", "auriez-vous",
           "refais une commande de", "cherche-moi", "est-ce que tu aurais", "tu as encore",
           "il reste encore", "je souhaiterais", "on prend", "il nous faut", "je reprendrais",
           "sers-moi", "c'est pour commander", "passe-moi commande de", "tu nous prends",
           "on manque de", "dis-lui d'ajouter", "remets-nous", "vas-y commande",
           "alors euh je voudrais", "ok google non alexa ajoute", "je voudrais qu'on commande",
           "ce qu'il me faut c'est", "prends-moi donc"],
    "en": ["i need to order", "add us", "we'll need", "let me have", "put on the list", "buy me",
           "i'm needing", "could you order", "can you add in", "pick up some", "search for",
           "i'd love to get", "think we need", "we want", "order me up", "could i have",
           "can you reorder", "need to grab", "could you pick up", "yo add", "hey add",
           "stick in my cart", "i wanna order", "need some", "could we get", "can you grab",
           "order up", "ok so i need", "i'd take", "add on", "can you order", "what i need is",
           "we gotta reorder", "alexa uh add", "could you also get", "we are low on"],
}  # fmt: skip
CLOSINGS = {
    "fr": ["merci beaucoup alexa", "avant vendredi", "en livraison", "pour l'anniversaire de maman",
           "ok merci", "je crois", "comme la dernière fois", "en urgence", "dans le panier",
           "tant qu'on y est", "comme d'habitude", "si tu trouves", "c'est tout pour moi",
           "avec le reste", "pour la fête", "voilà c'est tout", "s'il y en a"],
    "en": ["please and thanks", "for saturday", "right away", "like last time", "same as usual",
           "if you can", "for the party", "if there's any", "that's it thanks",
           "for my mom's birthday", "i think", "with the rest", "okay thanks",
           "and that's everything"],
}  # fmt: skip
FILLERS = {"fr": ["euh", "heu", "hum", "bah", "tu vois", "disons", "genre", "attends"],
           "en": ["um", "uh", "like", "hmm", "you know", "so", "uhh", "let's see"]}  # fmt: skip
# What a shopper says between a word they take back and the right one.
CORRECTIONS = {"fr": ["non", "pardon", "enfin", "euh non", "plutôt", "je veux dire", "non attends",
                      "ah non"],
               "en": ["no", "sorry", "i mean", "actually", "no wait", "make that", "scratch that",
                      "or rather", "no no"]}  # fmt: skip
# The words that put a brand after the product: « tournesols de chez Rosée », "hinges by Pêne".
BRAND_LINKS = {"fr": ["", "", "de chez", "de la marque", "marque", "chez", "de marque"],
               "en": ["", "", "from", "by", "brand", "the brand"]}  # fmt: skip
DETERMINERS = {"fr": ["des", "les", "quelques"], "en": ["some", "the", "a few"]}
SIZE_WORDS = {
    ("fr", "big"): ["le grand", "le gros", "le plus gros", "grand format", "le format familial"],
    ("fr", "small"): ["le petit", "petit format", "le plus petit", "le modèle réduit"],
    ("en", "big"): ["the big one", "the bigger one", "family size", "the jumbo", "the largest"],
    ("en", "small"): ["the little one", "the smaller one", "the small one", "the mini"],
}


@dataclass(frozen=True)
class Said:
    """What the shopper asked for: a brand (sold or not), a product type (index), a value, a
    size (index), the size named by a word (« le grand »), or a thing of another shop."""

    brand: str = ""
    kind: int = -1
    variant: int | None = None
    size: int | None = None
    size_word: str = ""
    thing: str = ""

    def attributes(self) -> dict[str, int | str]:
        said: dict[str, int | str] = {}
        if self.brand:
            said["brand"] = self.brand
        if self.kind >= 0:
            said["kind"] = self.kind
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
    """One spoken word and what it is part of: carrier, closing, det, brand, link, noun, value,
    size, filler, fix (words taken back), thing, merged (two parts run together)."""

    text: str
    role: str


def toks(text: str, role: str) -> list[Tok]:
    return [Tok(w, role) for w in text.split()]
