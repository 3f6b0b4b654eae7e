"""The recogniser of the *yonder* half (:mod:`bench.resolution_yonder`): what a French or an American
speech recogniser writes for a phrase it heard right.

It works on words that carry their role (``brand``, ``noun``, ``value``, ``size``, ``quantity``,
``carrier``...). Each noise returns the new words, or ``None`` when it does not apply; none changes
what the shopper meant, only how it is written. Besides near-sounds, it writes the other
language's words of a feed as words of its own (``loanword``), numbers said in words as digits
(``digits``), fractions its own way (« ½ », "1 2"), units glued to or parted from their number
(``unit_spacing``), acronyms and size letters spelt (``letters``, ``size_letter``), and a plural
for a singular (``plural``).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from bench.resolution_yonder_heard import ACRONYMS, HEARD, LETTERS, LOANWORDS, NUMBERS
from bench.resolution_yonder_say import english, fold, french

GLUE = {"fr": {"de", "d", "a", "au", "aux", "la", "le", "du", "des", "en", "l"},
        "en": {"of", "the", "a", "with", "to", "in"}}  # fmt: skip
CONTENT = ("brand", "noun", "value", "size")


@dataclass
class Word:
    text: str
    role: str  # brand, noun, value, size, carrier, closing, filler, link, quantity...


def words_of(text: str, role: str) -> list[Word]:
    return [Word(t, role) for t in text.lower().split()]


def _numbers(code: str) -> dict[str, int]:
    say = french if code == "fr" else english
    found = {"vingts": 20}
    for n in range(1, 100):
        found.setdefault(say(n), n)
    return found


_NUMBER_WORDS = {code: _numbers(code) for code in ("fr", "en")}
_JOINS = ("et", "and")


def _value(tokens: list[str], code: str) -> int | None:
    """The number a run of number words says (« cent vingt-cinq », "twenty eight"), or None."""
    table = _NUMBER_WORDS[code]
    total, current = 0, 0
    for token in tokens:
        if token in ("cent", "cents", "hundred"):
            current = max(current, 1) * 100
        elif token in ("mille", "thousand"):
            total, current = total + max(current, 1) * 1000, 0
        elif token in ("vingt", "vingts") and current % 100 == 4:
            current += 76  # quatre-vingt
        elif token in table:
            current += table[token]
        elif token not in _JOINS:
            return None
    return total + current or None


def _number_word(text: str, code: str) -> bool:
    parts = text.replace("-", " ").split()
    known = set(_NUMBER_WORDS[code]) | {"cent", "cents", "hundred", "mille", "thousand"}
    return bool(parts) and all(p in known or p in _JOINS for p in parts) and text not in _JOINS


class Ear:
    """Noises of one locale's recogniser; each returns the new words or ``None``."""

    def __init__(self, code: str, rng: random.Random, vocabulary: set[str]) -> None:
        self.code, self.rng, self.vocabulary = code, rng, vocabulary

    def _spots(self, words: list[Word], roles: tuple[str, ...], table: dict) -> list[int]:
        return [n for n, w in enumerate(words) if w.role in roles and fold(w.text) in table]

    def _harmless(self, word: Word, heard: str) -> bool:
        """A written form that is no other word of the shop (« vert » for « verre » would be a
        colour where the shop has one)."""
        return all(fold(h) not in self.vocabulary or fold(h) in fold(word.text).split()
                   for h in heard.split())  # fmt: skip

    def _replace(self, words: list[Word], roles: tuple[str, ...], table: dict) -> list[Word] | None:
        spots = self._spots(words, roles, table)
        self.rng.shuffle(spots)
        for at in spots:
            options = [h for h in table[fold(words[at].text)] if self._harmless(words[at], h)]
            if options:
                return self._put(words, at, self.rng.choice(options))
        return None

    def homophone(self, words: list[Word]) -> list[Word] | None:
        return self._replace(words, ("noun", "value", "size"), HEARD[self.code])

    def loanword(self, words: list[Word]) -> list[Word] | None:
        return self._replace(words, ("noun", "value"), LOANWORDS[self.code])

    def number_heard(self, words: list[Word]) -> list[Word] | None:
        return self._replace(words, ("size", "quantity"), NUMBERS[self.code])

    def brand_heard(self, words: list[Word], heard: str) -> list[Word] | None:
        spots = [n for n, w in enumerate(words) if w.role == "brand"]
        if not spots or fold(heard) == fold(" ".join(words[n].text for n in spots)):
            return None
        first, last = spots[0], spots[-1]
        if last - first + 1 != len(spots):
            return None
        return [*words[:first], *words_of(heard, "brand"), *words[last + 1 :]]

    def split(self, words: list[Word]) -> list[Word] | None:
        spots = [n for n, w in enumerate(words) if w.role in ("noun", "value", "brand")
                 and len(w.text) >= 7 and w.text.isalpha()]  # fmt: skip
        if not spots:
            return None
        at = self.rng.choice(spots)
        text = words[at].text
        cut = self.rng.randint(3, len(text) - 3)
        return self._put(words, at, f"{text[:cut]} {text[cut:]}")

    def merged(self, words: list[Word]) -> list[Word] | None:
        """Two words run together: within a noun, a value, a brand, or a brand and the noun."""
        pairs = [n for n in range(len(words) - 1) if words[n].role in ("noun", "value", "brand")
                 and words[n + 1].role in (words[n].role, "noun")
                 and words[n].text.isalpha() and words[n + 1].text.isalpha()]  # fmt: skip
        if not pairs:
            return None
        at = self.rng.choice(pairs)
        glued = Word(words[at].text + words[at + 1].text, words[at].role)
        return [*words[:at], glued, *words[at + 2 :]]

    def elision(self, words: list[Word]) -> list[Word] | None:
        """« d'oranger » → « doranger » or « de oranger »; "plumber's" → "plumbers"."""
        spots = [n for n, w in enumerate(words) if "'" in w.text and w.role in CONTENT]
        if not spots:
            return None
        at = self.rng.choice(spots)
        head, _, tail = words[at].text.partition("'")
        if self.code == "fr" and len(head) == 1 and self.rng.random() < 0.5:
            return self._put(words, at, f"{head}e {tail}")
        return self._put(words, at, head + tail)

    def dropped(self, words: list[Word]) -> list[Word] | None:
        spots = [n for n, w in enumerate(words) if fold(w.text) in GLUE[self.code]
                 and w.role in ("noun", "value", "link", "size")]  # fmt: skip
        if not spots:
            return None
        at = self.rng.choice(spots)
        return [*words[:at], *words[at + 1 :]]

    def accents(self, words: list[Word]) -> list[Word] | None:
        if self.code != "fr" or all(_bare(w.text) == w.text for w in words):
            return None
        return [Word(_bare(w.text), w.role) for w in words]

    def digits(self, words: list[Word]) -> list[Word] | None:
        """A number said in words written in digits (« deux barquettes » → « 2 barquettes »,
        "twenty eight inch" → "28 inch"); never an article (« un », "one")."""
        runs: list[tuple[int, int]] = []
        n = 0
        while n < len(words):
            if words[n].role in ("size", "quantity", "value") and _number_word(
                words[n].text, self.code
            ):
                end = n
                while (
                    end + 1 < len(words)
                    and words[end + 1].role == words[n].role
                    and (_number_word(words[end + 1].text, self.code))
                ):
                    end += 1
                runs.append((n, end))
                n = end + 1
            else:
                n += 1
        self.rng.shuffle(runs)
        for start, end in runs:
            tokens = [t for w in words[start : end + 1] for t in w.text.replace("-", " ").split()]
            value = _value(tokens, self.code)
            if value is not None and tokens not in (["un"], ["une"], ["one"]):
                return [*words[:start], Word(str(value), words[start].role), *words[end + 1 :]]
        return None

    def fraction(self, words: list[Word]) -> list[Word] | None:
        spots = [
            n for n, w in enumerate(words) if w.role == "size" and re.fullmatch(r"\d/\d", w.text)
        ]
        if not spots:
            return None
        at = self.rng.choice(spots)
        glyph = {"1/2": "½", "1/4": "¼", "3/4": "¾"}.get(words[at].text, "")
        options = [o for o in (glyph, words[at].text.replace("/", " "), words[at].text.replace("/", " sur "))
                   if o and (self.code == "fr" or " sur " not in o)]  # fmt: skip
        return self._put(words, at, self.rng.choice(options))

    def unit_spacing(self, words: list[Word]) -> list[Word] | None:
        """« 28 in » → « 28in », « dn 20 » → « dn20 », « 15x21 » → « 15 x 21 »."""
        glue = [n for n in range(len(words) - 1) if words[n].role == words[n + 1].role == "size"
                and _gluable(words[n].text, words[n + 1].text)]  # fmt: skip
        parted = [
            n for n, w in enumerate(words) if w.role == "size" and re.fullmatch(r"\d+x\d+", w.text)
        ]
        if glue and (not parted or self.rng.random() < 0.5):
            at = self.rng.choice(glue)
            glued = Word(words[at].text + words[at + 1].text, "size")
            return [*words[:at], glued, *words[at + 2 :]]
        if parted:
            at = self.rng.choice(parted)
            return self._put(words, at, words[at].text.replace("x", " x "))
        return None

    def letters(self, words: list[Word]) -> list[Word] | None:
        """An acronym spelt: "tsa" → "t s a" or « té esse a »."""
        spots = [n for n, w in enumerate(words) if fold(w.text) in ACRONYMS and w.role in CONTENT]
        if not spots:
            return None
        at = self.rng.choice(spots)
        names = LETTERS[self.code]
        text = words[at].text
        spelt = (" ".join(text) if self.rng.random() < 0.5 or any(c not in names for c in text)
                 else " ".join(names[c] for c in text))  # fmt: skip
        return self._put(words, at, spelt)

    def size_letter(self, words: list[Word]) -> list[Word] | None:
        """A size letter written as what it sounds like: « taille m » → « taille aime »."""
        heard = {"fr": {"s": ("esse", "est"), "m": ("aime", "ème"), "l": ("elle", "aile")},
                 "en": {"s": ("es", "ess"), "m": ("em", "am"), "l": ("el", "elle")}}[self.code]  # fmt: skip
        alone = [Word(w.text, "letter" if w.role == "size" and (n == 0 or not words[n - 1].text[:1].isdigit())
                      else w.role) for n, w in enumerate(words)]  # fmt: skip
        changed = self._replace(alone, ("letter",), heard)
        if changed is None:
            return None
        return [Word(w.text, "size" if w.role == "letter" else w.role) for w in changed]

    def plural(self, words: list[Word]) -> list[Word] | None:
        """A singular written plural or a plural singular: any noun or value word in French, where
        the « s » is silent (« bougies »); the head noun in English ("sausage")."""
        spots = [n for n, w in enumerate(words) if w.role in ("noun", "value") and len(w.text) >= 4
                 and w.text.isalpha()]  # fmt: skip
        if self.code == "en":
            nouns = [n for n in spots if words[n].role == "noun"]
            spots = nouns[-1:]
        self.rng.shuffle(spots)
        for at in spots:
            text = words[at].text
            other = text[:-1] if text.endswith("s") else text + "s"
            if self._harmless(words[at], other) and fold(other) not in self.vocabulary:
                return self._put(words, at, other)
        return None

    def _put(self, words: list[Word], at: int, text: str) -> list[Word]:
        return [*words[:at], *words_of(text, words[at].role), *words[at + 1 :]]


def _gluable(first: str, second: str) -> bool:
    """A number and its unit (« 28 » « in »), or « dn » and its number."""
    if first == "dn":
        return second.isdigit()
    return bool(re.fullmatch(r"[\d.,/]+", first) and re.fullmatch(r"[a-z]{1,3}", second))


def _bare(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
