"""How a shopper of the *hinter* half puts a request into words (:mod:`bench.resolution_hinter`),
before any recogniser hears it.

:class:`Voice` turns a :class:`~bench.resolution_hinter_shop.Meant` into words, each with its
role (``noun``, ``value``, ``size``, ``maker``, ``carrier``, ``filler``, ``wrong`` ...), and the
tags of how it was said. The shopper's own slips are made here: a hesitation, a word said twice,
part of a maker's name, and a self-correction (« le rouge, non pardon, le blanc »), which never
changes what is meant: the corrected word is.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from bench import resolution_hinter_phrases as ph
from bench.resolution_hinter_makers import Maker
from bench.resolution_hinter_numbers import say_numbers, size_ways
from bench.resolution_hinter_shop import LETTER_SIZE, HinterShop, Meant, fold
from bench.resolution_hinter_stock import Ware

SIZE_WAYS = {"digits": 40, "words": 25, "trade": 35}
SPEECH_NOISE = ("filler", "correction", "partial_maker", "repeat")
GENERIC = {
    "supply",
    "works",
    "racing",
    "maison",
    "confections",
    "equipement",
    "cie",
    "lane",
    "alley",
    "fils",
}  # words of a maker's name nobody says alone


@dataclass
class Word:
    text: str
    role: str


def _words(text: str, role: str) -> list[Word]:
    return [Word(w, role) for w in text.split()]


class Voice:
    def __init__(self, shop: HinterShop, code: str, rng: random.Random,
                 makers: dict[str, Maker]) -> None:  # fmt: skip
        self.shop, self.code, self.rng, self.makers = shop, code, rng, makers
        self.lang = ("fr", "en").index(code)

    # --- the parts --------------------------------------------------------------------------
    def _noun(self, meant: Meant, tags: list[str]) -> str:
        names = self.shop.wares[meant.ware].names(self.lang)
        if self.rng.random() < 0.55:
            return names[0]
        tags.append("other_name")
        return self.rng.choice(names)

    def _value(self, meant: Meant, value: int, tags: list[str], quiet: bool = False) -> str:
        names = self.shop.wares[meant.ware].value_names(value, self.lang)
        name = names[0] if self.rng.random() < 0.6 else self.rng.choice(names)
        if name != names[0] and not quiet:
            tags.append("other_value")
        if re.search(r"\d", name) and self.rng.random() < 0.45:
            name = say_numbers(name, self.code)
            if not quiet:
                tags.append("value_words")
        return name.lower()

    def _size(self, meant: Meant, size: int, tags: list[str], quiet: bool = False) -> str:
        label = self.shop.wares[meant.ware].sizes[size][self.lang]
        ways = size_ways(label, self.code)
        text, tag = self.rng.choices(ways, [SIZE_WAYS[t] for _, t in ways])[0]
        if not quiet:
            tags.append(f"size_{tag}")
        return text

    def _linked_size(self, text: str) -> str:
        if self.rng.random() < 0.3:
            return text
        kind = "letter" if LETTER_SIZE.match(text.upper()) else "amount"
        return f"{self.rng.choice(ph.SIZE_LINK[(self.code, kind)])} {text}"

    def _maker_name(self, brand: str, tags: list[str], partial: bool) -> str:
        maker = self.makers[brand]
        if partial:  # one word of the name no other maker has
            own = [w for w in maker.words() if len(w) >= 4 and self._only_in(w, brand)
                   and fold(w) not in GENERIC]  # fmt: skip
            if len(maker.words()) > 1 and own:
                tags.append("partial_maker")
                return self.rng.choice(own)
        name = brand.lower()
        if "&" in name and self.rng.random() < 0.6:
            name = name.replace("&", ("et", "and")[self.lang])
        return name

    def _only_in(self, word: str, brand: str) -> bool:
        return not any(word in fold(other).split() for other in self.makers if other != brand)

    # --- the request ------------------------------------------------------------------------
    def say(self, meant: Meant, slips: set[str], thing: str = "") -> tuple[list[Word], list[str]]:
        rng, code = self.rng, self.code
        tags: list[str] = []
        ware = self.shop.wares[meant.ware] if meant.ware >= 0 else None
        noun = self._noun(meant, tags) if ware else thing
        value = self._value(meant, meant.value, tags) if meant.value >= 0 else ""
        if meant.extreme:
            size = rng.choice(ph.EXTREMES[(code, meant.extreme)])
            tags.append("size_extreme")
        else:
            size = self._size(meant, meant.size, tags) if meant.size >= 0 and ware else ""
        maker = ""
        if meant.brand:
            maker = self._maker_name(meant.brand, tags, "partial_maker" in slips)
        wrong = self._slip_target(meant, slips, value, size, maker)
        ask, det_kind = rng.choice(ph.ASKS[code]) if rng.random() < 0.78 else ("", "def")
        if not ask and rng.random() < 0.45:
            det_kind = "bare"
        parts = self._phrase(ware, noun, value, size, maker, det_kind, tags, wrong)
        words: list[Word] = []
        if ask:
            if rng.random() < 0.3:
                words += _words(rng.choice(ph.OPENERS[code]), "carrier")
                tags.append("opener")
            if code == "fr" and ask.endswith(" de") and parts:
                if parts[0].text in ("le", "les"):  # de le → du, de les → des
                    ask = ask[:-3]
                    parts[0].text = {"le": "du", "les": "des"}[parts[0].text]
                elif _vowel(parts[0].text):
                    ask = ask[:-3] + " d'"
            words += _words(ask, "carrier")
            tags.append("carrier")
        words += parts
        if rng.random() < 0.09:
            words += _words(rng.choice(ph.QUANTITY[code]), "carrier")
            tags.append("quantity")
        if rng.random() < 0.2:
            words += _words(rng.choice(ph.CLOSINGS[code]), "carrier")
            tags.append("closing")
        if "filler" in slips and len(words) >= 2:
            at = rng.randint(1, len(words) - 1)
            words.insert(at, Word(rng.choice(ph.FILLERS[code]), "filler"))
            tags.append("filler")
        if "repeat" in slips:
            at = rng.randrange(len(words))
            if words[at].role in ("carrier", "det", "noun"):
                words.insert(at, Word(words[at].text, "filler"))
                tags.append("repeat")
        return words, tags

    def _slip_target(self, meant: Meant, slips: set[str], value: str, size: str,
                     maker: str) -> tuple[str, str]:  # fmt: skip
        """A word said wrong first, and the part it stands before (value, size or maker)."""
        if "correction" not in slips or meant.ware < 0:
            return "", ""
        ware, rng, options = self.shop.wares[meant.ware], self.rng, []
        if value and len(ware.values) > 1:
            other = rng.choice([v for v in range(len(ware.values)) if v != meant.value])
            options.append(("value", self._value(meant, other, [], quiet=True)))
        if size and meant.size >= 0 and len(ware.sizes) > 1:
            other = rng.choice([s for s in range(len(ware.sizes)) if s != meant.size])
            options.append(("size", self._size(meant, other, [], quiet=True)))
        if maker and len(self.shop.brands) > 1:
            other = rng.choice([b for b in self.shop.brands if b != meant.brand])
            options.append(("maker", other.lower()))
        if not options:
            return "", ""
        return rng.choice(options)

    def _phrase(self, ware: Ware | None, noun: str, value: str, size: str, maker: str,
                det_kind: str, tags: list[str], wrong: tuple[str, str]) -> list[Word]:  # fmt: skip
        rng, code = self.rng, self.code
        spans: dict[str, list[Word]] = {}
        for role, text in (("value", value), ("size", size), ("maker", maker)):
            said = _words(text, role)
            if text and wrong[0] == role:
                fix = rng.choice(ph.CORRECTIONS[code])
                said = _words(wrong[1], "wrong") + _words(fix, "filler") + said
                tags.append("correction")
            elif text and role == "size" and not size_first_ok(text):
                said = _words(self._linked_size(text), role)
            spans[role] = said
        nouns = _words(noun, "noun")
        first = bool(spans["size"]) and rng.random() < (0.18 if code == "fr" else 0.3)
        first = first and ware is not None and (code == "fr" or size[:1].isdigit())
        first = first and "size_extreme" not in tags and wrong[0] != "size"
        if first:
            tags.append("size_first")
            spans["size"] = _words(size, "size")
        sized = spans["size"] if first else []
        core = nouns + sized + spans["value"] if code == "fr" else sized + spans["value"] + nouns
        possessive = False
        if spans["maker"]:
            at = rng.random()
            if at < 0.1:
                possessive = True
                tags.append("maker_front" if code == "fr" else "maker_possessive")
            elif code == "en" and at < 0.5:
                core = spans["maker"] + core
                tags.append("maker_before")
            elif code == "fr" and at < 0.3:
                core = nouns + spans["maker"] + core[len(nouns) :]
                tags.append("maker_inside")
            else:
                before, _, after = rng.choice(ph.MAKER_AFTER[code]).partition("{}")
                core = core + _words(before, "link") + spans["maker"] + _words(after, "link")
                tags.append("maker_after")
        if ware is None and code == "fr":  # the thing carries its own article
            if det_kind == "bare" and core and core[0].text in ("un", "une", "des", "du"):
                core = core[1:]
            det = ""
        else:
            grammar = ware.grammar(self.lang) if ware else ("p" if noun.endswith("s") else "c")
            det = ph.determiner(code, det_kind, grammar, core[0].text if core else "")
        words = ([Word(det, "det")] if det else []) + core
        if possessive:
            lead = spans["maker"]
            if code == "en":
                lead[-1] = Word(lead[-1].text + "'s", "maker")
                words = lead + core
            else:
                words = lead + words
        if not first:
            words += spans["size"]
        return [w for w in words if w.text]


def size_first_ok(text: str) -> bool:
    """A size said with its own link (« taille m », "size medium", "the big one")."""
    return text.startswith(("taille", "pointure", "du ", "de ", "le ", "la ", "par ", "goupille",
                            "dans ", "en ", "size", "the ", "a ", "pack", "in ", "half"))  # fmt: skip


def _vowel(text: str) -> bool:
    return text[:1].lower() in "aeiouéèêâîôûh"
