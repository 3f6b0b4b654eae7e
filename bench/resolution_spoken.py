"""The *spoken* half of :mod:`bench.resolution_gen`: a sixth tuning half, made by another hand
than the first five and before the resolver was tuned on it, from a model of the shopper
rather than from phrase templates.

It **is tuned on** (``python -m bench.resolution --misses spoken``); ``held`` and ``fresh`` stay
the reported, never-inspected measures. Its words are its own
(:mod:`bench.resolution_spoken_shops`, :mod:`bench.resolution_spoken_speech`,
:mod:`bench.resolution_spoken_sounds`): no shop kind, brand, syllable, carrier phrase, brand
link or respelling of another half.

- Four kinds of shop: lighting and electrical supplies, fishing tackle, pool and spa care,
  baking and pastry supplies; titles in two of five merchant formats per shop.
- **The shopper**: for each query, a product is wanted and the shopper decides what they know
  of it — the brand (whole, half remembered, or not), the noun (the catalog's, its head word,
  the trade's generic word, what the thing is for, or nothing), the variant (as written, the
  trade's name for it, or not), the size (read out, the trade's way, rounded, the biggest or
  smallest, or not) — says each part the way that trade and locale says it, in one of several
  orders, inside a request, a question, a context (« c'est pour la piscine de mes parents »)
  or a person who sent them ("my wife asked me to pick up").
- **The expectation is computed from what was said** (:mod:`bench.resolution_spoken_said`):
  every product of the shop consistent with all the parts expressed. One product is an ``exact`` request, several
  of one type a ``family``, none a ``none``; a draw whose products do not form a family of the
  usual rule (every product of one type sharing a brand and/or variant) is drawn again.
- **A size or variant the shop does not have is "none"**: asking for a 2,5 kg pH minus where
  the shop has that brand's in 1,5 and 5 kg expects nothing, never another size (a shopper
  who names a size wants that size; offering another is the conversation's job, after
  "none"). Likewise a sold brand with a noun the shop does not sell (with or without a link),
  an unsold brand with the shop's noun, and a neighbouring trade's thing (« ventilateur de
  plafond » at the lighting shop).
- **The recogniser** (:mod:`bench.resolution_spoken_channel`) then writes what it heard:
  slips made on sounds, boundaries moved, numbers as digits, articles and accents and
  punctuation lost, each named in the query's noise tags.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field, replace

from bench import resolution_noise as noise
from bench import resolution_spoken_shops as shops_data
from bench import resolution_spoken_speech as speech
from bench.resolution_gen import (
    LOCALES,
    QUERIES_PER_SHOP,
    SPOKEN,
    GeneratedSet,
    GenQuery,
    Item,
    _foreign_nouns,
    _matching,
    generate,
)
from bench.resolution_spoken_channel import VALUES, Word, hear, tokens
from bench.resolution_spoken_said import Said, expected, fold, is_family
from bench.resolution_spoken_shops import SpokenShop, build_spoken_shop, free, made_up, shop_words
from catalog.model import Catalog

OTHER_HALVES = ("tune", "held", "dev", "fresh", "wide", "far", "casual")
EN_MASS = {"fishing line", "pool shock", "pH down", "pH up", "algaecide", "water clarifier",
           "parchment paper", "fondant", "food coloring"}  # fmt: skip
# How much a shopper remembers, by what the query will turn out to be.
KNOWS = {
    "exact": {"brand": (62, 10, 28), "noun": (60, 8, 12, 12, 8), "variant": (55, 25, 20),
              "size": (60, 10, 12, 18)},
    "family": {"brand": (45, 7, 48), "noun": (55, 10, 17, 18, 0), "variant": (30, 10, 60),
               "size": (15, 3, 4, 78)},
}  # fmt: skip


class SpokenMaker:
    def __init__(self, shop: SpokenShop, locale: str, rng: random.Random, unsold: list[str],
                 foreign: list[str]) -> None:  # fmt: skip
        self.shop, self.locale, self.rng = shop, locale, rng
        self.lang = LOCALES.index(locale)
        self.code = ("fr", "en")[self.lang]
        self.unsold, self.foreign = unsold, foreign

    def make(self) -> tuple[GenQuery, Said]:
        roll = self.rng.random()
        if roll < 0.22:
            return self._none()
        return self._product("family" if roll < 0.42 else "exact")

    # --- what the shopper knows -------------------------------------------------------------
    def _product(self, target: str) -> tuple[GenQuery, Said]:
        shop = self.shop
        while True:
            item = self.rng.choice(shop.items)
            tags: list[str] = []
            said, parts = self._recall(item, KNOWS[target], tags)
            if said is None:
                continue
            expect = expected(shop, self.lang, said)
            if item not in expect:
                continue
            if (target == "exact" and len(expect) == 1) or (
                target == "family" and is_family(shop, expect)
            ):
                return self._query(parts, expect, target, tags), said

    def _recall(self, item: Item, knows: dict[str, tuple[int, ...]], tags: list[str]
                ) -> tuple[Said | None, dict[str, list[Word]]]:  # fmt: skip
        rng, code = self.rng, self.code
        noun, value, size = self.shop.words(item, self.lang)
        en_noun = self.shop.types[item.kind][1]
        parts: dict[str, list[Word]] = {}
        said = Said()
        how = rng.choices(("whole", "part", "none"), weights=knows["brand"])[0]
        if how == "whole":
            said = replace(said, brand=item.brand)
            parts["brand"] = tokens(item.brand.lower(), "brand")
        elif how == "part":
            part, parts["brand"] = self._brand_part(item.brand)
            said = replace(said, brand_part=part)
            tags.append("brand_partial")
        else:
            tags.append("no_brand")
        how = rng.choices(("noun", "head", "generic", "purpose", "none"), weights=knows["noun"])[0]
        generic = shops_data.GENERIC.get(en_noun, ([], []))[self.lang]
        purpose = shops_data.PURPOSE.get(en_noun, ([], []))[self.lang]
        words = noun.split()
        if how == "head" and len(words) > 1:
            head = words[0] if code == "fr" else words[-1]
            nouns = [t[0] if code == "fr" else t[1] for t in self.shop.types]
            kinds = [k for k, other in enumerate(nouns) if head in other.split()]
            said = replace(said, kinds=tuple(kinds))
            parts["noun"] = self._article(item, [Word(head.lower(), "noun")], plural_head=head)
            tags.append("head_noun")
        elif how == "generic" and generic:
            said = replace(said, kinds=(item.kind,))
            said_words = rng.choice(generic).split()
            parts["noun"] = [
                Word(said_words[0], "article"),
                *tokens(" ".join(said_words[1:]), "noun"),
            ]
            tags.append("generic_word")
        elif how == "purpose" and purpose:
            said = replace(said, kinds=(item.kind,))
            parts["noun"] = tokens(rng.choice(purpose), "noun")
            tags.append("described")
        elif how == "none":
            tags.append("no_noun")
        else:
            said = replace(said, kinds=(item.kind,))
            parts["noun"] = self._article(item, tokens(noun.lower(), "noun"))
        how = rng.choices(("said", "trade", "none"), weights=knows["variant"])[0]
        trade = shops_data.VARIANT_SAYINGS.get((code, value))
        if how == "trade" and trade:
            said = replace(said, variant=value)
            parts["variant"] = tokens(rng.choice(trade), "variant")
            tags.append("variant_trade")
        elif how != "none":
            said = replace(said, variant=value)
            parts["variant"] = tokens(value.lower(), "variant")
        how = rng.choices(("said", "near", "end", "none"), weights=knows["size"])[0]
        ordered = en_noun not in shops_data.UNORDERED
        near = speech.rounded(size, code, rng) if how == "near" else None
        if near:
            said = replace(said, near=near[1])
            parts["size"] = tokens(near[0], "size")
            tags.append("size_approx")
        elif how == "end" and ordered and said.kinds:
            said = replace(said, end=rng.choice(("max", "min")))
            parts["size"] = tokens(rng.choice(speech.ENDS[(code, said.end)]), "size")
            tags.append("size_end")
        elif how != "none":
            said = replace(said, size=size)
            text, tag = speech.say_size(size, code, rng)
            parts["size"] = tokens(text, "size")
            tags.append(tag)
        else:
            tags.append("no_size")
        if "noun" not in parts and not ("variant" in parts or "size" in parts):
            return None, parts
        return said, parts

    def _brand_part(self, brand: str) -> tuple[str, list[Word]]:
        """One word of a two-word brand, or the start of a one-word brand and a shrug
        ("korva-something", « korva je sais plus quoi »)."""
        words = fold(brand).split()
        if len(words) > 1:
            word = self.rng.choice([w for w in words if len(w) > 2] or words)
            return word, tokens(word, "brand")
        start = words[0][: max(3, (len(words[0]) + 1) // 2)]
        said = self.rng.choice(speech.PARTIAL[self.code]).format(start).split()
        return start, [Word(w, "brand" if w.startswith(start) else "frame") for w in said]

    def _article(self, item: Item, noun: list[Word], plural_head: str = "") -> list[Word]:
        """The noun with an article a shopper would put before it (or none)."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.15:
            return noun
        if self.code == "fr":
            gender = shops_data.GENDER[self.shop.types[item.kind][0]]
            if plural_head and gender in ("mu", "fu"):
                gender = gender[0]
            indefinite, definite = speech.ARTICLES[gender]
            article = indefinite if roll < 0.75 else definite
            if article in ("du", "de la") and noun[0].text[:1] in "aeiouéh":
                article = "de l'"
            if article.endswith(("le", "la", "l'")) and noun[0].text[:1] in "aeiouéh":
                if article == "de l'":
                    return [Word("de", "article"), Word("l'" + noun[0].text, "noun"), *noun[1:]]
                return [Word("l'" + noun[0].text, "noun"), *noun[1:]]
            return [*tokens(article, "article"), *noun]
        en_noun = self.shop.types[item.kind][1]
        many = en_noun.endswith("s") or en_noun in EN_MASS
        if plural_head:
            many = plural_head.endswith("s")
        indefinite, definite, _ = speech.EN_ARTICLES["many" if many else "one"]
        article = indefinite if roll < 0.75 else definite
        if article == "a" and noun[0].text[:1] in "aeiou":
            article = "an"
        return [Word(article, "article"), *noun]

    # --- what the shopper says --------------------------------------------------------------
    def _order(self, parts: dict[str, list[Word]], tags: list[str]) -> list[Word]:
        """The parts in an order people use in that language, the brand before the noun, after
        it, or at the end behind a link (« fabriqué par », "made by")."""
        rng, code = self.rng, self.code
        brand, variant, size = (
            parts.get("brand", []),
            parts.get("variant", []),
            parts.get("size", []),
        )
        linked_value = bool(variant) and variant[0].text in speech.LINKED_VALUE
        if "noun" not in parts:  # « le modèle en E27 », "the E26 one in nine watts"
            if code == "en":
                core = tokens(rng.choice(speech.NO_MODEL[code]), "frame")
                parts["noun"] = [Word("the", "article"), *(variant if not linked_value else []),
                                 *core, *(variant if linked_value else [])]  # fmt: skip
                variant = []
                size = [Word("in", "frame"), *size] if size else []
            else:
                parts["noun"] = tokens(rng.choice(speech.NO_MODEL[code]), "frame")
        noun = parts["noun"]
        article = noun[:1] if noun[0].role == "article" else []
        core = noun[len(article) :]
        described = "described" in tags or "generic_word" in tags
        if variant and code == "fr" and rng.random() < 0.25 and not linked_value:
            variant = [Word("en", "frame"), *variant]
        if size and code == "fr" and size[0].text in VALUES["fr"] and rng.random() < 0.4:
            size = speech.prep(rng.choice(("de", "en")), size)
        plain_size = bool(size) and size[0].text not in speech.SIZE_NOT_FIRST
        plain_size = plain_size and not {"size_approx", "size_end"} & set(tags)
        if code == "en" and plain_size and not described and rng.random() < 0.3:
            phrase = [*size, *variant, *core]  # "a sixteen foot warm white LED strip light"
            tags.append("size_first")
        elif code == "en" and not (described or linked_value) and rng.random() < 0.5:
            phrase = [*variant, *core, *size]
        elif code == "fr" and rng.random() < 0.3:
            phrase = [*core, *size, *variant]
        else:
            phrase = [*core, *variant, *size]
        if not brand:
            return [*article, *phrase]
        place = rng.choices(("first", "after", "linked"), weights=(45, 20, 35) if code == "en"
                            else (12, 48, 40))[0]  # fmt: skip
        tags.append(f"brand_{place}")
        if place == "linked":
            return [
                *article,
                *phrase,
                *tokens(rng.choice(speech.BRAND_LINKS[code]), "link"),
                *brand,
            ]
        if place == "first":
            return [*article, *brand, *phrase] if code == "en" else [*brand, *article, *phrase]
        if code == "fr" and core:
            return [*article, *core, *brand, *phrase[len(core) :]]
        return [*article, *phrase, *brand]

    @staticmethod
    def _a_or_an(words: list[Word]) -> list[Word]:
        """ "a" or "an" by the sound of the next word ("an eight inch cake pan")."""
        for word, after in itertools.pairwise(words):
            if word.role == "article" and word.text in ("a", "an"):
                vowel = after.text[:1] in "aeio" or after.text in ("led", "rgb", "e26", "e12")
                word.text = "an" if vowel else "a"
        return words

    def _frame(self, said: list[Word], tags: list[str]) -> list[Word]:
        rng, code = self.rng, self.code
        roll = rng.random()
        if roll < 0.08:
            tags.append("bare")
            return said
        before: list[Word] = []
        if roll < 0.22:
            tags.append("context")
            context = rng.choice(speech.CONTEXTS[(code, self.shop.kind)])
            before = tokens(context + ",", "frame")
        elif roll < 0.34:
            tags.append("sent_by")
            return [*tokens(rng.choice(speech.PEOPLE[code]), "frame"), *said]
        if rng.random() < 0.4:
            lead, end = rng.choice(speech.QUESTIONS[code])
            tags.append("question")
        else:
            lead, end = rng.choice(speech.ASKS[code])
            tags.append("request")
        if lead.endswith(" de") and said and said[0].role == "article":
            said = speech.after_de(said)
        return [*before, *tokens(lead, "frame"), *said, *tokens(end, "frame")]

    def _query(self, parts: dict[str, list[Word]], expect: list[Item], kind: str,
               tags: list[str]) -> GenQuery:  # fmt: skip
        words = self._frame(self._order(parts, tags), tags)
        if self.code == "en":
            words = self._a_or_an(words)
        text = hear(words, self.code, self.rng, tags)
        return GenQuery(self.locale, text, frozenset(i.id for i in expect), kind, self.shop.name,
                        tuple(tags))  # fmt: skip

    # --- what the shop does not have -----------------------------------------------------
    def _none(self) -> tuple[GenQuery, Said]:
        rng, shop = self.rng, self.shop
        roll = rng.random()
        if roll < 0.38:
            return self._missing("size" if roll < 0.24 else "variant")
        tags: list[str] = []
        item = rng.choice(shop.items)
        noun = shop.words(item, self.lang)[0]
        if roll < 0.62:
            brand = rng.choice(self.unsold)
            tags.append("unsold_brand")
            parts = {"brand": tokens(brand.lower(), "brand"),
                     "noun": self._article(item, tokens(noun.lower(), "noun"))}  # fmt: skip
            return self._query(parts, [], "none", tags), Said(brand=brand, kinds=(item.kind,))
        thing = tokens(rng.choice(self.foreign).lower(), "noun")
        if roll < 0.84:
            tags.append("sold_brand_foreign_noun")
            parts = {"brand": tokens(item.brand.lower(), "brand"), "noun": thing}
        else:
            tags.append("neighbour_trade")
            parts = {"noun": thing}
        return self._query(parts, [], "none", tags), Said(brand=item.brand, foreign=True)

    def _missing(self, what: str) -> tuple[GenQuery, Said]:
        """A sold product asked in a size (or variant) its brand does not make: nothing."""
        rng, shop, lang = self.rng, self.shop, self.lang
        while True:
            item = rng.choice(shop.items)
            _, _, axis, sizes = shop.types[item.kind]
            same = _matching(shop, {"kind": item.kind, "brand": item.brand})
            if what == "size":
                have = {i.size for i in same if i.variant == item.variant}
                lacking = [s for s in range(len(sizes)) if s not in have]
            else:
                have = {i.variant for i in same}
                lacking = [v for v in range(len(axis)) if v not in have]
            if not lacking:
                continue
            missing = rng.choice(lacking)
            asked = Item(item.id, item.brand, item.kind, item.variant if what == "size" else
                         missing, missing if what == "size" else item.size)  # fmt: skip
            tags = [f"{what}_missing"]
            knows = {"brand": (85, 0, 15), "noun": (85, 0, 5, 5, 5), "variant": (70, 20, 10),
                     "size": (100, 0, 0, 0) if what == "size" else (40, 0, 0, 60)}  # fmt: skip
            said, parts = self._recall(asked, knows, tags)
            if said is None or (said.size if what == "size" else said.variant) == "":
                continue
            if expected(shop, lang, said):
                continue
            return self._query(parts, [], "none", tags), said


@dataclass
class SpokenSet(GeneratedSet):
    """The half, with what each query's shopper said (``said[n]`` for ``queries[n]``)."""

    said: list[Said] = field(default_factory=list)


def generate_spoken(seed: int, per_shop: int = QUERIES_PER_SHOP) -> SpokenSet:
    """The spoken half: its own shops and queries; no brand sounds like one of another half."""
    rng = random.Random(f"{seed}:{SPOKEN}")
    taken = [brand for half in OTHER_HALVES
             for shop in generate(half, seed, per_shop=0).shops for brand in shop.brands]  # fmt: skip
    plain = list(shops_data.PLAIN_BRANDS)
    rng.shuffle(plain)
    shops = [
        build_spoken_shop(f"s{number}-{kind}", kind, rng, taken, plain)
        for number, kind in enumerate(shops_data.SPOKEN_SHOPS)
    ]
    every_word = set().union(*(shop_words(t) for t in shops_data.SPOKEN_SHOPS.values()))
    plain_unsold = [b for b in plain if free(b, taken, every_word)]
    unsold = plain_unsold[:8] + noise.unsold_brands(
        lambda: made_up(rng), lambda b, more: free(b, taken + plain_unsold + more, every_word)
    )
    neighbours = [pair for pairs in shops_data.NEIGHBOURS.values() for pair in pairs]
    catalogs: dict[tuple[str, str], Catalog] = {}
    queries: list[GenQuery] = []
    said: list[Said] = []
    for shop in shops:
        for locale in LOCALES:
            catalogs[(shop.name, locale)] = shop.catalog(locale)
            foreign = _foreign_nouns(shop, LOCALES.index(locale), shops_data.SPOKEN_SHOPS,
                                     neighbours)  # fmt: skip
            maker = SpokenMaker(shop, locale, rng, unsold, foreign)
            for _ in range(per_shop):
                query, what = maker.make()
                queries.append(query)
                said.append(what)
    return SpokenSet(SPOKEN, list(shops), catalogs, queries, said)
