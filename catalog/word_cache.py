""":func:`catalog.normalise.analyse` for a whole catalog, word by word: a title is cut into parts
analysed once and remembered (:class:`WordCache`)."""

from __future__ import annotations

import re
from itertools import groupby

from catalog.folding import language, strip_accents
from catalog.normalise import Token, analyse, context_words
from catalog.numbers import number_and_unit_words
from catalog.units import UNIT_CANON

_LETTERS_RE = re.compile(r"^[^\W\d_]+$")
MAX_CACHED_PARTS = 200_000


class WordCache:
    """:func:`analyse` for many titles that share words (a catalog), by parts: a title is cut
    at plain words (letters only, not in :func:`context_words`, not two halves of one), each
    plain word and each run between them analysed once and remembered. The tokens are those
    of ``analyse(title, locale)``; a 1,000,000-product catalog analyses each word once."""

    def __init__(self, locale: str) -> None:
        self.locale = locale
        self.lang = language(locale)
        self._context = context_words(self.lang)
        self._known = number_and_unit_words(self.lang)
        # Beginnings of those words: only such a word may join the next one ("mil le").
        self._prefixes = frozenset(w[:i] for w in self._known for i in range(1, len(w)))
        self._parts: dict[str, list[Token]] = {}
        # Chunks (words as written) seen; those that are plain words; those that may read
        # their neighbour: a plain word that begins a number or unit word, a unit word.
        self._seen: set[str] = set()
        self._plain_words: set[str] = set()
        self._special: set[str] = set()

    def analyse(self, text: str) -> list[Token]:
        tokens: list[Token] = []
        for part in self.parts(text):
            tokens += self.part(part)
        return tokens

    def parts(self, text: str) -> list[str]:
        """``text`` cut into the parts analysed apart: plain words, and the runs between them
        joined by one space. The tokens of ``text`` are those of its parts, in order."""
        chunks = text.split()
        if not self._seen.issuperset(chunks):
            for chunk in chunks:
                self._classify(chunk)
            if not self._seen.issuperset(chunks):  # the sets were just emptied
                return self._neighbours(chunks)
        if self._special.isdisjoint(chunks[:-1]):
            # No word reads its neighbour: runs of words that are not plain are the parts
            # (set operations and groupby, in C: a catalog has millions of titles).
            plain = self._plain_words.__contains__
            if all(map(plain, chunks)):
                return chunks
            parts: list[str] = []
            for alone, group in groupby(chunks, plain):
                if alone:
                    parts += group
                else:
                    parts.append(" ".join(group))
            return parts
        return self._neighbours(chunks)

    def _neighbours(self, chunks: list[str]) -> list[str]:
        """:meth:`parts` when a word may read its neighbour: two plain words that may be
        halves of one number or unit word ("mil le"), a unit word before a word."""
        plain = [self._classify(chunk) for chunk in chunks]
        for i in range(len(chunks) - 1):
            if plain[i]:
                if plain[i + 1] and plain[i] + plain[i + 1] in self._known:
                    plain[i] = plain[i + 1] = ""  # "mil le" may be "mille"
            elif strip_accents(chunks[i].lower()) in UNIT_CANON:
                plain[i + 1] = ""  # a unit word reads its next word ("mètre ruban")
        parts: list[str] = []
        run: list[str] = []
        for chunk, word in zip(chunks, plain, strict=True):
            if word:
                if run:
                    parts.append(" ".join(run))
                    run = []
                parts.append(chunk)
            else:
                run.append(chunk)
        if run:
            parts.append(" ".join(run))
        return parts

    def _classify(self, chunk: str) -> str:
        """The plain word of ``chunk`` ("" if it is not one), remembered in the sets that
        :meth:`parts` reads."""
        if len(self._seen) >= MAX_CACHED_PARTS:
            self._seen.clear()
            self._plain_words.clear()
            self._special.clear()
        folded = strip_accents(chunk.lower())
        word = folded if _LETTERS_RE.match(chunk) and folded not in self._context else ""
        if word:
            self._plain_words.add(chunk)
            if word in self._prefixes:
                self._special.add(chunk)
        elif folded in UNIT_CANON:
            self._special.add(chunk)
        self._seen.add(chunk)
        return word

    def part(self, text: str) -> list[Token]:
        """The tokens of one part (see :meth:`parts`), analysed once."""
        found = self._parts.get(text)
        if found is None:
            if len(self._parts) >= MAX_CACHED_PARTS:
                self._parts.clear()  # catalogs of unique model numbers: bound the memory
            found = self._parts[text] = analyse(text, self.locale)
        return found
