"""The answers to a gift read back: yes (the tax-receipt question when the charity's rule gives
one, then the PIN), a receipt asked about while that question waits, no, another amount, and
"cancel my donation" with no gift under way (see :mod:`skill.flows.donations` for the path)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

from payments.donations import PendingDonation
from payments.pin import parse_spoken_pin
from skill.flows import basics, pin
from skill.flows.common import follow_up, heard
from skill.flows.donations import charity_text, donate, find_charity, without_around
from skill.flows.quantity_words import bare_number
from skill.questions import ConfirmDonation, DonationAmount, DonationPin, DonationReceipt, Question
from skill.turn import Reply, Slot, Slots, Turn


def confirmed(turn: Turn, question: ConfirmDonation, slots: Slots) -> Reply:
    """Yes to the gift read back: the tax receipt question when it applies, then the PIN."""
    if question.donation is None:
        return follow_up(turn, turn.say("pin_nothing_pending"))
    donation = PendingDonation.from_json(question.donation)
    terms = turn.services.donations.terms(donation.charity_id, donation.currency)
    if terms is not None and terms.receipts and turn.charity_name(donation.charity_id):
        return _ask_receipt(turn, DonationReceipt(question.donation))
    return pin.ask(turn, DonationPin(question.donation))


def _ask_receipt(turn: Turn, question: DonationReceipt, *lead: str) -> Reply:
    donation = PendingDonation.from_json(question.donation or {})
    return turn.ask(
        *lead,
        turn.say("donation_receipt_ask", charity=turn.charity_name(donation.charity_id)),
        question=question,
        reprompt=turn.say("donation_receipt_reprompt"),
    )


def about_receipt(turn: Turn, question: DonationReceipt, slots: Slots) -> Reply:
    """ "Can I get a receipt?", « je peux avoir un reçu ? », "is it tax deductible?" (any
    CharityInfoIntent) while "would you like a tax receipt?" waits: the tax rule of the
    charity's entry (and what the charity does, when one is named), then the receipt question
    again; the gift kept, nothing charged (it dropped the gift and asked which charity). A name
    no charity has is said so, and the question asked again."""
    if question.donation is None:
        return follow_up(turn, turn.say("pin_nothing_pending"))
    named = slots.get("charity", Slot())
    charity_id = find_charity(turn, named) if not named.empty else None
    if not named.empty and charity_id is None:
        said = heard(without_around(named.text or ""))
        lead = turn.say("charity_unknown", name=said) if said else turn.say("not_understood")
        return _ask_receipt(turn, question, lead)
    if charity_id is None:
        charity_id = PendingDonation.from_json(question.donation).charity_id
    text = charity_text(turn, charity_id)
    if text is None:
        return _ask_receipt(turn, question)
    tax = f"charity_tax_{text.tax_rule}"
    what = text.description if not named.empty else ""
    return _ask_receipt(
        turn, question, what, turn.say(tax if tax in turn.speaker.prompts else "charity_tax_none")
    )


def receipt(turn: Turn, question: DonationReceipt, slots: Slots) -> Reply:
    return _with_receipt(turn, question, True)


def no_receipt(turn: Turn, question: DonationReceipt, slots: Slots) -> Reply:
    return _with_receipt(turn, question, False)


def _with_receipt(turn: Turn, question: DonationReceipt, wanted: bool) -> Reply:
    if question.donation is None:
        return follow_up(turn, turn.say("pin_nothing_pending"))
    donation = replace(PendingDonation.from_json(question.donation), tax_receipt=wanted)
    return pin.ask(turn, DonationPin(donation.to_json()))


def declined(turn: Turn, question: Question, slots: Slots) -> Reply:
    """No to a donation question: no gift, nothing charged."""
    return follow_up(turn, turn.say("donation_cancelled"))


def cancel_given(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "Cancel my donation" with no gift under way: a gift given is the charity's; who to call.
    With no gift this year, that there is none (never "the charity has it")."""
    owner = pin.payer(turn)
    year = datetime.fromtimestamp(turn.now, UTC).year
    if owner is not None and not turn.services.donations.history(owner, year).charities:
        return follow_up(turn, turn.say("donation_none_to_cancel"))
    phone = turn.content.settings.support_phone
    return follow_up(turn, turn.say("donation_not_cancellable", phone=phone))


_NEW_AMOUNT_RE = re.compile(r"^[0-9]{1,3}(?:\.[0-9]{1,2})?$")
"""A number that can be a gift's new amount: never four digits or more (a code said too early)."""


def amount_or_code(turn: Turn, question: ConfirmDonation, slots: Slots) -> Reply:
    """A bare number while the gift read back waits ("fifteen", « en fait quinze », "actually
    fifteen": Alexa hears the filler as nothing and the number as the code intent's): the gift
    with that amount, read back for a new yes, its limits checked (10 € was given). Four digits
    are a code said before "yes": not understood, never said back, nothing moved."""
    said = (slots.get("pin", Slot()).text or "").strip()
    if parse_spoken_pin(said) is not None or not _NEW_AMOUNT_RE.match(said):
        return basics.not_understood(turn, question, slots)
    return donate(turn, question, {"amount": Slot(said)})


def gift_total(
    turn: Turn, question: ConfirmDonation | DonationReceipt | DonationPin, slots: Slots
) -> Reply:
    """ "What's the total?", « ça fait combien ? » while a gift waits (read back, the tax receipt
    question, the code): the gift agreed to, then the same question again; nothing set aside,
    nothing charged (it dropped the gift and read the empty cart)."""
    if question.donation is None:
        return follow_up(turn, turn.say("pin_nothing_pending"))
    donation = PendingDonation.from_json(question.donation)
    name = turn.charity_name(donation.charity_id)
    if isinstance(question, ConfirmDonation):
        return turn.ask(
            turn.say("donation_confirm", amount=donation.amount, charity=name),
            question=question,
            reprompt=turn.say("donation_confirm_reprompt", amount=donation.amount, charity=name),
        )
    lead = turn.say("donation_total", amount=donation.amount, charity=name)
    if isinstance(question, DonationReceipt):
        return _ask_receipt(turn, question, lead)
    return pin.ask(turn, question, lead)


def amount_changed(turn: Turn, question: ConfirmDonation | DonationAmount, slots: Slots) -> Reply:
    """ "Actually make it 20", "no, I said thirty" while the gift waits: the gift with the new
    amount, asked again (its limits checked); no amount said, the gift is not made."""
    said = slots.get("quantity", Slot())
    meant = slots.get("product", Slot())
    number = said.text if said.text else None
    if number is None and meant.text:
        found = bare_number(meant.text, turn.locale)
        number = str(found) if found is not None else None
    if number is None:
        return declined(turn, question, slots)
    return donate(turn, question, {"amount": Slot(number)})
