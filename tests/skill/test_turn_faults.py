"""A turn when DynamoDB fails: the shopper hears "try again in a moment", nothing is half-written.

Faults come from real machinery, as in tests/store/test_dynamodb_failures.py: a ``before-send``
handler on the store's botocore client answers in DynamoDB's place (botocore parses, retries and
raises exactly as it would for a real answer), or a private DynamoDB Local process is stopped.
The skill is the real one, driven through real envelopes by the simulator. Skipped without
DynamoDB Local (``make test`` always has one).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from botocore.awsrequest import AWSResponse

from bench.store import counting
from skill.app import build_skill
from skill.settings import Settings
from skill.simulator import Simulator
from skill.speech import Speaker, plain
from skill.state import EVENTS_PK, STATE_SK, owner_key
from store.base import Item
from store.dynamodb import DynamoStore
from store.dynamodb_settings import DEFAULT_TIMEOUTS, Timeouts
from tests.dynamodb import endpoint, fresh_dynamo_store

pytestmark = pytest.mark.skipif(endpoint() is None, reason="needs DynamoDB Local")

USER = "amzn1.ask.account.FAULTS"
TURN_TIMEOUTS = Timeouts(connect=2.0, read=5.0, attempts=DEFAULT_TIMEOUTS.attempts)
"""Production's number of attempts (so botocore retries as on Lambda), lenient timeouts (so a
busy CI machine's JVM pause is not a fault these tests did not mean)."""

SAY = {
    "en-US": {
        "add_spray": "add the oxygen spray to my cart",
        "add_sticks": "add two stain sticks",
        "guide": "how do I remove a red wine stain",
        "material": "cotton",
        "next": "next",
        "try_again": "try again in a moment",
    },
    "fr-FR": {
        "add_spray": "ajoute le spray oxygène au panier",
        "add_sticks": "ajoute deux sticks détachants",
        "guide": "comment enlever une tache de vin rouge",
        "material": "coton",
        "next": "suivant",
        "try_again": "réessayer dans un instant",
    },
}
LOCALES = list(SAY)


@pytest.fixture
def dynamo(clock):
    store = fresh_dynamo_store(clock=clock, timeouts=TURN_TIMEOUTS)
    yield store
    store.close()


def shopper(store, tmp_path, clock, locale: str) -> Simulator:
    skill = build_skill(Settings(db_path=tmp_path / "unused.sqlite3"), store=store, clock=clock)
    return Simulator(skill, locale, user_id=USER)


class _Body:
    def __init__(self, payload: bytes) -> None:
        self._payload = payload

    def stream(self, **_):
        yield self._payload


def _error(code: str, **extra) -> dict:
    return {"__type": f"com.amazonaws.dynamodb.v20120810#{code}", "message": code, **extra}


THROTTLED = _error("ThrottlingException")
OVER_CAPACITY = _error("ProvisionedThroughputExceededException")
CANCELLED_BY_THROTTLING = _error(
    "TransactionCanceledException",
    CancellationReasons=[{"Code": "None"}, {"Code": "ThrottlingError", "Message": "Throttled"}],
)


@contextmanager
def answering(
    store: DynamoStore, operations: list[str], body: dict, *, times: int | None = None
) -> Iterator[list[str]]:
    """While inside, DynamoDB answers ``operations`` with HTTP 400 and ``body`` (the first
    ``times`` attempts only, when given); yields the operations answered so, one per attempt."""
    answered: list[str] = []

    def respond(request, event_name: str, **_):
        if times is not None and len(answered) >= times:
            return None
        answered.append(event_name.rsplit(".", 1)[-1])
        return AWSResponse(
            request.url,
            400,
            {"Content-Type": "application/x-amz-json-1.0", "x-amzn-RequestId": "injected"},
            _Body(json.dumps(body).encode()),
        )

    events = store.client.meta.events
    for operation in operations:
        events.register(
            f"before-send.dynamodb.{operation}", respond, unique_id=f"fault-{operation}"
        )
    try:
        yield answered
    finally:
        for operation in operations:
            events.unregister(f"before-send.dynamodb.{operation}", unique_id=f"fault-{operation}")


def state_item(store: DynamoStore) -> Item | None:
    return store.get(f"owner#{owner_key(USER)}", STATE_SK)


def events(store: DynamoStore) -> list[Item]:
    return store.query(EVENTS_PK)


def assert_try_again(response: dict, locale: str) -> None:
    """A normal Alexa response that says the ``unavailable`` prompt and ends the session."""
    assert response["version"] == "1.0"
    body = response["response"]
    speech = plain(body["outputSpeech"]["ssml"])
    assert speech == plain(Speaker(locale).say("unavailable"))
    assert SAY[locale]["try_again"] in speech
    assert body["shouldEndSession"] is True


def cart(store: DynamoStore) -> dict[str, int]:
    item = state_item(store)
    return {line["id"]: line["qty"] for line in item.data["cart"]} if item else {}


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("body", [THROTTLED, OVER_CAPACITY], ids=["throttling", "capacity"])
def test_throttled_save_during_add_to_cart_adds_nothing(dynamo, tmp_path, clock, locale, body):
    say = SAY[locale]
    sim = shopper(dynamo, tmp_path, clock, locale)
    sim.launch()
    sim.say(say["add_spray"])
    before, events_before = state_item(dynamo), events(dynamo)
    assert cart(dynamo) == {"oxy-spray-500": 1}

    with answering(dynamo, ["PutItem", "TransactWriteItems"], body) as answered:
        sim.say(say["add_sticks"])
    assert answered, "the fault was never hit: the turn did not try to save"
    assert_try_again(sim.last, locale)

    after = state_item(dynamo)
    assert (after.version, after.data) == (before.version, before.data)
    assert events(dynamo) == events_before

    # The shopper does as told; the line is added once.
    sim.launch()
    sim.say(say["add_sticks"])
    assert cart(dynamo) == {"oxy-spray-500": 1, "stick-detachant": 2}


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    "body", [THROTTLED, CANCELLED_BY_THROTTLING], ids=["throttling", "cancelled-throttling"]
)
def test_throttled_transaction_writes_neither_state_nor_event(
    dynamo, tmp_path, clock, locale, body
):
    """A guide step saves the progress and a funnel event in one transaction: all or nothing."""
    say = SAY[locale]
    sim = shopper(dynamo, tmp_path, clock, locale)
    sim.launch()
    sim.say(say["guide"])
    sim.say(say["material"])
    before, events_before = state_item(dynamo), events(dynamo)

    with counting(dynamo) as requests, answering(dynamo, ["TransactWriteItems"], body):
        sim.say(say["next"])
    assert requests["TransactWriteItems"] == 1, f"not a transaction: {dict(requests)}"
    assert_try_again(sim.last, locale)

    after = state_item(dynamo)
    assert (after.version, after.data) == (before.version, before.data)
    assert events(dynamo) == events_before


@pytest.mark.parametrize("locale", LOCALES)
def test_throttled_read_answers_without_writing(dynamo, tmp_path, clock, locale):
    say = SAY[locale]
    sim = shopper(dynamo, tmp_path, clock, locale)
    sim.launch()
    sim.say(say["add_spray"])
    before = state_item(dynamo)

    with counting(dynamo) as requests, answering(dynamo, ["GetItem"], OVER_CAPACITY):
        sim.say(say["add_sticks"])
    assert_try_again(sim.last, locale)
    assert set(requests) == {"GetItem"}, f"wrote after a failed read: {dict(requests)}"
    after = state_item(dynamo)
    assert (after.version, after.data) == (before.version, before.data)


def test_one_throttled_attempt_is_retried_by_botocore_and_the_turn_succeeds(
    dynamo, tmp_path, clock
):
    """Production retries once (``DEFAULT_TIMEOUTS.attempts == 2``): a single throttled answer
    costs a back-off, not the shopper's turn; and the retried write applies once."""
    assert TURN_TIMEOUTS.attempts >= 2
    sim = shopper(dynamo, tmp_path, clock, "en-US")
    sim.launch()
    with (
        counting(dynamo, attempts=True) as sent,
        answering(dynamo, ["PutItem", "TransactWriteItems"], THROTTLED, times=1) as answered,
    ):
        reply = sim.say(SAY["en-US"]["add_spray"])
    assert len(answered) == 1
    assert sent["PutItem"] + sent["TransactWriteItems"] == 2
    assert "Active Oxygen Spray 500 ml" in reply
    assert cart(dynamo) == {"oxy-spray-500": 1}


def test_dynamodb_stopped_mid_dialog(tmp_path, clock):
    """The server goes away between two turns: the next turns are answered, politely, in each
    shopper's language (one private DynamoDB Local for both locales: a JVM start costs ~2 s)."""
    from tools.dynamodb_local import dynamodb_local

    with dynamodb_local() as local:
        store = fresh_dynamo_store(clock=clock, url=local.endpoint, timeouts=TURN_TIMEOUTS)
        shoppers = {locale: shopper(store, tmp_path, clock, locale) for locale in LOCALES}
        for locale, sim in shoppers.items():
            sim.launch()
            sim.say(SAY[locale]["add_spray"])
        local.stop()
        for locale, sim in shoppers.items():
            sim.say(SAY[locale]["add_sticks"])
            assert_try_again(sim.last, locale)
            sim.launch()
            assert_try_again(sim.last, locale)
        DynamoStore.close(store)  # not the disposable store's close: the table died with the server
