"""The *outer* half of :mod:`bench.resolution_gen`: a tenth tuning half, built as an outsider
builds a hidden test set, by a hand that read neither the resolver nor the other halves' noise.

Like ``shared/data/resolution``: Google-Merchant-like feeds of 120-250 products and 8-10 brands a
shop, the same ids in fr-FR and en-US; about 64 % exact, 22 % family and 14 % none requests (the
none ones, as there, a brand the shop does not sell with one of its products, or a thing of
another shop); short spoken queries, about four in five after a carrier phrase. Its own: four
kinds of shop (:mod:`bench.resolution_outer_shops`: beekeeping, cheese, door fittings, florist),
brands that are often ordinary words (:mod:`bench.resolution_outer_brands`), carrier and closing
phrases (:mod:`bench.resolution_outer_said`), sizes said the way of each trade
(:mod:`bench.resolution_outer_numbers`: dozens, pairs, fractions, decimals, ranges) and the
noise of :data:`NOISES`, about a third of the queries clean. Each expectation is every product
consistent with what the shopper said (``OuterSet.said``), whatever the recogniser wrote.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from bench.resolution_gen import LOCALES, OUTER, QUERIES_PER_SHOP, GeneratedSet, GenQuery, Item
from bench.resolution_outer_brands import BRANDS, UNSOLD, Brand
from bench.resolution_outer_ear import Ear
from bench.resolution_outer_numbers import Way, bare_number, magnitude, ways
from bench.resolution_outer_said import (
    BRAND_LINKS,
    CARRIERS,
    CLOSINGS,
    CORRECTIONS,
    DETERMINERS,
    SIZE_WORDS,
    Said,
    Tok,
    expected,
    toks,
)
from bench.resolution_outer_shops import (
    OUTER_SHOPS,
    REGIONAL,
    TITLE_FORMS,
    OuterShop,
    build_outer_shop,
    elsewhere,
)
from catalog.model import Catalog

OTHER_HALVES = ("tune", "held", "dev", "fresh", "wide", "far", "casual", "spoken", "mirror",
                "mimic", "novel")  # fmt: skip
MIX = {"none": 0.14, "family": 0.22}  # the rest exact: the shared set's 0.14 / 0.22 / 0.64
NONE_UNSOLD_BRAND = 0.38  # the shared set: 40 of its 114 none requests; the others, a thing
# Exact requests drawn among products whose size is said in a way of its trade (the others
# drawn among all): what a set built to measure dozens, fractions and ranges would hold.
TRADE_SIZES = 0.15
CARRIER_RATE = 0.78  # the shared set: 626 of 800
CLOSING_RATE = 0.12
DETERMINER_RATE = 0.15
NOISE_COUNTS = (34, 38, 21, 7)  # queries with 0, 1, 2 or 3 noises
NOISES = {  # noise → weight
    "homophone": 15, "brand_heard": 11, "brand_moved": 9, "split": 6, "merged": 5, "clipped": 5,
    "plural": 6, "accents": 7, "number_heard": 3, "disfluency": 8, "self_correction": 5,
    "value_first": 4, "size_first": 5, "regional": 6, "size_spoken": 18, "unit_dropped": 3,
}  # fmt: skip
# Noises made while the phrase is built; the others are the recogniser's, made on its words.
SPOKEN = ("brand_moved", "self_correction", "value_first", "size_first", "regional",
          "size_spoken", "unit_dropped")  # fmt: skip
DISFLUENCIES = ("filler", "repeat", "false_start")
RESHAPED = {"split", "merged", "clipped", "plural"}
# The tags that say how a request was formed, not noise.
FORMS = {"carrier", "closing", "determiner", "no_size", "one_size", "no_variant", "size_word",
         "brand_noun", "brand_noun_value", "noun_value", "unsold_brand", "elsewhere"}  # fmt: skip


class OuterMaker:
    def __init__(self, shop: OuterShop, locale: str, rng: random.Random, elsewhere: list[str],
                 brands: dict[str, Brand]) -> None:  # fmt: skip
        self.shop, self.locale, self.rng, self.elsewhere = shop, locale, rng, elsewhere
        self.brands = brands
        self.lang = LOCALES.index(locale)
        self.code = ("fr", "en")[self.lang]
        self.ear = Ear(shop, self.code, rng, list(brands.values()))

    def make(self) -> tuple[GenQuery, Said]:
        roll = self.rng.random()
        if roll < MIX["none"]:
            return self._none()
        if roll < MIX["none"] + MIX["family"]:
            return self._family()
        return self._exact()

    # --- what is asked for ----------------------------------------------------------------------
    def _exact(self) -> tuple[GenQuery, Said]:
        rng, shop = self.rng, self.shop
        item = rng.choice(shop.items)
        if rng.random() < TRADE_SIZES:
            item = rng.choice([i for i in shop.items if self._trade_size(i)] or [item])
        variant = item.variant if item.variant >= 0 else None
        said = Said(item.brand, item.kind, variant, item.size)
        forms: list[str] = []
        sizes = shop.types[item.kind][3]
        unsized = Said(item.brand, item.kind, variant)
        if len(sizes) == 1:
            said = unsized
            forms.append("one_size")
        elif rng.random() < 0.15 and len(expected(shop, unsized)) == 1:
            said = unsized  # the only size this brand sells in this value
            forms.append("no_size")
        elif variant is not None and rng.random() < 0.06:
            shorter = Said(item.brand, item.kind, None, item.size)
            if len(expected(shop, shorter)) == 1:
                said = shorter
                forms.append("no_variant")
        elif rng.random() < 0.08:
            said = self._size_word(said, forms)
        return self._say(said, "exact", forms), said

    def _trade_size(self, item: Item) -> bool:
        """Whether the item's size has a way of its trade (a dozen, a fraction, a range...)."""
        label = self.shop.types[item.kind][3][item.size][self.lang]
        return bool(set(ways(label, self.code)) - {"plain", "number_words"})

    def _size_word(self, said: Said, forms: list[str]) -> Said:
        """The size named « le grand » / "the little one" when it is an end of the sizes sold."""
        siblings = expected(self.shop, Said(said.brand, said.kind, said.variant))
        sizes = self.shop.types[said.kind][3]
        amounts = {i.size: magnitude(sizes[i.size][self.lang]) for i in siblings}
        if len(amounts) < 2 or None in amounts.values():
            return said
        ends = {"big": max(amounts, key=lambda s: amounts[s] or 0),
                "small": min(amounts, key=lambda s: amounts[s] or 0)}  # fmt: skip
        for word, size in ends.items():
            if size == said.size:
                forms.append("size_word")
                return Said(said.brand, said.kind, said.variant, size, size_word=word)
        return said

    def _family(self) -> tuple[GenQuery, Said]:
        rng, shop = self.rng, self.shop
        while True:
            item = rng.choice(shop.items)
            shape = rng.choices(("brand_noun", "brand_noun_value", "noun_value"), (78, 14, 8))[0]
            if shape != "brand_noun" and item.variant < 0:
                continue
            said = Said(item.brand if shape != "noun_value" else "", item.kind,
                        item.variant if shape != "brand_noun" else None)  # fmt: skip
            if len(expected(shop, said)) >= 2:
                return self._say(said, "family", [shape]), said

    def _none(self) -> tuple[GenQuery, Said]:
        rng, shop = self.rng, self.shop
        if rng.random() < NONE_UNSOLD_BRAND:
            brand = rng.choice(UNSOLD)
            item = rng.choice(shop.items)
            variant = item.variant if item.variant >= 0 and rng.random() < 0.3 else None
            said = Said(brand.name, item.kind, variant)
            return self._say(said, "none", ["unsold_brand"], brand), said
        said = Said(thing=rng.choice(self.elsewhere))
        return self._say(said, "none", ["elsewhere"]), said

    # --- how it is said -------------------------------------------------------------------------
    def _say(self, said: Said, kind: str, tags: list[str], unsold: Brand | None = None
             ) -> GenQuery:  # fmt: skip
        rng, code = self.rng, self.code
        brand = unsold or self.brands.get(said.brand)
        count = rng.choices(range(len(NOISE_COUNTS)), weights=NOISE_COUNTS)[0]
        planned = self._plan(said, count)
        words = self._phrase(said, planned, tags, brand)
        carried = rng.random() < CARRIER_RATE
        if rng.random() < DETERMINER_RATE and words[0].role in ("noun", "value", "thing"):
            carried = carried and rng.random() < 0.5
            words = [*toks(rng.choice(DETERMINERS[code]), "det"), *words]
            tags.append("determiner")
        if carried:
            carriers = CARRIERS[code]
            if words[0].role in ("det", "size"):  # not « on manque de des … »
                carriers = [c for c in carriers if not c.endswith((" de", " of", " on", " for"))]
            words = [*toks(rng.choice(carriers), "carrier"), *words]
            tags.append("carrier")
        if rng.random() < CLOSING_RATE:
            words = [*words, *toks(rng.choice(CLOSINGS[code]), "closing")]
            tags.append("closing")
        made = sum(t in SPOKEN_TAGS for t in tags)
        heard = [p for p in planned if p not in SPOKEN]
        heard += rng.sample(sorted(set(NOISES) - set(SPOKEN)), len(NOISES) - len(SPOKEN))
        for what in heard:
            if made >= count:
                break
            error = rng.choice(DISFLUENCIES) if what == "disfluency" else what
            if error in tags or len({error, *tags} & RESHAPED) > 1:
                continue  # one change of a word's shape: no plural of half a word
            if error in DISFLUENCIES and set(DISFLUENCIES) & set(tags):
                continue
            if self.ear.apply(error, words, brand):
                tags.append(error)
                made += 1
        text = " ".join(w.text for w in words).lower()
        if code == "fr":  # « on manque de eucalyptus » is written « d'eucalyptus »
            text = re.sub(r"\bde ([aeiouyéèêà])", r"d'\1", text)
        if rng.random() < 0.5:
            text = text.replace("-", " ")
        expect = frozenset(i.id for i in expected(self.shop, said))
        return GenQuery(self.locale, " ".join(text.split()), expect, kind, self.shop.name,
                        tuple(tags))  # fmt: skip

    def _plan(self, said: Said, count: int) -> list[str]:
        """Up to ``count`` noises that can happen to what is said, none twice."""
        possible = dict(NOISES)
        shop, lang = self.shop, self.lang
        drop: set[str] = set()
        if said.thing or said.kind < 0:
            drop |= {"value_first", "size_first", "regional", "size_spoken", "unit_dropped",
                     "self_correction", "plural", "homophone", "brand_moved"}  # fmt: skip
        else:
            fr, en, values, sizes = shop.types[said.kind]
            noun = (fr, en)[lang]
            label = sizes[said.size][lang] if said.size is not None else ""
            if not REGIONAL.get(noun):
                drop.add("regional")
            if said.variant is None or self.code == "fr":
                drop.add("value_first")
            if said.size is None or said.size_word or bare_number(label, self.code, False) is None:
                drop |= {"size_first", "unit_dropped"}
            elif not self._bare_unique(said.kind, said.size):
                drop.add("unit_dropped")
            value = values[said.variant][lang] if said.variant is not None else ""
            if not (label and len(ways(label, self.code)) > 1) and not re.search(r"\d", value):
                drop.add("size_spoken")
            if said.size_word:
                drop.add("size_spoken")
            elif label and set(ways(label, self.code)) - {"plain", "number_words"}:
                possible["size_spoken"] = 60  # a dozen, a pair, a quarter wheel: how it is said
            if self.code == "fr" and label.endswith(("cm", "mm")):
                drop.add("size_first")  # not « 13 cm enfumoir »
            if not self._corrections(said):
                drop.add("self_correction")
        if not said.brand:
            drop |= {"brand_moved", "brand_heard"}
        for name in drop:
            possible.pop(name, None)
        planned: list[str] = []
        while len(planned) < count and possible:
            name = self.rng.choices(list(possible), weights=list(possible.values()))[0]
            planned.append(name)
            possible.pop(name)
            if name == "size_spoken":
                possible.pop("unit_dropped", None)
            if name == "unit_dropped":
                possible.pop("size_spoken", None)
                possible.pop("size_first", None)
            if name == "size_first":
                possible.pop("unit_dropped", None)
        return planned

    def _bare_unique(self, kind: int, size: int) -> bool:
        """Whether the size's number alone tells it from the type's other sizes."""
        labels = [s[self.lang] for s in self.shop.types[kind][3]]
        numbers = [bare_number(label, self.code, False) for label in labels]
        return numbers[size] is not None and numbers.count(numbers[size]) == 1

    def _corrections(self, said: Said) -> list[str]:
        """What the shopper could say first and take back: another value, size or brand."""
        found = []
        if said.variant is not None and len(self.shop.types[said.kind][2]) > 1:
            found.append("variant")
        if said.size is not None and not said.size_word and len(self.shop.types[said.kind][3]) > 1:
            found.append("size")
        if said.brand in self.brands and len(self.shop.brands) > 1:
            found.append("brand")
        return found

    def _phrase(self, said: Said, planned: list[str], tags: list[str], brand: Brand | None
                ) -> list[Tok]:  # fmt: skip
        rng, code, lang = self.rng, self.code, self.lang
        head = toks(brand.name.lower(), "brand") if brand else []
        if said.thing:
            return [*head, *toks(said.thing.lower(), "thing")]
        fr, en, values, sizes = self.shop.types[said.kind]
        noun = (fr, en)[lang].lower()
        if "regional" in planned:
            noun = rng.choice(REGIONAL[(fr, en)[lang]]).lower()
            tags.append("regional")
        body = toks(noun, "noun")
        label = sizes[said.size][lang] if said.size is not None else ""
        written = values[said.variant][lang] if said.variant is not None else ""
        spoken = "size_spoken" in planned
        size_spoken = bool(label) and spoken and len(ways(label, code)) > 1
        value: list[Tok] = []
        if written:
            way, tag = self._way(written, spoken and not size_spoken)
            value = toks(way.text, "value")
            tags.extend([tag] if tag else [])
        size: list[Tok] = []
        before = False
        if said.size_word:
            size = toks(rng.choice(SIZE_WORDS[(code, said.size_word)]), "size")
        elif "unit_dropped" in planned:
            size = toks(bare_number(label, code, rng.random() < 0.5) or label, "size")
            tags.append("unit_dropped")
        elif label and label not in ("1 pièce", "1 unit"):
            way, tag = self._way(label, size_spoken)
            worded = ways(label, code).get("number_words")
            if "number_heard" in planned and not size_spoken and worded:
                way = rng.choice(worded)  # in words, for the recogniser to mishear
            size, before = toks(way.text, "size"), way.before
            tags.extend([tag] if tag else [])
        if "self_correction" in planned:
            body, value, size, head = self._correct(said, body, value, size, head, tags)
        body = [*body, *value]
        if value and "value_first" in planned:
            body = [*value, *body[: len(body) - len(value)]]
            tags.append("value_first")
        if size and not before and "size_first" in planned:
            unit = sizes[said.size or 0][lang].split()[-1]
            link = ("de" if code == "fr" else "of") if unit not in ("in", "mm", "cm") else ""
            size, before = [*size, *toks(link, "size")], True
            tags.append("size_first")
        if before:
            if head and code == "fr":  # « une douzaine de roses rouges de chez Rosée »
                return [*size, *body, *self._link(head, tags)]
            return (
                [*size, *head, *body]
                if "brand_moved" not in planned
                else [*size, *body, *self._link(head, tags)]
            )
        if head and "brand_moved" in planned:
            if rng.random() < 0.5:
                return [*body, *size, *self._link(head, tags)]
            return [*body, *self._link(head, tags), *size]
        return [*head, *body, *size]

    def _way(self, label: str, spoken: bool) -> tuple[Way, str]:
        """One way of saying a size or a numbered value: a plain one, or, when ``spoken``, one
        of the others with its tag."""
        found = ways(label, self.code)
        others = sorted(tag for tag in found if tag not in ("plain", "number_words"))
        if spoken and "number_words" in found and (not others or self.rng.random() < 0.3):
            others = ["number_words"]  # the trade's own ways first: dozens, fractions, ranges
        if spoken and others:
            tag = self.rng.choice(others)
            return self.rng.choice(found[tag]), tag
        return self.rng.choice(found["plain"]), ""

    def _link(self, head: list[Tok], tags: list[str]) -> list[Tok]:
        """The brand after the product, with or without a word before it."""
        tags.append("brand_moved")
        link = self.rng.choice(BRAND_LINKS[self.code])
        if link == "brand":
            return [*head, Tok("brand", "link")]
        return [*toks(link, "link"), *head]

    def _correct(self, said: Said, body: list[Tok], value: list[Tok], size: list[Tok],
                 head: list[Tok], tags: list[str]) -> tuple[list[Tok], ...]:  # fmt: skip
        """« roses rouges non blanches », "size nine, no wait, ten": something else said first."""
        rng, lang, shop = self.rng, self.lang, self.shop
        what = rng.choice(self._corrections(said))
        fix = toks(rng.choice(CORRECTIONS[self.code]), "fix")
        _, _, values, sizes = shop.types[said.kind]
        if what == "variant" and value:
            wrong = rng.choice([v for n, v in enumerate(values) if n != said.variant])
            value = [*toks(wrong[lang], "fix"), *fix, *value]
        elif what == "size" and size:
            wrong = rng.choice([s for n, s in enumerate(sizes) if n != said.size])
            size = [*toks(self._way(wrong[lang], False)[0].text, "fix"), *fix, *size]
        elif what == "brand" and head:
            name = rng.choice([b for b in shop.brands if b != said.brand])
            head = [*toks(name.lower(), "fix"), *fix, *head]
        else:
            return body, value, size, head
        tags.append("self_correction")
        return body, value, size, head


# The tags of noises made while the phrase is built (the others are the recogniser's).
SIZE_TAGS = {"number_words", "decimal", "fraction", "everyday", "dozen", "pair", "range",
             "dimensions", "letters"}  # fmt: skip
SPOKEN_TAGS = SIZE_TAGS | {"unit_dropped", "brand_moved", "self_correction", "value_first",
                           "size_first", "regional"}  # fmt: skip


@dataclass
class OuterSet(GeneratedSet):
    """The half, with what each query said (``said[n]`` for ``queries[n]``)."""

    said: list[Said] = field(default_factory=list)


def generate_outer(seed: int, per_shop: int = QUERIES_PER_SHOP) -> OuterSet:
    """The outer half: its own shops, brands and queries, the same for the same seed."""
    rng = random.Random(f"{seed}:{OUTER}")
    forms = rng.sample(TITLE_FORMS, len(OUTER_SHOPS))
    shops, sold = [], []
    for number, kind in enumerate(OUTER_SHOPS):
        chosen = rng.sample(BRANDS[kind], rng.randint(8, 10))
        sold.append({b.name: b for b in chosen})
        shops.append(build_outer_shop(f"o{number}-{kind}", kind, [b.name for b in chosen],
                                      forms[number], rng))  # fmt: skip
    catalogs: dict[tuple[str, str], Catalog] = {}
    queries: list[GenQuery] = []
    said: list[Said] = []
    for shop, brands in zip(shops, sold, strict=True):
        for locale in LOCALES:
            catalogs[(shop.name, locale)] = shop.catalog(locale)
            maker = OuterMaker(shop, locale, rng, elsewhere(shop, LOCALES.index(locale)), brands)
            for _ in range(per_shop):
                query, what = maker.make()
                queries.append(query)
                said.append(what)
    return OuterSet(OUTER, list(shops), catalogs, queries, said)
