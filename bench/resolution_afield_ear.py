"""The recogniser of the *afield* half (:mod:`bench.resolution_afield`): what a French or an
American speech recogniser writes for what a shopper said.

Each noise is one method over the words (:class:`~bench.resolution_afield_voice.Tok`) returning
the new words, or ``None`` when it finds nothing to work on: a word taken for one that sounds
alike (« ancre » → « encre », "kiln" → "kill"), a word written as it sounds, a maker's name heard
by the other language's ear, a long word cut in two, two words run together, accents lost, a
number in words written as the figures of each word ("twenty two" → "20 2"), the end of the last
word clipped, a small word lost.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable

from bench.resolution_afield_makers import Maker
from bench.resolution_afield_sounds import NUMBER_FIGURES, RESPELL, SOUNDALIKES
from bench.resolution_afield_voice import Tok

EAR_NOISE = ("homophone", "respelled", "foreign_ear", "cut", "glued", "accents_lost",
             "number_split", "clipped_end", "dropped")  # fmt: skip
CONTENT = ("ware", "value", "size", "maker", "thing")

DROPPABLE = {"de", "à", "du", "des", "la", "le", "en", "of", "the", "a", "an", "by"}


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class Ear:
    def __init__(self, code: str, rng: random.Random, makers: dict[str, Maker]) -> None:
        self.code, self.rng, self.makers = code, rng, makers

    def hear(self, words: list[Tok], kind: str) -> list[Tok] | None:
        """The words as the recogniser writes them with the noise ``kind``, or None."""
        heard: list[Tok] | None = getattr(self, kind)(words)
        return heard

    def _pick(self, words: list[Tok], fits: Callable[[Tok], bool]) -> int | None:
        found = [n for n, tok in enumerate(words) if fits(tok)]
        return self.rng.choice(found) if found else None

    def homophone(self, words: list[Tok]) -> list[Tok] | None:
        table = SOUNDALIKES[self.code]
        at = self._pick(words, lambda t: t.role in CONTENT and t.text in table)
        if at is None:
            return None
        said = self.rng.choice(table[words[at].text])
        return [
            *words[:at],
            *(Tok(w, words[at].role, words[at].maker) for w in said.split()),
            *words[at + 1 :],
        ]

    def respelled(self, words: list[Tok]) -> list[Tok] | None:
        rules = RESPELL[self.code]
        at = self._pick(words, lambda t: t.role in CONTENT and len(t.text) >= 4
                        and any(a in t.text for a, _ in rules))  # fmt: skip
        if at is None:
            return None
        tok = words[at]
        old, new = self.rng.choice([r for r in rules if r[0] in tok.text])
        return [
            *words[:at],
            Tok(tok.text.replace(old, new, 1), tok.role, tok.maker),
            *words[at + 1 :],
        ]

    def foreign_ear(self, words: list[Tok]) -> list[Tok] | None:
        spans = [n for n, t in enumerate(words) if t.role == "maker" and t.maker in self.makers
                 and self.makers[t.maker].origin != self.code]  # fmt: skip
        if not spans:
            return None
        first, last = spans[0], spans[0]
        while last + 1 < len(words) and words[last + 1].role == "maker":
            last += 1
        heard = self.makers[words[first].maker].heard(self.code)
        return [*words[:first], *(Tok(w, "maker") for w in heard.split()), *words[last + 1 :]]

    def cut(self, words: list[Tok]) -> list[Tok] | None:
        at = self._pick(words, lambda t: t.role in CONTENT and len(t.text) >= 7
                        and t.text.isalpha())  # fmt: skip
        if at is None:
            return None
        word = words[at].text
        where = self.rng.randint(3, len(word) - 3)
        role, maker = words[at].role, words[at].maker
        parts = (Tok(word[:where], role, maker), Tok(word[where:], role, maker))
        return [*words[:at], *parts, *words[at + 1 :]]

    def glued(self, words: list[Tok]) -> list[Tok] | None:
        at = self._pick(words[:-1], lambda t: t.role in CONTENT)
        if at is None:
            return None
        first, second = words[at], words[at + 1]
        maker = first.maker if first.maker == second.maker else ""
        joined = Tok(first.text + second.text, first.role, maker)
        return [*words[:at], joined, *words[at + 2 :]]

    def accents_lost(self, words: list[Tok]) -> list[Tok] | None:
        if all(strip_accents(t.text) == t.text for t in words):
            return None
        return [Tok(strip_accents(t.text), t.role, t.maker) for t in words]

    def number_split(self, words: list[Tok]) -> list[Tok] | None:
        """A number of several words written as the figures of each ("vingt-deux" → "20 2")."""
        figures = NUMBER_FIGURES[self.code]
        out: list[Tok] = []
        done = False
        at = 0
        while at < len(words):
            parts = words[at].text.split("-")
            run = [at] if len(parts) > 1 and all(p in figures for p in parts) else []
            if not run and words[at].text in figures:
                end = at
                while end + 1 < len(words) and words[end + 1].text in figures:
                    end += 1
                run = list(range(at, end + 1)) if end > at else []
            if run and not done:
                texts = [p for n in run for p in words[n].text.split("-")]
                out += [Tok(figures[p], words[at].role) for p in texts]
                at, done = run[-1] + 1, True
                continue
            out.append(words[at])
            at += 1
        return out if done else None

    def clipped_end(self, words: list[Tok]) -> list[Tok] | None:
        last = words[-1]
        if len(last.text) < 6 or not last.text.isalpha():
            return None
        return [*words[:-1], Tok(last.text[: -self.rng.randint(2, 3)], last.role)]

    def dropped(self, words: list[Tok]) -> list[Tok] | None:
        at = self._pick(words, lambda t: t.role in CONTENT and t.text in DROPPABLE)
        if at is None:
            return None
        return [*words[:at], *words[at + 1 :]]
