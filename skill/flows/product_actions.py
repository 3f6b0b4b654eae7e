"""Acting on a product once it is known: describe it (an out-of-stock one with an in-stock
sibling offered), add it to the cart, buy it or remove it; an addition the cart refuses (out of
stock, more than there is) becomes a question. The intents (:mod:`skill.flows.products`), the
answers (:mod:`skill.flows.product_answers`) and the offers (:mod:`skill.flows.offers`) end here.
"""

from __future__ import annotations

from catalog import cart
from catalog.model import Product
from catalog.variants import size_of
from payments.money import Money
from skill.flows import checkout
from skill.flows.cart_flow import next_after_change, remove_product
from skill.flows.cart_speech import totals
from skill.flows.common import follow_up
from skill.questions import AddProduct, Quantity, Sibling
from skill.turn import Reply, Turn


def act(
    turn: Turn, product: Product, action: str, count: int, via_guide: str | None = None
) -> Reply:
    """Describe, add, buy or remove ``product``."""
    if action == "info":
        return described(turn, product)
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
        added=product.id,
        count=count,
    )


def how_many(turn: Turn, product: Product | None, action: str, vague: bool = False) -> Reply:
    """A quantity said that is not 1 to 99 ("a hundred of them", 0), or no number at all ("a
    few", ``vague``): ask how many, never add 1."""
    return turn.ask(
        turn.say("quantity_ask" if vague else "quantity_invalid"),
        question=Quantity(product.id if product else None, action),
        reprompt=turn.say("reprompt_quantity"),
    )


def described(turn: Turn, product: Product) -> Reply:
    name = turn.product_name(product)
    held = cart.held(turn.state.cart, product.id)
    if held and product.in_stock:  # "how much is it?" right after adding it: no second offer
        in_cart = turn.say("info_in_cart", product=name, quantity=held)
        return follow_up(turn, describe(turn, product), in_cart, product=product.id)
    if product.in_stock:
        return turn.ask(
            describe(turn, product),
            turn.say("info_follow_up", product=name),
            question=AddProduct(product.id),
            reprompt=turn.say("add_again", product=name),
        )
    sibling = in_stock_sibling(turn, product)
    if sibling is None:
        return follow_up(turn, describe(turn, product), product=product.id)
    name = turn.product_name(sibling)
    return turn.ask(
        describe(turn, product),
        turn.say("sibling_instead", sibling=name, price=sibling.price),
        question=Sibling(sibling.id, "add", 1),
        reprompt=turn.say("reprompt_sibling", product=name),
    )


def in_stock_sibling(turn: Turn, product: Product) -> Product | None:
    return next((p for p in turn.catalog.siblings(product) if p.in_stock), None)


def _offer_sibling(
    turn: Turn, product: Product, sibling: Product, action: str, count: int, lead: str = ""
) -> Reply:
    name = turn.product_name(sibling)
    return turn.ask(
        lead,
        turn.say("product_out_of_stock", product=turn.product_name(product)),
        turn.say("out_of_stock_sibling", sibling=name, price=sibling.price),
        question=Sibling(sibling.id, action, count),
        reprompt=turn.say("reprompt_sibling", product=name),
    )


def _refused(turn: Turn, product: Product, error: cart.CartError, action: str, count: int) -> Reply:
    name = turn.product_name(product)
    if error.reason == "other_currency":
        return follow_up(turn, turn.say("cart_other_currency_add", product=name))
    if error.reason == "out_of_stock":
        sibling = in_stock_sibling(turn, product)
        if sibling is not None:
            return _offer_sibling(turn, product, sibling, action, count)
        return follow_up(turn, turn.say("out_of_stock", product=name), product=product.id)
    return turn.ask(
        turn.say("quantity_too_many", product=name),
        question=Quantity(product.id, action),
        reprompt=turn.say("reprompt_quantity"),
    )


def describe(turn: Turn, product: Product, net: Money | None = None) -> str:
    """The price (``net`` instead of it, when the offer just said so), size and description."""
    name = turn.product_name(product)
    price = (
        turn.say("info_price_discounted", product=name, price=product.price, net=net)
        if net is not None
        else turn.say("info_price", product=name, price=product.price)
    )
    parts: list[str] = [price]
    size = size_of(product)
    if size and size not in name.spoken:
        parts.append(turn.say("info_size", size=size))
    if product.description:
        parts.append(product.description)
    if not product.in_stock:
        parts.append(turn.say("info_out_of_stock", product=name))
    return turn.speaker.join(*parts)
