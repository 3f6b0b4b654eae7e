"""The cart as the shopper hears it: priced with the delivery rule, one short sentence a line."""

from __future__ import annotations

from catalog import cart
from payments.money import Money
from skill.speech import Ssml
from skill.turn import Turn


def totals(turn: Turn) -> cart.Totals:
    return cart.price(turn.state.cart, turn.catalog, turn.services.delivery_fee)


def spoken_lines(turn: Turn, priced: cart.Totals) -> Ssml:
    """ "Savon au fiel, quantité 2. Détachant oxygène, quantité 1." """
    return turn.speaker.join(
        *(
            turn.say("cart_line", quantity=line.quantity, product=turn.product_name(line.product))
            for line in priced.lines
        )
    )


def spoken_delivery(turn: Turn, priced: cart.Totals) -> Ssml:
    return spoken_fee(turn, priced.delivery)


def spoken_fee(turn: Turn, fee: Money) -> Ssml:
    if fee.minor == 0:
        return turn.say("delivery_free")
    return turn.say("delivery_fee", fee=fee)
