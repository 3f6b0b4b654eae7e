"""How a query of the *yonder* half (:mod:`bench.resolution_yonder`) comes out: the words in the order
a shopper puts them (brand first, last, after « de chez » or as "Smokestack's"; a value after its
link, « en vert sauge », "fig scented"; the size first, « 250 grammes de saucisson », "a 28 inch
spinner", or last after « en »; a count with its container; a reason of the trade; a carrier and a
closing), the shopper's slips (hesitations, a word begun and begun again, corrections of a brand,
a noun, a value or a size, a size in words) and the recogniser's (:mod:`bench.resolution_yonder_ear`).
Nothing here changes what was meant."""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING

from bench import resolution_yonder_phrases as phrases
from bench.resolution_yonder_brands import Brand
from bench.resolution_yonder_ear import Ear, Word, words_of
from bench.resolution_yonder_feed import YonderShop, names, value_names
from bench.resolution_yonder_meant import sizes_for
from bench.resolution_yonder_say import fold, size_ways
from bench.resolution_yonder_wares import FEMININE, PLURALS

if TYPE_CHECKING:
    from bench.resolution_yonder import Plan

NOISE_COUNTS = (36, 36, 20, 8)  # weights of queries with 0, 1, 2 or 3 noises
NOISES = {  # noise → weight
    "homophone": 14, "brand_heard": 12, "loanword": 6, "split": 5, "merged": 5, "elision": 3,
    "dropped": 3, "number_heard": 3, "digits": 5, "fraction": 3, "unit_spacing": 4,
    "letters": 3, "size_letter": 6, "plural": 6, "accents": 4, "number_words": 10,
    "disfluency": 8, "self_correction": 6,
}  # fmt: skip
DISFLUENCIES = ("filler", "repeat", "false_start", "fragment")
NOISE_TAGS = (set(NOISES) - {"disfluency"}) | set(DISFLUENCIES)
CARRIER_RATE, CONTEXT_RATE, CLOSING_RATE = 0.76, 0.06, 0.12
QUANTITY_RATE, DETERMINER_RATE = 0.10, 0.16
_LINKED = ("en ", "du ", "de ", "taille", "format", "la ", "le ", "l'", "par ", "set ", "lot ",
           "boîte", "in ", "size", "pack", "the ", "a ", "an ", "just", "single", "half", "inch")  # fmt: skip


class Speaker:
    def __init__(self, shop: YonderShop, code: str, rng: random.Random, ear: Ear,
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
        if "number_words" in order[: count + 2] and count and self._number_words(plan):
            done.append("number_words")
        words = self._phrase(plan, tags)
        for noise in order:
            if len(done) >= count:
                break
            if noise != "number_words":
                changed = self._noise(noise, words, plan)
                if changed is not None:
                    words, tag = changed
                    done.append(tag)
        text = " ".join(" ".join(w.text for w in words).lower().split())
        return text, tags + done

    # --- the phrase -----------------------------------------------------------------------------
    def _phrase(self, plan: Plan, tags: list[str]) -> list[Word]:
        rng, fr = self.rng, self.code == "fr"
        kind = self.shop.goods[plan.kind] if plan.kind >= 0 else None
        noun = words_of(plan.noun, "noun")
        body = self._with_value(plan, noun, tags)
        if plan.brand:
            body = self._place_brand(words_of(plan.brand, "brand"), body, noun, tags)
        size = words_of(plan.size, "size")
        if size and "size_word" in tags:
            body = (
                [*size, *words_of("de" if fr else "", "link"), *body]
                if rng.random() < 0.3
                else [*body, *size]
            )
        elif size:
            roll = rng.random()
            starts_linked = plan.size.startswith(_LINKED)
            if roll < (0.08 if fr else 0.25) and (not fr or plan.size[:1].isdigit()):
                body = [*size, *words_of("de" if fr else "", "link"), *body]
                tags.append("size_first")
            elif roll > 0.85 and not starts_linked:
                link = rng.choice(phrases.SIZE_LINKS[self.code])
                body = [*body, *words_of(link, "link"), *size]
                tags.append("size_link")
            else:
                body = [*body, *size]
        if rng.random() < QUANTITY_RATE and kind is not None and "size_first" not in tags:
            body = [*self._quantity(kind, body), *body]
            tags.append("quantity")
        elif rng.random() < DETERMINER_RATE and body[0].role != "size":
            determiner = rng.choice(phrases.DETERMINERS[self.code])
            if determiner in ("a", "an"):
                determiner = "an" if body[0].text[:1] in "aeiou" else "a"
            body = [*words_of(determiner, "determiner"), *body]
            tags.append("determiner")
        reason = rng.random() < CONTEXT_RATE
        if rng.random() < CARRIER_RATE or reason:
            body = [*words_of(rng.choice(phrases.CARRIERS[self.code]), "carrier"), *body]
            tags.append("carrier")
        if reason:
            context = rng.choice(phrases.CONTEXTS[(self.shop.kind, self.code)])
            body = [*words_of(context, "carrier"), *body]
            tags.append("context")
        if rng.random() < CLOSING_RATE:
            body = [*body, *words_of(rng.choice(phrases.CLOSINGS[self.code]), "closing")]
            tags.append("closing")
        return body

    def _with_value(self, plan: Plan, noun: list[Word], tags: list[str]) -> list[Word]:
        rng = self.rng
        value = words_of(plan.value, "value")
        if not value or not noun:
            return [*noun, *value]
        kind = self.shop.goods[plan.kind]
        links = phrases.VALUE_LINKS.get((self.code, kind.axis), ())
        if "scent" in plan.value or "parfum" in plan.value:  # "unscented", « non parfumées »
            links = ()
        if links and rng.random() < 0.22:
            form = rng.choice(links)
            head, _, tail = form.partition("{v}")
            linked = [*words_of(head, "link"), *value, *words_of(tail, "link")]
            tags.append("value_link")
            return [*linked, *noun] if form.startswith("{v}") else [*noun, *linked]
        first = self.code == "en" and kind.value_first
        if rng.random() < 0.07:
            first = not first
            tags.append("value_moved")
        return [*value, *noun] if first else [*noun, *value]

    def _place_brand(self, brand: list[Word], body: list[Word], noun: list[Word],
                     tags: list[str]) -> list[Word]:  # fmt: skip
        weights = {"before": 48, "after": 25, "link": 15, "inside": 12, "possessive": 0}
        if self.code == "en":
            weights = {"before": 65, "after": 8, "link": 15, "inside": 4, "possessive": 8}
        if not (noun and body[: len(noun)] == noun and len(body) > len(noun)):
            weights["inside"] = 0
        if brand[-1].text.endswith("s"):
            weights["possessive"] = 0
        where = self.rng.choices(list(weights), list(weights.values()))[0]
        if where == "after":
            tags.append("brand_after")
            return [*body, *brand]
        if where == "link":
            tags.append("brand_link")
            return [
                *body,
                *words_of(self.rng.choice(phrases.BRAND_LINKS[self.code]), "link"),
                *brand,
            ]
        if where == "inside":
            tags.append("brand_inside")
            return [*noun, *brand, *body[len(noun) :]]
        if where == "possessive":
            tags.append("brand_possessive")
            return [*brand[:-1], Word(brand[-1].text + "'s", "brand"), *body]
        return [*brand, *body]

    def _quantity(self, kind: object, body: list[Word]) -> list[Word]:
        """« deux barquettes de », "a couple of", « encore une », "another"."""
        from bench.resolution_yonder_goods import Kind

        assert isinstance(kind, Kind)
        rng = self.rng
        container = kind.container[self.lang]
        if container and rng.random() < 0.75:
            count = rng.choice(phrases.COUNTS[self.code])
            if count in ("a pair of", "a couple of"):
                count = "a couple"
            link = "de" if self.code == "fr" else "of"
            return words_of(f"{count} {PLURALS[container]} {link}", "quantity")
        if kind.counted or rng.random() < 0.4:
            others = phrases.OTHERS[self.code]
            if self.code == "fr":
                feminine = container in FEMININE or fold(body[0].text).endswith("e")
                others = tuple(o for o in others if ("une" in o.split()) == feminine)
            return words_of(rng.choice(others), "quantity")
        count = rng.choice(phrases.COUNTS[self.code])
        nouns = [w for w in body if w.role == "noun"]
        if nouns:  # the noun said in the plural: its head, first in French, last in English
            head = nouns[0] if self.code == "fr" else nouns[-1]
            head.text = _plural(head.text, self.code)
        return words_of(count, "quantity")

    # --- noises ---------------------------------------------------------------------------------
    def _number_words(self, plan: Plan) -> bool:
        """The size said in words where the shopper would have said it in digits."""
        if not plan.size_label or "size_word" in plan.tags:
            return False
        ways = dict(size_ways(plan.size_label, self.code))
        worded = [t for t, tag in ways.items() if tag == "number_words"]
        if ways.get(plan.size) not in ("plain", "unit_words") or not worded:
            return False
        if sizes_for(self.shop, self.lang, plan.said.kinds, worded[0]) != plan.said.sizes:
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
        spots = [n for n, w in enumerate(words) if w.role in ("brand", "noun", "size", "value")]
        if not spots:
            return None
        at = rng.choice(spots)
        filler = Word(rng.choice(phrases.FILLERS[self.code]), "filler")
        if kind == "filler":
            return [*words[:at], filler, *words[at:]]
        if kind == "repeat":
            return [*words[: at + 1], Word(words[at].text, "filler"), *words[at + 1 :]]
        if kind == "fragment":  # « une val- une valise »: a word begun, then said again
            if len(words[at].text) < 6:
                return None
            start = at - 1 if at and words[at - 1].role == "determiner" else at
            again = [Word(w.text, "filler") for w in words[start:at]]
            return [*words[:at], Word(words[at].text[:3], "filler"), *again, *words[at:]]
        begun = [w for w in words if w.role == "carrier"][:3] or words[: spots[0] + 1]
        return [*[Word(w.text, "filler") for w in begun], filler, *words]

    def _correction(self, words: list[Word], plan: Plan) -> list[Word] | None:
        """Something wrong said, taken back, then the right one (« Driftway, non attends,
        Valtura », "the fig, no sorry, the amber"): what was meant is the last."""
        rng, shop, lang = self.rng, self.shop, self.lang
        if plan.kind < 0:
            return None
        kind = shop.goods[plan.kind]
        options: list[tuple[str, str]] = []
        if plan.value:
            others = [value_names(kind, v, lang)[0] for v in range(len(kind.values))
                      if fold(plan.value) not in {fold(n) for n in value_names(kind, v, lang)}]  # fmt: skip
            options += [("value", o) for o in others]
        if plan.size_label and "size_word" not in plan.tags:
            labels = [p[lang] for p in kind.sizes if p[lang] != plan.size_label]
            options += [("size", size_ways(label, self.code)[0][0]) for label in labels]
        if plan.brand and plan.brand in shop.brands:
            options += [("brand", b) for b in shop.brands if b != plan.brand]
        if plan.noun:
            kinds = [
                k for k in shop.goods if fold(plan.noun) not in {fold(n) for n in names(k, lang)}
            ]
            options += [("noun", names(k, lang)[0]) for k in kinds]
        if not options:
            return None
        role, wrong = rng.choice(options)
        spots = [n for n, w in enumerate(words) if w.role == role]
        if not spots:
            return None
        at = spots[0]
        taken_back = words_of(rng.choice(phrases.CORRECTIONS[self.code]), "filler")
        return [*words[:at], *words_of(wrong, "filler"), *taken_back, *words[at:]]


def _plural(word: str, code: str) -> str:
    if re.search(r"[sxz]$", word):
        return word
    if code == "en" and re.search(r"(ch|sh)$", word):
        return word + "es"
    if code == "en" and re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if code == "fr" and word.endswith(("eau", "au")):
        return word + "x"
    return word + "s"
