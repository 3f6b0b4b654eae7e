"""What was said, cut into words: case and accents folded, French elisions split off (with
their apostrophe or without: « l'eau », « l eau »), English contractions dropped, and what
speech recognition or a feed writes otherwise than it is read put in one form (« p'tit »,
"n° 3", "85 %", "1 1/4 in", "10 m2", "2XL", "-5 °C"). :func:`catalog.normalise.analyse` reads
these words on."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from catalog.folding import strip_accents
from catalog.number_words import MINUS, NUMBER_SIGN, numberish_words
from catalog.numbers import Word, canonical_number
from catalog.units import PERCENT

__all__ = ["ELISIONS", "STOPWORDS", "split_words", "word_set"]


def word_set(text: str) -> frozenset[str]:
    """The words of ``text``, as a set (word lists written as one string)."""
    return frozenset(text.split())


STOPWORDS = {
    "fr": word_set(
        "le la les de du des un une au aux a à et en pour avec sur mon ma mes ton ta tes "
        "son sa ses ce cet ces moi me je tu il elle on nous vous que qui"
    ),
    "en": word_set(
        "the a an of and for with some any my me i to in on at this that these those your please"
    ),
}
_EN_CONTRACTIONS = frozenset({"s", "m", "re", "ve", "ll", "d", "t"})
ELISIONS = {"fr": {"l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu"}}
# Words after which a letter is a size, a type or a grade (« taille m », « pile c »), never an
# elision written without its apostrophe.
_LETTER_LABELS = {
    "fr": word_set(
        "taille tailles type format pointure modele gamme pile piles classe lettre vitamine "
        "serie ref reference numero en"
    )
}
_VOWELS = frozenset("aeiouyh")

_WORD_RE = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+", re.UNICODE)
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "´": "'", "‘": "'"})

# Speech written as heard: « p'tit » is "petit", « ch'cherche » "je cherche", "three o' them"
# "three of them", "outta" "out of".
_COLLOQUIAL = {
    "fr": (
        (re.compile(r"\bp'(tite?s?)\b"), r"pe\1"),
        (re.compile(r"\bv'la\b"), "voila"),
        (re.compile(r"\bch'(?=[^aeiouy\W])"), "je "),
    ),
    "en": (
        (re.compile(r"\bo'(?=\s)"), "of"),
        (re.compile(r"\boutta\b"), "out of"),
        (re.compile(r"'bout\b"), "about"),
        (re.compile(r"\b(big|small|tiny|little|lil|large|biggest|smallest) un\b"), r"\1 one"),
        (re.compile(r"\blil\b'?"), "little"),
        # A pack named by how many it holds: "twin pack" is a 2-pack, "triple pack" a 3-pack.
        (re.compile(r"\btwin(?=[\s-]*packs?\b)"), "2"),
        (re.compile(r"\btriple(?=[\s-]*packs?\b)"), "3"),
    ),
}


# "-5 °C", "20°F", "10 °": degrees of either scale, a number below zero said as a word.
_NUMBER_SIGN_RE = re.compile(r"(?<![a-z])n[°º]\.?\s*(?=\d)|#\s*(?=\d)")  # "n° 3", "#3"
# "85 %", « quatre-vingt-cinq pour cent », "per cent": one word, the unit a share is in.
_PERCENT_RE = re.compile(r"%|\bpour\s+cent\b|\bper\s+cent\b")
# An area or a volume written without its superscript after a number ("10 m2", "5m3", "100
# ft2"): "m²", "m³" as a title writes them, not "10 m 2" (a height: « 1 m 70 »).
_POWER_UNIT_RE = re.compile(r"(?<=\d)(\s?)(mm|cm|m|in|ft|yd)([23])\b")
_SUPERSCRIPTS = {"2": "²", "3": "³"}
# A letter size written with how many x ("2XL", "3XL", "2XS"): the letters said ("xx large").
_X_SIZE_RE = re.compile(r"\b([2-5])x([ls])\b")
# "1/4 de meule", "3/4 in", "3/16 in", and a whole number before it: "1 1/4 in", "1-1/4 in" are 1.25 in.
_FRACTION_RE = re.compile(r"(?<![\d/.,])(?:(\d{1,2})(?:\s+|-))?(\d{1,2})\s*/\s*(16|[248])(?![\d/])")


def _fraction(match: re.Match[str]) -> str:
    """A part written as digits ("1/4", "1 1/2") as its decimal; "5/4" stays as written."""
    whole, numerator, denominator = match.group(1), int(match.group(2)), int(match.group(3))
    if numerator >= denominator:
        return match.group(0)
    value = Decimal(numerator) / Decimal(denominator) + Decimal(whole or 0)
    return canonical_number(value)


_DEGREES_RE = re.compile(r"°\s*[cf]?\b|°")
_MINUS_RE = re.compile(r"(?<![\w.,])-(?=\d)")


def split_words(text: str, lang: str) -> list[Word]:
    """The words of ``text`` in order, each with its folded form, glued to the next when
    written against it ("t-shirt", "600g"), an elision a glued stop word."""
    text = unicodedata.normalize("NFC", text or "").translate(_APOSTROPHES).lower()
    for pattern, written in _COLLOQUIAL.get(lang, ()):
        text = pattern.sub(written, text)
    text = _NUMBER_SIGN_RE.sub(f" {NUMBER_SIGN} ", text)
    text = _PERCENT_RE.sub(f" {PERCENT} ", text)
    text = _X_SIZE_RE.sub(lambda m: "x" * int(m.group(1)) + m.group(2), text)
    text = _POWER_UNIT_RE.sub(lambda m: m.group(1) + m.group(2) + _SUPERSCRIPTS[m.group(3)], text)
    text = _FRACTION_RE.sub(_fraction, text)
    text = _DEGREES_RE.sub(" deg ", text)
    text = _MINUS_RE.sub(MINUS.get(lang, MINUS["en"]) + " ", text)
    matches = list(_WORD_RE.finditer(text))
    words: list[Word] = []
    elisions = ELISIONS.get(lang, set())
    for index, match in enumerate(matches):
        surface = match.group()
        end = match.end()
        after = text[end : end + 1]
        nxt = matches[index + 1].start() if index + 1 < len(matches) else None
        if strip_accents(surface) in elisions and (
            after == "'" or _unmarked_elision(text, matches, index, lang)
        ):
            # French elision: "l'eau" is "eau", but keep the "l" glued on, as a stop word,
            # for when the recogniser wrote "l'eau" for "lot".
            words.append(Word(surface, strip_accents(surface), glued=True, stop=True))
            continue
        if (
            lang == "en"
            and surface in _EN_CONTRACTIONS
            and text[match.start() - 1 : match.start()] == "'"
        ):
            if surface != "s":  # "I'm", "don't", "we'd": never a product word
                words.append(Word(surface, surface, stop=True))
            continue  # possessive "'s"
        glued = nxt is not None and (nxt == end or (nxt == end + 1 and after in "-'/"))
        if surface[0].isdecimal():
            words.append(
                Word(surface, surface, glued, canonical_number(Decimal(surface.replace(",", "."))))
            )
        else:
            words.append(Word(surface, strip_accents(surface), glued))
    return words


def _unmarked_elision(text: str, matches: list[re.Match[str]], index: int, lang: str) -> bool:
    """« m envoie », « l eau », « qu il »: an elision the recogniser wrote without its
    apostrophe, one space before a word that opens on a vowel, where no label or number
    before it makes the letter a size or a type (« taille m en coton », « un l au panier »)."""
    match = matches[index]
    if text[match.end() : match.end() + 1] != " " or index + 1 >= len(matches):
        return False
    nxt = matches[index + 1]
    if nxt.start() != match.end() + 1 or len(nxt.group()) < 2 or not nxt.group()[0].isalpha():
        return False  # "s a s": letters spelt
    if strip_accents(nxt.group()[0]) not in _VOWELS:
        return False
    if index == 0:
        return True
    before = matches[index - 1].group()
    labels = _LETTER_LABELS.get(lang, frozenset())
    before = strip_accents(before)
    return not (
        before[0].isdecimal()
        or len(before) == 1
        or before in labels
        or before in numberish_words(lang)  # « un l », "deux m": a unit
    )
