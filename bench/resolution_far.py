"""The *far* half of :mod:`bench.resolution_gen`: a fourth tuning half, of shops and noise none
of the other halves has, made after the resolver had been tuned on the wide half's misses.

It **is tuned on** (``python -m bench.resolution --misses far``); ``held`` and ``fresh`` stay
the reported, never-inspected measures. Its words are its own
(:mod:`bench.resolution_far_shops`): no shop kind, brand, syllable, carrier phrase, filler,
brand link or respelling rule of another half.

- Four kinds of shop: car care, paint and decorating, music accessories, printer and office
  supplies. Nouns of one to three words sharing words within a shop (« cordes de guitare »,
  « sangle de guitare »); variants that are colour names, model codes of letters and digits
  ("TX302", "PG-545", "5W30", "H7", "24/6", "A4 80 g"), string gauges, grits; sizes in mm, cm,
  m, l, qt, gal, in, ft, V, mm², counts, widths by lengths. Titles in three orders per shop
  (brand first, last, in the middle, in capitals, size first); some product types carry the
  merchant's synonym ("plectres", "painter's tape"), said only in the shops that list it.
- Brands of their own syllables, two-word brands, brands of ordinary words ("Lune Rousse"),
  brands with a legal form ("Dulmek & Fils", "Orn Bros") said « et fils », "brothers" or left out.
- Model codes said letter by letter ("t x three oh two", « té ixe trois cent deux »), "five w
  thirty", « a quatre », "twenty four six"; gauges said "ten forty six" or "tens"; sizes in
  other units (110 mm as « onze centimètres », 32 oz as "two pounds"), in words, halves
  (« deux litres et demi »), reams for sheets, the width alone when it is enough.
- Everyday carrier phrases, politeness, time phrases ("for the weekend", « pour demain
  matin »), fillers between parts, false starts (« le rou le rouleau »), a word said twice,
  self-corrections of the colour, the brand or the size ("the storm blue no sorry the sage
  green"), quantities before or after.
- Recogniser slips of its own: homophones, respellings, an inner letter dropped or doubled, a
  word cut at a syllable, two words run together, a plural lost, hyphens and elisions lost,
  accents lost; the brand clipped, misheard, cut, glued to the noun, one word of two said.
- "none": an unsold brand (made up, ordinary words, or another shop's of this half) with a sold
  noun; a shop-like thing the shop does not sell (« chaînes à neige », "guitar amp"); a thing of
  another kind of shop, with or without a sold brand.

Every query keeps what tells its products apart: a clipped brand, a gauge said short, a width
alone, a head noun alone are used only where nothing else in the shop shares them.
"""

from __future__ import annotations

import random

from bench import resolution_far_shops as far_shops
from bench import resolution_far_words as far_words
from bench import resolution_noise as noise
from bench.resolution_far_shops import FarShop, _free, _made_up, build_far_shop
from bench.resolution_far_speech import Speaker
from bench.resolution_gen import (
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
from bench.resolution_wide import _shop_words
from bench.resolution_wide_shops import WIDE_SHOPS
from catalog.model import Catalog

__all__ = ["FAR", "FarQueryMaker", "FarShop", "generate_far"]


class FarQueryMaker(QueryMaker):
    """The generator's query maker with the far half's phrasings and noise."""

    def __init__(self, shop: FarShop, locale: str, rng: random.Random, plain: list[str],
                 elsewhere: list[str]) -> None:  # fmt: skip
        super().__init__(shop, locale, FAR, rng)
        self.far = shop
        self.plain_unsold = plain
        self.elsewhere = elsewhere  # brands of the half's other shops
        self.say = Speaker(self.code, rng)

    def carrier_pool(self, pool: str) -> dict[str, list[str]]:
        return far_words.CARRIERS[self.code]

    def _product(self, family: bool) -> GenQuery:
        rng, shop, code = self.rng, self.far, self.code
        pick = pick_product(rng, shop, self.lang, family)
        item, noun, value, size, sizes = pick.item, pick.noun, pick.value, pick.size, pick.sizes
        said, brand_said, value_said = pick.said, pick.brand_said, pick.value_said
        tags: list[str] = []
        size_part = ""
        if not family:
            siblings = sorted({i.size for i in _matching(shop, said)})
            amounts = {s: self.say.amount(sizes[s]) for s in siblings}
            known = [a for a in amounts.values() if a]
            if len(siblings) > 1 and len(set(known)) == len(siblings) and rng.random() < 0.2:
                end = rng.choice(("large", "small"))
                pick = max if end == "large" else min
                said["size"] = pick(siblings, key=lambda s: amounts[s] or 0.0)
                size_part = rng.choice(far_words.SIZE_ENDS[(code, end)])
                tags.append("size_end")
            else:
                said["size"] = item.size
                size_part = self.say.size(size, [s for s in sizes if s != size], tags)
                if rng.random() < 0.05 and len(sizes) > 1:
                    other = rng.choice([s for s in sizes if s != size])
                    slip = self.say.size(other, [], [])
                    size_part = f"{slip} {rng.choice(far_words.CORRECTIONS[code])} {size_part}"
                    tags.append("correction_size")
        expect = _matching(shop, said)
        noun_part = self._noun(item, noun, tags)
        value_part = self._value(item, value, tags) if value_said else ""
        phrase = self._join(noun_part, value_part, tags)
        parts = [phrase]
        if size_part:
            roll = rng.random()
            if roll < 0.15:
                parts.insert(0, size_part)
                tags.append("size_first")
            else:
                parts.append(size_part)
        if brand_said:
            at = 1 if "size_first" in tags else 0
            parts = self._place_brand(parts, at, self._brand(item.brand, tags), tags)
        text = self._carry(parts, tags)
        kind = "exact" if len(expect) == 1 else "family"
        return self._query(text, {i.id for i in expect}, kind, tags)

    def _noun(self, item: Item, noun: str, tags: list[str]) -> str:
        """The product noun: the merchant's synonym, the head word alone, or as written."""
        rng, shop = self.rng, self.far
        if item.kind in shop.synonyms and rng.random() < 0.35:
            tags.append("synonym")
            noun = shop.synonyms[item.kind][self.lang]
        elif rng.random() < 0.08:
            head = self._head(item.kind)
            if head:
                tags.append("noun_head")
                noun = head
        return self._slur(noun.lower(), tags)

    def _head(self, kind: int) -> str:
        """The noun's head word (first in French, last in English) when no other product type
        of the shop has it in its noun or values."""
        words = self.far.types[kind][self.lang].split()
        head = words[0] if self.code == "fr" else words[-1]
        if len(words) < 2 or len(head) < 4:
            return ""
        for index, (fr, en, axis, _) in enumerate(self.far.types):
            if index != kind and head in " ".join(
                [(fr, en)[self.lang], *(p[self.lang] for p in axis)]
            ):
                return ""
        return head

    def _value(self, item: Item, value: str, tags: list[str]) -> str:
        rng = self.rng
        said = self.say.phrase(value, tags)
        if said == value.lower():
            said = self._slur(said, tags)
        axis = self.far.types[item.kind][2]
        if len(axis) > 1 and rng.random() < 0.06:
            wrong = rng.choice([p[self.lang] for i, p in enumerate(axis) if i != item.variant])
            article = rng.choice(far_words.ARTICLES[self.code])
            said = (f"{article} {self.say.phrase(wrong, [])} "
                    f"{rng.choice(far_words.CORRECTIONS[self.code])} {article} {said}")  # fmt: skip
            tags.append("correction_value")
        return said

    def _join(self, noun: str, value: str, tags: list[str]) -> str:
        rng = self.rng
        words = noun.split()
        if rng.random() < 0.05 and len(words[0]) >= 5:
            article = rng.choice(far_words.ARTICLES[self.code])
            words[0] = f"{article} {words[0][:3]} {article} {words[0]}"
            tags.append("false_start")
        elif rng.random() < 0.04:
            at = rng.randrange(len(words))
            words.insert(at, words[at])
            tags.append("stutter")
        noun = " ".join(words)
        if not value:
            return noun
        if rng.random() < (0.55 if self.code == "en" else 0.12):
            tags.append("value_first")
            return f"{value} {noun}"
        return f"{noun} {value}"

    def _slur(self, text: str, tags: list[str]) -> str:
        """Recogniser slips on plain words: at most one per word, two per phrase."""
        rng, code = self.rng, self.code
        if "-" in text and rng.random() < 0.3:
            text = text.replace("-", rng.choice((" ", "")))
            tags.append("hyphen_lost")
        if code == "fr" and "'" in text and rng.random() < 0.3:
            text = text.replace("d'", rng.choice(("de ", "d "))).replace("l'", "l ")
            tags.append("elision_lost")
        words, slips = text.split(), 0
        for at, word in enumerate(words):
            if slips < 2 and word.isalpha():
                words[at] = self.say.slip(word, tags)
                slips += words[at] != word
        last = words[-1]
        if (
            len(last) >= 5
            and last.endswith("s")
            and not last.endswith("ss")
            and rng.random() < 0.06
        ):
            words[-1] = last[:-1]
            tags.append("plural_lost")
        if len(words) >= 2 and rng.random() < 0.08:
            at = rng.randrange(len(words) - 1)
            words[at : at + 2] = [words[at] + words[at + 1]]
            tags.append("run_together")
        return " ".join(words)

    def _brand(self, brand: str, tags: list[str]) -> str:
        """The brand as said: its legal form spoken or left out, clipped, misheard, cut, one
        word of two, or a slip corrected."""
        rng, code, shop = self.rng, self.code, self.far
        said = brand.lower()
        for form, spoken in far_shops.LEGAL_FORMS.items():
            if brand.endswith(f" {form}"):
                core = brand[: -len(form) - 1].lower()
                roll = rng.random()
                if roll < 0.4:
                    said = f"{core} {rng.choice(spoken[code])}"
                    tags.append("brand_legal_said")
                elif roll < 0.7:
                    said = core
                    tags.append("brand_legal_dropped")
                return self._brand_slip(brand, said, tags)
        words = said.split()
        if len(words) == 2 and brand not in far_shops.PLAIN_BRANDS and rng.random() < 0.2:
            tags.append("brand_one_word")
            said = rng.choice(words)
        elif len(said) >= 7 and " " not in said and rng.random() < 0.12:
            clipped = said[:-2]
            if not any(b.lower().startswith(clipped) for b in shop.brands if b != brand):
                tags.append("brand_clipped")
                said = clipped
        return self._brand_slip(brand, said, tags)

    def _brand_slip(self, brand: str, said: str, tags: list[str]) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.12:
            said = " ".join(self.say.respell(w) for w in said.split())
            tags.append("brand_asr")
        elif roll < 0.2 and len(said) >= 7:
            said = self.say.cut(said)
            tags.append("brand_split")
        elif roll < 0.24 and self.code == "en":
            said += "'s"
            tags.append("brand_possessive")
        if rng.random() < 0.05 and len(self.far.brands) > 1:
            other = rng.choice([b for b in self.far.brands if b != brand]).lower()
            said = f"{other} {rng.choice(far_words.CORRECTIONS[self.code])} {said}"
            tags.append("correction_brand")
        return said

    def _place_brand(self, parts: list[str], at: int, brand: str, tags: list[str]) -> list[str]:
        """The brand before the noun phrase ``parts[at]``, right after it, linked, at the
        end, between its words, or glued to it."""
        rng = self.rng
        roll = rng.random()
        words = parts[at].split()
        if roll < 0.15:
            tags.append("brand_after")
            return [*parts[: at + 1], brand, *parts[at + 1 :]]
        if roll < 0.25:
            tags.append("brand_linked")
            return [*parts, f"{rng.choice(far_words.BRAND_LINKS[self.code])} {brand}"]
        if roll < 0.32:
            tags.append("brand_end")
            return [*parts, brand]
        if roll < 0.38 and len(words) >= 2 and "correction_brand" not in tags:
            tags.append("brand_between")
            cut = rng.randint(1, len(words) - 1)
            parts[at] = " ".join([*words[:cut], brand, *words[cut:]])
            return parts
        if roll < 0.42 and " " not in brand:
            tags.append("brand_glued")
            parts[at] = brand + " ".join(words)
            return parts
        return [brand, *parts]

    def _carry(self, parts: list[str], tags: list[str]) -> str:
        """Fillers between parts, a quantity, politeness, a time, carrier phrases; French
        accents lost."""
        rng, code = self.rng, self.code
        parts = [p for p in parts if p]
        if rng.random() < 0.12:
            parts.insert(rng.randrange(len(parts) + 1), rng.choice(far_words.FILLERS[code]))
            tags.append("filler")
        n = rng.randint(2, 6)
        number = str(n) if rng.random() < 0.3 else self.say.number(n)
        roll = rng.random()
        if roll < 0.09 and "size_first" in tags:  # no number before a size said first
            roll = 0.1  # the quantity after
        if roll < 0.06:
            parts.insert(0, rng.choice(far_words.QUANTITY[code]).format(n=number))
            tags.append("quantity")
        elif roll < 0.09:
            parts.insert(0, rng.choice(far_words.QUANTITY_PAIR[code]))
            tags.append("quantity_pair")
        elif roll < 0.14:
            parts.append(rng.choice(far_words.QUANTITY_AFTER[code]).format(n=number))
            tags.append("quantity_after")
        if rng.random() < 0.08:
            polite = rng.choice(far_words.POLITE[code])
            parts = [polite, *parts] if rng.random() < 0.4 else [*parts, polite]
            tags.append("politeness")
        if rng.random() < 0.1:
            parts.append(rng.choice(far_words.TIME_PHRASES[code]))
            tags.append("time_phrase")
        if rng.random() < 0.75:
            parts.insert(0, rng.choice(self.carriers["pre"]))
            tags.append("carrier")
        if rng.random() < 0.2:
            parts.append(rng.choice(self.carriers["post"]))
            tags.append("carrier_after")
        text = " ".join(parts)
        if code == "fr" and rng.random() < 0.25:
            text = noise.strip_accents(text)
            tags.append("accents_lost")
        return text.lower()

    def _query(self, text: str, expect: set[str], kind: str, tags: list[str]) -> GenQuery:
        return super()._query(text, expect, kind, list(dict.fromkeys(tags)))

    def _none(self, unsold_brands: list[str], foreign_nouns: list[str]) -> GenQuery:
        rng, shop = self.rng, self.far
        tags: list[str] = ["none"]
        roll = rng.random()
        brand = ""
        if roll < 0.47:
            item = rng.choice(shop.items)
            noun = shop.words(item, self.lang)[0]
            if roll < 0.25:
                brand, tag = rng.choice(unsold_brands), "unsold_brand"
            elif roll < 0.35 and self.plain_unsold:
                brand, tag = rng.choice(self.plain_unsold), "unsold_plain_brand"
            elif roll < 0.35:
                brand, tag = rng.choice(unsold_brands), "unsold_brand"
            else:
                brand, tag = rng.choice(self.elsewhere), "other_shop_brand"
        elif roll < 0.72:
            noun, tag = rng.choice(far_shops.NEAR_MISSES[shop.kind])[self.lang], "near_type"
            brand = rng.choice(shop.brands) if rng.random() < 0.5 else ""
        elif roll < 0.88:
            brand, noun, tag = rng.choice(shop.brands), rng.choice(foreign_nouns), "foreign_noun"
        else:
            noun, tag = rng.choice(foreign_nouns), "foreign_noun_alone"
        tags.append(tag)
        parts = [self._slur(noun.lower(), tags)]
        if brand:
            parts = self._place_brand(parts, 0, brand.lower(), tags)
        return self._query(self._carry(parts, tags), set(), "none", tags)


def generate_far(seed: int, per_shop: int = QUERIES_PER_SHOP) -> GeneratedSet:
    """The far half: its own shops and queries; no brand sounds like one of another half."""
    rng = random.Random(f"{seed}:{FAR}")
    taken = [brand for half in ("tune", "held", "dev", FRESH, WIDE)
             for shop in generate(half, seed, per_shop=0).shops for brand in shop.brands]  # fmt: skip
    plain = list(far_shops.PLAIN_BRANDS)
    rng.shuffle(plain)
    shops = [
        build_far_shop(f"f{number}-{kind}", kind, rng, taken, plain)
        for number, kind in enumerate(far_shops.FAR_SHOPS)
    ]
    every_word = set().union(*(_shop_words(types) for types in far_shops.FAR_SHOPS.values()))
    plain_unsold = [b for b in plain if _free(b, taken, every_word)]
    unsold = noise.unsold_brands(
        lambda: _made_up(rng),
        lambda b, more: _free(b, taken + plain_unsold + more, every_word),
    )
    every_kind = {**SHOPS, **WIDE_SHOPS, **far_shops.FAR_SHOPS}
    catalogs: dict[tuple[str, str], Catalog] = {}
    queries: list[GenQuery] = []
    for shop in shops:
        elsewhere = [b for other in shops if other is not shop for b in other.brands]
        for locale in LOCALES:
            catalogs[(shop.name, locale)] = shop.catalog(locale)
            maker = FarQueryMaker(shop, locale, rng, plain_unsold, elsewhere)
            foreign = _foreign_nouns(
                shop, LOCALES.index(locale), every_kind, far_shops.FAR_OFF_CATALOG
            )
            queries.extend(maker.make(unsold, foreign) for _ in range(per_shop))
    return GeneratedSet(FAR, list(shops), catalogs, queries)
