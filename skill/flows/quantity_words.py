"""How many, said in words a number slot does not take: "a couple of ox gall soaps", "half a
dozen sticks", « une demi-douzaine de savons », "a few sprays", "a thousand sticks" (more than
the cart takes, which is said, never one added instead).

Alexa's number slot takes "two" and « deux », not "a couple of": the words stay in the product
slot, where the resolver reads past them, and one product went to the cart when the shopper
asked for two or six. This reads them back as the quantity, and a vague amount ("a few",
« quelques ») as a quantity that is not a number, which asks how many.

The words may be the product's own ("a dozen eggs" for a box of 12, a "Couple Rings" set): when
the product the whole request names says that number or that word, the words stay its name.
"""

from __future__ import annotations

import re

from catalog import cart
from catalog.folding import strip_accents
from catalog.normalise import normalise
from skill.turn import Slot, Slots, Turn

VAGUE = "?"
"""The quantity slot's text for a vague amount: no whole number, so "how many?" is asked."""

_PHRASES: dict[str, tuple[tuple[str, int | None], ...]] = {
    "en": (
        ("half a dozen", 6),
        ("half dozen", 6),
        ("couple of", 2),
        ("couple", 2),
        ("dozen", 12),
        ("hundred", 100),
        ("thousand", 1000),
        ("few", None),
        ("several", None),
    ),
    "fr": (
        ("demi douzaine de", 6),
        ("demi douzaine d", 6),
        ("demi douzaine", 6),
        ("douzaine de", 12),
        ("douzaine d", 12),
        ("douzaine", 12),
        ("centaine de", 100),
        ("centaine d", 100),
        ("centaine", 100),
        ("millier de", 1000),
        ("millier d", 1000),
        ("mille", 1000),
        ("quelques", None),
        ("plusieurs", None),
    ),
}
"""Per language, the words that say how many before a name, without their article."""

_ARTICLES = {"en": {"a", "an"}, "fr": {"une", "un"}}
_LINKS = {"a", "of", "de", "d", "half", "demi"}
_OF = {"en": frozenset({"of"}), "fr": frozenset({"de", "d", "des"})}
_THOSE = {"en": frozenset({"the", "those", "these", "your"}), "fr": frozenset({"ces", "vos"})}
"""Words of a phrase that say nothing of their own: a title that has them is not named by them."""
_SPLIT = re.compile(r"[\s\-'’]+")


def read(turn: Turn, slots: Slots) -> Slots:
    """``slots`` with a quantity said in words moved from the product slot to the quantity
    slot; unchanged when the quantity slot holds a number other than one (one may be the
    article the recogniser took as a number: « ajoute une demi-douzaine de … »)."""
    product = slots.get("product", Slot())
    said = slots.get("quantity", Slot()).text
    if not product.text or (said and said.strip() not in {"1", "un", "une", "a", "one"}):
        return slots
    lang = turn.locale[:2]
    words = [w for w in _SPLIT.split(product.text.strip()) if w]
    folded = [strip_accents(w.lower()) for w in words]
    start = 1 if folded[:1] and folded[0] in _ARTICLES.get(lang, set()) else 0
    for phrase, count in _PHRASES.get(lang, ()):
        size = len(phrase.split())
        if folded[start : start + size] != phrase.split():
            continue
        if _names_the_product(turn, product, phrase, count):
            return slots
        rest = Slot(" ".join(words[start + size :]))
        return {**slots, "product": rest, "quantity": Slot(str(count) if count else VAGUE)}
    of = _OF.get(lang, frozenset())
    if len(words) > start + 2 and folded[start + 1] in of:
        # "two of the pocket stain sticks", "three of those": how many, then the product
        counted = bare_number(words[start], turn.locale)
        after = start + 2 if folded[start + 2] not in _THOSE.get(lang, frozenset()) else start + 3
        if counted is not None and 0 < counted <= cart.MAX_QUANTITY and after < len(words):
            rest = Slot(" ".join(words[after:]))
            return {**slots, "product": rest, "quantity": Slot(str(counted))}
    number = bare_number(" ".join(words[start:]), turn.locale)
    if number is not None and number <= cart.MAX_QUANTITY:
        # "add twenty": how many, never the product whose size or description holds that
        # number ("twenty blotting sheets"); which one is asked.
        return {**slots, "product": Slot(), "quantity": Slot(str(number))}
    return slots


def _names_the_product(turn: Turn, product: Slot, phrase: str, count: int | None) -> bool:
    """The whole request names a product whose title says ``count`` or a word of ``phrase``:
    the words are part of its name, not how many."""
    resolution = turn.services.resolve_product(turn.locale, product)
    if resolution.status != "match":
        return False
    title = {strip_accents(w.lower()) for w in _SPLIT.split(resolution.candidates[0].product.title)}
    said = (set(phrase.split()) - _LINKS) | ({str(count)} if count else set())
    return bool(title & said)


def bare_number(text: str, locale: str) -> int | None:
    """The whole number ``text`` is and nothing else ("twenty", « trois », "12"), or None."""
    said = normalise(text, locale, query=False).strip()
    return int(said) if said.isascii() and said.isdigit() else None
