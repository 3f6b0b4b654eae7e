"""A generator of spoken product queries over synthetic shops of several kinds, to measure on.

``generate(half, seed)`` builds, deterministically from ``seed``, a few shops (a cleaning-products
shop, a grocery, a hardware store, a pet shop, a cosmetics shop, a toy shop), each with invented
brands, product types in both fr-FR and en-US (same ids in both), variants (scent, flavour,
colour...) and sizes, then queries of three kinds, judged as ``shared/data/resolution`` is:

- ``exact``: one product meant (brand, noun, variant and size said, or enough of them to leave one
  product; sometimes the size as a size word, "the large one", « le gros »);
- ``family``: several products fit what was said (no size, or no brand in a several-brand shop);
- ``none``: a brand the shop does not sell, a product of another kind of shop, or nothing sold.

Noise, each with its own probability: carrier phrases before and after, the brand said after
the noun, words respelled by sound or replaced by homophones, words cut in two or run together,
accents lost, numbers and units in words, the size or a quantity said between other words.

**The split is fixed**: half ``tune`` uses cleaning, grocery and hardware shops and one pool of
carrier phrases; half ``held`` uses a cleaning shop with other brands, a pet shop, a cosmetics
shop and a toy shop, and carrier phrases the tune half never uses. Tune on ``tune``; report
``held``. A third set, ``dev`` (a garden centre, a stationer, a kitchen shop, other phrasings),
serves tuning too and is never reported as held. ``python -m bench.resolution_gen --out DIR``
writes the halves as feeds + ``queries.jsonl``.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz

from bench import resolution_noise as noise
from bench.resolution_shops import (
    BRAND_SUFFIXES,
    BRAND_SYLLABLES,
    OFF_CATALOG,
    SHOPS,
    Pair,
    ProductType,
)
from catalog.model import Catalog, Product
from payments.money import Money

HALVES = {
    "tune": ["cleaning", "grocery", "hardware"],
    "held": ["cleaning", "pets", "cosmetics", "toys"],
}
# A second tuning set, of kinds and phrasings neither half has (never reported as held).
DEV = {"dev": ["garden", "stationery", "kitchen"]}
# A half nobody tuned on (bench/resolution_fresh.py): other kinds of shop, brands, phrasings.
FRESH = "fresh"
# A third tuning half (bench/resolution_wide.py): other shops, and noise wider than tune/dev's.
WIDE = "wide"
# A fourth tuning half (bench/resolution_far.py): shops and noise none of the others has.
FAR = "far"
# A fifth tuning half (bench/resolution_casual.py): clothing, linen, camping and sewing shops
# asked in casual speech.
CASUAL = "casual"
# A sixth tuning half (bench/resolution_spoken.py): lighting, fishing, pool and baking shops, a
# shopper model with computed expectations and a recogniser working on sounds.
SPOKEN = "spoken"
# A seventh tuning half (bench/resolution_mirror.py): aquarium, jewellery, coffee and bathroom
# shops, built the way shared/data/resolution was built, with a recogniser of its own.
MIRROR = "mirror"
# An eighth tuning half (bench/resolution_mimic.py): garden centre, kitchenware, art supplies and
# hand tools shops, built the way shared/data/resolution was, with a recogniser of its own.
MIMIC = "mimic"
# A ninth tuning half (bench/resolution_novel.py): optician, fishmonger, tack and shoe-care shops,
# built as an outsider builds a hidden test set, with noise of its own.
NOVEL = "novel"
# A tenth tuning half (bench/resolution_outer.py): beekeeping, cheese, door-fittings and florist
# shops, built as an outsider builds a hidden test set, with noise of its own.
OUTER = "outer"
# An eleventh tuning half (bench/resolution_stray.py): épicerie fine, bicycle-parts, essential-oils
# and yarn shops, built as an outsider builds a hidden test set, with noise of its own.
STRAY = "stray"
# A twelfth tuning half (bench/resolution_yonder.py): butcher, luggage, candle and plumbing-supplies
# shops, built as an outsider builds a hidden test set, with noise of its own.
YONDER = "yonder"
# A thirteenth tuning half (bench/resolution_hinter.py): home-brewing, chocolate, motorcycle-gear and
# dive shops, a first look at shops and phrasings nobody tuned on, with noise of its own.
HINTER = "hinter"
# A fourteenth half (bench/resolution_afield.py): climbing, pottery-supplies, watch-parts and
# chandlery shops, a first look at shops and phrasings nobody tuned on, with noise of its own.
AFIELD = "afield"
# A fifteenth half (bench/resolution_beyond.py): archery, radio-controlled-models,
# electrical-supplies and astronomy shops, a first look by a hand that copied no other half's lists.
BEYOND = "beyond"
# A sixteenth half (bench/resolution_abroad.py): household-care, photography, ski-and-snowboard and
# tiling-and-flooring shops, built as an outsider builds a hidden test set, with lists of its own.
ABROAD = "abroad"
# A seventeenth half (bench/resolution_offshore.py): tea-merchant, parapharmacy, party-supplies and
# picture-framing shops, built as an outsider builds a hidden test set by a hand that read no
# other half's code, with lists of its own.
OFFSHORE = "offshore"
# An eighteenth half (bench/resolution_distant.py): board-games-and-puzzles, printer-ink-and-office-
# paper, hi-fi-and-vinyl and model-railway shops, built as an outsider builds a hidden test set by a
# hand that read no other half's code, with lists of its own.
DISTANT = "distant"
# A nineteenth half (bench/resolution_remote.py): musical-instrument-accessories, baby-and-nursery,
# car-care-and-auto-parts and sports-nutrition shops, built as an outsider builds a hidden test set
# by a hand that read no other half's code, with lists of its own.
REMOTE = "remote"
# A twentieth half (bench/resolution_elsewhere.py): paint-and-decorating, hairdressing-supplies,
# knives-and-cutlery and seeds-and-bulbs shops, built as an outsider builds a hidden test set by a
# hand that read no other half's code, with lists of its own and expectations read off what each
# shopper meant.
ELSEWHERE = "elsewhere"
LOCALES = ("fr-FR", "en-US")
QUERIES_PER_SHOP = 240  # per locale
DEFAULT_SEED = 2024


@dataclass(frozen=True)
class Item:
    """One product: its attributes, in both languages."""

    id: str
    brand: str
    kind: int  # index into the shop's product types
    variant: int  # index into the type's axis values, -1 when the type has none
    size: int  # index into the type's sizes


@dataclass
class Shop:
    name: str
    kind: str
    types: list[ProductType]
    brands: list[str]
    items: list[Item] = field(default_factory=list)
    title_order: str = "brand-first"

    def title(self, item: Item, lang: int) -> str:
        noun, value, size = self.words(item, lang)
        middle = f"{noun} {value}".strip()
        if self.title_order == "brand-last":
            return f"{middle} {size} - {item.brand}"
        if self.title_order == "noun-brand":  # "Câble USB-C Zentek noir 1 m"
            return " ".join(w for w in (noun, item.brand, value, size) if w)
        if self.title_order == "brand-first-en-adj" and lang == 1 and value:
            middle = f"{value} {noun}"
        return f"{item.brand} {middle} {size}"

    def words(self, item: Item, lang: int) -> tuple[str, str, str]:
        fr, en, axis, sizes = self.types[item.kind]
        value = axis[item.variant][lang] if item.variant >= 0 else ""
        return ((fr, en)[lang], value, sizes[item.size][lang])

    def catalog(self, locale: str) -> Catalog:
        lang = LOCALES.index(locale)
        currency = ("EUR", "USD")[lang]
        products = []
        for number, item in enumerate(self.items):
            noun, _value, size = self.words(item, lang)
            products.append(
                Product(
                    id=item.id,
                    title=self.title(item, lang),
                    price=Money(150 + (number * 37) % 4000, currency),
                    brand=item.brand,
                    description=self.title(item, lang) + ".",
                    product_type=noun,
                    variants={"size": size},
                )
            )
        return Catalog(locale, tuple(products))


@dataclass(frozen=True)
class GenQuery:
    locale: str
    text: str
    expect: frozenset[str]
    kind: str
    shop: str
    noise: tuple[str, ...]


def _brand(rng: random.Random, syllables: Sequence[str] = BRAND_SYLLABLES) -> str:
    word = "".join(rng.choice(syllables) for _ in range(rng.choice((2, 2, 2, 3))))
    name = word.capitalize()
    if rng.random() < 0.2:
        suffix = rng.choice(BRAND_SUFFIXES)
        name = f"{suffix.capitalize()} {name}" if suffix == "maison" else f"{name} {suffix}"
    return name


def _distinct(name: str, others: Sequence[str]) -> bool:
    """No word of ``name`` sounds or reads like a word of another brand."""
    words = [w for w in name.lower().split() if w not in BRAND_SUFFIXES]
    for other in others:
        for theirs in other.lower().split():
            if theirs in BRAND_SUFFIXES:
                continue
            if any(fuzz.ratio(w, theirs) >= 70 or w[:3] == theirs[:3] for w in words):
                return False
    return True


TITLE_ORDERS = ("brand-first", "brand-first", "brand-last", "brand-first-en-adj")


def build_shop(
    name: str,
    kind: str,
    rng: random.Random,
    taken: list[str],
    shops: dict[str, list[ProductType]] = SHOPS,
    syllables: Sequence[str] = BRAND_SYLLABLES,
    orders: Sequence[str] = TITLE_ORDERS,
) -> Shop:
    types = shops[kind]
    brands: list[str] = []
    while len(brands) < rng.randint(6, 9):
        brand = _brand(rng, syllables)
        if _distinct(brand, brands + taken):
            brands.append(brand)
    taken.extend(brands)
    order = rng.choice(list(orders))
    shop = Shop(name, kind, types, brands, title_order=order)
    for brand in brands:
        for kind_index in sorted(rng.sample(range(len(types)), rng.randint(3, 7))):
            _, _, axis, sizes = types[kind_index]
            combos = [(v, s) for v in (range(len(axis)) or [-1]) for s in range(len(sizes))]
            for variant, size in sorted(rng.sample(combos, min(len(combos), rng.randint(1, 6)))):
                item_id = f"{name}-{len(shop.items):04d}"
                shop.items.append(Item(item_id, brand, kind_index, variant, size))
    return shop


# --- queries ------------------------------------------------------------------------------
def _matching(shop: Shop, said: dict[str, int | str]) -> list[Item]:
    return [
        item
        for item in shop.items
        if all(getattr(item, attr) == value for attr, value in said.items())
    ]


@dataclass
class Pick:
    """A product to ask for and what the query will say of it (its kind always; its brand
    unless a family request leaves it out where several brands share the kind; its variant
    value always for one product, sometimes for a family)."""

    item: Item
    noun: str
    value: str
    size: str
    sizes: list[str]
    said: dict[str, int | str]
    brand_said: bool
    value_said: bool


def pick_product(rng: random.Random, shop: Shop, lang: int, family: bool) -> Pick:
    """The product a query of the far and casual halves asks for, drawn from ``rng`` in one
    fixed order (each half's queries depend on it)."""
    item = rng.choice(shop.items)
    noun, value, size = shop.words(item, lang)
    sizes = [pair[lang] for pair in shop.types[item.kind][3]]
    said: dict[str, int | str] = {"kind": item.kind}
    several_brands = len({i.brand for i in _matching(shop, {"kind": item.kind})}) > 1
    brand_said = not (family and several_brands and rng.random() < 0.35)
    if brand_said:
        said["brand"] = item.brand
    value_said = bool(value) and (not family or rng.random() < 0.4)
    if value_said:
        said["variant"] = item.variant
    return Pick(item, noun, value, size, sizes, said, brand_said, value_said)


def _amount(text: str) -> float:
    match = re.match(r"(\d+(?:[.,]\d+)?)\s*(\w+)?", text)
    if not match:
        return 0.0
    value = float(match.group(1).replace(",", "."))
    scale = {"kg": 1000, "l": 1000, "cl": 10, "m": 1000, "cm": 10}
    return value * scale.get(match.group(2) or "", 1)


_MEASURE = re.compile(r"^\d+(?:[.,]\d+)?\s*(ml|cl|l|g|kg|m|cm|mm)$")


class QueryMaker:
    def __init__(self, shop: Shop, locale: str, pool: str, rng: random.Random) -> None:
        self.shop = shop
        self.locale = locale
        self.lang = LOCALES.index(locale)
        self.code = ("fr", "en")[self.lang]
        self.rng = rng
        self.carriers = self.carrier_pool(pool)

    def carrier_pool(self, pool: str) -> dict[str, list[str]]:
        return noise.CARRIERS[(self.code, pool)]

    def say_size(self, size: str) -> str:
        return noise.say_size(self.rng, size, self.code)

    def place_brand(self, parts: list[str], brand: str, tags: list[str]) -> list[str]:
        """The brand before the noun phrase, or after it (30 %)."""
        rng = self.rng
        if rng.random() < 0.3:
            tags.append("brand_after")
            return [*parts, brand] if rng.random() < 0.5 else [*parts[:1], brand, *parts[1:]]
        return [brand, *parts]

    def make(self, unsold_brands: list[str], foreign_nouns: list[str]) -> GenQuery:
        roll = self.rng.random()
        if roll < 0.2:
            return self._none(unsold_brands, foreign_nouns)
        return self._product(family=roll < 0.42)

    def _product(self, family: bool) -> GenQuery:
        rng, shop = self.rng, self.shop
        item = rng.choice(shop.items)
        noun, value, size = shop.words(item, self.lang)
        said: dict[str, int | str] = {"kind": item.kind}
        tags: list[str] = []
        brand_said = True
        several_brands = len({i.brand for i in _matching(shop, {"kind": item.kind})}) > 1
        if family and several_brands and rng.random() < 0.35:
            brand_said = False
        if brand_said:
            said["brand"] = item.brand
        value_said = bool(value) and (not family or rng.random() < 0.4)
        if value_said:
            said["variant"] = item.variant
        size_text = ""
        size_word = ""
        if not family:
            siblings = _matching(shop, said)
            sizes = sorted({i.size for i in siblings})
            measured = all(_MEASURE.match(shop.types[item.kind][3][s][0]) for s in sizes)
            if len(sizes) > 1 and measured and rng.random() < 0.25:
                amounts = {s: _amount(shop.types[item.kind][3][s][0]) for s in sizes}
                ends = {"large": max(sizes, key=amounts.get), "small": min(sizes, key=amounts.get)}
                which = rng.choice(sorted(ends))
                size_word = rng.choice(noise.SIZE_WORDS[(self.code, which)])
                said["size"] = ends[which]
                tags.append("size_word")
            else:
                said["size"] = item.size
                size_text = self.say_size(size)
        expect = _matching(shop, said)
        if size_word and (len(expect) != 1 or expect[0].size != said["size"]):
            return self._product(family)
        parts = self._noun_phrase(noun, value if value_said else "", size_word, tags)
        brand = item.brand.lower() if brand_said else ""
        if brand:
            parts = self.place_brand(parts, self._garble_brand(brand, tags), tags)
        if size_text:
            if rng.random() < 0.25 and len(parts) > 1:
                tags.append("size_between")
                at = rng.randint(1, len(parts) - 1)
                parts = [*parts[:at], size_text, *parts[at:]]
            else:
                parts.append(size_text)
        text = self._carry(" ".join(p for p in parts if p), tags)
        kind = "exact" if len(expect) == 1 else "family"
        return self._query(text, {i.id for i in expect}, kind, tags)

    def _noun_phrase(self, noun: str, value: str, size_word: str, tags: list[str]) -> list[str]:
        rng = self.rng
        noun_words = noun.lower().split()
        value_words = value.lower().split()
        words = noun_words + value_words
        if value and rng.random() < 0.25:
            tags.append("value_first")
            words = value_words + noun_words
        words = [self._garble_word(w, tags) for w in words]
        if size_word:
            words = [size_word, *words] if rng.random() < 0.6 else [*words, size_word]
        phrase = " ".join(words)
        if rng.random() < 0.1:
            glued = phrase.split()
            if len(glued) >= 2:
                at = rng.randrange(len(glued) - 1)
                glued[at : at + 2] = [glued[at] + glued[at + 1]]
                tags.append("merged")
                phrase = " ".join(glued)
        return [phrase]

    def _garble_word(self, word: str, tags: list[str]) -> str:
        rng = self.rng
        if rng.random() < 0.2 and len(word) >= 3:
            tags.append("asr")
            word = noise.respell(rng, word, self.code)
        if rng.random() < 0.1 and len(word) >= 7:
            tags.append("split")
            word = noise.split_word(rng, word)
        return word

    def _garble_brand(self, brand: str, tags: list[str]) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.15:
            tags.append("brand_split")
            return " ".join(noise.split_word(rng, w) for w in brand.split())
        if roll < 0.3:
            tags.append("brand_asr")
            return " ".join(noise.respell(rng, w, self.code) for w in brand.split())
        if roll < 0.36 and " " in brand:
            tags.append("brand_merged")
            return brand.replace(" ", "")
        return brand

    def _carry(self, text: str, tags: list[str]) -> str:
        rng = self.rng
        if rng.random() < 0.8:
            pre = rng.choice(self.carriers["pre"])
            if rng.random() < 0.15:
                pre = f"{pre} {noise.number_word(rng, self.code)}"
                tags.append("quantity")
            text = f"{pre} {text}"
            tags.append("carrier")
        if rng.random() < 0.25:
            text = f"{text} {rng.choice(self.carriers['post'])}"
            tags.append("carrier_after")
        if self.code == "fr" and rng.random() < 0.4:
            text = noise.strip_accents(text)
            tags.append("accents")
        return text.lower()

    def _none(self, unsold_brands: list[str], foreign_nouns: list[str]) -> GenQuery:
        rng, shop = self.rng, self.shop
        tags: list[str] = ["none"]
        roll = rng.random()
        if roll < 0.45:
            item = rng.choice(shop.items)
            noun = shop.words(item, self.lang)[0]
            text = f"{rng.choice(unsold_brands).lower()} {noun}"
            tags.append("unsold_brand")
        elif roll < 0.8:
            brand = rng.choice(shop.brands).lower()
            text = f"{brand} {rng.choice(foreign_nouns)}"
            tags.append("foreign_noun")
        else:
            text = rng.choice(foreign_nouns)
            tags.append("foreign_noun_alone")
        return self._query(self._carry(text, tags), set(), "none", tags)

    def _query(self, text: str, expect: set[str], kind: str, tags: list[str]) -> GenQuery:
        text = " ".join(text.split())
        return GenQuery(self.locale, text, frozenset(expect), kind, self.shop.name, tuple(tags))


def _foreign_nouns(
    shop: Shop,
    lang: int,
    shops: dict[str, list[ProductType]] = SHOPS,
    off_catalog: Sequence[Pair] = OFF_CATALOG,
) -> list[str]:
    """Nouns of other kinds of shop, and things no shop sells, sharing no word with this
    shop's product words."""
    own = set()
    for fr, en, axis, _ in shop.types:
        own.update(noise.strip_accents((fr, en)[lang]).lower().replace("-", " ").split())
        for pair in axis:
            own.update(noise.strip_accents(pair[lang]).lower().split())
    nouns = [t[lang] for kind, types in shops.items() if kind != shop.kind for t in types]
    nouns += [pair[lang] for pair in off_catalog]
    return sorted(
        n
        for n in set(nouns)
        if not set(noise.strip_accents(n).lower().replace("-", " ").split()) & own
    )


@dataclass
class GeneratedSet:
    half: str
    shops: list[Shop]
    catalogs: dict[tuple[str, str], Catalog]  # (shop, locale) → catalog
    queries: list[GenQuery]


def generate(half: str, seed: int = DEFAULT_SEED, per_shop: int = QUERIES_PER_SHOP) -> GeneratedSet:
    """The shops and queries of one half; the same ``(half, seed)`` gives the same set.

    ``per_shop=0`` gives the shops alone: what a later half keeps its brands apart from. Each
    half asks for every earlier half's, which ask for theirs, so the shops of one ``(half,
    seed)`` are built once per process and each caller gets its own copy."""
    if per_shop == 0:
        return copy.deepcopy(_shops_alone(half, seed))
    return _generate(half, seed, per_shop)


@cache
def _shops_alone(half: str, seed: int) -> GeneratedSet:
    return _generate(half, seed, 0)


def _generate(half: str, seed: int, per_shop: int) -> GeneratedSet:
    if half == FRESH:
        from bench.resolution_fresh import generate_fresh

        return generate_fresh(seed, per_shop)
    if half == WIDE:
        from bench.resolution_wide import generate_wide

        return generate_wide(seed, per_shop)
    if half == FAR:
        from bench.resolution_far import generate_far

        return generate_far(seed, per_shop)
    if half == CASUAL:
        from bench.resolution_casual import generate_casual

        return generate_casual(seed, per_shop)
    if half == SPOKEN:
        from bench.resolution_spoken import generate_spoken

        return generate_spoken(seed, per_shop)
    if half == MIRROR:
        from bench.resolution_mirror import generate_mirror

        return generate_mirror(seed, per_shop)
    if half == MIMIC:
        from bench.resolution_mimic import generate_mimic

        return generate_mimic(seed, per_shop)
    if half == NOVEL:
        from bench.resolution_novel import generate_novel

        return generate_novel(seed, per_shop)
    if half == OUTER:
        from bench.resolution_outer import generate_outer

        return generate_outer(seed, per_shop)
    if half == STRAY:
        from bench.resolution_stray import generate_stray

        return generate_stray(seed, per_shop)
    if half == YONDER:
        from bench.resolution_yonder import generate_yonder

        return generate_yonder(seed, per_shop)
    if half == HINTER:
        from bench.resolution_hinter import generate_hinter

        return generate_hinter(seed, per_shop)
    if half == AFIELD:
        from bench.resolution_afield import generate_afield

        return generate_afield(seed, per_shop)
    if half == BEYOND:
        from bench.resolution_beyond import generate_beyond

        return generate_beyond(seed, per_shop)
    if half == ABROAD:
        from bench.resolution_abroad import generate_abroad

        return generate_abroad(seed, per_shop)
    if half == OFFSHORE:
        from bench.resolution_offshore import generate_offshore

        return generate_offshore(seed, per_shop)
    if half == DISTANT:
        from bench.resolution_distant import generate_distant

        return generate_distant(seed, per_shop)
    if half == REMOTE:
        from bench.resolution_remote import generate_remote

        return generate_remote(seed, per_shop)
    if half == ELSEWHERE:
        from bench.resolution_elsewhere import generate_elsewhere

        return generate_elsewhere(seed, per_shop)
    rng = random.Random(f"{seed}:{half}")
    kinds = {**HALVES, **DEV}[half]
    taken: list[str] = []
    if half == "held":  # the tune half's brands, so that no held brand sounds like one
        tune_rng = random.Random(f"{seed}:tune")
        for number, kind in enumerate(HALVES["tune"]):
            build_shop(f"t{number}", kind, tune_rng, taken)
    shops = [
        build_shop(f"{half[0]}{number}-{kind}", kind, rng, taken)
        for number, kind in enumerate(kinds)
    ]
    unsold: list[str] = []
    while len(unsold) < 30:
        brand = _brand(rng)
        if _distinct(brand, taken + unsold):
            unsold.append(brand)
    catalogs: dict[tuple[str, str], Catalog] = {}
    queries: list[GenQuery] = []
    pool = half
    for shop in shops:
        for locale in LOCALES:
            catalogs[(shop.name, locale)] = shop.catalog(locale)
            maker = QueryMaker(shop, locale, pool, rng)
            foreign = _foreign_nouns(shop, LOCALES.index(locale))
            queries.extend(maker.make(unsold, foreign) for _ in range(per_shop))
    return GeneratedSet(half, shops, catalogs, queries)


def write(generated: GeneratedSet, folder: Path) -> None:
    """Feeds (``<shop>.<locale>.tsv``) and ``queries.jsonl`` with a ``shop`` field."""
    from catalog.feed import write_feed

    folder.mkdir(parents=True, exist_ok=True)
    for (shop, locale), catalog in generated.catalogs.items():
        with (folder / f"{shop}.{locale}.tsv").open("w", encoding="utf-8", newline="") as out:
            write_feed(catalog.products, out)
    with (folder / "queries.jsonl").open("w", encoding="utf-8") as out:
        for q in generated.queries:
            row = {
                "locale": q.locale,
                "shop": q.shop,
                "query": q.text,
                "expect": sorted(q.expect),
                "kind": q.kind,
                "noise": list(q.noise),
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.resolution_gen", description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    for half in HALVES:
        generated = generate(half, args.seed)
        write(generated, args.out / half)
        print(f"{half}: {len(generated.queries)} queries, {len(generated.catalogs)} catalogs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
