"""The *casual* half of :mod:`bench.resolution_gen`: a fifth tuning half, of shops and speech
none of the other halves has, made before the resolver was tuned on it.

It **is tuned on** (``python -m bench.resolution --misses casual``); ``held`` and ``fresh`` stay
the reported, never-inspected measures. Its words are its own
(:mod:`bench.resolution_casual_shops`, :mod:`bench.resolution_casual_words`): no shop kind,
brand, syllable, carrier phrase, filler, brand link or respelling rule of another half.

- Four kinds of shop: clothing and shoes, bed and bath linen, camping gear, yarn and sewing.
  Sizes of many forms: letters (S to XXL), shoe sizes 39 to 46 and US 7 to 12 with halves,
  waists, bed sizes (« 140 x 190 cm », "queen"), places and persons, comfort ratings in °C and
  °F, lumens, litres, quarts, ounces, yards, packs of pairs. Titles in two orders per shop.
- Casual speech above all: carrier phrases with contractions (« j'veux », « y m'faut »,
  "gimme", "lemme grab"), fillers of its own (« du coup », "y'know"), a product described
  instead of named ("the blue one in medium", « celle en laine taille M »), attributes in free
  order ("large red t-shirt", "t-shirt in red, large"), possessives ("marlo's hiking boots",
  « d'chez Marlo »), articles and plurals that do not agree (« une pull », "two tent"),
  liaisons heard as letters (« deux z'oreillers »), numbers written as digits, words or both
  (« deux-places », "4 person"), fractions and degrees in words, the unit left out when no
  other size of the product has the number (« en 140 »), brands anglicised or francised by the
  recogniser, punctuation added, the utterance trailing off or its last word cut.
- "none": an unsold brand (made up, ordinary words, or another shop's of this half) with a sold
  noun; a shop-like thing the shop does not sell ("swimsuit", « glacière »); a thing of another
  kind of shop, with or without a sold brand.

Every query keeps what tells its products apart: a product described without its noun, a
number without its unit, a word cut short are used only where nothing else in the shop shares
them.
"""

from __future__ import annotations

import random
import re

from bench import resolution_casual_shops as casual_shops
from bench import resolution_casual_words as casual_words
from bench import resolution_noise as noise
from bench.resolution_casual_shops import CasualShop, build_casual_shop, free, made_up, shop_words
from bench.resolution_casual_speech import Speaker
from bench.resolution_far_shops import FAR_SHOPS
from bench.resolution_gen import (
    CASUAL,
    FAR,
    FRESH,
    LOCALES,
    QUERIES_PER_SHOP,
    WIDE,
    GeneratedSet,
    GenQuery,
    Item,
    QueryMaker,
    _foreign_nouns,
    _matching,
    generate,
    pick_product,
)
from bench.resolution_shops import SHOPS
from bench.resolution_wide_shops import WIDE_SHOPS
from catalog.model import Catalog

__all__ = ["CASUAL", "CasualQueryMaker", "CasualShop", "generate_casual"]

VOWEL_START = re.compile(r"^[aeiouéèêâîôh]")


def _plural(noun: str, code: str) -> str:
    words = noun.split()
    at = 0 if code == "fr" else len(words) - 1
    if not words[at].endswith(("s", "x")):
        words[at] += "s"
    return " ".join(words)


class CasualQueryMaker(QueryMaker):
    """The generator's query maker with the casual half's speech."""

    def __init__(self, shop: CasualShop, locale: str, rng: random.Random, plain: list[str],
                 elsewhere: list[str]) -> None:  # fmt: skip
        super().__init__(shop, locale, CASUAL, rng)
        self.casual = shop
        self.plain_unsold = plain
        self.elsewhere = elsewhere  # brands of the half's other shops
        self.say = Speaker(self.code, rng)
        self.vocabulary = shop_words(shop.types) | {
            w for b in shop.brands for w in noise.strip_accents(b.lower()).split()
        }

    def carrier_pool(self, pool: str) -> dict[str, list[str]]:
        return casual_words.CARRIERS[self.code]

    def _product(self, family: bool) -> GenQuery:
        rng, shop = self.rng, self.casual
        pick = pick_product(rng, shop, self.lang, family)
        item, noun, value, size, sizes = pick.item, pick.noun, pick.value, pick.size, pick.sizes
        said, brand_said, value_said = pick.said, pick.brand_said, pick.value_said
        tags: list[str] = []
        size_part = ""
        if not family:
            siblings = sorted({i.size for i in _matching(shop, said)})
            amounts = {s: _amount(sizes[s]) for s in siblings}
            if len(siblings) > 1 and all(amounts.values()) and rng.random() < 0.15:
                end = rng.choice(("large", "small"))
                pick = max if end == "large" else min
                said["size"] = pick(siblings, key=lambda s: amounts[s])
                size_part = rng.choice(casual_words.SIZE_ENDS[(self.code, end)])
                tags.append("size_end")
            else:
                said["size"] = item.size
                size_part = self.say.size(size, [s for s in sizes if s != size], tags)
        expect = _matching(shop, said)
        value_part = self._slur(value.lower(), tags) if value_said else ""
        nameless = self._nameless(item, value if value_said else "", size if size_part else "")
        parts = self._phrase(item, noun, value_part, size_part, nameless, tags)
        if brand_said:
            parts = self._place_brand(parts, self._brand(item.brand, tags), tags)
        text = self._carry(parts, tags)
        kind = "exact" if len(expect) == 1 else "family"
        return self._query(text, {i.id for i in expect}, kind, tags)

    def _nameless(self, item: Item, value: str, size: str) -> bool:
        """Whether the product can be described without its noun: its value (or, unsaid, its
        size) belongs to no other product type of the shop."""
        if not value and not size:
            return False
        for index, (_fr, _en, axis, sizes) in enumerate(self.casual.types):
            if index == item.kind:
                continue
            if value and value in (p[self.lang] for p in axis):
                return False
            if not value and size in (p[self.lang] for p in sizes):
                return False
        return True

    def _phrase(self, item: Item, noun: str, value: str, size: str, nameless: bool,
                tags: list[str]) -> list[str]:  # fmt: skip
        """The noun phrase's parts: an article or a quantity, the noun, the value and the size
        in one of several orders, or a description ("the blue one in medium")."""
        rng, code = self.rng, self.code
        gender = casual_shops.GENDER.get(self.casual.types[item.kind][0], "m")
        n = rng.randint(2, 4) if rng.random() < 0.12 else 1
        noun = self._slur(noun.lower(), tags)
        if n > 1:
            if code == "fr" or rng.random() < 0.7:
                noun = _plural(noun, code)
            else:
                tags.append("agreement")
            count = str(n) if rng.random() < 0.4 else self.say.words_for(n)
            head = rng.choice(casual_words.QUANTITY[code]).format(n=count)
            tags.append("quantity")
        elif code == "fr" and rng.random() < 0.5:
            slip = rng.random() < 0.15
            head = rng.choice((casual_words.SLIPS if slip else casual_words.ARTICLES)[gender])
            tags.append("agreement" if slip else "article")
            if gender.endswith("p"):
                noun = _plural(noun, code)
        elif code == "en" and rng.random() < 0.3:
            head = rng.choice(casual_words.EN_ARTICLES)
            tags.append("article")
        else:
            head = ""
        if code == "fr" and n == 1 and VOWEL_START.match(noun) and rng.random() < 0.3:
            head, noun = rng.choice(("les", "des", "mes")), _plural(noun, code)
            tags.append("article")
        if code == "fr" and head.split()[-1:] and VOWEL_START.match(noun):
            if head.split()[-1] in casual_words.LIAISON and (n > 1 or gender.endswith("p")):
                if rng.random() < 0.6:
                    noun = f"z'{noun}" if rng.random() < 0.6 else f"z{noun}"
                    tags.append("liaison")
            elif head in ("le", "la") and "agreement" not in tags:
                head, noun = "", f"l'{noun}"
        named = f"{head} {noun}".strip()
        roll = rng.random()
        if (value or size) and roll < 0.14:
            return self._describe(named, value, size, gender, nameless, tags)
        plain_size = "unit_left_out" not in tags and "size_end" not in tags
        if value and size and roll < 0.3:
            tags.append("attr_order")
            link = rng.choice(casual_words.ATTR_LINKS[code])
            if code == "en" and plain_size and rng.random() < 0.5:
                return [f"{head} {size} {value} {noun}".strip()]
            if code == "fr" and rng.random() < 0.4:
                return [named, size, value]
            return [f"{named}{link}{value}", size]
        if value and rng.random() < (0.85 if code == "en" else 0.0 if head else 0.15):
            tags.append("value_first")
            return [f"{head} {value} {noun}".strip(), size]
        return [f"{named} {value}".strip(), size]

    def _describe(self, named: str, value: str, size: str, gender: str, nameless: bool,
                  tags: list[str]) -> list[str]:  # fmt: skip
        rng, code = self.rng, self.code
        pronoun = casual_words.PRONOUNS[gender]
        forms = casual_words.ONE[code] if value else casual_words.ONE_PLAIN[code]
        if code == "fr" and value.startswith("à "):
            forms = ["{p} {v}"]
        one = rng.choice(forms).format(v=value, p=pronoun)
        if size:
            link = rng.choice(casual_words.ATTR_LINKS[code])
            if "size_end" in tags:
                link = ", "
            elif size.startswith(("for ", "pour ", "sleeps ", "en ", "in ", "du ")):
                link = " "
            one = f"{one}{link}{size}"
        if nameless and rng.random() < 0.5:
            tags.append("described_nameless")
            return [one]
        tags.append("described")
        return [named, one]

    def _slur(self, text: str, tags: list[str]) -> str:
        """At most one recogniser slip in a phrase: a homophone or a respelling."""
        rng = self.rng
        words = text.split()
        roll = rng.random()
        candidates = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 3]
        if not candidates or roll >= 0.14:
            return text
        at = rng.choice(candidates)
        homophones = casual_words.HOMOPHONES[self.code].get(words[at])
        if roll < 0.08 and homophones:
            words[at] = rng.choice(homophones)
            tags.append("asr_homophone")
        else:
            changed = noise.respell_by_rules(rng, casual_words.RESPELL[self.code], words[at])
            if changed != words[at]:
                words[at] = changed
                tags.append("asr_respell")
        return " ".join(words)

    def _brand(self, brand: str, tags: list[str]) -> str:
        """The brand as heard: "and" for "&", anglicised or francised by the recogniser."""
        rng, said = self.rng, brand.lower()
        if " & " in said:
            said = said.replace(
                " & ", " et " if self.code == "fr" else rng.choice((" and ", " n "))
            )
            tags.append("brand_and")
        if rng.random() < 0.18:
            rules = casual_words.BRAND_RESPELL[self.code]
            changed = " ".join(noise.respell_by_rules(rng, rules, w) for w in said.split())
            if changed != said:
                said = changed
                tags.append("brand_accent")
        return said

    def _place_brand(self, parts: list[str], brand: str, tags: list[str]) -> list[str]:
        """The brand before the noun phrase, as a possessive, linked after it, or at the end."""
        rng, code = self.rng, self.code
        roll = rng.random()
        if roll < 0.2 and code == "en":
            tags.append("brand_possessive")
            head = re.sub(r"^(a|the|some|one of them) ", "", parts[0])
            return [f"{brand}'s {head}", *parts[1:]]
        if roll < 0.45:
            tags.append("brand_linked")
            link = rng.choice(casual_words.BRAND_LINKS[code])
            at = rng.choice((1, len(parts)))
            return [*parts[:at], f"{link} {brand}", *parts[at:]]
        if roll < 0.55:
            tags.append("brand_end")
            return [*parts, brand]
        return [brand, *parts]

    def _carry(self, parts: list[str], tags: list[str]) -> str:
        """Fillers, carrier phrases, punctuation, an unfinished ending or a word cut at the
        end; French accents lost."""
        rng, code = self.rng, self.code
        parts = [p for p in parts if p]
        if rng.random() < 0.15:
            parts.insert(rng.randrange(len(parts) + 1), rng.choice(casual_words.FILLERS[code]))
            tags.append("filler")
        if rng.random() < 0.75:
            parts.insert(0, rng.choice(self.carriers["pre"]))
            tags.append("carrier")
        if rng.random() < 0.2:
            parts.append(rng.choice(self.carriers["post"]))
            tags.append("carrier_after")
        elif rng.random() < 0.07:
            parts.append(rng.choice(casual_words.TRAILS[code]))
            tags.append("trailing_off")
        elif rng.random() < 0.08:
            cut = self._cut_end(parts[-1])
            if cut != parts[-1]:
                parts[-1] = cut
                tags.append("word_cut_end")
        if rng.random() < 0.3:
            text = ", ".join(parts) + rng.choice(casual_words.ENDS[code])
            tags.append("punctuation")
        else:
            text = " ".join(parts)
        if code == "fr" and rng.random() < 0.2:
            text = noise.strip_accents(text)
            tags.append("accents_lost")
        return text.lower()

    def _cut_end(self, part: str) -> str:
        """The last word cut short when what is left begins no other word of the shop."""
        words = part.split()
        last = noise.strip_accents(words[-1])
        if len(last) < 7 or not last.isalpha():
            return part
        stem = last[: len(last) - self.rng.choice((2, 3))]
        if any(w.startswith(stem) and w != last for w in self.vocabulary):
            return part
        return " ".join([*words[:-1], words[-1][: len(stem)]])

    def _query(self, text: str, expect: set[str], kind: str, tags: list[str]) -> GenQuery:
        return super()._query(text, expect, kind, list(dict.fromkeys(tags)))

    def _none(self, unsold_brands: list[str], foreign_nouns: list[str]) -> GenQuery:
        rng, shop = self.rng, self.casual
        tags: list[str] = ["none"]
        roll = rng.random()
        brand = ""
        if roll < 0.47:
            noun = shop.words(rng.choice(shop.items), self.lang)[0]
            if roll < 0.25 or not self.plain_unsold:
                brand, tag = rng.choice(unsold_brands), "unsold_brand"
            elif roll < 0.35:
                brand, tag = rng.choice(self.plain_unsold), "unsold_plain_brand"
            else:
                brand, tag = rng.choice(self.elsewhere), "other_shop_brand"
        elif roll < 0.72:
            noun, tag = rng.choice(casual_shops.NEAR_MISSES[shop.kind])[self.lang], "near_type"
            brand = rng.choice(shop.brands) if rng.random() < 0.5 else ""
        elif roll < 0.88:
            brand, noun, tag = rng.choice(shop.brands), rng.choice(foreign_nouns), "foreign_noun"
        else:
            noun, tag = rng.choice(foreign_nouns), "foreign_noun_alone"
        tags.append(tag)
        parts = [self._slur(noun.lower(), tags)]
        if brand:
            parts = self._place_brand(parts, self._brand(brand, tags), tags)
        return self._query(self._carry(parts, tags), set(), "none", tags)


def _amount(size: str) -> float:
    """The first number of a size (litres, places, centimetres), 0 when the size has none or
    is not a measure one can call large or small."""
    if re.search(r"°|taille|size|pointure|waist|US", size):
        return 0.0
    match = re.search(r"\d+(?:[.,]\d+)?", size)
    return float(match[0].replace(",", ".")) if match else 0.0


def generate_casual(seed: int, per_shop: int = QUERIES_PER_SHOP) -> GeneratedSet:
    """The casual half: its own shops and queries; no brand sounds like one of another half."""
    rng = random.Random(f"{seed}:{CASUAL}")
    taken = [brand for half in ("tune", "held", "dev", FRESH, WIDE, FAR)
             for shop in generate(half, seed, per_shop=0).shops for brand in shop.brands]  # fmt: skip
    plain = list(casual_shops.PLAIN_BRANDS)
    rng.shuffle(plain)
    shops = [
        build_casual_shop(f"c{number}-{kind}", kind, rng, taken, plain)
        for number, kind in enumerate(casual_shops.CASUAL_SHOPS)
    ]
    every_word = set().union(*(shop_words(types) for types in casual_shops.CASUAL_SHOPS.values()))
    plain_unsold = [b for b in plain if free(b, taken, every_word)]
    unsold = noise.unsold_brands(
        lambda: made_up(rng), lambda b, more: free(b, taken + plain_unsold + more, every_word)
    )
    every_kind = {**SHOPS, **WIDE_SHOPS, **FAR_SHOPS, **casual_shops.CASUAL_SHOPS}
    catalogs: dict[tuple[str, str], Catalog] = {}
    queries: list[GenQuery] = []
    for shop in shops:
        elsewhere = [b for other in shops if other is not shop for b in other.brands]
        for locale in LOCALES:
            catalogs[(shop.name, locale)] = shop.catalog(locale)
            maker = CasualQueryMaker(shop, locale, rng, plain_unsold, elsewhere)
            foreign = _foreign_nouns(
                shop, LOCALES.index(locale), every_kind, casual_shops.CASUAL_OFF_CATALOG
            )
            queries.extend(maker.make(unsold, foreign) for _ in range(per_shop))
    return GeneratedSet(CASUAL, list(shops), catalogs, queries)
