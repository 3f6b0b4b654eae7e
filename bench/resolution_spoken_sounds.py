"""A small letter-to-sound model of French and English, and what a recogniser does with the
sounds it hears (:mod:`bench.resolution_spoken`).

A word is cut into spelling segments, each with the sound it stands for (``LETTERS``, first
rule that matches at a position wins; sounds are written between slashes, "/A~/" for the
nasal of « an », "//" for silent letters). A slip is made on the sounds and written back with a spelling of the new sound
(``SPELLINGS``), kept only when the new word reads back, by the same model, as the sounds
intended: so every slip is a word that *sounds* as described, never a word taken from a list.

- ``voicing``: a consonant heard voiced or unvoiced (/t/ ↔ /d/, /s/ ↔ /z/, /k/ ↔ /g/...);
- ``nasal`` (French): one nasal vowel for another (« an » ↔ « on » ↔ « in »), /e/ ↔ /E/;
- ``vowel`` (English): a vowel after the first reduced to a schwa, written a, e, o or u;
- ``final``: a final consonant sound dropped, or one added (a silent letter in French);
- ``spelling``: the same sounds written another way (« o » → « au », "f" → "ph").
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

_V = "aeiouyéèêëàâîïôûœ"
SILENT = "//"  # letters that stand for no sound
_NEXT_VOWEL = f"(?=[{_V}])"
_NOT_VOWEL_OR_N = f"(?![{_V}hnm])"

LETTERS: dict[str, list[tuple[str, str]]] = {
    "fr": [
        ("eau", "/o/"), ("au", "/o/"), ("ou", "/u/"), ("oi", "/wa/"),
        (f"(?:ain|ein|in|im|un|yn){_NOT_VOWEL_OR_N}", "/E~/"),
        (f"(?:an|am|en|em){_NOT_VOWEL_OR_N}", "/A~/"), (f"(?:on|om){_NOT_VOWEL_OR_N}", "/O~/"),
        ("ai|ei|è|ê|ë", "/E/"), ("é|er$|ez$", "/e/"), ("ch", "/S/"), ("gn", "/N/"),
        ("ph", "/f/"), ("qu", "/k/"), ("gu(?=[eiyéèê])", "/g/"), ("c(?=[eiyéèê])|ç", "/s/"),
        ("c|k", "/k/"), ("g(?=[eiyéèê])|j", "/Z/"), ("ss", "/s/"),
        (f"(?<=[{_V}])s{_NEXT_VOWEL}", "/z/"), ("(?:es|s|x|t|d|e)$", SILENT), ("h", SILENT),
        ("ll", "/l/"), ("tt", "/t/"), ("pp", "/p/"), ("nn", "/n/"), ("mm", "/m/"),
        ("rr", "/r/"), ("ff", "/f/"), ("u|û", "/y/"), ("e", "/@/"), ("a|à|â", "/a/"),
        ("i|î|ï|y", "/i/"), ("o|ô", "/o/"),
    ],
    "en": [
        ("tion|sion", "/S@n/"), ("ph", "/f/"), ("tch|ch", "/tS/"), ("sh", "/S/"), ("th", "/T/"),
        ("ck", "/k/"), ("qu", "/kw/"), ("wh", "/w/"), ("ee|ea", "/i:/"), ("oo", "/u:/"),
        ("oa|ow$", "/oU/"), ("ou|ow", "/aU/"), ("ai|ay", "/eI/"), ("igh", "/aI/"),
        ("y$", "/i/"), ("(?:er|or|ar)$", "/@r/"), ("le$", "/@l/"), ("e$", SILENT),
        ("c(?=[eiy])", "/s/"), ("c|k", "/k/"), ("g(?=[eiy])|j", "/dZ/"), ("x", "/ks/"),
        ("ll", "/l/"), ("ss", "/s/"), ("tt", "/t/"), ("pp", "/p/"), ("ff", "/f/"),
        ("nn", "/n/"), ("mm", "/m/"), ("rr", "/r/"), ("dd", "/d/"), ("gg", "/g/"),
        ("a", "/a/"), ("e", "/e/"), ("i|y", "/i/"), ("o", "/o/"), ("u", "/u/"),
    ],
}  # fmt: skip
_PLAIN = {c: f"/{c}/" for c in "bdfglmnprstvwz"}
SPELLINGS: dict[str, dict[str, list[str]]] = {
    "fr": {
        "/o/": ["o", "au", "eau"], "/E/": ["è", "ai", "ei", "ê"], "/e/": ["é", "ez", "er"],
        "/A~/": ["an", "en", "am", "em"], "/O~/": ["on", "om"], "/E~/": ["in", "ain", "ein", "un"],
        "/S/": ["ch"], "/Z/": ["j", "g", "ge"], "/s/": ["s", "ss", "c", "ç"], "/z/": ["z", "s"],
        "/k/": ["c", "k", "qu"], "/g/": ["g", "gu"], "/f/": ["f", "ph", "ff"], "/v/": ["v"],
        "/t/": ["t", "tt"], "/d/": ["d"], "/p/": ["p", "pp"], "/b/": ["b"], "/y/": ["u"],
        "/u/": ["ou"], "/i/": ["i", "y"], "/a/": ["a"], "/@/": ["e"], "/l/": ["l", "ll"],
    },
    "en": {
        "/k/": ["k", "c", "ck"], "/g/": ["g", "gg"], "/f/": ["f", "ph", "ff"], "/v/": ["v"],
        "/i:/": ["ee", "ea"], "/eI/": ["ai", "ay"], "/aI/": ["igh", "i"], "/oU/": ["oa", "o"],
        "/u:/": ["oo"], "/S@n/": ["tion", "sion"], "/s/": ["s", "ss", "c"], "/z/": ["z", "s"], "/t/": ["t", "tt"],
        "/d/": ["d", "dd"], "/p/": ["p", "pp"], "/b/": ["b"], "/tS/": ["ch", "tch"],
        "/dZ/": ["j", "g"], "/S/": ["sh"], "/@r/": ["er", "or", "ar"], "/@l/": ["le", "el"],
        "/a/": ["a"], "/e/": ["e"], "/i/": ["i", "y"], "/o/": ["o"], "/u/": ["u"],
        "/@/": ["a", "e", "o", "u"], "/l/": ["l", "ll"],
    },
}  # fmt: skip
VOICING = {"/p/": "/b/", "/t/": "/d/", "/k/": "/g/", "/f/": "/v/", "/s/": "/z/", "/S/": "/Z/",
           "/tS/": "/dZ/"}  # fmt: skip
VOICING.update({voiced: plain for plain, voiced in list(VOICING.items())})
NEAR_VOWELS = {"/A~/": ["/O~/", "/E~/"], "/O~/": ["/A~/"], "/E~/": ["/A~/"], "/e/": ["/E/"],
               "/E/": ["/e/"]}  # fmt: skip
VOWELS = {"/a/", "/e/", "/E/", "/i/", "/o/", "/u/", "/y/", "/@/", "/A~/", "/O~/", "/E~/",
          "/wa/", "/i:/", "/u:/", "/oU/", "/aU/", "/eI/", "/aI/", "/@r/", "/@l/"}  # fmt: skip
_COMPILED = {lang: [(re.compile(p), s) for p, s in rules] for lang, rules in LETTERS.items()}


@dataclass(frozen=True)
class Segment:
    letters: str
    sound: str


def segments(word: str, lang: str) -> list[Segment]:
    """The word cut into spellings and their sounds (a letter the rules miss stands for
    itself; a character that is not a letter has no sound)."""
    out: list[Segment] = []
    at = 0
    while at < len(word):
        for pattern, sound in _COMPILED[lang]:
            match = pattern.match(word, at)
            if match and match.end() > at:
                out.append(Segment(match.group(0), "" if sound == SILENT else sound))
                at = match.end()
                break
        else:
            char = word[at]
            out.append(Segment(char, _PLAIN.get(char, "")))
            at += 1
    return out


def sounds(word: str, lang: str) -> list[str]:
    return [s.sound for s in segments(word, lang) if s.sound]


def _written(parts: list[Segment], at: int, sound: str, lang: str, rng: random.Random,
             keep: str = "") -> str | None:  # fmt: skip
    """The word with segment ``at`` now standing for ``sound`` (``""`` drops it), in a spelling
    that reads back as the sounds intended; None when no spelling does."""
    target = [s.sound for s in parts[:at] if s.sound]
    target += [sound] if sound else []
    target += [s.sound for s in parts[at + 1 :] if s.sound]
    options = list(SPELLINGS[lang].get(sound, [])) if sound else [""]
    rng.shuffle(options)
    for spelling in options:
        if spelling == keep:
            continue
        before = "".join(s.letters for s in parts[:at])
        after = "".join(s.letters for s in parts[at + 1 :])
        doubled = len(spelling) == 2 and spelling[0] == spelling[1]
        if doubled and not (before[-1:] in _V and before and after[:1] in _V and after):
            continue  # « tt », "ff" only between vowels
        if spelling == "ck" and not (before and before[-1] in _V):
            continue  # "ck" only after a vowel
        word = before + spelling + after
        if len(word) >= 3 and sounds(word, lang) == target:
            return word
    return None


def _choices(parts: list[Segment], test: object) -> list[int]:
    return [i for i, s in enumerate(parts) if callable(test) and test(i, s)]


def slip(word: str, kind: str, lang: str, rng: random.Random) -> str | None:
    """The word as heard with one slip of ``kind`` (see the module's docstring), or None when
    that slip cannot happen to this word."""
    parts = segments(word.lower(), lang)
    if kind == "spelling":
        places = _choices(parts, lambda i, s: len(SPELLINGS[lang].get(s.sound, [])) > 1)
        rng.shuffle(places)
        for at in places:
            changed = _written(parts, at, parts[at].sound, lang, rng, keep=parts[at].letters)
            if changed:
                return changed
        return None
    if kind == "final":
        return _final(word.lower(), parts, lang, rng)
    if kind == "voicing":
        places = _choices(parts, lambda i, s: s.sound in VOICING)
        swap = {at: [VOICING[parts[at].sound]] for at in places}
    elif kind == "nasal":
        places = _choices(parts, lambda i, s: s.sound in NEAR_VOWELS)
        swap = {at: NEAR_VOWELS[parts[at].sound] for at in places}
    elif kind == "vowel":
        return _reduced(parts, rng)
    else:
        raise ValueError(kind)
    rng.shuffle(places)
    for at in places:
        for sound in swap[at]:
            changed = _written(parts, at, sound, lang, rng)
            if changed:
                return changed
    return None


def _reduced(parts: list[Segment], rng: random.Random) -> str | None:
    """An English vowel after the first one heard as a schwa, written with another of the
    letters a schwa is written with ("coloring" → "colering", "parchment" → "parchmant")."""
    first = next((i for i, s in enumerate(parts) if s.sound in VOWELS), len(parts))
    places = [i for i, s in enumerate(parts) if i > first and s.letters in ("a", "e", "o", "u")]
    if not places:
        return None
    at = rng.choice(places)
    letter = rng.choice([v for v in SPELLINGS["en"]["/@/"] if v != parts[at].letters])
    return "".join(s.letters if i != at else letter for i, s in enumerate(parts))


def _final(word: str, parts: list[Segment], lang: str, rng: random.Random) -> str | None:
    """A final consonant sound dropped, with what follows it ("braided" → "braide", « tresse »
    → « tre »), or one added: an "s" English hears ("sinker" → "sinkers"), a silent letter
    French writes (« flotteur » → « flotteurs », « bleu » → « bleue »)."""
    heard = [i for i, s in enumerate(parts) if s.sound]
    last = heard[-1] if heard else -1
    if last > 0 and parts[last].sound not in VOWELS and rng.random() < 0.5:
        changed = "".join(s.letters for s in parts[:last])
        if len(changed) >= 3:
            return changed
    if not word[-1:].isalpha() or word[-1] in "sxz" or word.endswith(("ed", "ing")):
        return None
    end = "e" if lang == "fr" and word[-1] in "éiu" and rng.random() < 0.5 else "s"
    if lang == "fr" and sounds(word + end, lang) != sounds(word, lang):
        return None
    return word + end


def split(word: str, lang: str, rng: random.Random) -> str | None:
    """A long word cut where a syllable ends (« inter rupteur », "fluoro carbon")."""
    if len(word) < 7 or not word.isalpha():
        return None
    parts = segments(word.lower(), lang)
    cuts = []
    for i in range(1, len(parts) - 1):
        left = "".join(s.letters for s in parts[:i])
        right = "".join(s.letters for s in parts[i:])
        if len(left) < 3 or len(right) < 3 or not parts[i].sound or parts[i].sound in VOWELS:
            continue
        if len(parts[i].letters) == 2 and parts[i].letters[0] == parts[i].letters[1]:
            continue
        if parts[i - 1].sound in VOWELS or parts[i - 1].sound:  # V|CV or C|C
            cuts.append(f"{left} {right}")
    return rng.choice(cuts) if cuts else None


# The French words whose silent last consonant is heard before a vowel.
LINKING = {"les", "des", "mes", "ces", "deux", "trois", "six", "dix", "un", "mon", "son", "aux",
           "chez", "vous", "nous", "petit", "petits", "grand", "gros", "sans", "très", "dans",
           "en", "tout"}  # fmt: skip


def liaison(left: str, right: str, lang: str) -> str | None:
    """The next word as heard with the consonant that links it to this one (« les
    ampoules » → « les zampoules », "an inline" → "a ninline"); None when none links them."""
    start = right.lstrip("h") if lang == "fr" else right
    if not start or start[0] not in _V or not right.isalpha():
        return None
    if lang == "fr":
        sound = {"s": "z", "x": "z", "z": "z", "t": "t", "d": "t", "n": "n"}.get(left[-1:])
        return f"{sound}{start}" if sound and left in LINKING else None
    return f"n{right}" if left == "an" else None
