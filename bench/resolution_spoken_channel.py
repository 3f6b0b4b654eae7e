"""The recogniser of the spoken half (:mod:`bench.resolution_spoken`): what reaches the resolver
once the shopper's words have been heard and written down.

Applied after the words are chosen, at rates that leave most queries readable by a person, each
step naming itself in the query's noise tags:

- slips of sound on the product's words, by the letter-to-sound model of
  :mod:`bench.resolution_spoken_sounds` (``sound_voicing``, ``sound_nasal``, ``sound_vowel``,
  ``sound_final``, ``sound_spelling``; ``brand_sound`` when the word was the brand's);
- word boundaries moved: a liaison heard as the next word's first letter (``liaison``), a long
  word cut at a syllable (``split``), two words run together (``merged``);
- numbers written as a recogniser writes them: digits (``digits``, « 0,25 », "e27"), sometimes
  the unit shortened (``unit_short``), or left in words (``number_words``);
- an article dropped (``article_dropped``) or added (``article_added``);
- accents lost (``accents_lost``), punctuation (question marks, commas, hyphens, apostrophes)
  lost (``punctuation_lost``) or kept as written.
"""

from __future__ import annotations

import itertools
import random
import re
from dataclasses import dataclass

from bench import resolution_spoken_sounds as sounds
from bench.resolution_noise import strip_accents

CONTENT = {"brand", "noun", "variant", "size"}
SLIPS = {"fr": ("voicing", "nasal", "final", "spelling"), "en": ("voicing", "vowel", "final",
                                                               "spelling")}  # fmt: skip
ARTICLE_WORDS = {"fr": {"le", "la", "les", "un", "une", "des", "du", "l'"},
                 "en": {"a", "an", "the", "some"}}  # fmt: skip
ADDED_ARTICLE = {"fr": ["le", "la", "les"], "en": ["the"]}

_FR_SMALL = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
             "onze", "douze", "treize", "quatorze", "quinze", "seize"]  # fmt: skip
_FR_TENS = {
    "vingt": 20,
    "vingts": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
}
_EN_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
             "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen"]  # fmt: skip
_EN_TENS = {w: 20 + 10 * i for i, w in enumerate(
    ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])}  # fmt: skip
VALUES = {
    "fr": {**{w: n for n, w in enumerate(_FR_SMALL)}, **_FR_TENS, "une": 1},
    "en": {**{w: n for n, w in enumerate(_EN_SMALL)}, **_EN_TENS},
}
MULTIPLIERS = {"fr": {"cent": 100, "cents": 100, "mille": 1000},
               "en": {"hundred": 100, "thousand": 1000}}  # fmt: skip
DECIMAL_MARK = {"fr": ("virgule", ","), "en": ("point", ".")}
SHORT_UNITS = {
    "fr": {"kilos": "kg", "kilo": "kg", "grammes": "g", "centimètres": "cm", "millimètres": "mm",
           "mètres": "m", "litres": "l", "watts": "w"},
    "en": {"pounds": "lb", "pound": "lb", "ounces": "oz", "ounce": "oz", "feet": "ft",
           "foot": "ft", "gallons": "gal", "quarts": "qt", "watts": "w", "watt": "w"},
}  # fmt: skip


@dataclass
class Word:
    text: str
    role: str  # frame, article, brand, noun, variant, size, link


def tokens(text: str, role: str) -> list[Word]:
    return [Word(w, role) for w in text.split()]


def hear(words: list[Word], lang: str, rng: random.Random, tags: list[str]) -> str:
    """The words as the recogniser writes them (see the module's docstring)."""
    words = _articles(words, lang, rng, tags)
    _slips(words, lang, rng, tags)
    _boundaries(words, lang, rng, tags)
    text = " ".join(w.text for w in words if w.text)
    text = _numbers(text, lang, rng, tags)
    if lang == "fr" and rng.random() < 0.35 and strip_accents(text) != text:
        text = strip_accents(text).replace("œ", "oe")
        tags.append("accents_lost")
    if re.search(r"[?,!'’-]|\.(?!\d)", text) and rng.random() < 0.5:
        text = re.sub(r"[?!]|(?<!\d)[.,]|[.,](?!\d)", " ", text)  # "0,25" and "6.5" stay
        text = re.sub(r"['’]", rng.choice(("", " ")), text)
        text = text.replace("-", rng.choice(("", " ")))
        tags.append("punctuation_lost")
    return " ".join(text.lower().split())


def _articles(words: list[Word], lang: str, rng: random.Random, tags: list[str]) -> list[Word]:
    at = [i for i, w in enumerate(words) if w.role == "article"]
    if at and rng.random() < 0.12:
        tags.append("article_dropped")
        return [w for i, w in enumerate(words) if i != at[0]]
    brand = next((i for i, w in enumerate(words) if w.role == "brand"), None)
    if brand and words[brand - 1].role not in ("article", "link") and rng.random() < 0.06:
        tags.append("article_added")
        return [*words[:brand], Word(rng.choice(ADDED_ARTICLE[lang]), "article"), *words[brand:]]
    return words


def _slips(words: list[Word], lang: str, rng: random.Random, tags: list[str]) -> None:
    count = rng.choices((0, 1, 2), weights=(50, 40, 10))[0]
    numbers = set(VALUES[lang]) | set(MULTIPLIERS[lang])
    targets = [w for w in words if w.role in CONTENT and len(w.text) >= 4 and w.text.isalpha()
               and w.text not in numbers]  # fmt: skip
    rng.shuffle(targets)
    for word in targets[:count]:
        kinds = list(SLIPS[lang])
        rng.shuffle(kinds)
        for kind in kinds:
            heard = sounds.slip(word.text, kind, lang, rng)
            if heard and heard != word.text.lower():
                word.text = heard
                tags.append(f"sound_{kind}")
                if word.role == "brand":
                    tags.append("brand_sound")
                break


def _boundaries(words: list[Word], lang: str, rng: random.Random, tags: list[str]) -> None:
    for left, right in itertools.pairwise(words):
        linked = sounds.liaison(left.text.lower(), right.text.lower(), lang)
        if linked and rng.random() < 0.3:
            right.text = linked
            tags.append("liaison")
            break
    long = [w for w in words if w.role in CONTENT and len(w.text) >= 7]
    if long and rng.random() < 0.1:
        word = rng.choice(long)
        cut = sounds.split(word.text, lang, rng)
        if cut:
            word.text = cut
            tags.append("split")
    pairs = [i for i in range(len(words) - 1)
             if words[i].role in CONTENT | {"article"} and words[i + 1].role in CONTENT
             and words[i].text.isalpha() and words[i + 1].text.isalpha()]  # fmt: skip
    if pairs and rng.random() < 0.07:
        i = rng.choice(pairs)
        words[i].text += words[i + 1].text
        words[i + 1].text = ""
        tags.append("merged")


def _numbers(text: str, lang: str, rng: random.Random, tags: list[str]) -> str:
    """Number words written as digits (one choice for the whole query), as a recogniser's
    inverse text normalisation does: « vingt-cinq centièmes » → « 25 centièmes », "zero point
    seven five" → "0.75", "e twenty six" → "e26"."""
    words = text.split()
    runs = _runs(words, lang)
    if not runs:
        return text
    if rng.random() < 0.4:
        tags.append("number_words")
        return text
    tags.append("digits")
    out: list[str] = []
    at = 0
    glue = rng.random() < 0.5
    short = rng.random() < 0.3
    for start, end, digits in runs:
        out.extend(words[at:start])
        if (
            glue
            and out
            and len(out[-1]) <= 2
            and out[-1].isalpha()
            and out[-1] not in (ARTICLE_WORDS[lang] | {"de", "of", "by", "x", "en", "à"})
        ):
            out[-1] += digits  # "e 27" → "e27", "g u 10" → "g u10"
        else:
            out.append(digits)
        at = end
        unit = SHORT_UNITS[lang].get(words[end]) if end < len(words) else None
        if unit and short:
            out.append(unit)
            at = end + 1
            tags.append("unit_short")
    out.extend(words[at:])
    return " ".join(out)


def _runs(words: list[str], lang: str) -> list[tuple[int, int, str]]:
    """Spans of number words and what they read as: (start, end, "25"), (start, end, "0,25")."""
    runs: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        end, value = _integer(words, i, lang)
        if end == i:
            i += 1
            continue
        text = str(value)
        mark, sign = DECIMAL_MARK[lang]
        if end < len(words) - 1 and words[end] == mark:
            if lang == "en":
                digits = ""
                after = end + 1
                while after < len(words) and VALUES["en"].get(words[after], 99) < 10:
                    digits += str(VALUES["en"][words[after]])
                    after += 1
                if digits:
                    text, end = f"{text}{sign}{digits}", after
            else:
                after, decimals = _integer(words, end + 1, lang)
                if after > end + 1:
                    text, end = f"{text}{sign}{decimals:02d}", after
        lone = end == i + 1 and words[i] in ("un", "une", "one")
        if not (lone and (end >= len(words) or words[end] not in SHORT_UNITS[lang])):
            runs.append((i, end, text))
        i = end
    return runs


def _follows(value: int, add: int, lang: str, started: bool) -> bool:
    """Whether ``add`` continues the number read so far (units after tens, anything after
    hundreds, « dix-neuf » after « soixante »), or starts another one ("one twelve")."""
    if not started or value % 100 == 0:
        return True
    if add < 10 and value % 10 == 0:
        return True
    return lang == "fr" and 10 <= add < 20 and value % 100 in (60, 80)


def _integer(words: list[str], start: int, lang: str) -> tuple[int, int]:
    """Where the number starting at ``start`` ends, and its value (``start`` when none)."""
    total = current = 0
    at = start
    while at < len(words):
        parts = words[at].split("-")
        if lang == "fr" and at > start and words[at] == "et" and at + 1 < len(words):
            nxt = words[at + 1]
            if nxt in ("un", "une", "onze") and current % 10 == 0 and current:
                at += 1
                continue
        if not all(p in VALUES[lang] or p in MULTIPLIERS[lang] or p == "et" for p in parts):
            break
        if parts == ["et"]:
            break
        value = current
        for part in parts:
            if part == "et":
                continue
            if part in MULTIPLIERS[lang]:
                if MULTIPLIERS[lang][part] == 1000:
                    total += (value or 1) * 1000
                    value = 0
                else:
                    value = (value or 1) * 100
            elif part in ("vingt", "vingts") and value % 100 == 4 and lang == "fr":
                value += 76  # quatre-vingt
            elif _follows(value, VALUES[lang][part], lang, at > start or value > 0):
                value += VALUES[lang][part]
            else:
                return at, total + current  # a second number starts here
        current = value
        at += 1
    return at, total + current
