"""Sizes and quantities as people say them.

After :func:`catalog.numbers.read_numbers_and_units` has read numbers and units,
:func:`catalog.normalise.analyse` reads here what the numbers measure (:func:`read_sizes`):

- halves ("un litre et demi" → ``1.5 l``, "un demi-kilo", "half a kilo" → ``0.5 kg``);
- French compound amounts ("un mètre soixante-dix" → ``1.7 m``, "un litre cinq" → ``1.5 l``);
- in queries, a number that says how many rather than how big ("deux savons", "... times
  two") and an article that is a word for one ("une paire") dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from itertools import pairwise

from catalog.folding import singular, strip_accents
from catalog.fractions import read_parts
from catalog.lexicon import function_word, hesitation
from catalog.number_words import DECIMAL_MARK, HALVES_SAID, NUMBER_SIGNS, ONE_ARTICLES, PLUS
from catalog.numbers import SIZE_MARKERS, Word, canonical_number, lang_table
from catalog.units import (
    COUNT_UNITS,
    DIMENSION_MARKS,
    MEASURE_UNITS,
    PERCENT,
    UNIT_CANON,
    as_unit,
    is_measure,
    is_unit,
)

__all__ = ["half_words", "read_sizes"]

# "un demi-litre", "half a kilo", "a half liter": half of the unit that follows.
_HALF_UNIT = {"fr": (("demi",), ("demie",)), "en": (("half", "a"), ("half",))}
# Quantities: "... times two", "... fois deux", "... en deux exemplaires", "... two of them",
# "four of those ...", « trois de ces ... », "... quantity six", « ... il m'en faut deux »,
# "... make it five", "... i'll need 2", "... two total".
_QUANTITY_BEFORE = {
    "fr": (("fois",), ("quantite",), ("m", "en", "faut"), ("en", "veux"), ("en", "prends")),
    "en": (("times",), ("quantity",), ("make", "it"), ("i", "ll", "need"), ("i", "ll", "take")),
}
_TIMES = frozenset({"fois", "times"})  # "times two" may be a power: "2x" (a magnifier)
_QUANTITY_AFTER = {
    "fr": (("exemplaire",), ("exemplaires",), ("fois",), ("de", "ces"), ("d", "ces")),
    "en": (("of", "them"), ("of", "those"), ("of", "these"), ("of", "the"), ("total",)),
}
# The most items a shopper asks for in one breath: a larger number said before the name is a
# size or a count ("les quarante sachets", "twenty eight inch"), not how many.
MAX_QUANTITY = 10
# English packs named by their count, in the singular ("a six pack", "a 12-pack of ...").
_COMPOUND_PACKS = frozenset({"pack", "pk", "count", "ct"})
# What follows a container said with how many ("three bags of", « deux paquets de »).
_OF = frozenset({"of", "de", "d"})
# Words for one that are also articles: before a count noun, an article ("une paire").
_ARTICLES = {"fr": {"un", "une"}}
_PAIRS = frozenset({"pair", "paire"})
# French sizes said as "un mètre soixante-dix", "un litre cinq", "deux kilos cinq cents".
_COMPOUND_UNITS = {"fr": {"m", "l", "kg"}}


def _is_count(word: Word | None) -> bool:
    """A count noun ("capsules", "pièces"), not a measure ("ml")."""
    if word is None or word.number is not None:
        return False
    return word.plain not in MEASURE_UNITS and singular(word.plain) in COUNT_UNITS


def _number_at(words: list[Word], index: int) -> bool:
    return index < len(words) and words[index].number is not None


def _dimension(words: list[Word], index: int, known: Callable[[str], bool] | None) -> bool:
    """The number at ``index``, a mark and a number make a dimension the catalog writes
    ("15x70"): « quinze fois soixante-dix » are binoculars, « deux cents fois deux » two
    packs of 200."""
    return (
        index >= 0
        and _number_at(words, index)
        and _number_at(words, index + 2)
        and known is not None
        and known(f"{words[index].number}x{words[index + 2].number}")
    )


def _halves(words: list[Word], lang: str) -> list[Word]:
    """ "un litre et demi" → 1.5 l, "one and three quarter meters" → 1.75 m; "un demi-kilo",
    "half a kilo" → 0.5 kg."""
    out: list[Word] = []
    index = 0
    while index < len(words):
        word = words[index]
        half_unit = next(
            (
                half
                for half in lang_table(_HALF_UNIT, lang)
                if tuple(w.plain for w in words[index : index + len(half)]) == half
                and is_measure(words[index + len(half)] if index + len(half) < len(words) else None)
            ),
            None,
        )
        if half_unit is not None:
            said = words[index : index + len(half_unit)]
            surface = " ".join(w.surface for w in said)
            out.append(Word(surface, strip_accents(surface), said[-1].glued, "0.5", len(said)))
            index += len(half_unit)
            continue
        unit = UNIT_CANON.get(word.plain) if word.number is None and not word.stop else None
        part = _part_after(words, index + 1, lang) if unit in MEASURE_UNITS else None
        if unit and part is not None and not (out and out[-1].number is not None):
            # "an inch and a half", « mètre et demi »: one unit and the part (the article, or
            # the "one" the recogniser dropped, said nothing else).
            article = out and out[-1].plain in _ONE_BEFORE_UNIT.get(lang, ())
            said = [*out[-1:], word] if article else [word]
            if article:
                out.pop()
            surface = " ".join(w.surface for w in said)
            value = canonical_number(1 + Decimal(part[1]))
            number = Word(surface, strip_accents(surface), False, value, len(said))
            out += [number, Word(word.surface, unit, word.glued)]
            index += 1 + part[0]
            continue
        out.append(word)
        index += 1
        if word.number is None:
            continue
        skip = 1 if is_unit(words[index] if index < len(words) else None) else 0
        part = _part_after(words, index + skip, lang)
        if part is not None:
            word.number = canonical_number(Decimal(word.number) + Decimal(part[1]))
            out.extend(words[index : index + skip])
            index += skip + part[0]
    return out


_ONE_BEFORE_UNIT = {"fr": frozenset({"un", "une"}), "en": frozenset({"a", "an", "one"})}


def _part_after(words: list[Word], at: int, lang: str) -> tuple[int, str] | None:
    """How many words from ``at`` say "and a half" (« et demi »…) and what they add (read as
    said: "quarts" may have been read as a unit already)."""
    for half, added in lang_table(HALVES_SAID, lang).items():
        if tuple(strip_accents(w.surface) for w in words[at : at + len(half)]) == half:
            return len(half), added
    return None


def _compound_amounts(words: list[Word], lang: str) -> list[Word]:
    """ "un mètre soixante-dix" → 1.7 m, "un litre cinq" → 1.5 l: a number after the unit,
    with no unit of its own, is the fraction of the unit."""
    units = _COMPOUND_UNITS.get(lang, set())
    out: list[Word] = []
    index = 0
    while index < len(words):
        word = words[index]
        out.append(word)
        index += 1
        if word.number is None or "." in word.number or index + 1 >= len(words):
            continue
        unit, fraction = words[index], words[index + 1]
        after = words[index + 2] if index + 2 < len(words) else None
        if (
            unit.plain in units
            and not unit.stop
            and fraction.number is not None
            and "." not in fraction.number
            and int(fraction.number) < 1000
            and not is_unit(after)
            and (after is None or (after.number is None and after.plain != PERCENT))
        ):
            digits = len(fraction.number) if int(fraction.number) >= 10 else 1
            value = Decimal(word.number) + Decimal(fraction.number) / (10**digits)
            word.number = canonical_number(value)
            word.surface = f"{word.surface} {unit.surface} {fraction.surface}"
            out.append(unit)
            index += 2
    return out


def _articles_and_quantities(
    words: list[Word], lang: str, known: Callable[[str], bool] | None = None
) -> None:
    """A lone "un"/"one" is an article unless a unit follows or a size word precedes; a
    leading number with no unit is a quantity ("deux savons"). Neither names the product."""
    size_words = lang_table(SIZE_MARKERS, lang)
    decimal_marks = lang_table(DECIMAL_MARK, lang)
    for index, word in enumerate(words):
        if word.number is None or word.number.startswith("-") or "." in word.number:
            continue  # (a number below zero or a part is no count: "minus two", "1/4 de meule")
        if any(said in decimal_marks for said in word.plain.split()) or re.search(
            r"\d[.,]\d", word.plain
        ):
            continue  # "five point zero", "5.0": a decimal (a shade), said whole, is no count
        nxt = words[index + 1] if index + 1 < len(words) else None
        prev = words[index - 1] if index else None
        if prev is not None and prev.plain == PLUS.get(lang):
            continue  # « plus un », "plus one": a value with its sign (dioptres)
        after = tuple(w.plain for w in words[index + 1 : index + 3])
        said = tuple(w.plain for w in words[max(0, index - 3) : index])
        before = next((q for q in lang_table(_QUANTITY_BEFORE, lang) if said[-len(q) :] == q), None)
        marks = lang_table(DIMENSION_MARKS, lang)
        if before and before[-1] in marks and _dimension(words, index - 2, known):
            before = None  # « quinze fois soixante-dix »: 15 x 70, binoculars
        if before and known is not None and before[-1] in _TIMES and known(f"{word.number}x"):
            before = None  # "barlow lens times two" where the catalog has its 2x: a power
        if before and not is_unit(nxt):
            for said_word in words[index - len(before) : index]:
                said_word.stop = True  # "make it", "quantity": the shopper's words
        dimension = bool(after) and after[0] in marks and _dimension(words, index, known)
        if (before and not is_unit(nxt)) or (
            not dimension and any(after[: len(q)] == q for q in lang_table(_QUANTITY_AFTER, lang))
        ):
            word.stop = True  # "... times two", "... en deux exemplaires": how many
            continue
        pack = index > 1 and words[index - 2].plain in size_words
        if pack and prev is not None and prev.plain in ("de", "of"):
            continue  # "lot de six", "pack of six"
        if lang == "en" and nxt is not None and nxt.surface in _COMPOUND_PACKS:
            continue  # "a six pack", "12-pack": one pack of that many ("two packs": how many)
        few = Decimal(word.number) <= MAX_QUANTITY
        # "four x vent debout wiper blade": how many; "magnifying mirror ten x" ends the
        # request, as "10x" ends a title: a size.
        times = (
            nxt is not None
            and nxt.plain in ("x", "×")
            and index + 2 < len(words)
            and not _number_at(words, index + 2)
        )
        # ... unless the catalog writes that magnification and a name comes first ("mirabo
        # three x reading magnifier": the 3x).
        magnified = (
            known is not None
            and known(f"{word.number}x")
            and not all(function_word(w.plain, lang) for w in words[:index])
        )
        if few and times and nxt is not None and not magnified:
            word.stop = nxt.stop = True
            continue
        if few and _is_count(nxt) and index + 2 < len(words) and words[index + 2].plain in _OF:
            # "three bags of ...", « deux paquets de ... »: how many of what follows; "one pair
            # of" in a shop that sells pairs and singles names the pair.
            word.stop = True
            count = words[index + 1]
            named = word.number == "1" and known is not None and known(singular(count.plain))
            count.stop = not named
            continue
        if prev is not None and prev.plain in size_words:
            continue
        if (
            nxt is not None
            and nxt.plain in lang_table(DIMENSION_MARKS, lang)
            and _number_at(words, index + 2)
        ):
            continue  # "four x five meters", "nine by twelve": a dimension, not how many
        # A quantity opens the request: only function words before it ("tu as quatre ...").
        leading = all(function_word(w.plain, lang) and w.number is None for w in words[:index])
        article = word.words == 1 and word.number == "1" and word.plain in _ARTICLES.get(lang, ())
        if _is_count(nxt) and article and not _one_counted(words, index, known):
            word.stop = True  # "une paire": an article, as "la paire" ("one battery" is a size)
            continue
        if _is_count(nxt):
            # "48 capsules" is a size; "deux capsules ... quarante-huit capsules" asks for two
            if not (leading and any(w.number is not None for w in words[index + 2 :])):
                continue
        elif is_unit(nxt) or is_unit(_past_hesitations(words, index + 1, lang)):
            continue  # « un bah litre », "two uh liters": a unit still follows
        # A bare number before the product, when the size comes later with its unit ("two
        # saar max glue stick 40 g"), is how many.
        sized_later = any(
            w.number is not None and is_unit(after)
            for w, after in zip(words[index + 2 :], words[index + 3 :], strict=False)
        )
        # Shoppers ask for a few of a thing; a larger number said first is its size or count
        # ("les quarante sachets", "twenty eight inch tire").
        if (word.words == 1 and word.number == "1" and not word.surface[0].isdigit()) or (
            few
            and (
                (leading and nxt is not None)  # "deux savons", "deux 18 volts"
                or (sized_later and nxt is not None and nxt.number is None)
            )
        ):
            word.stop = True


def _past_hesitations(words: list[Word], at: int, lang: str) -> Word | None:
    """The first word from ``at`` that is no hesitation, or None."""
    while at < len(words) and hesitation(words[at].plain, lang):
        at += 1
    return words[at] if at < len(words) else None


def read_sizes(
    words: list[Word],
    lang: str,
    *,
    query: bool = False,
    known: Callable[[str], bool] | None = None,
) -> list[Word]:
    """Halves and compound amounts read into their number; in a query, how many marked stop
    (``known``: whether the catalog has a word)."""
    words = read_parts(_compound_amounts(_halves(words, lang), lang), lang)
    for at in range(1, len(words)):
        before = words[at - 1]
        if before.plain in _OF and at > 1:
            before = words[at - 2]  # « 3/4 de pouce »
        if before.number is not None and not before.stop:
            words[at] = as_unit(words[at])  # "three quarter inch": a number read late
    signs = lang_table(NUMBER_SIGNS, lang)
    for word, nxt in pairwise(words):
        if word.plain in signs and nxt.number is not None:
            word.stop = True  # "n° 3", « numéro trois »: the number says it
    if query:
        words = _one_of_a_count(words, lang, known)
        _articles_and_quantities(words, lang, known)
    return words


def _one_counted(words: list[Word], index: int, known: Callable[[str], bool] | None) -> bool:
    """ "une paire", "a pair" where titles count in pairs, "1 pair" among "3 pairs": one
    pair, a size (not before "de"/"of": "a pair of gloves" is how many). Other counts stay
    articles: « une pièce », "a unit" say how many."""
    count = words[index + 1] if index + 1 < len(words) else None
    then = words[index + 2] if index + 2 < len(words) else None
    return (
        known is not None
        and count is not None
        and singular(count.plain) in _PAIRS
        and known(singular(count.plain))
        and known("1")
        and (then is None or then.plain not in _OF)
    )


def _one_of_a_count(
    words: list[Word], lang: str, known: Callable[[str], bool] | None
) -> list[Word]:
    """ "a pair" read as one of that count where the catalog counts in it."""
    out = list(words)
    for index, word in enumerate(words):
        if word.plain in lang_table(ONE_ARTICLES, lang) and _one_counted(words, index, known):
            out[index] = Word(word.surface, word.plain, word.glued, "1", 1)
    return out


def half_words(lang: str) -> frozenset[str]:
    """The words of "et demi", "and a half", "and a quarter": they change how the number before
    them reads."""
    return frozenset(w for half in lang_table(HALVES_SAID, lang) for w in half)
