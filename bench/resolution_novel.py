"""The *novel* half of :mod:`bench.resolution_gen`: a ninth tuning half, built as an outsider
builds a hidden test set, by a hand that never read the resolver.

Like ``shared/data/resolution``: Google-Merchant-like feeds of 120-250 products and 8-10 brands
per shop, the same ids in fr-FR and en-US; about 64 % exact, 22 % family and 14 % none requests;
short spoken queries, three in four after a carrier phrase. Its own: four kinds of shop
(:mod:`bench.resolution_novel_shops`: optician, fishmonger, tack shop, shoe care), brands
heard as ordinary words, carrier and closing phrases, and noise (:data:`NOISES`) drawn from
what shoppers and recognisers do (:mod:`bench.resolution_novel_ears`,
:mod:`bench.resolution_novel_heard`): about a third of the queries clean, the others with one
to three noises. Each expectation is every product consistent with what the shopper said
(``NovelSet.said``), whatever the recogniser then wrote.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from bench import resolution_novel_ears as ears
from bench.resolution_gen import LOCALES, NOVEL, QUERIES_PER_SHOP, GeneratedSet, GenQuery
from bench.resolution_novel_errors import ERRORS, GROUP, Recogniser
from bench.resolution_novel_said import (
    BRAND_LINKS,
    CARRIERS,
    CLOSINGS,
    DETERMINERS,
    QUANTITIES,
    SIZE_WORDS,
    Said,
    Tok,
    expected,
    magnitude,
    toks,
)
from bench.resolution_novel_shops import (
    ELSEWHERE,
    NOVEL_SHOPS,
    SHORT_NAMES,
    UNSOLD,
    Brand,
    NovelShop,
    build_novel_shop,
    shop_words,
)
from catalog.model import Catalog

OTHER_HALVES = ("tune", "held", "dev", "fresh", "wide", "far", "casual", "spoken", "mirror",
                "mimic")  # fmt: skip
MIX = {"none": 0.135, "family": 0.21}  # the rest exact: the shared set's 0.14 / 0.22 / 0.64
CARRIER_RATE = 0.76  # the shared set: 0.78
CLOSING_RATE = 0.14
NOISE_COUNTS = (36, 38, 20, 6)  # queries with 0, 1, 2 or 3 noises
NOISES = {  # noise → weight
    "homophone": 18, "brand_heard": 13, "brand_moved": 10, "split": 7, "merged": 6, "clipped": 6,
    "plural": 7, "disfluency": 8, "number_spoken": 7, "number_heard": 5, "accents": 8,
    "value_first": 6, "determiner": 6, "noun_short": 6, "size_moved": 5, "quantity": 3,
}  # fmt: skip
# Noises made while the phrase is built; the others are the recogniser's, made on the words.
SPOKEN = ("brand_moved", "number_spoken", "value_first", "determiner", "noun_short",
          "size_moved", "quantity")  # fmt: skip


class NovelMaker:
    def __init__(self, shop: NovelShop, locale: str, rng: random.Random,
                 elsewhere: list[str]) -> None:  # fmt: skip
        self.shop, self.locale, self.rng, self.elsewhere = shop, locale, rng, elsewhere
        self.lang = LOCALES.index(locale)
        self.code = ("fr", "en")[self.lang]
        self.ear = Recogniser(shop, self.code, rng)

    def make(self) -> tuple[GenQuery, Said]:
        roll = self.rng.random()
        if roll < MIX["none"]:
            return self._none()
        if roll < MIX["none"] + MIX["family"]:
            return self._family()
        return self._exact()

    # --- what is said -------------------------------------------------------------------------
    def _exact(self) -> tuple[GenQuery, Said]:
        rng, shop = self.rng, self.shop
        item = rng.choice(shop.items)
        variant = item.variant if item.variant >= 0 else None
        said = Said(item.brand, item.kind, variant, item.size)
        forms: list[str] = []
        sizes = shop.types[item.kind][3]
        unsized = Said(item.brand, item.kind, variant)
        if len(sizes) == 1 or (rng.random() < 0.12 and len(expected(shop, unsized)) == 1):
            said = unsized  # one size only, or the only size this brand sells
            forms.append("no_size" if len(sizes) > 1 else "one_size")
        elif variant is not None and rng.random() < 0.07:
            shorter = Said(item.brand, item.kind, None, item.size)
            if len(expected(shop, shorter)) == 1:
                said = shorter
                forms.append("no_variant")
        elif rng.random() < 0.12:
            said = self._size_word(said, forms)
        return self._say(said, "exact", forms), said

    def _size_word(self, said: Said, forms: list[str]) -> Said:
        """The size named "the big one" / « le petit modèle » when it is an end of the sizes
        this brand sells in this variant."""
        siblings = expected(self.shop, Said(said.brand, said.kind, said.variant))
        sizes = self.shop.types[said.kind][3]
        found = {i.size: magnitude(sizes[i.size][0]) for i in siblings}
        amounts = {size: amount for size, amount in found.items() if amount is not None}
        if len(amounts) < 2 or len(amounts) < len(found):
            return said
        ends = {"big": max(amounts, key=amounts.__getitem__),
                "small": min(amounts, key=amounts.__getitem__)}  # fmt: skip
        for word, size in ends.items():
            if size == said.size:
                forms.append("size_word")
                return Said(said.brand, said.kind, said.variant, size, size_word=word)
        return said

    def _family(self) -> tuple[GenQuery, Said]:
        rng, shop = self.rng, self.shop
        while True:
            item = rng.choice(shop.items)
            shape = rng.choices(("brand_noun", "noun_value", "brand_noun_value"),
                                weights=(66, 14, 20))[0]  # fmt: skip
            if shape != "brand_noun" and item.variant < 0:
                continue
            said = Said(item.brand if shape != "noun_value" else "", item.kind,
                        item.variant if shape != "brand_noun" else None)  # fmt: skip
            if len(expected(shop, said)) >= 2:
                return self._say(said, "family", [shape]), said

    def _none(self) -> tuple[GenQuery, Said]:
        rng, shop = self.rng, self.shop
        roll = rng.random()
        if roll < 0.44:
            brand = rng.choice(UNSOLD)
            item = rng.choice(shop.items)
            variant = item.variant if item.variant >= 0 and rng.random() < 0.3 else None
            said = Said(brand.name, item.kind, variant)
            return self._say(said, "none", ["unsold_brand"], brand), said
        if roll < 0.54:
            brand_name = rng.choice(shop.brands)
            lacking = [k for k in range(len(shop.types))
                       if not expected(shop, Said(brand_name, k))]  # fmt: skip
            if lacking:
                said = Said(brand_name, rng.choice(lacking))
                return self._say(said, "none", ["brand_lacks_noun"]), said
        thing = rng.choice(self.elsewhere)
        if roll < 0.70:
            said = Said(rng.choice(shop.brands), thing=thing)
            return self._say(said, "none", ["sold_brand_elsewhere"]), said
        said = Said(thing=thing)
        return self._say(said, "none", ["elsewhere"]), said

    # --- how it is said -----------------------------------------------------------------------
    def _brand(self, said: Said, unsold: Brand | None) -> Brand | None:
        return unsold or self.shop.brand_of.get(said.brand)

    def _say(self, said: Said, kind: str, tags: list[str], unsold: Brand | None = None
             ) -> GenQuery:  # fmt: skip
        rng, code = self.rng, self.code
        count = rng.choices(range(len(NOISE_COUNTS)), weights=NOISE_COUNTS)[0]
        if "size_word" in tags:  # already one noise, made when the size was chosen
            count = max(count, 1)
        planned = self._plan(said, count - ("size_word" in tags))
        words = self._phrase(said, planned, tags, self._brand(said, unsold))
        if rng.random() < CARRIER_RATE:
            carriers = CARRIERS[code]
            if words[0].role in ("det", "quantity"):  # not « on n'a plus de des … »
                carriers = [c for c in carriers if not c.endswith((" de", " of", " on"))]
            words = [*toks(rng.choice(carriers), "carrier"), *words]
            tags.append("carrier")
        if rng.random() < CLOSING_RATE:
            words = [*words, *toks(rng.choice(CLOSINGS[code]), "closing")]
            tags.append("closing")
        made = sum(t in MADE_WHILE_SAYING for t in tags)
        word_noises = [p for p in planned if p not in SPOKEN]
        word_noises += rng.sample(sorted(ERRORS), len(ERRORS))
        for what in word_noises:
            if made >= count:
                break
            if what in tags or what in {GROUP.get(t) for t in tags}:
                continue
            tag = self.ear.apply(what, words, self._brand(said, unsold))
            if tag:
                tags.append(tag)
                made += 1
        text = " ".join(w.text for w in words).lower()
        if rng.random() < 0.5:
            text = text.replace("-", " ")
        expect = frozenset(i.id for i in expected(self.shop, said))
        return GenQuery(self.locale, " ".join(text.split()), expect, kind, self.shop.name,
                        tuple(tags))  # fmt: skip

    def _plan(self, said: Said, count: int) -> list[str]:
        """Up to ``count`` noises that can happen to what was said, none twice."""
        possible = dict(NOISES)
        if said.thing or said.kind < 0:
            for name in ("value_first", "noun_short", "number_spoken", "size_moved", "plural"):
                possible.pop(name, None)
        if said.size is None or said.size_word:
            for name in ("number_spoken", "size_moved", "number_heard"):
                possible.pop(name, None)
        if said.variant is None:
            possible.pop("value_first", None)
        if not said.brand:
            possible.pop("brand_moved")
            possible.pop("brand_heard")
        if said.kind >= 0 and not said.thing:
            noun = self.shop.types[said.kind][self.lang]
            if noun not in SHORT_NAMES:
                possible.pop("noun_short", None)
        planned: list[str] = []
        while len(planned) < count and possible:
            name = self.rng.choices(list(possible), weights=list(possible.values()))[0]
            planned.append(name)
            possible.pop(name)
        return planned

    def _phrase(self, said: Said, planned: list[str], tags: list[str], brand: Brand | None
                ) -> list[Tok]:  # fmt: skip
        rng, code, lang = self.rng, self.code, self.lang
        head = toks(brand.name.lower(), "brand") if brand else []
        if said.thing:
            body = toks(said.thing.lower(), "thing")
            return [*head, *body] if head else body
        fr, en, axis, sizes = self.shop.types[said.kind]
        noun = (fr, en)[lang].lower()
        if "noun_short" in planned:
            noun = rng.choice(SHORT_NAMES[(fr, en)[lang]])
            tags.append("noun_short")
        core = toks(noun, "noun")
        value: list[Tok] = []
        if said.variant is not None:
            written = axis[said.variant][lang]
            role = "grade" if re.search(r"\d", written) else "value"  # a dioptre, an oyster size
            value = toks(ears.say_value(written, code, rng), role)
        size: list[Tok] = []
        if said.size_word:
            size = toks(rng.choice(SIZE_WORDS[(code, said.size_word)]), "size")
        elif said.size is not None:
            text, everyday = ears.say_size(sizes[said.size][lang], code, rng,
                                           "number_spoken" in planned)  # fmt: skip
            size = toks(text, "size")
            if everyday:
                tags.append("number_spoken")
            if size and re.search(r"\d", sizes[said.size][lang]):
                tags.append("digits" if re.search(r"\d", text) else "number_words")
        body = [*core, *value]
        if value and "value_first" in planned:
            body = [*value, *core]
            tags.append("value_first")
        if size and "size_moved" in planned:
            if value and rng.random() < 0.5:
                body = [*body[: len(body) - len(value)], *size, *body[len(body) - len(value) :]]
            else:
                link = rng.choice(["de", ""] if code == "fr" else ["of", ""])
                body = [*size, *toks(link, "size"), *body]
            size = []
            tags.append("size_moved")
        if size and said.size_word and code == "en" and rng.random() < 0.5:
            body, size = [*size, *body], []
        phrase = [*body, *size]
        if head and "brand_moved" in planned:
            phrase = self._move_brand(head, phrase, tags)
        else:
            phrase = [*head, *phrase]
        if "determiner" in planned:
            plural = noun.split()[0 if code == "fr" else -1].endswith(("s", "x"))
            det = rng.choice(DETERMINERS[code]["plural" if plural else "single"])
            if det == "a" and phrase[0].text[0] in "aeiou":
                det = "an"
            phrase = [*toks(det, "det"), *phrase]
            tags.append("determiner")
        if "quantity" in planned:
            phrase = [*toks(rng.choice(QUANTITIES[code]), "quantity"), *phrase]
            tags.append("quantity")
        return phrase

    def _move_brand(self, head: list[Tok], phrase: list[Tok], tags: list[str]) -> list[Tok]:
        rng = self.rng
        roll = rng.random()
        if self.code == "en" and roll < 0.2:
            tags.append("brand_possessive")  # "marevia's smoked salmon"
            return [*head[:-1], Tok(head[-1].text + "'s", "brand"), *phrase]
        if roll < 0.55:
            tags.append("brand_linked")  # « saumon fumé de chez marevia », "from marevia"
            return [*phrase, *toks(rng.choice(BRAND_LINKS[self.code]), "link"), *head]
        tags.append("brand_after")
        return [*phrase, *head]


# The tags of the noises made while the phrase is built (the others are the recogniser's).
MADE_WHILE_SAYING = {"size_word", "noun_short", "number_spoken", "value_first", "size_moved",
                     "brand_linked", "brand_after", "brand_possessive", "determiner", "quantity"}  # fmt: skip
# The tags that say how a request was formed, not noise.
FORMS = {"carrier", "closing", "digits", "number_words", "no_size", "one_size", "no_variant",
         "brand_noun", "noun_value", "brand_noun_value", "unsold_brand", "brand_lacks_noun",
         "sold_brand_elsewhere", "elsewhere"}  # fmt: skip


@dataclass
class NovelSet(GeneratedSet):
    """The half, with what each query said (``said[n]`` for ``queries[n]``)."""

    said: list[Said] = field(default_factory=list)


def _elsewhere(shop: NovelShop, lang: int) -> list[str]:
    """Things of other kinds of shop sharing no word with this shop's products."""
    own = {ears.fold(w) for w in shop_words(shop.types)}
    things = [pair[lang] for pair in ELSEWHERE]
    things += [t[lang] for kind, types in NOVEL_SHOPS.items() if kind != shop.kind for t in types]  # type: ignore[misc]
    return sorted(t for t in set(things)
                  if not {ears.fold(w) for w in re.split(r"[\s'’-]+", t.lower())} & own)  # fmt: skip


def generate_novel(seed: int, per_shop: int = QUERIES_PER_SHOP) -> NovelSet:
    """The novel half: its own shops, brands and queries, the same for the same seed."""
    rng = random.Random(f"{seed}:{NOVEL}")
    shops = [build_novel_shop(f"n{number}-{kind}", kind, rng)
             for number, kind in enumerate(NOVEL_SHOPS)]  # fmt: skip
    catalogs: dict[tuple[str, str], Catalog] = {}
    queries: list[GenQuery] = []
    said: list[Said] = []
    for shop in shops:
        for locale in LOCALES:
            catalogs[(shop.name, locale)] = shop.catalog(locale)
            maker = NovelMaker(shop, locale, rng, _elsewhere(shop, LOCALES.index(locale)))
            for _ in range(per_shop):
                query, what = maker.make()
                queries.append(query)
                said.append(what)
    return NovelSet(NOVEL, list(shops), catalogs, queries, said)
