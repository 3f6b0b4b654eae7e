"""Words a recogniser wrote for a number word that sounds the same ("ocean to l", « sang
quarante-trois », "twenty ate c"), read as that number where a number is surely meant:

- before a unit or "hundred", or after a size word ("to hundred fifty ml", "size to");
- before "and a half" after a size word or before a unit ("size to and a half", "to and a
  half liters" are 2.5);
- next to a decimal mark said beside a number ("two point to five" is 2.25, "ate point
  eight" 8.8);
- after a tens word, as its units ("twenty ate c" is 28), where the catalog has that number;
- before a number word, as its hundreds (« sang quarante-trois », "won forty three" for 143)
  or the units before its hundredths ("to fifty" for 2.50), where the catalog has the whole
  and not the number said after it;
- after a number sign (« numéro de six pièces » is n° 2).

Read by :func:`catalog.numbers.read_numbers_and_units` before numbers are (the homophone
becomes the number word it stands for), with the tables of :mod:`catalog.number_words`.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from catalog.lexicon import function_word
from catalog.number_runs import number_run
from catalog.number_words import (
    DECIMAL_MARK,
    HALVES_SAID,
    MULTIPLIERS,
    NUMBER_HOMOPHONES,
    NUMBER_SIGNS,
    NUMBERS,
    PREPOSITIONS,
    SIZE_MARKERS,
    lang_table,
    number_names,
)
from catalog.units import UNIT_CANON, is_measure, is_unit
from catalog.word_record import Word, canonical_number

__all__ = ["read_homophones"]

TENS = frozenset({20, 30, 40, 50, 60, 70, 80, 90})
_SUBJECTS = {
    "fr": frozenset(["je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles"]),
    "en": frozenset(["i", "you", "he", "she", "we", "they"]),
}
"""Subject pronouns: the word after one is its verb, not a number heard ("on dit", "we won")."""


def read_homophones(
    words: list[Word], lang: str, known: Callable[[str], bool] | None = None
) -> None:
    """Each homophone of a number word where a number is surely meant spelt as that number
    word (see the module doc); ``known``: whether the catalog has a word (a number, here),
    given in a query only: a title is written, not heard, and reads only a homophone before
    a unit or "hundred" or after a size word."""
    homophones = lang_table(NUMBER_HOMOPHONES, lang)
    spelled = number_names(lang)
    size_words = lang_table(SIZE_MARKERS, lang)
    for index, word in enumerate(words):
        if word.number is not None or word.plain not in homophones:
            continue
        nxt = words[index + 1] if index + 1 < len(words) else None
        after_size = index > 0 and words[index - 1].plain in size_words
        following = nxt.plain if nxt is not None else None
        before_multiplier = following in MULTIPLIERS
        if index > 0 and words[index - 1].plain in _SUBJECTS.get(lang, ()):
            continue  # « comment on dit cent ml », "they ate two": a verb after its subject
        if before_multiplier and word.plain in PREPOSITIONS and following in ("cent", "mille"):
            continue
        if known is not None and _after_sign(words, index, lang):
            word.plain = word.surface = spelled[homophones[word.plain]]
            continue
        if word.plain in PREPOSITIONS and not is_measure(nxt):
            continue  # "de sachets", "paquet de capsules": the preposition before a count
        then = words[index + 2] if index + 2 < len(words) else None
        if word.plain in PREPOSITIONS and nxt is not None and _elided(nxt, then):
            nxt.stop = True  # « de l anti-algues »: "de l'" with the apostrophe lost, no 2 l
            continue
        value = homophones[word.plain]
        if is_unit(nxt) or before_multiplier or (after_size and (nxt is None or is_unit(nxt))):
            word.plain = spelled[value]
        elif known is not None and (
            _half_after(words, index, lang, after_size)
            or _by_decimal_mark(words, index, lang)
            or _units_of_tens(words, index, value, lang, known)
            or _hundreds_of(words, index, value, lang, known)
        ):
            # Part of a number said in several words: spelt so as said too, for the
            # number to read the same when its words are read again apart.
            word.plain = word.surface = spelled[value]


def _after_sign(words: list[Word], at: int, lang: str) -> bool:
    """« numéro de six pièces »: right after a number sign, where a number ends (before
    another number, a unit or nothing), a homophone is the number (« numéro de série »: a
    word follows)."""
    if at == 0 or words[at - 1].plain not in lang_table(NUMBER_SIGNS, lang):
        return False
    nxt = words[at + 1] if at + 1 < len(words) else None
    return nxt is None or _number_word(nxt, lang) or is_unit(nxt)


def _half_after(words: list[Word], at: int, lang: str, after_size: bool) -> bool:
    """ "and a half", « et demi » said right after ``at``, after a size word or before a unit:
    "size to and a half", "to and a half liters" are 2.5."""
    said = tuple(w.plain for w in words[at + 1 : at + 4])
    for half in lang_table(HALVES_SAID, lang):
        if said[: len(half)] == half:
            end = at + 1 + len(half)
            return after_size or (end < len(words) and is_unit(words[end]))
    return False


def _number_word(word: Word | None, lang: str) -> bool:
    return word is not None and (word.number is not None or word.plain in lang_table(NUMBERS, lang))


def _by_decimal_mark(words: list[Word], at: int, lang: str) -> bool:
    """ "two point to five", "ate point eight": a homophone right after a decimal mark said
    after a number is a digit of its decimals; one right before a decimal mark said before
    a number is its units (not a function word there: "switch to point five")."""
    marks = lang_table(DECIMAL_MARK, lang)
    if at > 1 and words[at - 1].plain in marks and _number_word(words[at - 2], lang):
        return True
    return (
        at + 2 < len(words)
        and words[at + 1].plain in marks
        and _number_word(words[at + 2], lang)
        and not function_word(words[at].plain, lang)
    )


def _units_of_tens(
    words: list[Word], at: int, value: int, lang: str, known: Callable[[str], bool] | None
) -> bool:
    """ "twenty ate c", « quarante si »: a homophone of a digit right after a tens word is
    its units, where the catalog has the number they make; not before another number
    ("twenty to thirty" is a range), nor a preposition (« trente de large »). A function word
    only where the number may end: last, or before a unit or a letter (« trente si y en a »
    is "if there is any")."""
    if known is None or at == 0 or not 0 < value < 10 or words[at].plain in PREPOSITIONS:
        return False
    tens = lang_table(NUMBERS, lang).get(words[at - 1].plain)
    nxt = words[at + 1] if at + 1 < len(words) else None
    if tens not in TENS or words[at - 1].number is not None or _number_word(nxt, lang):
        return False
    letter = nxt is not None and len(nxt.plain) == 1 and not function_word(nxt.plain, lang)
    ends = nxt is None or is_unit(nxt) or letter
    if function_word(words[at].plain, lang) and not ends:
        return False
    return known(str(tens + value))


def _hundreds_of(
    words: list[Word], at: int, value: int, lang: str, known: Callable[[str], bool] | None
) -> bool:
    """« sang quarante-trois », "won forty three", "to fifty": a homophone right before a
    number said in words is its hundreds (French says "cent", English the digit alone: 143),
    or the units before hundredths (2.50 dioptres), where the catalog has the whole and not
    the number said after it. A digit's homophone not after a number ("ten to twenty" is a
    range; « soixante sang dix » is 60-110), and in French not a function word (« si
    cinquante grammes » is "if fifty grams": French says hundreds with « cent »)."""
    if known is None or at + 1 >= len(words):
        return False
    if value < 10 and at and _number_word(words[at - 1], lang):
        return False
    if value < 10 and lang != "en" and function_word(words[at].plain, lang):
        return False
    nxt = words[at + 1]
    if nxt.number is not None or nxt.plain not in lang_table(NUMBERS, lang):
        return False
    after, _ = number_run(words, at + 1, lang)
    if not 0 < after < 100 or known(str(after)):
        return False
    if value == 100:
        return known(str(100 + after))
    if not 0 < value < 10 or after < 10:
        return False
    hundredths = canonical_number(value + Decimal(after) / 100)
    return (lang == "en" and known(str(value * 100 + after))) or known(hundredths)


def _elided(word: Word | None, then: Word | None) -> bool:
    """A one-letter unit ("l") before a word of letters that is no unit: an article whose
    apostrophe was lost (« de l eau »)."""
    return (
        word is not None
        and len(word.surface) == 1
        and then is not None
        and then.number is None
        and then.plain.isalpha()
        and then.plain not in UNIT_CANON
    )
