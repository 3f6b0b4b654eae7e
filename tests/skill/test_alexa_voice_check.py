"""The merchant's optional mode: Alexa's own voice check (AMAZON.VerifyPerson) instead of the PIN."""

import dataclasses

import pytest

from skill import envelopes
from skill.app import build_skill
from skill.simulator import Simulator
from tests.skill.wallets import PIN, enroll, sandbox_charges

USER = "amzn1.ask.account.VOICE"
PERSON = "amzn1.ask.person.CAMILLE"


@pytest.fixture
def shopper(settings, sqlite_store, clock):
    skill = build_skill(
        dataclasses.replace(settings, pin_mode="alexa"), store=sqlite_store, clock=clock
    )
    enroll(skill, user=USER, person=PERSON)
    en = Simulator(skill, "en-US", user_id=USER, person_id=PERSON)
    en.launch()
    en.say("add two ox gall soaps")
    en.say("check out")
    return en


def test_yes_starts_alexa_voice_check(shopper):
    response = shopper.send(envelopes.intent_request("en-US", "AMAZON.YesIntent"))
    directive = response["response"]["directives"][0]
    assert directive["type"] == "Connections.StartConnection"
    assert directive["uri"] == "connection://AMAZON.VerifyPerson/2"
    level = directive["input"]["requestedAuthenticationConfidenceLevel"]
    assert level == {"level": 400, "customPolicy": {"policyName": "VOICE_PIN"}}
    assert "shouldEndSession" not in response["response"]


def test_achieved_places_the_order(shopper, sqlite_store):
    shopper.say("yes")
    reply = shopper.speech(shopper.send(envelopes.session_resumed_request("en-US", "ACHIEVED")))
    assert "Done!" in reply
    assert len(sandbox_charges(sqlite_store)) == 1


def test_not_enabled_falls_back_to_the_wallet_pin(shopper, sqlite_store):
    shopper.say("yes")
    reply = shopper.speech(shopper.send(envelopes.session_resumed_request("en-US", "NOT_ENABLED")))
    assert "four-digit code" in reply
    assert "Done!" in shopper.say(PIN)


def test_not_achieved_charges_nothing(shopper, sqlite_store):
    shopper.say("yes")
    reply = shopper.speech(shopper.send(envelopes.session_resumed_request("en-US", "NOT_ACHIEVED")))
    assert "nothing was charged" in reply
    assert sandbox_charges(sqlite_store) == []
