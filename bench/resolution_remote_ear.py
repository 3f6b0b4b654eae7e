"""What the remote half's recogniser mishears: words it writes as other words that sound the
same (its own lists, per language), words respelled by their sound, long words cut in two.

Every list here was written for this half; the homophones are of the shops' own words (strings,
nappies, wax, whey) and of the numbers and units said with them."""

from __future__ import annotations

import random
import re
import unicodedata

HOMOPHONES: tuple[dict[str, list[str]], dict[str, list[str]]] = (
    {
        "anches": ["hanches", "anche"], "cordes": ["corde", "cordent"],
        "baguettes": ["bagettes", "bas guettes"], "médiators": ["médiateurs", "mes diateurs"],
        "colophane": ["colle au fane", "colofane"], "sangle": ["sengle", "sang le"],
        "capodastre": ["capot d'astre", "capo d'astre"], "basse": ["base", "basses"],
        "force": ["forces", "fort se"], "biberon": ["bibe rond", "biberons"],
        "tétines": ["tes tines", "tétine"], "couches": ["couche", "coûches"],
        "lingettes": ["linguettes", "lin jettes"], "sucette": ["su cette", "suce ette"],
        "sucettes": ["su cettes", "sucette"], "bavoirs": ["bas voir", "bavoir"],
        "lait": ["laid", "lai"], "crème": ["craime", "crèmes"], "taille": ["taie", "taye"],
        "cire": ["sire", "cirent"], "balai": ["ballet", "balais"], "phare": ["fard", "far"],
        "huile": ["huiles", "uile"], "moteur": ["mot heure", "moteurs"],
        "vitres": ["vitre", "vite"], "chiffons": ["chiffon", "si fond"],
        "whey": ["ouais", "way", "wei"], "protéine": ["protéines", "pro teinte"],
        "barres": ["bar", "barre"], "shaker": ["chéker", "shakeur"],
        "créatine": ["créa tine", "créatines"], "gel": ["gèle", "jelle"],
        "pastilles": ["pas tilles", "pastille"], "vanille": ["va nil", "vanilles"],
        "fraise": ["frèse", "fraises"], "chocolat": ["choco la", "chocolats"],
        "pêche": ["pèche", "pêches"], "cent": ["sans", "sang"], "vingt": ["vin", "vain"],
        "sept": ["cette", "set"], "mille": ["mil", "mile"], "litres": ["litre", "lit"],
        "kilos": ["kilo", "qui l'eau"], "grammes": ["gramme", "grames"], "mois": ["moi"],
        "lot": ["l'eau", "lo"], "boîte": ["boite", "boîtes"], "douze": ["douce"],
        "été": ["était"], "veilleuse": ["vieilleuse"], "pneus": ["peneus"],
        "lavant": ["lavent"], "carrosserie": ["carrosseries", "carrosse rie"],
    },
    {
        "reeds": ["reads", "reed"], "picks": ["pics", "pix"], "strings": ["string"],
        "capo": ["cape oh", "kapo"], "rosin": ["rosen", "roslin"], "strap": ["strep"],
        "cable": ["cabel"], "drumsticks": ["drum stix", "drumstick"], "bass": ["base"],
        "cello": ["chello", "jello"], "bottle": ["bottel", "bottles"],
        "nipples": ["nipple"], "diapers": ["diaper", "dyepers"], "wipes": ["whipes", "wipe"],
        "pacifier": ["pacify her", "pacifire"], "bibs": ["bib's", "bids"],
        "wax": ["whacks", "wacks"], "wiper": ["viper", "wipe her"], "blade": ["blayed"],
        "oil": ["oyl", "oile"], "coolant": ["cool and", "coolent"],
        "antifreeze": ["anti freeze", "antifrees"], "towels": ["towel", "tow els"],
        "cleaner": ["clean her", "cleaners"], "tire": ["tyre"], "whey": ["way", "weigh"],
        "protein": ["pro teen", "proteen"], "bars": ["bar's", "barz"], "gel": ["jell"],
        "shaker": ["shaker's", "shacker"], "creatine": ["create in", "creating"],
        "vanilla": ["vanella", "vanila"], "strawberry": ["straw berry"],
        "caramel": ["carmel"], "peach": ["peace"], "lime": ["lyme"], "two": ["to", "too"],
        "four": ["for"], "eight": ["ate"], "quarts": ["courts"], "pounds": ["pound"],
        "ounces": ["ounce"], "gallon": ["galleon"], "formula": ["for mula", "formulas"],
        "flow": ["flo"], "pack": ["pak", "packed"], "headlight": ["head light", "headlights"],
    },
)  # fmt: skip

# Spellings by sound: (pattern, what the recogniser writes), tried in a random order.
SOUNDS: tuple[list[tuple[str, str]], list[tuple[str, str]]] = (
    [("ph", "f"), ("qu", "k"), ("eau", "o"), ("au", "o"), ("ll", "l"), ("tt", "t"),
     ("ss", "s"), ("mm", "m"), ("nn", "n"), ("ette$", "ète"), ("ç", "ss"), ("tion", "ssion"),
     ("ai", "è"), ("er$", "é"), ("s$", ""), ("x$", ""), ("ge", "je"), ("c(?=[ei])", "s"),
     ("an", "en"), ("é", "ai"), ("ill", "y"), ("gu", "g")],
    [("ph", "f"), ("ck", "k"), ("ee", "ea"), ("y$", "ie"), ("tion", "shun"), ("ll", "l"),
     ("c(?=[aou])", "k"), ("er$", "ur"), ("s$", "z"), ("ou", "ow"), ("ai", "ay"),
     ("ie", "ee"), ("ea", "ee"), ("tt", "t"), ("pp", "p"), ("a(?=[^aeiou]e$)", "ay")],
)  # fmt: skip

FILLERS = (("euh", "heu", "bah", "ben"), ("uh", "um", "er", "hmm"))
SMALL_WORDS = frozenset(
    ("de", "du", "des", "pour", "à", "la", "le", "les", "en", "au", "of", "for", "the", "a", "some")
)


def respell(word: str, lang: int, rng: random.Random) -> str:
    """``word`` written by its sound, or unchanged when no rule applies."""
    rules = SOUNDS[lang][:]
    rng.shuffle(rules)
    for pattern, replacement in rules:
        changed = re.sub(pattern, replacement, word, count=1)
        if changed != word and len(changed) >= 3:
            return changed
    return word


_ONSETS = frozenset(
    ("bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "ph", "pl", "pr", "tr", "th", "vr")
)
_VOWELS = "aeiouyéèêàâîôû"


def split(word: str, rng: random.Random) -> str:
    """``word`` cut in two where a syllable may end: before a consonant and a vowel, or
    between consonants (« cor duval », "brass moor", « plec tres »)."""

    def starts_syllable(at: int) -> bool:
        head, nxt = word[at], word[at + 1]
        if head in _VOWELS or not head.isalpha() or word[at - 1 : at + 1] in _ONSETS:
            return False
        return nxt in _VOWELS or (word[at : at + 2] in _ONSETS and word[at + 2 : at + 3] != "")

    cuts = [i for i in range(3, len(word) - 2) if starts_syllable(i)]
    at = rng.choice(cuts) if cuts else len(word) // 2
    return f"{word[:at]} {word[at:]}"


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
