"""The *outer* half's recogniser and hesitant speaker at work on a query's words
(:mod:`bench.resolution_outer`): homophones, brands written as ordinary words, words cut in two or
run together, endings clipped, plurals swapped, accents lost, numbers misheard, fillers, repeated
words and false starts.

An error is kept only when every word it writes is new to the shop: no other product's word, no
brand's, no number (:meth:`Ear.apply`), so that the products consistent with what the shopper
said stay the same whatever the recogniser wrote.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from bench.resolution_outer_brands import UNSOLD, Brand
from bench.resolution_outer_heard import HOMOPHONES, NUMBERS_HEARD
from bench.resolution_outer_numbers import NUMBER_WORDS
from bench.resolution_outer_said import FILLERS, Tok, toks
from bench.resolution_outer_shops import OuterShop, fold, shop_words

# Words of the feeds that tell no product from another: an error may write them.
FUNCTION_WORDS = {"a", "de", "d", "du", "des", "en", "la", "le", "les", "l", "pour", "au", "aux",
                  "et", "of", "the", "and", "on", "y", "s", "x"}  # fmt: skip
WORDS = ("brand", "noun", "value", "thing")  # the roles a spelling error may touch
VOWELS = set("aeiouyéèêàâîôûœ")


class Ear:
    def __init__(self, shop: OuterShop, code: str, rng: random.Random, brands: list[Brand]
                 ) -> None:  # fmt: skip
        self.code, self.rng = code, rng
        self.lang = ("fr", "en").index(code)
        names = [b.name for b in brands + UNSOLD]
        words = shop_words(shop.types) | {w for n in names for w in re.split(r"[\s'-]+", n.lower())}
        self.guarded = ({fold(w) for w in words} - FUNCTION_WORDS) | NUMBER_WORDS
        self.homophones = {fold(k): v for k, v in HOMOPHONES[code].items()}

    def apply(self, what: str, words: list[Tok], brand: Brand | None) -> str | None:
        """The error ``what`` made on ``words`` if it can be and writes no word of the shop;
        its tag, or None (``words`` then unchanged)."""
        trial = [Tok(w.text, w.role) for w in words]
        tag = ERRORS[what](self, trial, brand)
        before, after = [w.text for w in words], [w.text for w in trial]
        if tag and after != before and self.fits(before, after):
            words[:] = trial
            return tag
        return None

    def fits(self, before: list[str], after: list[str]) -> bool:
        """Every word written anew is none of the shop's, brands' or numbers' words."""
        new = {fold(w) for text in after for w in re.split(r"[\s'-]+", text)}
        new -= {fold(w) for text in before for w in re.split(r"[\s'-]+", text)}
        return not new & self.guarded

    def _pick(self, words: list[Tok], test: Callable[[Tok], bool]) -> int | None:
        places = [n for n, w in enumerate(words) if test(w)]
        return self.rng.choice(places) if places else None

    # --- the errors: each changes ``words`` in place and returns its tag, or None --------------
    def homophone(self, words: list[Tok], brand: Brand | None) -> str | None:
        at = self._pick(words, lambda w: w.role in ("noun", "value", "size")
                        and fold(w.text) in self.homophones)  # fmt: skip
        if at is None:
            return None
        heard = self.rng.choice(self.homophones[fold(words[at].text)])
        words[at : at + 1] = toks(heard, words[at].role)
        return "homophone"

    def brand_heard(self, words: list[Tok], brand: Brand | None) -> str | None:
        places = [n for n, w in enumerate(words) if w.role == "brand"]
        if not brand or not places:
            return None
        words[places[0] : places[-1] + 1] = toks(brand.heard[self.lang], "brand")
        return "brand_heard"

    def split(self, words: list[Tok], brand: Brand | None) -> str | None:
        at = self._pick(words, lambda w: w.role in WORDS and len(w.text) >= 7
                        and w.text.isalpha())  # fmt: skip
        if at is None:
            return None
        word = words[at].text
        cuts = [
            n for n in range(3, len(word) - 2) if word[n - 1] in VOWELS and word[n] not in VOWELS
        ]
        if not cuts:
            return None
        cut = self.rng.choice(cuts)
        words[at : at + 1] = [Tok(word[:cut], words[at].role), Tok(word[cut:], words[at].role)]
        return "split"

    def merged(self, words: list[Tok], brand: Brand | None) -> str | None:
        places = [n for n in range(len(words) - 1)
                  if words[n].role in WORDS and words[n + 1].role in (*WORDS, "size")
                  and words[n].text.isalpha() and words[n + 1].text.isalpha()]  # fmt: skip
        if not places:
            return None
        at = self.rng.choice(places)
        role = words[at].role if words[at].role == words[at + 1].role else "merged"
        words[at : at + 2] = [Tok(words[at].text + words[at + 1].text, role)]
        return "merged"

    def clipped(self, words: list[Tok], brand: Brand | None) -> str | None:
        at = self._pick(words, lambda w: w.role in WORDS and len(w.text) >= 6
                        and w.text.isalpha())  # fmt: skip
        if at is None:
            return None
        words[at].text = words[at].text[: -self.rng.choice((1, 2, 2, 3))]
        return "clipped"

    def plural(self, words: list[Tok], brand: Brand | None) -> str | None:
        nouns = [n for n, w in enumerate(words) if w.role == "noun"]
        if not nouns:
            return None
        at = nouns[0] if self.code == "fr" else nouns[-1]
        word = words[at].text
        if self.code == "en" and word.endswith("ies"):
            words[at].text = word[:-3] + "y"
        elif self.code == "en" and re.search(r"[^aeiou]y$", word):
            words[at].text = word[:-1] + "ies"
        elif word.endswith(("s", "x")):
            words[at].text = word[:-1]
        else:
            words[at].text = word + ("x" if word.endswith(("eau", "eu")) else "s")
        return "plural"

    def accents(self, words: list[Tok], brand: Brand | None) -> str | None:
        for word in words:
            word.text = fold(word.text)
        return "accents"

    def number_heard(self, words: list[Tok], brand: Brand | None) -> str | None:
        heard = NUMBERS_HEARD[self.code]
        at = self._pick(words, lambda w: w.role == "size" and w.text in heard)
        if at is None:
            return None
        words[at].text = self.rng.choice(heard[words[at].text])
        return "number_heard"

    def filler(self, words: list[Tok], brand: Brand | None) -> str | None:
        """ "uh", « euh », « tu vois » before the brand, the product, its value or its size."""
        at = self._pick(words, lambda w: w.role in (*WORDS, "size"))
        at = self._start(words, at)
        if not at:
            return None
        words[at:at] = toks(self.rng.choice(FILLERS[self.code]), "filler")
        return "filler"

    def repeat(self, words: list[Tok], brand: Brand | None) -> str | None:
        """ "the the", « des des », "bourdon bourdon": the first word of a group said twice."""
        at = self._pick(words, lambda w: w.role in ("det", "brand", "noun", "thing")
                        and w.text.isalpha())  # fmt: skip
        at = self._start(words, at)
        if at is None:
            return None
        words.insert(at, Tok(words[at].text, "filler"))
        return "repeat"

    @staticmethod
    def _start(words: list[Tok], at: int | None) -> int | None:
        """The first word of the group (brand, noun, size...) the word at ``at`` belongs to."""
        while at and words[at - 1].role == words[at].role:
            at -= 1
        return at

    def false_start(self, words: list[Tok], brand: Brand | None) -> str | None:
        """ "the tu- tulips", « des pi- pivoines »: the start of a word, then the word."""
        at = self._pick(words, lambda w: w.role in ("noun", "brand", "thing") and len(w.text) >= 5
                        and w.text.isalpha())  # fmt: skip
        if at is None:
            return None
        word = words[at].text
        ends = [n for n in range(2, 5) if word[n - 1] in VOWELS or n == 3]
        words.insert(at, Tok(word[: self.rng.choice(ends)], "filler"))
        return "false_start"


ERRORS: dict[str, Callable[[Ear, list[Tok], Brand | None], str | None]] = {
    "homophone": Ear.homophone, "brand_heard": Ear.brand_heard, "split": Ear.split,
    "merged": Ear.merged, "clipped": Ear.clipped, "plural": Ear.plural, "accents": Ear.accents,
    "number_heard": Ear.number_heard, "filler": Ear.filler, "repeat": Ear.repeat,
    "false_start": Ear.false_start,
}  # fmt: skip
