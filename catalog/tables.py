"""The flat tables behind a :class:`~catalog.index.TextIndex`, built once, kept as arrays.

Everything per word or per document is a flat ``array`` (or a memoryview over a file mapped
into memory, see :mod:`catalog.compiled`): no Python object per document, so a
1,000,000-product index is a few arrays of integers, cheap to build, to write and to load.

- ``words``/``keys``: the vocabulary (normalised words) and each word's phonetic keys;
- ``numeric``: 1 for a number word;
- ``postings``: per word, the documents that contain it (:class:`Ragged`);
- ``idf``: per word, log(1 + items / items with the word);
- ``positions``: per document, the word id of each token position (-1 for a stop word);
- ``joined``: per document, flat (word id, start, end) triples of the words made of two
  glued tokens ("t-shirt" → "tshirt") and of model codes ("TX302" → "tx302", see
  :mod:`catalog.codes`), the words it has beside those of ``positions``;
- ``owners``: per document, the item (product) it names; ``doc_weight``: its summed idf.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TypeAlias

from catalog.codes import code_units
from catalog.normalise import Token, word_form
from catalog.phonetics import ALTERNATE_PREFIX

__all__ = ["FloatArray", "IntArray", "Ragged", "TableBuilder", "Tables", "build_tables"]

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
    positions: Ragged  # 'i' rows per document
    joined: Ragged  # 'I' rows per document
    owners: IntArray  # 'I'
    doc_weight: FloatArray  # 'd'
    items: int


class TableBuilder:
    """Builds :class:`Tables` one document at a time (:func:`build_tables`), from tokens or,
    for a caller that keeps word ids of repeated parts (:mod:`catalog.documents`), from word
    ids directly: no Python object is kept per document."""

    def __init__(self, locale: str) -> None:
        self.locale = locale
        self.vocab: dict[str, int] = {}
        self.words: list[str] = []
        self.keys: list[tuple[str, ...]] = []
        self.numeric = array("B")
        self.postings: list[array] = []
        self.joined_flat, self.joined_start = array("I"), array("I", [0])
        self.pos_flat, self.pos_start = array("i"), array("I", [0])
        self.owners = array("I")
        # A word in several documents of one item (a title and its synonym) counts once in
        # its document frequency: those repeats, and the words of the current item so far.
        self.repeats: dict[int, int] = {}
        self.item_words: set[int] = set()

    def intern(self, text: str, keys: tuple[str, ...], numeric: bool) -> int:
        """The id of word ``text``; its keys are those of every form it was written in (a
        plural's "s" sounds in English: "straw" and "straws" are one word of two keys)."""
        kept = tuple(k for k in keys if not k.startswith(ALTERNATE_PREFIX))
        wid = self.vocab.get(text)
        if wid is None:
            wid = len(self.words)
            self.vocab[text] = wid
            self.words.append(text)
            self.keys.append(kept)
            self.numeric.append(1 if numeric else 0)
            self.postings.append(array("I"))
        elif not set(kept) <= set(self.keys[wid]):
            self.keys[wid] += tuple(k for k in kept if k not in self.keys[wid])
        return wid

    def word_ids(self, tokens: Sequence[Token]) -> tuple[list[int], list[int]]:
        """Per token its word id (-1 for a stop word), and the (word id, start, end) units of
        tokens the writer glued ("t-shirt" → "tshirt"), interned in reading order."""
        vocab, intern = self.vocab, self.intern
        wids: list[int] = []
        glued = False
        for token in tokens:
            if token.stop:
                wids.append(-1)
            else:
                wid = vocab.get(token.text)
                if wid is None or token.surface != token.text:  # a new word, or another form
                    wid = intern(token.text, token.keys, token.number)
                wids.append(wid)
            glued = glued or token.glued
        units: list[int] = []
        if glued:
            for pos in range(len(tokens) - 1):
                first, second = tokens[pos], tokens[pos + 1]
                if first.glued and not (first.number or second.number):
                    text, keys = word_form(first.surface + second.surface, self.locale)
                    units += (intern(text, keys, False), pos, pos + 1)
            for code, start, end in code_units(tokens):  # "TX302", "5W30": one word too
                units += (intern(code, (code,), False), start, end)
        return wids, units

    def add(self, tokens: Sequence[Token], owner: int) -> None:
        """One document of ``tokens`` naming item ``owner``."""
        wids, glued = self.word_ids(tokens)
        self.add_ids(wids, glued, owner)

    def add_ids(self, wids: list[int], glued: list[int], owner: int) -> None:
        """One document by word ids (-1 for a stop position) and its glued units."""
        doc = len(self.owners)
        same_item = doc > 0 and self.owners[-1] == owner
        self.owners.append(owner)
        self.pos_flat.extend(wids)
        words = set(wids)
        words.discard(-1)
        if glued:
            self.joined_flat.extend(glued)
            words.update(glued[::3])
        if same_item:
            repeats = self.repeats
            for wid in words & self.item_words:
                repeats[wid] = repeats.get(wid, 0) + 1
            self.item_words |= words
        else:
            self.item_words = words
        postings = self.postings
        for wid in words:
            postings[wid].append(doc)
        self.joined_start.append(len(self.joined_flat))
        self.pos_start.append(len(self.pos_flat))

    def finish(self) -> Tables:
        owners = self.owners
        items = len(set(owners)) or 1
        repeats = self.repeats.get
        idf = array(
            "d",
            (
                math.log(1.0 + items / max(len(row) - repeats(wid, 0), 1))
                for wid, row in enumerate(self.postings)
            ),
        )
        post_flat, post_start = array("I"), array("I", [0])
        for row in self.postings:
            post_flat.extend(row)
            post_start.append(len(post_flat))
        # Stop positions are -1: with a 0.0 appended, idf[-1] is their weight.
        weights = list(map([*idf, 0.0].__getitem__, self.pos_flat))
        pos_start = self.pos_start
        doc_weight = array("d", [sum(weights[a:b]) or 1.0 for a, b in pairwise(pos_start)])
        return Tables(
            locale=self.locale,
            words=self.words,
            keys=self.keys,
            numeric=self.numeric,
            postings=Ragged(post_flat, post_start),
            idf=idf,
            positions=Ragged(self.pos_flat, pos_start),
            joined=Ragged(self.joined_flat, self.joined_start),
            owners=owners,
            doc_weight=doc_weight,
            items=items,
        )


def build_tables(docs: Iterable[tuple[Sequence[Token], int]], locale: str) -> Tables:
    """Index ``(tokens, owner)`` pairs; ``owner`` numbers the item a document names.

    ``docs`` may be a generator: documents are consumed one at a time, so the token lists
    of a 1,000,000-product catalog never sit in memory together."""
    builder = TableBuilder(locale)
    for tokens, owner in docs:
        builder.add(tokens, owner)
    return builder.finish()
