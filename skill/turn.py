"""One turn of conversation, independent of the Alexa SDK: what flows read and what they answer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from content.model import Content
from skill.speech import MAX_SPEECH_CHARS, Speaker, Ssml
from skill.state import UserState


@dataclass(frozen=True)
class Slot:
    """What Alexa heard for a slot: the words, and the entity id when resolution matched."""

    text: str | None = None
    entity_id: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.text or self.entity_id)


@dataclass
class Reply:
    speech: Ssml
    reprompt: Ssml | None = None
    card_title: str | None = None
    card_text: str | None = None
    end_session: bool = False
    directive: dict[str, Any] | None = None
    """A raw Alexa directive (e.g. Connections.StartConnection for Alexa's own PIN check)."""

    def __post_init__(self) -> None:
        if len(self.speech) > MAX_SPEECH_CHARS:
            raise ValueError(f"speech of {len(self.speech)} characters exceeds Alexa's limit")

    def to_json(self) -> dict[str, Any]:
        return {
            "speech": self.speech,
            "reprompt": self.reprompt,
            "card_title": self.card_title,
            "card_text": self.card_text,
            "end_session": self.end_session,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Reply:
        reprompt = data.get("reprompt")
        return cls(
            Ssml(data["speech"]),
            Ssml(reprompt) if reprompt else None,
            data.get("card_title"),
            data.get("card_text"),
            bool(data.get("end_session")),
        )


@dataclass
class Turn:
    """Everything a flow needs for one request; flows return a ``Reply``."""

    locale: str
    owner: str
    person_id: str | None
    session_id: str
    new_session: bool
    now: float
    content: Content
    services: Any
    state: UserState
    session_attributes: dict[str, Any]
    request_id: str = ""
    events: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.speaker = Speaker(self.locale)
        if self.state.session.get("id") != self.session_id:
            self.state.session = {"id": self.session_id, "offered": [], "declined": False}

    def say(self, key: str, **params: object) -> Ssml:
        return self.speaker.say(key, **params)

    def record(self, kind: str, **data: Any) -> None:
        """An event for the merchant's funnel, saved with this turn's state write."""
        self.events.append({"kind": kind, "at": self.now, "locale": self.locale, **data})

    def ask(self, *parts: str, reprompt: str | None = None, **card: str) -> Reply:
        """A question: the session stays open and the shopper is reminded if silent."""
        speech = self.speaker.join(*parts)
        return Reply(speech, Ssml(reprompt) if reprompt else self.say("reprompt_generic"), **card)

    def tell(self, *parts: str, end: bool = True, **card: str) -> Reply:
        """A statement; ``end=False`` keeps the session open without a question."""
        return Reply(self.speaker.join(*parts), None, end_session=end, **card)

    @property
    def locale_settings(self):
        return self.content.settings.locales[self.locale]

    @property
    def catalog(self):
        return self.content.catalogs[self.locale]
