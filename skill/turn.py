"""One turn of conversation, independent of the Alexa SDK: what flows read and what they answer.

A flow returns a ``Reply``. A reply that keeps the session open asks a ``Question``: ``Turn.ask``
takes it as a required argument and ``Reply`` refuses a reprompt without one, so a question the
skill could not route the answer of cannot be written. A reply without a question ends the
session (``Turn.tell``).

**Effects.** A turn reads the state once and writes it once; when another turn of the same
shopper saved first, the turn is replayed on the fresh state (``skill.app.EchoppeSkill``). A
money movement is not decided again on replay: the flow passes the domain's outcome to
``Turn.settle`` with the function that speaks it and applies it to the state, the ``Journal``
keeps both across the replays of one request, and a replay speaks and applies that outcome on
the fresh state instead of routing the request again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from content.model import Content, LocaleSettings, default_grammar
from skill.grammar import Name
from skill.questions import Question
from skill.speech import MAX_SPEECH_CHARS, Speaker, Ssml
from skill.state import UserState
from store.base import Op

if TYPE_CHECKING:
    from accounts.links import LinkedShopper
    from catalog.model import Catalog, Product
    from skill.services import Services

R = TypeVar("R")


@dataclass(frozen=True)
class Slot:
    """What Alexa heard for a slot: the words, and the entity id when resolution matched."""

    text: str | None = None
    entity_id: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.text or self.entity_id)


Slots = dict[str, Slot]


@dataclass(frozen=True)
class Card:
    title: str
    text: str
    link_account: bool = False
    """The Alexa app's account-linking card instead of a text card."""


LINK_ACCOUNT = Card("", "", link_account=True)


@dataclass(frozen=True)
class VoiceCheckRequest:
    """Hand the session to Alexa's own voice check (``AMAZON.VerifyPerson``) with ``token``."""

    token: str


@dataclass(frozen=True)
class Reply:
    """What the skill says. With a ``question`` the session stays open and the shopper is
    reminded with ``reprompt``; without one, the session ends."""

    speech: Ssml
    question: Question | None = None
    reprompt: Ssml | None = None
    card: Card | None = None
    voice_check: VoiceCheckRequest | None = None

    def __post_init__(self) -> None:
        if len(self.speech) > MAX_SPEECH_CHARS:
            raise ValueError(f"speech of {len(self.speech)} characters exceeds Alexa's limit")
        if self.question is None and (self.reprompt is not None or self.voice_check is not None):
            raise ValueError("a reply that waits for an answer must carry its question")
        if self.question is not None and self.reprompt is None and self.voice_check is None:
            raise ValueError("a question needs a reprompt")

    @property
    def end_session(self) -> bool:
        return self.question is None

    def led_by(self, *parts: str) -> Reply:
        """The same reply with sentences said before it."""
        lead = " ".join(p for p in parts if p)
        if not lead:
            return self
        return Reply(
            Ssml(f"{lead} {self.speech}".strip()),
            self.question,
            self.reprompt,
            self.card,
            self.voice_check,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "speech": self.speech,
            "question": self.question.to_json() if self.question else None,
            "reprompt": self.reprompt,
            "card": [self.card.title, self.card.text, self.card.link_account]
            if self.card
            else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Reply:
        question = Question.from_json(data.get("question"))
        reprompt = data.get("reprompt")
        card = data.get("card")
        return cls(
            Ssml(data["speech"]),
            question,
            Ssml(reprompt) if reprompt and question else None,
            Card(card[0], card[1], bool(card[2:] and card[2])) if card else None,
        )


@dataclass
class Settled(Generic[R]):
    """A domain outcome that moved (or counted) something, and how to speak and apply it."""

    result: R
    render: Callable[[Turn, R], Reply]


@dataclass
class Journal:
    """Outcomes of one request's money effects, kept across its replays (see the module doc)."""

    settled: Settled[Any] | None = None
    tried: set[str] = field(default_factory=set)
    """Records an attempt of this request meant to create with its state write (``Turn.writes``,
    a reward earned): the save failed, so a replay reads them before trying again."""


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
    services: Services
    state: UserState
    session_attributes: dict[str, Any]
    request_id: str = ""
    payer: str | None = None
    """Whose wallet pays: the linked account's, or (no account linking) this shopper's own
    ``owner``; None when account linking is configured and the shopper has not linked."""
    linked: LinkedShopper | None = None
    """The linked account the access token names, confirmed once before money moves."""
    journal: Journal = field(default_factory=Journal)
    events: list[dict[str, Any]] = field(default_factory=list)
    writes: list[Op] = field(default_factory=list)
    """Records created in the same write as the state (``StateRepository.save``)."""

    def __post_init__(self) -> None:
        self.link_confirmed = False
        self.speaker = Speaker(self.locale, self.content.prompts.get(self.locale))
        if self.state.session.get("id") != self.session_id:
            self.state.session = {"id": self.session_id, "offered": [], "declined": False}
        self.question: Question | None = Question.from_json(self.state.question)

    def say(self, key: str, **params: object) -> Ssml:
        return self.speaker.say(key, **params)

    def record(self, kind: str, **data: Any) -> None:
        """An event for the merchant's funnel, saved with this turn's state write."""
        self.events.append({"kind": kind, "at": self.now, "locale": self.locale, **data})

    def ask(
        self, *parts: str, question: Question, reprompt: str | None = None, card: Card | None = None
    ) -> Reply:
        """Say ``parts`` and wait for the answer to ``question``."""
        speech = self.speaker.join(*parts)
        return Reply(
            speech, question, Ssml(reprompt) if reprompt else self.say("reprompt_generic"), card
        )

    def tell(self, *parts: str, card: Card | None = None) -> Reply:
        """A statement that ends the session."""
        return Reply(self.speaker.join(*parts), card=card)

    def settle(self, result: R, render: Callable[[Turn, R], Reply]) -> Reply:
        """Speak and apply a money outcome, and keep it for a replay of this request."""
        self.journal.settled = Settled(result, render)
        return render(self, result)

    @property
    def locale_settings(self) -> LocaleSettings:
        return self.content.settings.locales[self.locale]

    @property
    def catalog(self) -> Catalog:
        return self.content.catalogs[self.locale]

    def product_name(self, product: Product) -> Name:
        grammar = self.content.product_grammar.get(self.locale, {}).get(product.id)
        return Name(product.title, self.locale, grammar or default_grammar("product", self.locale))

    def charity_name(self, charity_id: str) -> Name | None:
        charity = self.content.charities.get(charity_id)
        text = charity.text.get(self.locale) if charity else None
        return Name(text.name, self.locale, text.grammar) if text else None

    def recorded_charity_name(self, charity_id: str, recorded: str) -> Name:
        """The charity's name from the content, or the one a record kept (it may be gone)."""
        return self.charity_name(charity_id) or Name(
            recorded, self.locale, default_grammar("charity", self.locale)
        )

    def guide_name(self, guide_id: str) -> Name:
        text = self.content.guides[guide_id].text[self.locale]
        return Name(text.title, self.locale, text.grammar)

    @property
    def guide_in_progress(self) -> str | None:
        """The id of the guide the shopper is following and has not finished, if any."""
        progress = self.state.guide
        if progress and not progress.get("done") and progress.get("id") in self.content.guides:
            return str(progress["id"])
        return None
