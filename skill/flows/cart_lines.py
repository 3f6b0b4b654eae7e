"""What several lines of the cart answer to: « enlève les savons au fiel », « mets deux savons au
fiel » with a plain and a lavender ox gall soap in the cart asks which one, naming both lines
(one ``WhichLine`` question, its ``action`` to remove or to set a quantity), and takes an answer
naming one, or "both" / « les deux » (all of them). Which lines words fit is the catalog's
(``catalog.cart.lines_named``): the words said decide, never their number.
"""

from __future__ import annotations

from collections.abc import Iterable

from catalog import cart
from catalog.folding import language, strip_accents
from catalog.lexicon import ARTICLES
from skill.flows import cart_flow, cart_quantity
from skill.flows.cart_flow import next_after_change, other_currency
from skill.flows.cart_speech import totals
from skill.flows.common import again
from skill.interaction_model import ALL_OF_THEM, load_template, normalise
from skill.questions import WhichLine, WhichProduct
from skill.turn import Reply, Slot, Slots, Turn


def lines_named(turn: Turn, options: Iterable[str], text: str) -> list[str]:
    """The products among ``options`` (ids, usually the cart's lines) that ``text`` names, by
    their names in the catalog and their short spoken name in the content."""
    products = [p for p in map(turn.catalog.get, options) if p is not None]
    spoken = {p.id: turn.product_name(p).name for p in products}
    return cart.lines_named(products, text, turn.locale, spoken)


def ask(turn: Turn, options: list[str], action: str = "remove", quantity: int = 0) -> Reply:
    """ "Lequel dois-je retirer : A ou B ? Ou les deux ?"; to set a quantity, « Lequel
    voulez-vous en 2 exemplaires : A ou B ? Ou les deux ? » / "Which one would you like 2 of"."""
    products = [turn.product_name(p) for p in map(turn.catalog.get, options) if p is not None]
    key = f"remove_every_{len(products)}"
    every = turn.say(key if key in turn.speaker.prompts else "remove_every", products=products)
    count = turn.say("quantity_which_count", quantity=quantity) if action == "quantity" else ""
    speech = turn.say(
        f"{action}_which_line",
        options=turn.speaker.either(products),
        products=products,
        every=every,
        count=count,
    )
    question = WhichLine(tuple(options), action, quantity)
    return turn.ask(speech, question=question, reprompt=speech)


def chosen(turn: Turn, question: WhichLine, slots: Slots) -> Reply:
    """The answer to "which one?": a line named (its own words, a variant, "the first one"),
    "both" / « les deux » for all of them; a charity named is a gift instead."""
    from skill.flows import named_charity

    slot = slots.get("choice", slots.get("product", Slot()))
    if slot.empty:
        return again(turn, question)
    kind = every_one(turn, slot)
    if _all_of(question, kind):
        return _done(turn, question, list(question.options))
    if kind is not None:
        return again(turn, question, turn.say("choice_not_understood"))
    gift = named_charity.instead(turn, question, slot)
    if gift is not None:
        return gift
    picked = _picked(turn, question, slot)
    if picked is None:
        return again(turn, question, turn.say("choice_not_understood"))
    return _done(turn, question, [picked])


def remove_said(turn: Turn, question: WhichLine, slots: Slots) -> Reply:
    """ "Remove the lavender one": the answer to "which one should I remove?", and a request of
    its own while the question is which line to set a quantity of."""
    if question.action == "remove":
        return chosen(turn, question, slots)
    return cart_flow.remove(turn, None, slots)


def quantity_said(turn: Turn, question: WhichLine, slots: Slots) -> Reply:
    """ "Make it three" while asked which line: which one, asked again with that number; a
    product named is a request of its own ("change the lavender one to three")."""
    number = slots.get("quantity", Slot())
    count = cart_flow.quantity(number) if number.text else None
    in_cart = {line["id"] for line in turn.state.cart}
    options = [option for option in question.options if option in in_cart]
    if slots.get("product", Slot()).empty and count is not None and len(options) > 1:
        return ask(turn, options, "quantity", count)
    return cart_quantity.change(turn, None, slots)


def both_or_guide(turn: Turn, question: WhichLine, slots: Slots) -> Reply:
    """ "Remove both" heard as a guide's "remove {topic}": both taken out (whatever the question
    was, the shopper said remove); any other topic is the guide."""
    from skill.flows import guides

    kind = every_one(turn, slots.get("topic", Slot()))
    if _all_of(question, kind):
        return remove_all(turn, list(question.options))
    if kind is not None:
        return again(turn, question, turn.say("choice_not_understood"))
    return guides.get_guide(turn, None, slots)


def kept(turn: Turn, question: WhichLine, slots: Slots) -> Reply:
    """ "No" to "which one?": nothing is removed, or changed."""
    return next_after_change(turn, turn.say(question.unchanged))


def _done(turn: Turn, question: WhichLine, ids: list[str]) -> Reply:
    """What the question was asked for, done to the lines ``ids``."""
    if question.action != "quantity":
        if len(ids) == 1:
            return cart_flow.take_off(turn, turn.catalog.get(ids[0]), question.quantity)
        if question.quantity:  # "remove one soap" → "both": one of each, the cart read back
            return _taken_off_each(turn, ids, question.quantity)
        return remove_all(turn, ids)
    if cart.in_other_currency(turn.state.cart, turn.catalog):
        return other_currency(turn)
    products = [p for p in map(turn.catalog.get, ids) if p is not None]
    return cart_quantity.set_lines(turn, products, question.quantity)


def _taken_off_each(turn: Turn, ids: list[str], count: int) -> Reply:
    if cart.in_other_currency(turn.state.cart, turn.catalog):
        return other_currency(turn)
    lines = turn.state.cart
    for product in filter(None, map(turn.catalog.get, ids)):
        held = next((line["qty"] for line in lines if line["id"] == product.id), 0)
        if held > count:
            lines = cart.set_quantity(lines, product, held - count)
        elif held:
            lines = cart.remove(lines, product.id)
    turn.state.cart = lines
    return cart_flow.review(turn, None, {})


def _picked(turn: Turn, question: WhichLine, slot: Slot) -> str | None:
    options = list(question.options)
    if slot.entity_id in options:
        return slot.entity_id
    named = lines_named(turn, options, slot.text or "")
    if len(named) == 1:
        return named[0]
    if named:  # the same words again: still both
        return None
    return turn.services.pick(turn.locale, options, slot.text or "", "product")


def every_one(turn: Turn, slot: Slot) -> str | None:
    """``"all"`` when ``slot`` says "all of them" (« tous »), ``"both"`` for "both" (« les
    deux »), else None."""
    if slot.entity_id in ALL_OF_THEM:
        return slot.entity_id
    said = _bare(slot.text or "", turn.locale)
    if not said:
        return None
    every = load_template(turn.locale).get("all_of_them") or {}
    for kind in ALL_OF_THEM:
        if any(said == _bare(phrase, turn.locale) for phrase in every.get(kind, ())):
            return kind
    return None


def _all_of(question: WhichLine, kind: str | None) -> bool:
    """ "All of them", or "both" of two. "Both" of three is not understood (never guessed)."""
    return kind == "all" or (kind == "both" and len(question.options) == 2)


def _bare(text: str, locale: str) -> str:
    """Folded, without a first article: « enlève les deux » fills the product slot with
    « deux »."""
    folded = strip_accents(normalise(text)).split()
    if folded and folded[0] in ARTICLES.get(language(locale), frozenset()):
        folded = folded[1:]
    return " ".join(folded)


def remove_all(turn: Turn, options: list[str]) -> Reply:
    """Every line of ``options`` still in the cart taken out, named in one sentence."""
    if cart.in_other_currency(turn.state.cart, turn.catalog):
        return other_currency(turn)
    removed = []
    for product_id in options:
        product = turn.catalog.get(product_id)
        if product is None or all(line["id"] != product_id for line in turn.state.cart):
            continue
        turn.state.cart = cart.remove(turn.state.cart, product_id)
        removed.append(turn.product_name(product))
    if not removed:
        return next_after_change(turn, turn.say("remove_not_in_cart_unnamed"))
    products = turn.speaker.both(removed)
    if not turn.state.cart:
        return turn.ask(
            turn.say("removed_several_now_empty", products=products),
            question=WhichProduct("add"),
            reprompt=turn.say("reprompt_product_which"),
        )
    return next_after_change(
        turn, turn.say("removed_several", products=products, total=totals(turn).subtotal)
    )
