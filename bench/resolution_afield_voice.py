"""How a shopper of the *afield* half puts a request into words (:mod:`bench.resolution_afield`),
before a recogniser hears it.

:class:`Voice` turns a :class:`~bench.resolution_afield_shop.Wish` into words (:class:`Tok`, each
with its role: ``ware``, ``value``, ``size``, ``maker``, ``thing``, ``carrier`` ...) and the tags of
how it was said: the shopper's own name for a ware or a value, a model code said aloud, a size the
trade's way, the maker before the ware, inside it or after it. Its slips are made here too: a
hesitation, a false start, and a self-correction (« une soixante, rectification, une
quatre-vingts »), which never changes what was meant: the corrected word is.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from bench import resolution_afield_phrases as ph
from bench.resolution_afield_makers import Maker
from bench.resolution_afield_numbers import say_code, say_numbers
from bench.resolution_afield_shop import AfieldShop, Wish
from bench.resolution_afield_sizes import size_ways

SIZE_WAYS = {"digits": 35, "words": 30, "trade": 35}
MAKER_PLACES = {"maker_first": 52, "maker_after": 22, "maker_inside": 14, "maker_linked": 12}
SPEECH_NOISE = ("correction", "filler", "restart")


@dataclass
class Tok:
    text: str
    role: str
    maker: str = ""  # the maker's name, for a word of it


def toks(text: str, role: str, maker: str = "") -> list[Tok]:
    return [Tok(w, role, maker) for w in text.split()]


class Voice:
    def __init__(self, shop: AfieldShop, code: str, rng: random.Random,
                 makers: dict[str, Maker]) -> None:  # fmt: skip
        self.shop, self.code, self.rng, self.makers = shop, code, rng, makers
        self.lang = ("fr", "en").index(code)

    # --- the parts --------------------------------------------------------------------------
    def ware(self, ware: int, tags: list[str]) -> str:
        names = self.shop.wares[ware].names(self.lang)
        if len(names) > 1 and self.rng.random() < 0.35:
            tags.append("ware_alt")
            return self.rng.choice(names[1:])
        return names[0]

    def value(self, ware: int, value: int, tags: list[str]) -> str:
        spec = self.shop.wares[ware]
        names = spec.value_names(value, self.lang)
        name = names[0]
        if len(names) > 1 and self.rng.random() < 0.35:
            name = self.rng.choice(names[1:])
            tags.append("value_alt")
        if spec.axis == "model" and self.rng.random() < 0.6:
            tags.append("code_said")
            return say_code(name, self.code, self.rng)
        if re.search(r"\d", name) and self.rng.random() < 0.45:
            tags.append("value_words")
            return say_numbers(name, self.code)
        return name

    def size(self, ware: int, size: int, tags: list[str]) -> str:
        label = self.shop.wares[ware].size_label(size, self.lang)
        ways = size_ways(label, self.code, self.shop.kind)
        text, way = self.rng.choices(ways, [SIZE_WAYS[w] for _, w in ways])[0]
        tags.append(f"size_{way}")
        return text

    def _other(self, wish: Wish, part: str) -> str:
        """A wrong word for a slip on ``part``: another value, size or maker of the shop."""
        rng, spec = self.rng, self.shop.wares[wish.ware]
        if part == "value":
            other = rng.choice([v for v in range(len(spec.values)) if v != wish.value])
            return self.value(wish.ware, other, [])
        if part == "size":
            other = rng.choice([s for s in range(len(spec.sizes)) if s != wish.size])
            return self.size(wish.ware, other, [])
        return self.makers[rng.choice([b for b in self.shop.brands if b != wish.brand])].spoken(
            self.code
        )

    # --- the request ------------------------------------------------------------------------
    def say(self, wish: Wish, slips: set[str]) -> tuple[list[Tok], list[str]]:
        rng, code = self.rng, self.code
        tags: list[str] = []
        if wish.ware >= 0:
            noun = toks(self.ware(wish.ware, tags), "ware")
        else:
            noun = toks(wish.thing, "thing")
        value = toks(self.value(wish.ware, wish.value, tags), "value") if wish.value >= 0 else []
        size = toks(self.size(wish.ware, wish.size, tags), "size") if wish.size >= 0 else []
        maker = []
        if wish.brand:
            maker = toks(self.makers[wish.brand].spoken(code), "maker", wish.brand)
        if "correction" in slips:
            value, size, maker = self._correct(wish, value, size, maker, tags)
        if code == "en" and value and rng.random() < 0.8:
            words = value + noun
        else:
            words = noun + value
            if code == "en" and value:
                tags.append("value_after")
        if size and code == "en" and rng.random() < 0.2 and "correction" not in tags:
            words = size + words
            tags.append("size_first")
        else:
            words += size
        if maker:
            words = self._place_maker(words, noun, maker, tags)
        if "restart" in slips:
            words = self._restart(words, tags)
        if rng.random() < 0.76:
            words = toks(rng.choice(ph.OPENINGS[code]), "carrier") + words
            tags.append("carrier")
        if rng.random() < 0.2:
            words += toks(rng.choice(ph.CLOSINGS[code]), "carrier")
            tags.append("closing")
        if "filler" in slips and len(words) > 1:  # never inside an opening or a closing
            gaps = [n for n in range(1, len(words)) if "carrier" not in (words[n - 1].role, words[n].role)
                    or words[n - 1].role != words[n].role]  # fmt: skip
            at = rng.choice(gaps)
            words[at:at] = toks(rng.choice(ph.FILLERS[code]), "filler")
            tags.append("filler")
        return words, tags

    def _place_maker(self, words: list[Tok], noun: list[Tok], maker: list[Tok],
                     tags: list[str]) -> list[Tok]:  # fmt: skip
        place = self.rng.choices(list(MAKER_PLACES), list(MAKER_PLACES.values()))[0]
        tags.append(place)
        if place == "maker_first":
            return maker + words
        if place == "maker_after":
            return words + maker
        if place == "maker_linked":
            return words + toks(self.rng.choice(ph.MAKER_LINKS[self.code]), "link") + maker
        at = next(n for n, tok in enumerate(words) if tok is noun[-1]) + 1
        return words[:at] + maker + words[at:]

    def _correct(self, wish: Wish, value: list[Tok], size: list[Tok], maker: list[Tok],
                 tags: list[str]) -> tuple[list[Tok], list[Tok], list[Tok]]:  # fmt: skip
        """One part said wrong first, taken back, then said right."""
        spec = self.shop.wares[wish.ware] if wish.ware >= 0 else None
        parts = []
        if value and spec and len(spec.values) > 1:
            parts.append("value")
        if size and spec and len(spec.sizes) > 1:
            parts.append("size")
        if (
            maker
            and wish.ware >= 0
            and wish.brand in self.shop.brands
            and len(self.shop.brands) > 1
        ):
            parts.append("maker")
        if not parts:
            return value, size, maker
        part = self.rng.choice(parts)
        wrong = toks(self._other(wish, part), "wrong")
        back = toks(self.rng.choice(ph.TAKE_BACKS[self.code]), "fix")
        tags.append("correction")
        if part == "value":
            return wrong + back + value, size, maker
        if part == "size":
            return value, wrong + back + size, maker
        return value, size, wrong + back + maker

    def _restart(self, words: list[Tok], tags: list[str]) -> list[Tok]:
        """A false start: the first letters of the first long word, then the word."""
        for at, tok in enumerate(words):
            if tok.role in ("ware", "thing", "maker") and len(tok.text) >= 6:
                cut = tok.text[: self.rng.randint(3, min(5, len(tok.text) - 2))]
                tags.append("restart")
                return [*words[:at], Tok(cut, "stutter"), *words[at:]]
        return words
