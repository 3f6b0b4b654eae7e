"""Changing how many of a product the cart holds: "make it three", « je n'en veux que deux »,
"change the quantity of the ox gall soap to two"."""

from __future__ import annotations

from catalog import cart
from catalog.model import Product
from skill.flows.cart_flow import next_after_change, other_currency, quantity, review
from skill.flows.cart_speech import totals
from skill.flows.common import follow_up
from skill.questions import CartNext, Question
from skill.turn import Reply, Slot, Slots, Turn


def change(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """The line named (or the product just added, or the cart's only line) set to the number
    said; without a number or a line it can tell, the shopper hears how to say it."""
    if not turn.state.cart:
        return review(turn, question, slots)
    if cart.in_other_currency(turn.state.cart, turn.catalog):
        return other_currency(turn)
    product = _line(turn, question, slots.get("product", Slot()))
    count = quantity(slots.get("quantity", Slot()))
    if product is None or not slots.get("quantity", Slot()).text or count is None:
        example = product or turn.catalog.get(turn.state.cart[-1]["id"])
        if example is None:
            return review(turn, question, slots)
        name = turn.product_name(example)
        return next_after_change(turn, turn.say("quantity_change_how", product=name))
    try:
        turn.state.cart = cart.set_quantity(turn.state.cart, product, count)
    except cart.CartError:  # more of a product sold out since it was added
        return follow_up(turn, turn.say("out_of_stock", product=turn.product_name(product)))
    priced = totals(turn)
    return next_after_change(
        turn,
        turn.say("quantity_changed", product=turn.product_name(product), quantity=count),
        turn.say("cart_count", items=priced.items, total=priced.subtotal),
        added=product.id,
    )


def _line(turn: Turn, question: Question | None, slot: Slot) -> Product | None:
    in_cart = [line["id"] for line in turn.state.cart]
    if not slot.empty:
        if slot.entity_id in in_cart:
            return turn.catalog.get(str(slot.entity_id))
        picked = turn.services.pick(turn.locale, in_cart, slot.text or "", "product")
        return turn.catalog.get(picked) if picked else None
    if isinstance(question, CartNext) and question.product in in_cart:
        return turn.catalog.get(question.product)
    return turn.catalog.get(in_cart[0]) if len(in_cart) == 1 else None
