"""What the distant half's recogniser does to words: homophones and near-sounds of each
locale, a long word heard in two, two short words run together, accents lost."""

from __future__ import annotations

import random
import re
import unicodedata

# a word -> what each locale's recogniser may write for it (fr-FR, en-US)
HOMOPHONES: tuple[dict[str, list[str]], dict[str, list[str]]] = (
    {
        "mille": ["mil", "mile"],
        "cent": ["sang", "sans"],
        "cents": ["sans", "sang"],
        "vingt": ["vin", "vain"],
        "cinq": ["saint", "sein"],
        "six": ["scie", "cis"],
        "dix": ["dis", "dit"],
        "deux": ["de", "d'eux"],
        "trois": ["troie", "trouas"],
        "huit": ["huis", "oui"],
        "pièces": ["pièce", "piesses"],
        "vert": ["verre", "vers"],
        "mat": ["math", "mât"],
        "tours": ["tour", "tourds"],
        "pouces": ["pousse", "pouce"],
        "mètres": ["maître", "mettre"],
        "mètre": ["mettre", "maître"],
        "jeu": ["je", "jeux"],
        "dés": ["des", "dès"],
        "échecs": ["et chèques", "échec"],
        "encre": ["ancre", "ancres"],
        "toner": ["tonner", "tonnerre"],
        "ramette": ["rame mette", "ramète"],
        "feuilles": ["feuille", "feuye"],
        "enceintes": ["en sainte", "enceinte"],
        "câble": ["cable", "cabe"],
        "basses": ["basse", "bâche"],
        "voie": ["voix", "vois"],
        "wagon": ["vagon", "wagons"],
        "vapeur": ["va peur", "vapeurs"],
        "sapins": ["sa pin", "sapin"],
        "été": ["était", "étai"],
        "lot": ["l'eau", "los"],
        "cartes": ["carte", "quarte"],
        "dos": ["d'eau", "do"],
        "bois": ["boit", "bwa"],
        "plateau": ["plato", "plat tôt"],
        "joueurs": ["jouer", "joueur"],
        "noyer": ["noyé", "noyez"],
        "chêne": ["chaîne", "chaine"],
        "paille": ["paye", "paie"],
        "courbe": ["courbes", "cour be"],
        "droit": ["droits", "drois"],
        "fenêtre": ["fenêtres", "fait naître"],
        "grammes": ["gramme", "grame"],
        "platine": ["plate tine", "platines"],
        "ampli": ["emplie", "amplis"],
        "argent": ["argents", "are jean"],
        "verre": ["vert", "vers"],
    },
    {
        "four": ["for", "fore"],
        "two": ["to", "too"],
        "eight": ["ate", "eighth"],
        "one": ["won", "wan"],
        "pieces": ["peaces", "pisces"],
        "chess": ["chest", "chests"],
        "dice": ["dies", "dyce"],
        "cards": ["cars", "carts"],
        "board": ["bored", "bord"],
        "clear": ["clair", "cleer"],
        "matte": ["mat", "mad"],
        "sheets": ["sheet", "sheats"],
        "paper": ["pay per", "papper"],
        "black": ["block", "blak"],
        "yellow": ["yell oh", "yellow's"],
        "toner": ["tone her", "toners"],
        "ink": ["inc", "inks"],
        "labels": ["lay bells", "label"],
        "window": ["win doe", "windows"],
        "walnut": ["wall nut", "wall not"],
        "cable": ["cabel", "cabal"],
        "watts": ["whats", "watt"],
        "speakers": ["speak hers", "speaker"],
        "pair": ["pear", "pare"],
        "feet": ["feat", "feats"],
        "steam": ["esteem", "steem"],
        "freight": ["fright", "frate"],
        "coach": ["couch", "coch"],
        "class": ["glass", "klass"],
        "straight": ["strait", "straights"],
        "track": ["tract", "trac"],
        "right": ["write", "rite"],
        "left": ["lift", "lef"],
        "pine": ["pain", "pyne"],
        "grass": ["glass", "gras"],
        "pack": ["pak", "pac"],
        "set": ["sat", "sett"],
        "red": ["read", "redd"],
        "white": ["wide", "wight"],
        "players": ["prayers", "player's"],
        "edition": ["addition", "edition's"],
        "travel": ["gravel", "travail"],
        "inches": ["inch is", "inchés"],
        "sleeves": ["sleeps", "sleaves"],
        "silver": ["sliver", "silva"],
        "birch": ["burch", "berch"],
    },
)


def fold_accents(text: str) -> str:
    """Accents dropped, as some recognisers write French."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).replace("œ", "oe")


def homophone(text: str, lang: int, rng: random.Random) -> str:
    """One word replaced by what a recogniser may write for it ("" when none can be)."""
    words = text.split()
    places = [n for n, w in enumerate(words) if w in HOMOPHONES[lang]]
    if not places:
        return ""
    at = rng.choice(places)
    words[at] = rng.choice(HOMOPHONES[lang][words[at]])
    return " ".join(words)


def split(text: str, rng: random.Random, keep: frozenset[str] = frozenset()) -> str:
    """A long word heard as two, cut after a vowel before a consonant near its middle
    ("locomotive" -> "loco motive"); "" when no word is long enough."""
    words = text.split()
    places = [n for n, w in enumerate(words) if len(w) >= 7 and w.isalpha() and w not in keep]
    rng.shuffle(places)
    for at in places:
        word = words[at]
        cuts = [
            i
            for i in range(3, len(word) - 2)
            if word[i - 1] in "aeiouyéèê" and word[i] not in "aeiouyéèê"
        ]
        if cuts:
            cut = min(cuts, key=lambda i: abs(i - len(word) / 2) + rng.random())
            words[at] = f"{word[:cut]} {word[cut:]}"
            return " ".join(words)
    return ""


def merge(text: str, rng: random.Random, keep: frozenset[str] = frozenset()) -> str:
    """Two short words run together ("two owls" -> "twoowls"); "" when no two can be."""
    words = text.split()
    places = [
        n
        for n in range(len(words) - 1)
        if re.fullmatch(r"[^\W\d]{3,6}", words[n])
        and re.fullmatch(r"[^\W\d]{2,7}", words[n + 1])
        and not {words[n], words[n + 1]} & keep
    ]
    if not places:
        return ""
    at = rng.choice(places)
    return " ".join([*words[:at], words[at] + words[at + 1], *words[at + 2 :]])
