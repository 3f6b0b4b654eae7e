"""Corrections: "that's wrong", « c'est pas ça », "no, I said the spray", « non, j'ai dit encre ».

The shopper says the skill misheard. What was just done on the misunderstanding is undone (the
product just added comes out of the cart again, as many as were added), then what they meant,
when they say it, is taken as the request they were making: the product added, asked about or
chosen; the stain or the fabric of a guide. Said without what they meant, the question they
were answering is asked again. A correction never orders: an order waiting for its yes is set
aside, nothing charged."""

from __future__ import annotations

from catalog import cart
from skill.flows import (
    cart_quantity,
    checkout,
    guide_material,
    guides,
    product_answers,
    products,
)
from skill.flows.common import again, heard, what_next
from skill.flows.quantity_words import bare_number
from skill.questions import (
    CartNext,
    ConfirmOrder,
    ConfirmProduct,
    GuideChoice,
    MaterialChoice,
    ProductChoice,
    Question,
    WhatNext,
    WhichProduct,
)
from skill.turn import Reply, Slot, Slots, Turn


def _meant(slots: Slots) -> Slot | None:
    """What the shopper says they said, when they say it (not a bare pronoun)."""
    slot = slots.get("product", Slot())
    return slot if heard(slot.text) else None


def _sorry(turn: Turn) -> str:
    return turn.say("wrong_sorry")


def wrong(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """A correction with no question of its own: what they meant is a guide's stain or fabric
    while a guide is followed, else a product to hear about; said alone, the question again."""
    meant = _meant(slots)
    if meant is not None:
        if guides.active_guide(turn) is not None:
            return _guide_meant(turn, question, meant)
        return products.with_product(turn, meant, "info", 1)
    if question is None or isinstance(question, WhatNext):
        return what_next(turn, _sorry(turn))
    return again(turn, question, _sorry(turn))


def added_wrong(turn: Turn, question: CartNext, slots: Slots) -> Reply:
    """Right after a product was added: the ones added come out again, then what they meant is
    added (one, or what the request says), or they are asked which product they wanted."""
    product = turn.catalog.get(question.product) if question.product else None
    held = next(
        (line["qty"] for line in turn.state.cart if product and line["id"] == product.id), 0
    )
    if product is None or question.count <= 0 or held == 0:
        return wrong(turn, question, slots)
    meant = _meant(slots)
    number = bare_number(slots.get("product", Slot()).text or "", turn.locale)
    if number is not None and 0 < number <= cart.MAX_QUANTITY:
        # "add two stain sticks" → "no, I said three": three of them, not a product "three".
        return cart_quantity.set_lines(turn, [product], held - question.count + number)
    left = held - question.count
    if left > 0:
        turn.state.cart = cart.set_quantity(turn.state.cart, product, left)
    else:
        turn.state.cart = cart.remove(turn.state.cart, product.id)
    lead = turn.say("wrong_taken_out", product=turn.product_name(product))
    if meant is not None:
        return products.with_product(turn, meant, "add", 1).led_by(lead)
    return _which_then(turn, "add", lead, turn.say("wrong_which"))


def _which_then(turn: Turn, action: str, *parts: str) -> Reply:
    return turn.ask(
        *(parts or (turn.say("product_which_then"),)),
        question=WhichProduct(action),
        reprompt=turn.say("reprompt_product_which"),
    )


def product_wrong(turn: Turn, question: ConfirmProduct | ProductChoice, slots: Slots) -> Reply:
    """ "Do you mean X?" / "which one, A or B?" → "no, I said Y": Y, for what was asked (added,
    bought, described); said alone, which product then."""
    meant = _meant(slots)
    if meant is not None:
        return products.with_product(turn, meant, question.action, question.qty)
    return _which_then(turn, question.action)


def which_wrong(turn: Turn, question: WhichProduct, slots: Slots) -> Reply:
    """ "Which product?" → "no, I said Y": Y, as if named."""
    if _meant(slots) is None:
        return again(turn, question, _sorry(turn))
    return product_answers.named(turn, question, slots)


def guide_wrong(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """A guide's step, its fabric or stain question → "no, I said ink" / « non, sur de la soie »:
    the guide or fabric meant; said alone, which stain (on a step) or the question again."""
    meant = _meant(slots)
    if meant is not None:
        return _guide_meant(turn, question, meant)
    if isinstance(question, (GuideChoice, MaterialChoice)):
        return again(turn, question, _sorry(turn))
    return what_next(turn, _sorry(turn), key="guide_which")


def _guide_meant(turn: Turn, question: Question | None, meant: Slot) -> Reply:
    """The stain meant, when a guide has it; else the fabric meant, for the guide followed or
    asked about; else what the guides make of the words (near ones suggested)."""
    found = turn.services.find_guide(turn.locale, meant)
    if found.guide_id is None and turn.services.find_material(turn.locale, meant.text or ""):
        if isinstance(question, MaterialChoice):
            return guide_material.material_given(turn, question, {"material": meant})
        if guides.active_guide(turn) is not None:
            return guide_material.material_unasked(turn, question, {"material": meant})
    return guides.get_guide(turn, None, {"topic": meant})


def order_wrong(turn: Turn, question: ConfirmOrder, slots: Slots) -> Reply:
    """ "That's wrong" to an order's summary: set aside, nothing charged, the cart kept to mend;
    "no, I said the spray": that product described, the order set aside as any request does."""
    meant = _meant(slots)
    if meant is None:
        return checkout.refused(turn, question, slots)
    return products.with_product(turn, meant, "info", 1).led_by(turn.say(question.set_aside))
