"""How a product is used: "how do I use it?", « comment on utilise le savon au fiel ? ».

The merchant's methods say it best: a guide that needs or offers the product (or another size of
it) is read, so the shopper hears the steps it is used in. One guide is started; several are
asked about ("the spray works on red wine, coffee or fruit: which stain is it?"); none, and the
product is described, with that said first.
"""

from __future__ import annotations

from catalog.model import Product
from content.model import Guide
from skill.flows.guides import start
from skill.flows.product_actions import described
from skill.flows.products import in_focus, unnamed, which, with_product
from skill.questions import GuideChoice, Question
from skill.turn import Reply, Slot, Slots, Turn

NAMED_AT_MOST = 3
"""Guides named in the question; the shopper may name another stain."""


def asked(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    slot = slots.get("product", Slot())
    if unnamed(turn, slot):
        product = in_focus(turn)
        if product is None:
            return which(turn, "info")
    else:
        product = _named(turn, slot)
        if product is None:  # "do you mean …?", "which one?": the description answers
            return with_product(turn, slot, "info", 1)
    name = turn.product_name(product)
    guides = guides_using(turn, product)
    if len(guides) == 1:
        lead = turn.say("usage_one", product=name, guide=turn.guide_name(guides[0].id))
        return start(turn, guides[0], None).led_by(lead)
    if guides:
        named = [turn.guide_name(g.id) for g in guides[:NAMED_AT_MOST]]
        options = turn.speaker.either(named)
        key = "usage_which" if len(guides) <= NAMED_AT_MOST else "usage_which_among"
        return turn.ask(
            turn.say(key, product=name, options=options, guides=named),
            question=GuideChoice(tuple(g.id for g in guides[:NAMED_AT_MOST])),
            reprompt=turn.say("reprompt_guide_choice", options=options),
        )
    return described(turn, product).led_by(turn.say("usage_none", product=name))


def _named(turn: Turn, slot: Slot) -> Product | None:
    """The product named; of one named in several sizes ("the oxygen powder": 500 g or 1 kg),
    any of them, since a method uses them all. None when unsure which product it is."""
    resolution = turn.services.resolve_product(turn.locale, slot)
    candidates = [c.product for c in resolution.candidates]
    if resolution.status == "match" or (
        resolution.status == "ambiguous"
        and candidates
        and candidates[0].group
        and len({p.group for p in candidates}) == 1
    ):
        return candidates[0]
    return None


def guides_using(turn: Turn, product: Product) -> list[Guide]:
    """The guides that need or offer ``product`` or another variant of it, in authored order."""
    ids = {product.id, *(s.id for s in turn.catalog.siblings(product))}
    found = []
    for guide in turn.content.guides.values():
        offered = {guide.offer.product, *guide.offer.instead.values()} if guide.offer else set()
        if ids & (set(guide.products) | offered):
            found.append(guide)
    return found
