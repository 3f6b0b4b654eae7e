"""Phonetic keys for French and English words: two words that share a key may sound alike
("taie"/"taille", "verre"/"vert", "pots"/"pods"), so a word the recogniser respelt still meets
the catalog's. See :func:`phonetic`."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from catalog.folding import language, strip_accents

_VOICING = str.maketrans({"b": "p", "d": "t", "g": "k", "v": "f", "z": "s"})
_FR_RULES = [
    (re.compile(r"(?<=[aeiouy])s(?=[aeiouy])"), "z"),
    (re.compile(r"sch|sh|ch"), "X"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"th"), "t"),
    (re.compile(r"qu|q"), "k"),
    (re.compile(r"gu(?=[eiy])"), "k"),  # "guitare": a hard g (voicing is merged anyway)
    (re.compile(r"ge(?=[aou])"), "j"),
    (re.compile(r"g(?=[eiy])"), "j"),
    (re.compile(r"gn"), "ni"),
    (re.compile(r"(?<=[ao])mn(?=e$)"), "n"),  # "automne", "condamne": a silent m
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"ck|cc|c"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"(?<=[aeiou])il+(?=[aeiou]|$)|ill"), "i"),
    (re.compile(r"(?<=[bcdfgkptv])w"), "u"),  # "bwa", "twa": the glide of "oi" written by ear
    (re.compile(r"w"), "v"),
    (re.compile(r"h"), ""),
]
_EN_RULES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(r"^kn|^gn|^pn|^wr"), lambda m: m.group(0)[1]),
    (re.compile(r"(?<=a)l(?=k)|(?<=ou)l(?=d)"), ""),  # "walk", "would": a silent l
    (re.compile(r"tion|sion"), "XN"),
    (re.compile(r"zh"), "j"),  # "zhu" for the French "ju" of a brand
    (re.compile(r"tch|sch(?=[eiy])|sh|ch"), "X"),
    (re.compile(r"sch"), "sk"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"wh"), "w"),
    (re.compile(r"th"), "t"),
    (re.compile(r"gh(?![aeiou])"), ""),
    (re.compile(r"dg(?=[eiy])"), "j"),
    (re.compile(r"g(?=[eiy])"), "j"),
    (re.compile(r"ck|q"), "k"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"c"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"(?<=[^aeiou])w|w(?![aeiou])"), ""),
    (re.compile(r"(?<=[aeiou])y|y(?![aeiou])"), "i"),
    (re.compile(r"(?<!^)h"), ""),
]


def _skeleton(word: str) -> str:
    """Consonant skeleton: vowels dropped (a leading one kept as ``A``), voicing merged,
    doubles collapsed. Recognisers mostly get consonants right and vowels wrong."""
    word = word.translate(_VOICING)
    lead = "A" if word[:1] in "aeiouy" else ""
    out: list[str] = []
    for ch in word:
        if ch in "aeiouy":
            continue
        ch = ch.upper()
        if out and out[-1] == ch:
            continue
        out.append(ch)
    return lead + "".join(out)


# Prefix of the vowel-aware key of short French words.
SOUND_PREFIX = "~"
# Keys of what a word may have been before the recogniser mangled it; looked up against the
# vocabulary's main keys, never indexed themselves.
ALTERNATE_PREFIX = "*"
# Prefix of a French word's whole sound, met by a few shorter words heard in its place ("pas
# teint" for "patins"; see spoken_run_sound). Four phonemes at least: shorter sounds meet too
# many words by chance.
RUN_PREFIX = "="
RUN_MIN_PHONEMES = 4
SOUND_KEY_MAX = 6


@lru_cache(maxsize=65536)
def phonetic(word: str, locale: str = "en", whole: bool = True) -> tuple[str, ...]:
    """Phonetic keys of one word; two words that share a key may sound alike.

    The main key is a consonant skeleton. Short French words get a vowel-aware key too
    (prefixed ``~``): a skeleton of two letters says little, while "l'eau" and "lot" both
    sound ``~LO``. French words with ``c`` before ``a/o/u`` get an *alternate* key (prefixed
    ``*``) reading it as a lost cedilla ("ca vont" for "ça vont"): a query word's alternate
    is compared with the catalog's main keys only. Digits are their own key. ``whole``: a
    French word also gets its whole sound (prefixed ``=``, see :func:`spoken_run_sound`);
    words glued back from a query's pieces need not, as only the catalog's are looked up.
    """
    word = word.lower()
    if not word or word[0].isdigit():
        return (word,)
    lang = language(locale)
    keys: list[str] = []
    # A "g" or "c" before a final mute "e" keeps its soft sound once the "e" is dropped
    # ("sage" is heard "saje", "pince" "pinse"), and a word heard without the "e" ("sag",
    # "juic") keeps the hard one: both keys.
    soft = _SOFT_BEFORE_MUTE_E.sub(lambda m: _SOFTENED[m.group(0)], word)
    if lang == "fr":
        spoken = word.replace("ç", "s")
        plain = strip_accents(word)
        keys.append(_french_key(strip_accents(spoken)))
        if soft != word:
            keys.append(_french_key(strip_accents(soft)))
        short = len(plain) <= SOUND_KEY_MAX
        # The sound reads a soft "g" before a mute "e" itself.
        sound = french_sound(spoken) if short or whole else ""
        if short:
            keys.append(SOUND_PREFIX + sound)
            if _VOICED_END.search(spoken):  # "café" heard with its accent lost: "cafe"
                keys.append(SOUND_PREFIX + french_sound(strip_accents(spoken)))
        if "c" in plain and _HARD_C.search(plain):
            keys.append(ALTERNATE_PREFIX + _french_key(_HARD_C.sub("s", plain)))
        if whole and len(sound) >= RUN_MIN_PHONEMES:
            keys.append(RUN_PREFIX + spoken_run_sound([spoken]))
    else:
        keys.append(_english_key(strip_accents(word)))
        if soft != word:
            keys.append(_english_key(strip_accents(soft)))
        # A final "-er" said without its "r" and written by ear ("showa", "filta",
        # "glittuh"): compared with the catalog's main keys as "shower", "filter".
        stem = _NON_RHOTIC.sub("", word)
        if stem != word and len(stem) >= 3:
            keys.append(ALTERNATE_PREFIX + _english_key(strip_accents(stem + "er")))
    return tuple(dict.fromkeys(k for k in keys if k))


_SOFT_BEFORE_MUTE_E = re.compile(r"[cg](?=es?$)")
_NON_RHOTIC = re.compile(r"(?:ah|uh|a)$")
_HARD_C = re.compile(r"c(?=[aou])")
_SOFTENED = {"c": "s", "g": "j"}


# A vowel is nasal before "n" and a consonant, before "m" only where a "b" or "p" follows or
# the word ends ("temps", "parfum"; "Humlé" keeps its "m").
_NASAL = r"(?:n|m(?=[bp]|$))(?![aeiouynmAEIOUY])"
_FR_SOUND_RULES = [
    (re.compile(r"aill?(?=e?$)|aill"), "AY"),
    (re.compile(r"eill?(?=e?$)|eill"), "EY"),
    (re.compile(r"(?<=[^aeiou])ill"), "IY"),
    (re.compile(r"eau|au"), "o"),
    (re.compile(r"ou"), "U"),
    (re.compile(r"oeu|eu"), "E"),  # "fleur", "bleu", "Brambeul": one vowel
    (re.compile(r"oi"), "wa"),
    (re.compile(r"[ae]i" + _NASAL), "I"),  # "pain", "teint": as "pin"
    (re.compile(r"ai|ei|ay(?![aeiou])"), "e"),  # "Dofay" as « dos fée »
    (re.compile(r"[ae]" + _NASAL), "A"),
    (re.compile(r"o" + _NASAL), "O"),
    (re.compile(r"(?:[aei]?i|u|y)" + _NASAL), "I"),
]
_VOICED_END = re.compile(r"[éèê]s?$")
_HARD_G = re.compile(r"gu(?=[eiy])")
# Short words whose last letter is silent, as the rules below read only longer words': "et"
# and "est" heard inside a brand (« ik et banane » for Ikebana).
_FR_SHORT_SOUNDS = {"et": "E", "est": "E", "es": "E"}
_FR_VOWELS = str.maketrans({"a": "A", "e": "E", "i": "I", "y": "I", "o": "O", "u": "Y"})


def spoken_run_sound(words: Sequence[str]) -> str:
    """The French sound of a few words said in a row, each word's own silent letters dropped:
    "pas teint" sounds as "patins", "bout gît" as "bougies" (``PATI``, ``BUJI``). An "s"
    between vowels of one word is heard "z", at the start of the next "s": the two are one
    sound here ("fut saint", « fusain »)."""
    return _one_of_each_run("".join(french_sound(word) for word in words).replace("Z", "S"))


@lru_cache(maxsize=65536)
def french_sound(word: str) -> str:
    """Coarse French phonemes, vowels included: ``lot``/``l'eau`` → ``LO``, ``sans``/``cent``
    → ``SA``, ``verre``/``vert`` → ``VER``."""
    # An accented final "e" is heard ("thé" sounds as "tait", "café" as "ca fait").
    voiced_end = _VOICED_END.search(word) is not None
    word = re.sub(r"[^a-z]", "", strip_accents(word))
    if word in _FR_SHORT_SOUNDS:
        return _FR_SHORT_SOUNDS[word]
    # A final "e" (of a plural too) is mute, yet it keeps the consonant before it sounded:
    # "chaîne" is no nasal "chain", "teinte" keeps its "t". It is dropped once read.
    mute = (
        not voiced_end
        and len(word) > 2
        and (word[-1] == "e" or (word[-2:] == "es" and len(word) > 3))
    )
    if mute:
        word = re.sub(r"s$", "", word)
    elif len(word) > 2:
        # Silent final consonants; an "e" before one is heard ("chez", "sachet").
        word = re.sub(r"[sxz]$", "", word)
        word = re.sub(r"(?<=[aeiounr])[tdp]$|(?<=m)p$", "", word)  # "temps", "champ" too
    for pattern, repl in _FR_SOUND_RULES[:3]:  # "-aille", "-eille", "-ille" first
        word = pattern.sub(repl, word)
    word = _HARD_G.sub("G", word)  # "guile" keeps the g of "gill": no "k" in a sound
    for pattern, repl in _FR_RULES:  # consonants, while vowels still soften c and g
        word = pattern.sub(repl, word)
    for pattern, repl in _FR_SOUND_RULES[3:]:
        word = pattern.sub(repl, word)
    sounds = word.translate(_FR_VOWELS).upper()
    if mute and len(sounds) > 1 and sounds.endswith("E"):
        sounds = sounds[:-1]
    return _one_of_each_run(sounds)


def _french_key(word: str) -> str:
    word = re.sub(r"[^a-z]", "", word)
    if len(word) > 2:
        word = re.sub(r"[sxz]$", "", word)  # silent plural / final consonants
        word = re.sub(r"(?<=..)e$", "", word)  # mute e
        word = re.sub(r"(?<=[aeiounr])[tdp]$", "", word)  # "vert", "gant", "grand"
    for pattern, repl in _FR_RULES:
        word = pattern.sub(repl, word)
    return _skeleton(word)


def _english_key(word: str) -> str:
    word = re.sub(r"[^a-z]", "", word)
    if len(word) > 3 and word.endswith("e") and word[-2] not in "aeiou":
        word = word[:-1]  # silent final e: "sope", "wipe"
    for pattern, repl in _EN_RULES:
        word = pattern.sub(repl, word)
    return _skeleton(word)


_EN_SOUND_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^kn|^gn"), "n"),
    (re.compile(r"^wr"), "r"),
    (re.compile(r"^h(?=[aeiou])"), ""),  # a first "h" is often not heard: "or tense", Hortense
    (re.compile(r"ough|oa|oe$|ow$"), "O"),  # "dough", "toe", "row": a long o
    (re.compile(r"al(?=[mk])"), "A"),  # "palm", "walk": the l is silent
    (re.compile(r"tion|sion"), "XN"),
    (re.compile(r"tch|sh|ch|zh"), "X"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"th"), "t"),
    (re.compile(r"gh"), ""),
    (re.compile(r"ck|q"), "k"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"c"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"g(?=[eiy])"), "j"),
    (re.compile(r"wh"), "w"),
    (re.compile(r"ee|ea|ie"), "I"),
    (re.compile(r"ay|ai|ey|ei"), "E"),
    (re.compile(r"oo|ou|ew"), "U"),
    (re.compile(r"au|aw"), "O"),
    (re.compile(r"(?<=[^aeiouAEIOU])e$"), ""),  # a mute final e: "bone", "mare"
    (re.compile(r"y$"), "I"),
    (re.compile(r"(?<=[aeiou])y|y(?![aeiou])"), "i"),
    (re.compile(r"(?<!^)h"), ""),
]
_EN_VOWELS = str.maketrans({"a": "A", "e": "E", "i": "I", "o": "O", "u": "U", "y": "I"})


@lru_cache(maxsize=65536)
def english_sound(word: str) -> str:
    """Coarse English phonemes, vowels included, as an English speaker reads a word or a
    brand: "palm bone fill" and "Pombonfil", "mare sell" and "Mersel" sound near
    (``PAMBONFIL``, ``POMBONFIL``). Compared by edit distance, never as a key."""
    # An accented e is heard, even last ("Kénilé"): kept apart from a mute one.
    word = re.sub(r"[^a-zE]", "", strip_accents(re.sub(r"[éèê]", "E", word.lower())))
    for pattern, repl in _EN_SOUND_RULES:
        word = pattern.sub(repl, word)
    return _one_of_each_run(word.translate(_EN_VOWELS).upper())


_VOWEL_RUN = re.compile("[AEIOUYW]+")


def _one_of_each_run(sounds: str) -> str:
    """``sounds`` with each run of one phoneme said once ("PATTI" → "PATI")."""
    out: list[str] = []
    for ch in sounds:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def vowels_aside(sound: str) -> str:
    """A sound (:func:`spoken_sound`) with each run of vowels, the glide w with them, as one
    "A": what two ears share of a word whose vowels each hears its own way ("sunny eye" and
    Sonnaille, "pownd" and "pound")."""
    return _VOWEL_RUN.sub("A", sound)


def spoken_sound(words: Sequence[str], locale: str) -> str:
    """The sound of a few words said in a row, in the locale's language (see
    :func:`spoken_run_sound`, :func:`english_sound`)."""
    if language(locale) == "fr":
        return spoken_run_sound(words)
    return _one_of_each_run("".join(english_sound(word) for word in words))
