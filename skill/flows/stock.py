"""Stock questions: "is it in stock?", « vous avez encore du savon au fiel ? ».

Answered yes or no for the product named, or for the product the pending question is about
("is it in stock?" after a description). In stock, the shopper is offered to add it, unless a
question was pending (the order's confirmation, a quantity…): that question is asked again after
the answer (a question about another product gives way to the one asked about). Out of stock, an in-stock sibling is offered when there is one. With no product
named nor in focus, it asks which.
"""

from __future__ import annotations

from catalog import cart
from catalog.model import Product
from skill.flows.common import again, follow_up
from skill.flows.product_actions import in_stock_sibling
from skill.flows.products import in_focus, resolved, unnamed, which, with_product
from skill.questions import (
    AddProduct,
    AnythingElse,
    CartNext,
    GuideStep,
    Question,
    Sibling,
    WhatNext,
    WhichProduct,
)
from skill.turn import Reply, Slot, Slots, Turn

OPEN = (WhatNext, AnythingElse, CartNext, GuideStep, WhichProduct)
"""Questions that leave the floor to the shopper ("which product?" too): after the answer,
adding is offered instead of asking them again. So is a question about another product."""


def asked(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    slot = slots.get("product", Slot())
    if unnamed(turn, slot):
        focus = in_focus(turn)
        return answered(turn, question, focus, named=False) if focus else which(turn, "info")
    product = resolved(turn, slot)
    if product is None:  # "do you mean …?", "which one: …?": the description tells the stock
        return with_product(turn, slot, "info", 1)
    return answered(turn, question, product, named=True)


def answered(turn: Turn, question: Question | None, product: Product, named: bool) -> Reply:
    name = turn.product_name(product)
    focus = in_focus(turn)
    kept = question is not None and not isinstance(question, OPEN) and focus in (None, product)
    pending = question if kept else None
    if not product.in_stock:
        lead = turn.say("stock_no_named", product=name)
        sibling = in_stock_sibling(turn, product)
        if sibling is not None:
            other = turn.product_name(sibling)
            return turn.ask(
                lead,
                turn.say("out_of_stock_sibling", sibling=other, price=sibling.price),
                question=Sibling(sibling.id, "add", 1),
                reprompt=turn.say("reprompt_sibling", product=other),
            )
        return again(turn, pending, lead) if pending else follow_up(turn, lead, product=product.id)
    lead = (
        turn.say("stock_yes_named", product=name, price=product.price)
        if named
        else turn.say("stock_yes", product=name)
    )
    if pending is not None:
        return again(turn, pending, lead)
    held = cart.held(turn.state.cart, product.id)
    if held:
        in_cart = turn.say("info_in_cart", product=name, quantity=held)
        return follow_up(turn, lead, in_cart, product=product.id)
    return turn.ask(
        lead,
        turn.say("info_follow_up", product=name),
        question=AddProduct(product.id),
        reprompt=turn.say("add_again", product=name),
    )
