"""How an abroad shopper says what they mean, and what the recogniser writes: about a third of
queries plain ("maker noun variant size" as written), the others with openings and closings,
hesitations, the maker after the product or in the middle, the size first or in words, another
name for the ware, and the ear's slips; each query's ``noise`` lists what was done to it."""

from __future__ import annotations

import random

from bench import resolution_abroad_ear as ear
from bench.resolution_abroad_meaning import Intent
from bench.resolution_abroad_model import Stock
from bench.resolution_abroad_numbers import english, french
from bench.resolution_abroad_phrases import AFTER, BEFORE, FILLERS, LARGEST, MAKER_AFTER
from bench.resolution_abroad_sizes import say_size, say_value

CLEAN = 0.34
_NUMBER_WORDS = (
    {french(n) for n in range(1, 20)}
    | {"vingt", "trente", "quarante", "cinquante", "cent", "mille"},
    {english(n) for n in range(1, 20)} | {"a", "twenty", "thirty", "forty", "fifty", "sixty"},
)


def speak(
    stock: Stock, intent: Intent, lang: int, rng: random.Random
) -> tuple[str, tuple[str, ...]]:
    """The recognised text of one query and its noise tags (empty: a plain query)."""
    plain = rng.random() < CLEAN
    tags: list[str] = []
    meaning = intent.meaning
    maker = meaning.maker or ""
    if meaning.ware is None:
        noun, value, size, det = intent.free_noun, "", "", ""
    else:
        ware = stock.trade.ware(meaning.ware)
        noun, det = ware.noun[lang], ware.det[lang]
        if not plain and ware.other[lang] and rng.random() < 0.2:
            noun = rng.choice(ware.other[lang])
            tags.append("other_name")
        value = ""
        if meaning.value is not None:
            value, done = say_value(ware.values[meaning.value][lang], lang, rng, plain)
            tags += done
        size = ""
        if meaning.size is not None:
            size, done = say_size(ware.sizes[meaning.size][lang], lang, rng, plain)
            tags += done
        elif meaning.largest:
            size = rng.choice(LARGEST[lang])
            tags.append("size_word")
    if maker and not plain and rng.random() < 0.15:
        heard = [h for h in stock.trade.heard.get(maker, ((), ()))[lang] if h != maker.lower()]
        if heard:
            maker = rng.choice(heard)
            tags.append("maker_heard")
    words = _order(maker, noun, value, size, det, lang, rng, plain, tags)
    if not plain:
        _slips(words, lang, rng, tags)
        if rng.random() < 0.12:
            _hesitate(words, maker.lower().split(), lang, rng)
            tags.append("hesitation")
    text = " ".join(words)
    if not plain:
        text = _around(text, lang, rng, tags)
        if lang == 0 and rng.random() < 0.2 and ear.strip_accents(text) != text:
            text = ear.strip_accents(text)
            tags.append("no_accents")
        if ear.has_code(text) and rng.random() < 0.5:
            text = ear.spell(text, lang, rng)
            tags.append("spelled")
        if not tags:
            text = f"{rng.choice(BEFORE[lang])} {text}"
            tags.append("carrier_before")
    return " ".join(text.split()), tuple(dict.fromkeys(tags))


def _order(
    maker: str,
    noun: str,
    value: str,
    size: str,
    det: str,
    lang: int,
    rng: random.Random,
    plain: bool,
    tags: list[str],
) -> list[str]:
    """The product words in the order said."""
    value_first = lang == 1 and (plain or rng.random() < 0.7)
    if lang == 1 and value and not value_first:
        tags.append("value_after")
    thing = [value, noun] if value_first else [noun, value]
    if size and not plain and rng.random() < 0.08 and any(c.isdigit() for c in size):
        thing = [size, "de" if lang == 0 else "", *thing]
        tags.append("size_first")
    else:
        thing.append(size)
    where = (
        "before"
        if plain or not maker
        else str(rng.choice(("before",) * 11 + ("after",) * 6 + ("middle",) * 3))
    )
    if where == "after":
        thing.append(rng.choice(MAKER_AFTER[lang]).format(maker=maker))
        tags.append("maker_after")
    elif where == "middle":
        at = thing.index(noun) + 1
        thing.insert(at, maker)
        tags.append("maker_middle")
    else:
        thing.insert(0, maker)
    if not plain and det and rng.random() < 0.3 and (lang == 1 or thing[0] == noun):
        thing.insert(0, det)
        tags.append("article")
    return " ".join(w for w in thing if w).lower().split()


def _slips(words: list[str], lang: int, rng: random.Random, tags: list[str]) -> None:
    """The ear's slips over the product words."""
    if rng.random() < 0.2 and ear.soundalike(words, lang, rng):
        tags.append("soundalike")
    if rng.random() < 0.08 and ear.cut(words, rng):
        tags.append("word_cut")
    if rng.random() < 0.06 and ear.join(words, rng):
        tags.append("words_joined")
    if rng.random() < 0.06 and ear.swallow(words, lang, rng):
        tags.append("small_word_lost")
    if rng.random() < 0.06 and ear.plural(words, rng):
        tags.append("plural_slip")


def _hesitate(words: list[str], maker: list[str], lang: int, rng: random.Random) -> None:
    """A filler where people stop to think: first, before the maker's name, or before a number."""
    spots = [0]
    for at in range(1, len(words)):
        if maker and words[at : at + len(maker)] == maker:
            spots.append(at)
        elif words[at][:1].isdigit() or words[at] in _NUMBER_WORDS[lang]:
            spots.append(at)
            break
    words.insert(rng.choice(spots), rng.choice(FILLERS[lang]))


def _around(text: str, lang: int, rng: random.Random, tags: list[str]) -> str:
    """Openings, closings and hesitations."""
    if rng.random() < 0.6:
        opening = rng.choice(BEFORE[lang])
        if rng.random() < 0.15:
            opening = f"{rng.choice(FILLERS[lang])} {opening}"
            tags.append("hesitation")
        text = f"{opening} {text}"
        tags.append("carrier_before")
    if rng.random() < 0.25:
        text = f"{text} {rng.choice(AFTER[lang])}"
        tags.append("carrier_after")
    return text
