"""Unit words and catalog words a recogniser wrote otherwise beside a number, put right before
numbers are read (:func:`catalog.numbers.read_numbers_and_units`, queries only):

- **a catalog word cut into a number or unit word and another** ("quarter horn" for the brand
  Quarterhorn, "pack horse" for Packhorse): glued back, or "quarter" would be read 0.25;
- **an English unit word spelt as it sounds** ("two pownds", "sixty meeters", "2 leeters"): right after
  a number, a word no catalog name has that sounds as one measure unit of the language, its
  vowels aside, is that unit (three consonants at least: « pièces » is no « pouces »).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from catalog.folding import singular
from catalog.number_words import (
    NUMBER_HOMOPHONES,
    NUMBERS,
    PART_DENOMINATORS,
    lang_table,
    number_and_unit_words,
)
from catalog.phonetics import spoken_sound, vowels_aside
from catalog.units import MEASURE_UNITS, UNIT_CANON
from catalog.word_record import Word

__all__ = ["glue_catalog_words", "units_heard_alike"]

MIN_CATALOG_GLUE = 7  # letters of a catalog word a number or unit word was cut from


def glue_catalog_words(
    words: list[Word], lang: str, catalog_has: Callable[[str], bool] | None
) -> list[Word]:
    """A catalog word the recogniser cut into a number or unit word and another ("quarter
    horn" for the brand Quarterhorn, "pack horse" for Packhorse), glued back before numbers
    are read: read first, "quarter" would be 0.25 and the name lost."""
    if catalog_has is None:
        return words
    swallowed = _swallowed_words(lang)
    out: list[Word] = []
    for word in words:
        if out and _cut_from_catalog_word(out[-1], word, swallowed, catalog_has):
            last = out[-1]
            out[-1] = Word(last.surface + word.surface, last.plain + word.plain, word.glued)
            continue
        out.append(word)
    return out


def _cut_from_catalog_word(
    left: Word, right: Word, swallowed: frozenset[str], catalog_has: Callable[[str], bool]
) -> bool:
    joined = left.plain + right.plain
    return (
        left.number is None
        and right.number is None
        and (left.plain in swallowed or right.plain in swallowed)
        and joined.isalpha()
        and len(joined) >= MIN_CATALOG_GLUE
        and catalog_has(singular(joined))
    )


@lru_cache(maxsize=8)
def _swallowed_words(lang: str) -> frozenset[str]:
    """Words number reading turns into something else: number, part and unit words, and the
    words heard for numbers."""
    return (
        number_and_unit_words(lang)
        | frozenset(lang_table(PART_DENOMINATORS, lang))
        | frozenset(lang_table(NUMBER_HOMOPHONES, lang))
    )


MIN_UNIT_SOUND = 3  # letters of a word heard for a unit ("pond" for pound; "lb" is spelt)
MIN_UNIT_CONSONANTS = 3  # a sound with fewer tells no unit (« pièces » is no « pouces »)
_LOCALES = {"fr": "fr-FR", "en": "en-US"}


def units_heard_alike(
    words: list[Word], lang: str, catalog_has: Callable[[str], bool] | None
) -> None:
    """A word right after a number that sounds as one unit of the language, its vowels aside,
    is that unit ("two pownds", "60 meeters"); a word the catalog has is left as said."""
    if lang != "en":
        return  # French unit words are spelt by sound already, and many words sound near
    units = _unit_sounds(lang)
    numbers = lang_table(NUMBERS, lang)
    known = number_and_unit_words(lang)
    for index in range(1, len(words)):
        before, word = words[index - 1], words[index]
        text = word.plain
        if (
            (before.number is None and before.plain not in numbers)
            or word.number is not None
            or len(text) < MIN_UNIT_SOUND
            or not text.isalpha()
            or text in known  # "two point five" is no pint
            or (catalog_has is not None and catalog_has(singular(text)))
        ):
            continue
        unit = units.get(_vowels_aside(text, lang))
        if unit is not None:
            word.plain = unit


def _vowels_aside(word: str, lang: str) -> str:
    return vowels_aside(spoken_sound([word], _LOCALES.get(lang, "en-US")))


@lru_cache(maxsize=4)
def _unit_sounds(lang: str) -> dict[str, str]:
    """The measure units of ``lang``'s ear by their sound with the vowels aside, with
    consonants enough to tell and of one unit only."""
    found: dict[str, set[str]] = {}
    for form, canon in UNIT_CANON.items():
        if len(form) >= MIN_UNIT_SOUND + 1 and form.isalpha() and canon in MEASURE_UNITS:
            key = _vowels_aside(form, lang)
            if sum(ch != "A" for ch in key) >= MIN_UNIT_CONSONANTS:
                found.setdefault(key, set()).add(canon)
    return {key: next(iter(canons)) for key, canons in found.items() if len(canons) == 1}
