"""Several products asked for in one breath: "add the lavender soap and two pocket sticks",
« ajoute le savon à la lavande et deux sticks ». Alexa fills one product slot with all of it;
when that names no product whole, each part that the resolver is sure of is added, or none is
(one unsure part: the one-product answer, a question or "not found", as before)."""

from __future__ import annotations

import re
from itertools import pairwise

from catalog import cart
from catalog.folding import language, strip_accents
from catalog.lexicon import function_word
from catalog.model import Product
from catalog.number_words import NUMBERS, lang_table
from skill.flows.cart_flow import next_after_change
from skill.flows.cart_speech import totals
from skill.flows.common import heard
from skill.interaction_model import normalise
from skill.turn import Reply, Slot, Turn

MAX_PARTS = 4
_AND = {"fr": r"\s+(?:et|plus)\s+", "en": r"\s+(?:and|plus)\s+"}
_ONE = frozenset({"a", "an", "the", "some", "un", "une", "le", "la", "les", "l", "du", "de", "des"})


def added_together(
    turn: Turn, slot: Slot, count: int, whole: Product | None = None, action: str = "add"
) -> Reply | None:
    """Each part of ``slot`` added with its own number (``count`` for the first when it says
    none), and one unsure part asked about after ("which spray?"); None when two parts are
    unsure, none is sure, the cart refuses one, or when
    the words said whole name a product whose name has the "and" ("Wool and Silk Stain
    Remover"). A whole that names one product otherwise leaves the rest unheard ("two ox gall
    soaps and a rust remover" was the soaps alone), so the parts come first."""
    lang = language(turn.locale)
    pattern = _AND.get(lang, _AND["en"])
    said = normalise(slot.text or "")
    parts = [piece for part in re.split(pattern, said) for piece in _listed(turn, part, lang)]
    if not 1 < len(parts) <= MAX_PARTS:
        return None
    if whole is not None and re.search(pattern, f" {strip_accents(normalise(whole.title))} "):
        return None
    wanted: list[tuple[Product, int]] = []
    unsure: list[tuple[str, int]] = []
    for number, part in enumerate(parts):
        many, rest = _leading_count(part, lang)
        if not rest:
            return None
        many = many or (count if number == 0 else 1)
        resolution = turn.services.resolve_product(turn.locale, Slot(rest))
        if resolution.status == "match":
            wanted.append((resolution.candidates[0].product, many))
        else:
            unsure.append((rest, many))
    if len({product.id for product, _ in wanted}) < len(wanted) or not wanted:
        return None
    lines = turn.state.cart
    try:
        for product, many in wanted:
            lines = cart.add(lines, product, many)
    except cart.CartError:
        return None  # a refusal is said by the one-product answer
    turn.state.cart = lines
    said_back = [
        turn.say("added", product=turn.product_name(product), quantity=many)
        for product, many in wanted
    ]
    if unsure:  # "the spray and the ox gall soap": the soap added, which spray asked
        from skill.flows.products import with_product

        rest, many = unsure[0]
        later = [name for name in (heard(part) for part, _ in unsure[1:]) if name]
        if len(unsure) > 1:  # never dropped without a word: what is not added yet is named
            said_back.append(
                turn.say("several_not_added", names=turn.speaker.both(later))
                if later
                else turn.say("several_not_added_unsaid")
            )
        return with_product(turn, Slot(rest), action, many).led_by(*said_back)
    if action == "buy":  # "buy a stain stick and an ink remover": the summary of both
        from skill.flows import checkout

        return checkout.summary(turn, lead=turn.speaker.join(*said_back))
    priced = totals(turn)
    return next_after_change(
        turn, *said_back, turn.say("cart_count", items=priced.items, total=priced.subtotal)
    )


def _leading_count(part: str, lang: str) -> tuple[int, str]:
    """ "two pocket sticks" → (2, "pocket sticks"); "the soap" → (0, "soap"): 0 when no number
    is said (an article is no count)."""
    words = part.split()
    if not words:
        return 0, ""
    first = strip_accents(words[0])
    numbers = lang_table(NUMBERS, lang)
    if first.isdigit() and 0 < int(first) <= cart.MAX_QUANTITY:
        return int(first), " ".join(words[1:])
    if first in numbers and 0 < numbers[first] <= cart.MAX_QUANTITY and first not in _ONE:
        return numbers[first], " ".join(words[1:])
    if first in _ONE:
        return 0, " ".join(words[1:])
    return 0, part


_LISTED = {"fr": frozenset({"un", "une", "le", "la", "les"}), "en": frozenset({"a", "an", "the"})}
"""Articles that open the next product of a list said without "and" ("an oxygen spray a stain
stick and the ink remover"): the recogniser writes no comma."""


def _listed(turn: Turn, part: str, lang: str) -> list[str]:
    """``part`` cut before an article inside it ("oxygen spray a stain stick"): when every piece
    names a product surely, or, the words naming none whole, all pieces but one; else ``part``
    as said."""
    words = part.split()
    cuts = [
        at
        for at, word in enumerate(words)
        if at
        and word in _LISTED.get(lang, frozenset())
        and not function_word(strip_accents(words[at - 1]), lang)  # « au fiel à la lavande »
    ]
    if not cuts:
        return [part]
    bounds = [0, *cuts, len(words)]
    pieces = [" ".join(words[a:b]) for a, b in pairwise(bounds)]
    sure = sum(
        turn.services.resolve_product(turn.locale, Slot(_leading_count(piece, lang)[1])).status
        == "match"
        for piece in pieces
    )
    if sure == len(pieces):
        return pieces
    whole = turn.services.resolve_product(turn.locale, Slot(part)).status == "match"
    return pieces if not whole and sure >= max(1, len(pieces) - 1) else [part]
