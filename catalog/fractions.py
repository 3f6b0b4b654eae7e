"""Parts and dozens said in words, read as the number a title writes: « un quart de meule » and
"1/4 de meule" are 0.25, « un huitième » 0.125, "two dozen" 24, "half a dozen" 6, "five reams" 2,500 (« demi »
stays a word: a « demi-baguette » is a product of its own); a part of a unit is that much of
it (« un quart de litre » 0.25 l, "three quarters of an ounce" 0.75 oz); hundredths and
tenths count the unit's parts (« vingt-cinq centièmes » 0.25, the trades' "25/100 mm").
Titles and queries both go through :func:`read_parts` (digits: "1/4" is read in
:func:`catalog.normalise.analyse`)."""

from __future__ import annotations

from decimal import Decimal

from catalog.folding import strip_accents
from catalog.number_words import PART_DENOMINATORS, TENTHS_DENOMINATORS, lang_table
from catalog.units import UNIT_CANON, is_measure
from catalog.word_record import Word, canonical_number

__all__ = ["read_parts"]

# Words said for a part without a number before them.
_PARTS: dict[str, dict[tuple[str, ...], str]] = {
    "fr": {},
    "en": {("a", "quarter"): "0.25", ("an", "eighth"): "0.125", ("quarter",): "0.25",
           ("eighth",): "0.125", ("a", "sixteenth"): "0.0625", ("sixteenth",): "0.0625"},
}  # fmt: skip
# Words between a part and the unit it is part of (« un quart de litre », "three quarters of
# an ounce": the article was read as 1 before the unit).
_PART_OF = {"fr": frozenset({"de", "d"}), "en": frozenset({"of"})}
_ONE_OF = {"fr": frozenset({"un", "une"}), "en": frozenset({"a", "an"})}
_DOZENS = frozenset({"douzaine", "douzaines", "dozen", "dozens"})
_HALF_DOZEN = {"fr": (("une", "demi"), ("un", "demi"), ("demi",)), "en": (("half", "a"), ("half",))}
DOZEN = 12
# A ream is 500 sheets: "five reams", « cinq ramettes » are the box of 2,500 sheets, "a ream"
# the 500 (a title writes the sheets; « ramette de papier » with no number stays a word).
_REAMS = frozenset({"ream", "reams", "ramette", "ramettes"})
REAM = 500


def read_parts(words: list[Word], lang: str) -> list[Word]:
    """``words`` with parts and dozens said in words read as one number each."""
    out: list[Word] = []
    spoken = [strip_accents(w.surface) for w in words]
    index = 0
    while index < len(words):
        word = words[index]
        said = spoken[index:]
        if said and said[0] in _DOZENS:
            out, word = _dozens(out, word, lang)
            out.append(word)
            index += 1
            continue
        if said and said[0] in _HALF and len(words) > index + 1 and _unit_word(words[index + 1]):
            out.append(_number([word], Decimal("0.5")))  # "half inch", « demi-pouce »
            index += 1
            continue
        if said and said[0] in _REAMS and out and _reams(out[-1], lang):
            out[-1] = _number([out[-1], word], Decimal(_reams(out[-1], lang) * REAM))
            index += 1
            continue
        denominator = lang_table(PART_DENOMINATORS, lang).get(said[1]) if len(said) > 1 else None
        numerator = int(word.number) if word.number and word.number.isdigit() else 0
        if denominator and 0 < numerator < denominator:
            said_part = _number(words[index : index + 2], Decimal(numerator) / denominator)
            out = _with_whole(out, said_part, lang)
            index += 2 + _of_the_unit(words, index + 2, lang)
            continue
        tenths = lang_table(TENTHS_DENOMINATORS, lang).get(said[1]) if len(said) > 1 else None
        if tenths and 0 < numerator < tenths:
            out.append(_number(words[index : index + 2], Decimal(numerator) / tenths))
            index += 2
            continue
        part = next(
            (
                (phrase, value)
                for phrase, value in lang_table(_PARTS, lang).items()
                if tuple(said[: len(phrase)]) == phrase and not _dozen_after(said, len(phrase))
            ),
            None,
        )
        if part is None:
            out.append(word)
            index += 1
            continue
        phrase, part_value = part
        out.append(_number(words[index : index + len(phrase)], Decimal(part_value)))
        index += len(phrase)
        index += _of_the_unit(words, index, lang)
    return out


_HALF = frozenset({"half", "demi"})


def _unit_word(word: Word) -> bool:
    return word.number is None and not word.stop and word.plain in UNIT_CANON


_AND = {"fr": frozenset({"et"}), "en": frozenset({"and"})}


def _with_whole(out: list[Word], part: Word, lang: str) -> list[Word]:
    """``out`` then ``part``, joined to a whole number said before it with "and": "one and
    three quarter inch" is 1.75 (as a title's "1 3/4 in")."""
    if len(out) > 1 and strip_accents(out[-1].surface) in lang_table(_AND, lang):
        whole = out[-2].number
        if whole is not None and whole.isdigit():
            value = Decimal(whole) + Decimal(part.number or 0)
            return [*out[:-2], _number([out[-2], out[-1], part], value)]
    return [*out, part]


def _of_the_unit(words: list[Word], at: int, lang: str) -> int:
    """How many words after a part only say which unit it is part of: « (un quart) de
    litre », "(three quarters) of an ounce" (« de » was read as a 2 before the unit, "an" as
    a 1); 0 where no measure unit follows them (« un quart de meule »)."""
    spoken = [strip_accents(w.surface) for w in words[at : at + 2]]
    if not spoken or spoken[0] not in lang_table(_PART_OF, lang):
        return 0
    skip = 2 if len(spoken) > 1 and spoken[1] in lang_table(_ONE_OF, lang) else 1
    return skip if at + skip < len(words) and is_measure(words[at + skip]) else 0


def _dozen_after(said: list[str], at: int) -> bool:
    return at < len(said) and said[at] in _DOZENS  # « une demi-douzaine »: the dozen reads it


def _dozens(out: list[Word], dozen: Word, lang: str) -> tuple[list[Word], Word]:
    """The words before a dozen that say how many of it: "two dozen" 24, "half a dozen" 6."""
    for phrase in lang_table(_HALF_DOZEN, lang):
        before = [strip_accents(w.surface) for w in out[-len(phrase) :]]
        if len(out) >= len(phrase) and tuple(before) == phrase:
            spoken = [*out[-len(phrase) :], dozen]
            return out[: -len(phrase)], _number(spoken, Decimal(DOZEN) / 2)
    if out and out[-1].number is not None and "." not in out[-1].number:
        count = Decimal(out[-1].number)
        if 1 < count <= DOZEN:
            return out[:-1], _number([out[-1], dozen], count * DOZEN)
    return out, dozen


def _reams(before: Word, lang: str) -> int:
    """How many reams the word before "ream(s)" says (0: none; "a", « une » are one)."""
    if before.number is not None:
        return int(before.number) if before.number.isdigit() else 0
    return 1 if strip_accents(before.surface) in lang_table(_ONE_OF, lang) else 0


def _number(spoken: list[Word], value: Decimal) -> Word:
    surface = " ".join(w.surface for w in spoken)
    words = sum(w.words for w in spoken)
    return Word(surface, strip_accents(surface), spoken[-1].glued, canonical_number(value), words)
