"""When and how a guide offers the merchant's product: after useful content, once, never pushy."""

from __future__ import annotations

from dataclasses import dataclass

from content.model import Guide
from skill.speech import Ssml
from skill.turn import Turn


@dataclass(frozen=True)
class OfferSpeech:
    speech: Ssml
    reprompt: Ssml


def due(turn: Turn, guide: Guide, heard: int, finished: bool) -> OfferSpeech | None:
    """The offer to make now, if the merchant's rule says so and the shopper has not said no.

    At most one offer per guide run and per session; after a "no", none for the rest of the session.
    """
    offer = guide.offer
    session = turn.state.session
    progress = turn.state.guide or {}
    if offer is None or session.get("declined") or progress.get("offered"):
        return None
    if guide.id in session.get("offered", []):
        return None
    if (offer.after_step is None and not finished) or (
        offer.after_step is not None and heard < offer.after_step
    ):
        return None
    product = turn.catalog.get(offer.product)
    if product is None or not product.in_stock:
        product = (
            next((p for p in turn.catalog.siblings(product) if p.in_stock), None)
            if product
            else None
        )
    if product is None:
        return None
    session.setdefault("offered", []).append(guide.id)
    progress["offered"] = True
    turn.state.pending = {"kind": "offer", "product": product.id, "guide": guide.id}
    turn.record("offer_made", guide=guide.id, product=product.id)
    bridge = guide.text[turn.locale].bridge
    speech = turn.speaker.join(
        bridge, turn.say("offer", product=product.title, price=product.price)
    )
    return OfferSpeech(speech, turn.say("reprompt_offer", product=product.title))
