"""Money moves exactly once, whatever races the PIN turn, on both stores.

While the PIN turn's charge is in flight, another turn of the same shopper is delivered and
saved first (another device, a retry, Alexa giving up on a slow gateway). The PIN turn then
loses its conditional write and is replayed on the fresh state: it must speak the charge's
outcome and apply it (the bought lines leave the cart), never decide again or charge twice.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from payments.address import Address
from payments.sandbox import SandboxGateway
from skill import envelopes
from skill.app import EchoppeSkill, build_skill, invoke_json
from skill.settings import Settings
from skill.simulator import Simulator
from skill.state import STATE_SK, owner_key
from tests.payments.gateways import Wrapped
from tests.skill.wallets import PIN

USER = "amzn1.ask.account.RACER"
FR, EN = "fr-FR", "en-US"


class CompetingTurn(Wrapped):
    """The sandbox; the first charge first lets ``compete`` run a whole other turn and save it."""

    def __init__(self, inner: SandboxGateway) -> None:
        super().__init__(inner)
        self.compete: Callable[[], None] | None = None
        self.charges = 0

    def charge(self, *args: Any) -> Any:
        self.charges += 1
        compete, self.compete = self.compete, None
        if compete is not None:
            compete()
        return self.inner.charge(*args)


@pytest.fixture
def racing(store, tmp_path, clock) -> tuple[EchoppeSkill, CompetingTurn]:
    gateway = CompetingTurn(SandboxGateway(store, clock=clock))
    settings = Settings(db_path=tmp_path / "unused.sqlite3")
    skill = build_skill(settings, store=store, clock=clock, gateway=gateway)
    address = Address("Camille Martin", "12 rue des Lilas", "75011", "Paris", "FR")
    skill.services.wallets.enroll(owner_key(USER), "tok_visa", address, PIN)
    return skill, gateway


def competitor(kind: str, locale: str, session: str) -> dict[str, Any]:
    """The competing request: its own request id; a new session for a launch."""
    if kind == "launch":
        request, session_id, new = envelopes.launch_request(locale), f"s-{uuid.uuid4()}", True
    elif kind == "ended":
        request, session_id, new = (
            envelopes.session_ended_request(locale, "EXCEEDED_MAX_REPROMPTS"),
            session,
            False,
        )
    elif kind == "add":
        slots = {"product": {"value": "anti-rouille", "type": "PRODUCT", "id": "anti-rouille"}}
        request, session_id, new = (
            envelopes.intent_request(locale, "AddToCartIntent", slots),
            session,
            False,
        )
    elif kind == "checkout":
        request, session_id, new = (
            envelopes.intent_request(locale, "CheckoutIntent"),
            session,
            False,
        )
    else:
        request, session_id, new = (
            envelopes.intent_request(locale, "AMAZON.NoIntent"),
            session,
            False,
        )
    return envelopes.envelope(request, user_id=USER, session_id=session_id, new=new)


def cart(skill: EchoppeSkill) -> dict[str, int]:
    item = skill.services.store.get(f"owner#{owner_key(USER)}", STATE_SK)
    return {line["id"]: line["qty"] for line in (item.data.get("cart", []) if item else [])}


def charges(store) -> list[int]:
    return [
        i.data["amount"]["minor"] for i in store.query("sandbox", "charge#") if i.data["approved"]
    ]


@pytest.mark.parametrize("kind", ["launch", "add", "checkout", "no", "ended"])
@pytest.mark.parametrize("locale", [FR, EN])
def test_a_turn_saved_during_the_charge_never_makes_it_twice(racing, store, locale, kind):
    skill, gateway = racing
    shopper = Simulator(skill, locale, user_id=USER)
    shopper.launch()
    shopper.say("ajoute deux savons au fiel nature" if locale == FR else "add two ox gall soaps")
    shopper.say("passer commande" if locale == FR else "check out")
    shopper.say("oui" if locale == FR else "yes")
    session = shopper.session_id
    assert session is not None
    gateway.compete = lambda: invoke_json(skill, competitor(kind, locale, session))

    confirmed = shopper.say(PIN)

    assert ("C'est commandé" if locale == FR else "Done! Order number") in confirmed
    assert charges(store) == [1270 if locale == FR else 1570]  # two soaps and delivery
    assert cart(skill) == ({"anti-rouille": 1} if kind == "add" else {})
    again = Simulator(skill, locale, user_id=USER)
    again.launch()
    second = again.say("passer commande" if locale == FR else "check out")
    if kind == "add":
        assert "savon" not in second.lower() and "soap" not in second.lower()
    else:
        assert ("panier est vide" if locale == FR else "cart is empty") in second
    assert gateway.charges == 1
    assert len(skill.services.checkout.latest_orders(owner_key(USER), 5)) == 1


@pytest.mark.parametrize("kind", ["launch", "no", "ended"])
def test_a_turn_saved_during_a_gift_never_gives_twice(racing, store, kind):
    skill, gateway = racing
    shopper = Simulator(skill, EN, user_id=USER)
    shopper.launch()
    shopper.say("donate twenty dollars to the red cross")
    shopper.say("yes")
    shopper.say("no")  # no tax receipt: the PIN is asked
    session = shopper.session_id
    assert session is not None
    gateway.compete = lambda: invoke_json(skill, competitor(kind, EN, session))

    thanks = shopper.say(PIN)

    assert "Thank you!" in thanks
    assert charges(store) == [2000]
    assert "nothing to confirm" in shopper.say(PIN)
    assert charges(store) == [2000]
    assert gateway.charges == 1


def pin_turns(skill: EchoppeSkill, session: str, pins: list[str]) -> list[dict[str, Any]]:
    """One VoicePinIntent per PIN, each its own request, all in the shopper's session."""
    return [
        envelopes.envelope(
            envelopes.intent_request(EN, "VoicePinIntent", {"pin": {"value": pin}}),
            user_id=USER,
            session_id=session,
        )
        for pin in pins
    ]


def at_pin(skill: EchoppeSkill) -> str:
    shopper = Simulator(skill, EN, user_id=USER)
    shopper.launch()
    shopper.say("add two ox gall soaps")
    shopper.say("check out")
    assert "four-digit code" in shopper.say("yes")
    assert shopper.session_id is not None
    return shopper.session_id


def at_once(skill: EchoppeSkill, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    barrier = threading.Barrier(len(events))

    def turn(event: dict[str, Any]) -> dict[str, Any]:
        barrier.wait()
        return invoke_json(skill, event)

    with ThreadPoolExecutor(len(events)) as pool:
        return list(pool.map(turn, events))


def test_eight_wrong_pins_at_once_lock_the_wallet_and_charge_nothing(racing, store):
    skill, gateway = racing
    session = at_pin(skill)
    at_once(skill, pin_turns(skill, session, ["1111"] * 8))
    wallet = skill.services.wallets.show(owner_key(USER))
    assert wallet is not None and wallet.locked
    right = invoke_json(skill, pin_turns(skill, session, [PIN])[0])
    assert "Done!" not in str(right)
    assert gateway.charges == 0 and charges(store) == []


def test_eight_right_pins_at_once_charge_once(racing, store):
    skill, _ = racing
    session = at_pin(skill)
    responses = at_once(skill, pin_turns(skill, session, [PIN] * 8))
    spoken = [r["response"]["outputSpeech"]["ssml"] for r in responses]
    assert sum("Done! Order number" in s for s in spoken) >= 1
    assert charges(store) == [1570]
    assert len(skill.services.checkout.latest_orders(owner_key(USER), 5)) == 1
