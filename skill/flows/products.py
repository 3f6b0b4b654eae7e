"""Products by voice: what the shopper says becomes the right product, or a short question.

The resolver answers a match, a question between two or three real options ("which size, 250
or 500 ml?"), a single candidate to confirm ("do you mean X?"), or nothing. Only products in
stock go to the cart; an out-of-stock product is described with an in-stock sibling offered.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import chain
from typing import TYPE_CHECKING

from catalog import cart
from catalog.model import Product
from catalog.variants import extract_size
from skill import metrics
from skill.flows import checkout
from skill.flows.cart_flow import next_after_change, quantity, remove, remove_product
from skill.flows.cart_speech import totals
from skill.flows.common import again, follow_up, heard
from skill.metrics import Metric
from skill.questions import (
    AddProduct,
    ConfirmProduct,
    ProductChoice,
    Quantity,
    Question,
    Sibling,
    WhichProduct,
)
from skill.turn import Reply, Slot, Slots, Turn

if TYPE_CHECKING:
    from catalog.resolver import Resolution

# --- intents ------------------------------------------------------------------------------------


def info(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "Tell me about X"; with no product named, ask which (never "I did not find « »")."""
    slot = slots.get("product", Slot())
    if slot.empty:
        return _which(turn, "info")
    return with_product(turn, slot, "info", 1)


def add(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    return _cart_intent(turn, slots, "add")


def buy(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    return _cart_intent(turn, slots, "buy")


def _cart_intent(turn: Turn, slots: Slots, action: str) -> Reply:
    count = quantity(slots.get("quantity", Slot()))
    slot = slots.get("product", Slot())
    if count is None:
        product = resolved(turn, slot) if not slot.empty else None
        return turn.ask(
            turn.say("quantity_invalid"),
            question=Quantity(product.id if product else None, action),
            reprompt=turn.say("reprompt_quantity"),
        )
    if slot.empty:
        if action == "buy" and turn.state.cart:
            return checkout.summary(turn)
        return _which(turn, action)
    return with_product(turn, slot, action, count)


def _which(turn: Turn, action: str) -> Reply:
    return turn.ask(
        turn.say("product_which"),
        question=WhichProduct(action),
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
    resolution = turn.services.resolve_product(turn.locale, slot)
    metrics.count(RESOLUTION_METRICS.get(resolution.status, Metric.RESOLVED_NONE))
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
    else:
        names = [turn.product_name(c.product) for c in resolution.candidates[:3]]
        speech = turn.say("which_product", options=turn.speaker.either(names))
    return turn.ask(
        speech,
        question=ProductChoice(options, resolution.axis, action, count),
        reprompt=speech,
    )


def browse(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "What do you sell?": how many products, a few of them, and which one to hear about."""
    shown = featured(turn, 3)
    if not shown:
        return follow_up(turn, turn.say("browse_nothing"))
    if len(shown) == 1:
        return _described(turn, shown[0])
    names = [turn.product_name(p) for p in shown]
    return turn.ask(
        turn.say("browse", count=len(turn.catalog), examples=turn.speaker.both(names)),
        question=WhichProduct("info"),
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


# --- acting on the product ----------------------------------------------------------------------


def act(
    turn: Turn, product: Product, action: str, count: int, via_guide: str | None = None
) -> Reply:
    """Describe, add, buy or remove ``product``."""
    if action == "info":
        return _described(turn, product)
    if action == "remove":
        return remove_product(turn, product)
    try:
        turn.state.cart = cart.add(turn.state.cart, product, count)
    except cart.CartError as error:
        return _refused(turn, product, error, action, count)
    if via_guide:
        turn.record("offer_accepted", guide=via_guide, product=product.id)
        for line in turn.state.cart:
            if line["id"] == product.id:
                line.setdefault("via", via_guide)
    name = turn.product_name(product)
    if action == "buy":
        return checkout.summary(turn, lead=turn.say("added_short", product=name, quantity=count))
    priced = totals(turn)
    return next_after_change(
        turn,
        turn.say("added", product=name, quantity=count),
        turn.say("cart_count", items=priced.items, total=priced.subtotal),
    )


def _described(turn: Turn, product: Product) -> Reply:
    name = turn.product_name(product)
    if product.in_stock:
        return turn.ask(
            describe(turn, product),
            turn.say("info_follow_up", product=name),
            question=AddProduct(product.id),
            reprompt=turn.say("info_follow_up", product=name),
        )
    sibling = _sibling(turn, product)
    if sibling is None:
        return follow_up(turn, describe(turn, product))
    name = turn.product_name(sibling)
    return turn.ask(
        describe(turn, product),
        turn.say("sibling_instead", sibling=name, price=sibling.price),
        question=Sibling(sibling.id, "add", 1),
        reprompt=turn.say("reprompt_sibling", product=name),
    )


def _sibling(turn: Turn, product: Product) -> Product | None:
    return next((p for p in turn.catalog.siblings(product) if p.in_stock), None)


def _offer_sibling(
    turn: Turn, product: Product, sibling: Product, action: str, count: int, lead: str = ""
) -> Reply:
    name = turn.product_name(sibling)
    return turn.ask(
        lead,
        turn.say(
            "out_of_stock_sibling",
            product=turn.product_name(product),
            sibling=name,
            price=sibling.price,
        ),
        question=Sibling(sibling.id, action, count),
        reprompt=turn.say("reprompt_sibling", product=name),
    )


def _refused(turn: Turn, product: Product, error: cart.CartError, action: str, count: int) -> Reply:
    name = turn.product_name(product)
    if error.reason == "out_of_stock":
        sibling = _sibling(turn, product)
        if sibling is not None:
            return _offer_sibling(turn, product, sibling, action, count)
        return follow_up(turn, turn.say("out_of_stock", product=name))
    return turn.ask(
        turn.say("quantity_too_many", product=name),
        question=Quantity(product.id, action),
        reprompt=turn.say("reprompt_quantity"),
    )


def describe(turn: Turn, product: Product) -> str:
    name = turn.product_name(product)
    parts: list[str] = [turn.say("info_price", product=name, price=product.price)]
    size = product.variants.get("size") or extract_size(product.title)
    if size and size not in name.spoken:
        parts.append(turn.say("info_size", size=size))
    if product.description:
        parts.append(product.description)
    if not product.in_stock:
        parts.append(turn.say("info_out_of_stock", product=name))
    return turn.speaker.join(*parts)


# --- answers ------------------------------------------------------------------------------------


def choose(turn: Turn, question: ProductChoice, slots: Slots) -> Reply:
    """The answer to "which one?": a variant value, an ordinal, or a name among the options."""
    choice = slots.get("choice", slots.get("product", Slot()))
    if choice.entity_id in question.options:
        picked: str | None = choice.entity_id
    else:
        picked = turn.services.pick(
            turn.locale, list(question.options), choice.text or "", "product"
        )
    product = turn.catalog.get(picked) if picked else None
    if product is None:
        return again(turn, question, turn.say("choice_not_understood"))
    return act(turn, product, question.action, question.qty)


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
    count = quantity(slots.get("quantity", Slot()))
    if count is None:
        return _cart_intent(turn, slots, action)
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


def choice_yes(turn: Turn, question: ProductChoice, slots: Slots) -> Reply:
    """ "Yes" to "A or B?" says neither: ask again, naming them."""
    return again(turn, question, turn.say("choice_which_one"))


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


def add_yes(turn: Turn, question: AddProduct, slots: Slots) -> Reply:
    """ "Yes" (or "add it", "buy it") after a product's description."""
    product = turn.catalog.get(question.product)
    if product is None:
        return follow_up(turn, turn.say("product_gone"))
    if not slots.get("product", Slot()).empty:
        return _cart_intent(turn, slots, "add")
    count = quantity(slots.get("quantity", Slot()))
    return act(turn, product, "add", count or 1)


def add_buy(turn: Turn, question: AddProduct, slots: Slots) -> Reply:
    product = turn.catalog.get(question.product)
    if product is None or not slots.get("product", Slot()).empty:
        return _cart_intent(turn, slots, "buy")
    return act(turn, product, "buy", quantity(slots.get("quantity", Slot())) or 1)


def describe_again(turn: Turn, question: AddProduct | Sibling, slots: Slots) -> Reply:
    """ "Tell me more" about the product just named; another product if one is named."""
    if not slots.get("product", Slot()).empty:
        return info(turn, question, slots)
    product = turn.catalog.get(question.product)
    if product is None:
        return follow_up(turn, turn.say("product_gone"))
    return _described(turn, product)


def quantity_given(turn: Turn, question: Quantity, slots: Slots) -> Reply:
    count = quantity(slots.get("quantity", Slot()))
    slot = slots.get("product", Slot())
    if count is None:
        return again(turn, question, turn.say("quantity_invalid_short"))
    if slot.empty and question.product:
        product = turn.catalog.get(question.product)
        if product is not None:
            return act(turn, product, question.action, count)
    if slot.empty:
        return _which(turn, question.action)
    return with_product(turn, slot, question.action, count)


def named(turn: Turn, question: WhichProduct, slots: Slots) -> Reply:
    """The answer to "which product?": whatever intent carried the name."""
    slot = slots.get("product", slots.get("choice", Slot()))
    if slot.empty:
        return again(turn, question)
    if question.action == "remove":
        return remove(turn, question, {"product": slot})
    return with_product(turn, slot, question.action, quantity(slots.get("quantity", Slot())) or 1)
