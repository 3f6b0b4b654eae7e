"""How the remote half's shoppers say what they mean, and what the recogniser makes of it.

A query is built from its intent's parts (maker, noun, value, size), in the orders people use
(the maker after the noun, « deux kilos de whey », "chocolate flavored whey"), the size said
with digits or words and units or not; then up to three recogniser or speaker slips (the
``NOISES``), a carrier phrase before it most of the time and sometimes one after. ``FORMS`` are
the ways of saying tagged alongside, which are not slips (French written without its accents
is one: the shared set's recogniser drops them about half the time)."""

from __future__ import annotations

import random

from bench.resolution_remote_ear import (
    FILLERS,
    HOMOPHONES,
    SMALL_WORDS,
    respell,
    split,
    strip_accents,
)
from bench.resolution_remote_model import Intent, Trade, Ware
from bench.resolution_remote_numbers import has_unit, quantity, say_size

BEFORE: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("tu peux me rajouter", "tu veux bien m'ajouter", "tant que t'y es prends",
     "on tombe à court de", "il va me falloir", "tu rajouteras", "j'ai plus du tout de",
     "dans la liste mets", "je voudrais bien recommander", "tu pourrais me dénicher",
     "occupe-toi de commander", "va falloir racheter", "je ferais bien le plein de",
     "alors là il me faut", "ah oui et puis", "et avec ça", "en plus ajoute", "est-ce que t'as",
     "je lancerais bien une commande de", "balance dans le panier", "colle dans le panier",
     "je serais preneur de", "dépose dans mon panier", "dis, ajoute", "ajoute à ma liste",
     "rajoute-nous donc", "on a fini le stock de", "j'oublie toujours de prendre",
     "on se refait un stock de", "fais le plein de", "je veux bien encore",
     "il est temps de racheter", "tu peux me réserver", "il me manque",
     "mets de côté", "je me prendrais bien", "t'aurais pas", "faudrait racheter"),
    ("could you throw on", "we ran dry on", "go find me", "swing by and get",
     "bump up my order with", "i'll also take", "oh and", "get me going with",
     "we're down to our last", "need to restock on", "while you're at it get",
     "drop in the basket", "time to restock", "could you order up", "remember to get",
     "load up on", "track down", "could you snag me", "we'll want", "put an order in for",
     "hit me with", "run and get", "ping an order for", "scrounge up", "order in",
     "can i order up", "gotta reorder", "add in", "we burned through our",
     "i keep forgetting to buy", "restock us on", "could you find us", "shop for", "toss in",
     "any chance you have", "do you guys carry",
     "i gotta get"),
)  # fmt: skip
AFTER: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("s'il te plaît", "merci bien", "pour ce week-end", "quand tu peux", "d'ici vendredi",
     "vite fait", "comme l'autre fois", "si possible", "au plus vite", "c'est pressé"),
    ("please", "thanks a lot", "asap", "for the weekend", "when you get a chance",
     "same as last time", "if that works", "real quick", "before friday", "cheers"),
)  # fmt: skip
_MAKER_AFTER = (("", "", "de chez", "de la marque"), ("", "", "by", "from"))
_EXTREMES = {
    ("big", 0): ("le grand format", "le plus grand", "en grand format", "le gros modèle"),
    ("small", 0): ("le petit format", "le plus petit", "en petit format", "le petit modèle"),
    ("big", 1): ("the big one", "the larger size", "the bigger one", "large size"),
    ("small", 1): ("the small one", "the smaller size", "the little one", "small size"),
}
NOISES = frozenset({"homophone", "respelled", "split", "merged", "brand_heard", "filler",
                    "repeat", "dropped"})  # fmt: skip
FORMS = frozenset({"carrier", "carrier_after", "brand_after", "brand_short", "number_words",
                   "unit_words", "size_first", "noun_first", "link", "size_word", "quantity",
                   "determiner", "accents"})  # fmt: skip
_HOW_MANY = (0.35, 0.33, 0.21, 0.11)  # no slip, one, two, three
Word = list[str]  # [text, role, the part of text that is the maker's name]


def _size(said: str, lang: int, rng: random.Random, tags: list[str]) -> str:
    numbers = rng.random() < 0.55
    units = rng.random() < (0.85 if numbers else 0.3)
    text = say_size(said, lang, rng, numbers=numbers, units=units)
    if units and has_unit(said):
        tags.append("unit_words")
    if numbers and any(c.isdigit() for c in said):
        tags.append("number_words")
    return text


def _phrase(
    intent: Intent, trade: Trade, lang: int, rng: random.Random, tags: list[str]
) -> list[Word]:
    """The intent's parts in a shopper's order, each word with its role."""
    words: list[Word] = []

    def put(text: str, role: str) -> None:
        words.extend([w, role, ""] for w in text.lower().split())

    if intent.ware is None:
        put(intent.free, "noun")
        return _with_maker(words, intent, trade, lang, rng, tags)
    ware = trade.ware(intent.ware)
    noun = rng.choice(ware.noun.spoken(lang))
    value = rng.choice(ware.values[intent.value].spoken(lang)) if intent.value is not None else ""
    size = ""
    if intent.size is not None:
        size = _size(rng.choice(ware.sizes[intent.size].spoken(lang)), lang, rng, tags)
    if intent.odd is not None:
        odd = _size(rng.choice(intent.odd.spoken(lang)), lang, rng, tags)
        value, size = (value, odd) if intent.odd_is_size else (odd, size)
    link = _link(ware, lang, rng, tags) if value else ""
    first = bool(size) and ware.scaled and rng.random() < (0.2 if lang == 0 else 0.1)
    if first:  # « deux kilos de whey », "five quart motor oil"
        tags.append("size_first")
        put(size, "size")
        if lang == 0 and noun[0] in "aeiouhéœ":
            noun = f"d'{noun}"
        elif lang == 0:
            put("de", "link")
    if lang == 1 and value and rng.random() < 0.75:
        put(value, "value")
        put(link, "link")
        put(noun, "noun")
    else:
        if lang == 1 and value:
            tags.append("noun_first")
        put(noun, "noun")
        put(link if lang == 0 else "", "link")
        put(value, "value")
    if size and not first:
        put(size, "size")
    if intent.extreme:
        tags.append("size_word")
        put(rng.choice(_EXTREMES[(intent.extreme, lang)]), "size")
    return _with_maker(words, intent, trade, lang, rng, tags)


def _link(ware: Ware, lang: int, rng: random.Random, tags: list[str]) -> str:
    """A word between noun and value (« goût », "flavored"), now and then."""
    link = rng.choice(ware.link[lang].split("|")) if rng.random() < 0.35 else ""
    if link:
        tags.append("link")
    return link


def _with_maker(
    words: list[Word], intent: Intent, trade: Trade, lang: int, rng: random.Random,
    tags: list[str],
) -> list[Word]:  # fmt: skip
    """The maker before the words, or after the noun or at the end; no maker, sometimes an
    article before them."""
    if intent.maker is None:
        plural = words[0][0].endswith(("s", "x"))
        if rng.random() < 0.12 and words[0][0] not in SMALL_WORDS and (plural or lang == 1):
            tags.append("determiner")  # French articles only where the gender cannot go wrong
            options = (("des", "les"), ("some", "the") if plural else ("the",))
            words.insert(0, [rng.choice(options[lang]), "det", ""])
        return words
    name = intent.maker
    maker = next((m for m in trade.makers if m.name == name), None)
    if maker is not None and maker.short and rng.random() < 0.4:
        tags.append("brand_short")
        name = maker.short
    brand = [[w, "brand", w] for w in name.lower().split()]
    if rng.random() < 0.3:
        tags.append("brand_after")
        joint = rng.choice(_MAKER_AFTER[lang])
        brand = [[w, "link", ""] for w in joint.split()] + brand
        nouns = [i for i, w in enumerate(words) if w[1] == "noun"]
        at = len(words) if rng.random() < 0.6 or not nouns else nouns[-1] + 1
        return words[:at] + brand + words[at:]
    return brand + words


def _hear_maker(words: list[Word], heard: str) -> None:
    """The maker's name, wherever its words went (run into the word before or after it, then
    perhaps cut again, by other slips), written as the recogniser heard it; the words glued to
    it stay glued."""
    region = [i for i, w in enumerate(words) if w[2]]
    first, last = words[region[0]], words[region[-1]]
    text = first[0].replace(" ", "")
    at = text.find(first[2].replace(" ", ""))
    before = text[:at] if at >= 0 else ("" if first[1] == "brand" else first[0])
    text, name = last[0].replace(" ", ""), last[2].replace(" ", "")
    at = text.find(name)
    after = text[at + len(name) :] if at >= 0 else ""
    said = heard.split()
    said[0], said[-1] = before + said[0], said[-1] + after
    words[region[0] : region[-1] + 1] = [[w, "brand", w] for w in said]


def _slip(kind: str, words: list[Word], heard: tuple[str, ...], lang: int,
          rng: random.Random) -> bool:  # fmt: skip
    """One slip of ``kind`` on the words, in place; False when none of its kind fits them."""
    spots: list[int]
    if kind == "homophone":
        spots = [i for i, w in enumerate(words) if w[1] != "brand" and w[0] in HOMOPHONES[lang]]
        if spots:
            at = rng.choice(spots)
            words[at][0] = rng.choice(HOMOPHONES[lang][words[at][0]])
    elif kind == "respelled":
        spots = [i for i, w in enumerate(words) if w[1] in ("noun", "value") and len(w[0]) >= 5
                 and respell(w[0], lang, random.Random(0)) != w[0]]  # fmt: skip
        if spots:
            at = rng.choice(spots)
            for _ in range(8):
                if (new := respell(words[at][0], lang, rng)) != words[at][0]:
                    words[at][0] = new
                    break
    elif kind == "split":
        spots = [i for i, w in enumerate(words)
                 if w[1] in ("noun", "value", "brand") and len(w[0]) >= 7 and w[0].isalpha()]  # fmt: skip
        if spots:
            at = rng.choice(spots)
            words[at][0] = split(words[at][0], rng)
    elif kind == "merged":
        spots = [i for i in range(len(words) - 1)
                 if {words[i][1], words[i + 1][1]} <= {"noun", "value", "brand", "size"}]  # fmt: skip
        if spots:
            at = rng.choice(spots)
            first, second = words[at], words[at + 1]
            words[at : at + 2] = [[first[0] + second[0], first[1], first[2] + second[2]]]
    elif kind == "brand_heard":
        spots = [i for i, w in enumerate(words) if w[1] == "brand"]
        if spots and heard:
            _hear_maker(words, rng.choice(heard))
    elif kind == "filler":
        spots = list(range(len(words) + 1))
        words.insert(rng.choice(spots), [rng.choice(FILLERS[lang]), "filler", ""])
    elif kind == "repeat":
        spots = [i for i, w in enumerate(words) if w[1] in ("noun", "det", "value")]
        if spots:
            at = rng.choice(spots)
            words.insert(at, list(words[at]))
    elif kind == "dropped":
        spots = [i for i, w in enumerate(words) if w[0] in SMALL_WORDS and w[1] != "brand"]
        if spots:
            at = rng.choice(spots)
            # "a" of a drumstick's "5A" is a letter of its size, not an article: keep it
            spare = [i for i in spots if (words[i][1], words[i][0]) != ("size", "a")]
            if (words[at][1], words[at][0]) == ("size", "a") and spare:
                at = spare[0]
            if (words[at][1], words[at][0]) != ("size", "a"):
                del words[at]
    else:
        raise ValueError(kind)
    return bool(spots)


def say(intent: Intent, trade: Trade, lang: int, rng: random.Random) -> tuple[str, tuple[str, ...]]:
    """The query's text and its tags (forms and slips)."""
    tags: list[str] = []
    words = _phrase(intent, trade, lang, rng, tags)
    if rng.random() < 0.06:
        tags.append("quantity")
        words.insert(0, [quantity(lang, rng), "det", ""])
    maker = next((m for m in trade.makers if m.name == intent.maker), None)
    heard = maker.heard[lang] if maker is not None and "brand_short" not in tags else ()
    slips = rng.choices(range(4), _HOW_MANY)[0]
    kinds = sorted(NOISES)
    rng.shuffle(kinds)
    for kind in kinds:
        if tags.count("slip") == slips:
            break
        if _slip(kind, words, heard, lang, rng):
            tags += [kind, "slip"]
    text = " ".join(w[0] for w in words)
    if rng.random() < 0.78:
        tags.append("carrier")
        text = f"{rng.choice(BEFORE[lang])} {text}"
    if rng.random() < 0.2:
        tags.append("carrier_after")
        text = f"{text} {rng.choice(AFTER[lang])}"
    if lang == 0 and strip_accents(text) != text and rng.random() < 0.45:
        tags.append("accents")  # the recogniser writes French without them, as often as not
        text = strip_accents(text)
    return " ".join(text.lower().split()), tuple(t for t in tags if t != "slip")
