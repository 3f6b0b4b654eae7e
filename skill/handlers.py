"""ASK SDK adapters: read the request, route it, render the reply. Nothing else lives here.

Who answers which request is the table in ``skill.routes``; this module turns an envelope into
``(intent, slots)``, keeps the shopper's pending question and remembered replies in their state,
and turns a ``Reply`` into an Alexa response.
"""

from __future__ import annotations

import json
import logging
import unicodedata
from typing import Any

from ask_sdk_core.dispatch_components import AbstractExceptionHandler, AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_model.interfaces.connections.v1 import StartConnectionDirective
from ask_sdk_model.ui import LinkAccountCard, SimpleCard

from skill import metrics
from skill.flows import basics
from skill.metrics import Metric
from skill.questions import WhatNext
from skill.routes import FALLBACK, UNKNOWN, route
from skill.speech import Speaker
from skill.turn import Reply, Slot, Slots, Turn
from store.base import StoreUnavailable

log = logging.getLogger("echoppe.skill")

MAX_SLOT_CHARS = 200
"""Longer slot values are cut: nobody says more in one breath, and it bounds the work per turn."""

REMEMBERED_REPLIES = 4
"""Replies of turns that changed something, kept per shopper so a redelivered request is
answered alike and applied once. Turns that change nothing are not remembered, so they cost
no write."""

VERIFY_PERSON_URI = "connection://AMAZON.VerifyPerson/2"

_REQUEST_TYPES = ("LaunchRequest", "SessionEndedRequest", "SessionResumedRequest")


def request_key(handler_input: HandlerInput) -> str:
    """The routing key: the request type, or the intent's name for an IntentRequest."""
    request = handler_input.request_envelope.request
    kind = getattr(request, "object_type", None)
    if kind in _REQUEST_TYPES:
        return str(kind)
    if kind == "IntentRequest":
        name = getattr(getattr(request, "intent", None), "name", None)
        return str(name) if name else UNKNOWN
    return UNKNOWN


def clean_text(value: object) -> str | None:
    """What was heard, safe to store and to speak: no control characters, no lone surrogates
    (they cannot be encoded), at most ``MAX_SLOT_CHARS``."""
    if not isinstance(value, str):
        return None
    kept = "".join(
        c
        for c in value[: MAX_SLOT_CHARS * 2]
        if unicodedata.category(c) not in ("Cc", "Cs", "Cf", "Co", "Cn") or c in " \t"
    )
    return " ".join(kept.split())[:MAX_SLOT_CHARS] or None


def read_slots(handler_input: HandlerInput) -> Slots:
    """Slot values and, when Alexa's entity resolution matched, the entity id."""
    request = handler_input.request_envelope.request
    cause = getattr(request, "cause", None)
    if cause is not None:
        # SessionResumedRequest: Alexa's answer to a Connections.StartConnection.
        result = getattr(cause, "result", None)
        status = result.get("status") if isinstance(result, dict) else None
        return {
            "status": Slot(clean_text(status)),
            "token": Slot(clean_text(getattr(cause, "token", None))),
        }
    intent = getattr(request, "intent", None)
    slots = {}
    for name, slot in (getattr(intent, "slots", None) or {}).items():
        entity_id = None
        authorities = getattr(getattr(slot, "resolutions", None), "resolutions_per_authority", None)
        for authority in authorities or []:
            status = getattr(getattr(authority.status, "code", None), "value", None)
            if status == "ER_SUCCESS_MATCH" and authority.values:
                entity_id = clean_text(authority.values[0].value.id)
                break
        slots[str(name)] = Slot(clean_text(getattr(slot, "value", None)), entity_id)
    return slots


def render(handler_input: HandlerInput, reply: Reply) -> Response:
    builder = handler_input.response_builder.speak(reply.speech)
    if reply.reprompt is not None:
        builder.ask(reply.reprompt)
    if reply.card is not None and reply.card.link_account:
        builder.set_card(LinkAccountCard())
    elif reply.card is not None:
        builder.set_card(SimpleCard(title=reply.card.title, content=reply.card.text))
    if reply.voice_check is not None:
        # A Connections.StartConnection hands the session to Alexa: leave shouldEndSession unset.
        builder.add_directive(verify_person_directive(reply.voice_check.token))
        return builder.response
    builder.set_should_end_session(reply.end_session)
    return builder.response


def verify_person_directive(token: str) -> StartConnectionDirective:
    payload: dict[str, Any] = {
        "requestedAuthenticationConfidenceLevel": {
            "level": 400,
            "customPolicy": {"policyName": "VOICE_PIN"},
        }
    }
    return StartConnectionDirective(uri=VERIFY_PERSON_URI, input=payload, token=token)


NOT_HEARD = frozenset({FALLBACK, UNKNOWN})
"""Requests not understood: their answer is no "last thing said" to repeat."""


class TurnHandler(AbstractRequestHandler):
    """Every request: a remembered reply, a replayed money outcome, or the routing table."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return True

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = handler_input.attributes_manager.request_attributes["turn"]
        assert isinstance(turn, Turn)
        state = turn.state
        for earlier in state.replies:
            if turn.request_id and earlier.get("request_id") == turn.request_id:
                return render(handler_input, Reply.from_json(earlier))
        before = json.dumps(state.to_json(), sort_keys=True)
        settled = turn.journal.settled
        reply: Reply | None
        intent = ""
        if settled is not None:
            # A replay after a lost save race: the money moved already; say and apply it.
            reply = settled.render(turn, settled.result)
        else:
            intent = request_key(handler_input)
            reply = route(turn, intent, read_slots(handler_input))
            reply = basics.counted_miss(turn, reply, missed=intent in NOT_HEARD)
        if reply is None:
            state.question = None
            state.reprompt = None
            return handler_input.response_builder.response
        state.question = reply.question.to_json() if reply.question else None
        state.reprompt = reply.reprompt
        changed = (
            json.dumps(state.to_json(), sort_keys=True) != before or turn.events or turn.writes
        )
        if changed and turn.request_id and reply.voice_check is None:
            remembered = {"request_id": turn.request_id, **reply.to_json()}
            state.replies = [*state.replies[-(REMEMBERED_REPLIES - 1) :], remembered]
        if reply.question is not None and intent not in NOT_HEARD:
            # "Repeat" after "I didn't get that" says the step again, not the miss
            turn.session_attributes["last"] = {"speech": reply.speech}
        return render(handler_input, reply)


class ErrorHandler(AbstractExceptionHandler):
    """The one catch-all: a polite sentence in the request's locale, one log line, no secret."""

    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        attributes = handler_input.attributes_manager.request_attributes
        attributes["failed"] = True
        turn = attributes.get("turn")
        locale = turn.locale if isinstance(turn, Turn) else "en-US"
        if isinstance(exception, StoreUnavailable):
            log.warning("store unavailable: %s", type(exception).__name__)
            return render(handler_input, self.unavailable_reply(locale))
        log.error("turn failed: %s", type(exception).__name__, exc_info=exception)
        metrics.count(Metric.ERROR_REPLIES)
        speaker = Speaker(locale)
        return render(
            handler_input,
            Reply(speaker.say("error"), WhatNext(), speaker.say("reprompt_generic")),
        )

    @staticmethod
    def unavailable_reply(locale: str) -> Reply:
        return Reply(Speaker(locale).say("unavailable"))


__all__ = ["ErrorHandler", "TurnHandler", "clean_text", "read_slots", "render", "request_key"]
