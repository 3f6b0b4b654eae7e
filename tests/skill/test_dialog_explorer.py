"""The dialog explorer: every reachable conversation state, every intent, in both locales.

A model-based test of the real skill, through the same path as the simulator (real envelopes,
``invoke_json``, a real SQLite file). From the first turn it explores breadth-first: in each
state it tries every intent of the interaction model with representative slot values (a known
value, an unknown one, none), the requests Alexa sends besides intents, and spoken digits where
they do not belong. States are told apart by what matters to the dialog (the pending question,
the guide, the cart, an open session, a payment pending), and each new state is explored in turn
down to ``ECHOPPE_EXPLORE_DEPTH`` (default 3; the README says how to run it longer).

Every reply is checked against the invariants in ``violations``; the test prints how many states
and transitions it covered and fails with every violation found.
"""

from __future__ import annotations

import json
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from payments.keys import wallet_key
from skill import envelopes
from skill.app import EchoppeSkill, build_skill, invoke_json
from skill.grammar import Name
from skill.interaction_model import model_path
from skill.questions import QUESTIONS
from skill.routes import NO, ROUTES, YES
from skill.settings import Settings
from skill.speech import Speaker, plain
from skill.state import STATE_SK, owner_key
from store.base import Put
from store.sqlite import SQLiteStore
from tests.skill.wallets import PIN, enroll

DEPTH = int(os.environ.get("ECHOPPE_EXPLORE_DEPTH", "3"))
WRONG_PIN = "1397"
MAX_GUIDE_CHARS = 600
TEMPLATE_USER = "amzn1.ask.account.EXPLORER"
_PINS = re.compile(rf"(?<![0-9A-Za-z])({PIN}|{WRONG_PIN})(?![0-9A-Za-z])")


@dataclass(frozen=True)
class Action:
    """One thing the shopper (or Alexa) can send: a request built fresh each time."""

    label: str
    kind: str
    intent: str = ""
    slots: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()

    def request(self, locale: str) -> dict[str, Any]:
        if self.kind == "launch":
            return envelopes.launch_request(locale)
        if self.kind == "ended":
            return envelopes.session_ended_request(locale)
        if self.kind == "resumed":
            return envelopes.session_resumed_request(locale, "ACHIEVED", token="not-ours")
        slots = {name: dict(spec) for name, spec in self.slots}
        return envelopes.intent_request(locale, self.intent, slots)

    @property
    def says_pin(self) -> bool:
        return any(value in (PIN, WRONG_PIN) for _, spec in self.slots for _, value in spec)


def actions(model: dict[str, Any]) -> list[Action]:
    """Every intent of the model with a known value, an unknown value and no value per slot."""
    language = model["interactionModel"]["languageModel"]
    types = {t["name"]: t["values"] for t in language["types"]}
    found = [Action("launch", "launch"), Action("ended", "ended"), Action("resumed", "resumed")]
    for intent in language["intents"]:
        name = intent["name"]
        slots = intent.get("slots", [])
        found.append(Action(f"{name}()", "intent", name))
        for slot in slots:
            for label, spec in _values(slot["type"], types):
                found.append(
                    Action(
                        f"{name}({slot['name']}={label})", "intent", name, ((slot["name"], spec),)
                    )
                )
        if name == "GetGuideIntent":
            topic = dict(_values("GUIDE_TOPIC", types))["known"]
            material = dict(_values("MATERIAL", types))["known"]
            found.append(
                Action(
                    f"{name}(topic+material)",
                    "intent",
                    name,
                    (("topic", topic), ("material", material)),
                )
            )
    # Digits where they do not belong, as speech recognition sometimes routes a PIN.
    found.append(
        Action(
            "ProductInfo(product=PIN)",
            "intent",
            "ProductInfoIntent",
            (("product", (("value", PIN),)),),
        )
    )
    found.append(
        Action(
            "GetGuide(topic=PIN)", "intent", "GetGuideIntent", (("topic", (("value", WRONG_PIN),)),)
        )
    )
    return found


def _values(
    slot_type: str, types: dict[str, list]
) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    if slot_type == "AMAZON.FOUR_DIGIT_NUMBER":
        return [
            ("right", (("value", PIN),)),
            ("wrong", (("value", WRONG_PIN),)),
            ("words", (("value", "?"),)),
        ]
    if slot_type == "AMAZON.NUMBER":
        return [("2", (("value", "2"),)), ("0", (("value", "0"),)), ("odd", (("value", "²"),))]
    if slot_type.startswith("AMAZON."):
        return [("text", (("value", "zorglub"),))]
    first = types[slot_type][0]
    known = (("value", first["name"]["value"]), ("id", first["id"]), ("type", slot_type))
    unknown = (("value", "zorglub bidule"), ("type", slot_type))
    return [("known", known), ("unknown", unknown)]


# --- the world a path runs in -------------------------------------------------------------------


class World:
    """One skill on a real SQLite file; each path is a new shopper whose wallet is a copy of an
    enrolled one (enrolling hashes a PIN: a copy is instant)."""

    def __init__(self, folder: Path, clock) -> None:
        self.clock = clock
        self.store = SQLiteStore(folder / "explorer.sqlite3", clock=clock)
        self.skill = build_skill(
            Settings(db_path=folder / "explorer.sqlite3"), store=self.store, clock=clock
        )
        enroll(self.skill, user=TEMPLATE_USER)
        self.wallet = self.store.get(*wallet_key(owner_key(TEMPLATE_USER)))
        self.runs = 0

    def shopper(self, locale: str) -> Shopper:
        self.runs += 1
        user = f"{TEMPLATE_USER}.{self.runs}"
        owner = owner_key(user)
        assert self.wallet is not None
        data = {**self.wallet.data, "owner": owner}
        self.store.write([Put(*wallet_key(owner), data, expect=0)])
        return Shopper(self, locale, user)

    def state_of(self, shopper: Shopper) -> dict[str, Any]:
        item = self.store.get(f"owner#{owner_key(shopper.user)}", STATE_SK)
        return item.data if item else {}


class Shopper:
    """One shopper's device: sessions open and close as Alexa's do."""

    def __init__(self, world: World, locale: str, user: str) -> None:
        self.world = world
        self.locale = locale
        self.user = user
        self.session_id: str | None = None
        self.attributes: dict[str, Any] = {}

    def send(self, action: Action) -> dict[str, Any]:
        self.world.clock.advance(1)
        new = self.session_id is None
        if new:
            self.session_id = f"amzn1.echo-api.session.{uuid.uuid4()}"
            self.attributes = {}
        event = envelopes.envelope(
            action.request(self.locale),
            user_id=self.user,
            session_id=self.session_id,
            new=new,
            attributes=self.attributes,
        )
        response = invoke_json(self.world.skill, event)
        self.attributes = response.get("sessionAttributes") or {}
        body = response.get("response", {})
        hands_over = any(
            d.get("type") == "Connections.StartConnection" for d in body.get("directives") or []
        )
        if body.get("shouldEndSession", True) is not False and not hands_over:
            self.session_id = None
        return response


def abstract(state: dict[str, Any], session_open: bool) -> tuple:
    """What tells two dialog states apart for the explorer."""
    question = state.get("question") or {}
    guide = state.get("guide") or {}
    return (
        question.get("kind"),
        question.get("about"),
        "done" if guide.get("done") else ("on" if guide else None),
        bool(state.get("cart")),
        bool(state.get("open_payment")),
        session_open,
    )


# --- invariants ---------------------------------------------------------------------------------


def violations(
    locale: str,
    action: Action,
    before: dict[str, Any],
    after: dict[str, Any],
    response: dict[str, Any],
    raw_state: str,
    previous: str = "",
) -> list[str]:
    """Everything wrong with one reply."""
    problems: list[str] = []
    body = response.get("response", {})
    speech = plain((body.get("outputSpeech") or {}).get("ssml", ""))
    speaker = Speaker(locale)
    question = after.get("question")
    asked = before.get("question") or {}
    if speech == plain(str(speaker.say("error"))):
        problems.append("the generic error reply")
    if action.kind == "ended":
        return problems if not speech else [*problems, "spoke after the session ended"]
    open_session = body.get("shouldEndSession") is False or any(
        d.get("type") == "Connections.StartConnection" for d in body.get("directives") or []
    )
    if open_session and not question:
        problems.append("the session stays open without a question")
    if question and question.get("kind") not in QUESTIONS:
        problems.append(f"unknown question kind {question.get('kind')!r}")
    choice = question and question.get("kind") in ("product_choice", "guide_choice")
    if choice and len(question.get("options") or ()) < 2:
        problems.append(f"{question['kind']} asked with fewer than two options")
    if body.get("shouldEndSession") is False and not body.get("reprompt"):
        problems.append("a question without a reprompt")
    if action.intent in (YES, NO) and asked:
        handled = (QUESTIONS[asked["kind"]], action.intent) in ROUTES
        if not handled:
            problems.append(f"{action.intent} not answered by question {asked['kind']}")
        if speech.startswith(plain(str(speaker.say("not_understood")))):
            problems.append(f"{action.intent} to {asked['kind']} not understood")
        if previous and speech == plain(previous):
            problems.append(f"{action.intent} to {asked['kind']} repeated it word for word")
    if action.intent == NO and asked.get("kind") == "anything_else" and open_session:
        problems.append('"no" to "anything else?" did not end the session')
    lost = _guide_lost(before, after)
    if lost and lost.lower() not in speech.lower() and asked.get("kind") != "resume":
        problems.append(f"the guide {lost!r} was dropped without a word")
    if "« »" in speech or '""' in speech or "(s)" in speech:
        problems.append(f"empty quotes or (s) in {speech!r}")
    if re.search(r"(?<!\.)\.\.(?!\.)|\s[.,]", speech):
        problems.append(f"stray punctuation in {speech!r}")
    if re.search(r"\{[a-zA-Z_.]+\}|\bNone\b", speech):
        problems.append(f"a raw placeholder in {speech!r}")
    if asked.get("kind") in ("pin", "donation_pin") and action.says_pin and _PINS.search(speech):
        problems.append("a PIN was spoken back")
    if _PINS.search(raw_state):
        problems.append("a PIN reached the state item")
    if ("Étape" in speech or "Step " in speech) and len(speech) > MAX_GUIDE_CHARS:
        problems.append(f"a guide turn of {len(speech)} characters")
    return problems


def _guide_lost(before: dict[str, Any], after: dict[str, Any]) -> str | None:
    """The title of a guide in progress that this turn dropped or replaced, if any."""
    old = before.get("guide") or {}
    new = after.get("guide") or {}
    if not old or old.get("done") or old.get("id") == new.get("id"):
        return None
    return old.get("title_said")


# --- the exploration ----------------------------------------------------------------------------


def explore(world: World, locale: str, models_dir: Path) -> tuple[int, int, list[str]]:
    model = json.loads(model_path(models_dir, locale).read_text(encoding="utf-8"))
    every = actions(model)
    seen: dict[tuple, list[Action]] = {}
    frontier: list[list[Action]] = [[]]
    transitions = 0
    found: list[str] = []
    for _depth in range(DEPTH):
        next_frontier: list[list[Action]] = []
        for path in frontier:
            for action in every:
                if path and action.kind == "launch" and path[-1].kind != "ended":
                    continue  # Alexa launches a new session only
                shopper = world.shopper(locale)
                for step in path:
                    shopper.send(step)
                before = _with_title(world.state_of(shopper), world.skill, locale)
                previous = str((shopper.attributes.get("last") or {}).get("speech", ""))
                response = shopper.send(action)
                after = world.state_of(shopper)
                transitions += 1
                raw = _said_and_asked(after)
                for problem in violations(locale, action, before, after, response, raw, previous):
                    trail = " → ".join(a.label for a in [*path, action])
                    found.append(f"{locale}: {trail}: {problem}")
                key = abstract(after, shopper.session_id is not None)
                if key not in seen:
                    seen[key] = [*path, action]
                    next_frontier.append([*path, action])
        frontier = next_frontier
    return len(seen), transitions, found


def _said_and_asked(state: dict[str, Any]) -> str:
    """The state item as text, without the random ids that may hold any four digits."""
    kept = {k: v for k, v in state.items() if k not in ("cart_id", "session", "settled")}
    text = json.dumps(kept, ensure_ascii=False)
    return re.sub(r'"(nonce|request_id)": "[^"]*"', "", text)


def _with_title(state: dict[str, Any], skill: EchoppeSkill, locale: str) -> dict[str, Any]:
    """The state, with the guide's name as a reply says it (to look for it in the reply)."""
    guide = state.get("guide")
    if guide and guide.get("id") in skill.content.guides:
        text = skill.content.guides[guide["id"]].text[locale]
        said = plain(Name(text.title, locale, text.grammar).the)
        return {**state, "guide": {**guide, "title_said": said}}
    return state


def test_every_question_declares_yes_and_no():
    for kind, question in QUESTIONS.items():
        assert (question, YES) in ROUTES, f"{kind} does not answer yes"
        assert (question, NO) in ROUTES, f"{kind} does not answer no"


@pytest.mark.parametrize("locale", ["fr-FR", "en-US"])
def test_explore_every_state(tmp_path, clock, locale, capsys):
    world = World(tmp_path, clock)
    models_dir = Settings().models_dir
    states, transitions, found = explore(world, locale, models_dir)
    with capsys.disabled():
        print(f"\nexplorer {locale}: {states} states, {transitions} transitions, depth {DEPTH}")
    assert not found, "\n".join(found[:40]) + f"\n({len(found)} in all)"
