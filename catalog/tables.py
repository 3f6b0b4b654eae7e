"""The flat tables behind a :class:`~catalog.index.TextIndex`, built once, kept as arrays.

Everything per word or per document is a flat ``array`` (or a memoryview over a file mapped
into memory, see :mod:`catalog.compiled`): no Python object per document, so a
1,000,000-product index is a few arrays of integers, cheap to build, to write and to load.

- ``words``/``keys``: the vocabulary (normalised words) and each word's phonetic keys;
- ``numeric``: 1 for a number word;
- ``postings``: per word, the documents that contain it (:class:`Ragged`);
- ``idf``: per word, log(1 + items / items with the word);
- ``units``: per document, flat (word id, start, end) triples: its words, and the words made
  of two glued tokens ("t-shirt" → "tshirt");
- ``positions``: per document, the word id of each token position (-1 for a stop word);
- ``owners``: per document, the item (product) it names; ``doc_weight``: its summed idf.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeAlias

from catalog.normalise import ALTERNATE_PREFIX, Token, word_form

__all__ = ["FloatArray", "IntArray", "Ragged", "Tables", "build_tables"]

IntArray: TypeAlias = Sequence[int]
"""An ``array`` or a ``memoryview`` cast to an integer format: indexable and sliceable."""
FloatArray: TypeAlias = Sequence[float]
"""The same of a floating-point format (``'d'``)."""


class Ragged:
    """Rows of integers of different lengths in two flat arrays (compressed sparse rows):
    row ``i`` is ``flat[start[i]:start[i + 1]]``."""

    __slots__ = ("flat", "start")

    def __init__(self, flat: IntArray, start: IntArray) -> None:
        self.flat = flat
        self.start = start

    def __getitem__(self, row: int) -> IntArray:
        return self.flat[self.start[row] : self.start[row + 1]]

    def __len__(self) -> int:
        return len(self.start) - 1


@dataclass
class Tables:
    locale: str
    words: list[str]
    keys: list[tuple[str, ...]]
    numeric: IntArray  # 'B'
    postings: Ragged  # 'I' rows per word
    idf: FloatArray  # 'd'
    units: Ragged  # 'I' rows per document
    positions: Ragged  # 'i' rows per document
    owners: IntArray  # 'I'
    doc_weight: FloatArray  # 'd'
    items: int


class _Builder:
    def __init__(self, locale: str) -> None:
        self.locale = locale
        self.vocab: dict[str, int] = {}
        self.words: list[str] = []
        self.keys: list[tuple[str, ...]] = []
        self.numeric = array("B")
        self.postings: list[array] = []
        self.df = array("I")
        self.last_owner = array("i")

    def intern(self, text: str, keys: tuple[str, ...], numeric: bool) -> int:
        wid = self.vocab.get(text)
        if wid is None:
            wid = len(self.words)
            self.vocab[text] = wid
            self.words.append(text)
            self.keys.append(tuple(k for k in keys if not k.startswith(ALTERNATE_PREFIX)))
            self.numeric.append(1 if numeric else 0)
            self.postings.append(array("I"))
            self.df.append(0)
            self.last_owner.append(-1)
        return wid


def build_tables(docs: Iterable[tuple[Sequence[Token], int]], locale: str) -> Tables:
    """Index ``(tokens, owner)`` pairs; ``owner`` numbers the item a document names.

    ``docs`` may be a generator: documents are consumed one at a time, so the token lists
    of a 1,000,000-product catalog never sit in memory together."""
    b = _Builder(locale)
    units_flat, units_start = array("I"), array("I", [0])
    pos_flat, pos_start = array("i"), array("I", [0])
    owners = array("I")
    owner_set: set[int] = set()
    vocab, intern = b.vocab, b.intern
    postings, last_owner, df = b.postings, b.last_owner, b.df
    for doc_id, (tokens, owner) in enumerate(docs):
        owners.append(owner)
        owner_set.add(owner)
        doc_words: list[int] = []
        glued = False
        for pos, token in enumerate(tokens):
            if token.stop:
                pos_flat.append(-1)
            else:
                wid = vocab.get(token.text)
                if wid is None:
                    wid = intern(token.text, token.keys, token.number)
                pos_flat.append(wid)
                units_flat.extend((wid, pos, pos))
                doc_words.append(wid)
            glued = glued or token.glued
        if glued:
            for pos in range(len(tokens) - 1):
                first, second = tokens[pos], tokens[pos + 1]
                if first.glued and not (first.number or second.number):
                    text, keys = word_form(first.surface + second.surface, locale)
                    wid = intern(text, keys, False)
                    units_flat.extend((wid, pos, pos + 1))
                    doc_words.append(wid)
        for wid in set(doc_words):
            postings[wid].append(doc_id)
            if last_owner[wid] != owner:
                last_owner[wid] = owner
                df[wid] += 1
        units_start.append(len(units_flat))
        pos_start.append(len(pos_flat))
    items = len(owner_set) or 1
    idf = array("d", (math.log(1.0 + items / max(d, 1)) for d in b.df))
    post_flat, post_start = array("I"), array("I", [0])
    for row in b.postings:
        post_flat.extend(row)
        post_start.append(len(post_flat))
    # Stop positions are -1: with a 0.0 appended, idf[-1] is their weight.
    weight_of = [*idf, 0.0].__getitem__
    doc_weight = array(
        "d",
        (
            sum(map(weight_of, pos_flat[pos_start[doc] : pos_start[doc + 1]])) or 1.0
            for doc in range(len(owners))
        ),
    )
    return Tables(
        locale=locale,
        words=b.words,
        keys=b.keys,
        numeric=b.numeric,
        postings=Ragged(post_flat, post_start),
        idf=idf,
        units=Ragged(units_flat, units_start),
        positions=Ragged(pos_flat, pos_start),
        owners=owners,
        doc_weight=doc_weight,
        items=items,
    )
