"""The composition root: builds the skill from settings. Lambda, the web service and the simulator
all call ``build_skill``; nothing here runs at import time."""

from __future__ import annotations

import json
import logging
import random
import tempfile
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ask_sdk_core.attributes_manager import AttributesManager
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.skill import CustomSkill, SkillConfiguration
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import RESPONSE_FORMAT_VERSION
from ask_sdk_model import RequestEnvelope, ResponseEnvelope
from ask_sdk_runtime.exceptions import AskSdkException

from content.loader import load_content
from content.model import Content
from content.versions import LiveContent
from skill import metrics
from skill.handlers import ErrorHandler, TurnHandler, clean_text, render
from skill.services import Services, build_services
from skill.settings import Settings
from skill.speech import Speaker
from skill.state import MAX_ATTEMPTS, StateRepository, UserState, owner_key
from skill.turn import Journal, Turn
from store.base import ConditionFailed, Store, StoreUnavailable

if TYPE_CHECKING:
    from payments.gateway import Gateway

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
        live: LiveContent | None = None,
    ) -> None:
        super().__init__(configuration)
        self.services = services
        self.states = states
        self.clock = clock
        self.live = live
        """Published content to follow without a restart (``content.versions``)."""
        self._followed = services.content
        """The content ``live`` last gave: the services change only when it does."""

    @property
    def content(self) -> Content:
        return self.services.content

    def invoke(self, request_envelope: RequestEnvelope, context: Any) -> ResponseEnvelope:
        started = time.perf_counter()
        self._follow_content()
        system = getattr(request_envelope.context, "system", None)
        application = getattr(system, "application", None)
        if self.skill_id and getattr(application, "application_id", None) != self.skill_id:
            raise SkillIdMismatch("the request is for another skill")
        locale = self.locale_of(request_envelope)
        user = clean_text(getattr(getattr(system, "user", None), "user_id", None))
        person = clean_text(getattr(getattr(system, "person", None), "person_id", None))
        owner = owner_key(user, person) if user else None
        tokens = (
            clean_text(getattr(getattr(system, "user", None), "access_token", None)),
            clean_text(getattr(getattr(system, "person", None), "access_token", None)),
        )
        journal = Journal()  # money outcomes of this request, kept across its replays
        for attempt in range(MAX_ATTEMPTS):
            metrics.new_attempt()  # a replay counts what it does, not what the lost one did
            try:
                response, session_attributes = self._attempt(
                    request_envelope, context, locale, owner, person, tokens, journal
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

    def _follow_content(self) -> None:
        """A newly published content version: the services are rebuilt over it. The look costs
        a turn nothing but once every ``content.versions.CHECK_EVERY`` seconds (one read)."""
        if self.live is None:
            return
        content = self.live.get()
        if content is not self._followed:
            self._followed = content
            s = self.services
            self.services = build_services(s.settings, content, s.store, s.clock, s.given_gateway)

    def _attempt(
        self,
        envelope: RequestEnvelope,
        context: Any,
        locale: str,
        owner: str | None,
        person: str | None,
        tokens: tuple[str | None, str | None],
        journal: Journal,
    ) -> tuple[Any, dict[str, Any] | None]:
        try:
            loaded = self.states.load(owner) if owner else None
        except StoreUnavailable:
            return self._unavailable(envelope, context, locale)
        session = envelope.session
        attributes = dict(session.attributes or {}) if session and session.attributes else {}
        payer, linked = self.services.payer(owner, *tokens) if owner else (None, None)
        turn = Turn(
            locale=locale,
            owner=owner or "",
            person_id=person,
            session_id=clean_text(getattr(session, "session_id", None)) or "",
            new_session=bool(getattr(session, "new", True)),
            now=self.clock(),
            content=self.content,
            services=self.services,
            state=loaded.state if loaded else UserState(),
            session_attributes=attributes,
            request_id=clean_text(getattr(envelope.request, "request_id", None)) or "",
            payer=payer,
            linked=linked,
            journal=journal,
        )
        handler_input = self._handler_input(envelope, context)
        handler_input.attributes_manager.request_attributes["turn"] = turn
        response = self.request_dispatcher.dispatch(handler_input=handler_input)
        failed = handler_input.attributes_manager.request_attributes.get("failed")
        if owner is not None and loaded is not None and not failed:
            try:
                self.states.save(owner, loaded, turn.state, turn.events, turn.writes)
            except StoreUnavailable:
                return self._unavailable(envelope, context, locale)
        return response, (turn.session_attributes if session is not None else None)

    def _unavailable(
        self, envelope: RequestEnvelope, context: Any, locale: str
    ) -> tuple[Any, dict[str, Any] | None]:
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
        """The request's locale when the content speaks it, else one of its language (en-GB is
        answered in en-US), else the merchant's default."""
        locale = str(getattr(envelope.request, "locale", None) or "")
        locales = self.content.settings.locales
        if locale in locales:
            return locale
        language = locale.split("-")[0].lower()
        same = [known for known in locales if known.split("-")[0].lower() == language]
        return same[0] if same and language else self.content.settings.default_locale


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
    gateway: Gateway | None = None,
) -> EchoppeSkill:
    """Build the whole skill: content, store, services, handlers. ``gateway``: instead of the
    one the settings choose (tests pass a wrapped sandbox)."""
    store = store if store is not None else build_store(settings)
    live = live_content(settings, store, clock)
    services = build_services(settings, live.get(), store, clock, gateway)
    builder = SkillBuilder()
    builder.add_request_handler(TurnHandler())
    builder.add_exception_handler(ErrorHandler())
    if settings.skill_id:
        builder.skill_id = settings.skill_id  # type: ignore[assignment]  # the SDK types it None
    configuration = builder.skill_configuration
    return EchoppeSkill(configuration, services, StateRepository(store), clock, live)


def live_content(
    settings: Settings, store: Store, clock: Callable[[], float] = time.time
) -> LiveContent:
    """The content published last (the console's), or the deployed folder before any."""
    return LiveContent(
        store, lambda: cached_content(str(settings.content_dir)), content_cache_dir(settings),
        clock=clock,
    )  # fmt: skip


def content_cache_dir(settings: Settings) -> Path:
    """Where published content versions are copied: beside the SQLite file, or the temp dir."""
    if settings.store == "sqlite":
        return settings.db_path.parent / "content-versions"
    return Path(tempfile.gettempdir()) / "echoppe-content"


def invoke_json(skill: EchoppeSkill, event: dict[str, Any], context: Any = None) -> dict[str, Any]:
    """Run one Alexa request given as JSON (a dict) and return the response JSON.

    An envelope the SDK cannot read (no request type, a malformed field) is answered with the
    fallback, politely: nothing was understood, so nothing is stored.
    """
    try:
        request_envelope = skill.serializer.deserialize(json.dumps(event), RequestEnvelope)
        if getattr(request_envelope, "request", None) is None:
            raise ValueError("an envelope without a request")
    except (AskSdkException, KeyError, TypeError, ValueError, AttributeError):
        log.warning("unreadable envelope")
        return _unreadable(skill, event)
    response = skill.serializer.serialize(skill.invoke(request_envelope, context))
    assert isinstance(response, dict)
    return response


def _unreadable(skill: EchoppeSkill, event: dict[str, Any]) -> dict[str, Any]:
    request = event.get("request") if isinstance(event, dict) else None
    said = request.get("locale") if isinstance(request, dict) else None
    locale = (
        said if said in skill.content.settings.locales else skill.content.settings.default_locale
    )
    speaker = Speaker(locale)
    return {
        "version": RESPONSE_FORMAT_VERSION,
        "response": {
            "outputSpeech": {"type": "SSML", "ssml": f"<speak>{speaker.say('fallback')}</speak>"},
            "reprompt": {
                "outputSpeech": {
                    "type": "SSML",
                    "ssml": f"<speak>{speaker.say('reprompt_welcome')}</speak>",
                }
            },
            "shouldEndSession": False,
        },
    }
