"""The answers to the questions the product flow asks: which of the options ("which size, 250 or
500 ml?"), "do you mean X?", the in-stock sibling instead, adding the product just described, how
many, and which product; each ends in acting on the product or in a new request.
"""

from __future__ import annotations

from dataclasses import replace

from catalog.model import Product
from catalog.variants import size_of, size_sort_key
from skill.flows import named_charity, quantity_words
from skill.flows.cart_flow import quantity, remove
from skill.flows.common import again, follow_up
from skill.flows.product_actions import act, described, how_many
from skill.flows.products import (
    cart_intent,
    in_focus,
    info,
    resolved,
    unnamed,
    which,
    with_product,
)
from skill.questions import (
    AddProduct,
    AnythingElse,
    ConfirmProduct,
    ProductChoice,
    Quantity,
    Question,
    Sibling,
    WhichProduct,
)
from skill.turn import Reply, Slot, Slots, Turn


def choose(turn: Turn, question: ProductChoice, slots: Slots) -> Reply:
    """The answer to "which one?": a variant value, an ordinal, or a name among the options;
    a charity's name is a gift instead."""
    choice = slots.get("choice", slots.get("product", Slot()))
    gift = named_charity.instead(turn, question, choice)
    if gift is not None:
        return gift
    if choice.entity_id in question.options:
        picked: str | None = choice.entity_id
    else:
        picked = turn.services.pick(
            turn.locale, list(question.options), choice.text or "", "product"
        )
    product = turn.catalog.get(picked) if picked else None
    if product is not None:
        return act(turn, product, question.action, question.qty)
    # "We have A, B and C: which one would you like to hear about?" — "the pocket stain stick":
    # another product is described (it asks before adding). Never when the options are to add
    # or buy: "the 1 liter" there is a size of theirs, not the 1 l product.
    described_instead = question.action == "info" and bool(choice.text)
    if described_instead and turn.services.resolve_product(turn.locale, choice).status != "none":
        return with_product(turn, choice, question.action, question.qty)
    return again(turn, question, turn.say("choice_not_understood"))


def number_chosen(turn: Turn, question: ProductChoice, slots: Slots) -> Reply:
    """ "500" to "which size, 250 or 500 ml?": Alexa sends a lone number as the PIN intent; here
    it is the option of that size. Four digits are never a size said back (a PIN said early)."""
    said = slots.get("pin", Slot())
    if not said.text or len(said.text) >= 4:
        return again(turn, question, turn.say("choice_not_understood"))
    return choose(turn, question, {"choice": Slot(said.text)})


def choice_add(turn: Turn, question: ProductChoice, slots: Slots) -> Reply:
    return _choice_in_request(turn, question, slots, "add")


def choice_buy(turn: Turn, question: ProductChoice, slots: Slots) -> Reply:
    return _choice_in_request(turn, question, slots, "buy")


def choice_info(turn: Turn, question: ProductChoice, slots: Slots) -> Reply:
    return _choice_in_request(turn, question, slots, "info")


def _choice_in_request(turn: Turn, question: ProductChoice, slots: Slots, action: str) -> Reply:
    """ "Add two of the 500 ml", "buy two of them", "how much is the big one" while "A or B?" is
    asked: a name among the options answers it; nothing nameable ("of them", "it") keeps the
    question, with the action and quantity just said; another product is a new request."""
    slots = quantity_words.read(turn, slots)
    count = quantity(slots.get("quantity", Slot()))
    if count is None:
        return cart_intent(turn, slots, action)
    if slots.get("quantity", Slot()).empty:
        count = question.qty
    slot = slots.get("product", Slot())
    kept = replace(question, action=action, qty=count)
    if slot.empty:
        return again(turn, kept, turn.say("choice_which_one"))
    picked = turn.services.pick(turn.locale, list(question.options), slot.text or "", "product")
    product = turn.catalog.get(picked) if picked else None
    if product is not None:
        return act(turn, product, action, count)
    if turn.services.resolve_product(turn.locale, slot).status == "none":
        return again(turn, kept, turn.say("choice_which_one"))
    return with_product(turn, slot, action, count)


def confirmed(turn: Turn, question: ConfirmProduct, slots: Slots) -> Reply:
    product = turn.catalog.get(question.product)
    if product is None:
        return follow_up(turn, turn.say("product_gone"))
    return act(turn, product, question.action, question.qty)


def not_this_one(turn: Turn, question: ConfirmProduct, slots: Slots) -> Reply:
    return turn.ask(
        turn.say("product_which_then"),
        question=WhichProduct(question.action),
        reprompt=turn.say("reprompt_product_which"),
    )


def sibling_yes(turn: Turn, question: Sibling, slots: Slots) -> Reply:
    product = turn.catalog.get(question.product)
    if product is None:
        return follow_up(turn, turn.say("product_gone"))
    return act(turn, product, question.action, question.qty)


def add_no(turn: Turn, question: AddProduct | Sibling, slots: Slots) -> Reply:
    """ "No" to "shall I add it?": fine, and a guide will not offer it again in this session."""
    refused = turn.state.session.setdefault("refused", [])
    if question.product not in refused:
        refused.append(question.product)
    return follow_up(turn, turn.say("no_problem"), product=question.product)


def add_yes(turn: Turn, question: AddProduct, slots: Slots) -> Reply:
    """ "Yes" (or "add it", "add a couple", "buy it") after a product's description."""
    slots = quantity_words.read(turn, slots)
    product = turn.catalog.get(question.product)
    if product is None:
        return follow_up(turn, turn.say("product_gone"))
    if not unnamed(turn, slots.get("product", Slot())):
        return cart_intent(turn, slots, "add")
    count = quantity(slots.get("quantity", Slot()))
    if count is None:
        return how_many(turn, product, "add")
    return act(turn, product, "add", count)


def add_buy(turn: Turn, question: AddProduct, slots: Slots) -> Reply:
    slots = quantity_words.read(turn, slots)
    product = turn.catalog.get(question.product)
    if product is None or not unnamed(turn, slots.get("product", Slot())):
        return cart_intent(turn, slots, "buy")  # "buy it": this one; another named: that one
    count = quantity(slots.get("quantity", Slot()))
    if count is None:
        return how_many(turn, product, "buy")
    return act(turn, product, "buy", count)


def describe_again(turn: Turn, question: AddProduct | Sibling, slots: Slots) -> Reply:
    """ "Tell me more" about the product just named; another product if one is named."""
    if not slots.get("product", Slot()).empty:
        return info(turn, question, slots)
    product = turn.catalog.get(question.product)
    if product is None:
        return follow_up(turn, turn.say("product_gone"))
    return described(turn, product)


def number_given(turn: Turn, question: Quantity, slots: Slots) -> Reply:
    """A bare number to "how many?" ("three"): Alexa sends a lone number as the PIN intent, whose
    sample it is; here it is the quantity (never said back when it is not one: 4826 is no
    quantity)."""
    said = slots.get("pin", Slot())
    if said.empty:
        return again(turn, question, turn.say("quantity_invalid_short"))
    return quantity_given(turn, question, {"quantity": said})


def quantity_given(turn: Turn, question: Quantity, slots: Slots) -> Reply:
    slots = quantity_words.read(turn, slots)
    count = quantity(slots.get("quantity", Slot()))
    slot = slots.get("product", Slot())
    if count is None:
        return again(turn, question, turn.say("quantity_invalid_short"))
    if slot.empty and question.product:
        product = turn.catalog.get(question.product)
        if product is not None:
            return act(turn, product, question.action, count)
    if slot.empty:
        return which(turn, question.action)
    return with_product(turn, slot, question.action, count)


def named(turn: Turn, question: WhichProduct, slots: Slots) -> Reply:
    """The answer to "which product?": whatever intent carried the name; a charity's name is
    a gift instead."""
    slot = slots.get("product", slots.get("choice", Slot()))
    if slot.empty:
        return again(turn, question)
    gift = named_charity.instead(turn, question, slot)
    if gift is not None:
        return gift
    if question.action == "remove":
        count = Slot(str(question.qty)) if question.qty else Slot()
        return remove(turn, question, {"product": slot, "quantity": count})
    said = slots.get("quantity", Slot())
    how_many = quantity(said) if said.text else question.qty
    return with_product(turn, slot, question.action, how_many or 1)


def sizes(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "What sizes does it come in?", "is there a bigger one?", « vous l'avez en plus grand ? »:
    the sizes of the product named, or of the one just offered, described or added; several
    are listed and asked about ("the 500 ml" then describes it)."""
    slot = slots.get("product", Slot())
    product = resolved(turn, slot) if not unnamed(turn, slot) else in_focus(turn)
    if product is None:
        return which(turn, "info")
    by_size: dict[str, Product] = {}  # one per size: the plain and the lavender soap are 100 g
    for sibling in [product, *turn.catalog.siblings(product)]:
        size = size_of(sibling)
        if sibling.in_stock and size:
            by_size.setdefault(size, sibling)
    sized = sorted(by_size.values(), key=lambda p: size_sort_key(size_of(p) or ""))
    if len(sized) < 2:
        size = size_of(sized[0]) if sized else size_of(product)
        said = turn.say("sizes_one", size=size) if size else turn.say("sizes_none")
        gone = sorted(
            {s for p in [product, *turn.catalog.siblings(product)] if (s := size_of(p))}
            - set(by_size),
            key=size_sort_key,
        )
        if gone:  # the 1 kg exists, sold out: said so, never "it only comes in 500 g"
            said = turn.say(
                "sizes_out_of_stock",
                size=size or "",
                others=turn.speaker.both(gone),
                count=len(gone),
            )
        pending = turn.question
        if (
            pending is not None
            and not isinstance(pending, AnythingElse)  # "anything else?": asked below
            and getattr(pending, "product", "") == product.id
        ):
            return again(turn, pending, said)  # "… Shall I add it to your cart?" still stands
        return follow_up(turn, said, product=product.id)
    listed = turn.say("sizes_many", sizes=turn.speaker.both([size_of(p) or "" for p in sized]))
    return turn.ask(
        listed,
        question=ProductChoice(tuple(p.id for p in sized), axis="size", action="info"),
        reprompt=listed,  # the sizes again, not an example about adding a product
    )


def cheaper(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "Anything cheaper?", « vous avez moins cher ? »: of the product just offered, described
    or named, the next cheaper one of its group in stock (a smaller size), offered instead; or
    that this is the lowest price, and the question again."""
    slot = slots.get("product", Slot())
    focus = resolved(turn, slot) if not unnamed(turn, slot) else _in_focus(turn, question)
    if focus is None:
        return which(turn, "info")
    lower = [
        p
        for p in turn.catalog.siblings(focus)
        if p.in_stock
        and p.price.currency == focus.price.currency
        and p.price.minor < focus.price.minor
    ]
    if not lower:
        lead = turn.say("cheapest_already", product=turn.product_name(focus))
        if question is not None:
            return again(turn, question, lead)
        return follow_up(turn, lead, product=focus.id)
    best = max(lower, key=lambda p: p.price.minor)
    name = turn.product_name(best)
    return turn.ask(
        turn.say("sibling_instead", sibling=name, price=best.price),
        question=Sibling(best.id, "add", 1),
        reprompt=turn.say("reprompt_sibling", product=name),
    )


def cheapest_option(turn: Turn, question: ProductChoice, slots: Slots) -> Reply:
    """ "The cheapest", « le moins cher » said to "which one: A or B?": the option of lowest
    price in stock, acted on as if named; two at that price are asked about again."""
    options = [p for p in map(turn.catalog.get, question.options) if p is not None and p.in_stock]
    lowest = min((p.price.minor for p in options), default=None)
    cheapest = [p for p in options if p.price.minor == lowest]
    if len(cheapest) != 1:
        return again(turn, question, turn.say("choice_not_understood"))
    return act(turn, cheapest[0], question.action, question.qty)


def _in_focus(turn: Turn, question: Question | None) -> Product | None:
    """The product a pending question is about, else the last one put in the cart."""
    focus = in_focus(turn)
    if focus is not None:
        return focus
    return turn.catalog.get(turn.state.cart[-1]["id"]) if turn.state.cart else None
