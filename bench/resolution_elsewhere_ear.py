"""What an Alexa recogniser makes of the elsewhere half's shoppers: words written as other
words that sound the same, long words cut in two, short ones run together, a maker's name
written by sound, « euh » and "um", fillers, a stammered word, a wrong or a lost article, a
dropped « de » or "of", accents lost. Each query gets none to three of them, fewer the more."""

from __future__ import annotations

import random
import unicodedata

from bench.resolution_elsewhere_model import Maker

Token = tuple[str, str]

NOISES = (
    "homophone", "split", "merged", "brand_heard", "hesitation", "filler", "stammer",
    "accents", "article", "dropped",
)  # fmt: skip
WEIGHTS = {"homophone": 3.0, "split": 1.4, "merged": 0.9, "brand_heard": 2.0, "hesitation": 1.6,
           "filler": 1.0, "stammer": 0.7, "accents": 1.6, "article": 0.8, "dropped": 0.8}  # fmt: skip
HOW_MANY = (0.33, 0.36, 0.21, 0.10)  # share of queries with 0, 1, 2, 3 noises

SOUNDS_LIKE = (
    {  # French: what a recogniser writes for a word it heard
        "peinture": ["peintures"], "murale": ["murales", "mural"], "mat": ["math", "mât"],
        "mate": ["matte", "math"], "satiné": ["satinée", "satinés"], "satinée": ["satiné"],
        "vernis": ["verni", "vernie"], "chêne": ["chaîne", "chaine"], "noyer": ["noyé"],
        "pinceau": ["pinceaux", "pin sot"], "rouleau": ["rouleaux", "roulot"],
        "plat": ["plats"], "pot": ["peau", "pau"], "pots": ["peaux"], "litres": ["lettres", "litre"],
        "litre": ["lit", "litres"], "demi": ["demie"], "gris": ["grise", "grie"],
        "cheveux": ["chevaux"], "shampooing": ["shampoing", "champoing"], "peigne": ["peine"],
        "pinces": ["pince", "pain ses"], "laque": ["lac", "laques"], "masque": ["masques"],
        "cendré": ["cendrée", "sandré"], "doré": ["dorée", "dorer"], "cuivré": ["cuivrée"],
        "blond": ["blonds", "blonde"], "volumes": ["volume"], "oxydant": ["oxydent", "auxi dans"],
        "couteau": ["coteau", "couteaux"], "chef": ["chefs", "cheffe"], "pain": ["pin", "pains"],
        "office": ["offices"], "pierre": ["pierres"], "fusil": ["fusils", "fusi"],
        "ménagère": ["ménagères", "ménager"], "pièces": ["pièce"], "damas": ["damasse"],
        "manche": ["manches"], "steak": ["steack", "stèque"], "inox": ["inoxe"],
        "graines": ["graine", "grènes"], "tomate": ["tomates"], "carotte": ["carottes"],
        "radis": ["radi"], "basilic": ["basilique"], "bulbes": ["bulbe", "bulles"],
        "tulipe": ["tulipes"], "narcisse": ["narcisses", "narcise"], "sachet": ["sachets", "sacher"],
        "cœur": ["chœur"], "filet": ["filets"], "crocus": ["crocusse"],
        "cinq": ["saint"], "six": ["scie"], "sept": ["cette"], "vingt": ["vin", "vins"],
        "cent": ["sans", "sang"], "deux": ["de"], "dix": ["dis"], "mille": ["mil"],
    },
    {  # American English
        "matte": ["mat", "mad"], "satin": ["sat in", "sating"], "gloss": ["glass", "glosses"],
        "eggshell": ["egg shell"], "walnut": ["wall nut"], "primer": ["primmer", "prime her"],
        "roller": ["rollers"], "nap": ["knap", "nab"], "tape": ["tapes"], "teal": ["teel", "tea"],
        "gray": ["grey"], "white": ["wight"], "drywall": ["dry wall"], "liter": ["leader", "litter"],
        "liters": ["leaders", "litters"], "quart": ["court"], "can": ["kin"],
        "shampoo": ["shampoos"], "conditioner": ["condition her", "conditioners"],
        "developer": ["develop her", "developers"], "dye": ["die"], "hair": ["hare"],
        "blonde": ["blond"], "ash": ["ashe"], "comb": ["come", "calm"], "mask": ["masque", "mass"],
        "hold": ["holed", "old"], "copper": ["cooper"], "golden": ["goldin"],
        "knife": ["knives"], "chef's": ["chefs", "shefs"], "paring": ["pairing", "pearing"],
        "bread": ["bred"], "whetstone": ["wet stone", "wetstone"], "steel": ["steal"],
        "grit": ["great", "grid"], "flatware": ["flat wear", "flatwear"], "steak": ["stake"],
        "honing": ["homing"], "wood": ["would"], "piece": ["peace"], "pieces": ["peaces"],
        "seeds": ["seats", "cedes"], "carrot": ["carat", "karat"], "radish": ["reddish"],
        "basil": ["basel", "bazel"], "bulbs": ["bulb", "bobs"], "tulip": ["two lip"],
        "daffodil": ["daffy dill"], "allium": ["alum"], "packet": ["pocket"], "bag": ["back"],
        "cherry": ["sherry"], "thai": ["tie"], "two": ["to", "too"], "four": ["for"],
        "eight": ["ate"], "one": ["won"], "ten": ["tin"],
    },
)  # fmt: skip
HESITATIONS = (
    ("euuh", "heum", "euhh", "hum hum", "euhm", "beh"),
    ("umm", "uhhh", "hmmm", "ehm", "mmm"),
)
FILLERS = (
    ("si tu veux", "disons que", "tu vois le truc", "comment on dit", "enfin bref", "tu sais quoi",
     "pour ainsi dire"),
    ("sort of like", "kind of", "you know what i mean", "what do you call it", "hang on"),
)  # fmt: skip
WRONG_ARTICLE = (
    {"le": "la", "la": "le", "un": "une", "une": "un", "du": "de la", "de la": "du", "les": "le",
     "des": "de"},
    {"a": "an", "an": "a", "the": "a", "some": "a"},
)  # fmt: skip
SMALL_WORDS = (("de", "à", "du", "des", "la", "le"), ("of", "the", "a", "for", "in", "from"))
HEARD_ROLES = ("noun", "value", "size", "qty", "link")
VOWELS = "aeiouyàâéèêîôûœ"
DIGRAPHS = ("ch", "sh", "th", "ph", "gn", "qu", "ck", "wh", "gh")


def strip_accents(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
    ).replace("œ", "oe")


def cut(word: str, rng: random.Random) -> str:
    """A long word cut in two where a syllable ends: between two consonants before a vowel
    (« pin ceau », "sham poo"), else before a consonant after a vowel (« cou leur »)."""

    def vowel(i: int) -> bool:
        return word[i] in VOWELS

    inner = range(2, len(word) - 2)
    places = [
        i - 1 if word[i - 1 : i + 1] in DIGRAPHS else i  # "kit chen", not "kitc hen"
        for i in inner
        if not vowel(i - 1) and not vowel(i) and vowel(i + 1)
    ]
    places = [i for i in places if i >= 2]
    places = places or [i for i in inner if vowel(i - 1) and not vowel(i) and vowel(i + 1)]
    if not places:
        return word
    at = rng.choice(places)
    return f"{word[:at]} {word[at:]}"


class Ear:
    def __init__(self, rng: random.Random, lang: int) -> None:
        self.rng = rng
        self.lang = lang

    def budget(self) -> int:
        return self.rng.choices(range(4), HOW_MANY)[0]

    def hear(self, tokens: list[Token], maker: Maker | None, count: int) -> tuple[str, list[str]]:
        """The text the recogniser writes, and the noises it made (``count`` of them)."""
        rng = self.rng
        made: list[str] = []
        kinds = [k for k in NOISES if not (k == "accents" and self.lang)]
        while len(made) < count and kinds:
            weights = [WEIGHTS[k] * (2 if k == "brand_heard" and maker and
                                     maker.origin != ("fr", "en")[self.lang] else 1) for k in kinds]  # fmt: skip
            kind = rng.choices(kinds, weights)[0]
            kinds.remove(kind)
            changed = getattr(self, f"_{kind}")(tokens, maker)
            if changed is not None:
                tokens = changed
                made.append(kind)
        text = " ".join(t for t, _ in tokens if t).replace("' ", "'")
        if "accents" in made:
            text = strip_accents(text)
        return " ".join(text.lower().split()), made

    def _words(self, tokens: list[Token], roles: tuple[str, ...]) -> list[tuple[int, int, str]]:
        return [
            (at, n, word)
            for at, (text, role) in enumerate(tokens)
            if role in roles
            for n, word in enumerate(text.split())
        ]

    def _swap(self, tokens: list[Token], at: int, n: int, word: str) -> list[Token]:
        text, role = tokens[at]
        words = text.split()
        words[n] = word
        return [*tokens[:at], (" ".join(w for w in words if w), role), *tokens[at + 1 :]]

    def _homophone(self, tokens: list[Token], maker: Maker | None) -> list[Token] | None:
        table = SOUNDS_LIKE[self.lang]
        found = [w for w in self._words(tokens, HEARD_ROLES) if w[2] in table]
        if not found:
            return None
        at, n, word = self.rng.choice(found)
        return self._swap(tokens, at, n, self.rng.choice(table[word]))

    def _split(self, tokens: list[Token], maker: Maker | None) -> list[Token] | None:
        found = [
            w for w in self._words(tokens, ("noun", "value")) if len(w[2]) >= 7 and w[2].isalpha()
        ]
        if not found:
            return None
        at, n, word = self.rng.choice(found)
        return self._swap(tokens, at, n, cut(word, self.rng))

    def _merged(self, tokens: list[Token], maker: Maker | None) -> list[Token] | None:
        found = [
            (at, n)
            for at, (text, role) in enumerate(tokens)
            if role in ("noun", "value", "size", "link")
            for n, pair in enumerate(zip(text.split(), text.split()[1:], strict=False))
            if "".join(pair).isalpha() and 3 <= len(pair[0]) <= 8 and len(pair[1]) >= 3
        ]
        if not found:
            return None
        at, n = self.rng.choice(found)
        words = tokens[at][0].split()
        words[n : n + 2] = [words[n] + words[n + 1]]
        return [*tokens[:at], (" ".join(words), tokens[at][1]), *tokens[at + 1 :]]

    def _brand_heard(self, tokens: list[Token], maker: Maker | None) -> list[Token] | None:
        spots = [at for at, (_, role) in enumerate(tokens) if role == "brand"]
        if not spots or maker is None:
            return None
        ear = ("fr", "en")[self.lang]
        heard = self.rng.choice(maker.ears[ear])
        return [(heard, "brand") if at in spots else t for at, t in enumerate(tokens)]

    def _hesitation(self, tokens: list[Token], maker: Maker | None) -> list[Token] | None:
        at = self.rng.randrange(len(tokens))
        return [*tokens[:at], (self.rng.choice(HESITATIONS[self.lang]), "pause"), *tokens[at:]]

    def _filler(self, tokens: list[Token], maker: Maker | None) -> list[Token] | None:
        if len(tokens) < 2:
            return None
        at = self.rng.randrange(1, len(tokens))
        if tokens[at - 1][0].endswith("'"):
            return None
        return [*tokens[:at], (self.rng.choice(FILLERS[self.lang]), "pause"), *tokens[at:]]

    def _stammer(self, tokens: list[Token], maker: Maker | None) -> list[Token] | None:
        found = [
            (at, n, w)
            for at, n, w in self._words(tokens, ("art", "noun", "qty", "pre"))
            if 2 <= len(w) <= 6 and w.isalpha()
        ]
        if not found:
            return None
        at, n, word = self.rng.choice(found)
        return self._swap(tokens, at, n, f"{word} {word}")

    def _accents(self, tokens: list[Token], maker: Maker | None) -> list[Token] | None:
        text = " ".join(t for t, _ in tokens)
        return tokens if strip_accents(text) != text else None

    def _article(self, tokens: list[Token], maker: Maker | None) -> list[Token] | None:
        table = WRONG_ARTICLE[self.lang]
        spots = [at for at, (text, role) in enumerate(tokens) if role == "art" and text in table]
        if not spots:
            return None
        at = spots[0]
        return [*tokens[:at], (table[tokens[at][0]], "art"), *tokens[at + 1 :]]

    def _dropped(self, tokens: list[Token], maker: Maker | None) -> list[Token] | None:
        small = SMALL_WORDS[self.lang]
        found = [
            w
            for w in self._words(tokens, ("noun", "value", "size", "link", "art", "qty"))
            if w[2] in small
        ]
        if not found:
            return None
        at, n, _ = self.rng.choice(found)
        return self._swap(tokens, at, n, "")
