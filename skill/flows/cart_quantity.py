"""Changing how many of a product the cart holds: "make it three", « je n'en veux que deux »,
"change the quantity of the ox gall soap to two". Words that fit several lines (« mets deux
savons au fiel » with a plain and a lavender soap) ask which one (``cart_lines.ask``), never
guess; the answer comes back to :func:`set_lines`."""

from __future__ import annotations

import re

from catalog import cart
from catalog.model import Product
from skill.flows.cart_flow import (
    next_after_change,
    other_currency,
    quantity,
    remove_product,
    review,
)
from skill.flows.cart_speech import totals
from skill.flows.common import follow_up
from skill.questions import CartNext, Question
from skill.turn import Reply, Slot, Slots, Turn


def change(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """The line named (or the product just added, or the cart's only line) set to the number
    said; without a number or a line it can tell, the shopper hears how to say it."""
    from skill.flows import cart_lines

    if not turn.state.cart:
        return review(turn, question, slots)
    if cart.in_other_currency(turn.state.cart, turn.catalog):
        return other_currency(turn)
    slot, number = slots.get("product", Slot()), slots.get("quantity", Slot())
    count = quantity(number) if number.text else None
    named = _named(turn, slot)
    if count is not None and len(named) > 1:  # two soaps for "the soap": which one?
        return cart_lines.ask(turn, named, action="quantity", quantity=count)
    product = _line(turn, question, slot, named)
    said = (number.text or "").strip()
    if product is not None and count is None and re.fullmatch(r"-?[0-9]+", said):
        if int(said) == 0:  # "change it to zero": the line comes out
            return remove_product(turn, product)
        name = turn.product_name(product)  # 150, -2: the limit, not the example again
        return next_after_change(turn, turn.say("quantity_limit", product=name))
    if product is None or count is None:
        example = product or turn.catalog.get(turn.state.cart[-1]["id"])
        if example is None:
            return review(turn, question, slots)
        name = turn.product_name(example)
        return next_after_change(turn, turn.say("quantity_change_how", product=name))
    return set_lines(turn, [product], count)


def set_lines(turn: Turn, products: list[Product], count: int) -> Reply:
    """Each of ``products`` still in the cart set to ``count``, said back with the new count of
    the cart; nothing changes when one of them cannot grow (sold out since it was added)."""
    in_cart = {line["id"] for line in turn.state.cart}
    held = [product for product in products if product.id in in_cart]
    if not held:
        return next_after_change(turn, turn.say("remove_not_in_cart_unnamed"))
    lines = turn.state.cart
    for product in held:
        try:
            lines = cart.set_quantity(lines, product, count)
        except cart.CartError:  # more of a product sold out since it was added
            return follow_up(turn, turn.say("out_of_stock", product=turn.product_name(product)))
    turn.state.cart = lines
    names = [turn.product_name(product) for product in held]
    if len(names) == 1:
        said = turn.say("quantity_changed", product=names[0], quantity=count)
    else:
        said = turn.say(
            "quantity_changed_several",
            lines=names,
            products=turn.speaker.both(names),
            each=turn.say("quantity_each", quantity=count),
            quantity=count,
        )
    priced = totals(turn)
    return next_after_change(
        turn,
        said,
        turn.say("cart_count", items=priced.items, total=priced.subtotal),
        added=held[0].id if len(held) == 1 else "",
    )


def _named(turn: Turn, slot: Slot) -> list[str]:
    """The cart's lines the product said fits (``catalog.cart.lines_named``)."""
    from skill.flows import cart_lines

    if slot.empty:
        return []
    return cart_lines.lines_named(turn, [line["id"] for line in turn.state.cart], slot.text or "")


def _line(turn: Turn, question: Question | None, slot: Slot, named: list[str]) -> Product | None:
    in_cart = [line["id"] for line in turn.state.cart]
    if not slot.empty:
        if slot.entity_id in in_cart:
            return turn.catalog.get(str(slot.entity_id))
        if len(named) == 1:
            return turn.catalog.get(named[0])
        picked = turn.services.pick(turn.locale, in_cart, slot.text or "", "product")
        return turn.catalog.get(picked) if picked else None
    if isinstance(question, CartNext) and question.product in in_cart:
        return turn.catalog.get(question.product)
    return turn.catalog.get(in_cart[0]) if len(in_cart) == 1 else None
