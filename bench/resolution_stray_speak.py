"""How a query of the *stray* half (:mod:`bench.resolution_stray`) comes out: the words in the order
a shopper puts them (brand before or after the noun, « de chez », "by", the size first or last, a
quantity, a carrier phrase), the shopper's own slips (hesitations, corrections, sizes in words)
and the recogniser's (:mod:`bench.resolution_stray_ear`). Nothing here changes what was meant."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from bench import resolution_stray_phrases as phrases
from bench.resolution_stray_brands import Brand
from bench.resolution_stray_ear import Ear, Word, fold
from bench.resolution_stray_feed import StrayShop, value_names
from bench.resolution_stray_goods import FEMININE, PLURALS
from bench.resolution_stray_meant import sizes_for
from bench.resolution_stray_say import size_ways

if TYPE_CHECKING:
    from bench.resolution_stray import Plan

NOISE_COUNTS = (38, 36, 19, 7)  # weights of queries with 0, 1, 2 or 3 noises
NOISES = {  # noise → weight
    "homophone": 16, "brand_heard": 12, "split": 7, "merged": 5, "elision": 4, "dropped": 4,
    "number_heard": 3, "accents": 8, "letters": 2, "number_words": 14,
    "disfluency": 7, "self_correction": 4,
}  # fmt: skip
DISFLUENCIES = ("filler", "repeat", "false_start")
NOISE_TAGS = (set(NOISES) - {"disfluency"}) | set(DISFLUENCIES)
CARRIER_RATE = 0.78  # the shared set: 626 of 800
CLOSING_RATE = 0.12
DETERMINER_RATE = 0.15
QUANTITY_RATE = 0.10


def _w(text: str, role: str) -> list[Word]:
    return [Word(t, role) for t in text.lower().split()]


class Speaker:
    def __init__(self, shop: StrayShop, code: str, rng: random.Random, ear: Ear,
                 brands: dict[str, Brand]) -> None:  # fmt: skip
        self.shop, self.code, self.rng, self.ear, self.brands = shop, code, rng, ear, brands
        self.lang = ("fr", "en").index(code)

    def say(self, plan: Plan) -> tuple[str, list[str]]:
        """The text the recogniser writes, and the tags of how it was said and heard."""
        rng = self.rng
        tags = list(plan.tags)
        count = rng.choices(range(len(NOISE_COUNTS)), NOISE_COUNTS)[0]
        order = sorted(NOISES, key=lambda n: -(rng.random() ** (1 / NOISES[n])))
        done: list[str] = []
        if "number_words" in order[: count + 2] and self._number_words(plan):
            done.append("number_words")
        words = self._phrase(plan, tags)
        for noise in order:
            if len(done) >= count:
                break
            if noise == "number_words":
                continue
            changed = self._noise(noise, words, plan)
            if changed is not None:
                words, tag = changed
                done.append(tag)
        text = " ".join(" ".join(w.text for w in words).lower().split())
        return text, tags + done

    # --- the phrase -----------------------------------------------------------------------------
    def _phrase(self, plan: Plan, tags: list[str]) -> list[Word]:
        rng, fr = self.rng, self.code == "fr"
        noun, value = _w(plan.noun, "noun"), _w(plan.value, "value")
        organic = _w(("bio", "organic")[self.lang], "value") if plan.organic else []
        kinds = sorted(plan.said.kinds)
        value_first = not fr and bool(kinds) and self.shop.goods[kinds[0]].en_value_first
        body = [*organic, *value, *noun] if value_first else [*noun, *value, *organic]
        if value and rng.random() < 0.07:
            body = [*noun, *value, *organic] if value_first else [*value, *noun, *organic]
            tags.append("value_moved")
        brand = _w(plan.brand, "brand")
        if brand:
            body = self._place_brand(brand, body, noun, tags)
        size = _w(plan.size, "size")
        if size and "size_word" in tags:
            if "{" not in plan.size and rng.random() < 0.5:
                body = [*size, *_w("de" if fr else "of", "link"), *body]
            else:
                body = [*body, *size]
        elif size:
            roll = rng.random()
            if roll < 0.06:
                body = [*size, *_w("de", "link"), *body] if fr else [*size, *body]
                tags.append("size_first")
            elif roll < 0.11 and body[0].role == "brand" and len(brand) < len(body):
                at = len(brand)
                body = [*body[:at], *size, *body[at:]]
                tags.append("size_between")
            else:
                body = [*body, *size]
        if rng.random() < QUANTITY_RATE and kinds and "size_word" not in tags:
            body = [*self._quantity(kinds[0]), *body]
            tags.append("quantity")
        elif rng.random() < DETERMINER_RATE and body[0].role != "size":
            body = [*_w(rng.choice(phrases.DETERMINERS[self.code]), "determiner"), *body]
            tags.append("determiner")
        if rng.random() < CARRIER_RATE:
            body = [*_w(rng.choice(phrases.CARRIERS[self.code]), "carrier"), *body]
            tags.append("carrier")
        if rng.random() < CLOSING_RATE:
            body = [*body, *_w(rng.choice(phrases.CLOSINGS[self.code]), "closing")]
            tags.append("closing")
        return body

    def _place_brand(self, brand: list[Word], body: list[Word], noun: list[Word],
                     tags: list[str]) -> list[Word]:  # fmt: skip
        roll = self.rng.random()
        after, inside, link = (0.22, 0.13, 0.12) if self.code == "fr" else (0.15, 0.05, 0.15)
        if roll < after:
            tags.append("brand_after")
            return [*body, *brand]
        if roll < after + inside and body[: len(noun)] == noun and len(body) > len(noun):
            tags.append("brand_inside")
            return [*noun, *brand, *body[len(noun) :]]
        if roll < after + inside + link:
            tags.append("brand_link")
            return [*body, *_w(self.rng.choice(phrases.BRAND_LINKS[self.code]), "link"), *brand]
        return [*brand, *body]

    def _quantity(self, kind: int) -> list[Word]:
        rng = self.rng
        count = rng.choice(phrases.QUANTITIES[self.code])
        container = self.shop.goods[kind].container[self.lang]
        if container and rng.random() < 0.7:
            if count in ("un autre", "une autre"):
                count = "une autre" if container in FEMININE else "un autre"
            plural = (
                container if count in ("un autre", "une autre", "another") else PLURALS[container]
            )
            link = "de" if self.code == "fr" else "of"
            return _w(f"{count} {plural} {link}", "quantity")
        return _w(count, "quantity")

    # --- noises ---------------------------------------------------------------------------------
    def _number_words(self, plan: Plan) -> bool:
        """The size written in words where the shopper said it as the feed writes it."""
        if not plan.size_label:
            return False
        ways = dict(size_ways(plan.size_label, self.code))
        worded = [t for t, tag in ways.items() if tag == "number_words"]
        if ways.get(plan.size) != "plain" or not worded:
            return False
        kinds = plan.said.kinds
        if sizes_for(self.shop, self.code, kinds, worded[0]) != plan.said.sizes:
            return False
        plan.size = worded[0]
        return True

    def _noise(self, noise: str, words: list[Word], plan: Plan) -> tuple[list[Word], str] | None:
        ear, rng = self.ear, self.rng
        changed: list[Word] | None
        tag = noise
        if noise == "brand_heard":
            brand = self.brands.get(plan.brand)
            changed = ear.brand_heard(words, brand.heard(self.code)) if brand else None
        elif noise == "accents":
            changed = ear.accents(words)
        elif noise == "disfluency":
            tag = rng.choice(DISFLUENCIES)
            changed = self._disfluency(tag, words)
        elif noise == "self_correction":
            changed = self._correction(words, plan)
        else:
            changed = getattr(ear, noise)(words)
        return None if changed is None else (changed, tag)

    def _disfluency(self, kind: str, words: list[Word]) -> list[Word] | None:
        rng = self.rng
        filler = Word(rng.choice(phrases.FILLERS[self.code]), "filler")
        spots = [n for n, w in enumerate(words) if w.role in ("brand", "noun", "size", "value")]
        if not spots:
            return None
        if kind == "filler":
            at = rng.choice(spots)
            return [*words[:at], filler, *words[at:]]
        if kind == "repeat":
            at = rng.choice(spots)
            return [*words[: at + 1], Word(words[at].text, "filler"), *words[at + 1 :]]
        start = [w for w in words if w.role == "carrier"] or words[: min(2, spots[0] + 1)]
        again = [Word(w.text, "filler") for w in start]
        return [*again, filler, *words]

    def _correction(self, words: list[Word], plan: Plan) -> list[Word] | None:
        """A wrong value or size said, taken back, then the right one (« au miel, non, à
        l'estragon »): what was meant is the last one."""
        rng = self.rng
        kind = min(plan.said.kinds) if plan.said.kinds else None
        if kind is None:
            return None
        goods = self.shop.goods[kind]
        role, wrong = "", ""
        if plan.value and len(goods.values) > 1:
            others = [v for v in goods.values if fold(plan.value) not in
                      {fold(n) for n in (*value_names(v, self.code), v.latin)}]  # fmt: skip
            role, wrong = "value", value_names(rng.choice(others), self.code)[0]
        elif plan.size_label and len(goods.sizes) > 1 and "size_word" not in plan.tags:
            labels = [p[self.lang] for p in goods.sizes if p[self.lang] != plan.size_label]
            role, wrong = "size", size_ways(rng.choice(labels), self.code)[0][0]
        spots = [n for n, w in enumerate(words) if w.role == role]
        if not spots:
            return None
        at = spots[0]
        taken_back = _w(rng.choice(phrases.CORRECTIONS[self.code]), "filler")
        return [*words[:at], *_w(wrong, "filler"), *taken_back, *words[at:]]
