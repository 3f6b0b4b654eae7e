"""What a donor asks before giving: what a charity does, the smallest and largest gift, whether
a gift is tax deductible ("what's the minimum?", « c'est déductible des impôts ? », "tell me
about the Red Cross"). Said from the charity's own ``charities.yaml`` entry; the question that
was pending (how much, or "shall I give?") is asked again, nothing set aside.

"What is X" names a charity or anything else ("what is it made of", "what is the enzyme
pre-wash"): a name no charity has is a product's, when the catalog has it, or was not
understood; only a donation under way hears "I don't know that charity" and which ones."""

from __future__ import annotations

from skill.flows import basics, donations, named_charity, products
from skill.flows.common import again, heard
from skill.questions import ConfirmDonation, DonationAmount, DonationCharity, Question
from skill.turn import Reply, Slot, Slots, Turn


def about(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    said, _ = donations.context_of(question)
    named = slots.get("charity", Slot())
    charity = donations.find_charity(turn, named) if not named.empty else said
    text = donations.charity_text(turn, charity)
    if charity is None or text is None:
        return _no_such_charity(turn, question, slots, named)
    name = turn.charity_name(charity)
    tax = f"charity_tax_{text.tax_rule}"
    facts = [
        text.description,
        turn.say(
            "charity_limits",
            charity=name,
            min=turn.speaker.money(text.minimum),
            max=turn.speaker.money(text.maximum),
        ),
        turn.say(tax if tax in turn.speaker.prompts else "charity_tax_none"),
    ]
    if isinstance(question, ConfirmDonation) and charity == said:
        return again(turn, question, *facts)
    return donations.ask_amount(turn, charity, text, lead=turn.speaker.join(*facts))


def _no_such_charity(turn: Turn, question: Question | None, slots: Slots, named: Slot) -> Reply:
    said = heard(named.text)
    if said is None:
        return donations.ask_charity(turn, None)
    if isinstance(question, (DonationAmount, DonationCharity, ConfirmDonation)):
        return again(turn, question, turn.say("charity_unknown", name=said))
    if turn.services.resolve_product(turn.locale, named).status != "none":
        return products.with_product(turn, named, "info", 1)
    return basics.not_understood(turn, question, slots)


def product_or_charity(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "Tell me about X" (ProductInfoIntent): its carriers, « parle-moi du … », « parle-moi des
    … », « c'est quoi le … », are a charity's with its article too, « parle-moi des Ateliers
    Solidaires du Textile » (which asked which product was meant). A name the charity matcher
    is sure of and no product answers to (:func:`skill.flows.named_charity.charity_named`) is
    the charity's description and limits, as "tell me about the Red Cross"; any other the
    product's."""
    slot = slots.get("product", Slot())
    if named_charity.charity_named(turn, slot) is not None:
        return about(turn, question, {"charity": slot})
    return products.info(turn, question, slots)
