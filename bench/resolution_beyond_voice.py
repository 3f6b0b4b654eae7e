"""A *beyond* shopper's words for a wish, before any recogniser: an opening, the maker before,
inside or after the ware, the ware by any of its names, the value and the size the trade's way,
who it is for, a closing; and, when asked, the shopper's own slips (hesitations, stutters,
take-backs, asides). Each word is a :class:`Tok` with its role, for the recogniser to work on."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.resolution_beyond_makers import Maker
from bench.resolution_beyond_phrases import (
    ASIDES,
    CLOSINGS,
    FOR_WHOM,
    HESITATIONS,
    MAKER_AFTER,  # fmt: skip
    OPEN_ARTICLE,
    OPEN_BARE,
    TAKE_BACKS,
)
from bench.resolution_beyond_shop import BeyondShop, Wish
from bench.resolution_beyond_sizes import size_ways

SPEECH_NOISE = ("hesitation", "stutter", "take_back", "aside")
# The French article after « de » (« besoin d'un arc », « besoin de flèches »).
AFTER_DE = {"un": "d'un", "une": "d'une", "des": "de", "du": "de", "de la": "de", "de l'": "d'"}
SIZE_WAYS = {"size_digits": 40, "size_words": 35, "size_trade": 25}


@dataclass(frozen=True)
class Tok:
    text: str
    role: str  # open, art, maker, ware, value, size, link, whom, close, filler, thing
    ref: str = ""  # the maker a maker word belongs to


def toks(text: str, role: str, ref: str = "") -> list[Tok]:
    return [Tok(w, role, ref) for w in text.split()]


def article_en(next_word: str) -> str:
    """ "a" or "an" by how the next word sounds ("an ESC", "an RCD", "a one hundred")."""
    first = next_word[:1].lower()
    if next_word[:1].isupper() and next_word.isupper() and len(next_word) > 1:
        return "an" if first in "aefhilmnorsx" else "a"
    if next_word.lower().startswith(("one", "uni", "eu")):
        return "a"
    return "an" if first in "aeiou" or next_word[:1] == "8" else "a"


class Voice:
    def __init__(self, shop: BeyondShop, code: str, rng: random.Random,
                 makers: dict[str, Maker]) -> None:  # fmt: skip
        self.shop, self.code, self.rng, self.makers = shop, code, rng, makers
        self.lang = ("fr", "en").index(code)

    def say(self, wish: Wish, slips: set[str]) -> tuple[list[Tok], list[str]]:
        """The words for ``wish``, with the form tags and the slips in ``slips`` applied (a
        take-back only where there is something else to have said first)."""
        rng, code, tags = self.rng, self.code, []
        bare = rng.random() < 0.12
        opening = ""
        if rng.random() < 0.78:
            tags.append("carrier")
            opening = rng.choice((OPEN_BARE if bare else OPEN_ARTICLE)[code])
        self.after_de = opening.endswith(" de")  # « besoin de » + « un arc » → « besoin d'un arc »
        opening = opening.removesuffix(" de") if self.after_de else opening
        self.back = self._back_part(wish) if "take_back" in slips else ""
        core = self._thing(wish, bare) if wish.thing else self._ware(wish, bare, tags)
        chunks = [toks(opening, "open"), core] if opening else [core]
        if rng.random() < 0.1:
            tags.append("for_whom")
            chunks.append(toks(rng.choice(FOR_WHOM[code]), "whom"))
        if rng.random() < 0.25:
            tags.append("closing")
            chunks.append(toks(rng.choice(CLOSINGS[code]), "close"))
        if "aside" in slips:
            tags.append("aside")
            chunks.insert(rng.randint(1, len(chunks)), toks(rng.choice(ASIDES[code]), "filler"))
        words = [t for chunk in chunks for t in chunk]
        if "hesitation" in slips:
            tags.append("hesitation")
            at = rng.randint(0, len(words))
            words[at:at] = toks(rng.choice(HESITATIONS[code]), "filler")
        if "stutter" in slips:
            tags.append("stutter")
            at = rng.randrange(len(words))
            words.insert(at, words[at])
        if self.back:
            tags.append("take_back")
        return _elide(words), tags

    def _back_part(self, wish: Wish) -> str:
        """Which said part the shopper first gets wrong: one with something else to say."""
        if wish.thing:
            return ""
        ware = self.shop.wares[wish.ware]
        parts = [part for part, has in (("value", wish.value >= 0 and len(ware.values) > 1),
                                        ("size", wish.size >= 0 and len(ware.sizes) > 1),
                                        ("maker", bool(wish.brand) and len(self.shop.brands) > 1))
                 if has]  # fmt: skip
        return self.rng.choice(parts) if parts else ""

    # --- the ware -------------------------------------------------------------------------
    def _ware(self, wish: Wish, bare: bool, tags: list[str]) -> list[Tok]:
        rng, lang, code = self.rng, self.lang, self.code
        ware = self.shop.wares[wish.ware]
        names = ware.names(lang)
        name = names[0]
        if len(names) > 1 and rng.random() < 0.3:
            name = rng.choice(names[1:])
            tags.append("ware_alt")
        noun = toks(name, "ware")
        value: list[Tok] = []
        if wish.value >= 0:
            said = ware.values[wish.value].names(lang)
            text = said[0]
            if len(said) > 1 and rng.random() < 0.3:
                text = rng.choice(said[1:])
                tags.append("value_alt")
            value = toks(text, "value")
            if self.back == "value":
                others = [v.names(lang)[0] for n, v in enumerate(ware.values) if n != wish.value]
                value = [*toks(rng.choice(others), "value"), *self._taking_back(), *value]
        size: list[Tok] = []
        if wish.size >= 0:
            size = self._size(ware.sizes[wish.size][lang], tags)
            if self.back == "size":
                others = [s[lang] for n, s in enumerate(ware.sizes) if n != wish.size]
                size = [*self._size(rng.choice(others), []), *self._taking_back(), *size]
        if value and rng.random() < (0.1 if code == "fr" else 0.25):
            tags.append("value_moved")  # fr: before the noun; en: after it
            body = [*value, *noun] if code == "fr" else [*noun, *value]
        else:
            body = [*noun, *value] if code == "fr" else [*value, *noun]
        if size:
            first = rng.random() < (0.1 if code == "fr" else 0.4)
            tags.append("size_first" if first else "size_last")
            body = [*size, *body] if first else [*body, *size]
        if wish.brand:
            body = self._place_maker(wish.brand, body, noun, tags)
        if bare:
            return body
        if code == "fr" and "maker_first" in tags:
            return [*toks("de", "art"), *body] if self.after_de else body
        article = self._article(ware.article, body)
        return [*article, *body]

    def _taking_back(self) -> list[Tok]:
        return toks(self.rng.choice(TAKE_BACKS[self.code]), "filler")

    def _size(self, label: str, tags: list[str]) -> list[Tok]:
        ways = size_ways(label, self.code, self.shop.kind)
        kinds = [k for k in SIZE_WAYS if any(tag == k for _, tag in ways)]
        kind = self.rng.choices(kinds, [SIZE_WAYS[k] for k in kinds])[0]
        text = self.rng.choice([w for w, tag in ways if tag == kind])
        tags.append(kind)
        return toks(text, "size")

    def _place_maker(self, brand: str, body: list[Tok], noun: list[Tok],
                     tags: list[str]) -> list[Tok]:  # fmt: skip
        rng, code = self.rng, self.code
        maker = toks(brand, "maker", brand)
        if self.back == "maker":
            other = rng.choice([b for b in self.shop.brands if b != brand])
            maker = [*toks(other, "maker", other), *self._taking_back(), *maker]
        roll = rng.random()
        first, inside = (0.25, 0.45) if code == "fr" else (0.55, 0.2)
        if roll < first:
            tags.append("maker_first")
            return [*maker, *body]
        if roll < first + inside:
            tags.append("maker_inside")
            at = body.index(noun[-1]) + 1 if noun[-1] in body else len(body)
            return [*body[:at], *maker, *body[at:]]
        tags.append("maker_after")
        return [*body, *toks(rng.choice(MAKER_AFTER[code]), "link"), *maker]

    def _article(self, articles: tuple[str, str], body: list[Tok]) -> list[Tok]:
        if self.code == "en":
            if not articles[1]:
                return toks("some", "art") if self.rng.random() < 0.3 else []
            return toks(article_en(body[0].text), "art")
        if self.after_de:
            return toks(AFTER_DE[articles[0]], "art")
        return toks(articles[0], "art")

    def _thing(self, wish: Wish, bare: bool) -> list[Tok]:
        words = wish.thing.split()
        thing = [Tok(w, "thing") for w in words]
        if words[0] in ("un", "une", "des", "du", "a", "an") and words[1:]:
            if bare:
                thing = thing[1:]
            elif self.after_de:
                thing[0] = Tok(AFTER_DE[words[0]], "art")
        elif self.after_de:
            thing.insert(0, Tok("de", "art"))
        if not wish.brand:
            return thing
        maker = toks(wish.brand, "maker", wish.brand)
        link = toks(self.rng.choice(MAKER_AFTER[self.code]), "link")
        return [*thing, *link, *maker]


def _elide(words: list[Tok]) -> list[Tok]:
    """An article ending in an apostrophe is written with the next word (« d'huile »)."""
    out: list[Tok] = []
    for tok in words:
        if out and out[-1].text.endswith("'") and out[-1].role in ("art", "open"):
            out[-1] = Tok(out[-1].text + tok.text, tok.role, tok.ref)
            continue
        out.append(tok)
    return out
