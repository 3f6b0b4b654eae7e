"""The *beyond* half's recogniser: what it writes for a shopper's words. Each kind of mishearing
returns the new words, or None where it has nothing to work on (no accent to lose, no maker of
the other language...), so that the half can try another."""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

from bench.resolution_beyond_makers import Maker
from bench.resolution_beyond_numbers import english, french
from bench.resolution_beyond_sounds import HOMOPHONES, LITTLE, RESPELL, SOUNDALIKES
from bench.resolution_beyond_voice import Tok, toks

EAR_NOISE = ("soundalike", "homophone", "maker_foreign", "maker_respelled", "split", "merged",
             "letter_slip", "accents_lost", "number_split", "little_lost")  # fmt: skip
CONTENT = ("ware", "value", "maker", "size", "thing")
VOWELS = "aeiouyéèêàâîôû"


def strip_accents(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).replace("œ", "oe")


class Ear:
    def __init__(self, code: str, rng: random.Random, makers: dict[str, Maker]) -> None:
        self.code, self.rng, self.makers = code, rng, makers

    def hear(self, words: list[Tok], kind: str) -> list[Tok] | None:
        hearing: Callable[[list[Tok]], list[Tok] | None] = getattr(self, kind)
        return hearing(words)

    def _swap(self, words: list[Tok], at: int, text: str) -> list[Tok]:
        old = words[at]
        return [*words[:at], *toks(text, old.role, old.ref), *words[at + 1 :]]

    def _pick(self, words: list[Tok], fits: Callable[[Tok], bool]) -> int | None:
        places = [n for n, t in enumerate(words) if fits(t)]
        return self.rng.choice(places) if places else None

    def soundalike(self, words: list[Tok]) -> list[Tok] | None:
        table = SOUNDALIKES[self.code]
        at = self._pick(words, lambda t: t.role in CONTENT and t.text.lower() in table)
        if at is None:
            return None
        return self._swap(words, at, self.rng.choice(table[words[at].text.lower()]))

    def homophone(self, words: list[Tok]) -> list[Tok] | None:
        table = HOMOPHONES[self.code]
        at = self._pick(words, lambda t: t.text.lower() in table)
        if at is None:
            return None
        return self._swap(words, at, self.rng.choice(table[words[at].text.lower()]))

    def maker_foreign(self, words: list[Tok]) -> list[Tok] | None:
        """A maker named in the other language, written as this language hears it."""
        refs = [t.ref for t in words if t.role == "maker" and t.ref in self.makers
                and self.makers[t.ref].origin != self.code]  # fmt: skip
        if not refs:
            return None
        ref = self.rng.choice(refs)
        heard = toks(self.makers[ref].heard(self.code), "maker", ref)
        out: list[Tok] = []
        for n, tok in enumerate(words):
            if tok.role == "maker" and tok.ref == ref:
                if n == 0 or words[n - 1].role != "maker" or words[n - 1].ref != ref:
                    out.extend(heard)
                continue
            out.append(tok)
        return out

    def maker_respelled(self, words: list[Tok]) -> list[Tok] | None:
        """A maker's word respelled by sound in its own language ("Kell" → "kel")."""
        rules = RESPELL[self.code]
        places = [(n, a, b) for n, t in enumerate(words) if t.role == "maker"
                  and t.ref in self.makers and self.makers[t.ref].origin == self.code
                  for a, b in rules if a in t.text.lower()]  # fmt: skip
        if not places:
            return None
        at, old, new = self.rng.choice(places)
        return self._swap(words, at, words[at].text.lower().replace(old, new, 1))

    def split(self, words: list[Tok]) -> list[Tok] | None:
        """A long word cut in two where a vowel meets a consonant."""
        at = self._pick(words, lambda t: t.role in CONTENT and len(t.text) >= 7
                        and t.text.isalpha())  # fmt: skip
        if at is None:
            return None
        word = words[at].text
        cuts = [n for n in range(3, len(word) - 2)
                if word[n - 1].lower() in VOWELS and word[n].lower() not in VOWELS]  # fmt: skip
        if not cuts:
            return None
        cut = self.rng.choice(cuts)
        return self._swap(words, at, f"{word[:cut]} {word[cut:]}")

    def merged(self, words: list[Tok]) -> list[Tok] | None:
        """Two words run together, one of them a ware's, a value's or a maker's."""
        places = [n for n in range(len(words) - 1)
                  if {words[n].role, words[n + 1].role} & {"ware", "value", "maker"}
                  and words[n].text.isalpha() and words[n + 1].text.isalpha()]  # fmt: skip
        if not places:
            return None
        at = self.rng.choice(places)
        first, second = words[at], words[at + 1]
        glued = Tok(first.text + second.text.lower(), first.role, first.ref or second.ref)
        return [*words[:at], glued, *words[at + 2 :]]

    def letter_slip(self, words: list[Tok]) -> list[Tok] | None:
        """A doubled consonant written once, or a single one twice, in a ware's word."""
        at = self._pick(words, lambda t: t.role in ("ware", "value") and len(t.text) >= 5
                        and t.text.isalpha())  # fmt: skip
        if at is None:
            return None
        word = words[at].text.lower()
        doubled = re.search(r"([bcdfglmnprst])\1", word)
        if doubled:
            return self._swap(words, at, word[: doubled.start()] + word[doubled.start() + 1 :])
        singles = [m.start() for m in re.finditer(r"(?<=[aeiouéè])[lmnprst](?=[aeiouéè])", word)]
        if not singles:
            return None
        n = self.rng.choice(singles)
        return self._swap(words, at, word[:n] + word[n] + word[n:])

    def accents_lost(self, words: list[Tok]) -> list[Tok] | None:
        if self.code != "fr" or all(strip_accents(t.text) == t.text for t in words):
            return None
        return [Tok(strip_accents(t.text), t.role, t.ref) for t in words]

    def number_split(self, words: list[Tok]) -> list[Tok] | None:
        """A number written in pieces: « quatre-vingts » → "4 20", "twenty two" → "20 2",
        "2200" → "2000 200", "2,5" → "2 5"."""
        for at, tok in enumerate(words):
            if tok.role != "size":
                continue
            text = tok.text
            if re.fullmatch(r"\d+[.,]\d+", text):
                return self._swap(words, at, re.sub(r"[.,]", " ", text))
            if re.fullmatch(r"\d{4}", text) and int(text) % 1000:
                return self._swap(words, at, f"{text[0]}000 {int(text[1:])}")
        say = french if self.code == "fr" else english
        digits = {say(n): str(n) for n in range(1, 100)} | {"vingts": "20"}
        for at, tok in enumerate(words):
            if tok.role != "size":
                continue
            if self.code == "fr" and "-" in tok.text and tok.text in digits:
                parts = tok.text.split("-")
                if all(p in digits for p in parts):
                    return self._swap(words, at, " ".join(digits[p] for p in parts))
            if at + 1 < len(words) and words[at + 1].role == "size":
                pair = f"{tok.text} {words[at + 1].text}"
                if self.code == "en" and pair in digits and tok.text in digits:
                    split = [Tok(digits[tok.text], "size"), Tok(digits[words[at + 1].text], "size")]
                    return [*words[:at], *split, *words[at + 2 :]]
        return None

    def little_lost(self, words: list[Tok]) -> list[Tok] | None:
        little = LITTLE[self.code]
        at = self._pick(words, lambda t: t.text.lower() in little and t.role != "maker")
        if at is None or len(words) < 3:
            return None
        return [*words[:at], *words[at + 1 :]]
