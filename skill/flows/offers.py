"""When and how a guide offers the merchant's product: after useful content, once, never pushy.

A campaign the shopper is eligible for is said with the offer (its sentence, then the price
after it), never before (``skill.flows.promotions``)."""

from __future__ import annotations

from catalog.model import Product
from content.model import Guide
from skill.flows import product_actions, products, promotions, quantity_words
from skill.flows.cart_flow import quantity
from skill.flows.common import follow_up
from skill.interaction_model import OTHER_MATERIAL
from skill.questions import AnythingElse, Offer, Question
from skill.turn import Reply, Slot, Slots, Turn


def due(turn: Turn, guide: Guide, heard: int, finished: bool) -> Reply | None:
    """The offer to make now, if the merchant's rule says so and the shopper has not said no.

    At most one offer per guide run and per session; after a "no", none for the rest of the
    session. Only a product in stock is offered (the merchant's, or an in-stock sibling).
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
    return _made(turn, guide)


def asked_for(turn: Turn, guide: Guide, lead: str) -> Reply | None:
    """The guide's offer when the shopper asks for more help ("it didn't work"), whatever the
    step: not after a "no" this session, nor for a product in the cart."""
    if turn.state.session.get("declined"):
        return None
    offer = _made(turn, guide)
    return offer.led_by(lead) if offer is not None else None


def _made(turn: Turn, guide: Guide) -> Reply | None:
    progress = turn.state.guide or {}
    reply = _proposed(turn, guide, offered(turn, guide), progress.get("material"))
    if reply is not None:
        progress["offered"] = True
    return reply


def for_surface(turn: Turn, guide: Guide, material: str, *lead: str) -> Reply | None:
    """What the merchant's ``offer.instead`` names for a surface the guide's steps are not for
    (the carpet and upholstery foam for red wine on a couch), offered after ``lead``: the
    guide is not started there, so no step is read. Not after a "no" this session, nor for a
    product in the cart."""
    instead = guide.offer.instead.get(material) if guide.offer is not None else None
    if instead is None or turn.state.session.get("declined"):
        return None
    reply = _proposed(turn, guide, _in_stock(turn, instead), material)
    return reply.led_by(*lead) if reply is not None else None


def _proposed(
    turn: Turn, guide: Guide, product: Product | None, material: str | None
) -> Reply | None:
    """The offer of ``product`` for ``guide`` on ``material``: the bridge, the price, "would
    you like to order it?"; None when there is none to make."""
    session = turn.state.session
    if product is None or _had(turn, product.id):
        return None
    session.setdefault("offered", []).append(guide.id)
    turn.record("offer_made", guide=guide.id, product=product.id)
    name = turn.product_name(product)
    campaign = promotions.offer_mention(turn, product)
    if campaign is not None:
        said, net = campaign
        proposal = turn.speaker.join(
            said, turn.say("offer_discounted", product=name, price=product.price, net=net)
        )
    else:
        proposal = turn.say("offer", product=name, price=product.price)
    own = guide.offer is not None and guide.offer.product_for(material) == guide.offer.product
    return turn.ask(
        guide.text[turn.locale].bridge if own else "",  # the bridge speaks of the guide's own
        proposal,
        question=Offer(product.id, guide.id),
        reprompt=turn.say("reprompt_offer", product=name),
    )


def _had(turn: Turn, product_id: str) -> bool:
    """The shopper has the product in the cart already ("yes" would add a second one and go to
    checkout), or said no to adding it in this session."""
    in_cart = any(line["id"] == product_id for line in turn.state.cart)
    return in_cart or product_id in turn.state.session.get("refused", [])


def accept(turn: Turn, question: Offer, slots: Slots) -> Reply:
    """Yes to the offer, or "buy it": the product goes to the cart, then to checkout."""
    return _take(turn, question, slots, "buy")


def add(turn: Turn, question: Offer, slots: Slots) -> Reply:
    """ "Add it to my cart" to the offer."""
    return _take(turn, question, slots, "add")


def _take(turn: Turn, question: Offer, slots: Slots, action: str) -> Reply:
    slots = quantity_words.read(turn, slots)
    if not slots.get("product", Slot()).empty:
        named = products.add if action == "add" else products.buy
        return named(turn, None, slots)
    product = turn.catalog.get(question.product)
    if product is None:
        return follow_up(turn, turn.say("product_gone"))
    count = quantity(slots.get("quantity", Slot()))
    if count is None:
        return product_actions.how_many(turn, product, action)
    return product_actions.act(turn, product, action, count, via_guide=question.guide)


def decline(turn: Turn, question: Offer, slots: Slots) -> Reply:
    turn.state.session["declined"] = True
    turn.record("offer_declined", guide=question.guide, product=question.product)
    product = turn.catalog.get(question.product)
    declined = (
        turn.say("offer_declined", product=turn.product_name(product))
        if product is not None
        else turn.say("no_problem")
    )
    progress = turn.state.guide or {}
    if progress.get("done") and progress.get("id") == question.guide:
        return turn.ask(
            declined,
            turn.say("guide_after_done"),
            question=AnythingElse(about="guide", product=question.product),
            reprompt=turn.say("reprompt_welcome"),
        )
    return follow_up(turn, declined, product=question.product)


def tell_more(turn: Turn, question: Offer, slots: Slots) -> Reply:
    """ "Tell me more" about the offered product, then the offer again."""
    if not slots.get("product", Slot()).empty:
        return products.info(turn, question, slots)
    product = turn.catalog.get(question.product)
    if product is None:
        return follow_up(turn, turn.say("product_gone"))
    name = turn.product_name(product)
    campaign = promotions.offer_mention(turn, product, again=True)
    return turn.ask(
        product_actions.describe(turn, product, net=campaign[1] if campaign else None),
        turn.say("offer_again", product=name),
        question=question,
        reprompt=turn.say("reprompt_offer", product=name),
    )


def offered(turn: Turn, guide: Guide) -> Product | None:
    """The product ``guide`` offers for the fabric followed (``offer.instead``: the wool and
    silk remover on wool, never the oxygen spray), in stock: the merchant's, or an in-stock
    sibling."""
    material = (turn.state.guide or {}).get("material")
    if guide.offer is None or not _meant_for(guide, material):
        return None
    return _in_stock(turn, guide.offer.product_for(material))


def _in_stock(turn: Turn, product_id: str) -> Product | None:
    """``product_id``'s product when in stock, else an in-stock sibling; None when neither."""
    product = turn.catalog.get(product_id)
    if product is not None and not product.in_stock:
        product = next((p for p in turn.catalog.siblings(product) if p.in_stock), None)
    return product


def _meant_for(guide: Guide, material: str | None) -> bool:
    """Whether the guide's offer may be made on ``material``: a fabric the guide is meant for,
    or one its ``offer.instead`` names a product for. On a fabric it is not meant for (its
    general steps said so: coffee on silk) the guide's own product may harm it: no offer."""
    if material is None or material == OTHER_MATERIAL or material in guide.materials:
        return True
    return guide.offer is not None and material in guide.offer.instead


def recommend(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "What do you recommend?" / « vous me conseillez quoi ? »: the product the guide being
    followed (or just asked for) offers, described, asking before it adds; without one, what
    the shop sells."""
    from skill.flows import guides

    guide = guides.active_guide(turn)
    product = offered(turn, guide) if guide is not None else None
    if product is None:
        return products.browse(turn, None, slots)
    return product_actions.described(turn, product)


def deals(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "Any deals?", « vous avez des promos ? »: the campaign this shopper would get, as the
    guide's offer says it; else that there is none right now."""
    campaign = promotions.running(turn)
    if campaign is None or not campaign.text[turn.locale].say:
        return follow_up(turn, turn.say("deals_none"))
    return follow_up(turn, campaign.text[turn.locale].say)
