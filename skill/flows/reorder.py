""" "Buy it again", « la même chose que la dernière fois »: the products of the shopper's last
order that went through, put back in the cart at today's prices, and the summary read for a
yes (it looked for a product called "it again"). A product no longer sold, or out of stock, is
said and left out; a product the last order had free (a reward) is not bought again."""

from __future__ import annotations

from catalog import cart
from catalog.model import Product
from payments.orders import Order, OrderState
from skill.flows import checkout, pin
from skill.flows.common import follow_up
from skill.flows.orders import LATEST
from skill.questions import Question
from skill.turn import Reply, Slots, Turn

BOUGHT = (OrderState.PAID, OrderState.CLAIMED, OrderState.SHIPPED)
"""Orders that went through: a declined, refunded or cancelled one is not "last time"."""


def again(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    owner = pin.payer(turn)
    if owner is None:
        return pin.link_account(turn)
    orders = turn.services.checkout.latest_orders(owner, LATEST)
    last = next((order for order in orders if order.state in BOUGHT), None)
    if last is None:
        return follow_up(turn, turn.say("orders_none"))
    added: list[Product] = []
    missing: list[str] = []
    lines = turn.state.cart
    for title, (product, count) in _bought(turn, last).items():
        try:
            if product is None:
                raise cart.CartError("not_sold")
            lines = cart.add(lines, product, count)
        except cart.CartError:
            missing.append(title)
            continue
        added.append(product)
    if not added:
        return follow_up(turn, turn.say("reorder_none", items=turn.speaker.both(missing)))
    turn.state.cart = lines
    lead = [
        turn.say("reorder_added", items=turn.speaker.both([turn.product_name(p) for p in added]))
    ]
    if missing:
        lead.append(turn.say("reorder_missing", items=turn.speaker.both(missing)))
    return checkout.summary(turn, lead=turn.speaker.join(*lead))


def _bought(turn: Turn, order: Order) -> dict[str, tuple[Product | None, int]]:
    """By title, today's product (None when no longer sold) and how many the order paid for;
    a line the order had free is left out."""
    bought: dict[str, tuple[Product | None, int]] = {}
    for line in order.lines:
        if line.discount is not None and line.discount.minor >= line.total.minor:
            continue
        _, count = bought.get(line.title, (None, 0))
        bought[line.title] = (turn.catalog.get(line.product_id), count + line.quantity)
    return bought
