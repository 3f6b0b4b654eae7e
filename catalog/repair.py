"""Repairs of what a recogniser garbles beyond one word, for :class:`catalog.index.TextIndex`.

- **Words run together** ("basmatirice", "potde", "fouetmini", "tarpblew"): a query word the
  catalog does not have is cut in two when one part is a catalog word as heard and the other
  is a catalog word too, or close to one, and the two stand together in some product's name
  ("two brands glued are not a product"), and the cut explains more of the heard word than
  the one catalog word nearest to it whole ("fudcontainer" is "fud" ~ "food" and
  "container", not "container" with letters to spare); or when one part is a word of the
  language that names no product (a size word: "mini", "biggest"; a function word after:
  "potde") and the other is a catalog word.
- **Two words cut in the wrong place** ("summermo torcycle", "clearhel met"): two words said
  in a row, one of them a word the catalog does not have, are cut again where two catalog
  words that stand together in some product's name meet, when exactly one place does.
- **A word heard too far off to look up** ("stylo bye noir" for "stylo bille noir", "green
  tee", "post i"): a query word the catalog does not know, standing next to words a product
  explains, is read as the word of that product's name that stands there and was not said,
  when the two begin alike and are spelt half alike. The product's noun is never guessed
  this way unless part of it was surely said ("ferta nature collier" is no "confiture"),
  and its brand never is ("marvi flower pot" is not Solfleu Max's).
- **A possessive whose apostrophe was dropped** ("berthaud s summer gloves"): the "s" right
  after a brand word, more words after it, is no size S.
- The shopper's own words around the name: :mod:`catalog.own_words`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from catalog.codes import said_separators
from catalog.folding import language, strip_accents
from catalog.normalise import Token, query_word, word_form, word_text, word_use
from catalog.number_joins import join_said_numbers
from catalog.own_words import placed_verbs
from catalog.self_repairs import brand_corrections, false_starts, said_again, said_twice
from catalog.size_readings import (
    convert_sizes,
    letter_sizes,
    numbers_in_names,
    single_units,
    split_numbers,
    unknown_counts,
)
from catalog.spelling import first_sound

if TYPE_CHECKING:
    from catalog.index import QueryMatch, TextIndex

__all__ = ["GAP_SIM", "fill_gaps", "repaired", "split_merged"]

MIN_SPLIT_PART = 3  # a catalog part of a word run together
MIN_LEXICON_PART = 2  # "de" in "potde"
NEAR_SPLIT_SIM = 0.75  # a guessed part beside a catalog word it stands with in some name
MIN_APART_PART = 4  # letters of each part of two catalog words no name has together
APART_SPLIT_SIM = 0.9  # such a cut ("brushedsteel") loses to one catalog word heard as near
GAP_SIM = 0.75  # the similarity credited to a word read from its place in a name
GAP_RATIO = 50.0


def repaired(index: TextIndex, tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` after every repair that needs the catalog, in order: a possessive's "s" and a
    brand corrected, words
    said twice and false starts dropped (:mod:`catalog.self_repairs`), numbers in names kept,
    verbs known by their place dropped, words run together cut in two, words the catalog does not have made stop words
    (:meth:`TextIndex.soft_words`), letter sizes, hundreds and sizes read
    (:mod:`catalog.size_readings`)."""
    tokens = said_twice(index, brand_corrections(index, possessives(index, list(tokens))))
    tokens = false_starts(index, said_again(index, tokens))
    tokens = numbers_in_names(index, said_separators(tokens, index.locale, index.knows))
    tokens = unknown_counts(index, split_numbers(index, tokens))
    tokens = index.soft_words(split_merged(index, recut(index, placed_verbs(index, tokens))))
    tokens = letter_sizes(index, single_units(index, tokens))
    return convert_sizes(index, join_said_numbers(index, tokens))


def possessives(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` with the "s" of a possessive the recogniser wrote apart ("berthaud s summer
    gloves") made a stop word: right after a brand word and before more words, it is no size
    S of ours ("size s" is said otherwise)."""
    brands = index.brand_masks
    if brands is None or language(index.locale) != "en":
        return tokens
    for at in range(1, len(tokens) - 1):
        token, before = tokens[at], tokens[at - 1]
        if token.surface != "s" or token.stop or tokens[at + 1].stop or before.stop:
            continue
        wid = None if before.number else index.word_id(before.text)
        if wid is not None and index.in_brand(wid, brands):
            tokens[at] = replace(token, stop=True)
    return tokens


def recut(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` with two words cut in the wrong place cut again (see the module doc)."""
    out = list(tokens)
    at = 0
    while at < len(out) - 1:
        first, second = out[at], out[at + 1]
        if (
            _plain_word(first)
            and _plain_word(second)
            and not (index.knows(first.text) and index.knows(second.text))
        ):
            joined = strip_accents((first.surface + second.surface).lower())
            cut = _catalog_cut(index, joined, len(first.surface))
            if cut:
                out[at : at + 2] = [
                    query_word(joined[:cut], index.locale),
                    query_word(joined[cut:], index.locale),
                ]
                at += 2
                continue
        at += 1
    return out


def _plain_word(token: Token) -> bool:
    return not (token.stop or token.number or token.role) and token.surface.isalpha()


def _catalog_cut(index: TextIndex, joined: str, said_at: int) -> int:
    """The one place other than ``said_at`` where ``joined`` parts into two catalog words
    that stand together in some name; 0 when none does, or several."""
    if index.knows(word_text(joined)):
        return 0  # a catalog word cut in two: read glued back (catalog.readings)
    cuts = []
    for cut in range(MIN_SPLIT_PART, len(joined) - MIN_SPLIT_PART + 1):
        if cut == said_at:
            continue
        left, right = (index.word_id(word_text(part)) for part in (joined[:cut], joined[cut:]))
        if left is not None and right is not None and index.together(left, right):
            cuts.append(cut)
    return cuts[0] if len(cuts) == 1 else 0


def split_merged(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` with each word run together from two cut in two (see the module doc)."""
    out: list[Token] = []
    for token in tokens:
        text = token.text
        if (
            token.stop
            or token.number
            or token.role
            or len(text) < MIN_LEXICON_PART + MIN_SPLIT_PART
            or index.knows(text)
        ):
            out.append(token)
            continue
        best: tuple[float, int] | None = None
        for cut in range(MIN_LEXICON_PART, len(text) - MIN_LEXICON_PART + 1):
            sim = _split_sim(index, text[:cut], text[cut:])
            if sim and (best is None or sim > best[0]):
                best = (sim, cut)
        if best is None or _whole_sim(index, token) >= best[0]:
            out.append(token)
            continue
        cut = best[1]
        out += [query_word(text[:cut], index.locale), query_word(text[cut:], index.locale)]
    return out


def _split_sim(index: TextIndex, left: str, right: str) -> float:
    """How likely ``left + right`` is two words said together (0: not)."""
    words = [index.word_id(word_text(part)) for part in (left, right)]
    if words[0] is None and words[1] is None:
        return 0.0  # neither part a catalog word (most cuts of a brand we do not sell)
    parts = (left, right)
    for side, other in ((0, 1), (1, 0)):
        known = words[side]
        if known is None or len(parts[side]) < MIN_SPLIT_PART:
            continue
        if words[other] is not None and len(parts[other]) >= MIN_SPLIT_PART:
            if index.together(known, words[other] or 0):
                return 1.0
            apart = min(len(left), len(right)) >= MIN_APART_PART and not any(
                _brand_word(index, w or 0) for w in words
            )
            return APART_SPLIT_SIM if apart else 0.0
        if _lexicon(parts[other], index, before_brand=other == 0 and _brand_word(index, known)):
            return 1.0
        if len(parts[other]) < MIN_SPLIT_PART:
            continue
        found = index.lookup(*word_form(parts[other], index.locale))
        near = {w: s for w, s in found.items() if s >= NEAR_SPLIT_SIM}
        guessed = max((near[w] for w in index.companions(known, near)), default=0.0)
        if not guessed:
            return 0.0
        # The share of the heard word explained: the catalog part wholly, the other nearly.
        return (len(parts[side]) + guessed * len(parts[other])) / (len(left) + len(right))
    return 0.0


def _lexicon(part: str, index: TextIndex, before_brand: bool) -> bool:
    """A word of the language that names no product of this catalog: a size word on either
    side ("fouetmini", "grospapier"), a function word after ("potde") or before a word of
    no brand (« dethé »): glued before a brand word, it would read a brand we do not sell
    ("Delux") as one we do ("Lux")."""
    if len(part) < MIN_LEXICON_PART or index.knows(word_text(part)):
        return False
    stop, role = word_use(part, index.locale)
    return role in ("small", "large", "companion") or (
        not before_brand and (stop or role == "function")
    )


def _brand_word(index: TextIndex, wid: int) -> bool:
    """The word stands in a brand (or the index cannot tell)."""
    masks = index.brand_masks
    return masks is None or index.in_brand(wid, masks)


def _whole_sim(index: TextIndex, token: Token) -> float:
    return max(index.lookup(token.text, token.keys).values(), default=0.0)


def fill_gaps(
    index: TextIndex,
    qm: QueryMatch,
    positions: Sequence[int],
    placed: list[tuple[int, int, int, int]],
    used_doc: int,
    sure: int,
    protected: int,
    forbidden: int,
) -> tuple[float, int, int]:
    """Credit, query mask and document mask of the unknown query words read as the unsaid
    word of the document that stands in their place. ``placed``: the aligned pairs as
    (query start, query end, document start, document end); ``protected``: document
    positions that may be guessed only when another of them was surely said (the noun);
    ``forbidden``: positions never guessed (the brand: a brand heard that far off is
    another brand)."""
    credit = 0.0
    query_mask = doc_mask = 0
    tokens = qm.tokens
    for u in qm.unknown:
        if any(qs <= u <= qe for qs, qe, _, _ in placed):
            continue
        heard = tokens[u].text
        best: tuple[float, int] | None = None
        for qs, qe, ds, de in placed:
            if qe < u and all(tokens[i].stop for i in range(qe + 1, u)):
                d = _next_word(positions, de, 1)
            elif qs > u and all(tokens[i].stop for i in range(u + 1, qs)):
                d = _next_word(positions, ds, -1)
            else:
                continue
            if d is None or (used_doc | doc_mask) >> d & 1:
                continue
            bit = 1 << d
            if bit & forbidden or (protected & bit and not protected & sure):
                continue
            word = index.word(positions[d])
            if index.numeric(positions[d]) or not _begin_alike(word, heard):
                continue
            ratio = fuzz.ratio(heard, word)
            alike = ratio >= GAP_RATIO or word.startswith(heard) or heard.startswith(word)
            if alike and (best is None or ratio > best[0]):
                best = (ratio, d)
        if best is not None:
            credit += qm.weights[u] * GAP_SIM
            query_mask |= 1 << u
            doc_mask |= 1 << best[1]
    return credit, query_mask, doc_mask


def _begin_alike(word: str, heard: str) -> bool:
    """The same first sound, and words that begin with a vowel begin with the same one: a
    word heard in place of another is not another vowel's ("acoustique" for "électrique")."""
    if first_sound(word) != first_sound(heard):
        return False
    first, other = word.lstrip("h")[:1], heard.lstrip("h")[:1]
    return first == other or first not in _VOWELS or other not in _VOWELS


_VOWELS = frozenset("aeiouy")


def _next_word(positions: Sequence[int], at: int, step: int) -> int | None:
    """The next document position from ``at`` in direction ``step`` that is a word."""
    d = at + step
    while 0 <= d < len(positions):
        if positions[d] >= 0:
            return d
        d += step
    return None
