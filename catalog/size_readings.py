"""Sizes said otherwise than the catalog writes them, read the catalog's way, for
:class:`catalog.index.TextIndex` (it knows which sizes some product has):

- **in another unit** ("vingt-cinq centilitres" for 250 ml, "half a kilo" for 500 g): read in
  the unit some product has that amount in, when no product has it as said;
- **numbers said in parts** ("one sixteen links" for 116 links, a tyre's "twenty nine two
  four" for 29 x 2.4, gauges "forty five one oh five" for 45-105, "seventy one" for 0.71 mm):
  :mod:`catalog.number_joins`;
- **a number that begins a brand or a name's phrase** ("cinq étoiles câbles" for Cinq
  Étoiles, "4 gauge jumper cables 16 ft"): read as the name's, not as how many, when the
  catalog has that number right before that word, both in a brand or both outside one (a
  count noun aside: "deux paquets de" stays how many);
- **the middle letter size in words** ("medium", « moyenne ») as the letter M, where the
  catalog has letter sizes after a size word ("size M");
- **one item sold alone** (« à la pièce », « vendu seul », "one by itself") as the catalog
  writes it (« à l'unité », "single").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from catalog.folding import language
from catalog.lexicon import LETTER_NAMES, PACK_WORDS, hesitation
from catalog.normalise import Token, analyse, query_word, word_form
from catalog.numbers import SIZE_MARKERS, canonical_number
from catalog.size_words import LETTER_SIZES, SAID_SINGLE, SINGLE_WORDS
from catalog.sizes import MAX_QUANTITY
from catalog.units import CLIPPED_UNITS, COUNT_UNITS, MEASURE_UNITS, UNITS_SAID_FOR
from catalog.variants import in_base_unit
from catalog.vocabulary import DOUBTFUL

if TYPE_CHECKING:
    from catalog.index import TextIndex

__all__ = [
    "convert_sizes",
    "letter_sizes",
    "numbers_in_names",
    "single_units",
    "split_numbers",
    "unknown_counts",
]


def _units_by_base() -> dict[str, list[tuple[str, Decimal]]]:
    """Per base unit, the units of that kind and their size in it: "ml" → [("cl", 10), ...]."""
    kinds: dict[str, list[tuple[str, Decimal]]] = {}
    for unit in sorted(MEASURE_UNITS):
        base, scale = in_base_unit(Decimal(1), unit)
        kinds.setdefault(base, []).append((unit, scale))
    return kinds


_UNITS_BY_BASE = _units_by_base()


def convert_sizes(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` with each size that no product has as said (a number, then a measure
    unit) read in another unit of the same kind in which some product has it."""
    out = list(tokens)
    lang = language(index.locale)
    for position in range(len(out) - 1):
        number = out[position]
        after = _after_hesitations(out, position + 1, lang)
        unit = out[after]
        if not number.number or number.stop or unit.text not in MEASURE_UNITS:
            continue
        if _has_size(index, number.text, unit.text):
            continue
        clipped = CLIPPED_UNITS.get(unit.surface.lower()) or UNITS_SAID_FOR.get(unit.text, ())
        fit = next((other for other in clipped if _has_size(index, number.text, other)), None)
        if fit is not None:  # "quinze centi" where the catalog has 15 cm
            out[after] = replace(unit, text=fit, keys=word_form(fit, index.locale)[1])
            continue
        for converted, other in _same_amount(Decimal(number.text), unit.text):
            if _has_size(index, converted, other):
                out[position] = replace(number, text=converted, keys=(converted,))
                keys = word_form(other, index.locale)[1]  # a unit, whatever else it was
                out[after] = replace(unit, text=other, keys=keys, stop=False, role="")
                break
    return out


FLUID_OUNCE_ML = Decimal("29.5735295625")  # a US fluid ounce: a pint is 16 of them


def _same_amount(number: Decimal, said: str) -> list[tuple[str, str]]:
    """``number`` ``said`` (a unit) written in each other unit of its kind; then, for a
    volume, in the ounces labels write fluid ones in ("a pint" is the "16 fl oz", "half a
    liter" the "16.9 fl oz"), and for ounces, in volumes ("sixteen ounces" is the pint)."""
    base, amount = in_base_unit(number, said)
    ways = [(canonical_number(amount / scale), unit) for unit, scale in _UNITS_BY_BASE[base]]
    if base == "ml":
        ways.append((canonical_number((amount / FLUID_OUNCE_ML).quantize(Decimal("0.1"))), "oz"))
    elif said == "oz":
        fluid = number * FLUID_OUNCE_ML
        ways += [(canonical_number(fluid / scale), unit) for unit, scale in _UNITS_BY_BASE["ml"]]
    return [(amount_said, unit) for amount_said, unit in ways if unit != said]


def _after_hesitations(tokens: list[Token], at: int, lang: str) -> int:
    """Where the word said at ``at`` is, after the hesitations there ("ten hmm centiliters":
    the unit is the number's still); the last token when all are hesitations."""
    while at < len(tokens) - 1 and hesitation(tokens[at].text, lang):
        at += 1
    return at


def split_numbers(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` with a number said in words that no title has read as two numbers that a
    title has together ("fifty one hundred ten" is not 5110 but the gauges "50-110")."""
    out: list[Token] = []
    lang = language(index.locale)
    for token in tokens:
        # (a hesitation inside is no part of either: "seven hundred um twenty eight")
        words = [word for word in token.surface.split() if not hesitation(word, lang)]
        if not token.number or len(words) < 2 or index.word_id(token.text) is not None:
            out.append(token)
            continue
        out += _two_numbers(index, token, words) or [token]
    return out


def _two_numbers(index: TextIndex, token: Token, words: list[str]) -> list[Token] | None:
    for cut in range(1, len(words)):
        first = _number_said(" ".join(words[:cut]), index.locale)
        second = _number_said(" ".join(words[cut:]), index.locale)
        if first is None or second is None:
            continue
        ids = index.word_id(first.text), index.word_id(second.text)
        if ids[0] is not None and ids[1] is not None and index.together(ids[0], ids[1]):
            return [replace(first, stop=token.stop), replace(second, stop=token.stop)]
    return None


def _number_said(said: str, locale: str) -> Token | None:
    """The one number ``said`` reads as, if it reads as one."""
    read = analyse(said, locale)
    return read[0] if len(read) == 1 and read[0].number else None


def letter_sizes(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` with a letter size said in words ("medium", « en large », "extra large",
    « double x l », "2xl") read as its letter where the catalog has that letter after a size
    word ("size M", « taille XXL ») and does not have the words themselves (letters said
    one by one, "x" "l", may be catalog words: "130 x 170", "2 l")."""
    lang = language(index.locale)
    letters = LETTER_SIZES.get(lang, {})
    markers = [w for w in (index.word_id(m) for m in SIZE_MARKERS.get(lang, ())) if w is not None]
    if not letters or not markers:
        return tokens

    def reading(start: int, phrase: tuple[str, ...]) -> Token | None:
        if any(len(word) > 2 and not word.isdigit() and index.knows(word) for word in phrase):
            return None
        if start > 0 and tokens[start - 1].text == "a" and phrase == ("moyen",):
            return None  # « y a moyen de »: "it can be done", no size
        wid = index.word_id(letters[" ".join(phrase)])
        if wid is None or not any(index.together(marker, wid) for marker in markers):
            return None
        letter = index.word(wid)
        said = tokens[start + len(phrase) - 1]
        return replace(said, text=letter, keys=(letter,), surface=letter, stop=False, role="")

    tokens = _read_phrases(tokens, _longest_first(tuple(letters)), reading)
    return _letters_by_name(index, tokens, markers)


MAX_SIZE_LETTERS = 3  # "double ex el" is said in three words at most


def _letters_by_name(index: TextIndex, tokens: list[Token], markers: list[int]) -> list[Token]:
    """``tokens`` with a letter size said by its letters' names right after a size word
    ("size el", « taille esse », "size ex el") read as the letters, where the catalog has
    them after a size word. Only there: « elle » is a pronoun, "es" a verb elsewhere."""
    lang = language(index.locale)
    names = LETTER_NAMES.get(lang, {})
    size_words = SIZE_MARKERS.get(lang, set())
    out = list(tokens)

    def size_word(token: Token) -> bool:  # "taille", or heard nearly: « taie », « tailes »
        if token.stop or token.number:
            return False
        if token.text in size_words:
            return True
        found = index.lookup(token.text, token.keys)
        return any(found.get(marker, 0.0) >= DOUBTFUL for marker in markers)

    for at in range(1, len(out)):
        if out[at].text not in names or not size_word(out[at - 1]):
            continue
        letters = ""
        named = False  # letters said as letters need no reading ("taille l")
        for end in range(at, min(len(out), at + MAX_SIZE_LETTERS)):
            said = out[end].text
            letter = said if len(said) == 1 and said.isalpha() else names.get(said)
            if letter is None or (len(said) > 2 and index.knows(said)):
                break
            letters += letter
            named = named or letter != said
            if not named:
                continue
            wid = index.word_id(letters)
            if wid is not None and any(index.together(marker, wid) for marker in markers):
                for position in range(at, end):
                    out[position] = replace(out[position], stop=True)
                out[end] = replace(
                    out[end], text=letters, keys=(letters,), surface=letters, stop=False, role=""
                )
    return out


def single_units(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` with one item sold alone said otherwise than the catalog writes it (« à la
    pièce », « vendu seul », "one by itself" where titles say « à l'unité », "single") read as
    the catalog's word, unless the catalog has a word of what was said."""
    lang = language(index.locale)
    written = next((w for w in SINGLE_WORDS.get(lang, ()) if index.word_id(w) is not None), "")
    if not written or any(token.text == written for token in tokens):
        return tokens

    def reading(start: int, phrase: tuple[str, ...]) -> Token | None:
        if start > 0 and tokens[start - 1].number and phrase[0] in COUNT_UNITS:
            return None  # « quatre unités de »: how many
        said = tokens[start : start + len(phrase)]
        if any(
            not t.stop and not t.number and t.role != "function" and index.knows(t.text)
            for t in said
        ):
            return None
        return replace(query_word(written, index.locale), surface=said[-1].surface)

    return _read_phrases(tokens, _longest_first(SAID_SINGLE.get(lang, ())), reading)


def _read_phrases(
    tokens: list[Token],
    phrases: Sequence[tuple[str, ...]],
    reading: Callable[[int, tuple[str, ...]], Token | None],
) -> list[Token]:
    """``tokens`` with each phrase said (left to right, the longest first) that ``reading``
    reads (given where it starts) made one word, the reading: the words before its last are
    gone, never glued back into another ("x" "xl" is no "xxl")."""
    texts = [token.text for token in tokens]
    out: list[Token] = []
    start = 0
    while start < len(tokens):
        for phrase in phrases:
            end = start + len(phrase)
            if tuple(texts[start:end]) != phrase:
                continue
            token = reading(start, phrase)
            if token is None:
                continue
            out.append(token)
            start = end
            break
        else:
            out.append(tokens[start])
            start += 1
    return out


@lru_cache(maxsize=8)
def _longest_first(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Phrases as word tuples, longest first."""
    return tuple(sorted({tuple(p.split()) for p in phrases}, key=len, reverse=True))


def _has_size(index: TextIndex, number: str, unit: str) -> bool:
    """Some document has this number and this unit (taken as so when both are common words
    of a very large catalog: then surely some product has them both)."""
    number_id, unit_id = index.word_id(number), index.word_id(unit)
    if number_id is None or unit_id is None:
        return False
    if index.common(number_id) and index.common(unit_id):
        return True
    return index.together(number_id, unit_id)


def unknown_counts(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` with a small whole number said before a word read as how many: a number no
    title has ("tovez 2 scarfs", « deux jeans slim en 38 »: it can be no size of ours), or
    one a title has but that cannot be the size here: another number follows to be the size
    and nothing ties it to a word said after it (« 3 boutons en nacre, lot de dix »)."""
    out = list(tokens)
    lang = language(index.locale)
    packs = PACK_WORDS.get(lang, frozenset())
    for position in range(len(out) - 1):
        number, word = out[position], out[_after_hesitations(out, position + 1, lang)]
        before = out[position - 1] if position else None
        named = (
            before is not None
            and not before.stop
            and before.role != "function"  # "on the list two …": no name ends so
            and index.word_id(before.text) is None
        )
        if (
            not named  # "pont neuf": a name we do not know may end with a number
            and number.number
            and not number.stop
            and number.text.isdigit()
            and 1 < int(number.text) <= MAX_QUANTITY
            and not word.number
            and not word.stop
            and word.text not in MEASURE_UNITS  # "cinq centi" may be read in another unit
            and (
                index.word_id(number.text) is None  # no title has it: it can be no size
                or not (
                    any(t.text in packs for t in out[max(0, position - 2) : position])
                    or (before is not None and _sizes_what_follows(before))
                    or word.role == "count"  # "dix dosettes": the box of ten
                    or _in_a_name(index, number, out[position + 1 :])
                )
            )
        ):
            out[position] = replace(number, stop=True)
    return out


_BEFORE_A_SIZE = frozenset({"pour", "for", "de", "of", "x", "par", "by", "numero", "number"})


def _sizes_what_follows(before: Token) -> bool:
    """A word after which a number is a size, not how many: a size label ("taille neuf"),
    a preposition ("une tente pour six", "strength of three"), a letter of a code ("a 4")."""
    return before.role == "label" or before.text in _BEFORE_A_SIZE or len(before.text) == 1


def _in_a_name(index: TextIndex, number: Token, after: Sequence[Token]) -> bool:
    """The number said (a title has it) may be a size: no other number said after it ("ten
    coffee pods", the box of ten), or some title has it right before a word said after it
    ("3 places", "4 gauge"), or it stands before a word the catalog does not know (a size
    said without its unit)."""
    number_id = index.word_id(number.text)
    if number_id is None or not any(t.number and not t.stop for t in after):
        return True  # no other number to be the size: "ten coffee pods", the box of ten
    brands = index.brand_masks
    if brands is None or index.word_id(after[0].text) is None:
        return True
    words = {index.word_id(t.text) for t in after if not (t.stop or t.number)}
    return any(
        index.adjacent(number_id, wid, brands, inside=inside)
        for wid in words
        if wid is not None
        for inside in (True, False)
    )


def numbers_in_names(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` with a number read as how many ("cinq étoiles ...", "4 gauge ... 16 ft") read
    as a word of a name that has it right before the word that follows."""
    brands = index.brand_masks
    if brands is None:
        return tokens
    out = list(tokens)
    for position in range(len(out) - 1):
        number, word = out[position], out[position + 1]
        if not (number.number and number.stop) or word.stop or word.number:
            continue
        number_id = index.word_id(number.text)
        if number_id is None:
            continue
        for word_id in _heard_as(index, word):
            if index.adjacent(number_id, word_id, brands, inside=True) or (
                word.role != "count" and index.adjacent(number_id, word_id, brands, inside=False)
            ):
                out[position] = replace(number, stop=False)
                break
    return out


HEARD_AS_SIM = 0.85  # a word heard this near a catalog word may stand for it after a number


def _heard_as(index: TextIndex, word: Token) -> list[int]:
    """The catalog word said, or those it was nearly heard as ("one outled": "outlet")."""
    exact = index.word_id(word.text)
    if exact is not None:
        return [exact]
    found = index.lookup(word.text, word.keys)
    return [wid for wid, sim in sorted(found.items(), key=lambda f: -f[1]) if sim >= HEARD_AS_SIM]
