"""Turns of one shopper at once, on both backends: no update is lost, none applies twice.

Two devices in one home, a web service's threads, or two Lambda containers can run turns of one
shopper at the same time. Each turn loads the state once and saves it with the version it read;
the later save fails its condition and ``EchoppeSkill.invoke`` replays that turn on fresh state.
Alexa may also deliver a request again (a retry after a timeout): the same ``requestId`` must not
add a line twice. Real envelopes (PRODUCT entity ids, as Alexa's entity resolution sends them)
go through ``invoke_json``; threads start together at a barrier.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest

from skill import envelopes
from skill.app import EchoppeSkill, build_skill, invoke_json
from skill.settings import Settings
from skill.simulator import Simulator
from skill.speech import Speaker, plain
from skill.state import STATE_SK, owner_key
from tests.skill.names import spoken

USER = "amzn1.ask.account.CONCURRENT"
LOCALE = "en-US"
THREADS = 8


@pytest.fixture
def build(store, tmp_path, clock) -> Callable[[], EchoppeSkill]:
    """A new skill on the shared store: one per thread is one per Lambda container."""
    settings = Settings(db_path=tmp_path / "unused.sqlite3")
    return lambda: build_skill(settings, store=store, clock=clock)


def in_stock(skill: EchoppeSkill, count: int) -> list:
    products = [p for p in skill.content.catalogs[LOCALE].products if p.in_stock]
    assert len(products) >= count, "the example catalog has too few products in stock"
    return products[:count]


def add_to_cart(product, quantity: int, session: str | None = None) -> dict:
    request = envelopes.intent_request(
        LOCALE,
        "AddToCartIntent",
        {
            "product": {"value": product.title, "type": "PRODUCT", "id": product.id},
            "quantity": {"value": str(quantity)},
        },
    )
    return envelopes.envelope(
        request, user_id=USER, session_id=session or f"amzn1.echo-api.session.{uuid.uuid4()}"
    )


def at_once(skills: list[EchoppeSkill], events: list[dict]) -> list[dict]:
    """``invoke_json(skills[i], events[i])`` in one thread each, released together."""
    barrier = threading.Barrier(len(events))

    def turn(index: int) -> dict:
        barrier.wait()
        return invoke_json(skills[index], events[index])

    with ThreadPoolExecutor(len(events)) as pool:
        return list(pool.map(turn, range(len(events))))


def speech(response: dict) -> str:
    return plain(response["response"]["outputSpeech"]["ssml"])


def unavailable(response: dict) -> bool:
    return speech(response) == plain(Speaker(LOCALE).say("unavailable"))


def cart(store) -> dict[str, int]:
    item = store.get(f"owner#{owner_key(USER)}", STATE_SK)
    return {line["id"]: line["qty"] for line in item.data["cart"]} if item else {}


def settle(skill: EchoppeSkill, events: list[dict], responses: list[dict]) -> int:
    """The shopper does what "try again in a moment" asks: each turn that was told so is said
    again (a new request). Returns how many were. Every other answer must be a normal add."""
    retried = 0
    for event, response in zip(events, responses, strict=True):
        assert response["version"] == "1.0"
        if unavailable(response):
            again = {**event, "request": {**event["request"], "requestId": str(uuid.uuid4())}}
            response = invoke_json(skill, again)
            retried += 1
        title = event["request"]["intent"]["slots"]["product"]["value"]
        product = next(p for p in skill.content.catalogs[LOCALE].products if p.title == title)
        assert spoken(skill, LOCALE, product) in speech(response), speech(response)
    return retried


@pytest.mark.parametrize("one_skill_per_thread", [False, True], ids=["shared-skill", "per-thread"])
def test_concurrent_adds_of_different_products_are_all_kept(store, build, one_skill_per_thread):
    skills = [build() for _ in range(THREADS)] if one_skill_per_thread else [build()] * THREADS
    products = in_stock(skills[0], THREADS)
    events = [add_to_cart(p, n + 1) for n, p in enumerate(products)]

    responses = at_once(skills, events)
    settle(skills[0], events, responses)

    assert cart(store) == {p.id: n + 1 for n, p in enumerate(products)}


def test_concurrent_adds_of_one_product_add_up(store, build):
    skill = build()
    product = in_stock(skill, 1)[0]
    events = [add_to_cart(product, 1) for _ in range(THREADS)]

    responses = at_once([skill] * THREADS, events)
    settle(skill, events, responses)

    assert cart(store) == {product.id: THREADS}


def test_two_devices_at_once_never_need_a_retry(store, build):
    """Two racing turns: the loser replays once and succeeds; the shopper never hears "try
    again" (that takes more racing writers than ``MAX_ATTEMPTS`` replays can absorb)."""
    skill = build()
    first, second = in_stock(skill, 2)
    for _ in range(5):
        events = [add_to_cart(first, 1), add_to_cart(second, 2)]
        responses = at_once([skill, skill], events)
        assert settle(skill, events, responses) == 0
    assert cart(store) == {first.id: 5, second.id: 10}


class HeldStore:
    """The store, except that the first ``write`` waits until ``release`` is set: its turn has
    loaded the state and holds a stale version while another turn saves."""

    def __init__(self, store) -> None:
        self.store = store
        self.holding = threading.Event()
        self.release = threading.Event()
        self._first = True
        self._lock = threading.Lock()

    def write(self, ops):
        with self._lock:
            first, self._first = self._first, False
        if first:
            self.holding.set()
            assert self.release.wait(30), "the test never released the held write"
        return self.store.write(ops)

    def __getattr__(self, name):
        return getattr(self.store, name)


def test_a_turn_that_saved_late_is_replayed_on_fresh_state(store, tmp_path, clock):
    """The race made certain: turn A loads, turn B loads and saves, then A saves with the version
    it read. A's save fails its condition, A is replayed, and both lines are in the cart."""
    held = HeldStore(store)
    skill = build_skill(Settings(db_path=tmp_path / "unused.sqlite3"), store=held, clock=clock)
    spray, sticks = in_stock(skill, 2)
    with ThreadPoolExecutor(1) as pool:
        first = pool.submit(invoke_json, skill, add_to_cart(spray, 1))
        assert held.holding.wait(30)
        second = invoke_json(skill, add_to_cart(sticks, 2))
        held.release.set()
        first = first.result(30)
    assert spoken(skill, LOCALE, sticks) in speech(second)
    assert spoken(skill, LOCALE, spray) in speech(first)
    assert cart(store) == {spray.id: 1, sticks.id: 2}


def test_a_redelivered_add_applies_once(store, build):
    """Alexa sends the same envelope again (same requestId): the same answer, one cart line."""
    skill = build()
    product = in_stock(skill, 1)[0]
    event = add_to_cart(product, 2)

    first = invoke_json(skill, event)
    again = invoke_json(skill, event)

    assert cart(store) == {product.id: 2}
    assert speech(again) == speech(first)


def test_a_redelivered_add_racing_the_original_applies_once(store, build):
    skill = build()
    product = in_stock(skill, 1)[0]
    event = add_to_cart(product, 3)

    responses = at_once([skill, skill], [event, event])

    assert cart(store) == {product.id: 3}
    assert speech(responses[0]) == speech(responses[1])
    assert spoken(skill, LOCALE, product) in speech(responses[0])


def test_the_cart_a_racing_shopper_hears_is_the_saved_one(store, build):
    """After the race, the shopper's "what's in my cart" lists every line with its quantity."""
    skill = build()
    products = in_stock(skill, 3)
    events = [add_to_cart(p, n + 1) for n, p in enumerate(products)]
    settle(skill, events, at_once([skill] * 3, events))

    review = Simulator(skill, LOCALE, user_id=USER).say("what's in my cart")
    for n, product in enumerate(products):
        assert f"{spoken(skill, LOCALE, product)}, quantity {n + 1}" in review
