"""A charity named while the skill asks about a product: "which product?" answered « la
Croix-Rouge ». The shopper wants to give, not to buy a product of that name: the product
question is set aside in a word, and the gift goes on as "donate to the Red Cross" would.

Only a name the charity matcher is sure of, that no product of the catalog answers to, counts:
a product's name always stays a product.
"""

from __future__ import annotations

from skill.questions import (
    AddProduct,
    ConfirmProduct,
    ProductChoice,
    Quantity,
    Question,
    Sibling,
    WhichLine,
    WhichProduct,
)
from skill.turn import Reply, Slot, Slots, Turn

PRODUCT_QUESTIONS = (WhichProduct, ProductChoice, ConfirmProduct, Quantity, AddProduct, Sibling)
"""Questions about a product: a gift said instead sets the product aside in a word."""


def charity_named(turn: Turn, slot: Slot) -> str | None:
    """The charity ``slot`` names, when it names one and no product."""
    from skill.flows import donations

    if slot.empty:
        return None
    charity_id = donations.find_charity(turn, slot)
    if charity_id is None:
        return None
    if turn.services.resolve_product(turn.locale, slot).status == "match":
        return None
    return charity_id


def instead(turn: Turn, question: Question | None, slot: Slot) -> Reply | None:
    """The gift to the charity ``slot`` names, instead of the answer to ``question``; None
    when it names none (the answer is the question's)."""
    charity_id = charity_named(turn, slot)
    if charity_id is None:
        return None
    return donate_instead(turn, question, {"charity": Slot(slot.text, charity_id)})


def donate_instead(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """DonateIntent while a product question is pending: the question set aside, then the gift."""
    from skill.flows import donations

    reply = donations.donate(turn, None, slots)
    if isinstance(question, WhichLine):
        return reply.led_by(turn.say(question.unchanged))
    if isinstance(question, PRODUCT_QUESTIONS):
        return reply.led_by(turn.say("product_set_aside"))
    return reply


def chosen(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """A bare name no pending question answers (ChooseIntent): a charity's is a gift, the
    pending question (``turn.question``: this route is called without it) set aside in a word;
    any other name is a product asked about."""
    from skill.flows import products

    choice = slots.get("choice", Slot())
    gift = instead(turn, turn.question, choice)
    if gift is not None:
        return gift
    return products.info(turn, question, {"product": choice})


def charity_changed(turn: Turn, question: Question | None, slots: Slots) -> Reply | None:
    """While a gift is set up, another request that names a charity ("actually the red cross",
    heard as a stain or a product): the same gift to that charity, its amount kept. None when
    no charity is named (the request is answered, the gift set aside)."""
    from skill.flows import donations

    for name in ("topic", "product", "choice"):
        slot = slots.get(name, Slot())
        charity_id = charity_named(turn, slot)
        if charity_id is not None:
            return donations.donate(turn, question, {"charity": Slot(slot.text, charity_id)})
    return None
