"""The offshore half's recogniser slips: what it writes for words it hears, per language.

Each slip works on a said query as pieces (role, text) and returns the pieces changed, or
``None`` when it has nothing to work on: a word heard as another (« verre » for « vert », "tee"
for "tea"), a word cut in two (« roï boss »), two words run together ("earlgrey"), letters
heard one by one (« esse pé effe »), accents dropped."""

from __future__ import annotations

import random
import unicodedata

Pieces = list[tuple[str, str]]  # (role, text): role is maker, ware, value, size, phrase
_SAID = ("ware", "value", "size")

HOMOPHONES: tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]] = (
    {
        "thé": ("tes", "taie"),
        "vert": ("verre", "vers"),
        "vrac": ("frac", "vrak"),
        "menthe": ("mante", "mente"),
        "fonte": ("fontes", "fond"),
        "poudre": ("poutre",),
        "boule": ("boules", "bool"),
        "noire": ("noir",),
        "rouge": ("rouges",),
        "crème": ("craime", "crèmes"),
        "solaire": ("solère",),
        "mains": ("main", "mince"),
        "mer": ("mère", "maire"),
        "baume": ("beaume", "bôme"),
        "lèvres": ("lièvre", "lèvre"),
        "miel": ("mielle",),
        "cerise": ("serise",),
        "eau": ("haut", "au"),
        "ballons": ("balons", "ballon"),
        "or": ("hors", "ors"),
        "argent": ("argents",),
        "assiettes": ("assiette",),
        "pailles": ("paye", "paille"),
        "blanc": ("blanche", "blancs"),
        "cadre": ("cadres", "quadre"),
        "chêne": ("chaîne", "chènes"),
        "mat": ("math", "matte"),
        "verre": ("vert", "vers"),
        "doré": ("dorée", "dorer"),
        "laiton": ("les tons", "létons"),
        "cent": ("sans", "sang"),
        "vingt": ("vin", "vain"),
        "six": ("scie",),
        "dix": ("dis",),
        "deux": ("de",),
        "cinquante": ("cinq quantes",),
        "trente": ("trentes",),
    },
    {
        "tea": ("tee", "t"),
        "green": ("grin",),
        "black": ("block",),
        "loose": ("lose",),
        "plain": ("plane",),
        "powder": ("power",),
        "ball": ("bawl",),
        "iron": ("iran",),
        "balm": ("bomb", "bam"),
        "hand": ("and",),
        "cream": ("crean",),
        "honey": ("hunny",),
        "saline": ("sailing",),
        "spray": ("spree",),
        "clear": ("clair",),
        "cherry": ("sherry",),
        "gold": ("goal",),
        "plates": ("plaits",),
        "straws": ("strauss",),
        "white": ("wight",),
        "frame": ("fraim", "fame"),
        "oak": ("oke",),
        "matte": ("mat", "mad"),
        "glass": ("class",),
        "hooks": ("hux",),
        "brass": ("bras",),
        "mat": ("matt",),
        "board": ("bored",),
        "four": ("for",),
        "two": ("to", "too"),
        "eight": ("ate",),
        "one": ("won",),
        "by": ("buy", "bye"),
        "ounces": ("ounce is",),
        "twenty": ("twenny",),
    },
)
SPLITS: tuple[dict[str, str], dict[str, str]] = (
    {
        "rooibos": "roï boss",
        "camomille": "camo mille",
        "magnésium": "magné zium",
        "effervescente": "effet vessante",
        "baudruche": "beau druche",
        "confettis": "con fétis",
        "théière": "thé hier",
        "karité": "cari té",
        "vanille": "va nille",
        "darjeeling": "dar jilling",
        "genmaicha": "gen maï cha",
        "gunpowder": "gun poudre",
        "imperméables": "un perméable",
        "multicolore": "multi colore",
        "nickelé": "nickel les",
        "gingembre": "gin gembre",
        "adhésifs": "a désif",
        "thermale": "terre male",
    },
    {
        "rooibos": "roy boss",
        "chamomile": "camo mile",
        "peppermint": "pepper mint",
        "infuser": "in fuser",
        "sunscreen": "sun screen",
        "magnesium": "mag neesium",
        "effervescent": "efferves sent",
        "napkins": "nap kins",
        "confetti": "con fetti",
        "darjeeling": "dar jeeling",
        "collage": "col lage",
        "teapot": "tea pot",
        "breakfast": "break fast",
        "sunblock": "sun block",
        "bandages": "band ages",
        "aluminum": "alumi num",
        "openings": "open ings",
        "pennant": "pen ant",
    },
)
SPELLED: tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]] = (
    {
        "spf": ("s p f", "esse pé effe", "esse p f"),
        "b6": ("b 6", "bé six", "b six"),
        "c": ("cé", "c'est", "ces"),
        "x": ("ixe", "iks"),
        "jade": ("j a d e",),
    },
    {
        "spf": ("s p f", "ess pee eff", "s p f"),
        "b6": ("b 6", "bee six", "b six"),
        "c": ("see", "sea", "cee"),
        "co": ("c o", "company"),
        "x": ("ex",),
    },
)


def _words(pieces: Pieces, roles: tuple[str, ...]) -> list[tuple[int, int, str]]:
    return [
        (p, w, word)
        for p, (role, text) in enumerate(pieces)
        if role in roles
        for w, word in enumerate(text.split())
    ]


def _replace(pieces: Pieces, place: tuple[int, int, str], new: str) -> Pieces:
    p, w, _ = place
    role, text = pieces[p]
    words = text.split()
    words[w] = new
    return [*pieces[:p], (role, " ".join(words)), *pieces[p + 1 :]]


def _swap(pieces: Pieces, table: dict[str, tuple[str, ...]], roles: tuple[str, ...],
          rng: random.Random) -> Pieces | None:  # fmt: skip
    places = [place for place in _words(pieces, roles) if place[2] in table]
    if not places:
        return None
    place = rng.choice(places)
    return _replace(pieces, place, rng.choice(table[place[2]]))


def homophone(pieces: Pieces, lang: int, rng: random.Random) -> Pieces | None:
    """One word of the product heard as a word that sounds the same."""
    return _swap(pieces, HOMOPHONES[lang], _SAID, rng)


def spelled(pieces: Pieces, lang: int, rng: random.Random) -> Pieces | None:
    """Letters of a name heard one by one, as the recogniser writes letters."""
    return _swap(pieces, SPELLED[lang], ("maker", *_SAID), rng)


def split(pieces: Pieces, lang: int, rng: random.Random) -> Pieces | None:
    """A long word heard as two: from the list, else cut after a vowel near its middle."""
    places = [place for place in _words(pieces, _SAID) if len(place[2]) >= 7 and place[2].isalpha()]
    if not places:
        return None
    place = rng.choice(places)
    word = place[2]
    if word in SPLITS[lang]:
        return _replace(pieces, place, SPLITS[lang][word])
    vowels = "aeiouyéèêâ"
    cuts = [i for i in range(3, len(word) - 2) if word[i] not in vowels and word[i + 1] in vowels]
    if not cuts:  # « guir lande », "bal loons": before a consonant that a vowel follows
        return None
    cut = min(cuts, key=lambda i: abs(i - len(word) / 2))
    return _replace(pieces, place, f"{word[:cut]} {word[cut:]}")


def merged(pieces: Pieces, lang: int, rng: random.Random) -> Pieces | None:
    """Two neighbouring words of one piece heard as one ("earlgrey", « crèmemains »)."""
    pairs = [
        (p, w)
        for p, (role, text) in enumerate(pieces)
        if role in ("maker", *_SAID)
        for w in range(len(text.split()) - 1)
        if text.split()[w].isalpha() and text.split()[w + 1].isalpha()
    ]
    if not pairs:
        return None
    p, w = rng.choice(pairs)
    role, text = pieces[p]
    words = text.split()
    words[w : w + 2] = [words[w] + words[w + 1]]
    return [*pieces[:p], (role, " ".join(words)), *pieces[p + 1 :]]


def accents_lost(pieces: Pieces, lang: int, rng: random.Random) -> Pieces | None:
    """Every accent dropped, as some recognisers write French."""
    if lang != 0:
        return None
    fold = [(role, bare(text)) for role, text in pieces]
    return fold if fold != pieces else None


def bare(text: str) -> str:
    """The text without its accents."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
