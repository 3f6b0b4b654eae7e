"""How an offshore shopper says what they mean, and what the recogniser makes of it.

:func:`say` turns an :class:`~bench.resolution_offshore_meaning.Intent` into a query: plainly
about a third of the time, otherwise with one to three kinds of noise (each tagged): a carrier
phrase before or after, a hesitation, the maker said after the ware or left out when the rest
names one product, the size first, another name for the ware, numbers or units in words, and
the recogniser's slips (:mod:`bench.resolution_offshore_ear`)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from bench import resolution_offshore_ear as ear
from bench.resolution_offshore_meaning import Intent
from bench.resolution_offshore_model import Trade
from bench.resolution_offshore_numbers import amount_words, say_size

Pieces = ear.Pieces

BEFORE: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("faudrait me mettre de côté", "je cherche partout", "est ce que vous auriez",
     "vous auriez pas", "je voudrais bien vous commander", "mettez moi", "je vais vous prendre",
     "tu pourrais me dégoter", "t'aurais", "j'aimerais passer commande de", "on est à court de",
     "rajoute dans le panier", "pour moi ce sera", "alors je vais prendre", "bonjour je cherche",
     "dites moi si vous avez", "je me demandais si vous aviez", "faudrait que je commande",
     "envoie moi"),
    ("do you guys carry", "i've been looking everywhere for", "can you hook me up with",
     "i'd like to put in an order for", "could you find me", "i'm gonna need", "hey can you add",
     "put me down for", "snag me", "i was hoping to get", "do you still stock", "got any",
     "lemme get", "i guess i'll take", "we're out of", "okay so i need", "hi there i want",
     "could i pick up"),
)  # fmt: skip
AFTER: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("s'il vous plaît", "merci bien", "si vous en avez", "c'est pour offrir",
     "pour ce week end", "c'est possible", "voilà", "s'il te plaît", "si c'est en stock",
     "merci d'avance", "ce serait parfait", "pour ma grand mère", "c'est tout",
     "enfin je crois"),
    ("please", "thanks", "if you've got it", "for the weekend", "when you get a chance",
     "that's all", "for a gift", "if it's in stock", "thank you so much", "for my mom",
     "i think", "real quick"),
)  # fmt: skip
HESITATIONS: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("euh", "heu", "bah", "ben", "attends", "comment dire", "voyons voir", "enfin"),
    ("uh", "um", "er", "hmm", "let me see", "like", "you know", "what's it called"),
)
# The forms a noise can take, with how often it is drawn when it can apply.
WEIGHTS = {
    "carrier": 5.0, "hesitation": 1.5, "brand_after": 2.0, "maker_dropped": 1.5,
    "size_first": 1.0, "other_name": 2.0, "number_words": 3.0, "unit_words": 2.0,
    "homophone": 2.0, "split": 1.5, "merged": 1.0, "brand_heard": 2.0, "spelled": 1.5,
    "accents_lost": 1.0,
}  # fmt: skip
NOISES = frozenset(WEIGHTS)
# How many kinds of noise a query carries: none for about a third, fewer the more.
HOW_MANY = ((0, 0.34), (1, 0.34), (2, 0.21), (3, 0.11))


def spoken(text: str) -> str:
    """A written name as a recogniser gives it back: lower case, no punctuation but the
    apostrophes and the decimal marks, « & » said."""
    text = text.lower().replace("&", "and")
    text = re.sub(r"(?<!\d)[.,]|[.,](?!\d)|[()|]", " ", text)
    return " ".join(text.replace("-", " ").split())


def _pieces(intent: Intent, trade: Trade, lang: int, rng: random.Random, forms: set[str]) -> Pieces:
    """The intent in the feed's own words, in the order a shopper puts them."""
    said: Pieces = []
    if intent.maker:
        maker = next((m for m in trade.makers if m.name == intent.maker), None)
        heard = "brand_heard" in forms and maker is not None
        name = rng.choice(maker.heard[lang]) if heard and maker else intent.maker
        said.append(("maker", spoken(name)))
    if intent.free:
        return [*said, ("ware", spoken(intent.free))]
    assert intent.ware is not None
    ware = trade.ware(intent.ware)
    noun = rng.choice(ware.others[lang]) if "other_name" in forms else ware.noun[lang]
    value = ware.values[intent.value][lang] if intent.value is not None else ""
    if value and "number_words" in forms:
        value = re.sub(r"\+", " plus", value)
        value = re.sub(r"\d+", lambda m: amount_words(m.group(), lang, rng), value)
    words = [("value", spoken(value)), ("ware", spoken(noun))]
    if not (lang == 1 and ware.value_first_en):
        words.reverse()
    said += [w for w in words if w[1]]
    if intent.size is not None:
        label = ware.sizes[intent.size][lang]
        numbers, units = "number_words" in forms, "unit_words" in forms
        size = say_size(label, ware.counted[lang], lang, rng, numbers=numbers, units=units)
        said.append(("size", spoken(size)))
    return said


def _applies(intent: Intent, trade: Trade, lang: int) -> list[str]:
    """The kinds of noise that can change how this intent is said."""
    plain = _pieces(intent, trade, lang, random.Random(0), set())
    can = ["carrier", "hesitation"]
    can += [form for form, slip in _SLIPS.items() if slip(plain, lang, random.Random(0))]
    if intent.maker:
        can.append("brand_after")
        if intent.maker in {m.name for m in trade.makers}:
            can.append("brand_heard")
        if intent.kind == "exact" and intent.unique_without_maker:
            can.append("maker_dropped")
    if intent.ware is not None and not intent.free:
        can.append("other_name")
        ware = trade.ware(intent.ware)
        if intent.size is not None:
            can += ["number_words", "unit_words"]
            if not ware.counted[lang]:
                can.append("size_first")
        elif intent.value is not None and re.search(r"\d", ware.values[intent.value][lang]):
            can.append("number_words")
    return can


def _reorder(pieces: Pieces, form: str, lang: int, rng: random.Random) -> Pieces:
    maker = [p for p in pieces if p[0] == "maker"]
    rest = [p for p in pieces if p[0] != "maker"]
    if form == "maker_dropped":
        return rest
    if form == "brand_after":
        ware = next(i for i, p in enumerate(rest) if p[0] == "ware")
        at = rng.choice(sorted({ware + 1, len(rest)}))
        return rest[:at] + maker + rest[at:]
    size = [p for p in rest if p[0] == "size"]
    rest = [p for p in rest if p[0] != "size"]
    if lang == 1:
        return [*size, ("phrase", "of"), *maker, *rest]
    if re.match(r"[aeiouyhéèê]", rest[0][1]):
        return [*size, ("phrase", f"d'{rest[0][1]}"), *rest[1:], *maker]
    return [*size, ("phrase", "de"), *rest, *maker]


_SLIPS: dict[str, Callable[[Pieces, int, random.Random], Pieces | None]] = {
    "homophone": ear.homophone, "split": ear.split, "merged": ear.merged,
    "spelled": ear.spelled, "accents_lost": ear.accents_lost,
}  # fmt: skip


def _phrase(pieces: Pieces, form: str, lang: int, rng: random.Random) -> Pieces:
    if form == "hesitation":
        at = rng.randrange(len(pieces) + 1)
        return [*pieces[:at], ("phrase", rng.choice(HESITATIONS[lang])), *pieces[at:]]
    where = rng.choice(("before", "before", "after", "both"))
    before = [("phrase", rng.choice(BEFORE[lang]))] if where != "after" else []
    after = [("phrase", rng.choice(AFTER[lang]))] if where != "before" else []
    if before and before[0][1].endswith(" de") and re.match(r"[aeiouyhéè]", pieces[0][1]):
        before = [("phrase", before[0][1][:-1] + "'" + pieces[0][1])]
        pieces = pieces[1:]
    return [*before, *pieces, *after]


# Forms that cannot go together (a maker left out is neither moved nor misheard).
_APART = ({"maker_dropped", "brand_after"}, {"maker_dropped", "brand_heard"},
          {"brand_after", "size_first"})  # fmt: skip


def _draw(can: list[str], wanted: int, rng: random.Random) -> list[str]:
    forms: list[str] = []
    while len(forms) < wanted:
        left = [f for f in can if f not in forms and not any({f, *forms} >= a for a in _APART)]
        if not left:
            break
        forms.append(rng.choices(left, [WEIGHTS[f] for f in left])[0])
    return forms


def say(intent: Intent, trade: Trade, lang: int, rng: random.Random) -> tuple[str, tuple[str, ...]]:
    """The query's text and the noise tags it carries."""
    wanted = rng.choices([n for n, _ in HOW_MANY], [share for _, share in HOW_MANY])[0]
    forms = _draw(_applies(intent, trade, lang), wanted, rng)
    pieces = _pieces(intent, trade, lang, rng, set(forms))
    done = [f for f in forms if f in ("brand_heard", "other_name", "number_words", "unit_words")]
    for form in ("maker_dropped", "brand_after", "size_first"):
        if form in forms:
            pieces = _reorder(pieces, form, lang, rng)
            done.append(form)
    slips = [f for f in forms if f in _SLIPS]
    spare = [f for f in _SLIPS if f not in slips]
    rng.shuffle(spare)
    while slips:  # a slip with nothing to work on gives way to another that has
        form = slips.pop(0)
        changed = _SLIPS[form](pieces, lang, rng)
        if changed is not None and changed != pieces:
            pieces, done = changed, [*done, form]
        elif spare:
            slips.append(spare.pop())
    for form in ("carrier", "hesitation"):
        if form in forms:
            pieces, done = _phrase(pieces, form, lang, rng), [*done, form]
    text = " ".join(" ".join(text.split()) for _, text in pieces if text.strip())
    if "accents_lost" in done:  # the phrases around lose theirs too
        text = ear.bare(text)
    return text, tuple(sorted(done))
