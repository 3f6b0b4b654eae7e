"""How a distant-half shopper says what they meant: plainly about a third of the time,
otherwise with one to three kinds of noise (carrier phrases, politeness, hesitation, a
self-correction, the brand after the noun, short or misheard, another name for the ware,
numbers and units in words, codes spelled out, homophones, words cut or run together,
accents lost), each query tagged with the noise it carries."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from bench import resolution_distant_ear as ear
from bench.resolution_distant_model import Intent, Trade, Ware
from bench.resolution_distant_numbers import has_code, has_numbers, has_units, say_label

# fmt: off
BEFORE = (
    ("tant que j'y pense ajoute", "avant que j'oublie colle moi", "sois gentil et dépose dans mon panier",
     "je me laisse tenter par", "ça me ferait plaisir d'avoir", "on est à court de",
     "le mien a rendu l'âme il me faut", "mon beau-frère m'a parlé de", "on me demande de racheter",
     "dans la liste de noël il y a", "fais moi livrer", "je suis preneur de", "vous faites toujours",
     "c'est possible d'avoir", "côté commande je veux", "dépose moi dans le caddie",
     "à rajouter sur la note", "j'ai repéré", "en cadeau je prends", "ma commande du jour c'est",
     "mets dans ma commande", "alors il me faut", "j'ai besoin pour ce soir de",
     "je voudrais bien recevoir", "note pour moi", "ma fille réclame", "est-ce que vous avez encore",
     "je cherche à commander", "vous pourriez m'envoyer", "dis donc tu as", "au boulot on veut",
     "j'ai perdu le mien il me faut"),
    ("while i think of it add", "before i forget slip in", "be a pal and drop in", "i'm tempted by",
     "treat me to", "the kids keep asking for", "our club could use", "mine finally died i need",
     "my brother in law recommended", "on the christmas list there's", "have delivered",
     "i'll splurge on", "to finish my collection i need", "count me in for",
     "is there any chance of", "i've had my eye on", "for a birthday present",
     "today's order is", "i'd happily take", "pop in my basket", "can i grab",
     "i'm looking to buy", "my son wants", "i was told to get", "do you still carry",
     "i broke mine so i need", "for the office we need", "ring me up for", "my wife asked for",
     "jot down for me", "we're short on", "the workshop needs"),
)
AFTER = (
    ("dans mon panier", "pour samedi", "si vous l'avez", "c'est tout", "et ce sera tout",
     "pour mon neveu", "rapidement si possible", "en livraison", "à la maison",
     "pour la semaine prochaine", "s'il en reste", "pour le club"),
    ("to my cart", "for saturday", "if you have it", "that's it", "and that's all",
     "for my nephew", "asap", "for delivery", "for the club", "if it's in stock",
     "for next week", "when you can"),
)
POLITE = (
    (("bonjour", "s'il vous plaît", "excusez moi", "s'il te plaît"),
     ("s'il vous plaît", "merci", "merci bien", "si c'est possible")),
    (("please", "hi", "excuse me", "hello there"),
     ("please", "thanks", "thank you", "if you can")),
)
FILLERS = (("euh", "heu", "bah", "hum", "ben", "comment dire", "attendez"),
           ("um", "uh", "er", "hmm", "like", "let me think", "you know"))
CORRECTIONS = (("non pardon", "euh non", "non attends", "enfin non", "je veux dire",
                "pardon je me trompe"),
               ("no wait", "sorry i mean", "actually", "no make that", "i mean", "scratch that"))
AFTER_MAKER = (("de chez", "de la marque", "marque", ""), ("by", "from", "made by", ""))
ARTICLES = ({"m": ("un", "le"), "f": ("une", "la"), "mp": ("des", "les"), "fp": ("des", "les")},
            {"m": ("a", "the"), "f": ("a", "the"), "mp": ("some", "the"), "fp": ("some", "the")})
WEIGHTS = {"carrier": 6.0, "polite": 1.2, "hesitation": 1.2, "self_correction": 1.0,
           "brand_after": 1.5, "brand_short": 1.0, "brand_heard": 1.5, "other_name": 1.5,
           "number_words": 2.5, "unit_words": 1.5, "spelled": 2.0, "homophone": 1.2,
           "split": 0.8, "merge": 0.7, "accents": 1.0}
# fmt: on
NOISES = frozenset(WEIGHTS)
_TEXT_LEVEL = ("homophone", "split", "merge", "accents")
_MOST_WORDS = 30


@dataclass(frozen=True)
class _Said:
    tags: tuple[str, ...]
    text: str


def say(intent: Intent, trade: Trade, lang: int, rng: random.Random) -> tuple[str, tuple[str, ...]]:
    """The query a shopper says for ``intent`` in one locale, and the noise it carries."""
    count = rng.choices((0, 1, 2, 3), weights=(33, 37, 21, 9))[0]
    for _ in range(20):
        said = _attempt(intent, trade, lang, rng, count)
        if len(said.text.split()) <= _MOST_WORDS:
            return said.text, said.tags
        count = max(0, count - 1)
    raise AssertionError(intent)  # pragma: no cover


def _applicable(intent: Intent, trade: Trade, lang: int) -> list[str]:
    maker = trade.maker(intent.maker) if intent.maker else None
    ware = trade.ware(intent.ware) if intent.ware else None
    labels = _labels(intent, trade, lang)
    found = ["carrier", "polite", "hesitation", *_TEXT_LEVEL[: 4 if lang == 0 else 3]]
    if ware and _correctable(intent, ware) != (False, False):
        found.append("self_correction")
    if intent.maker and (ware or intent.free):
        found.append("brand_after")
    if maker:
        found += ["brand_heard"] + (["brand_short"] if maker.short else [])
    if ware and ware.said[lang]:
        found.append("other_name")
    if any(has_numbers(label) for label in labels):
        found.append("number_words")
    if any(has_units(label, lang) for label in labels):
        found.append("unit_words")
    if any(has_code(label) for label in labels) or (ware and has_code(ware.noun[lang])):
        found.append("spelled")
    return found


def _correctable(intent: Intent, ware: Ware) -> tuple[bool, bool]:
    """Whether the value, the size said could be said wrong first."""
    return (
        intent.value is not None and len(ware.values) > 1,
        intent.size is not None and len(ware.sizes) > 1,
    )


def _fits(tags: list[str], intent: Intent, trade: Trade, lang: int) -> bool:
    """Noises that can go together: one way of garbling the brand; a code to spell left when
    the ware is called by another name."""
    if {"brand_short", "brand_heard"} <= set(tags):
        return False
    if {"spelled", "other_name"} <= set(tags):
        return any(has_code(label) for label in _labels(intent, trade, lang))
    return True


def _labels(intent: Intent, trade: Trade, lang: int) -> list[str]:
    if intent.ware is None:
        return []
    ware = trade.ware(intent.ware)
    labels = [] if intent.value is None else [ware.value(intent.value, lang)]
    return labels + ([] if intent.size is None else [ware.size(intent.size, lang)])


def _attempt(intent: Intent, trade: Trade, lang: int, rng: random.Random, count: int) -> _Said:
    found = _applicable(intent, trade, lang)
    order = sorted(found, key=lambda tag: -(rng.random() ** (1 / WEIGHTS[tag])))
    chosen: list[str] = []
    for tag in order:
        if len(chosen) < count and _fits([*chosen, tag], intent, trade, lang):
            chosen.append(tag)
    spare = [t for t in order if t in _TEXT_LEVEL and t not in chosen]
    core = _core(intent, trade, lang, rng, set(chosen))
    tags = [t for t in chosen if t not in _TEXT_LEVEL]
    for tag in [t for t in chosen if t in _TEXT_LEVEL] + spare:
        if len(tags) >= count:
            break
        changed = _heard(tag, core, lang, rng)
        if changed and changed != core:
            core = changed
            tags.append(tag)
    text = _wrap(core, intent, trade, lang, rng, set(tags))
    return _Said(tuple(sorted(tags, key=list(WEIGHTS).index)), text)


def _core(intent: Intent, trade: Trade, lang: int, rng: random.Random, tags: set[str]) -> str:
    ware = trade.ware(intent.ware) if intent.ware else None
    maker = trade.maker(intent.maker) if intent.maker else None
    name = intent.maker or ""
    if maker and "brand_short" in tags:
        name = maker.short
    elif maker and "brand_heard" in tags:
        name = rng.choice(maker.heard[lang])
    numbers, units, spelled = ("number_words" in tags, "unit_words" in tags, "spelled" in tags)

    def label(text: str) -> str:
        return say_label(text, lang, rng, numbers, units, spelled)

    noun = intent.free
    value = size = ""
    if ware:
        noun = rng.choice(ware.said[lang]) if "other_name" in tags else ware.noun[lang]
        noun = say_label(noun, lang, rng, False, False, spelled)
        if intent.value is not None:
            value = label(ware.value(intent.value, lang))
        if intent.size is not None:
            size = label(ware.size(intent.size, lang))
        if "self_correction" in tags:
            value, size = _corrected(intent, ware, lang, rng, label, value, size)
    before_noun = lang == 1 and value and not re.match(r"(with|no) ", value)
    thing = " ".join(w for w in ((value, noun) if before_noun else (noun, value)) if w)
    if "brand_after" in tags:
        joint = rng.choice(AFTER_MAKER[lang])
        return _tidy(" ".join(w for w in (thing, size, joint, name) if w), lang)
    return _tidy(" ".join(w for w in (name, thing, size) if w), lang)


def _corrected(
    intent: Intent,
    ware: Ware,
    lang: int,
    rng: random.Random,
    label: Callable[[str], str],
    value: str,
    size: str,
) -> tuple[str, str]:
    """The wrong value or size said first, then taken back."""
    marker = rng.choice(CORRECTIONS[lang])
    values, sizes = _correctable(intent, ware)
    if values and (not sizes or rng.random() < 0.6):
        assert intent.value is not None
        wrong = rng.choice([n for n in range(len(ware.values)) if n != intent.value])
        return f"{label(ware.value(wrong, lang))} {marker} {value}", size
    assert intent.size is not None
    wrong = rng.choice([n for n in range(len(ware.sizes)) if n != intent.size])
    return value, f"{label(ware.size(wrong, lang))} {marker} {size}"


def _heard(tag: str, core: str, lang: int, rng: random.Random) -> str:
    if tag == "homophone":
        return ear.homophone(core, lang, rng)
    if tag == "split":
        return ear.split(core, rng)
    if tag == "merge":
        return ear.merge(core, rng)
    return ear.fold_accents(core) if lang == 0 else ""


def _wrap(
    core: str, intent: Intent, trade: Trade, lang: int, rng: random.Random, tags: set[str]
) -> str:
    words = core.split()
    if "hesitation" in tags:
        at = rng.randrange(len(words))
        filler = words[at] if rng.random() < 0.25 else rng.choice(FILLERS[lang])
        words.insert(at, filler)
    if "carrier" in tags:
        ware = trade.ware(intent.ware) if intent.ware else None
        maker_first = intent.maker is not None and "brand_after" not in tags
        if ware and not maker_first and "hesitation" not in tags and rng.random() < 0.5:
            words.insert(0, _article(ware.gender, words[0], lang, rng))
        where = rng.random()
        if where < 0.8:
            words.insert(0, rng.choice(BEFORE[lang]))
        if where >= 0.6:
            words.append(rng.choice(AFTER[lang]))
    if "polite" in tags:
        before, after = POLITE[lang]
        if rng.random() < 0.4 or ("carrier" in tags and words[-1] != core.split()[-1]):
            words.insert(0, rng.choice(before))
        else:
            words.append(rng.choice(after))
    return _tidy(" ".join(words), lang)


def _article(gender: str, first: str, lang: int, rng: random.Random) -> str:
    article = rng.choice(ARTICLES[lang][gender])
    if lang == 0 and article in ("le", "la") and first[:1] in "aeiouyéh":
        return "l'"
    if lang == 1 and article == "a" and first[:1] in "aeiou":
        return "an"
    return article


def _tidy(text: str, lang: int) -> str:
    """Lower case, spoken-style: no brackets, quotes or dashes between words; a range said."""
    text = text.lower().replace("’", "'").replace(" & ", (" et ", " and ")[lang])
    text = re.sub(r"(\d)-(\d+)(?![/\d])", rf"\1 {('à', 'to')[lang]} \2", text)
    text = re.sub(r"\s*\+", " plus", text)
    text = re.sub(r"\bno\.", "no", text)
    text = re.sub(r"[«»()\";!?|]|\s-\s|(?<!\d),|,(?!\d)", " ", text)
    return re.sub(r"l' ", "l'", " ".join(text.split()))
