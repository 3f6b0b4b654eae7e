"""Logs as CloudWatch gets them: one JSON line per turn, and nothing a shopper would not want kept.

A dialog runs through ``lambda/lambda_function.lambda_handler`` with ``ECHOPPE_LOG_FORMAT=json``,
as the SAM template configures it; the root logger's only handler writes to a buffer, which is
what Lambda's log capture would read. ``scrub`` is checked on the shapes a secret takes.

The purchase dialog's logs (PIN, card, order) are checked in tests/skill/test_checkout_dialog.py.
"""

from __future__ import annotations

import importlib
import io
import json
import logging

import pytest

from skill import envelopes
from skill.flows import cart_flow
from skill.logs import scrub

USER = "amzn1.ask.account.AFLOGSEXAMPLEUSER0000000000"
PERSON = "amzn1.ask.person.AFLOGSEXAMPLEPERSON00000000"
API_TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzUxMiIsImtpZCI6IjEifQ.eyJhdWQiOiJodHRwczovL2FwaS5hbWF6"
LINKED_TOKEN = "Atza|IwEBIExampleLinkedAccountAccessToken0123456789"


@pytest.fixture
def lambda_logs(monkeypatch, tmp_path):
    """``(lambda_handler, buffer)``: a fresh Lambda container whose log lines land in ``buffer``."""
    monkeypatch.setenv("ECHOPPE_DB", str(tmp_path / "logs.sqlite3"))
    monkeypatch.setenv("ECHOPPE_STORE", "sqlite")
    monkeypatch.setenv("ECHOPPE_LOG_FORMAT", "json")
    monkeypatch.delenv("SKILL_ID", raising=False)
    module = importlib.import_module("lambda.lambda_function")
    monkeypatch.setattr(module, "_skill", None)
    root = logging.getLogger()
    saved = root.handlers[:], root.level, [(h, h.formatter) for h in root.handlers]
    buffer = io.StringIO()
    root.handlers = [logging.StreamHandler(buffer)]
    try:
        yield module.lambda_handler, buffer
    finally:
        handlers, level, formatters = saved
        root.handlers = handlers
        root.setLevel(level)
        for handler, formatter in formatters:
            handler.setFormatter(formatter)


def with_secrets(event: dict) -> dict:
    """What Alexa adds to every envelope: an API access token, and a linked account's token."""
    system = event["context"]["System"]
    system["apiAccessToken"] = API_TOKEN
    system["user"]["accessToken"] = LINKED_TOKEN
    if "session" in event:
        event["session"]["user"]["accessToken"] = LINKED_TOKEN
    return event


def dialog(locale: str) -> list[dict]:
    session = "amzn1.echo-api.session.LOGS-" + locale
    product = {"value": "oxygen spray", "type": "PRODUCT", "id": "oxy-spray-500"}
    requests = [
        envelopes.launch_request(locale),
        envelopes.intent_request(
            locale,
            "GetGuideIntent",
            {
                "topic": {"value": "red wine", "type": "GUIDE_TOPIC", "id": "red-wine"},
                "material": {"value": "cotton", "type": "MATERIAL", "id": "cotton"},
            },
        ),
        envelopes.intent_request(locale, "AMAZON.NextIntent"),
        envelopes.intent_request(locale, "AddToCartIntent", {"product": product}),
        envelopes.intent_request(locale, "ReviewCartIntent"),
        envelopes.intent_request(locale, "AMAZON.StopIntent"),
        envelopes.session_ended_request(locale),
    ]
    return [
        with_secrets(
            envelopes.envelope(
                request, user_id=USER, person_id=PERSON, session_id=session, new=n == 0
            )
        )
        for n, request in enumerate(requests)
    ]


def expected_intent(event: dict) -> str:
    request = event["request"]
    return request["intent"]["name"] if request["type"] == "IntentRequest" else request["type"]


@pytest.mark.parametrize("locale", ["fr-FR", "en-US"])
def test_each_turn_logs_one_json_line(lambda_logs, locale):
    handler, buffer = lambda_logs
    events = dialog(locale)
    for event in events:
        response = handler(event, None)
        assert response["version"] == "1.0"

    lines = [json.loads(line) for line in buffer.getvalue().splitlines()]
    turns = [line for line in lines if line.get("message") == "turn"]
    assert len(turns) == len(events)
    for event, line in zip(events, turns, strict=True):
        assert line["request_id"] == event["request"]["requestId"]
        assert line["intent"] == expected_intent(event)
        assert isinstance(line["latency_ms"], int | float)
        assert line["latency_ms"] >= 0
        assert line["level"] == "INFO"
        assert line["logger"] == "echoppe.skill"
    errors = [line for line in lines if line["level"] in ("ERROR", "CRITICAL")]
    assert errors == []


def test_logs_hold_no_id_token_or_slot(lambda_logs):
    handler, buffer = lambda_logs
    for event in dialog("en-US"):
        handler(event, None)
    text = buffer.getvalue()
    assert text
    for secret in (USER, PERSON, API_TOKEN, LINKED_TOKEN, "Atza|", "oxygen spray", "red wine"):
        assert secret not in text


def test_a_failed_turn_logs_one_scrubbed_error(lambda_logs, monkeypatch):
    """An exception whose message carries secrets: the shopper gets an answer, the log one
    error line with the exception's type, and none of the secrets."""
    handler, buffer = lambda_logs

    def broken(turn, question, slots):
        raise RuntimeError(f"card 4111 1111 1111 1111, pin 1234, user {USER}, {LINKED_TOKEN}")

    event = dialog("en-US")[4]
    assert event["request"]["intent"]["name"] == "ReviewCartIntent"
    monkeypatch.setattr(cart_flow, "review", broken)

    response = handler(event, None)

    assert response["response"]["outputSpeech"]["ssml"]
    lines = [json.loads(line) for line in buffer.getvalue().splitlines()]
    errors = [line for line in lines if line["level"] == "ERROR"]
    assert len(errors) == 1
    assert "RuntimeError" in errors[0]["message"] + errors[0].get("exception", "")
    text = buffer.getvalue()
    for secret in ("4111 1111", "pin 1234", USER, LINKED_TOKEN, "Atza|"):
        assert secret not in text
    assert [line["intent"] for line in lines if line.get("message") == "turn"] == [
        "ReviewCartIntent"
    ]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("card 4111 1111 1111 1111 declined", "4111"),
        ("card 4111-1111-1111-1111", "1111-1111"),
        ("pan=4111111111111111", "4111111111111111"),
        ("amex 378282246310005", "378282246310005"),
        ("thirteen 4222222222222", "4222222222222"),
        ("nineteen 6011000990139424123", "6011000990139424123"),
    ],
)
def test_scrub_removes_13_to_19_digit_numbers(text, secret):
    assert secret not in scrub(text)
    assert "[number]" in scrub(text)


@pytest.mark.parametrize(
    "text", ["order 123456789012", "at 2026-01-16 12:00:00", "total 1234.56 EUR"]
)
def test_scrub_keeps_shorter_numbers_and_dates(text):
    assert scrub(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "pin 1234",
        "PIN: 1234",
        "my pin is 1234",
        "wrong PIN1234",
        "voice code 1234",
        "code=1234",
        "Code 1234 rejected",
    ],
)
def test_scrub_removes_a_pin_after_pin_or_code(text):
    assert "1234" not in scrub(text)
    assert "[pin]" in scrub(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", "eyJhbGci"),
        (f'"apiAccessToken": "{API_TOKEN}"', API_TOKEN[:20]),
        (f'"accessToken": "{LINKED_TOKEN}"', "IwEBIExample"),
        (f"access_token={LINKED_TOKEN}", "IwEBIExample"),
        ("refresh_token=Atzr|IwEBIRefreshTokenExample0123", "IwEBIRefresh"),
        ("token: abcdefghijklmnopqrstuvwxyz012345", "abcdefghijklmnop"),
        ("stripe sk_live_51HxExampleKey0123456789", "51HxExampleKey"),
    ],
)
def test_scrub_removes_tokens(text, secret):
    assert secret not in scrub(text)


@pytest.mark.parametrize(
    "alexa_id",
    [
        USER,
        PERSON,
        "amzn1.ask.device.AEXAMPLEDEVICE0123456789",
        "amzn1.echo-api.session.0f8e7d6c-5b4a-3921-8a7b-6c5d4e3f2a1b",
        "amzn1.ask.skill.0a1b2c3d-0a1b-0a1b-0a1b-0a1b2c3d4e5f",
    ],
)
def test_scrub_removes_alexa_ids(alexa_id):
    assert scrub(f"owner {alexa_id} failed") == "owner [alexa-id] failed"
