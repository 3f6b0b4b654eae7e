"""Giving: the PIN (or Alexa's voice check) for the gift agreed to, the charge, the thanks with
the deductible estimate and a receipt card, a retry when the gateway did not answer, and the
donor's yearly history. The gift itself is agreed to in ``skill.flows.donations``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from payments.donations import TAX_RULES, Donation, GiveResult, GiveStatus, PendingDonation
from payments.errors import InvalidInput
from skill import metrics
from skill.flows import deeds, pin
from skill.flows.common import follow_up, spoken_number
from skill.flows.donations import charity_text, within_limits
from skill.grammar import Name
from skill.metrics import Metric
from skill.questions import (
    DonationPin,
    DonationRetry,
    Question,
    VoiceCheck,
)
from skill.speech import plain
from skill.turn import Card, Reply, Slots, Turn


def pin_given(turn: Turn, question: DonationPin, slots: Slots) -> Reply | None:
    code = pin.spoken(slots)
    if code is None:
        if pin.attempted(slots):
            return pin.not_understood(turn, question)
        return None
    return give(turn, question, code)


def voice_checked(turn: Turn, question: VoiceCheck, status: str | None) -> Reply:
    """Alexa's voice check for a gift came back (the token was checked by the caller)."""
    donation_pin = DonationPin(question.donation)
    if status == "ACHIEVED":
        return give(turn, donation_pin, None, voice_verified=True)
    if status == "NOT_ENABLED":
        return turn.ask(
            turn.say("pin_ask"), question=donation_pin, reprompt=turn.say("pin_reprompt")
        )
    return follow_up(turn, turn.say("donation_voice_check_failed"))


def retry(turn: Turn, question: DonationRetry, slots: Slots) -> Reply:
    return give(turn, DonationPin(question.donation), None)


def retry_declined(turn: Turn, question: DonationRetry, slots: Slots) -> Reply:
    return follow_up(turn, turn.say("donation_retry_declined"))


def give(
    turn: Turn,
    question: DonationPin,
    code: str | None,
    *,
    voice_verified: bool = False,
    pin_reused: bool = False,
) -> Reply:
    if question.donation is None:
        return follow_up(turn, turn.say("pin_nothing_pending"))
    donation = PendingDonation.from_json(question.donation)
    owner = pin.payer(turn)
    if owner is None:
        return pin.link_account(turn)
    try:
        result = turn.services.donations.give(
            owner, donation, code, voice_verified=voice_verified, pin_reused=pin_reused
        )
    except InvalidInput:
        return pin.not_understood(turn, question)
    return turn.settle(result, lambda t, r: _outcome(t, question, owner, r))


def _outcome(turn: Turn, question: DonationPin, owner: str, result: GiveResult) -> Reply:
    status = result.status
    donation = PendingDonation.from_json(question.donation or {})
    if status is GiveStatus.GIVEN and result.donation is not None:
        metrics.count(Metric.CHARGES)
        return _given(turn, result.donation)
    refused = pin.refused(turn, question, status, result.attempts_left)
    if refused is not None:
        return refused
    if status is GiveStatus.DECLINED:
        explained = pin.declined(turn, result.decline_reason)
        return follow_up(turn, explained, turn.say("donation_decline_next"))
    if status is GiveStatus.RETRY_LATER:
        return turn.ask(
            turn.say("payment_retry_later"),
            question=DonationRetry(question.donation),
            reprompt=turn.say("payment_retry_reprompt"),
        )
    if status is GiveStatus.IN_PROGRESS:
        return follow_up(turn, turn.say("donation_in_progress"))
    text = charity_text(turn, donation.charity_id)
    limited = (GiveStatus.BELOW_MINIMUM, GiveStatus.ABOVE_MAXIMUM, GiveStatus.DAILY_CAP)
    if status in limited and text is not None:
        # The limits moved since the gift was read back (another gift today): say them again.
        return within_limits(turn, owner, donation.charity_id, text, donation.amount)
    return follow_up(turn, turn.say("donation_not_possible"))


def _given(turn: Turn, donation: Donation) -> Reply:
    state = turn.state
    earned = deeds.Earned()
    if state.first_time(donation.donation_id):
        turn.record(
            "donation", charity=donation.charity_id, donation=donation.donation_id,
            amount=donation.amount.to_json(),
        )  # fmt: skip
        earned = deeds.gift_given(turn, donation)
    name = turn.recorded_charity_name(donation.charity_id, donation.charity_name)
    number = spoken_number(donation.donation_id)
    parts = [turn.say("donation_given", amount=donation.amount, charity=name, number=number)]
    deductible = donation.deductible
    if donation.tax_rule in TAX_RULES and deductible.minor:
        parts.append(turn.say(f"donation_deductible_{donation.tax_rule}", deductible=deductible))
    if donation.tax_receipt:
        parts.append(turn.say("donation_receipt_coming", charity=name))
    parts += earned.speech
    receipt = "\n".join([_receipt_card(turn, donation, name), *earned.card])
    card = Card(plain(turn.say("donation_card_title")), receipt)
    return follow_up(turn, *parts, card=card)


def _receipt_card(turn: Turn, donation: Donation, name: Name) -> str:
    text = charity_text(turn, donation.charity_id)
    date_format = turn.speaker.text("donation_date_format")
    date = datetime.fromtimestamp(donation.created_at, UTC).strftime(date_format)
    registration = f"{text.registration_kind} {text.registration_number}" if text else ""
    lines = [
        turn.say(
            "donation_card",
            donation_id=spoken_number(donation.donation_id),
            amount=donation.amount,
            charity=name,
            registration=registration,
            date=date,
        )
    ]
    if donation.tax_rule in TAX_RULES:
        lines.append(turn.say(f"donation_card_{donation.tax_rule}", deductible=donation.deductible))
    lines.append(
        turn.say(
            "donation_card_receipt_yes" if donation.tax_receipt else "donation_card_receipt_no"
        )
    )
    return "\n".join(plain(line) for line in lines)


# --- history ------------------------------------------------------------------------------------


def history(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "How much have I given this year?": per charity, in all, and the deductible estimate."""
    year = datetime.fromtimestamp(turn.now, UTC).year
    owner = pin.payer(turn)
    if owner is None:
        return pin.link_account(turn)
    record = turn.services.donations.history(owner, year)
    if not record.charities:
        return follow_up(
            turn,
            turn.say("donation_history_none", year=year, skill=turn.locale_settings.skill_name),
        )
    lines = []
    for line in record.charities:
        name = turn.recorded_charity_name(line.charity_id, line.charity_name)
        lines.append(turn.say("donation_history_line", amount=line.total, charity=name))
    parts = [turn.say("donation_history", year=year, lines=turn.speaker.both(lines))]
    totals = record.totals
    if len(record.charities) > 1:
        spoken = turn.speaker.both([turn.speaker.money(m) for m in totals.values()])
        parts.append(turn.say("donation_history_total", total=spoken))
    for rule in TAX_RULES:
        for amount in record.deductible(rule).values():
            parts.append(turn.say(f"donation_deductible_{rule}", deductible=amount))
    card = Card(
        plain(turn.say("donation_history_card_title", year=year)),
        "\n".join(plain(p) for p in parts),
    )
    return follow_up(turn, *parts, card=card)
