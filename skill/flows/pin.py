"""Asking for the wallet PIN and reading what was said; shared by checkout and donations.

A PIN is never spoken back, logged, or kept in session attributes: it goes from the slot to the
wallet's check and nowhere else.
"""

from __future__ import annotations

from typing import Any

from ask_sdk_model.interfaces.connections.v1 import StartConnectionDirective

from payments.pin import parse_spoken_pin
from skill.turn import Reply, Slot, Turn

VERIFY_PERSON_URI = "connection://AMAZON.VerifyPerson/2"


def ask(turn: Turn, lead: str = "") -> Reply:
    """Ask for the 4-digit code (or start Alexa's own voice check when the merchant chose it)."""
    if turn.services.settings.pin_mode == "alexa" and turn.person_id:
        return Reply(
            turn.speaker.join(lead),
            directive=verify_person_directive(turn.request_id or "echoppe"),
        )
    return turn.ask(lead, turn.say("pin_ask"), reprompt=turn.say("pin_reprompt"))


def verify_person_directive(token: str) -> StartConnectionDirective:
    payload: dict[str, Any] = {
        "requestedAuthenticationConfidenceLevel": {
            "level": 400,
            "customPolicy": {"policyName": "VOICE_PIN"},
        }
    }
    return StartConnectionDirective(uri=VERIFY_PERSON_URI, input=payload, token=token[:64])


def spoken_pin(slot: Slot) -> str | None:
    """Four digits when the shopper said four ("4826", "four eight two six"); else None."""
    return parse_spoken_pin(slot.text)


def not_understood(turn: Turn) -> Reply:
    """Not a 4-digit attempt: ask again, nothing counted."""
    return turn.ask(turn.say("pin_not_understood"), reprompt=turn.say("pin_reprompt"))


def wrong(turn: Turn, attempts_left: int | None) -> Reply:
    return turn.ask(
        turn.say("pin_wrong", left=attempts_left or 0), reprompt=turn.say("pin_reprompt")
    )


def locked(turn: Turn) -> Reply:
    turn.state.pending = None
    return turn.tell(turn.say("pin_locked", phone=turn.content.settings.support_phone))


def no_wallet(turn: Turn) -> Reply:
    turn.state.pending = None
    return turn.ask(
        turn.say("no_wallet", skill=turn.locale_settings.skill_name),
        reprompt=turn.say("reprompt_welcome"),
    )
