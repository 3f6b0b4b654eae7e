"""The cart by voice: read it back, remove a line, empty it; what "yes" to "check out?" does."""

from __future__ import annotations

from catalog import cart
from catalog.model import Product
from skill.flows import checkout
from skill.flows.cart_speech import spoken_delivery, spoken_lines, totals
from skill.flows.common import again, follow_up
from skill.questions import (
    AddProduct,
    AnythingElse,
    CartNext,
    ConfirmOrder,
    Offer,
    OrderPin,
    Question,
    Sibling,
    WhatNext,
    WhichProduct,
)
from skill.turn import Reply, Slot, Slots, Turn


def quantity(slot: Slot) -> int | None:
    """1 when unsaid; None when said but not a whole number from 1 to 99 ("a lot", 0, "²")."""
    if not slot.text:
        return 1
    text = slot.text.strip()
    if not (text.isascii() and text.isdigit()):
        return None
    value = int(text)
    return value if 1 <= value <= cart.MAX_QUANTITY else None


def next_after_change(turn: Turn, *parts: str, added: str = "", count: int = 0) -> Reply:
    """After the cart changed or was read: "say check out, or go on shopping"; ``added``: the
    product just added, which "one more" adds again; ``count``: how many of it were added."""
    guide = turn.guide_in_progress
    key = "cart_next_guide" if guide else "cart_next"
    params = {"guide": turn.guide_name(guide)} if guide else {}
    return turn.ask(
        *parts,
        turn.say(key, **params),
        question=CartNext(added, count),
        reprompt=turn.say("reprompt_after_add"),
    )


def add_more(turn: Turn, question: CartNext, slots: Slots) -> Reply:
    """ "One more", « encore deux », "another one" right after a product was added: more of
    that product."""
    from skill.flows import product_actions, products

    product = turn.catalog.get(question.product) if question.product else None
    count = quantity(slots.get("quantity", Slot()))
    if product is None or count is None:
        return products.add(turn, None, slots)
    return product_actions.act(turn, product, "add", count)


def add_or_total(turn: Turn, question: CartNext, slots: Slots) -> Reply:
    """Right after an add, a number alone ("I'll take two", « j'en veux deux ») is how many of
    it in all, not that many more ("two more" is ``add_more``); a product named is a request
    of its own."""
    from skill.flows import cart_quantity, products

    count = _total_said(turn, slots)
    if count is None or not question.product:
        return products.add(turn, None, slots)
    return cart_quantity.change(turn, question, {"quantity": Slot(str(count))})


def added_while_confirming(turn: Turn, question: ConfirmOrder | OrderPin, slots: Slots) -> Reply:
    """A number alone said to the summary or the code of a one-product order ("I want two",
    « deux s'il vous plaît »): that many in all, and the summary again. A product named: a
    request of its own, the order set aside."""
    count = _total_said(turn, slots)
    if count is None or len(turn.state.cart) != 1:
        return _set_aside(turn, question, slots)
    return quantity_while_confirming(turn, question, {"quantity": Slot(str(count))})


def quantity_while_confirming(turn: Turn, question: ConfirmOrder | OrderPin, slots: Slots) -> Reply:
    """ "Make it two", « mets-en deux » while the summary of a one-product cart waits, or its
    code: that many of it, and the summary again with the new total (the order still waits for
    its yes). Several products, no number, or a product named: the change as asked, the order
    set aside."""
    from skill.flows import cart_quantity, products

    said = slots.get("quantity", Slot())
    count = quantity(said) if said.text else None
    lines = turn.state.cart
    product = turn.catalog.get(lines[0]["id"]) if len(lines) == 1 else None
    if count is None or product is None or not products.unnamed(turn, slots.get("product", Slot())):
        return cart_quantity.change(turn, None, slots).led_by(turn.say(question.set_aside))
    return _resized(turn, product, count)


def more_while_confirming(turn: Turn, question: ConfirmOrder | OrderPin, slots: Slots) -> Reply:
    """ "Two more", "another one" while the summary of a one-product cart waits, or its code:
    more of it, and the summary again with the new total (the order still waits for its yes).
    Several products in the cart: which one is not known, the order set aside."""
    lines = turn.state.cart
    product = turn.catalog.get(lines[0]["id"]) if len(lines) == 1 else None
    count = quantity(slots.get("quantity", Slot()))
    if count is None or product is None:
        return _set_aside(turn, question, slots)
    return _resized(turn, product, lines[0]["qty"] + count)


def _resized(turn: Turn, product: Product, count: int) -> Reply:
    try:
        turn.state.cart = cart.set_quantity(turn.state.cart, product, count)
    except cart.CartError:
        return follow_up(turn, turn.say("out_of_stock", product=turn.product_name(product)))
    return checkout.summary(turn)


def _set_aside(turn: Turn, question: ConfirmOrder | OrderPin, slots: Slots) -> Reply:
    from skill.flows import products

    return products.add(turn, None, slots).led_by(turn.say(question.set_aside))


def _total_said(turn: Turn, slots: Slots) -> int | None:
    """The number said with no product named ("I'll take two", or "I want two" heard as a
    product "two"), or None."""
    from skill.flows import products, quantity_words

    read = quantity_words.read(turn, slots)
    product = read.get("product", Slot())
    if not products.unnamed(turn, product):
        return None
    said = read.get("quantity", Slot())
    if not said.empty:
        return quantity(said)
    number = quantity_words.bare_number(product.text or "", turn.locale) if product.text else None
    return number if number is not None and 1 <= number <= cart.MAX_QUANTITY else None


def review(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    if not turn.state.cart:
        return _empty(turn)
    if cart.in_other_currency(turn.state.cart, turn.catalog):
        return other_currency(turn)
    return next_after_change(turn, *_contents(turn))


def other_currency(turn: Turn) -> Reply:
    """A cart filled in another currency (the same account, another locale's catalog): never
    priced nor paid here; the shopper hears where to pay it, or how to shop here instead."""
    return follow_up(turn, turn.say("cart_other_currency"))


def review_then_offer(turn: Turn, question: Offer | AddProduct | Sibling, slots: Slots) -> Reply:
    """ "What's in my cart?" while a product is offered ("Shall I add it?", the guide's offer):
    the cart, then the same offer, the product named. The shopper asks to weigh the offer (is it
    in the cart already, what does the cart come to), not to leave it: "yes" must still take
    it, and dropping the offer would make them find the product again."""
    product = turn.catalog.get(question.product)
    if product is None:
        return review(turn, None, slots)
    name = turn.product_name(product)
    offer = turn.say("offer_again" if isinstance(question, Offer) else "add_again", product=name)
    cart_now: list[str]
    if not turn.state.cart:
        cart_now = [turn.say("cart_empty_short")]
    elif cart.in_other_currency(turn.state.cart, turn.catalog):
        cart_now = [turn.say("cart_other_currency")]
    else:
        cart_now = _contents(turn)
    return turn.ask(*cart_now, offer, question=question, reprompt=offer)


def _contents(turn: Turn) -> list[str]:
    """The cart read back: how many items, one sentence a line, the total with delivery."""
    priced = totals(turn)
    return [
        turn.say("cart_review", count=priced.items),
        spoken_lines(turn, priced),
        turn.say("cart_total", delivery=spoken_delivery(turn, priced), total=priced.total),
    ]


def _empty(turn: Turn) -> Reply:
    if turn.guide_in_progress:
        return follow_up(turn, turn.say("cart_empty_short"))
    return turn.ask(
        turn.say("cart_empty"),
        question=WhichProduct("add"),
        reprompt=turn.say("reprompt_product_which"),
    )


def remove(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """A line taken out; with a number ("remove one", « enlève-en deux », "take two soaps
    out"), that many of it (the whole line when it holds no more)."""
    slot = slots.get("product", slots.get("choice", Slot()))
    if not turn.state.cart:
        return _empty(turn)
    if cart.in_other_currency(turn.state.cart, turn.catalog):
        return other_currency(turn)
    number = slots.get("quantity", Slot())
    count = quantity(number) if number.text else 0
    if count is None:
        return next_after_change(turn, turn.say("quantity_invalid_short"))
    in_cart = [line["id"] for line in turn.state.cart]
    if slot.empty:
        if len(in_cart) == 1:
            return take_off(turn, turn.catalog.get(in_cart[0]), count)
        names = turn.speaker.either(
            [turn.product_name(p) for p in map(turn.catalog.get, in_cart) if p is not None]
        )
        return turn.ask(
            turn.say("remove_which", options=names),
            question=WhichProduct("remove", count),
            reprompt=turn.say("remove_which", options=names),
        )
    from skill.flows import cart_lines

    named = cart_lines.lines_named(turn, in_cart, slot.text or "")
    if len(named) > 1:  # two soaps for "the soaps": which one, never a guess
        return cart_lines.ask(turn, named, quantity=count)
    if slot.entity_id is not None and slot.entity_id in in_cart:
        return take_off(turn, turn.catalog.get(slot.entity_id), count)
    product_id = turn.services.pick(turn.locale, in_cart, slot.text or "", "product")
    if product_id is None:
        return _not_in_cart(turn, slot)
    return take_off(turn, turn.catalog.get(product_id), count)


def take_off(turn: Turn, product: Product | None, count: int) -> Reply:
    """``count`` of the line of ``product`` taken out (0: the whole line); the line goes when
    it holds no more than that."""
    if product is None:
        return remove_product(turn, product)
    held = cart.held(turn.state.cart, product.id)
    if count == 0 or count >= held:
        return remove_product(turn, product)
    from skill.flows import cart_quantity

    return cart_quantity.set_lines(turn, [product], held - count)


def _not_in_cart(turn: Turn, slot: Slot) -> Reply:
    """A product named that the cart does not hold: named back when the catalog knows it."""
    resolution = turn.services.resolve_product(turn.locale, slot)
    if resolution.status != "match":
        return next_after_change(turn, turn.say("remove_not_in_cart_unnamed"))
    name = turn.product_name(resolution.candidates[0].product)
    return next_after_change(turn, turn.say("remove_not_in_cart", product=name))


def remove_product(turn: Turn, product: Product | None) -> Reply:
    if product is None:
        return next_after_change(turn, turn.say("remove_not_in_cart_unnamed"))
    if cart.in_other_currency(turn.state.cart, turn.catalog):
        return other_currency(turn)
    name = turn.product_name(product)
    try:
        turn.state.cart = cart.remove(turn.state.cart, product.id)
    except cart.CartError:
        return next_after_change(turn, turn.say("remove_not_in_cart", product=name))
    if not turn.state.cart:
        return turn.ask(
            turn.say("removed_now_empty", product=name),
            question=WhichProduct("add"),
            reprompt=turn.say("reprompt_product_which"),
        )
    return next_after_change(turn, turn.say("removed", product=name, total=totals(turn).subtotal))


def delivery(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "How much is delivery?" / « combien coûte la livraison ? »: the shop's rule for this
    locale's currency, and what it comes to for the cart as it is."""
    currency = turn.content.settings.locales[turn.locale].currency
    rule = turn.content.settings.delivery.get(currency)
    if rule is None or rule.fee.minor == 0:
        parts = [turn.say("delivery_rule_free")]
    elif rule.free_above is None:
        parts = [turn.say("delivery_rule_flat", fee=rule.fee)]
    else:
        parts = [turn.say("delivery_rule", fee=rule.fee, free_above=rule.free_above)]
    if turn.state.cart and not cart.in_other_currency(turn.state.cart, turn.catalog):
        priced = totals(turn)
        parts.append(
            turn.say(
                "delivery_for_cart",
                subtotal=priced.subtotal,
                delivery=spoken_delivery(turn, priced),
            )
        )
    return follow_up(turn, *parts)


def delivery_time(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "How long does delivery take?", « c'est livré en combien de temps ? »: the working days
    the merchant wrote for this locale's currency, else the shop's phone. A question pending is
    asked again after it (the order's summary waits)."""
    currency = turn.content.settings.locales[turn.locale].currency
    rule = turn.content.settings.delivery.get(currency)
    if rule is None or rule.days is None:
        said = turn.say(
            "delivery_days_unknown",
            shop=turn.locale_settings.skill_name,
            phone=turn.content.settings.support_phone,
        )
    else:
        low, high = rule.days
        key = "delivery_days_same" if low == high else "delivery_days"
        said = turn.say(key, low=low, high=high)
    if question is None or isinstance(question, (WhatNext, AnythingElse)):
        return follow_up(turn, said)
    return again(turn, question, said)


def clear(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    turn.state.cart = []
    return follow_up(turn, turn.say("cart_cleared"))


def check_out(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "Check out", or "yes" to "say check out or go on shopping"."""
    return checkout.summary(turn)


def keep_shopping(turn: Turn, question: CartNext, slots: Slots) -> Reply:
    return follow_up(turn, turn.say("cart_kept"))
