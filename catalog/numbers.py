"""Numbers and units as people say them.

Speech recognisers hand us numbers spelt out, units in every form and number words misheard.
:func:`catalog.normalise.analyse` reads them here (:func:`read_numbers_and_units`), then reads
sizes and quantities in :mod:`catalog.sizes`:

- number words read as digits ("quatre-vingt-dix-neuf" → ``99``, "one point five" → ``1.5``,
  "two fifty grams" → ``250 g``), a number word cut in two joined back ("thi rty");
- units spelt one way ("millilitres", "milliliters" → ``ml``);
- a homophone read as the number it stands for where a number is surely meant ("ocean to
  l" → ``2 l``, "twenty ate c" → ``28 c``: :mod:`catalog.number_homophones`);
- in queries, a slip in a number or unit word forgiven ("quuarante", "graammes").

The word record (:class:`Word`, :mod:`catalog.word_record`) and the small helpers the
tokeniser shares are re-exported here, so that :mod:`catalog.normalise` imports this module and
never the other way round; slips and run-together number words are undone in
:mod:`catalog.number_slips`, number words added up in :mod:`catalog.number_runs`. The word
tables read here (number words, homophones, size markers ...) are in :mod:`catalog.number_words`;
the names other modules import from here (``SIZE_MARKERS``, ``lang_table`` ...) are re-exported.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from decimal import Decimal

from catalog.folding import strip_accents
from catalog.lexicon import hesitation
from catalog.number_homophones import read_homophones
from catalog.number_runs import number_run
from catalog.number_slips import recut_number_words, respell, split_glued_numbers
from catalog.number_words import (
    DECIMAL_MARK,
    MULTIPLIERS,
    NUMBERS,
    ONE_ARTICLES,
    PART_DENOMINATORS,
    SIZE_MARKERS,
    lang_table,
    number_and_unit_words,
    number_context_words,
    numberish_words,
    spelled_digits,
)
from catalog.signed_values import signed_values
from catalog.unit_slips import glue_catalog_words, units_heard_alike
from catalog.units import (
    CUBED_AFTER,
    CUBED_BEFORE,
    LENGTH_UNITS,
    ONLY_AFTER_NUMBERS,
    SQUARED_AFTER,
    SQUARED_BEFORE,
    TITLE_LETTER_UNITS,
    UNIT_CANON,
    is_measure,
    is_unit,
)
from catalog.word_record import FUZZY_WORD_CUTOFF, FUZZY_WORD_LENGTH, Word, canonical_number

__all__ = [
    "FUZZY_WORD_CUTOFF",
    "FUZZY_WORD_LENGTH",
    "SIZE_MARKERS",
    "Word",
    "canonical_number",
    "lang_table",
    "number_and_unit_words",
    "number_context_words",
    "read_numbers_and_units",
]


MIN_CLIPPED_UNIT = 4  # letters of a unit word cut short ("centi", "milli", "kilo")


def _join_number_fragments(words: list[Word], lang: str) -> list[Word]:
    """ "thi rty five" → "thirty five", "quar ters": a number word cut in two by the
    recogniser."""
    known = number_and_unit_words(lang) | set(lang_table(PART_DENOMINATORS, lang))
    out: list[Word] = []
    for word in words:
        if out and out[-1].number is None and word.number is None:
            joined = out[-1].plain + word.plain
            # ("centi mètres": a unit cut short and the rest of it; "m l" stays two letters)
            clipped = len(out[-1].plain) >= MIN_CLIPPED_UNIT and joined in UNIT_CANON
            if joined in known and (
                clipped or not (out[-1].plain in known and word.plain in known)
            ):
                out[-1] = Word(out[-1].surface + word.surface, joined, word.glued)
                continue
        out.append(word)
    return out


def _read_numbers(words: list[Word], lang: str) -> list[Word]:
    table = lang_table(NUMBERS, lang)
    marks = lang_table(DECIMAL_MARK, lang)
    out: list[Word] = []
    i = 0
    while i < len(words):
        word = words[i]
        leading_mark = (
            word.plain in marks
            and (not out or out[-1].number is None)
            and i + 2 < len(words)
            and words[i + 1].plain in table
        )
        if leading_mark:
            # "point six liters", "point seven one mm": a decimal said without its leading
            # zero, before a unit.
            fraction, k = _fraction(words, i + 1, lang)
            if is_measure(words[k] if k < len(words) else None):
                surface = " ".join(w.surface for w in words[i:k])
                number = canonical_number(Decimal(f"0.{fraction}"))
                out.append(Word(surface, strip_accents(surface), words[k - 1].glued, number, k - i))
                i = k
                continue
        unit_at = i + 1
        if unit_at + 1 < len(words) and hesitation(words[unit_at].plain, lang):
            unit_at += 1  # « un bah litre », "a uh liter": the hesitation is no word of it
        if word.plain in lang_table(ONE_ARTICLES, lang) and is_measure(
            words[unit_at] if unit_at < len(words) else None
        ):
            # "a liter", "an ounce": one of the unit that follows.
            out.append(Word(word.surface, word.plain, word.glued, "1", 1))
            i += 1
            continue
        if word.plain == _OH and (_filler_oh(words, i, lang) or not _by_a_number(words, i, table)):
            out.append(Word(word.surface, word.plain, word.glued, stop=True))
            i += 1
            continue
        if (
            word.number is not None
            and "." not in word.number
            and _marked_after(words, i, marks, table)
        ):
            # "1 point 7 oz", « 2 virgule 5 litres »: digits written around a decimal mark said.
            nxt = words[i + 2]
            if nxt.number is not None:
                text, j = f"{word.number}.{nxt.number}", i + 3
            else:
                digits, j = _fraction(words, i + 2, lang)
                text = f"{word.number}.{digits}"
            surface = " ".join(w.surface for w in words[i:j])
            number = canonical_number(Decimal(text))
            out.append(Word(surface, strip_accents(surface), words[j - 1].glued, number, j - i))
            i = j
            continue
        pronoun = word.plain in ("un", "une") and i > 0 and words[i - 1].plain == "l"
        if word.number is not None or word.plain not in table or pronoun:
            out.append(word)  # « l'un » is a pronoun (or a brand heard: « l'un gri »)
            i += 1
            continue
        value, j = number_run(words, i, lang)
        while j < len(words) and _said_again(words[j], words[j - 1]):
            j += 1  # "twelve hundred hundred": the multiplier said again is no new number
        if lang == "en" and j == i + 1 and value < 10 and j < len(words):
            # "two fifty grams", "one twenty five ml": hundreds said without "hundred".
            tens, k = number_run(words, j, lang)
            if k > j and 10 <= tens < 100 and is_unit(words[k] if k < len(words) else None):
                value, j = value * 100 + tens, k
        text = str(value)
        if j + 1 < len(words) and words[j].plain in marks:
            after = j + 1
            if hesitation(words[after].plain, lang) and after + 1 < len(words):
                after += 1  # "un virgule euh cinq litres"
            nxt = words[after]
            if nxt.number is not None and "." not in nxt.number:
                text, j = f"{value}.{nxt.number}", after + 1
            elif nxt.plain in table:
                digits, k = _fraction(words, after, lang)
                text, j = f"{value}.{digits}", k
        surface = " ".join(w.surface for w in words[i:j])
        out.append(
            Word(
                surface,
                strip_accents(surface),
                words[j - 1].glued,
                canonical_number(Decimal(text)),
                j - i,
            )
        )
        i = j
    return out


_OH = "oh"


def _marked_after(
    words: list[Word], at: int, marks: Collection[str], table: Mapping[str, int]
) -> bool:
    """A decimal mark after the number at ``at``, then the digits of a fraction: a whole
    number written in digits, or a number word."""
    if at + 2 >= len(words) or words[at + 1].plain not in marks:
        return False
    nxt = words[at + 2]
    if nxt.number is not None:
        return nxt.number.isdigit()
    return nxt.plain in table


def _said_again(word: Word, previous: Word) -> bool:
    return word.number is None and word.plain in MULTIPLIERS and word.plain == previous.plain


def _filler_oh(words: list[Word], at: int, lang: str) -> bool:
    """ "oh" before a number of two digits or more is a hesitation ("heater oh 50 watts"):
    a code says its digits one by one ("h oh seven"), never "oh fifty"."""
    if at + 1 >= len(words):
        return False
    nxt = words[at + 1]
    if nxt.number is not None:
        return len(nxt.number.split(".")[0]) >= 2
    value, end = number_run(words, at + 1, lang)
    return end > at + 1 and value >= 10


def _by_a_number(words: list[Word], at: int, table: Mapping[str, int]) -> bool:
    """A number said next to ``at``: "oh" is zero only among numbers ("h oh seven", "two oh
    four"), else an interjection ("cavalier oh halters", "shoe oh polish")."""
    return any(
        0 <= near < len(words) and (words[near].number is not None or words[near].plain in table)
        for near in (at - 1, at + 1)
    )


def _fraction(words: list[Word], start: int, lang: str) -> tuple[str, int]:
    """The digits after a decimal mark: a number ("point twenty five"), or digits said one
    by one ("one point seven five meters" is 1.75, not 1.7 and 5)."""
    table = lang_table(NUMBERS, lang)
    value, end = number_run(words, start, lang)
    if end != start + 1 or value >= 10:
        return str(value), end
    digits = str(value)
    while end < len(words) and words[end].number is None and table.get(words[end].plain, 10) < 10:
        digits += str(table[words[end].plain])
        end += 1
    return digits, end


_LENGTH_AFTER = frozenset({"long", "wide", "high", "deep"})


def _units(
    words: list[Word], lang: str, title: bool = False, known: Callable[[str], bool] | None = None
) -> None:
    """Spell units one way ("millilitres" → ``ml``), where they are units; a letter unit
    written apart right after a number too ("10 A" → ``10 amp``, not the code "5A"): in a
    ``title``, and in a query where the catalog ``known`` has the unit ("40 a 30 ma")."""
    numberish = numberish_words(lang)
    _fluid_ounces(words, numberish)
    for index, word in enumerate(words):
        prev = words[index - 1] if index else None
        letter = TITLE_LETTER_UNITS.get(word.surface) if prev and not prev.glued else None
        if (
            letter
            and prev is not None
            and prev.number is not None
            and (title or (known is not None and known(letter)))
        ):
            words[index] = Word(word.surface, letter, word.glued)
            continue
        canon = UNIT_CANON.get(word.plain)
        if canon and not word.stop:
            # A unit word that opens a name ("mètre ruban") is a word, not a unit.
            prev = words[index - 1] if index else None
            nxt = words[index + 1] if index + 1 < len(words) else None
            after_number = prev is not None and (prev.number is not None or prev.plain in numberish)
            opens_name = nxt is not None and nxt.number is None and nxt.plain not in numberish
            # "the soft one in standard": a spelled "one" after a word is a pronoun.
            pronoun = prev is not None and prev.plain == "one" and index > 1 and word.plain == "in"
            # "a foot long", "an inch" at the end: one of them ("a foot pump" is a word).
            one = (
                prev is not None
                and prev.plain in lang_table(ONE_ARTICLES, lang)
                and (nxt is None or nxt.plain in _LENGTH_AFTER)
            )
            if (
                canon in ONLY_AFTER_NUMBERS
                and not one
                and (
                    pronoun
                    or not (
                        prev is not None
                        and (prev.number is not None or prev.plain in spelled_digits(lang))
                    )
                )
            ):
                if word.plain == canon and canon in ("in", "ft"):
                    word.stop = True  # "slip in": a function word there
                continue  # "a foot pump": a word, not a unit
            if after_number or not opens_name or len(word.plain) <= 3:
                words[index] = Word(word.surface, canon, word.glued)


_FLUID = "fluid"
_OUNCES = frozenset({"ounce", "ounces", "oz"})


def _fluid_ounces(words: list[Word], numberish: frozenset[str]) -> None:
    """ "Three point four fluid ounces", "8 fluid ounce bottle": the "fl oz" a label writes
    (without it, "fluid" is a word no title has and "ounce" before a noun stays a word)."""
    for index in range(1, len(words) - 1):
        word, after = words[index], words[index + 1]
        before = words[index - 1]
        if (
            word.plain == _FLUID
            and after.plain in _OUNCES
            and (before.number is not None or before.plain in numberish)
        ):
            words[index] = Word("fl", "fl", word.glued)
            words[index + 1] = Word(after.surface, "oz", after.glued)


def read_numbers_and_units(
    words: list[Word],
    lang: str,
    *,
    query: bool = False,
    known: Callable[[str], bool] | None = None,
) -> list[Word]:
    """Number words read as digits and units spelt one way (in a query, slips forgiven first,
    except in a word the catalog ``known`` has: « une tente deux places » is no 32)."""
    if query:
        words = glue_catalog_words(words, lang, known)
        words = recut_number_words(split_glued_numbers(words, lang, known), lang, known)
    words = _join_number_fragments(words, lang)
    if query:
        respell(words, lang, known)
        units_heard_alike(words, lang, known)
    _units(words, lang, title=not query, known=known)
    read_homophones(words, lang, known if query else None)
    return _said_in_pairs(
        signed_values(_read_numbers(_powers(words, lang), lang), lang, known), known
    )


def _said_in_pairs(words: list[Word], known: Callable[[str], bool] | None) -> list[Word]:
    """A four-digit number said in two pairs ("twenty two eighty" mAh, « vingt-deux
    quatre-vingts ») as one, where the catalog has it and not the second pair alone; titles
    write 2280."""
    if known is None:
        return words
    out: list[Word] = []
    for word in words:
        before = out[-1] if out else None
        if before is not None and _pair_of(before, word, known):
            surface = f"{before.surface} {word.surface}"
            value = str(int(before.number or "0") * 100 + int(word.number or "0"))
            out[-1] = Word(surface, surface, word.glued, value, before.words + word.words)
        else:
            out.append(word)
    return out


def _pair_of(before: Word, word: Word, known: Callable[[str], bool]) -> bool:
    if not (_spoken_pair(before) and _spoken_pair(word)) or before.glued:
        return False
    value = int(before.number or "0") * 100 + int(word.number or "0")
    return not known(word.number or "") and known(str(value))


def _spoken_pair(word: Word) -> bool:
    """A whole number from 10 to 99 said in words (not digits)."""
    number = word.number or ""
    return number.isdigit() and 10 <= int(number) <= 99 and not word.surface[:1].isdigit()


def _powers(words: list[Word], lang: str) -> list[Word]:
    """A length said squared or cubed as the unit a title writes ("mm²" reads "mm2", "ft³"
    "ft3"): « millimètres carrés », "square feet", "sq ft", « mètres cubes », "cu ft"."""
    powers = (
        ("2", SQUARED_AFTER.get(lang, frozenset()), SQUARED_BEFORE.get(lang, frozenset())),
        ("3", CUBED_AFTER.get(lang, frozenset()), CUBED_BEFORE.get(lang, frozenset())),
    )
    out: list[Word] = []
    skip = False
    for index, word in enumerate(words):
        if skip:
            skip = False
            continue
        nxt = words[index + 1] if index + 1 < len(words) else None
        if nxt is None or word.number is not None:
            out.append(word)
            continue
        unit = UNIT_CANON.get(nxt.plain)
        for power, after, before in powers:
            if word.plain in LENGTH_UNITS and nxt.plain in after:
                out.append(Word(f"{word.surface} {nxt.surface}", word.plain + power, nxt.glued))
                skip = True
                break
            if word.plain in before and unit in LENGTH_UNITS and nxt.number is None:
                out.append(Word(f"{word.surface} {nxt.surface}", unit + power, nxt.glued))
                skip = True
                break
        else:
            out.append(word)
    return out
