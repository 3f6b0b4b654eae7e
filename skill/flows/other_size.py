"""'The bigger one', « le plus petit » said right after a product was added or offered: the
same product in the next size up or down, never a search for the word "bigger".

Right after an add (``CartNext``), the line just added is swapped for that size, the same
quantity; right after an offer or a description (a question about one product), that size is
described and offered; at the summary or the code, with one product in the cart, its line is
swapped and the summary read again (with several, the one that comes in that size; if several
do, the shopper is asked to name it); with nothing in focus, the cart's one product is
described and offered in that size. A product that comes in no such size says so, and the cart is kept.
Sizes compare in one unit only (``catalog.variants.size_sort_key``).
"""

from __future__ import annotations

from decimal import Decimal

from catalog import cart
from catalog.folding import language, strip_accents
from catalog.model import Product
from catalog.size_words import relative_size
from catalog.variants import size_of, size_sort_key
from skill.flows import checkout, product_actions, products
from skill.flows.cart_flow import next_after_change
from skill.flows.cart_speech import totals
from skill.flows.common import again, follow_up
from skill.interaction_model import normalise
from skill.questions import CartNext, ConfirmOrder, OrderPin
from skill.turn import Reply, Slot, Slots, Turn

_AROUND = {
    "fr": frozenset({"le", "la", "les", "un", "une", "plus", "encore", "non", "en", "format",
                     "taille", "modele", "version"}),
    "en": frozenset({"the", "a", "one", "no", "size", "even", "more", "version"}),
}  # fmt: skip
"""Words said around a size word that add nothing to it ("the bigger one", « le plus grand »)."""


def size_asked(turn: Turn, slot: Slot) -> str | None:
    """``"large"`` or ``"small"`` when ``slot`` says only a relative size, else None."""
    if slot.entity_id is not None or not slot.text:
        return None
    lang = language(turn.locale)
    words = strip_accents(normalise(slot.text)).split()
    sizes = {relative_size(word, lang) for word in words} - {None}
    rest = [w for w in words if relative_size(w, lang) is None and w not in _AROUND[lang]]
    return sizes.pop() if len(sizes) == 1 and not rest and "medium" not in sizes else None


def while_ordering(turn: Turn, question: ConfirmOrder | OrderPin, slots: Slots) -> Reply | None:
    """A size alone said to the summary or to the code ("the bigger one", « le plus petit »):
    the order's line resized and the summary read again, the order still pending (it is not
    set aside). None for anything else: the routing table goes on."""
    for slot in slots.values():
        size = size_asked(turn, slot)
        if size is None:
            continue
        resized = other_size(turn, slot)
        if resized is not None:
            return resized
        names = [turn.product_name(p) for p in _resizable(turn, size)]  # none, or several
        if not names:
            return again(turn, question, turn.say("size_none_order"))
        return again(
            turn, question, turn.say("size_which_line", products=turn.speaker.either(names))
        )
    return None


def other_size(turn: Turn, slot: Slot, action: str = "info", count: int = 1) -> Reply | None:
    """The product in focus in the size asked (see the module docstring), or None when no
    size alone was said or no product is in focus. "Add the bigger one" adds it."""
    size = size_asked(turn, slot)
    if size is None:
        return None
    focus = products.in_focus(turn) or _ordering(turn, size) or _only_line(turn)
    if focus is None:
        return None
    name = turn.product_name(focus)
    other = _next_size(turn, focus, size)
    question = turn.question
    if other is None:
        key = "size_none_larger" if size == "large" else "size_none_smaller"
        said = turn.say(key, product=name)
        if _one_size(turn, focus):  # "the largest size I have" would suggest others
            said = turn.say("sizes_one", size=size_of(focus))
        return again(turn, question, said) if question is not None else follow_up(turn, said)
    if action != "info":
        return product_actions.act(turn, other, action, count)
    ordering = isinstance(question, (ConfirmOrder, OrderPin))
    count = 0  # after an offer or a price: that size described and offered
    if ordering:
        count = cart.held(turn.state.cart, focus.id)
    elif isinstance(question, CartNext) and question.product == focus.id:
        count = question.count
    if not count or not _swapped(turn, focus, other, count):
        return product_actions.described(turn, other)
    said = turn.say("size_swapped", product=turn.product_name(other), quantity=count)
    if ordering:  # the summary read again: nothing was charged, the new total needs a new yes
        return checkout.summary(turn, lead=said)
    priced = totals(turn)
    return next_after_change(
        turn,
        said,
        turn.say("cart_count", items=priced.items, total=priced.subtotal),
        added=other.id,
        count=count,
    )


def _one_size(turn: Turn, product: Product) -> bool:
    """The product comes in no other size in stock (its variants differ otherwise or not)."""
    own = _key(product)
    return all(_key(s) in (None, own) for s in turn.catalog.siblings(product) if s.in_stock)


def _swapped(turn: Turn, focus: Product, other: Product, count: int) -> bool:
    """``count`` of ``focus`` in the cart become ``other``, the rest of ``focus`` kept; False,
    the cart unchanged, when the cart refuses it (``other`` already there up to its limit)."""
    kept = cart.held(turn.state.cart, focus.id) - count
    try:
        lines = cart.add(cart.remove(turn.state.cart, focus.id), other, count)
        if kept > 0:
            lines = cart.add(lines, focus, kept)
    except cart.CartError:
        return False
    turn.state.cart = lines
    return True


def _ordering(turn: Turn, size: str) -> Product | None:
    """The product of the cart to resize while its order is read back or its code asked: the
    one line, or the one line that comes in that size; None when several do."""
    if not isinstance(turn.question, (ConfirmOrder, OrderPin)):
        return None
    if len(turn.state.cart) == 1:
        return turn.catalog.get(turn.state.cart[0]["id"])
    resizable = _resizable(turn, size)
    return resizable[0] if len(resizable) == 1 else None


def _only_line(turn: Turn) -> Product | None:
    """With nothing in focus, the cart's one product: the one a size said alone is about."""
    lines = turn.state.cart
    return turn.catalog.get(lines[0]["id"]) if len(lines) == 1 else None


def _resizable(turn: Turn, size: str) -> list[Product]:
    """The products of the cart that come in a size above (``large``) or below (``small``)."""
    held = [turn.catalog.get(line["id"]) for line in turn.state.cart]
    return [p for p in held if p is not None and _next_size(turn, p, size) is not None]


def _next_size(turn: Turn, product: Product, size: str) -> Product | None:
    """The sibling of the nearest size above (``large``) or below (``small``), same unit."""
    own = _key(product)
    if own is None:
        return None
    unit, amount = own
    found: list[tuple[Decimal, Product]] = []
    for sibling in turn.catalog.siblings(product):
        key = _key(sibling)
        if key is None or key[0] != unit or not sibling.in_stock:
            continue
        if (key[1] > amount) if size == "large" else (key[1] < amount):
            found.append((key[1], sibling))
    if not found:
        return None
    pick = min if size == "large" else max
    return pick(found, key=lambda item: item[0])[1]


def _key(product: Product) -> tuple[str, Decimal] | None:
    size = size_of(product)
    if not size:
        return None
    unit, amount = size_sort_key(size)[:2]
    return unit, amount
