"""The *wide* half of :mod:`bench.resolution_gen`: a third tuning half, with noise as far as we
could take it from both the tune/dev noise and the fresh half's.

``tune`` and ``dev`` are narrow: the resolver scores about 0.99 there and much less on
``fresh``. This half widens what is tuned on, and **is tuned on** (look at its misses with
``python -m bench.resolution --misses wide``); ``held`` and ``fresh`` stay the reported,
never-inspected measures, so nothing here reuses fresh's shop kinds, brands, carrier phrases,
homophones or syllables (:mod:`bench.resolution_wide_shops` holds this half's own words).

- Four kinds of shop (tea and coffee, bicycle parts, party supplies, a pharmacy) with
  multi-word nouns sharing words (« café en grains », « dosettes de café »), sizes in counts,
  letters, inches, links; titles in several orders within one shop.
- Brands of their own syllables, two-word brands, brands made of ordinary words ("Roc",
  "Le Petit Atelier", "Cloud Nine").
- Everyday carrier phrases none of the other pools has, politeness in the middle,
  hesitations and repeated articles (« le hum le »), quantities in words (« trois paquets de »).
- Recogniser noise by rules of our own: homophones, respellings, a final letter dropped, a
  letter doubled, a word cut in two, two words run together, a short function word dropped or
  added, accents lost on the whole query or one word.
- The brand after the noun, linked (« signé », "the one from"), inside a multi-word noun, run
  into the noun, cut in two or three, misheard, clipped.
- Sizes in words of many forms ("two fifty grams", « un demi-litre », "size medium",
  « par douze », "a dozen", « vingt-cinq centilitres » for 250 ml), sometimes said first.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from bench import resolution_noise as noise
from bench import resolution_wide_shops as vocab
from bench.resolution_gen import (
    FRESH,
    LOCALES,
    QUERIES_PER_SHOP,
    WIDE,
    GeneratedSet,
    GenQuery,
    Item,
    QueryMaker,
    Shop,
    _distinct,
    _foreign_nouns,
    generate,
)
from bench.resolution_shops import SHOPS, ProductType
from catalog.model import Catalog

__all__ = ["WIDE", "WideQueryMaker", "WideShop", "generate_wide"]

TITLE_ORDERS = ("brand-first", "noun-value-brand", "brand-last", "noun-brand-value", "size-first")


@dataclass
class WideShop(Shop):
    """A shop whose titles follow two orders (every fourth product the other one), as feeds
    merged from several suppliers do."""

    second_order: str = "brand-first"

    def title(self, item: Item, lang: int) -> str:
        noun, value, size = self.words(item, lang)
        brand = item.brand
        order = self.second_order if int(item.id[-4:]) % 4 == 3 else self.title_order
        named = f"{value} {noun}" if lang == 1 and value else f"{noun} {value}"
        if order == "noun-value-brand":
            text = f"{noun} {value} - {brand} - {size}"
        elif order == "brand-last":
            text = f"{named} {size} – {brand}"
        elif order == "noun-brand-value":
            text = f"{noun} {brand} {value} {size}"
        elif order == "size-first":
            text = f"{size} {named} {brand}"
        else:
            text = f"{brand} {named} {size}"
        return " ".join(text.split())


def _en_number(n: int, rng: random.Random) -> str:
    """ "two fifty", "one sixteen" for hundreds, as English speakers say sizes."""
    if 100 < n < 1000 and n % 100 >= 10 and rng.random() < 0.5:
        return f"{noise.english_number(n // 100)} {noise.english_number(n % 100)}"
    return noise.english_number(n)


class WideQueryMaker(QueryMaker):
    """The generator's query maker with the wide half's phrasings and noise."""

    def __init__(self, shop: Shop, locale: str, rng: random.Random, plain: list[str]) -> None:
        super().__init__(shop, locale, WIDE, rng)
        self.plain_unsold = plain
        self.size_said = ""
        self.size_tags: list[str] = []

    def carrier_pool(self, pool: str) -> dict[str, list[str]]:
        return vocab.CARRIERS[self.code]

    def make(self, unsold_brands: list[str], foreign_nouns: list[str]) -> GenQuery:
        self.size_said, self.size_tags = "", []
        return super().make(unsold_brands, foreign_nouns)

    def _number(self, n: int) -> str:
        return noise.french_number(n) if self.code == "fr" else _en_number(n, self.rng)

    def say_size(self, size: str) -> str:
        said, tag = self._spoken_size(size.lower())
        if tag:
            self.size_tags.append(tag)
        self.size_said = said
        return said

    def _spoken_size(self, size: str) -> tuple[str, str]:
        rng, fr, code = self.rng, self.code == "fr", self.code
        measure = re.fullmatch(r"(\d+(?:[.,]\d+)?) (g|kg|ml|cl|l|m|cm)", size)
        if measure:
            return self._measure(float(measure[1].replace(",", ".")), measure[2])
        count = re.fullmatch(r"(?:boîte de|lot de|sachet de|box of|pack of|bag of|par) (\d+)"
                             r"|(\d+) count", size)  # fmt: skip
        if count:
            n = int(count[1] or count[2])
            said = self._number(n)
            if n == 12 and rng.random() < 0.4:
                return rng.choice(["la douzaine", "par douze"] if fr else ["a dozen"]), "size_count"
            forms = (["par {}", "les {}", "paquet de {}", "{}"] if fr
                     else ["{} count", "{} pack", "box of {}", "{}"])  # fmt: skip
            return rng.choice(forms).format(said), "size_count"
        letter = re.fullmatch(r"(?:taille|size) ([sml])", size)
        if letter:
            return rng.choice(vocab.LETTER_SIZES[code][letter[1]]), "size_letter"
        if size in ("1 pièce", "1 piece"):
            return rng.choice(["", "à l'unité"] if fr else ["", "just the one"]), ""
        if size in ("la paire", "1 pair"):
            return rng.choice(["la paire", "une paire"] if fr else ["a pair", "one pair"]), ""
        words = size.split()
        if words[0].isdigit():
            return " ".join([self._number(int(words[0])), *words[1:]]), ""
        return size, ""

    def _measure(self, value: float, unit: str) -> tuple[str, str]:
        rng, fr, code = self.rng, self.code == "fr", self.code
        base = value * {"kg": 1000, "l": 1000, "cl": 10, "m": 100}.get(unit, 1)
        roll = rng.random()
        if base == 500 and unit in ("g", "ml", "l", "kg") and roll < 0.5:
            liquid = unit in ("ml", "l")
            if fr:
                return ("un demi-litre" if liquid else rng.choice(["un demi-kilo", "une livre"]),
                        "size_half")  # fmt: skip
            return rng.choice(["half a liter", "a half liter"] if liquid
                              else ["half a kilo", "a half kilo"]), "size_half"  # fmt: skip
        if unit in ("ml", "cl") and base % 10 == 0 and roll < 0.3:
            other = "cl" if unit == "ml" else "ml"
            amount = int(base // 10) if other == "cl" else int(base)
            return (
                f"{self._number(amount)} {rng.choice(vocab.UNITS[code][other])}",
                "size_converted",
            )
        if value != int(value):
            whole, tenths = int(value), round((value - int(value)) * 10)
            if fr and unit == "m" and rng.random() < 0.6:
                return f"{noise.french_number(whole)} mètre {noise.french_number(tenths * 10)}", (
                    "size_decimal"
                )
            if fr and unit == "l" and whole >= 1 and rng.random() < 0.5:
                return f"{noise.french_number(whole)} litre {noise.french_number(tenths)}", (
                    "size_decimal"
                )
            mark = "virgule" if fr else "point"
            spoken = f"{self._number(whole)} {mark} {self._number(tenths)}"
            if not fr and whole == 0:
                spoken = f"point {self._number(tenths)}"
            return f"{spoken} {rng.choice(vocab.UNITS[code][unit])}", "size_decimal"
        amount = int(value)
        if amount == 1 and unit in ("kg", "l") and roll < 0.6:
            one = {"fr": {"kg": "un kilo", "l": "un litre"}, "en": {"kg": "a kilo", "l": "a liter"}}
            return one[code][unit], ""
        number = self._number(amount) if rng.random() < 0.85 else str(amount)
        return f"{number} {rng.choice(vocab.UNITS[code][unit])}", ""

    def place_brand(self, parts: list[str], brand: str, tags: list[str]) -> list[str]:
        rng = self.rng
        roll = rng.random()
        words = parts[0].split()
        if roll < 0.18:
            tags.append("brand_after")
            return [*parts, brand]
        if roll < 0.3:
            tags.append("brand_linked")
            return [*parts, f"{rng.choice(vocab.BRAND_LINKS[self.code])} {brand}"]
        if roll < 0.37 and len(words) >= 2:
            tags.append("brand_inside")
            at = rng.randint(1, len(words) - 1)
            return [" ".join([*words[:at], brand, *words[at:]]), *parts[1:]]
        if roll < 0.43 and " " not in brand:
            tags.append("brand_noun_merged")
            if rng.random() < 0.5:
                return [" ".join([brand + words[0], *words[1:]]), *parts[1:]]
            return [" ".join([*words[:-1], words[-1] + brand]), *parts[1:]]
        return [brand, *parts]

    def _noun_phrase(self, noun: str, value: str, size_word: str, tags: list[str]) -> list[str]:
        rng, code = self.rng, self.code
        noun_words, value_words = noun.lower().split(), value.lower().split()
        words = noun_words + value_words
        if value and rng.random() < (0.5 if code == "en" else 0.15):
            tags.append("value_first")
            words = value_words + noun_words
        words = [self._garble_word(w, tags) for w in words]
        if rng.random() < 0.08:
            tags.append("function_word")
            short = [i for i, w in enumerate(words) if w in vocab.SHORT_WORDS[code]]
            if short:
                del words[rng.choice(short)]
            elif len(words) >= 2:
                words.insert(
                    rng.randint(1, len(words) - 1), rng.choice(sorted(vocab.SHORT_WORDS[code]))
                )
        if len(words) >= 2 and rng.random() < 0.1:
            tags.append("merged")
            at = rng.randrange(len(words) - 1)
            words[at : at + 2] = [words[at] + words[at + 1]]
        if size_word:  # the base picked an end ("large"/"small"); say it our way
            end = "large" if size_word in noise.SIZE_WORDS[(code, "large")] else "small"
            said = rng.choice(vocab.SIZE_ENDS[(code, end)])
            words = [said, *words] if rng.random() < 0.5 else [*words, said]
        return [" ".join(words)]

    def _garble_word(self, word: str, tags: list[str]) -> str:
        """At most one slip per word: a homophone, a respelling, the last letter lost, a
        letter doubled, or the word cut in two."""
        rng = self.rng
        roll = rng.random()
        homophones = vocab.HOMOPHONES[self.code].get(word)
        changed, tag = word, ""
        if roll < 0.08 and homophones:
            tags.append("asr_homophone")
            return rng.choice(homophones)
        if roll < 0.15:
            changed, tag = self._respell(word), "asr"
        elif roll < 0.19 and len(word) >= 5:
            changed, tag = word[:-1], "asr_drop"
        elif roll < 0.23:
            inside = [i for i, c in enumerate(word) if i and c in "bcdfglmnprst"]
            if inside:
                at = rng.choice(inside)
                changed, tag = word[: at + 1] + word[at:], "asr_double"
        elif roll < 0.3 and len(word) >= 7:
            changed, tag = noise.split_word(rng, word), "split"
        if changed != word:
            tags.append(tag)
        return changed

    def _respell(self, word: str) -> str:
        return noise.respell_by_rules(self.rng, vocab.RESPELL[self.code], word)

    def _garble_brand(self, brand: str, tags: list[str]) -> str:
        rng = self.rng
        if "&" in brand and rng.random() < 0.7:  # "& Cie" as it is said
            brand = brand.replace("&", "et" if self.code == "fr" else "and")
        roll = rng.random()
        if roll < 0.12:
            tags.append("brand_split")
            pieces = []
            for word in brand.split():
                if len(word) >= 8 and rng.random() < 0.5:
                    a = rng.randint(2, len(word) - 5)
                    b = rng.randint(a + 2, len(word) - 2)
                    pieces.append(f"{word[:a]} {word[a:b]} {word[b:]}")
                else:
                    pieces.append(noise.split_word(rng, word))
            return " ".join(pieces)
        if roll < 0.26:
            tags.append("brand_asr")
            return " ".join(self._respell(w) for w in brand.split())
        if roll < 0.31 and " " in brand:
            tags.append("brand_merged")
            return brand.replace(" ", "")
        if roll < 0.35 and len(brand) >= 6:
            tags.append("brand_clipped")
            return brand[:-1]
        return brand

    def _carry(self, text: str, tags: list[str]) -> str:
        rng, code = self.rng, self.code
        tags.extend(self.size_tags)
        said, self.size_said, self.size_tags = self.size_said, "", []
        if said and text.endswith(f" {said}") and rng.random() < 0.2:
            tags.append("size_first")
            text = f"{said} {text[: -len(said)]}"
        n = noise.french_number(rng.randint(2, 5)) if code == "fr" else _en_number(
            rng.randint(2, 5), rng)  # fmt: skip
        roll = rng.random()
        if roll < 0.1:
            tags.append("quantity")
            text = f"{rng.choice(vocab.QUANTITY[code]).format(n=n)} {text}"
        elif roll < 0.15:
            tags.append("quantity_after")
            text = f"{text} {rng.choice(vocab.QUANTITY_AFTER[code]).format(n=n)}"
        roll = rng.random()
        if roll < 0.1:
            tags.append("repeat")
            word = rng.choice(vocab.REPEATED[code])
            middle = f" {rng.choice(vocab.PAUSES[code])} " if rng.random() < 0.5 else " "
            text = f"{word}{middle}{word} {text}"
        elif roll < 0.18:
            tags.append("hesitation")
            words = text.split()
            words.insert(rng.randrange(len(words)), rng.choice(vocab.PAUSES[code]))
            text = " ".join(words)
        polite = rng.choice(vocab.POLITE[code]) if rng.random() < 0.1 else ""
        if polite:
            tags.append("politeness")
            text = f"{polite} {text}"
        if rng.random() < 0.8:
            text = f"{rng.choice(self.carriers['pre'])} {text}"
            tags.append("carrier")
        if rng.random() < 0.25:
            text = f"{text} {rng.choice(self.carriers['post'])}"
            tags.append("carrier_after")
        if code == "fr":
            roll = rng.random()
            if roll < 0.3:
                text = noise.strip_accents(text)
                tags.append("accents")
            elif roll < 0.4:
                words = text.split()
                at = rng.randrange(len(words))
                words[at] = noise.strip_accents(words[at])
                text = " ".join(words)
                tags.append("accents_one_word")
        return text.lower()

    def _none(self, unsold_brands: list[str], foreign_nouns: list[str]) -> GenQuery:
        rng, shop = self.rng, self.shop
        tags: list[str] = ["none"]
        roll = rng.random()
        if roll < 0.45:
            plain = roll < 0.18
            brand = rng.choice(self.plain_unsold if plain else unsold_brands)
            noun = shop.words(rng.choice(shop.items), self.lang)[0]
            tags.append("unsold_plain_brand" if plain else "unsold_brand")
        elif roll < 0.8:
            brand, noun = rng.choice(shop.brands), rng.choice(foreign_nouns)
            tags.append("foreign_noun")
        else:
            brand, noun = "", rng.choice(foreign_nouns)
            tags.append("foreign_noun_alone")
        parts = self._noun_phrase(noun, "", "", tags)
        if brand:
            parts = self.place_brand(parts, self._garble_brand(brand.lower(), tags), tags)
        return self._query(self._carry(" ".join(parts), tags), set(), "none", tags)


def _core(name: str) -> str:
    """The brand without its second word of WIDE_SUFFIXES ("Kovu Lab" → "kovu")."""
    text = name.lower()
    for suffix in vocab.WIDE_SUFFIXES:
        text = text.replace(f" {suffix}", "")
    return text


def _made_up_brand(rng: random.Random) -> str:
    word = "".join(rng.choice(vocab.WIDE_SYLLABLES) for _ in range(rng.choice((2, 2, 3))))
    roll = rng.random()
    if roll < 0.12:
        return f"{word.capitalize()} {''.join(rng.sample(vocab.WIDE_SYLLABLES, 2)).capitalize()}"
    if roll < 0.22:
        return f"{word.capitalize()} {rng.choice(vocab.WIDE_SUFFIXES).title()}"
    return word.capitalize()


def _free(brand: str, taken: list[str], own_words: set[str]) -> bool:
    """No word of ``brand`` sounds like another brand's, nor is a word of the shop's products."""
    core = _core(brand)
    return not set(core.split()) & own_words and _distinct(core, [_core(b) for b in taken])


def _shop_words(types: list[ProductType]) -> set[str]:
    words: set[str] = set()
    for fr, en, axis, _ in types:
        for text in (fr, en, *(w for pair in axis for w in pair)):
            words.update(noise.strip_accents(text).lower().replace("'", " ").split())
    return words


def build_wide_shop(name: str, kind: str, rng: random.Random, taken: list[str],
                    plain: list[str]) -> WideShop:  # fmt: skip
    """Like :func:`bench.resolution_gen.build_shop`, with this half's brands (a third of them
    ordinary words, taken from ``plain``) and two title orders."""
    types = vocab.WIDE_SHOPS[kind]
    own = _shop_words(types)
    brands = noise.pick_brands(
        rng, plain, 0.3, lambda: _made_up_brand(rng), lambda b, more: _free(b, taken + more, own)
    )
    taken.extend(brands)
    first, second = rng.sample(TITLE_ORDERS, 2)
    shop = WideShop(name, kind, types, brands, title_order=first, second_order=second)
    for brand in brands:
        for kind_index in sorted(rng.sample(range(len(types)), rng.randint(3, len(types)))):
            _, _, axis, sizes = types[kind_index]
            combos = [(v, s) for v in (range(len(axis)) or [-1]) for s in range(len(sizes))]
            for variant, size in sorted(rng.sample(combos, min(len(combos), rng.randint(1, 6)))):
                shop.items.append(Item(f"{name}-{len(shop.items):04d}", brand, kind_index,
                                       variant, size))  # fmt: skip
    return shop


def generate_wide(seed: int, per_shop: int = QUERIES_PER_SHOP) -> GeneratedSet:
    """The wide half: its own shops and queries; no brand sounds like one of another half."""
    rng = random.Random(f"{seed}:{WIDE}")
    taken = [brand for half in ("tune", "held", "dev", FRESH)
             for shop in generate(half, seed, per_shop=0).shops for brand in shop.brands]  # fmt: skip
    plain = list(vocab.PLAIN_BRANDS)
    rng.shuffle(plain)
    shops: list[Shop] = [
        build_wide_shop(f"w{number}-{kind}", kind, rng, taken, plain)
        for number, kind in enumerate(vocab.WIDE_SHOPS)
    ]
    every_word = set().union(*(_shop_words(types) for types in vocab.WIDE_SHOPS.values()))
    plain_unsold = [b for b in plain if _free(b, taken, every_word)]
    unsold = noise.unsold_brands(
        lambda: _made_up_brand(rng),
        lambda b, more: _free(b, taken + plain_unsold + more, every_word),
    )
    every_kind = {**SHOPS, **vocab.WIDE_SHOPS}
    catalogs: dict[tuple[str, str], Catalog] = {}
    queries: list[GenQuery] = []
    for shop in shops:
        for locale in LOCALES:
            catalogs[(shop.name, locale)] = shop.catalog(locale)
            maker = WideQueryMaker(shop, locale, rng, plain_unsold)
            foreign = _foreign_nouns(
                shop, LOCALES.index(locale), every_kind, vocab.WIDE_OFF_CATALOG
            )
            queries.extend(maker.make(unsold, foreign) for _ in range(per_shop))
    return GeneratedSet(WIDE, shops, catalogs, queries)
