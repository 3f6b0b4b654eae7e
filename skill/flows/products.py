"""Products by voice: what the shopper says becomes the right product, or a short question.

The resolver answers a match, a question between two or three real options ("which size, 250
or 500 ml?"), a single candidate to confirm ("do you mean X?"), or nothing. Only products in
stock go to the cart; an out-of-stock product is described with an in-stock sibling offered.

This module holds the intents that name a product and the resolution's questions; acting on the
product is :mod:`skill.flows.product_actions`, the answers to the questions
:mod:`skill.flows.product_answers`.
"""

from __future__ import annotations

import re
from itertools import chain
from typing import TYPE_CHECKING

from catalog import cart
from catalog.folding import language, strip_accents
from catalog.model import Product
from skill import metrics
from skill.flows import checkout, quantity_words
from skill.flows.cart_flow import quantity
from skill.flows.common import follow_up, heard
from skill.flows.product_actions import act, described, how_many
from skill.interaction_model import normalise
from skill.metrics import Metric
from skill.questions import (
    ConfirmProduct,
    ProductChoice,
    Question,
    WhichProduct,
)
from skill.turn import Reply, Slot, Slots, Turn

if TYPE_CHECKING:
    from catalog.resolver import Resolution

# --- intents ------------------------------------------------------------------------------------


_PRONOUNS = {
    "fr": frozenset({"le", "la", "les", "ca", "celui ci", "celui la", "celle ci", "celle la",
                     "un autre", "une autre", "le meme", "la meme", "encore un", "encore une"}),
    "en": frozenset({"it", "that", "this", "this one", "that one", "them", "those", "these",
                     "another", "another one", "one more", "the same", "the same one"}),
}  # fmt: skip


def unnamed(turn: Turn, slot: Slot) -> bool:
    """No product named: nothing said, or a pronoun with nothing before it to stand for ("is
    it in stock?" with no product just named asks which, never "I didn't find "it"")."""
    if slot.empty:
        return True
    said = strip_accents(normalise(slot.text or ""))
    number = quantity_words.bare_number(said, turn.locale) if slot.entity_id is None else None
    if number is not None and number <= cart.MAX_QUANTITY:
        return True  # "how much is twenty": a number, no product
    return slot.entity_id is None and said in _PRONOUNS.get(language(turn.locale), frozenset())


def info(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "Tell me about X"; with no product named, ask which (never "I did not find « »")."""
    slot = slots.get("product", Slot())
    if unnamed(turn, slot):
        focus = in_focus(turn)
        return described(turn, focus) if focus is not None else which(turn, "info")
    return with_product(turn, slot, "info", 1)


def in_focus(turn: Turn) -> Product | None:
    """The product the pending question is about ("how much is it?" right after an add)."""
    question = turn.question
    product_id = getattr(question, "product", "") or getattr(question, "added", "")
    return turn.catalog.get(product_id) if isinstance(product_id, str) and product_id else None


def add(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    return cart_intent(turn, slots, "add")


def buy(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    return cart_intent(turn, slots, "buy")


def cart_intent(turn: Turn, slots: Slots, action: str) -> Reply:
    slots = quantity_words.read(turn, slots)
    count = quantity(slots.get("quantity", Slot()))
    slot = slots.get("product", Slot())
    if count is None:
        product = resolved(turn, slot) if not slot.empty else None
        vague = slots.get("quantity", Slot()).text == quantity_words.VAGUE
        return how_many(turn, product, action, vague)
    if unnamed(turn, slot):
        focus = in_focus(turn)
        if action == "add" and focus is not None:  # "add it" after "no thanks": it after all
            return act(turn, focus, action, count)
        if action == "buy" and turn.state.cart:
            return checkout.summary(turn)
        return which(turn, action, count)
    return with_product(turn, slot, action, count)


def which(turn: Turn, action: str, count: int = 0) -> Reply:
    """Which product: ``count`` said already ("add twenty") is kept for the answer."""
    return turn.ask(
        turn.say("product_which"),
        question=WhichProduct(action, count if count > 1 else 0),
        reprompt=turn.say("reprompt_product_which"),
    )


def resolved(turn: Turn, slot: Slot) -> Product | None:
    """The product named, when the resolver is sure of it."""
    resolution = turn.services.resolve_product(turn.locale, slot)
    return resolution.candidates[0].product if resolution.status == "match" else None


RESOLUTION_METRICS = {
    "match": Metric.RESOLVED_MATCH,
    "ambiguous": Metric.RESOLVED_QUESTION,
    "none": Metric.RESOLVED_NONE,
}


def with_product(turn: Turn, slot: Slot, action: str, count: int) -> Reply:
    from skill.flows import other_size  # "the bigger one": the product in focus, resized

    resized = other_size.other_size(turn, slot, action, count)
    if resized is not None:
        return resized
    resolution = turn.services.resolve_product(turn.locale, slot)
    metrics.count(RESOLUTION_METRICS.get(resolution.status, Metric.RESOLVED_NONE))
    if action in ("add", "buy"):
        from skill.flows import several_products

        named = resolution.candidates[0].product if resolution.status == "match" else None
        together = several_products.added_together(turn, slot, count, named, action)
        if together is not None:
            return together
    if resolution.status == "match":
        return act(turn, resolution.candidates[0].product, action, count)
    if resolution.confirm is not None:
        return _confirm(turn, resolution.confirm, action, count)
    if resolution.status == "ambiguous" and len(resolution.candidates) > 1:
        return _ask_which(turn, resolution, action, count)
    return _not_found(turn, slot)


def _confirm(turn: Turn, product: Product, action: str, count: int) -> Reply:
    name = turn.product_name(product)
    return turn.ask(
        turn.say("confirm_product", product=name),
        question=ConfirmProduct(product.id, action, count),
        reprompt=turn.say("confirm_product_reprompt", product=name),
    )


def _ask_which(turn: Turn, resolution: Resolution, action: str, count: int) -> Reply:
    options = tuple(c.product.id for c in resolution.candidates)
    axis_key = f"axis_{resolution.axis}"
    if resolution.axis and resolution.options and len(resolution.options) > 1:
        values = turn.speaker.either(list(resolution.options))
        axis = turn.say(axis_key) if axis_key in turn.speaker.prompts else resolution.axis
        speech = turn.say("which_variant", axis=axis, options=values)
        reprompt = turn.say("reprompt_which_variant", axis=axis, options=values)
    else:
        names = [turn.product_name(c.product) for c in resolution.candidates[:3]]
        speech = reprompt = turn.say("which_product", options=turn.speaker.either(names))
    return turn.ask(
        speech,
        question=ProductChoice(options, resolution.axis, action, count),
        reprompt=reprompt,
    )


MAX_SENTENCE_FOR_A_STAIN = 8
"""Words of a request no product answers, short enough that a stain it names is what it asks."""
BROWSE_PAGE = 3
"""Products named at a time when browsing."""


def browse(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "What do you sell?": how many products, a few of them, and which one to hear about."""
    shown = featured(turn, BROWSE_PAGE)
    if not shown:
        return follow_up(turn, turn.say("browse_nothing"))
    if len(shown) == 1:
        return described(turn, shown[0])
    names = [turn.product_name(p) for p in shown]
    return turn.ask(
        turn.say("browse", count=len(turn.catalog), examples=turn.speaker.both(names)),
        question=ProductChoice(tuple(p.id for p in shown), action="info", shown=len(shown)),
        reprompt=turn.say("reprompt_product_which"),
    )


def browse_on(turn: Turn, question: ProductChoice, slots: Slots) -> Reply:
    """ "More", « quoi d'autre ? » after products were named: the next few; at the end, that
    there are no others. Not browsing, "next" goes on with the guide."""
    if not question.shown:
        from skill.flows import guides

        return guides.next_step(turn, question, slots)
    listed = featured(turn, question.shown + BROWSE_PAGE)
    page = listed[question.shown :]
    if not page:
        return turn.ask(
            turn.say("browse_no_more"),
            question=question,
            reprompt=turn.say("reprompt_product_which"),
        )
    if len(page) == 1:
        return described(turn, page[0])
    names = [turn.product_name(p) for p in page]
    return turn.ask(
        turn.say("browse_more", examples=turn.speaker.both(names)),
        question=ProductChoice(tuple(p.id for p in page), action="info", shown=len(listed)),
        reprompt=turn.say("reprompt_product_which"),
    )


def featured(turn: Turn, count: int) -> list[Product]:
    """Products to name as examples, in stock: those the guides offer first (the merchant chose
    them to sell), then the catalog's in its order. Lazy: a catalog may be huge."""
    catalog = turn.catalog
    offered = (catalog.get(g.offer.product) for g in turn.content.guides.values() if g.offer)
    chosen: dict[str, Product] = {}
    for product in chain(offered, catalog.products):
        if product is not None and product.in_stock:
            chosen.setdefault(product.id, product)
            if len(chosen) == count:
                break
    return list(chosen.values())


def _not_found(turn: Turn, slot: Slot) -> Reply:
    """No product by those words; while a guide is followed, a short sentence that names one
    stain whole ("I got coffee on it too") is that stain's guide (not with no guide: "a lawn
    mower" is no grass stain)."""
    text = slot.text or ""
    if turn.guide_in_progress and 1 < len(text.split()) <= MAX_SENTENCE_FOR_A_STAIN:
        stain = turn.services.guide_within(turn.locale, text)
        if stain is not None:
            from skill.flows.guides import start

            return start(turn, turn.content.guides[stain], None)
    purpose = for_a_stain(turn, text)
    if purpose is not None:
        from skill.flows.guides import get_guide

        return get_guide(turn, None, {"topic": purpose})
    examples = [turn.product_name(p) for p in featured(turn, 2)]
    said = heard(slot.text)
    lead = (
        turn.say("product_not_found", query=said) if said else turn.say("product_not_found_unsaid")
    )
    return turn.ask(
        lead,
        turn.say("product_examples", examples=turn.speaker.either(examples)),
        question=WhichProduct("info"),
        reprompt=turn.say("reprompt_product_which"),
    )


_FOR = {"fr": re.compile(r"\b(?:pour|contre)\s+(.+)$"), "en": re.compile(r"\bfor\s+(.+)$")}


def for_a_stain(turn: Turn, text: str) -> Slot | None:
    """ "Un détachant pour le vin", "something for grass stains": no product by those words, but
    what it is for names a stain, whose method answers first (its offer comes at its step).
    None when the words after "for" / « pour » name no stain ("soap for my hands")."""
    found = _FOR[language(turn.locale)].search(strip_accents(normalise(text)))
    if found is None:
        return None
    purpose = Slot(found.group(1))
    match = turn.services.find_guide(turn.locale, purpose)
    sure = match.guide_id is not None or (match.close and bool(match.alternatives))
    return purpose if sure else None
