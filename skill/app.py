"""The composition root: builds the skill from settings. Lambda, the web service and the simulator
all call ``build_skill``; nothing here runs at import time."""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from ask_sdk_core.attributes_manager import AttributesManager
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.skill import CustomSkill, SkillConfiguration
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import RESPONSE_FORMAT_VERSION
from ask_sdk_model import RequestEnvelope, ResponseEnvelope
from ask_sdk_runtime.exceptions import AskSdkException

from content.loader import load_content
from content.model import Content
from skill.handlers import ErrorHandler, render, request_handlers
from skill.services import Services, build_services
from skill.settings import Settings
from skill.state import MAX_ATTEMPTS, StateRepository, UserState, owner_key
from skill.turn import Turn
from store.base import ConditionFailed, Store, StoreUnavailable

log = logging.getLogger("echoppe.skill")


class SkillIdMismatch(AskSdkException):
    """The request names another skill: it is not for us."""


class EchoppeSkill(CustomSkill):
    """An ASK SDK skill whose turns load the shopper's state once and save it once.

    ``invoke`` replays the turn when another turn of the same shopper saved first (optimistic
    locking), so concurrent turns never lose an update; money moves are idempotent, so a replay
    cannot charge twice.
    """

    def __init__(
        self,
        configuration: SkillConfiguration,
        services: Services,
        states: StateRepository,
        clock: Callable[[], float],
    ) -> None:
        super().__init__(configuration)
        self.services = services
        self.states = states
        self.clock = clock

    @property
    def content(self) -> Content:
        return self.services.content

    def invoke(self, request_envelope: RequestEnvelope, context: Any) -> ResponseEnvelope:
        started = time.perf_counter()
        system = getattr(request_envelope.context, "system", None)
        application = getattr(system, "application", None)
        if self.skill_id and getattr(application, "application_id", None) != self.skill_id:
            raise SkillIdMismatch("the request is for another skill")
        locale = self.locale_of(request_envelope)
        user = getattr(getattr(system, "user", None), "user_id", None)
        person = getattr(getattr(system, "person", None), "person_id", None)
        owner = owner_key(user, person) if user else None
        for attempt in range(MAX_ATTEMPTS):
            try:
                response, session_attributes = self._attempt(
                    request_envelope, context, locale, owner, person
                )
            except ConditionFailed:
                # Another turn of this shopper saved first: replay on its state, after a short
                # jittered pause so racing turns do not collide again in lockstep.
                time.sleep(random.uniform(0, 0.005 * 2**attempt))
                continue
            break
        else:
            response, session_attributes = self._unavailable(request_envelope, context, locale)
        log.info(
            "turn",
            extra={
                "request_id": getattr(request_envelope.request, "request_id", None),
                "intent": _intent_name(request_envelope),
                "latency_ms": round((time.perf_counter() - started) * 1000, 1),
            },
        )
        return ResponseEnvelope(
            version=RESPONSE_FORMAT_VERSION,
            response=response,
            session_attributes=session_attributes,
        )

    def _attempt(self, envelope, context, locale, owner, person):
        try:
            loaded = self.states.load(owner) if owner else None
        except StoreUnavailable:
            return self._unavailable(envelope, context, locale)
        session = envelope.session
        attributes = dict(session.attributes or {}) if session and session.attributes else {}
        turn = Turn(
            locale=locale,
            owner=owner or "",
            person_id=person,
            session_id=getattr(session, "session_id", None) or "",
            new_session=bool(getattr(session, "new", True)),
            now=self.clock(),
            content=self.content,
            services=self.services,
            state=loaded.state if loaded else UserState(),
            session_attributes=attributes,
            request_id=getattr(envelope.request, "request_id", None) or "",
        )
        handler_input = self._handler_input(envelope, context)
        handler_input.attributes_manager.request_attributes["turn"] = turn
        response = self.request_dispatcher.dispatch(handler_input=handler_input)
        if loaded is not None and not handler_input.attributes_manager.request_attributes.get(
            "failed"
        ):
            try:
                self.states.save(owner, loaded, turn.state, turn.events)
            except StoreUnavailable:
                return self._unavailable(envelope, context, locale)
        return response, (turn.session_attributes if session is not None else None)

    def _unavailable(self, envelope, context, locale):
        handler_input = self._handler_input(envelope, context)
        reply = ErrorHandler.unavailable_reply(locale)
        return render(handler_input, reply), None

    @staticmethod
    def _handler_input(envelope: RequestEnvelope, context: Any) -> HandlerInput:
        return HandlerInput(
            request_envelope=envelope,
            attributes_manager=AttributesManager(request_envelope=envelope),
            context=context,
        )

    def locale_of(self, envelope: RequestEnvelope) -> str:
        """The request's locale when the content speaks it, else the merchant's default."""
        locale = getattr(envelope.request, "locale", None)
        if locale in self.content.settings.locales:
            return locale
        return self.content.settings.default_locale


def _intent_name(envelope: RequestEnvelope) -> str | None:
    intent = getattr(envelope.request, "intent", None)
    return getattr(intent, "name", None) or getattr(envelope.request, "object_type", None)


@cache
def cached_content(folder: str) -> Content:
    """Content is loaded once per process and folder."""
    return load_content(Path(folder))


def build_store(settings: Settings) -> Store:
    if settings.store == "dynamodb":
        from store.dynamodb import DynamoStore

        store = DynamoStore(
            table=settings.table,
            region=settings.region,
            endpoint=settings.dynamodb_endpoint or None,
        )
        store.check()
        return store
    from store.sqlite import SQLiteStore

    return SQLiteStore(settings.db_path)


def build_skill(
    settings: Settings,
    *,
    store: Store | None = None,
    clock: Callable[[], float] = time.time,
) -> EchoppeSkill:
    """Build the whole skill: content, store, services, handlers."""
    content = cached_content(str(settings.content_dir))
    store = store if store is not None else build_store(settings)
    services = build_services(settings, content, store, clock)
    builder = SkillBuilder()
    for handler in request_handlers():
        builder.add_request_handler(handler)
    builder.add_exception_handler(ErrorHandler())
    builder.skill_id = settings.skill_id or None
    configuration = builder.skill_configuration
    return EchoppeSkill(configuration, services, StateRepository(store), clock)


def invoke_json(skill: EchoppeSkill, event: dict[str, Any], context: Any = None) -> dict[str, Any]:
    """Run one Alexa request given as JSON (a dict) and return the response JSON."""
    request_envelope = skill.serializer.deserialize(json.dumps(event), RequestEnvelope)
    return skill.serializer.serialize(skill.invoke(request_envelope, context))
