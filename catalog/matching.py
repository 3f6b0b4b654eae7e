"""Fuzzy matching of a spoken phrase against a short list of named things (guide topics,
charities, materials, the options of a "which one?" question).

It shares the product resolver's normalisation, phonetics and index, so "la croix rouge",
"croix-rouge" and "crois rouge" meet, and so do "cinq cents" and "500 ml".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from catalog.index import TextIndex
from catalog.normalise import Token, analyse

__all__ = ["NameMatcher"]

# Below this share of the query explained, an entry is not worth returning at all.
FLOOR = 0.3


class NameMatcher:
    """Rank entries ``(id, [names...])`` by how well a phrase names them.

    Scores are on rapidfuzz's 0–100 scale: 100 when the phrase says one of the names
    exactly. A score weighs mostly how much of the phrase a name explains (words the list
    has never heard count against it, as with products) and a little how much of the name
    was said, so "croix rouge" prefers the synonym "croix rouge" to "Croix-Rouge française".
    """

    def __init__(self, entries: Iterable[tuple[str, Sequence[str]]], locale: str) -> None:
        self.locale = locale
        self._ids: list[str] = []
        docs: list[tuple[list[Token], int]] = []
        for number, (entry_id, names) in enumerate(entries):
            self._ids.append(entry_id)
            docs.extend((analyse(name, locale), number) for name in names if name)
        self._index = TextIndex(docs, locale)

    def analyse(self, text: str) -> list[Token]:
        """``text`` read as a query against these names: a word they have is never taken for
        a slip of a filler (« tache d'encre » is no « tache d'encore »)."""
        return analyse(text, self.locale, query=True, known=self._index.knows)

    def match(self, text: str, *, limit: int = 5, lenient: bool = False) -> list[tuple[str, float]]:
        """Best entries first, at most ``limit``, each once with its best name's score.

        ``lenient=True`` ignores words no entry knows, for free speech around a topic
        ("how do I get a wine stain out of my shirt" → "wine stain"); leave it off where an
        unknown word may name something else (a charity we do not support)."""
        # Names are short and said whole: every word counts, function words included.
        tokens = [replace(t, role="") for t in self.analyse(text)]
        qm = self._index.match(tokens, ignore_unknown=lenient, edge=1.0, own_words=False)
        best: dict[int, float] = {}
        for alignment in self._index.search(qm, FLOOR, limit=50):
            owner = self._index.owners[alignment.doc]
            score = round(100.0 * alignment.qcov * (0.8 + 0.2 * alignment.dcov), 1)
            best[owner] = max(best.get(owner, 0.0), score)
        ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))
        return [(self._ids[owner], score) for owner, score in ranked[:limit]]
