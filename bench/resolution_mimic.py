"""The *mimic* half of :mod:`bench.resolution_gen`: an eighth tuning half, built the way
``shared/data/resolution`` was built, by a hand that never read the resolver.

It **is tuned on** (``python -m bench.resolution --misses mimic``); ``held`` and ``fresh`` stay
the reported, never-inspected measures. Like the shared set:

- **feeds** of the Google Merchant kind, titles mostly "Brand noun variant size", 120-250
  products and 8-10 invented brands per shop, the same ids in fr-FR and en-US;
- **the mix**: about 64 % exact, 22 % family, 14 % none; short queries (a carrier, the brand,
  the noun, the variant, the size);
- **noise of the same strength**: a third of the queries clean, the others with one or two
  noises (:data:`NOISES`); numbers said in words or digits and the carrier are not noise.

Its own: four kinds of shop (:mod:`bench.resolution_mimic_shops`: garden centre, kitchenware,
art supplies, hand tools), its carrier phrases and fillers, and its recogniser
(:mod:`bench.resolution_mimic_ears`). Each expectation is every product consistent with what
the shopper said (``MimicSet.said``), whatever the recogniser then wrote.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from bench import resolution_mimic_ears as ears
from bench.resolution_gen import (
    LOCALES,
    MIMIC,
    QUERIES_PER_SHOP,
    GeneratedSet,
    GenQuery,
    Item,
    Shop,
    _distinct,
    _matching,
    _shops_alone,
)
from bench.resolution_mimic_shops import (
    ELSEWHERE,
    MIMIC_SHOPS,
    SYLLABLES,
    Brand,
    MimicShop,
    build_mimic_shop,
    made_up,
    shop_words,
)
from catalog.model import Catalog

OTHER_HALVES = ("tune", "held", "dev", "fresh", "wide", "far", "casual", "spoken", "mirror")
MIX = {"none": 0.14, "family": 0.22}  # the rest exact, as in the shared set
CARRIER_RATE = 0.78  # the shared set: 626 of 800 queries begin with a carrier
CARRIERS = {
    "fr": ["tu me dégotes", "colle-moi dans le panier", "je me laisserais tenter par", "je passe commande de",
           "rajoute au panier", "fais venir", "pense à prendre", "il nous manque",
           "faut qu'on rachète", "il faudrait racheter", "inscris sur la liste", "envoie-moi"],
    "en": ["slap on the order", "tack on", "i'd be after", "ship me", "go ahead and get", "i could use",
           "snag", "we need another", "stick on the list", "lemme get", "earmark",
           "i'm gonna want"],
}  # fmt: skip
FILLERS = {"fr": ["euh", "bah", "genre", "voilà", "hein"],
           "en": ["um", "uh", "like", "you know", "hmm"]}  # fmt: skip
# English contractions a recogniser writes either way.
CONTRACTIONS = {"lemme": "let me", "i'm gonna": "i am going to",
                "go ahead and": "go ahead n"}  # fmt: skip
QUANTITIES = {"fr": ["deux", "trois", "six", "un"], "en": ["two", "three", "six", "a couple"]}
BRAND_HEARD = {"brand_words", "brand_split", "brand_merged"}
CLEAN_SHARE = (33, 42, 25)  # queries with 0, 1 or 2 noises
NOISES = {  # noise → weight
    "homophone": 20, "split": 8, "merged": 7, "brand_heard": 14, "size_between": 6,
    "size_first": 4, "number_colloquial": 7, "number_regional": 5, "elision": 6, "liaison": 5,
    "accents": 10, "filler": 6, "brand_after": 7, "quantity": 3,
}  # fmt: skip


@dataclass(frozen=True)
class Said:
    """What the shopper said: a brand (sold or not), a product type, a variant, a size, or a
    thing of another kind of shop."""

    brand: str = ""
    kind: int = -1
    variant: int | None = None
    size: int | None = None
    thing: str = ""

    def attributes(self) -> dict[str, int | str]:
        said: dict[str, int | str] = {"kind": self.kind}
        if self.brand:
            said["brand"] = self.brand
        if self.variant is not None:
            said["variant"] = self.variant
        if self.size is not None:
            said["size"] = self.size
        return said


def expected(shop: Shop, said: Said) -> list[Item]:
    """Every product of the shop consistent with what was said."""
    return [] if said.thing else _matching(shop, said.attributes())


@dataclass
class Word:
    text: str
    role: str  # carrier, quantity, brand, noun, value, size, filler, thing


def _words(text: str, role: str) -> list[Word]:
    return [Word(w, role) for w in text.split()]


class MimicMaker:
    def __init__(self, shop: MimicShop, locale: str, rng: random.Random, unsold: list[Brand],
                 elsewhere: list[str]) -> None:  # fmt: skip
        self.shop, self.locale, self.rng = shop, locale, rng
        self.lang = LOCALES.index(locale)
        self.code = ("fr", "en")[self.lang]
        self.unsold, self.elsewhere = unsold, elsewhere
        brands = [b.spoken for b in (*shop.brand_parts.values(), *unsold)]
        words = shop_words(shop.types) | {w for b in brands for w in b.split()}
        # What a recogniser's error must not write: another word of the shop, or a number.
        self.guarded = {ears.fold(w) for w in words} | ears.NUMBER_TOKENS

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
        said = Said(item.brand, item.kind, item.variant if item.variant >= 0 else None, item.size)
        tags: list[str] = []
        roll = rng.random()
        if roll < 0.12 and len(expected(shop, Said(said.brand, said.kind, said.variant))) == 1:
            said = Said(said.brand, said.kind, said.variant)
            tags.append("no_size")
        elif roll < 0.18 and said.variant is not None:
            shorter = Said(said.brand, said.kind, None, said.size)
            if len(expected(shop, shorter)) == 1:
                said = shorter
                tags.append("no_variant")
        return self._query(said, "exact", tags), said

    def _family(self) -> tuple[GenQuery, Said]:
        rng, shop = self.rng, self.shop
        while True:
            item = rng.choice(shop.items)
            shape = rng.choices(("brand_noun", "noun_value", "brand_noun_value"),
                                weights=(72, 14, 14))[0]  # fmt: skip
            if shape != "brand_noun" and item.variant < 0:
                continue
            said = Said(item.brand if shape != "noun_value" else "", item.kind,
                        item.variant if shape != "brand_noun" else None)  # fmt: skip
            if len(expected(shop, said)) >= 2:
                return self._query(said, "family", [shape]), said

    def _none(self) -> tuple[GenQuery, Said]:
        rng, shop = self.rng, self.shop
        roll = rng.random()
        if roll < 0.5:
            brand = rng.choice(self.unsold)
            said = Said(brand.name, rng.choice(shop.items).kind)
            return self._query(said, "none", ["unsold_brand"], brand), said
        thing = rng.choice(self.elsewhere)
        if roll < 0.62:
            said = Said(rng.choice(shop.brands), thing=thing)
            return self._query(said, "none", ["sold_brand_elsewhere"]), said
        said = Said(thing=thing)
        return self._query(said, "none", ["elsewhere"]), said

    # --- how it is said -------------------------------------------------------------------------
    def _query(self, said: Said, kind: str, tags: list[str], brand: Brand | None = None
               ) -> GenQuery:  # fmt: skip
        rng, code = self.rng, self.code
        count = rng.choices((0, 1, 2), weights=CLEAN_SHARE)[0]
        planned = self._plan(said, count)
        words = self._phrase(said, planned, tags, brand)
        if rng.random() < CARRIER_RATE:
            carrier = rng.choice(CARRIERS[code])
            head = _words(carrier, "carrier")
            if "quantity" in planned:
                head += _words(rng.choice(QUANTITIES[code]), "quantity")
                tags.append("quantity")
            words = [*head, *words]
            tags.append("carrier")
        elif "quantity" in planned:
            planned.remove("quantity")
        made = sum(n in tags for n in ("brand_after", "size_between", "size_first", "quantity",
                                       "number_colloquial", "number_regional"))  # fmt: skip
        others = rng.sample(sorted(_WORD_NOISES), len(_WORD_NOISES))
        for what in [p for p in planned if p in _WORD_NOISES] + others:
            if made >= count:
                break
            if what in tags or (what == "brand_heard" and set(tags) & BRAND_HEARD):
                continue
            tag = self._noise(what, words, said)
            if tag:
                tags.append(tag)
                made += 1
        text = " ".join(w.text for w in words).lower()
        expect = frozenset(i.id for i in expected(self.shop, said))
        return GenQuery(self.locale, " ".join(text.split()), expect, kind, self.shop.name,
                        tuple(tags))  # fmt: skip

    def _plan(self, said: Said, count: int) -> list[str]:
        """``count`` noises that can happen to what was said (none twice)."""
        rng = self.rng
        possible = dict(NOISES)
        if said.size is None:
            for name in ("size_between", "size_first", "number_colloquial", "number_regional"):
                possible.pop(name)
        if not said.brand or said.thing:
            possible.pop("brand_after")
        if self.code == "en":
            possible.pop("number_regional", None)
        planned: list[str] = []
        while len(planned) < count:
            name = rng.choices(list(possible), weights=list(possible.values()))[0]
            planned.append(name)
            possible.pop(name)
            if name in ("size_between", "size_first"):  # one place for the size
                possible.pop("size_first" if name == "size_between" else "size_between")
        return planned

    def _phrase(self, said: Said, planned: list[str], tags: list[str], brand: Brand | None
                ) -> list[Word]:  # fmt: skip
        rng, shop, lang = self.rng, self.shop, self.lang
        brand = brand or shop.brand_parts.get(said.brand)
        head = _words(brand.spoken, "brand") if brand else []
        if said.thing:
            thing = _words(said.thing.lower(), "thing")
            return [*head, *thing] if head else thing
        fr, en, axis, sizes = shop.types[said.kind]
        core = _words((fr, en)[lang].lower().replace("-", " " if rng.random() < 0.5 else "-"),
                      "noun")  # fmt: skip
        value = (
            _words(axis[said.variant][lang].lower(), "value") if said.variant is not None else []
        )
        size: list[Word] = []
        if said.size is not None:
            colloquial = "number_colloquial" in planned
            regional = "number_regional" in planned
            text = ears.say_size(sizes[said.size][lang], self.code, rng, tags, colloquial, regional)
            size = _words(text, "size")
            tags.append("digits" if re.search(r"\d", text) else "number_words")
        body = [*core, *value]
        if size and "size_first" in planned:
            link = {"fr": ["de", "d'", ""], "en": ["of", ""]}[self.code]
            joint = rng.choice(link)
            if joint == "d'" and body[0].text[0] not in "aeiouyéèêh":
                joint = "de"
            glue = _words(joint, "size") if joint != "d'" else []
            if joint == "d'":
                body[0] = Word("d'" + body[0].text, body[0].role)
            body, size = [*size, *glue, *body], []
            tags.append("size_first")
        elif size and "size_between" in planned and value:
            body, size = [*core, *size, *value], []
            tags.append("size_between")
        if head and "brand_after" in planned:
            tags.append("brand_after")
            return [*body, *size, *head]
        return [*head, *body, *size]

    # --- what the recogniser gets wrong ---------------------------------------------------------
    def _fits(self, before: list[str], after: list[str]) -> bool:
        """A recogniser's error must not write another of the shop's words, or a number."""
        new = {ears.fold(t) for w in after for t in re.split(r"[\s'-]+", w)} - {
            ears.fold(t) for w in before for t in re.split(r"[\s'-]+", w)
        }
        return not new & self.guarded

    def _noise(self, what: str, words: list[Word], said: Said) -> str | None:
        before = [w.text for w in words]
        trial = [Word(w.text, w.role) for w in words]
        tag = _WORD_NOISES[what](self, trial, said)
        if (
            tag
            and self._fits(before, [w.text for w in trial])
            and [w.text for w in trial] != before
        ):
            words[:] = trial
            return tag
        return None

    def _homophone(self, words: list[Word], said: Said) -> str | None:
        table = ears.HOMOPHONES[self.code]
        spots = [n for n, w in enumerate(words)
                 if w.role in ("noun", "value", "thing") and ears.fold(w.text) in _folded(table)]  # fmt: skip
        if not spots:
            return None
        n = self.rng.choice(spots)
        words[n : n + 1] = _words(
            self.rng.choice(_folded(table)[ears.fold(words[n].text)]), words[n].role
        )
        return "homophone"

    def _split(self, words: list[Word], said: Said) -> str | None:
        spots = [n for n, w in enumerate(words) if w.role in ("noun", "value", "thing")]
        self.rng.shuffle(spots)
        for n in spots:
            cut = ears.cut(words[n].text, self.rng)
            if cut:
                words[n : n + 1] = _words(cut, words[n].role)
                return "split"
        return None

    def _merged(self, words: list[Word], said: Said) -> str | None:
        joinable = ("brand", "noun", "value", "thing")
        pairs = [n for n in range(len(words) - 1)
                 if words[n].role in joinable and words[n + 1].role in joinable]  # fmt: skip
        if not pairs:
            return None
        n = self.rng.choice(pairs)
        words[n : n + 2] = [Word(words[n].text + words[n + 1].text, words[n].role)]
        return "merged"

    def _brand_heard(self, words: list[Word], said: Said) -> str | None:
        brand = self.shop.brand_parts.get(said.brand) or next(
            (b for b in self.unsold if b.name == said.brand), None
        )
        at = [n for n, w in enumerate(words) if w.role == "brand"]
        if brand is None or not at:
            return None
        heard = ears.hear_brand(brand.parts, SYLLABLES, brand.plain, self.code, self.rng)
        if heard is None:
            return None
        words[at[0] : at[0] + len(at)] = _words(heard[0], "brand")
        return heard[1]

    def _elision(self, words: list[Word], said: Said) -> str | None:
        rng = self.rng
        if self.code == "en":
            text = " ".join(w.text for w in words)
            for full, short in [*CONTRACTIONS.items(), *((b, a) for a, b in CONTRACTIONS.items())]:
                if text.startswith(full + " "):
                    count = len(full.split())
                    words[:count] = _words(short, "carrier")
                    return "contraction"
            spots = [n for n, w in enumerate(words) if w.text == "of"]
            if spots:
                words[rng.choice(spots)].text = "a"
                return "of_reduced"
            return None
        spots = [n for n, w in enumerate(words) if re.match(r"^[dlj]'\w", w.text)]
        if spots:
            n = rng.choice(spots)
            head, rest = words[n].text.split("'", 1)
            if rng.random() < 0.5:
                words[n : n + 1] = [Word({"d": "de", "l": "le", "j": "je"}[head], words[n].role),
                                    Word(rest, words[n].role)]  # fmt: skip
                return "elision_lost"
            words[n].text = head + rest
            return "elision_glued"
        for n in range(len(words) - 1):
            word, following = words[n].text, words[n + 1].text
            if word in ("je", "tu") and following == "me" and n + 2 < len(words):
                glued = (
                    [Word("j'me", words[n].role)]
                    if word == "je"
                    else [Word("tu", words[n].role), Word("m'" + words[n + 2].text, words[n].role)]
                )
                words[n : n + (2 if word == "je" else 3)] = glued
                return "elision_added"
            if word in ("de", "que", "le") and following[:1] in ears.VOWELS:
                words[n : n + 2] = [Word(word[0] + "'" + following, words[n + 1].role)]
                return "elision_added"
        return None

    def _liaison(self, words: list[Word], said: Said) -> str | None:
        pairs = list(range(len(words) - 1))
        self.rng.shuffle(pairs)
        for n in pairs:
            if self.code == "fr":
                heard = ears.liaison(ears.fold(words[n].text), words[n + 1].text, self.rng)
                if heard:
                    words[n + 1].text = heard
                    return "liaison"
            else:
                moved = ears.linking(words[n].text, words[n + 1].text)
                if moved and words[n].role != "carrier":
                    words[n].text, words[n + 1].text = moved
                    return "linking"
        return None

    def _accents(self, words: list[Word], said: Said) -> str | None:
        folded = [ears.fold(w.text) for w in words]
        if folded == [w.text for w in words]:
            return None
        every = self.code == "fr" and self.rng.random() < 0.7
        for word in words:
            if every or word.role == "brand":
                word.text = ears.fold(word.text)
        return "accents"

    def _filler(self, words: list[Word], said: Said) -> str | None:
        places = [n for n, w in enumerate(words) if w.role not in ("carrier", "quantity")]
        if not places:
            return None
        place = self.rng.choice(places)
        words[place:place] = _words(self.rng.choice(FILLERS[self.code]), "filler")
        return "filler"


_FOLDED: dict[int, dict[str, list[str]]] = {}


def _folded(table: dict[str, list[str]]) -> dict[str, list[str]]:
    key = id(table)
    if key not in _FOLDED:
        _FOLDED[key] = {ears.fold(k): v for k, v in table.items()}
    return _FOLDED[key]


_WORD_NOISES = {
    "homophone": MimicMaker._homophone, "split": MimicMaker._split, "merged": MimicMaker._merged,
    "brand_heard": MimicMaker._brand_heard, "elision": MimicMaker._elision,
    "liaison": MimicMaker._liaison, "accents": MimicMaker._accents, "filler": MimicMaker._filler,
}  # fmt: skip


@dataclass
class MimicSet(GeneratedSet):
    """The half, with what each query said (``said[n]`` for ``queries[n]``) and the brands its
    "none" requests name."""

    said: list[Said] = field(default_factory=list)
    unsold: list[Brand] = field(default_factory=list)


def _elsewhere(shop: MimicShop, lang: int, rng: random.Random) -> list[str]:
    """Ten things of other kinds of shop sharing no word with this shop's products."""
    own = {ears.fold(w) for w in shop_words(shop.types)}
    things = [pair[lang] for pair in ELSEWHERE]
    things += [t[lang] for kind, types in MIMIC_SHOPS.items() if kind != shop.kind for t in types]  # type: ignore[misc]
    free = sorted(t for t in set(things)
                  if not {ears.fold(w) for w in re.split(r"[\s'-]+", t.lower())} & own)  # fmt: skip
    return rng.sample(free, 10)


def other_brands(seed: int) -> list[str]:
    """Every brand of the other halves: what this half's brands are kept apart from (read from
    the shops built once per process, never changed here)."""
    return [b for half in OTHER_HALVES for s in _shops_alone(half, seed).shops for b in s.brands]


def generate_mimic(seed: int, per_shop: int = QUERIES_PER_SHOP) -> MimicSet:
    """The mimic half: its own shops, brands and queries."""
    rng = random.Random(f"{seed}:{MIMIC}")
    taken = other_brands(seed)
    shops = [build_mimic_shop(f"k{number}-{kind}", kind, rng, taken)
             for number, kind in enumerate(MIMIC_SHOPS)]  # fmt: skip
    unsold: list[Brand] = []
    while len(unsold) < 12:
        brand = made_up(rng)
        if _distinct(brand.name, taken + [b.name for b in unsold]):
            unsold.append(brand)
    catalogs: dict[tuple[str, str], Catalog] = {}
    queries: list[GenQuery] = []
    said: list[Said] = []
    for shop in shops:
        for locale in LOCALES:
            catalogs[(shop.name, locale)] = shop.catalog(locale)
            maker = MimicMaker(
                shop, locale, rng, unsold, _elsewhere(shop, LOCALES.index(locale), rng)
            )
            for _ in range(per_shop):
                query, what = maker.make()
                queries.append(query)
                said.append(what)
    return MimicSet(MIMIC, list(shops), catalogs, queries, said, unsold)
