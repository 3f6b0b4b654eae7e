"""Donations by voice: one sentence, limits said plainly, the wallet PIN, a receipt card.

The path: ``donate`` (DonateIntent: amount and charity, either may be missing) → the gift read
back ("20 € pour Croix-Rouge française. Je valide ?", pending kind ``donation``, step
``confirm``) → yes → "a tax receipt?" when the charity's tax rule gives one (step ``receipt``:
the donor's name and address then go to the charity) → the PIN (``pin.ask``, pending kind
``donation_pin``) → ``Donations.give`` → thanks, the deductible estimate, and a receipt card.

What the donor says is checked before anything is asked of them: an unknown charity (up to
three are named instead), an amount that is not a positive number, an amount in another
currency than the charity's (refused), below the charity's minimum or above its maximum or
beyond what the daily cap leaves (the limit is said and offered: yes gives that amount).
The domain checks all of it again when it charges.

Pending shapes (``turn.state.pending``)::

    {"kind": "donation", "step": "charity", "amount": Money json | None}   which charity?
    {"kind": "donation", "step": "amount", "charity": id}                  how much?
    {"kind": "donation", "step": "confirm" | "receipt", "donation": PendingDonation json}
    {"kind": "donation_pin", "donation": ...}                              the PIN
    {"kind": "round_up", "step": "offer", "donation": ..., "pin_verified_at": unix seconds}
    {"kind": "round_up", "step": "retry", "donation": ...}                 try the charge again?

``round_up`` carries the two yes/no questions that are not a new agreement: the round-up offer
after a purchase, and trying again a charge the gateway did not answer (the Yes/No tables route
``round_up``; ``donation`` would make "stop" say "nothing was charged", which after an
unanswered charge is not known). The purchase's PIN verification time, never the PIN, is kept
for ``Settings.round_up.pin_reuse_seconds``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

from content.model import CharityText
from payments.donations import TAX_RULES, Donation, GiveResult, GiveStatus, PendingDonation
from payments.errors import InvalidInput
from payments.money import Money
from skill.flows import pin
from skill.services import GUIDE_MARGIN, GUIDE_SURE
from skill.speech import plain
from skill.turn import Reply, Slot, Turn

MAX_NAMED = 3
"""At most this many charities are named when the donor must choose one."""
ROUND_TO = 10
"""The round-up brings an order's total up to the next multiple of this, in major units."""
MAX_PIN_REUSE = 60
CURRENCY_WORDS = {
    "euro": "EUR", "euros": "EUR", "eur": "EUR", "€": "EUR",
    "dollar": "USD", "dollars": "USD", "usd": "USD", "$": "USD",
}  # fmt: skip
_AMOUNT_RE = re.compile(r"^\d{1,9}(?:\.\d{1,2})?$")
_NEGATIVE_RE = re.compile(r"^-\s*\d")


# --- DonateIntent -------------------------------------------------------------------------------


def donate(turn: Turn, slots: dict[str, Slot]) -> Reply:
    """ "Donate twenty euros to the Red Cross", or part of it; missing parts come from the
    question the skill just asked, else are asked for."""
    context = _context(turn)
    charity_slot = slots.get("charity", Slot())
    amount_slot = slots.get("amount", Slot())

    charity_id = context.get("charity")
    if not charity_slot.empty:
        charity_id = _find_charity(turn, charity_slot)
    text = _text(turn, charity_id)

    spoken = _spoken_currency(turn, slots.get("currency", Slot()), text)
    if spoken is None or (text is not None and spoken != text.currency):
        return _wrong_currency(turn, text)

    amount: Money | None = None
    if not amount_slot.empty:
        value = _parse_amount(amount_slot.text or "")
        if not isinstance(value, Decimal):
            return _bad_amount(turn, value, charity_id if text else None)
        amount = Money.of(value, spoken)
    elif context.get("amount"):
        amount = Money.from_json(context["amount"])
        if text is not None and amount.currency != text.currency:
            return _wrong_currency(turn, text)

    if not charity_slot.empty and text is None:
        return _unknown_charity(turn, charity_slot, amount)
    if text is None:
        return _ask_charity(turn, amount)
    if amount is None:
        return _ask_amount(turn, charity_id, text)

    wallet = turn.services.wallets.show(turn.owner)
    if wallet is None:
        return pin.no_wallet(turn)
    if wallet.locked:
        return pin.locked(turn)
    return _within_limits(turn, charity_id, text, amount)


def _context(turn: Turn) -> dict:
    """What a pending donation question already knows: ``charity`` and ``amount``."""
    pending = turn.state.pending or {}
    if pending.get("kind") != "donation":
        return {}
    if "donation" in pending:
        donation = PendingDonation.from_json(pending["donation"])
        return {"charity": donation.charity_id, "amount": donation.amount.to_json()}
    return {"charity": pending.get("charity"), "amount": pending.get("amount")}


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


def _names(turn: Turn) -> list[str]:
    texts = [c.text[turn.locale] for c in turn.content.charities.values() if turn.locale in c.text]
    return [t.name for t in texts[:MAX_NAMED]]


def _spoken_currency(turn: Turn, slot: Slot, text: CharityText | None) -> str | None:
    """The currency the donor named (a ``currency`` slot), else the one the locale's samples
    say ("euros" in French, "dollars" in English). None: a currency we do not know."""
    if slot.entity_id:
        return slot.entity_id.upper()
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
    turn.state.pending = {
        "kind": "donation",
        "step": "charity",
        "amount": amount.to_json() if amount else None,
    }
    names = _names(turn)
    return turn.ask(
        lead,
        turn.say("donation_ask_charity", options=turn.speaker.either(names)),
        reprompt=turn.say("donation_ask_charity_reprompt", example=names[0]),
    )


def _unknown_charity(turn: Turn, slot: Slot, amount: Money | None) -> Reply:
    return _ask_charity(turn, amount, turn.say("donation_unknown_charity", name=slot.text or ""))


def _ask_amount(turn: Turn, charity_id: str, text: CharityText, lead: str = "") -> Reply:
    turn.state.pending = {"kind": "donation", "step": "amount", "charity": charity_id}
    examples = [turn.speaker.money(m) for m in text.suggested]
    return turn.ask(
        lead,
        turn.say("donation_ask_amount", charity=text.name, examples=turn.speaker.either(examples)),
        reprompt=turn.say("donation_ask_amount_reprompt", example=text.suggested[0]),
    )


def _bad_amount(turn: Turn, why: str, charity_id: str | None) -> Reply:
    """Not a positive number: one clear sentence, nothing charged, and the question again."""
    lead = turn.say(f"donation_amount_{why}")
    text = _text(turn, charity_id)
    if text is None:
        turn.state.pending = None
        return turn.ask(lead, turn.say("donation_try_again"), reprompt=turn.say("reprompt_welcome"))
    return _ask_amount(turn, charity_id, text, lead)


def _wrong_currency(turn: Turn, text: CharityText | None) -> Reply:
    turn.state.pending = None
    currency = text.currency if text else turn.locale_settings.currency
    key = f"currency_{currency}"
    words = turn.say(key) if key in turn.speaker.prompts else currency
    if text is None:
        speech = turn.say("donation_currency_locale", currency=words)
    else:
        speech = turn.say("donation_currency_refused", charity=text.name, currency=words)
    return turn.ask(speech, turn.say("anything_else"), reprompt=turn.say("reprompt_welcome"))


def _within_limits(turn: Turn, charity_id: str, text: CharityText, amount: Money) -> Reply:
    """Read the gift back, or say the limit it breaks and offer the nearest gift that fits."""
    if amount < text.minimum:
        return _offer(turn, charity_id, text, text.minimum, "donation_below_min")
    if amount > text.maximum:
        return _offer(turn, charity_id, text, text.maximum, "donation_above_max")
    donations = turn.services.donations
    room = donations.room_today(turn.owner, amount.currency)
    if amount > room:
        cap = donations.daily_cap(amount.currency)
        if room < text.minimum:
            turn.state.pending = None
            return turn.ask(
                turn.say("donation_cap_reached", cap=cap),
                turn.say("anything_else"),
                reprompt=turn.say("reprompt_welcome"),
            )
        return _offer(turn, charity_id, text, room, "donation_cap_room", cap=cap)
    return _offer(turn, charity_id, text, amount, "donation_confirm")


def _offer(
    turn: Turn, charity_id: str, text: CharityText, amount: Money, key: str, **params: object
) -> Reply:
    """Ask "shall I give <amount> to <charity>?": a yes is the donor's agreement to that gift."""
    pending = PendingDonation.create(charity_id, amount)
    turn.state.pending = {"kind": "donation", "step": "confirm", "donation": pending.to_json()}
    return turn.ask(
        turn.say(key, amount=amount, charity=text.name, **params),
        reprompt=turn.say("donation_confirm_reprompt", amount=amount, charity=text.name),
    )


# --- yes, no, the PIN ---------------------------------------------------------------------------


def confirmed(turn: Turn) -> Reply:
    """Yes to a donation question."""
    pending = turn.state.pending or {}
    step = pending.get("step")
    if step == "confirm":
        donation = PendingDonation.from_json(pending["donation"])
        terms = turn.services.donations.terms(donation.charity_id, donation.currency)
        text = _text(turn, donation.charity_id)
        if terms is not None and terms.receipts and text is not None:
            turn.state.pending = {**pending, "step": "receipt"}
            return turn.ask(
                turn.say("donation_receipt_ask", charity=text.name),
                reprompt=turn.say("donation_receipt_reprompt"),
            )
        return _ask_pin(turn, donation)
    if step == "receipt":
        donation = PendingDonation.from_json(pending["donation"])
        return _ask_pin(turn, replace(donation, tax_receipt=True))
    return donate(turn, {})  # "yes" is no answer to "which charity?" or "how much?": ask again


def declined(turn: Turn) -> Reply:
    """No to a donation question: no receipt, or no gift at all."""
    pending = turn.state.pending or {}
    if pending.get("step") == "receipt":
        donation = PendingDonation.from_json(pending["donation"])
        return _ask_pin(turn, replace(donation, tax_receipt=False))
    turn.state.pending = None
    return turn.ask(
        turn.say("donation_cancelled"),
        turn.say("anything_else"),
        reprompt=turn.say("reprompt_welcome"),
    )


def _ask_pin(turn: Turn, donation: PendingDonation, lead: str = "") -> Reply:
    turn.state.pending = {"kind": "donation_pin", "donation": donation.to_json()}
    return pin.ask(turn, lead)


def pin_given(turn: Turn, slot: Slot) -> Reply:
    """A spoken code while a donation waits for it (routed here by ``checkout.voice_pin``)."""
    code = pin.spoken_pin(slot)
    if code is None:
        return pin.not_understood(turn)
    return _give(turn, code)


def resumed(turn: Turn, slots: dict[str, Slot]) -> Reply:
    """Back from Alexa's voice check (``AMAZON.VerifyPerson``) for a donation's PIN."""
    status = slots.get("status", Slot()).text
    if (turn.state.pending or {}).get("kind") != "donation_pin":
        return turn.ask(turn.say("pin_nothing_pending"), reprompt=turn.say("reprompt_welcome"))
    if status == "ACHIEVED":
        return _give(turn, None, voice_verified=True)
    if status == "NOT_ENABLED":
        return turn.ask(turn.say("pin_ask"), reprompt=turn.say("pin_reprompt"))
    turn.state.pending = None
    return turn.ask(turn.say("donation_voice_check_failed"), reprompt=turn.say("reprompt_welcome"))


def _give(
    turn: Turn, code: str | None, *, voice_verified: bool = False, pin_reused: bool = False
) -> Reply:
    donation = PendingDonation.from_json(turn.state.pending["donation"])
    try:
        result = turn.services.donations.give(
            turn.owner, donation, code, voice_verified=voice_verified, pin_reused=pin_reused
        )
    except InvalidInput:
        return pin.not_understood(turn)
    return _outcome(turn, result, donation)


def _outcome(turn: Turn, result: GiveResult, donation: PendingDonation) -> Reply:
    status = result.status
    if status is GiveStatus.GIVEN:
        return _given(turn, result.donation)
    if status is GiveStatus.WRONG_PIN:
        return pin.wrong(turn, result.attempts_left)
    if status is GiveStatus.LOCKED:
        return pin.locked(turn)
    if status is GiveStatus.NO_WALLET:
        return pin.no_wallet(turn)
    if status is GiveStatus.PIN_REQUIRED:
        return _ask_pin(turn, donation)
    if status is GiveStatus.DECLINED:
        turn.state.pending = None
        reason = f"decline_{result.decline_reason}"
        explained = (
            turn.say(reason) if reason in turn.speaker.prompts else turn.say("decline_other")
        )
        return turn.ask(
            explained, turn.say("donation_decline_next"), reprompt=turn.say("reprompt_welcome")
        )
    if status is GiveStatus.RETRY_LATER:
        turn.state.pending = {"kind": "round_up", "step": "retry", "donation": donation.to_json()}
        return turn.ask(turn.say("payment_retry_later"), reprompt=turn.say("reprompt_yes_no"))
    if status is GiveStatus.IN_PROGRESS:
        turn.state.pending = None
        return turn.ask(turn.say("donation_in_progress"), reprompt=turn.say("reprompt_welcome"))
    text = _text(turn, donation.charity_id)
    limited = (GiveStatus.BELOW_MINIMUM, GiveStatus.ABOVE_MAXIMUM, GiveStatus.DAILY_CAP)
    if status in limited and text is not None:
        # The limits moved since the gift was read back (another gift today): say them again.
        return _within_limits(turn, donation.charity_id, text, donation.amount)
    turn.state.pending = None
    return turn.ask(
        turn.say("donation_not_possible"),
        turn.say("anything_else"),
        reprompt=turn.say("reprompt_welcome"),
    )


def _given(turn: Turn, donation: Donation) -> Reply:
    turn.state.pending = None
    turn.record("donation", charity=donation.charity_id, donation=donation.donation_id)
    text = _text(turn, donation.charity_id)
    name = text.name if text else donation.charity_name
    number = spoken_donation_number(donation.donation_id)
    parts = [turn.say("donation_given", amount=donation.amount, charity=name, number=number)]
    deductible = donation.deductible
    if donation.tax_rule in TAX_RULES and deductible.minor:
        parts.append(turn.say(f"donation_deductible_{donation.tax_rule}", deductible=deductible))
    if donation.tax_receipt:
        parts.append(turn.say("donation_receipt_coming", charity=name))
    card = _receipt_card(turn, donation, name, text)
    return turn.ask(
        *parts,
        turn.say("anything_else"),
        reprompt=turn.say("reprompt_welcome"),
        card_title=plain(turn.say("donation_card_title")),
        card_text=card,
    )


def _receipt_card(turn: Turn, donation: Donation, name: str, text: CharityText | None) -> str:
    date = datetime.fromtimestamp(donation.created_at, UTC).strftime(
        turn.speaker.prompts["donation_date_format"]
    )
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


def spoken_donation_number(donation_id: str) -> str:
    """The last six characters, grouped by three, as for orders."""
    tail = donation_id[-6:].upper()
    return f"{tail[:3]} {tail[3:]}"


# --- the round-up after a purchase --------------------------------------------------------------


def round_up_offer(turn: Turn, order) -> Reply | None:
    """After a paid order: "round up to 30 € with 5,10 € for <charity>?", or None.

    Offered when the merchant opted in, the charity takes the order's currency, the total is not
    already a multiple of ``ROUND_TO``, and the difference fits the charity's limits and what the
    daily cap leaves. The nonce comes from the order: one round-up per order, however often
    it is offered.
    """
    settings = turn.content.settings.round_up
    if settings is None or not settings.enabled:
        return None
    text = _text(turn, settings.charity)
    currency = order.total.currency
    if text is None or text.currency != currency:
        return None
    unit = Money.of(ROUND_TO, currency).minor
    rounded = Money(-(-order.total.minor // unit) * unit, currency)
    gift = rounded - order.total
    if gift.minor == 0 or not text.minimum <= gift <= text.maximum:
        return None
    if gift > turn.services.donations.room_today(turn.owner, currency):
        return None
    pending = PendingDonation.create(settings.charity, gift, nonce=f"roundup-{order.order_id}")
    turn.state.pending = {
        "kind": "round_up",
        "step": "offer",
        "donation": pending.to_json(),
        # When the purchase's PIN was checked: the order is created right after the check, so
        # this is never later than the check (never the PIN itself).
        "pin_verified_at": order.created_at,
    }
    return turn.ask(
        turn.say("round_up_offer", total=rounded, gift=gift, charity=text.name),
        reprompt=turn.say("round_up_reprompt", gift=gift, charity=text.name),
    )


def round_up_accepted(turn: Turn) -> Reply:
    """Yes to the round-up (a separate gift: the PIN again, unless the merchant allows reuse),
    or yes to trying an unanswered charge again."""
    pending = turn.state.pending or {}
    if pending.get("step") == "retry":
        return _give(turn, None)
    donation = PendingDonation.from_json(pending["donation"])
    settings = turn.content.settings.round_up
    reuse = min(settings.pin_reuse_seconds, MAX_PIN_REUSE) if settings else 0
    verified_at = pending.get("pin_verified_at")
    if reuse > 0 and verified_at is not None and 0 <= turn.now - float(verified_at) <= reuse:
        turn.state.pending = {"kind": "donation_pin", "donation": donation.to_json()}
        return _give(turn, None, pin_reused=True)
    return _ask_pin(turn, donation, turn.say("round_up_pin_again"))


def round_up_declined(turn: Turn) -> Reply:
    pending = turn.state.pending or {}
    turn.state.pending = None
    if pending.get("step") == "retry":
        return turn.ask(turn.say("donation_retry_declined"), reprompt=turn.say("reprompt_welcome"))
    return turn.ask(turn.say("no_problem"), reprompt=turn.say("reprompt_welcome"))


# --- history ------------------------------------------------------------------------------------


def history(turn: Turn, slots: dict[str, Slot]) -> Reply:
    """ "How much have I given this year?": per charity, in all, and the deductible estimate."""
    year = datetime.fromtimestamp(turn.now, UTC).year
    record = turn.services.donations.history(turn.owner, year)
    if not record.charities:
        return turn.ask(
            turn.say("donation_history_none", year=year, skill=turn.locale_settings.skill_name),
            reprompt=turn.say("reprompt_welcome"),
        )
    lines = []
    for line in record.charities:
        text = _text(turn, line.charity_id)
        name = text.name if text else line.charity_name
        lines.append(turn.say("donation_history_line", amount=line.total, charity=name))
    parts = [turn.say("donation_history", year=year, lines=turn.speaker.both(lines))]
    totals = record.totals
    if len(record.charities) > 1:
        spoken = turn.speaker.both([turn.speaker.money(m) for m in totals.values()])
        parts.append(turn.say("donation_history_total", total=spoken))
    for rule in TAX_RULES:
        for amount in record.deductible(rule).values():
            parts.append(turn.say(f"donation_deductible_{rule}", deductible=amount))
    return turn.ask(
        *parts,
        reprompt=turn.say("reprompt_welcome"),
        card_title=plain(turn.say("donation_history_card_title", year=year)),
        card_text="\n".join(plain(p) for p in parts),
    )


__all__ = [
    "confirmed",
    "declined",
    "donate",
    "history",
    "pin_given",
    "resumed",
    "round_up_accepted",
    "round_up_declined",
    "round_up_offer",
]
