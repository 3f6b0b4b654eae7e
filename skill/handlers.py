"""ASK SDK adapters: read the request, call a flow, render its reply. Nothing else lives here.

Which flow answers which request is the table in ``skill.routes``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from ask_sdk_core.dispatch_components import AbstractExceptionHandler, AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_model.ui import SimpleCard

from skill.speech import Speaker, Ssml
from skill.turn import Reply, Slot, Turn
from store.base import StoreUnavailable

log = logging.getLogger("echoppe.skill")

MAX_SLOT_CHARS = 200
"""Longer slot values are cut: nobody says more in one breath, and it bounds the work per turn."""

REMEMBERED_REPLIES = 4
"""Replies of turns that changed something, kept per shopper so a redelivered request is
answered alike and applied once. Turns that change nothing are not remembered, so they cost
no write."""

Flow = Callable[[Turn, dict[str, Slot]], Reply | None]


def read_slots(handler_input: HandlerInput) -> dict[str, Slot]:
    """Slot values and, when Alexa's entity resolution matched, the entity id."""
    request = handler_input.request_envelope.request
    cause = getattr(request, "cause", None)
    if cause is not None:
        # SessionResumedRequest: Alexa's answer to a Connections.StartConnection.
        result = getattr(cause, "result", None)
        status = result.get("status") if isinstance(result, dict) else None
        return {"status": Slot(status)}
    intent = getattr(request, "intent", None)
    slots = {}
    for name, slot in (getattr(intent, "slots", None) or {}).items():
        text = (slot.value or "")[:MAX_SLOT_CHARS].strip() or None
        entity_id = None
        authorities = getattr(getattr(slot, "resolutions", None), "resolutions_per_authority", None)
        for authority in authorities or []:
            status = getattr(getattr(authority.status, "code", None), "value", None)
            if status == "ER_SUCCESS_MATCH" and authority.values:
                entity_id = authority.values[0].value.id
                break
        slots[name] = Slot(text, entity_id)
    return slots


def render(handler_input: HandlerInput, reply: Reply) -> Response:
    builder = handler_input.response_builder.speak(reply.speech)
    if reply.reprompt is not None and not reply.end_session:
        builder.ask(reply.reprompt)
    if reply.card_title:
        builder.set_card(SimpleCard(title=reply.card_title, content=reply.card_text or ""))
    if reply.directive is not None:
        # A Connections.StartConnection hands the session to Alexa: leave shouldEndSession unset.
        builder.add_directive(reply.directive)
        return builder.response
    builder.set_should_end_session(reply.end_session if reply.reprompt is None else False)
    return builder.response


class FlowHandler(AbstractRequestHandler):
    """Answers the requests ``matches`` accepts with ``flow``."""

    def __init__(self, matches: Callable[[HandlerInput], bool], flow: Flow) -> None:
        self.matches = matches
        self.flow = flow

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return self.matches(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn: Turn = handler_input.attributes_manager.request_attributes["turn"]
        for earlier in turn.state.replies:
            if turn.request_id and earlier.get("request_id") == turn.request_id:
                return render(handler_input, Reply.from_json(earlier))
        before = json.dumps(turn.state.to_json(), sort_keys=True)
        reply = self.flow(turn, read_slots(handler_input))
        if reply is None:
            return handler_input.response_builder.response
        changed = json.dumps(turn.state.to_json(), sort_keys=True) != before or turn.events
        if changed and turn.request_id and reply.directive is None:
            remembered = {"request_id": turn.request_id, **reply.to_json()}
            turn.state.replies = [*turn.state.replies[-(REMEMBERED_REPLIES - 1) :], remembered]
        if reply.reprompt is not None:
            turn.session_attributes["last"] = {"speech": reply.speech, "reprompt": reply.reprompt}
        return render(handler_input, reply)


class ErrorHandler(AbstractExceptionHandler):
    """The one catch-all: a polite sentence in the request's locale, one log line, no secret."""

    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        attributes = handler_input.attributes_manager.request_attributes
        attributes["failed"] = True
        turn: Turn | None = attributes.get("turn")
        locale = turn.locale if turn else "en-US"
        if isinstance(exception, StoreUnavailable):
            log.warning("store unavailable: %s", type(exception).__name__)
            return render(handler_input, self.unavailable_reply(locale))
        log.error("turn failed: %s", type(exception).__name__, exc_info=exception)
        speaker = Speaker(locale)
        return render(handler_input, Reply(speaker.say("error"), speaker.say("reprompt_generic")))

    @staticmethod
    def unavailable_reply(locale: str) -> Reply:
        return Reply(Speaker(locale).say("unavailable"), end_session=True)


def request_handlers() -> list[AbstractRequestHandler]:
    from skill.routes import ROUTES

    return [FlowHandler(matches, flow) for matches, flow in ROUTES]


__all__ = ["ErrorHandler", "FlowHandler", "Ssml", "read_slots", "render", "request_handlers"]
