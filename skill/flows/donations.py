"""Donations by voice: one sentence, limits said plainly, the wallet PIN, a receipt card.

The path: ``donate`` (DonateIntent: amount and charity, either may be missing; what is missing
is asked: ``DonationCharity``, ``DonationAmount``) → the gift read back (``ConfirmDonation``:
"20 € à la Croix-Rouge française. Je valide ?") → yes → "a tax receipt?" when the charity's tax
rule gives one (``DonationReceipt``: the donor's name and address then go to the charity) → the
PIN (``DonationPin``, or Alexa's voice check) → ``Donations.give`` → thanks, the deductible
estimate, and a receipt card.

What the donor says is checked before anything is asked of them: an unknown charity (up to
three are named instead), an amount that is not a positive number, an amount in another
currency than the charity's (refused), below the charity's minimum or above its maximum or
beyond what the daily cap leaves (the limit is said and offered: yes gives that amount). The
domain checks all of it again when it charges.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

from content.model import CharityText
from payments.donations import TAX_RULES, Donation, GiveResult, GiveStatus, PendingDonation
from payments.errors import InvalidInput
from payments.money import Money, MoneyError
from skill import metrics
from skill.flows import deeds, pin, promotions
from skill.flows.common import again, follow_up, heard, spoken_number
from skill.grammar import Name
from skill.metrics import Metric
from skill.questions import (
    ConfirmDonation,
    DonationAmount,
    DonationCharity,
    DonationPin,
    DonationReceipt,
    DonationRetry,
    Question,
    VoiceCheck,
)
from skill.services import GUIDE_MARGIN, GUIDE_SURE
from skill.speech import plain
from skill.turn import Card, Reply, Slot, Slots, Turn

MAX_NAMED = 3
"""At most this many charities are named when the donor must choose one."""
SETTLED_KEPT = 8
CURRENCY_WORDS = {
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "€": "EUR",
    "dollar": "USD", "dollars": "USD", "usd": "USD", "$": "USD",
}  # fmt: skip
_AMOUNT_RE = re.compile(r"^[0-9]{1,9}(?:\.[0-9]{1,2})?$")
_NEGATIVE_RE = re.compile(r"^-\s*[0-9]")


# --- DonateIntent -------------------------------------------------------------------------------


def donate(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "Donate twenty euros to the Red Cross", or part of it; missing parts come from the
    question the skill just asked, else are asked for."""
    known_charity, known_amount = _context(question)
    charity_slot = slots.get("charity", slots.get("choice", Slot()))
    amount_slot = slots.get("amount", Slot())

    charity_id = known_charity
    if not charity_slot.empty:
        charity_id = _find_charity(turn, charity_slot)
    text = _text(turn, charity_id)

    spoken = _spoken_currency(turn, slots.get("currency", Slot()), text)
    if spoken is None or (text is not None and spoken != text.currency):
        return _wrong_currency(turn, charity_id if text else None)

    amount: Money | None = None
    if not amount_slot.empty:
        value = _parse_amount(amount_slot.text or "")
        if not isinstance(value, Decimal):
            return _bad_amount(turn, value, charity_id if text else None)
        try:
            amount = Money.of(value, spoken)
        except MoneyError:
            return _wrong_currency(turn, charity_id if text else None)
    elif known_amount is not None:
        amount = known_amount
        if text is not None and amount.currency != text.currency:
            return _wrong_currency(turn, charity_id)

    if not charity_slot.empty and text is None:
        return _ask_charity(turn, amount, _unknown_charity(turn, charity_slot))
    if charity_id is None or text is None:
        return _ask_charity(turn, amount)
    if amount is None:
        return _ask_amount(turn, charity_id, text)

    owner = pin.payer(turn)
    if owner is None:
        return pin.link_account(turn)
    wallet = turn.services.wallets.show(owner)
    if wallet is None:
        return pin.no_wallet(turn)
    if wallet.locked:
        return pin.locked(turn)
    return _within_limits(turn, owner, charity_id, text, amount)


def _context(question: Question | None) -> tuple[str | None, Money | None]:
    """What a pending donation question already knows: the charity and the amount."""
    if isinstance(question, DonationCharity) and question.amount:
        return None, Money.from_json(question.amount)
    if isinstance(question, DonationAmount):
        return question.charity, None
    if isinstance(question, ConfirmDonation) and question.donation:
        donation = PendingDonation.from_json(question.donation)
        return donation.charity_id, donation.amount
    return None, None


def _find_charity(turn: Turn, slot: Slot) -> str | None:
    if slot.entity_id and _text(turn, slot.entity_id) is not None:
        return slot.entity_id
    ranked = turn.services.charity_matchers[turn.locale].match(slot.text or "")
    if not ranked or ranked[0][1] < GUIDE_SURE:
        return None
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < GUIDE_MARGIN:
        return None
    return ranked[0][0]


def _text(turn: Turn, charity_id: str | None) -> CharityText | None:
    charity = turn.content.charities.get(charity_id) if charity_id else None
    return charity.text.get(turn.locale) if charity else None


def _spoken_currency(turn: Turn, slot: Slot, text: CharityText | None) -> str | None:
    """The currency the donor named (a ``currency`` slot), else the one the locale's samples
    say ("euros" in French, "dollars" in English). None: a currency we do not know."""
    if slot.entity_id:
        code = slot.entity_id.upper()
        return code if code in CURRENCY_WORDS.values() else None
    if slot.text:
        return CURRENCY_WORDS.get(slot.text.strip().lower())
    return turn.locale_settings.currency


def _parse_amount(text: str) -> Decimal | str:
    """A positive amount of at most two decimals, or why not: ``negative``, ``zero``, ``invalid``.

    AMAZON.NUMBER gives digits ("20", "-5") and "?" when it heard no number."""
    said = text.strip().replace(" ", "").replace(",", ".")
    if _NEGATIVE_RE.match(said):
        return "negative"
    if not _AMOUNT_RE.match(said):
        return "invalid"
    value = Decimal(said)
    return value if value > 0 else "zero"


# --- asking and refusing ------------------------------------------------------------------------


def _ask_charity(turn: Turn, amount: Money | None, lead: str = "") -> Reply:
    names = [
        turn.charity_name(charity_id) for charity_id in list(turn.content.charities)[:MAX_NAMED]
    ]
    known = [n for n in names if n is not None]
    return turn.ask(
        lead,
        turn.say("donation_ask_charity", options=turn.speaker.either([n.the for n in known])),
        question=DonationCharity(amount.to_json() if amount else None),
        reprompt=turn.say("donation_ask_charity_reprompt", example=known[0]),
    )


def _unknown_charity(turn: Turn, slot: Slot) -> str:
    said = heard(slot.text)
    if said:
        return turn.say("donation_unknown_charity", name=said)
    return turn.say("donation_unknown_charity_unsaid")


def _ask_amount(turn: Turn, charity_id: str, text: CharityText, lead: str = "") -> Reply:
    examples = [turn.speaker.money(m) for m in text.suggested]
    name = turn.charity_name(charity_id)
    return turn.ask(
        lead,
        turn.say("donation_ask_amount", charity=name, examples=turn.speaker.either(examples)),
        question=DonationAmount(charity_id),
        reprompt=turn.say("donation_ask_amount_reprompt", example=text.suggested[0]),
    )


def _bad_amount(turn: Turn, why: str, charity_id: str | None) -> Reply:
    """Not a positive number: one clear sentence, nothing charged, and the question again."""
    lead = turn.say(f"donation_amount_{why}")
    text = _text(turn, charity_id)
    if charity_id is None or text is None:
        return follow_up(turn, lead, turn.say("donation_try_again"))
    return _ask_amount(turn, charity_id, text, lead)


def _wrong_currency(turn: Turn, charity_id: str | None) -> Reply:
    text = _text(turn, charity_id)
    currency = text.currency if text else turn.locale_settings.currency
    key = f"currency_{currency}"
    words = turn.say(key) if key in turn.speaker.prompts else currency
    name = turn.charity_name(charity_id) if charity_id else None
    if name is None:
        return follow_up(turn, turn.say("donation_currency_locale", currency=words))
    return follow_up(turn, turn.say("donation_currency_refused", charity=name, currency=words))


def _within_limits(
    turn: Turn, owner: str, charity_id: str, text: CharityText, amount: Money
) -> Reply:
    """Read the gift back, or say the limit it breaks and offer the nearest gift that fits."""
    if amount < text.minimum:
        return _offer(turn, charity_id, text.minimum, "donation_below_min")
    if amount > text.maximum:
        return _offer(turn, charity_id, text.maximum, "donation_above_max")
    donations = turn.services.donations
    room = donations.room_today(owner, amount.currency)
    if amount > room:
        cap = donations.daily_cap(amount.currency)
        if room < text.minimum:
            return follow_up(turn, turn.say("donation_cap_reached", cap=cap))
        return _offer(turn, charity_id, room, "donation_cap_room", cap=cap)
    return _offer(turn, charity_id, amount, "donation_confirm")


def _offer(turn: Turn, charity_id: str, amount: Money, key: str, **params: object) -> Reply:
    """Ask "shall I give <amount> to <charity>?": a yes is the donor's agreement to that gift."""
    pending = PendingDonation.create(charity_id, amount)
    name = turn.charity_name(charity_id)
    return turn.ask(
        match_said(turn, amount),
        turn.say(key, amount=amount, charity=name, **params),
        question=ConfirmDonation(pending.to_json()),
        reprompt=turn.say("donation_confirm_reprompt", amount=amount, charity=name),
    )


def match_said(turn: Turn, amount: Money) -> str:
    """With the gift read back: the merchant's match the shopper asked for, or a hint that
    their reward can match it."""
    seller = turn.locale_settings.skill_name
    chosen = promotions.match_for(turn, amount)
    if chosen is not None:
        return turn.say("gift_will_match", seller=seller, amount=chosen)
    if promotions.held(turn, ("match",)):
        return turn.say("gift_match_hint", seller=seller)
    return ""


# --- yes, no, the PIN ---------------------------------------------------------------------------


def confirmed(turn: Turn, question: ConfirmDonation, slots: Slots) -> Reply:
    """Yes to the gift read back: the tax receipt question when it applies, then the PIN."""
    if question.donation is None:
        return follow_up(turn, turn.say("pin_nothing_pending"))
    donation = PendingDonation.from_json(question.donation)
    terms = turn.services.donations.terms(donation.charity_id, donation.currency)
    name = turn.charity_name(donation.charity_id)
    if terms is not None and terms.receipts and name is not None:
        return turn.ask(
            turn.say("donation_receipt_ask", charity=name),
            question=DonationReceipt(question.donation),
            reprompt=turn.say("donation_receipt_reprompt"),
        )
    return pin.ask(turn, DonationPin(question.donation))


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


def ask_again(turn: Turn, question: Question, slots: Slots) -> Reply:
    """ "Yes" is no answer to "which charity?" or "how much?": ask again."""
    return again(turn, question)


def pin_given(turn: Turn, question: DonationPin, slots: Slots) -> Reply | None:
    code = pin.spoken(slots)
    if code is None:
        if "pin" in slots:
            return pin.not_understood(turn, question)
        return None
    return give(turn, question, code)


def pin_again(turn: Turn, question: DonationPin, slots: Slots) -> Reply:
    return pin.again(turn, question)


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
            reprompt=turn.say("reprompt_yes_no"),
        )
    if status is GiveStatus.IN_PROGRESS:
        return follow_up(turn, turn.say("donation_in_progress"))
    text = _text(turn, donation.charity_id)
    limited = (GiveStatus.BELOW_MINIMUM, GiveStatus.ABOVE_MAXIMUM, GiveStatus.DAILY_CAP)
    if status in limited and text is not None:
        # The limits moved since the gift was read back (another gift today): say them again.
        return _within_limits(turn, owner, donation.charity_id, text, donation.amount)
    return follow_up(turn, turn.say("donation_not_possible"))


def _given(turn: Turn, donation: Donation) -> Reply:
    state = turn.state
    earned = deeds.Earned()
    if donation.donation_id not in state.settled:
        turn.record("donation", charity=donation.charity_id, donation=donation.donation_id)
        state.settled = [*state.settled[-(SETTLED_KEPT - 1) :], donation.donation_id]
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
    text = _text(turn, donation.charity_id)
    date_format = turn.speaker.text("donation_date_format")
    date = datetime.fromtimestamp(donation.created_at, UTC).strftime(date_format)
    registration = f"{text.registration_kind} {text.registration_number}" if text else ""
    lines = [
        turn.say(
            "donation_card",
            donation_id=donation.donation_id,
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
