"""The Lambda entry, called as Lambda calls it, with real Alexa request envelopes."""

import importlib
import logging

import pytest

from skill import envelopes

USER = "amzn1.ask.account.LAMBDA"


@pytest.fixture
def lambda_handler(monkeypatch, tmp_path):
    monkeypatch.setenv("ECHOPPE_DB", str(tmp_path / "lambda.sqlite3"))
    monkeypatch.delenv("SKILL_ID", raising=False)
    module = importlib.import_module("lambda.lambda_function")
    monkeypatch.setattr(module, "_skill", None)
    return module.lambda_handler


def speech(response: dict) -> str:
    return response["response"]["outputSpeech"]["ssml"]


@pytest.mark.parametrize(
    ("locale", "words"), [("fr-FR", "Bienvenue chez Les Bonnes Recettes"), ("en-US", "Welcome")]
)
def test_launch_request(lambda_handler, locale, words):
    event = envelopes.envelope(
        envelopes.launch_request(locale), user_id=USER, session_id="s1", new=True
    )
    response = lambda_handler(event, None)
    assert response["version"] == "1.0"
    assert words in speech(response)
    assert response["response"]["shouldEndSession"] is False
    assert response["response"]["reprompt"]["outputSpeech"]["ssml"]


@pytest.mark.parametrize(
    ("locale", "value", "guide_id", "words"),
    [("fr-FR", "café", "coffee", "Tache de café"), ("en-US", "coffee", "coffee", "Coffee")],
)
def test_intent_with_entity_resolution(lambda_handler, locale, value, guide_id, words):
    request = envelopes.intent_request(
        locale,
        "GetGuideIntent",
        {
            "topic": {"value": value, "type": "GUIDE_TOPIC", "id": guide_id},
            "material": {"value": "cotton", "type": "MATERIAL", "id": "cotton"},
        },
    )
    response = lambda_handler(envelopes.envelope(request, user_id=USER, session_id="s2"), None)
    assert words in speech(response)


@pytest.mark.parametrize("locale", ["fr-FR", "en-US"])
def test_session_ended_request_has_no_speech(lambda_handler, locale):
    event = envelopes.envelope(
        envelopes.session_ended_request(locale, "EXCEEDED_MAX_REPROMPTS"),
        user_id=USER,
        session_id="s3",
    )
    response = lambda_handler(event, None)
    assert (
        "outputSpeech" not in response["response"] or response["response"]["outputSpeech"] is None
    )


def test_unknown_locale_answers_in_the_default_locale(lambda_handler):
    event = envelopes.envelope(
        envelopes.launch_request("de-DE"), user_id=USER, session_id="s4", new=True
    )
    assert "Bienvenue" in speech(lambda_handler(event, None))


def test_unknown_intent_is_answered_politely(lambda_handler, caplog):
    request = envelopes.intent_request("en-US", "NoSuchIntent")
    response = lambda_handler(envelopes.envelope(request, user_id=USER, session_id="s5"), None)
    assert "I didn't get that" in speech(response)


def test_huge_slot_value_gets_a_polite_answer(lambda_handler):
    request = envelopes.intent_request(
        "en-US", "ProductInfoIntent", {"product": {"value": "x" * 10_000, "type": "PRODUCT"}}
    )
    response = lambda_handler(envelopes.envelope(request, user_id=USER, session_id="s6"), None)
    text = speech(response)
    assert "didn't find" in text
    assert len(text) < 1000


def test_envelope_with_missing_fields_answers_and_logs_once(lambda_handler, caplog):
    event = {
        "version": "1.0",
        "request": {"type": "IntentRequest", "requestId": "r", "locale": "en-US"},
    }
    with caplog.at_level(logging.INFO):
        response = lambda_handler(event, None)
    assert speech(response)
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) <= 1


def test_skill_id_is_checked_when_set(monkeypatch, tmp_path):
    monkeypatch.setenv("ECHOPPE_DB", str(tmp_path / "lambda.sqlite3"))
    monkeypatch.setenv("SKILL_ID", "amzn1.ask.skill.ours")
    module = importlib.import_module("lambda.lambda_function")
    monkeypatch.setattr(module, "_skill", None)
    event = envelopes.envelope(
        envelopes.launch_request("en-US"), user_id=USER, session_id="s7", new=True
    )
    with pytest.raises(Exception, match="another skill"):
        module.lambda_handler(event, None)
    ours = envelopes.envelope(
        envelopes.launch_request("en-US"),
        user_id=USER,
        session_id="s8",
        new=True,
        application_id="amzn1.ask.skill.ours",
    )
    assert "Welcome" in speech(module.lambda_handler(ours, None))
