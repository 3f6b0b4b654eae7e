"""The *novel* half's recogniser at work on a query's words (:mod:`bench.resolution_novel`):
homophones, words cut or run together, clipped endings, plurals, numbers and letters misheard,
brands written as ordinary words, accents lost, disfluencies. An error is kept only when it
writes no other word of the shop, no brand's word and no number, so that what the shopper said
still names the same products."""

from __future__ import annotations

import random
import re

from bench import resolution_novel_ears as ears
from bench.resolution_novel_heard import HOMOPHONES, NUMBERS_HEARD
from bench.resolution_novel_said import FILLERS, Tok, toks
from bench.resolution_novel_shops import UNSOLD, Brand, NovelShop, shop_words

# Words of the catalogs that tell no product from another: an error may write them.
FUNCTION_WORDS = {"a", "de", "d", "du", "des", "en", "la", "le", "les", "l", "pour", "au", "aux",
                  "et", "of", "in", "the", "with", "on", "y"}  # fmt: skip


class Recogniser:
    def __init__(self, shop: NovelShop, code: str, rng: random.Random) -> None:
        self.code, self.rng = code, rng
        self.lang = ("fr", "en").index(code)
        brands = [*shop.brand_of.values(), *UNSOLD]
        words = shop_words(shop.types) | {w for b in brands for w in b.name.lower().split()}
        self.guarded = {ears.fold(w) for w in words} - FUNCTION_WORDS | ears.NUMBER_TOKENS
        self.homophones = {ears.fold(k): v for k, v in HOMOPHONES[self.code].items()}

    def apply(self, what: str, words: list[Tok], brand: Brand | None) -> str | None:
        """The error ``what`` made on ``words`` if it can be made and changes no product's
        word into another's; its tag, or None (``words`` then unchanged)."""
        before = [w.text for w in words]
        trial = [Tok(w.text, w.role) for w in words]
        tag = ERRORS[what](self, trial, brand)
        after = [w.text for w in trial]
        if tag and after != before and self._fits(before, after):
            words[:] = trial
            return tag
        return None

    def _fits(self, before: list[str], after: list[str]) -> bool:
        """An error must not write another word of the shop, a brand's word or a number."""

        def tokens(texts: list[str]) -> set[str]:
            return {ears.fold(t) for w in texts for t in re.split(r"[\s'’-]+", w) if t}

        return not (tokens(after) - tokens(before)) & self.guarded

    def _spots(self, words: list[Tok], roles: tuple[str, ...]) -> list[int]:
        spots = [n for n, w in enumerate(words) if w.role in roles]
        self.rng.shuffle(spots)
        return spots

    def _homophone(self, words: list[Tok], brand: Brand | None) -> str | None:
        for n in self._spots(words, ("noun", "value", "thing")):
            heard = self.homophones.get(ears.fold(words[n].text))
            if heard:
                words[n : n + 1] = toks(self.rng.choice(heard), words[n].role)
                return "homophone"
        return None

    def _split(self, words: list[Tok], brand: Brand | None) -> str | None:
        for n in self._spots(words, ("noun", "value", "thing")):
            cut = ears.cut(words[n].text, self.rng)
            if cut:
                words[n : n + 1] = toks(cut, words[n].role)
                return "split"
        return None

    def _merged(self, words: list[Tok], brand: Brand | None) -> str | None:
        joinable = ("brand", "noun", "value", "thing")
        pairs = [n for n in range(len(words) - 1)
                 if words[n].role in joinable and words[n + 1].role in joinable]  # fmt: skip
        if not pairs:
            return None
        n = self.rng.choice(pairs)
        words[n : n + 2] = [Tok(words[n].text + words[n + 1].text, words[n + 1].role)]
        return "merged"

    def _clipped(self, words: list[Tok], brand: Brand | None) -> str | None:
        last = len(words) - 1
        if words[last].role in ("size", "noun", "value", "thing") and self.rng.random() < 0.5:
            clipped = ears.clip(words[last].text, self.rng, last=True)
            if clipped:
                words[last].text = clipped
                return "clipped"
        for n in self._spots(words, ("noun", "value", "thing")):
            clipped = ears.clip(words[n].text, self.rng, last=n == last)
            if clipped:
                words[n].text = clipped
                return "clipped"
        return None

    def _plural(self, words: list[Tok], brand: Brand | None) -> str | None:
        nouns = [n for n, w in enumerate(words) if w.role == "noun"]
        if not nouns:
            return None
        n = nouns[0] if self.code == "fr" else nouns[-1]
        swapped = ears.plural_swapped(words[n].text, self.code)
        if swapped is None:
            return None
        words[n].text = swapped
        return "plural"

    def _number_heard(self, words: list[Tok], brand: Brand | None) -> str | None:
        table = NUMBERS_HEARD[self.code]
        for n in self._spots(words, ("size", "grade")):
            heard = table.get(words[n].text)
            if heard:
                words[n : n + 1] = toks(self.rng.choice(heard), words[n].role)
                return "number_heard"
        return None

    def _brand_heard(self, words: list[Tok], brand: Brand | None) -> str | None:
        at = [n for n, w in enumerate(words) if w.role == "brand"]
        if brand is None or not at:
            return None
        heard = brand.heard[self.lang]
        if words[at[-1]].text.endswith("'s"):
            heard += "'s"
        words[at[0] : at[-1] + 1] = toks(heard, "brand")
        return "brand_heard"

    def _accents(self, words: list[Tok], brand: Brand | None) -> str | None:
        every = self.code == "fr" and self.rng.random() < 0.7
        for word in words:
            if every or word.role == "brand" or (self.code == "fr" and word.role == "noun"):
                word.text = ears.fold(word.text)
        return "accents"

    def _disfluency(self, words: list[Tok], brand: Brand | None) -> str | None:
        rng = self.rng
        inside = [n for n, w in enumerate(words) if w.role not in ("carrier", "closing")]
        if not inside:
            return None
        roll = rng.random()
        if roll < 0.45:
            at = rng.choice(inside)
            words[at:at] = toks(rng.choice(FILLERS[self.code]), "filler")
            return "filler"
        again = [n for n in inside if words[n].role in ("det", "brand", "noun", "value", "link")]
        if roll < 0.75 and again:
            n = rng.choice(again)
            words[n:n] = [Tok(words[n].text, words[n].role)]  # "le le", "the the"
            return "repeat"
        content = [n for n in inside if words[n].role in ("noun", "brand", "thing")]
        if not content or len(words[content[0]].text) < 5:
            return None
        n = content[0]
        start = words[n].text[: rng.randint(2, 4)]
        words[n:n] = [Tok(start, words[n].role)]  # "cre crevettes": a word begun again
        return "false_start"


ERRORS = {
    "homophone": Recogniser._homophone, "split": Recogniser._split, "merged": Recogniser._merged,
    "clipped": Recogniser._clipped, "plural": Recogniser._plural,
    "number_heard": Recogniser._number_heard, "brand_heard": Recogniser._brand_heard,
    "accents": Recogniser._accents, "disfluency": Recogniser._disfluency,
}  # fmt: skip
GROUP = {"filler": "disfluency", "repeat": "disfluency", "false_start": "disfluency"}
