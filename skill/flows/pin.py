"""Asking for the wallet PIN and reading what was said; shared by checkout and donations.

A PIN is never spoken back, logged, or kept anywhere but on its way from the slot to the
wallet's check. While a PIN is awaited, an utterance that Alexa routed to another intent but
whose words are four digits is taken as the PIN (and never echoed as a product or a topic).
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from payments.charging import Refusal
from payments.pin import MAX_ATTEMPTS, parse_spoken_pin
from skill import metrics
from skill.flows.common import again, follow_up
from skill.metrics import Metric
from skill.questions import DonationPin, OrderPin, Question, VoiceCheck
from skill.speech import Ssml
from skill.turn import LINK_ACCOUNT, Reply, Slots, Turn, VoiceCheckRequest

if TYPE_CHECKING:
    from payments.wallet_records import WalletView

PinQuestion = OrderPin | DonationPin


def ask(turn: Turn, question: PinQuestion, lead: str = "") -> Reply:
    """Ask for the 4-digit code (or start Alexa's own voice check when the merchant chose it)."""
    if turn.services.settings.pin_mode == "alexa" and turn.person_id:
        token = secrets.token_urlsafe(16)
        if isinstance(question, OrderPin):
            check = VoiceCheck(token, "order", order=question.order, attempt=question.attempt)
        else:
            check = VoiceCheck(token, "donation", donation=question.donation)
        return Reply(turn.speaker.join(lead), check, voice_check=VoiceCheckRequest(token))
    return turn.ask(lead, turn.say("pin_ask"), question=question, reprompt=turn.say("pin_reprompt"))


def payer(turn: Turn) -> str | None:
    """The wallet owner for a turn that reads or moves money; None when the shopper must link
    their account first (no token, or a token whose account was unlinked since: one read)."""
    if turn.payer is None:
        return None
    if turn.linked is not None and not turn.link_confirmed:
        links = turn.services.links
        if links is None or not links.confirm(turn.linked):
            return None
        turn.link_confirmed = True
    return turn.payer


def spoken_card(turn: Turn, wallet: WalletView) -> Ssml:
    """The wallet's default card as the shopper hears it: its brand and last four digits, said
    one by one; never more of it."""
    method = wallet.default_method
    return turn.say("card_spoken", brand=method.brand, last4=" ".join(method.last4))


def link_account(turn: Turn) -> Reply:
    """No linked account: say how, with the Alexa app's account-linking card."""
    return follow_up(
        turn,
        turn.say("link_account", skill=turn.locale_settings.skill_name),
        card=LINK_ACCOUNT,
    )


def spoken(slots: Slots) -> str | None:
    """The four digits the shopper said, from the PIN slot or any other slot, after words that
    only introduce a code ("the pin is …", « le code c'est … »)."""
    pin_slot = slots.get("pin")
    if pin_slot is not None and pin_slot.text:
        return parse_spoken_pin(_introduced(pin_slot.text))
    for slot in slots.values():
        code = parse_spoken_pin(_introduced(slot.text))
        if code is not None:
            return code
    return None


_LEAD_WORDS = frozenset(
    {"the", "my", "pin", "code", "number", "is", "it", "it's", "its", "here's", "that's",
     "secret", "le", "mon", "est", "c'est", "c", "ce", "voici", "voilà", "alors", "euh"}
)  # fmt: skip
"""Words that only introduce a code, in either language: dropped before the digits are read
(a word of anything else leaves the slot unread)."""


def _introduced(text: str | None) -> str | None:
    """``text`` without the words that introduce a code at its start."""
    words = (text or "").replace("’", "'").split()
    while words and words[0].lower() in _LEAD_WORDS:
        words = words[1:]
    return " ".join(words) if words else text


def attempted(slots: Slots) -> bool:
    """A code was tried but not heard as four digits: the PIN slot, or another intent's slot of
    digits only (« un deux trois quatre » heard as « un » and a fabric « deux trois quatre »).
    The question is asked again rather than the payment dropped."""
    if "pin" in slots:
        return True
    return any(_digits_only(slot.text) for slot in slots.values())


def _digits_only(text: str | None) -> bool:
    """Two digits or more said one by one, and nothing else ("deux trois quatre", "4 8 2")."""
    words = (text or "").replace(",", " ").split()
    return len(words) >= 2 and all(
        word.isdigit() or parse_spoken_pin(" ".join([word] * 4)) is not None for word in words
    )


def not_understood(turn: Turn, question: PinQuestion) -> Reply:
    """Not a 4-digit attempt: ask again, nothing counted."""
    return turn.ask(
        turn.say("pin_not_understood"), question=question, reprompt=turn.say("pin_reprompt")
    )


def wrong(turn: Turn, question: PinQuestion, attempts_left: int | None) -> Reply:
    """A wrong code: how many tries are left, then the code asked for again (the shopper
    must not wonder whether to speak)."""
    return turn.ask(
        turn.say("pin_wrong", left=attempts_left or 0),
        turn.say("pin_reprompt"),
        question=question,
        reprompt=turn.say("pin_reprompt"),
    )


def refused(
    turn: Turn, question: PinQuestion, status: str, attempts_left: int | None
) -> Reply | None:
    """What a refused authorization says, for an order or a gift alike (the statuses of
    ``payments.charging.Refusal``); None for any other status."""
    if status == Refusal.WRONG_PIN:
        metrics.count(Metric.PIN_FAILURES)
        return wrong(turn, question, attempts_left)
    if status == Refusal.LOCKED:
        metrics.count(Metric.PIN_LOCKOUTS)
        return locked(turn)
    if status == Refusal.NO_WALLET:
        return no_wallet(turn)
    if status == Refusal.PIN_REQUIRED:
        return ask(turn, question)
    return None


def declined(turn: Turn, reason: str | None) -> str:
    """Why the bank said no, when we know a way to say it."""
    key = f"decline_{reason}"
    return turn.say(key) if key in turn.speaker.prompts else turn.say("decline_other")


def locked(turn: Turn) -> Reply:
    return turn.tell(
        turn.say(
            "pin_locked",
            phone=turn.content.settings.support_phone,
            skill=turn.locale_settings.skill_name,
        )
    )


def no_wallet(turn: Turn) -> Reply:
    return follow_up(turn, turn.say("no_wallet", skill=turn.locale_settings.skill_name))


def forgotten(turn: Turn, question: PinQuestion | None, slots: Slots) -> Reply:
    """ "I forgot my PIN": where to set a new one (never the code itself); a payment waiting
    for it is set aside by the routing table, which says that nothing was charged."""
    return follow_up(
        turn,
        turn.say(
            "pin_forgotten",
            phone=turn.content.settings.support_phone,
            skill=turn.locale_settings.skill_name,
        ),
    )


def why(turn: Turn, question: Question | None, slots: Slots) -> Reply:
    """ "Why do you need a PIN?", "is my payment secure?", « c'est sécurisé ? »: what the code
    is for and how it is kept; while it is asked, asked again with no try counted."""
    said = [turn.say("pin_why", tries=MAX_ATTEMPTS)]
    owner = payer(turn) if isinstance(question, (OrderPin, DonationPin)) else None
    held = turn.services.wallets.show(owner) if owner else None
    if held is not None and held.attempts_left < MAX_ATTEMPTS:
        said.append(turn.say("pin_tries_left", left=held.attempts_left))  # after a wrong code
    if question is not None:
        return again(turn, question, *said)
    return follow_up(turn, *said)
