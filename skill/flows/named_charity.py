"""A charity named while the skill asks about a product: "which product?" answered « la
Croix-Rouge ». The shopper wants to give, not to buy a product of that name: the product
question is set aside in a word, and the gift goes on as "donate to the Red Cross" would.

Only a name the charity matcher is sure of, that no product of the catalog answers to, counts:
a product's name always stays a product. The other way round, words Alexa heard as a gift's
charity (« à la lavande » after the ox gall soap is added: "à la {charity}" is a DonateIntent
sample) with no gift under way, no amount, and no charity named closely are a product's when
the catalog has them (its scent): answered as the name said alone would be (``not_a_charity``).
"""

from __future__ import annotations

from skill.questions import (
    AddProduct,
    ConfirmProduct,
    DonationAmount,
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


def not_a_charity(turn: Turn, slots: Slots) -> Slot | None:
    """The words of a DonateIntent that name no charity but a product (« à la lavande », « au
    citron » after a product: a scent), when no gift is under way and no amount is said; None
    otherwise: a charity is read from "à la", "au" only while a gift is set up or when the
    words name one closely. An unknown name that is no product either stays a charity nobody
    supports ("donate to oxfam")."""
    from skill.flows import donations

    if isinstance(turn.question, donations.GIFT_QUESTIONS):
        return None
    if any(not slots.get(name, Slot()).empty for name in ("amount", "currency", "cents")):
        return None
    slot = slots.get("charity", Slot())
    if slot.empty or slot.entity_id or donations.find_charity(turn, slot) is not None:
        return None
    if turn.services.resolve_product(turn.locale, slot).status == "none":
        return None
    return slot


def as_a_name(turn: Turn, question: Question | None, slot: Slot) -> Reply:
    """``slot`` answered as the name said alone (ChooseIntent) is while ``question`` waits: its
    answer to "which product?", "which scent?", "which one should I remove?"; with no such
    question, the product described and offered."""
    from skill.routes import ROUTES, handler

    key = (type(question), "ChooseIntent")
    if question is not None and key in ROUTES:
        reply = handler(ROUTES[key])(turn, question, {"choice": slot})
        if reply is not None:
            return reply
    return chosen(turn, None, {"choice": slot})  # the name alone, no question answered


def donate_instead(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """DonateIntent while a product question is pending: the question set aside, then the gift;
    words that name a product and no charity answer the question (:func:`not_a_charity`)."""
    from skill.flows import donations

    name = not_a_charity(turn, slots)
    if name is not None:
        return as_a_name(turn, question, name)
    reply = donations.gift(turn, None, slots)
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
    heard as a stain or a product): the same gift to that charity, its amount kept; to "how
    much?", a rank ("the second one", « le deuxième ») is the amount suggested in that place
    (:func:`skill.flows.donations.amount_by_rank`). None when neither is said (the request is
    answered, the gift set aside)."""
    from skill.flows import donations

    if isinstance(question, DonationAmount):
        ranked = donations.amount_by_rank(turn, question, slots)
        if ranked is not None:
            return ranked
    for name in ("topic", "product", "choice"):
        slot = slots.get(name, Slot())
        charity_id = charity_named(turn, slot)
        if charity_id is not None:
            return donations.donate(turn, question, {"charity": Slot(slot.text, charity_id)})
    return None
