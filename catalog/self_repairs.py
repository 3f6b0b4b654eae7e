"""What a shopper takes back while speaking, that only the catalog's words tell, undone by
the index (:func:`catalog.repair.repaired`):

- **words said twice** ("lave-glace lave-glace", "bac à à peinture", "9 9 vitesses"): said
  once, unless the catalog says them twice ("Bel Bel", "fleu fleu" for "Fleufleu", "99");
- **a word begun and begun again** ("les câb les câbles", "the san the sandpaper"): the
  fragment is dropped when the next word (past function words) begins with it and the
  catalog does not have the fragment as a word;
- **a brand for a brand** ("golden hinge no bremen"): a lone no between two of the catalog's
  brands takes the first back.

Corrections said with a phrase ("250 g non pardon 1 kilo") are undone as the query is read:
:mod:`catalog.corrections`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from catalog.corrections import NO
from catalog.folding import language

if TYPE_CHECKING:
    from catalog.index import TextIndex
    from catalog.normalise import Token

__all__ = ["brand_corrections", "false_starts", "said_again", "said_twice"]

MAX_REPEAT = 3  # words in a run said twice ("lave-glace lave-glace" is four)
MIN_FRAGMENT = 2  # letters of a word begun and begun again
MIN_MORE = 2  # letters the word said in full has beyond the fragment


def said_twice(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` with a run of one to three words said again right after itself ("lave-glace
    lave-glace", "bac à à peinture") said once, unless the catalog says it twice ("Bel Bel",
    "fleu fleu" for "Fleufleu", "9 9" where it has 99) or it is a letter ("x x l")."""
    out: list[Token] = []
    index_at = 0
    while index_at < len(tokens):
        for size in range(MAX_REPEAT, 0, -1):
            run = tokens[index_at : index_at + size]
            if (
                len(run) == size
                and len(out) >= size
                and [t.text for t in run] == [t.text for t in out[-size:]]
                and not _catalog_twice(index, run)
                and not (size == 1 and _letter(run[0]))
            ):
                index_at += size
                break
        else:
            out.append(tokens[index_at])
            index_at += 1
    return out


def _letter(token: Token) -> bool:
    """A letter said alone: said twice, it spells ("x x l", "a a batteries")."""
    return len(token.surface) == 1 and token.surface.isalpha()


def said_again(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` with a catalog word said again further on ("sleeping bag twenty degree
    bag") made a stop word, unless some name has it twice or it is a letter."""
    seen: set[str] = set()
    out = list(tokens)
    for at, token in enumerate(out):
        if token.stop or token.number or len(token.text) < 3 or index.word_id(token.text) is None:
            continue  # (letters come again: "t s hirt ... taille s")
        if token.text in seen and not _catalog_twice(index, [token]):
            out[at] = replace(token, stop=True)
        seen.add(token.text)
    return out


def _catalog_twice(index: TextIndex, run: Sequence[Token]) -> bool:
    joined = "".join(t.text for t in run) * 2
    if index.word_id(joined) is not None:
        return True
    return any(
        wid is not None and index.twice_in_a_name(wid)
        for wid in (index.word_id(t.text) for t in run if not t.stop)
    )


def false_starts(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` without a word begun and begun again ("les câb les câbles")."""
    dropped: set[int] = set()
    for at, token in enumerate(tokens):
        if token.number or token.stop or len(token.surface) < MIN_FRAGMENT:
            continue
        after = at + 1
        while after < len(tokens) and after <= at + 2 and tokens[after].stop:
            after += 1
        if after >= len(tokens) or after > at + 2:
            continue
        full = tokens[after]
        if (
            not full.number
            and full.surface.startswith(token.surface)
            and len(full.surface) >= len(token.surface) + MIN_MORE
            and index.word_id(token.text) is None
        ):
            dropped.add(at)
    return [t for i, t in enumerate(tokens) if i not in dropped]


def brand_corrections(index: TextIndex, tokens: list[Token]) -> list[Token]:
    """``tokens`` without a brand taken back by a lone "no"/"non" that another brand follows
    ("golden hinge no bremen's", « weskquibbrem bros non morvvanddul »)."""
    brands = index.brand_masks
    no = NO.get(language(index.locale))
    if brands is None or no is None:
        return tokens

    def brand(token: Token) -> bool:
        wid = None if token.stop or token.number else index.word_id(token.text)
        return wid is not None and index.in_brand(wid, brands)

    for at in range(1, len(tokens) - 1):
        if tokens[at].text == no and brand(tokens[at + 1]) and brand(tokens[at - 1]):
            start = at - 1
            while start > 0 and brand(tokens[start - 1]):
                start -= 1
            return tokens[:start] + tokens[at + 1 :]
    return tokens
