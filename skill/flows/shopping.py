"""Products and the cart: what the shopper says becomes the right product, or a short question."""

from __future__ import annotations

from catalog import cart
from catalog.model import Product
from catalog.variants import extract_size
from skill.turn import Reply, Slot, Turn


def product_info(turn: Turn, slots: dict[str, Slot]) -> Reply:
    slot = slots.get("product", Slot())
    pending = turn.state.pending or {}
    if slot.empty and pending.get("kind") in ("offer", "sibling"):
        product = turn.catalog.get(pending["product"])
        return turn.ask(
            _describe(turn, product),
            turn.say("offer_again", product=product.title),
            reprompt=turn.say("reprompt_offer", product=product.title),
        )
    return _with_product(turn, slot, "info", 1)


def add_to_cart(turn: Turn, slots: dict[str, Slot]) -> Reply:
    return _cart_intent(turn, slots, "add")


def buy(turn: Turn, slots: dict[str, Slot]) -> Reply:
    return _cart_intent(turn, slots, "buy")


def _cart_intent(turn: Turn, slots: dict[str, Slot], action: str) -> Reply:
    quantity = _quantity(slots.get("quantity", Slot()))
    slot = slots.get("product", Slot())
    pending = turn.state.pending or {}
    if quantity is None:
        turn.state.pending = {"kind": "quantity", "product_text": slot.text, "action": action}
        return turn.ask(turn.say("quantity_invalid"), reprompt=turn.say("reprompt_quantity"))
    if slot.empty and pending.get("kind") == "quantity" and pending.get("product_id"):
        return _act(turn, turn.catalog.get(pending["product_id"]), action, quantity)
    if slot.empty and pending.get("kind") == "quantity" and pending.get("product_text"):
        slot = Slot(pending["product_text"])
    if slot.empty and pending.get("kind") in ("offer", "sibling"):
        return _act(turn, turn.catalog.get(pending["product"]), action, quantity, via=pending)
    if slot.empty:
        if action == "buy" and turn.state.cart:
            from skill.flows import checkout

            return checkout.checkout(turn, {})
        turn.state.pending = None
        return turn.ask(turn.say("product_which"), reprompt=turn.say("reprompt_product_which"))
    return _with_product(turn, slot, action, quantity)


def _quantity(slot: Slot) -> int | None:
    """1 when unsaid; None when said but not a whole number from 1 to 99 ("a lot", 0, 100)."""
    if not slot.text:
        return 1
    text = slot.text.strip()
    if not text.isdigit():
        return None
    value = int(text)
    return value if 1 <= value <= cart.MAX_QUANTITY else None


def _with_product(turn: Turn, slot: Slot, action: str, quantity: int) -> Reply:
    resolution = turn.services.resolve_product(turn.locale, slot)
    if resolution.status == "match":
        return _act(turn, resolution.candidates[0].product, action, quantity)
    if resolution.status == "ambiguous":
        return _ask_which(turn, resolution, action, quantity)
    return _not_found(turn, slot)


def _ask_which(turn: Turn, resolution, action: str, quantity: int) -> Reply:
    options = [c.product.id for c in resolution.candidates]
    turn.state.pending = {
        "kind": "product_choice",
        "options": options,
        "axis": resolution.axis,
        "action": action,
        "qty": quantity,
    }
    if resolution.axis:
        values = turn.speaker.either(list(resolution.options))
        axis = (
            turn.say(f"axis_{resolution.axis}")
            if f"axis_{resolution.axis}" in turn.speaker.prompts
            else resolution.axis
        )
        speech = turn.say("which_variant", axis=axis, options=values)
    else:
        titles = turn.speaker.either([c.product.title for c in resolution.candidates[:2]])
        speech = turn.say("which_product", options=titles)
    return turn.ask(speech, reprompt=speech)


def _not_found(turn: Turn, slot: Slot) -> Reply:
    turn.state.pending = None
    examples = [p.title for p in turn.catalog.products if p.in_stock][:2]
    return turn.ask(
        turn.say(
            "product_not_found", query=slot.text or "", examples=turn.speaker.either(examples)
        ),
        reprompt=turn.say("reprompt_product_which"),
    )


def choose(turn: Turn, slots: dict[str, Slot]) -> Reply:
    """The answer to "which one?": a variant value, an ordinal, or a name among the options."""
    pending = turn.state.pending or {}
    choice = slots.get("choice", Slot())
    if pending.get("kind") == "guide_choice":
        from skill.flows import guides

        return guides.get_guide(turn, {"topic": choice})
    if pending.get("kind") == "donation":
        from skill.flows import donations

        return donations.donate(turn, {"charity": choice})
    if pending.get("kind") != "product_choice":
        return (
            _with_product(turn, choice, "info", 1) if not choice.empty else _nothing_to_choose(turn)
        )
    product_id = turn.services.choose_product(turn.locale, pending["options"], choice.text or "")
    if product_id is None:
        return turn.ask(
            turn.say("choice_not_understood"),
            reprompt=turn.session_attributes.get("last", {}).get("reprompt")
            or turn.say("reprompt_generic"),
        )
    return _act(turn, turn.catalog.get(product_id), pending["action"], pending.get("qty", 1))


def _nothing_to_choose(turn: Turn) -> Reply:
    return turn.ask(turn.say("fallback"), reprompt=turn.say("reprompt_welcome"))


def _act(
    turn: Turn, product: Product, action: str, quantity: int, via: dict | None = None
) -> Reply:
    turn.state.pending = None
    if action == "info":
        return turn.ask(
            _describe(turn, product),
            turn.say("info_follow_up", product=product.title),
            reprompt=turn.say("reprompt_product_which"),
        )
    if action == "remove":
        return _remove(turn, product)
    try:
        turn.state.cart = cart.add(turn.state.cart, product, quantity)
    except cart.CartError as error:
        return _refused(turn, product, error, action, quantity)
    if via and via.get("guide"):
        turn.record("offer_accepted", guide=via["guide"], product=product.id)
        for line in turn.state.cart:
            if line["id"] == product.id:
                line.setdefault("via", via["guide"])
    if action == "buy":
        from skill.flows import checkout

        return checkout.checkout(turn, {}, added=(product, quantity))
    totals = _totals(turn)
    return turn.ask(
        turn.say(
            "added",
            quantity=quantity,
            product=product.title,
            items=totals.items,
            total=totals.subtotal,
        ),
        reprompt=turn.say("reprompt_after_add"),
    )


def _refused(
    turn: Turn, product: Product, error: cart.CartError, action: str, quantity: int
) -> Reply:
    if error.reason == "out_of_stock":
        sibling = next((p for p in turn.catalog.siblings(product) if p.in_stock), None)
        if sibling is not None:
            turn.state.pending = {
                "kind": "sibling",
                "product": sibling.id,
                "action": action,
                "qty": quantity,
            }
            return turn.ask(
                turn.say(
                    "out_of_stock_sibling",
                    product=product.title,
                    sibling=sibling.title,
                    price=sibling.price,
                ),
                reprompt=turn.say("reprompt_offer", product=sibling.title),
            )
        return turn.ask(
            turn.say("out_of_stock", product=product.title),
            reprompt=turn.say("reprompt_product_which"),
        )
    return turn.ask(
        turn.say("quantity_too_many", product=product.title), reprompt=turn.say("reprompt_quantity")
    )


def _describe(turn: Turn, product: Product) -> str:
    parts = [turn.say("info_price", product=product.title, price=product.price)]
    size = product.variants.get("size") or extract_size(product.title)
    if size:
        parts.append(turn.say("info_size", size=size))
    if product.description:
        parts.append(product.description)
    if not product.in_stock:
        parts.append(turn.say("info_out_of_stock"))
    return turn.speaker.join(*parts)


def _totals(turn: Turn) -> cart.Totals:
    return cart.price(turn.state.cart, turn.catalog, turn.services.delivery_fee)


def spoken_cart(turn: Turn, totals: cart.Totals) -> tuple[str, str]:
    """The cart's lines ("2 of X and 1 of Y") and its delivery ("free delivery"), as spoken."""
    lines = [
        turn.say("cart_line", quantity=line.quantity, product=line.product.title)
        for line in totals.lines
    ]
    delivery = (
        turn.say("delivery_free")
        if totals.delivery.minor == 0
        else turn.say("delivery_fee", fee=totals.delivery)
    )
    return turn.speaker.both(lines), delivery


def review_cart(turn: Turn, slots: dict[str, Slot]) -> Reply:
    if not turn.state.cart:
        return turn.ask(turn.say("cart_empty"), reprompt=turn.say("reprompt_product_which"))
    totals = _totals(turn)
    lines, delivery = spoken_cart(turn, totals)
    return turn.ask(
        turn.say("cart_review", lines=lines, delivery=delivery, total=totals.total),
        reprompt=turn.say("reprompt_after_add"),
    )


def remove_from_cart(turn: Turn, slots: dict[str, Slot]) -> Reply:
    slot = slots.get("product", Slot())
    if not turn.state.cart:
        return turn.ask(turn.say("cart_empty"), reprompt=turn.say("reprompt_product_which"))
    in_cart = [line["id"] for line in turn.state.cart]
    if slot.empty:
        if len(in_cart) == 1:
            return _remove(turn, turn.catalog.get(in_cart[0]))
        return turn.ask(turn.say("remove_which"), reprompt=turn.say("remove_which"))
    if slot.entity_id in in_cart:
        return _remove(turn, turn.catalog.get(slot.entity_id))
    product_id = turn.services.choose_product(turn.locale, in_cart, slot.text or "")
    if product_id is None:
        return turn.ask(
            turn.say("remove_not_in_cart", query=slot.text or ""),
            reprompt=turn.say("reprompt_after_add"),
        )
    return _remove(turn, turn.catalog.get(product_id))


def _remove(turn: Turn, product: Product) -> Reply:
    try:
        turn.state.cart = cart.remove(turn.state.cart, product.id)
    except cart.CartError:
        return turn.ask(
            turn.say("remove_not_in_cart", query=product.title),
            reprompt=turn.say("reprompt_after_add"),
        )
    turn.state.pending = None
    if not turn.state.cart:
        return turn.ask(
            turn.say("removed_now_empty", product=product.title),
            reprompt=turn.say("reprompt_product_which"),
        )
    totals = _totals(turn)
    return turn.ask(
        turn.say("removed", product=product.title, total=totals.subtotal),
        reprompt=turn.say("reprompt_after_add"),
    )


def clear_cart(turn: Turn, slots: dict[str, Slot]) -> Reply:
    turn.state.cart = []
    turn.state.pending = None
    return turn.ask(turn.say("cart_cleared"), reprompt=turn.say("reprompt_product_which"))


def offer_accepted(turn: Turn) -> Reply:
    pending = turn.state.pending
    return _act(turn, turn.catalog.get(pending["product"]), "buy", 1, via=pending)


def offer_declined(turn: Turn) -> Reply:
    pending = turn.state.pending
    turn.state.pending = None
    turn.state.session["declined"] = True
    turn.record("offer_declined", guide=pending.get("guide"), product=pending["product"])
    return turn.ask(turn.say("offer_declined"), reprompt=turn.say("reprompt_welcome"))


def sibling_accepted(turn: Turn) -> Reply:
    pending = turn.state.pending
    return _act(
        turn,
        turn.catalog.get(pending["product"]),
        pending.get("action", "add"),
        pending.get("qty", 1),
    )


def sibling_declined(turn: Turn) -> Reply:
    turn.state.pending = None
    return turn.ask(turn.say("no_problem"), reprompt=turn.say("reprompt_product_which"))


def choice_confirmed(turn: Turn) -> Reply:
    """ "Yes" to "do you mean X?": take X when it was the only one offered."""
    pending = turn.state.pending
    if len(pending["options"]) == 1:
        product = turn.catalog.get(pending["options"][0])
        return _act(turn, product, pending["action"], pending.get("qty", 1))
    last = turn.session_attributes.get("last", {})
    return turn.ask(
        turn.say("choice_not_understood"),
        last.get("reprompt", ""),
        reprompt=last.get("reprompt") or turn.say("reprompt_generic"),
    )


def choice_declined(turn: Turn) -> Reply:
    turn.state.pending = None
    return turn.ask(turn.say("no_problem"), reprompt=turn.say("reprompt_product_which"))
