"""The recogniser of the *stray* half (:mod:`bench.resolution_stray`): what a French or an American
speech recogniser writes for words it heard right.

It works on the words of a phrase already said (each word carries its role: ``brand``, ``noun``,
``value``, ``size``, ``carrier``...). Each noise returns the new words, or ``None`` when it cannot
apply to this phrase; it never changes what the shopper meant, only how it is written.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

# What a recogniser writes for a word (folded keys, lower case): homophones, near-sounds, a
# singular for a plural, an English or French word respelt by the other language's recogniser.
HEARD: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {
        "moutarde": ("mou tarde", "moutardes"),
        "l'ancienne": ("lancienne", "la ancienne"),
        "dijon": ("di jon",),
        "estragon": ("est ragon",),
        "cassis": ("cassise", "ca sis"),
        "huile": ("huiles", "huil"),
        "olive": ("olives", "au live"),
        "vierge": ("vierges",),
        "aglandau": ("a glands d'eau", "aglando"),
        "picholine": ("pique aux lignes", "pichoraline"),
        "cailletier": ("caille tiers",),
        "vinaigre": ("vin aigre", "vinaigres"),
        "balsamique": ("balsa mique",),
        "modene": ("mode haine",),
        "xeres": ("ces rès", "kérès"),
        "cidre": ("cidres", "sidre"),
        "framboise": ("framboises",),
        "noisette": ("noisettes",),
        "sesame": ("ces âmes", "sésam"),
        "colza": ("col za",),
        "sel": ("selle", "celle"),
        "algues": ("algue",),
        "espelette": ("des pelettes", "espe lette"),
        "fumee": ("fumé",),
        "poivre": ("poivres", "pouavre"),
        "kampot": ("camp pot", "quand pot"),
        "timut": ("ti mute",),
        "penja": ("pain ja",),
        "sichuan": ("si chouane",),
        "safran": ("ça franc", "safrans"),
        "filaments": ("fil à ment",),
        "epices": ("épice",),
        "hanout": ("anoute", "a noot"),
        "curry": ("curie", "cari"),
        "madras": ("ma drasse",),
        "za'atar": ("zatar", "za atar"),
        "pneu": ("pneus", "peneu"),
        "route": ("routes",),
        "tringle": ("tringles",),
        "tubeless": ("tube less", "tubless"),
        "ready": ("rédi", "reddy"),
        "vtt": ("vé té té",),
        "flancs": ("flan", "flanc"),
        "chambre": ("chambres",),
        "presta": ("presto", "pressta"),
        "schrader": ("chrader", "schrade heure"),
        "chaine": ("chêne", "chaînes"),
        "vitesses": ("vitesse",),
        "plaquettes": ("plaquette", "pla quettes"),
        "frein": ("frain",),
        "organiques": ("organique",),
        "metalliques": ("métallique",),
        "eclairage": ("éclairages", "et clairage"),
        "lumens": ("lumen", "lu mène", "lumène"),
        "feu": ("feux",),
        "arriere": ("arrières", "à rière"),
        "cassette": ("cassettes", "casette"),
        "dents": ("dans",),
        "cintre": ("sintre", "cintres"),
        "guidoline": ("guide oline",),
        "selle": ("sel", "celle"),
        "marron": ("marrons",),
        "essentielle": ("essentiel", "essentielles"),
        "lavande": ("la vende",),
        "vraie": ("vrai",),
        "menthe": ("mente", "mante"),
        "poivree": ("poivré",),
        "tea": ("ti", "tee"),
        "tree": ("tri",),
        "ravintsara": ("ravin sara", "ravin tsara"),
        "eucalyptus": ("eux calyptus",),
        "radie": ("radier",),
        "citron": ("si tron",),
        "ylang": ("il lang", "ilang"),
        "helichryse": ("éli crise", "hélicryse"),
        "gaultherie": ("goal térie", "gaul thérie"),
        "romarin": ("romain", "roma rin"),
        "cineole": ("ciné ole",),
        "vegetale": ("végétal",),
        "argan": ("argant",),
        "jojoba": ("jo jo ba",),
        "amande": ("amende",),
        "musquee": ("musqué",),
        "hydrolat": ("hydro la", "idrola"),
        "damas": ("dames",),
        "bleuet": ("bleuets",),
        "camomille": ("camomilles",),
        "verveine": ("verveines",),
        "tilleul": ("tilleuls",),
        "ortie": ("orties",),
        "melisse": ("mélis",),
        "diffuseur": ("diffuseurs",),
        "roll-on": ("rolle onne", "rôle on"),
        "sommeil": ("sommeille",),
        "baume": ("beaume", "bôme"),
        "arnica": ("harnica",),
        "consoude": ("con soude",),
        "pelote": ("pelotte", "pelotes"),
        "merinos": ("mérino",),
        "dk": ("dé ka", "d k"),
        "laine": ("lène",),
        "alpaga": ("alpaca",),
        "aran": ("a ran", "arrant"),
        "chaussettes": ("chaussette",),
        "mercerise": ("mercerisée",),
        "mohair": ("mo hair", "mohaire"),
        "soie": ("soi", "soit"),
        "aiguilles": ("aiguille", "éguilles"),
        "droites": ("droite",),
        "bouleau": ("boulot",),
        "circulaires": ("circulaire",),
        "crochet": ("croché", "crochets"),
        "ergonomique": ("ergo nomique",),
        "marqueurs": ("marqueur",),
        "mailles": ("maille", "mail"),
        "canard": ("canards",),
        "chine": ("chinée",),
        "rouille": ("rouilles",),
        "sapin": ("sapins",),
        "ecru": ("écrue",),
        "poudre": ("poudrée",),
        "bordeaux": ("bord d'eau",),
        "anthracite": ("antracite",),
        "cent": ("sang", "sans"),
        "cents": ("sang",),
        "vingt": ("vin", "vain"),
        "dix": ("dis",),
        "cinq": ("saint",),
        "mille": ("mil",),
        "grammes": ("grand", "gramme"),
        "millilitres": ("mili litres", "millilitre"),
        "centilitres": ("centi litres",),
        "millimetres": ("mini mètres", "millimètre"),
        "pouces": ("pousses",),
    },
    "en": {
        "mustard": ("mustered", "must hard"),
        "whole": ("hole",),
        "dijon": ("dee john", "d john"),
        "tarragon": ("terra gone",),
        "blackcurrant": ("black current",),
        "olive": ("all of",),
        "virgin": ("virgins",),
        "aglandau": ("a gland oh",),
        "picholine": ("pitch a lean",),
        "cailletier": ("kai tea ay",),
        "vinegar": ("vin egger",),
        "balsamic": ("ball samic",),
        "modena": ("mow dena",),
        "sherry": ("cherry",),
        "cider": ("sider",),
        "raspberry": ("rasberry",),
        "walnut": ("wall nut",),
        "hazelnut": ("hazel nut",),
        "canola": ("can ola",),
        "fleur": ("flower", "floor"),
        "sel": ("cell", "sell"),
        "seaweed": ("sea weed",),
        "espelette": ("espelet", "ess pel et"),
        "smoked": ("smoke",),
        "peppercorns": ("pepper corns",),
        "kampot": ("camp pot",),
        "timut": ("tim mute",),
        "penja": ("penn jaw",),
        "sichuan": ("sitch one", "szechuan"),
        "saffron": ("safe ron",),
        "threads": ("treads",),
        "ras": ("ross", "raz"),
        "hanout": ("hanoot", "a newt"),
        "madras": ("mad ross",),
        "za'atar": ("zatar", "za tar"),
        "herbes": ("herbs", "airbs"),
        "provence": ("pro vance",),
        "tire": ("tyre", "tier"),
        "tubeless": ("tube less",),
        "mountain": ("mountin",),
        "sidewall": ("side wall",),
        "presta": ("presto",),
        "schrader": ("shrader", "shredder"),
        "chain": ("chains",),
        "speed": ("speeds",),
        "disc": ("disk",),
        "brake": ("break",),
        "pads": ("pats",),
        "metallic": ("metal lick",),
        "light": ("lite",),
        "lumens": ("loomins", "lumen"),
        "tail": ("tale",),
        "rechargeable": ("re chargeable",),
        "cassette": ("casette",),
        "handlebar": ("handle bar",),
        "saddle": ("sattle",),
        "essential": ("essentials", "a central"),
        "lavender": ("lavendar",),
        "peppermint": ("pepper mint",),
        "tea": ("t",),
        "ravintsara": ("raven sara", "ravin tsara"),
        "eucalyptus": ("you call yptus",),
        "radiata": ("radiator",),
        "ylang": ("e lang", "eelang"),
        "helichrysum": ("helly chrism",),
        "wintergreen": ("winter green",),
        "rosemary": ("rose mary",),
        "carrier": ("career",),
        "argan": ("organ",),
        "jojoba": ("hohoba", "ho hoba"),
        "almond": ("all mond",),
        "rosehip": ("rose hip",),
        "calendula": ("calendar la",),
        "hydrosol": ("hydro sol",),
        "damask": ("damn ask",),
        "cornflower": ("corn flower",),
        "chamomile": ("camomile",),
        "verbena": ("verbina",),
        "linden": ("lyndon",),
        "balm": ("bomb", "bom"),
        "diffuser": ("diffusor",),
        "arnica": ("are nica",),
        "comfrey": ("comfy",),
        "merino": ("marino",),
        "dk": ("d k", "decay"),
        "yarn": ("yard", "yarns"),
        "alpaca": ("alpaka",),
        "aran": ("aaron", "erin"),
        "ply": ("plie",),
        "mercerized": ("mercer ized",),
        "mohair": ("mo hair",),
        "straight": ("strait",),
        "needles": ("needless",),
        "bamboo": ("bam boo",),
        "birch": ("burch",),
        "crochet": ("crow shay", "crotchet"),
        "ergonomic": ("ergo nomic",),
        "stitch": ("stich",),
        "markers": ("marker",),
        "teal": ("teel",),
        "grey": ("gray",),
        "forest": ("forrest",),
        "burgundy": ("burgandy",),
        "charcoal": ("char coal",),
        "two": ("to", "too"),
        "four": ("for",),
        "eight": ("ate",),
        "one": ("won",),
        "milliliters": ("mill liters", "mls"),
        "ounces": ("ounce",),
        "millimeter": ("mil",),
    },
}

GLUE = {"fr": ("de", "d'", "à", "au", "aux", "la", "le", "l'", "du", "des", "en"),
        "en": ("of", "the", "a", "for", "with")}  # fmt: skip


def fold(text: str) -> str:
    """Lower case, accents off (« écru » → "ecru")."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass
class Word:
    text: str
    role: str  # brand, noun, value, size, carrier, closing, filler, link, quantity...


class Ear:
    """Noises of one locale's recogniser; each returns the new words or ``None``."""

    def __init__(self, code: str, rng: random.Random, vocabulary: set[str]) -> None:
        self.code, self.rng = code, rng
        self.heard = {fold(k): v for k, v in HEARD[code].items()}
        self.vocabulary = vocabulary  # the shop's own words, folded: never written for another

    def _candidates(self, words: list[Word], roles: tuple[str, ...]) -> list[int]:
        return [n for n, w in enumerate(words) if w.role in roles]

    def homophone(self, words: list[Word]) -> list[Word] | None:
        spots = [n for n in self._candidates(words, ("noun", "value", "size"))
                 if fold(words[n].text) in self.heard]  # fmt: skip
        if not spots:
            return None
        at = self.rng.choice(spots)
        options = [h for h in self.heard[fold(words[at].text)] if self._harmless(words[at], h)]
        if not options:
            return None
        return self._put(words, at, self.rng.choice(options))

    def _harmless(self, word: Word, heard: str) -> bool:
        """A heard form that is not another word of the shop (« rose » for « roses » would
        name a colour)."""
        return all(fold(h) not in self.vocabulary or fold(h) == fold(word.text)
                   for h in heard.split())  # fmt: skip

    def split(self, words: list[Word]) -> list[Word] | None:
        spots = [n for n in self._candidates(words, ("noun", "value", "brand"))
                 if len(words[n].text) >= 7 and words[n].text.isalpha()]  # fmt: skip
        if not spots:
            return None
        at = self.rng.choice(spots)
        text = words[at].text
        cut = self.rng.randint(3, len(text) - 3)
        return self._put(words, at, f"{text[:cut]} {text[cut:]}")

    def merged(self, words: list[Word]) -> list[Word] | None:
        pairs = [n for n in range(len(words) - 1)
                 if words[n].role in ("noun", "value", "brand") and words[n + 1].role == words[n].role
                 and words[n].text.isalpha() and words[n + 1].text.isalpha()]  # fmt: skip
        if not pairs:
            return None
        at = self.rng.choice(pairs)
        glued = Word(words[at].text + words[at + 1].text, words[at].role)
        return [*words[:at], glued, *words[at + 2 :]]

    def elision(self, words: list[Word]) -> list[Word] | None:
        """« l'ancienne » → « lancienne » or « la ancienne »; "za'atar" → "zaatar"."""
        spots = [n for n, w in enumerate(words) if "'" in w.text and w.role != "carrier"]
        if not spots:
            return None
        at = self.rng.choice(spots)
        head, _, tail = words[at].text.partition("'")
        text = head + tail if self.rng.random() < 0.5 or len(head) > 1 else f"{head}a {tail}"
        return self._put(words, at, text)

    def dropped(self, words: list[Word]) -> list[Word] | None:
        spots = [n for n, w in enumerate(words) if fold(w.text) in GLUE[self.code]
                 and w.role in ("noun", "value", "link", "size")]  # fmt: skip
        if not spots:
            return None
        at = self.rng.choice(spots)
        return [*words[:at], *words[at + 1 :]]

    def number_heard(self, words: list[Word]) -> list[Word] | None:
        """A number word written as a near-sound (« cent » → « sans », "two" → "to") or a
        number written in digits as words: the size said in words, written otherwise."""
        spots = [n for n in self._candidates(words, ("size", "quantity"))
                 if fold(words[n].text) in self.heard]  # fmt: skip
        if not spots:
            return None
        at = self.rng.choice(spots)
        return self._put(words, at, self.rng.choice(self.heard[fold(words[at].text)]))

    def brand_heard(self, words: list[Word], heard: str) -> list[Word] | None:
        spots = self._candidates(words, ("brand",))
        if not spots or fold(heard) == fold(" ".join(words[n].text for n in spots)):
            return None
        first = spots[0]
        kept = [w for n, w in enumerate(words) if n not in spots[1:]]
        return [*kept[:first], *[Word(t, "brand") for t in heard.split()], *kept[first + 1 :]]

    def accents(self, words: list[Word]) -> list[Word] | None:
        if not any(fold(w.text) != w.text.lower() for w in words):
            return None
        return [Word(fold(w.text), w.role) for w in words]

    def letters(self, words: list[Word]) -> list[Word] | None:
        """An acronym or a model letter spelt out: "dk" → « dé ka », "usb" → "u s b"."""
        spots = [n for n, w in enumerate(words) if re.fullmatch(r"[a-z]{2,3}", w.text)
                 and w.role in ("noun", "value") and fold(w.text) in ("dk", "usb", "vtt", "he")]  # fmt: skip
        if not spots:
            return None
        at = self.rng.choice(spots)
        return self._put(words, at, " ".join(words[at].text))

    def _put(self, words: list[Word], at: int, text: str) -> list[Word]:
        role = words[at].role
        return [*words[:at], *[Word(t, role) for t in text.split()], *words[at + 1 :]]
