"""The *mirror* half of :mod:`bench.resolution_gen`: a seventh tuning half, built the way
``shared/data/resolution`` was built, by a hand that never read the resolver.

It **is tuned on** (``python -m bench.resolution --misses mirror``); ``held`` and ``fresh`` stay
the reported, never-inspected measures. What it mirrors of the shared set:

- **feeds** of the Google Merchant kind, titles "Brand noun variant size" (and a few other
  orders real feeds use), 120-250 products per shop, 8-10 invented brands per shop (syllables,
  compounds, ordinary words, legal forms), the same ids in fr-FR and en-US;
- **the mix**: about 64 % exact, 22 % family, 14 % none; short queries (a carrier, the brand,
  the noun, the variant, the size);
- **exact**: brand, noun, variant and size said, or, now and then, one of them left out where
  what remains still names one product; **family**: brand and noun (either order), brand, noun
  and variant with several sizes, or noun and variant without a brand; **none**: an unsold
  brand with a sold noun, or a product of another kind of shop;
- **carriers**: the shared set's four per locale or none, and a few of its own;
- **noise of the same strength**: numbers and units as words (not counted as noise), accents
  lost, then 0 to 2 recogniser errors per query (:mod:`bench.resolution_mirror_sounds`).

Its shops are four kinds no other half has (:mod:`bench.resolution_mirror_shops`): aquarium,
jewellery, coffee, bathroom fittings. Each expectation is computed from what the query says
(``MirrorSet.said``), never written per query.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from bench import resolution_mirror_sounds as sounds
from bench.resolution_gen import (
    LOCALES,
    MIRROR,
    QUERIES_PER_SHOP,
    GeneratedSet,
    GenQuery,
    Item,
    _matching,
    generate,
)
from bench.resolution_mirror_shops import (
    ELSEWHERE,
    LEGAL_FORMS,
    MIRROR_SHOPS,
    Brand,
    MirrorShop,
    build_mirror_shop,
    distinct,
    made_up,
    shop_words,
)
from catalog.model import Catalog

OTHER_HALVES = ("tune", "held", "dev", "fresh", "wide", "far", "casual", "spoken")
MIX = {"none": 0.14, "family": 0.22}  # the rest exact, as in the shared set
# The shared set's carriers (mirrored on purpose), then this half's own.
SHARED_CARRIERS = {"fr": ["je voudrais", "commande", "achète", "ajoute"],
                   "en": ["i want", "order", "buy", "add"]}  # fmt: skip
CARRIERS = {
    "fr": ["il m'en faut", "remets-moi", "je rachète", "refais-moi le plein de",
           "il ne reste plus de", "recommande"],
    "en": ["i'm out of", "reorder", "i'm low on", "top me up on", "stock me up on", "pop in"],
}  # fmt: skip
FILLERS = {"fr": ["mmh", "eh ben", "alors", "oh"], "en": ["uhm", "erm", "ah", "oh"]}
# How often a query carries 0, 1 or 2 recogniser errors (the shared set's strength).
ERRORS = (0, 1, 2)
ERROR_WEIGHTS = (35, 45, 20)
ERROR_KINDS = {"slip": 42, "brand": 22, "split": 10, "merged": 7, "boundary": 10, "filler": 5,
               "clipped": 4}  # fmt: skip
LETTERS = {"fr": {"wc": ["wc", "w c", "vécé", "double vé cé"], "ph": ["ph", "p h", "pé hache"]},
           "en": {"ph": ["ph", "p h", "pee h"]}}  # fmt: skip


@dataclass(frozen=True)
class Said:
    """What a query says: a brand (sold or not), a product type, a variant, a size — or a
    thing of another kind of shop."""

    brand: str = ""
    kind: int = -1
    variant: int | None = None
    size: int | None = None
    thing: str = ""

    def attributes(self) -> dict[str, int | str]:
        said: dict[str, int | str] = {}
        if self.brand:
            said["brand"] = self.brand
        if self.kind >= 0:
            said["kind"] = self.kind
        if self.variant is not None:
            said["variant"] = self.variant
        if self.size is not None:
            said["size"] = self.size
        return said


def expected(shop: MirrorShop, said: Said) -> list[Item]:
    """Every product of the shop consistent with what was said."""
    if said.thing:
        return []
    return _matching(shop, said.attributes())


@dataclass
class Word:
    text: str
    role: str  # carrier, brand, noun, value, size, filler, thing


def _words(text: str, role: str) -> list[Word]:
    return [Word(w, role) for w in text.split()]


class MirrorMaker:
    def __init__(self, shop: MirrorShop, locale: str, rng: random.Random, unsold: list[Brand],
                 elsewhere: list[str]) -> None:  # fmt: skip
        self.shop, self.locale, self.rng = shop, locale, rng
        self.lang = LOCALES.index(locale)
        self.code = ("fr", "en")[self.lang]
        self.unsold, self.elsewhere = unsold, elsewhere

    def make(self) -> tuple[GenQuery, Said]:
        roll = self.rng.random()
        if roll < MIX["none"]:
            return self._none()
        if roll < MIX["none"] + MIX["family"]:
            return self._family()
        return self._exact()

    # --- what is said ---------------------------------------------------------------------
    def _exact(self) -> tuple[GenQuery, Said]:
        rng, shop = self.rng, self.shop
        item = rng.choice(shop.items)
        said = Said(item.brand, item.kind, item.variant if item.variant >= 0 else None, item.size)
        tags: list[str] = []
        roll = rng.random()
        if roll < 0.12:
            shorter = Said(said.brand, said.kind, said.variant, None)
            if len(expected(shop, shorter)) == 1:
                said = shorter
                tags.append("no_size")
        elif roll < 0.17 and said.variant is not None:
            shorter = Said(said.brand, said.kind, None, said.size)
            if len(expected(shop, shorter)) == 1:
                said = shorter
                tags.append("no_variant")
        brand_last = rng.random() < 0.05
        return self._query(said, "exact", brand_last, tags), said

    def _family(self) -> tuple[GenQuery, Said]:
        rng, shop = self.rng, self.shop
        while True:
            item = rng.choice(shop.items)
            shape = rng.choices(("brand_noun", "noun_value", "brand_noun_value"),
                                weights=(75, 12, 13))[0]  # fmt: skip
            if shape != "brand_noun" and item.variant < 0:
                continue
            said = Said(
                item.brand if shape != "noun_value" else "",
                item.kind,
                item.variant if shape != "brand_noun" else None,
            )
            if len(expected(shop, said)) >= 2:
                brand_last = bool(said.brand) and rng.random() < 0.35
                return self._query(said, "family", brand_last, [shape]), said

    def _none(self) -> tuple[GenQuery, Said]:
        rng, shop = self.rng, self.shop
        if rng.random() < 0.55:
            brand = rng.choice(self.unsold)
            item = rng.choice(shop.items)
            said = Said(brand.name, item.kind)
            return self._query(said, "none", False, ["unsold_brand"], brand), said
        said = Said(thing=rng.choice(self.elsewhere))
        return self._query(said, "none", False, ["elsewhere"]), said

    # --- how it is said -------------------------------------------------------------------
    def _brand(self, brand: Brand, tags: list[str]) -> list[Word]:
        words = _words(brand.spoken, "brand")
        if brand.legal:
            spoken = self.rng.choice(LEGAL_FORMS[brand.legal][self.code])
            words += _words(spoken, "brand")
            tags.append("legal_said" if spoken else "legal_dropped")
        return words

    def _noun(self, noun: str, tags: list[str]) -> list[Word]:
        text = noun.lower()
        if "-" in text and self.rng.random() < 0.6:
            text = text.replace("-", " ")
        words = []
        for word in text.split():
            letters = LETTERS[self.code].get(word)
            if letters:
                said = self.rng.choice(letters)
                if said != word:
                    tags.append("letters")
                words.extend(_words(said, "noun"))
            else:
                words.append(Word(word, "noun"))
        return words

    def _phrase(self, said: Said, brand_last: bool, tags: list[str],
                brand: Brand | None = None) -> list[Word]:  # fmt: skip
        rng, shop, lang = self.rng, self.shop, self.lang
        if said.thing:
            return _words(said.thing.lower(), "thing")
        fr, en, axis, sizes = shop.types[said.kind]
        noun = (fr, en)[lang]
        brand = brand or shop.brand_parts.get(said.brand)
        head = self._brand(brand, tags) if brand else []
        core = self._noun(noun, tags)
        value = self._noun(axis[said.variant][lang], tags) if said.variant is not None else []
        for word in value:
            word.role = "value"
        if value and self.code == "en" and rng.random() < 0.2:
            core = [*value, *core]
            tags.append("value_first")
            value = []
        size: list[Word] = []
        if said.size is not None:
            size = _words(sounds.say_size(sizes[said.size][lang], self.code, rng, tags), "size")
        if brand_last and head:
            tags.append("brand_after")
            return [*core, *value, *size, *head]
        return [*head, *core, *value, *size]

    def _query(self, said: Said, kind: str, brand_last: bool, tags: list[str],
               brand: Brand | None = None) -> GenQuery:  # fmt: skip
        rng, code = self.rng, self.code
        words = self._phrase(said, brand_last, tags, brand)
        if code == "fr" and rng.random() < 0.45:
            folded = [Word(sounds.fold(w.text), w.role) for w in words]
            if [w.text for w in folded] != [w.text for w in words]:
                tags.append("accents_lost")
                words = folded
        elif code == "en" and rng.random() < 0.5:
            for word in words:
                if word.role == "brand" and sounds.fold(word.text) != word.text:
                    word.text = sounds.fold(word.text)
                    if "accents_lost" not in tags:
                        tags.append("accents_lost")
        if rng.random() < 0.8:
            pool = SHARED_CARRIERS if rng.random() < 0.55 else CARRIERS
            words = [*_words(rng.choice(pool[code]), "carrier"), *words]
            tags.append("carrier" if pool is SHARED_CARRIERS else "carrier_own")
        errors = rng.choices(ERRORS, weights=ERROR_WEIGHTS)[0]
        made = 0
        for _ in range(errors * 4):
            if made == errors:
                break
            what = rng.choices(list(ERROR_KINDS), weights=list(ERROR_KINDS.values()))[0]
            tag = self._error(what, words, said)
            if tag:
                tags.append(tag)
                made += 1
        text = " ".join(w.text for w in words)
        if rng.random() < 0.5:
            text = text.replace("-", " ")
        expect = frozenset(i.id for i in expected(self.shop, said))
        return GenQuery(self.locale, " ".join(text.lower().split()), expect, kind,
                        self.shop.name, tuple(tags))  # fmt: skip

    # --- what the recogniser gets wrong ---------------------------------------------------
    def _error(self, what: str, words: list[Word], said: Said) -> str | None:
        """One recogniser error of kind ``what`` made on ``words`` in place; its tag, or None
        when the query has nothing it could happen to."""
        rng, code = self.rng, self.code
        spots = [n for n, w in enumerate(words) if w.role in ("noun", "value", "size", "thing")]
        if what == "slip":
            rng.shuffle(spots)
            for n in spots:
                heard = sounds.slip(words[n].text, code, rng)
                if heard:
                    words[n].text = heard[0]
                    return heard[1]
            return None
        if what == "brand":
            brand = self.shop.brand_parts.get(said.brand) or next(
                (b for b in self.unsold if b.name == said.brand), None
            )
            at = [n for n, w in enumerate(words) if w.role == "brand"]
            if brand is None or not at:
                return None
            heard = sounds.hear_brand(brand.parts, brand.plain, code, rng)
            if heard is None:
                return None
            first = at[0]
            count = len(brand.spoken.split())
            words[first : first + count] = _words(heard[0], "brand")
            return heard[1]
        if what == "split":
            rng.shuffle(spots)
            for n in spots:
                cut = sounds.split(words[n].text, rng)
                if cut:
                    words[n : n + 1] = _words(cut, words[n].role)
                    return "split"
            return None
        pairs = [n for n in range(len(words) - 1)
                 if words[n].role != "carrier" and words[n + 1].role != "carrier"]  # fmt: skip
        if what == "merged":
            if not pairs:
                return None
            n = rng.choice(pairs)
            words[n : n + 2] = [Word(words[n].text + words[n + 1].text, words[n].role)]
            return "merged"
        if what == "boundary":
            rng.shuffle(pairs)
            for n in pairs:
                joined = sounds.liaison(words[n].text, words[n + 1].text, code)
                if joined:
                    words[n + 1].text = joined
                    return "liaison"
                moved = sounds.carry_over(words[n].text, words[n + 1].text, code)
                if moved:
                    words[n].text, words[n + 1].text = moved
                    return "carried_over"
            return None
        if what == "filler":
            place = next((n for n, w in enumerate(words) if w.role != "carrier"), 0)
            if rng.random() < 0.5:
                place = next((n for n, w in enumerate(words) if w.role == "size"), place)
            words[place:place] = _words(rng.choice(FILLERS[code]), "filler")
            return "filler"
        clipped = sounds.clip(words[-1].text) if words[-1].text.isalpha() else None
        if clipped:
            words[-1].text = clipped
            return "clipped"
        return None


@dataclass
class MirrorSet(GeneratedSet):
    """The half, with what each query said (``said[n]`` for ``queries[n]``) and the brands
    its "none" requests name."""

    said: list[Said] = field(default_factory=list)
    unsold: list[Brand] = field(default_factory=list)


def _elsewhere(shop: MirrorShop, lang: int, rng: random.Random) -> list[str]:
    """Eight things of other kinds of shop sharing no word with this shop's products."""
    own = {sounds.fold(w) for w in shop_words(shop.types)}
    things = [pair[lang] for pair in ELSEWHERE]
    things += [(t[0], t[1])[lang] for kind, types in MIRROR_SHOPS.items() if kind != shop.kind
               for t in types]  # fmt: skip
    free = sorted(
        t for t in set(things)
        if not {sounds.fold(w) for w in t.lower().replace("-", " ").replace("'", " ").split()} & own
    )  # fmt: skip
    return rng.sample(free, 8)


def generate_mirror(seed: int, per_shop: int = QUERIES_PER_SHOP) -> MirrorSet:
    """The mirror half: its own shops, brands and queries."""
    rng = random.Random(f"{seed}:{MIRROR}")
    taken = [brand for half in OTHER_HALVES
             for shop in generate(half, seed, per_shop=0).shops for brand in shop.brands]  # fmt: skip
    shops = [
        build_mirror_shop(f"m{number}-{kind}", kind, rng, taken)
        for number, kind in enumerate(MIRROR_SHOPS)
    ]
    unsold: list[Brand] = []
    while len(unsold) < 12:
        brand = made_up(rng)
        if distinct(brand, taken + [b.name for b in unsold]):
            unsold.append(brand)
    catalogs: dict[tuple[str, str], Catalog] = {}
    queries: list[GenQuery] = []
    said: list[Said] = []
    for shop in shops:
        for locale in LOCALES:
            catalogs[(shop.name, locale)] = shop.catalog(locale)
            lang = LOCALES.index(locale)
            maker = MirrorMaker(shop, locale, rng, unsold, _elsewhere(shop, lang, rng))
            for _ in range(per_shop):
                query, what = maker.make()
                queries.append(query)
                said.append(what)
    return MirrorSet(MIRROR, list(shops), catalogs, queries, said, unsold)
