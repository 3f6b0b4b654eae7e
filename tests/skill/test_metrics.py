"""Metrics: one CloudWatch Embedded Metric Format line per turn, through the real Lambda entry."""

from __future__ import annotations

import importlib
import io
import json

import pytest

from skill import envelopes, metrics
from skill.app import SkillIdMismatch
from skill.metrics import MAX_VALUES, Metric, TurnMetrics


def emf(line: str) -> dict:
    """Parse one EMF line and check it against the format's rules."""
    record = json.loads(line)
    meta = record["_aws"]
    assert isinstance(meta["Timestamp"], int)
    (directive,) = meta["CloudWatchMetrics"]
    for dimension_set in directive["Dimensions"]:
        for dimension in dimension_set:
            assert isinstance(record[dimension], str)
    for definition in directive["Metrics"]:
        value = record[definition["Name"]]
        values = value if isinstance(value, list) else [value]
        assert 0 < len(values) <= MAX_VALUES
        assert all(isinstance(v, int | float) for v in values)
    return record


def test_counts_add_up_and_observations_are_kept() -> None:
    turn = TurnMetrics("echoppe", "fr-FR", clock=lambda: 1700000000.5)
    turn.count(Metric.PIN_FAILURES)
    turn.count(Metric.PIN_FAILURES)
    turn.observe(Metric.TURN_LATENCY, 12.5)
    turn.observe(Metric.TURN_LATENCY, 30.0)
    record = emf(turn.line() or "")
    assert record["PinFailures"] == 2
    assert record["TurnLatency"] == [12.5, 30.0]
    assert record["locale"] == "fr-FR" and record["service"] == "echoppe"
    assert record["_aws"]["Timestamp"] == 1700000000500
    (directive,) = record["_aws"]["CloudWatchMetrics"]
    assert directive["Namespace"] == "echoppe"
    assert directive["Dimensions"] == [["service", "locale"], ["service"]]
    assert {"Name": "TurnLatency", "Unit": "Milliseconds"} in directive["Metrics"]


def test_a_turn_writes_one_line_and_only_if_something_was_counted() -> None:
    out = io.StringIO()
    with metrics.turn("echoppe", "en-US", stream=out):
        metrics.count(Metric.ORDERS_PAID)
        metrics.count(Metric.CHARGES)
        metrics.observe(Metric.TURN_LATENCY, 40.0)
    (line,) = out.getvalue().splitlines()
    record = emf(line)
    assert (record["OrdersPaid"], record["Charges"], record["TurnLatency"]) == (1, 1, 40.0)
    empty = io.StringIO()
    with metrics.turn("echoppe", "en-US", stream=empty):
        pass
    assert empty.getvalue() == ""


def test_outside_a_turn_counting_does_nothing() -> None:
    metrics.count(Metric.PIN_LOCKOUTS)  # the CLI, the tests: no turn, no output, no error
    out = io.StringIO()
    with metrics.turn("echoppe", "en-US", stream=out, enabled=False):
        metrics.count(Metric.PIN_LOCKOUTS)
    assert out.getvalue() == ""


def test_a_replayed_attempt_does_not_count_twice() -> None:
    out = io.StringIO()
    with metrics.turn("echoppe", "fr-FR", stream=out) as turn:
        turn.count(Metric.TURNS)
        metrics.count(Metric.ORDERS_PAID)  # first attempt: its save lost the race
        metrics.new_attempt()
        metrics.count(Metric.ORDERS_PAID)  # the replay, whose save wins
    record = emf(out.getvalue())
    assert (record["Turns"], record["OrdersPaid"]) == (1, 1)


def test_values_beyond_emfs_limit_are_dropped() -> None:
    turn = TurnMetrics("echoppe", "en-US")
    for i in range(MAX_VALUES + 5):
        turn.observe(Metric.TURN_LATENCY, float(i))
    assert len(emf(turn.line() or "")["TurnLatency"]) == MAX_VALUES


@pytest.fixture
def lambda_handler(monkeypatch, tmp_path):
    monkeypatch.setenv("ECHOPPE_DB", str(tmp_path / "metrics.sqlite3"))
    monkeypatch.setenv("ECHOPPE_METRICS", "emf")
    monkeypatch.delenv("SKILL_ID", raising=False)
    module = importlib.import_module("lambda.lambda_function")
    monkeypatch.setattr(module, "_skill", None)
    return module.lambda_handler


def emf_lines(text: str) -> list[dict]:
    return [emf(line) for line in text.splitlines() if line.startswith('{"_aws"')]


@pytest.mark.parametrize("locale", ["fr-FR", "en-US"])
def test_every_lambda_turn_is_one_line_per_locale(lambda_handler, capsys, locale) -> None:
    event = envelopes.envelope(
        envelopes.launch_request(locale), user_id="amzn1.ask.account.M", session_id="s", new=True
    )
    lambda_handler(event, None)
    lambda_handler(event, None)
    first, second = emf_lines(capsys.readouterr().out)
    assert first["locale"] == second["locale"] == locale
    assert first["Turns"] == 1 and first["TurnLatency"] > 0
    assert "FailedTurns" not in first


def test_an_unknown_locale_is_counted_under_the_default(lambda_handler, capsys) -> None:
    event = envelopes.envelope(envelopes.launch_request("ja-JP"), user_id="u", session_id="s")
    lambda_handler(event, None)
    (record,) = emf_lines(capsys.readouterr().out)
    assert record["locale"] == "fr-FR"


def test_an_unreadable_envelope_is_answered_and_counted_as_a_turn(lambda_handler, capsys) -> None:
    response = lambda_handler({"request": {"locale": "en-US", "type": 42}}, None)
    assert response["response"]["shouldEndSession"] is False
    (record,) = emf_lines(capsys.readouterr().out)
    assert record["Turns"] == 1 and "FailedTurns" not in record


def test_a_failed_invocation_is_counted_and_still_raises(
    lambda_handler, capsys, monkeypatch
) -> None:
    """A request for another skill raises past the skill (Lambda reports an error)."""
    monkeypatch.setenv("SKILL_ID", "amzn1.ask.skill.11111111-1111-1111-1111-111111111111")
    event = envelopes.envelope(envelopes.launch_request("en-US"), user_id="u", session_id="s")
    with pytest.raises(SkillIdMismatch):
        lambda_handler(event, None)
    (record,) = emf_lines(capsys.readouterr().out)
    assert record["FailedTurns"] == 1 and record["Turns"] == 1


def test_the_conversation_counts_what_it_does(skill, chat) -> None:
    """The flows count resolutions, PIN failures, paid orders and charges, once per turn."""
    from tests.skill.wallets import PIN, SHOPPER, enroll

    enroll(skill)
    talk = chat("en-US", user=SHOPPER)
    talk.launch()

    def counted(said: str) -> dict:
        out = io.StringIO()
        with metrics.turn("echoppe", "en-US", stream=out):
            talk.say(said)
        (line,) = out.getvalue().splitlines()
        return emf(line)

    assert counted("add two ox gall soaps")["ResolvedMatch"] == 1
    talk.say("check out")
    talk.say("yes")
    assert counted("1111")["PinFailures"] == 1
    paid = counted(PIN)
    assert (paid["OrdersPaid"], paid["Charges"]) == (1, 1)
