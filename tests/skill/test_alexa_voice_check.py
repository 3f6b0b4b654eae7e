"""The merchant's optional mode: Alexa's own voice check (AMAZON.VerifyPerson) instead of the PIN.

A resumed session counts only for the check this skill started, for this order, in this
shopper's state (its token), and only when the merchant chose Alexa's check.
"""

import dataclasses

import pytest

from skill import envelopes
from skill.app import build_skill
from skill.simulator import Simulator
from tests.skill.wallets import PIN, enroll, sandbox_charges

USER = "amzn1.ask.account.VOICE"
PERSON = "amzn1.ask.person.CAMILLE"


def to_summary(skill, user=USER, person=PERSON) -> Simulator:
    en = Simulator(skill, "en-US", user_id=user, person_id=person)
    en.launch()
    en.say("add two ox gall soaps")
    en.say("check out")
    return en


@pytest.fixture
def alexa_mode(settings, sqlite_store, clock):
    skill = build_skill(
        dataclasses.replace(settings, pin_mode="alexa"), store=sqlite_store, clock=clock
    )
    enroll(skill, user=USER, person=PERSON)
    return skill


@pytest.fixture
def shopper(alexa_mode):
    return to_summary(alexa_mode)


def start_check(shopper: Simulator) -> str:
    """Say yes to the summary; the token of the voice check the skill started."""
    response = shopper.send(envelopes.intent_request("en-US", "AMAZON.YesIntent"))
    return response["response"]["directives"][0]["token"]


def resume(shopper: Simulator, status: str, token: str) -> str:
    return shopper.speech(shopper.send(envelopes.session_resumed_request("en-US", status, token)))


def test_yes_starts_alexa_voice_check(shopper):
    response = shopper.send(envelopes.intent_request("en-US", "AMAZON.YesIntent"))
    directive = response["response"]["directives"][0]
    assert directive["type"] == "Connections.StartConnection"
    assert directive["uri"] == "connection://AMAZON.VerifyPerson/2"
    level = directive["input"]["requestedAuthenticationConfidenceLevel"]
    assert level == {"level": 400, "customPolicy": {"policyName": "VOICE_PIN"}}
    assert len(directive["token"]) >= 16
    assert "shouldEndSession" not in response["response"]


def test_achieved_places_the_order(shopper, sqlite_store):
    token = start_check(shopper)
    assert "Done!" in resume(shopper, "ACHIEVED", token)
    assert len(sandbox_charges(sqlite_store)) == 1


def test_not_enabled_falls_back_to_the_wallet_pin(shopper, sqlite_store):
    token = start_check(shopper)
    assert "four-digit code" in resume(shopper, "NOT_ENABLED", token)
    assert "Done!" in shopper.say(PIN)


def test_not_achieved_charges_nothing(shopper, sqlite_store):
    token = start_check(shopper)
    assert "nothing was charged" in resume(shopper, "NOT_ACHIEVED", token)
    assert sandbox_charges(sqlite_store) == []


def test_achieved_without_a_started_check_charges_nothing(shopper, sqlite_store):
    """The summary was read, but no check was started: a forged resume is not a check."""
    assert "nothing was charged" in resume(shopper, "ACHIEVED", "guessed-token")
    assert sandbox_charges(sqlite_store) == []


def test_achieved_with_another_checks_token_charges_nothing(alexa_mode, sqlite_store):
    """Two shoppers, two checks: the token of one does not pay for the other."""
    enroll(alexa_mode, user="amzn1.ask.account.OTHER", person=PERSON)
    other = to_summary(alexa_mode, user="amzn1.ask.account.OTHER")
    other_token = start_check(other)
    shopper = to_summary(alexa_mode)
    own_token = start_check(shopper)
    assert own_token != other_token
    assert "nothing was charged" in resume(shopper, "ACHIEVED", other_token)
    assert sandbox_charges(sqlite_store) == []


def test_achieved_in_wallet_pin_mode_charges_nothing(skill, sqlite_store):
    """The merchant did not choose Alexa's check: only the wallet PIN pays."""
    enroll(skill, user=USER, person=PERSON)
    shopper = to_summary(skill)
    assert "four-digit code" in shopper.say("yes")
    assert "nothing was charged" in resume(shopper, "ACHIEVED", "")
    assert sandbox_charges(sqlite_store) == []
