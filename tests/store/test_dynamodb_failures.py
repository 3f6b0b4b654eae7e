"""DynamoStore under failure: throttling, cancelled transactions, a stopped or frozen server.

Faults come from real machinery: a ``before-send`` handler on the botocore client answers in
DynamoDB's place (botocore then parses and retries that answer as it would a real one), or a
private DynamoDB Local process is stopped or frozen. Skipped without DynamoDB Local.
"""

import json
import time

import pytest
from botocore.awsrequest import AWSResponse

from bench.store import counting
from store.base import Check, ConditionFailed, Put, StoreUnavailable
from store.dynamodb import DynamoStore
from store.dynamodb_settings import DEFAULT_TIMEOUTS
from tests.dynamodb import CREDENTIALS, REGION, endpoint, fresh_dynamo_store
from tools.dynamodb_local import dynamodb_local

pytestmark = pytest.mark.skipif(endpoint() is None, reason="needs DynamoDB Local")

TURN_BUDGET = 7.0
"""Seconds: the Lambda's timeout, under Alexa's ~8 s."""


def _strict(table_owner: DynamoStore, clock) -> DynamoStore:
    """A store with the production timeouts on ``table_owner``'s table.

    The table is created through a lenient store: a cold JVM can take longer than the production
    read timeout to create one, which is not what these tests are about.
    """
    return DynamoStore(
        table_owner.table,
        region=REGION,
        endpoint=table_owner.endpoint,
        clock=clock,
        credentials=CREDENTIALS,
    )


@pytest.fixture
def dynamo(clock):
    owner = fresh_dynamo_store(clock=clock)
    store = _strict(owner, clock)
    yield store
    store.close()
    owner.close()


class _Body:
    def __init__(self, payload: bytes) -> None:
        self._payload = payload

    def stream(self, **_):
        yield self._payload


def _answer_instead(store, operation: str, status: int, body: dict) -> list[int]:
    """From now on, DynamoDB's answer to ``operation`` is ``status``/``body``; returns a list that
    grows by one per HTTP attempt."""
    attempts: list[int] = []

    def respond(request, **_):
        attempts.append(1)
        return AWSResponse(
            request.url,
            status,
            {"Content-Type": "application/x-amz-json-1.0", "x-amzn-RequestId": "injected"},
            _Body(json.dumps(body).encode()),
        )

    store.client.meta.events.register(f"before-send.dynamodb.{operation}", respond)
    return attempts


def _error(code: str, **extra) -> dict:
    return {"__type": f"com.amazonaws.dynamodb.v20120810#{code}", "message": code, **extra}


@pytest.mark.parametrize("code", ["ProvisionedThroughputExceededException", "ThrottlingException"])
def test_throttled_put_is_unavailable_and_writes_nothing(dynamo, code):
    attempts = _answer_instead(dynamo, "PutItem", 400, _error(code))
    started = time.monotonic()
    with pytest.raises(StoreUnavailable, match=code):
        dynamo.write([Put("user#a", "state", {"n": 1})])
    assert time.monotonic() - started < DEFAULT_TIMEOUTS.worst_case()
    assert len(attempts) == DEFAULT_TIMEOUTS.attempts
    assert dynamo.get("user#a", "state") is None


def test_throttled_transaction_is_unavailable_and_writes_nothing(dynamo):
    _answer_instead(dynamo, "TransactWriteItems", 400, _error("ThrottlingException"))
    with pytest.raises(StoreUnavailable):
        dynamo.write([Put("order#1", "o", {}), Put("user#a", "state", {})])
    assert dynamo.get("order#1", "o") is None and dynamo.get("user#a", "state") is None


def test_throttled_read_is_unavailable(dynamo):
    dynamo.write([Put("user#a", "state", {})])
    _answer_instead(dynamo, "GetItem", 400, _error("ProvisionedThroughputExceededException"))
    with pytest.raises(StoreUnavailable):
        dynamo.get("user#a", "state")


def test_server_error_is_unavailable(dynamo):
    attempts = _answer_instead(dynamo, "Query", 500, _error("InternalServerError"))
    with pytest.raises(StoreUnavailable):
        dynamo.query("user#a")
    assert len(attempts) == DEFAULT_TIMEOUTS.attempts


def _cancelled(*reasons: str) -> dict:
    return _error(
        "TransactionCanceledException",
        CancellationReasons=[{"Code": r, "Message": r} for r in reasons],
    )


def test_transaction_conflict_is_unavailable(dynamo):
    _answer_instead(dynamo, "TransactWriteItems", 400, _cancelled("None", "TransactionConflict"))
    with pytest.raises(StoreUnavailable, match="TransactionConflict"):
        dynamo.write([Put("order#1", "o", {}), Put("user#a", "state", {})])


def test_cancelled_by_a_condition_is_condition_failed(dynamo):
    _answer_instead(
        dynamo,
        "TransactWriteItems",
        400,
        _cancelled("ConditionalCheckFailed", "TransactionConflict"),
    )
    with pytest.raises(ConditionFailed):
        dynamo.write([Check("wallet#a", "w", expect=1), Put("order#1", "o", {})])


def test_a_stopped_server_is_unavailable_within_budget(clock):
    with dynamodb_local() as local:
        owner = fresh_dynamo_store(clock=clock, url=local.endpoint)
        owner.write([Put("user#a", "state", {"n": 1})])
        store = _strict(owner, clock)
        assert store.get("user#a", "state") is not None
        local.stop()
        started = time.monotonic()
        with pytest.raises(StoreUnavailable, match="EndpointConnectionError"):
            store.get("user#a", "state")
        with pytest.raises(StoreUnavailable, match="EndpointConnectionError"):
            store.write([Put("user#a", "state", {"n": 2}, expect=1)])
        assert time.monotonic() - started < TURN_BUDGET
        store.close()


def test_a_frozen_server_times_out_within_budget(clock):
    """The worst case: connections are accepted (by the kernel) but never answered.

    A write that timed out may still land when the server wakes (the request sat in its socket
    buffer): ``StoreUnavailable`` after a timeout means "unknown". The version condition keeps
    it at most once, although botocore sent it twice.
    """
    with dynamodb_local() as local:
        owner = fresh_dynamo_store(clock=clock, url=local.endpoint)
        owner.write([Put("user#a", "state", {"n": 1})])
        store = _strict(owner, clock)
        assert store.get("user#a", "state") is not None
        local.pause()
        try:
            started = time.monotonic()
            with counting(store, attempts=True) as sent:
                with pytest.raises(StoreUnavailable, match="ReadTimeout"):
                    store.get("user#a", "state")
                one_call = time.monotonic() - started
                with pytest.raises(StoreUnavailable, match="ReadTimeout"):
                    store.write([Put("user#a", "state", {"n": 2}, expect=1)])
                turn = time.monotonic() - started
        finally:
            local.resume()
        assert sent == {"GetItem": DEFAULT_TIMEOUTS.attempts, "PutItem": DEFAULT_TIMEOUTS.attempts}
        assert DEFAULT_TIMEOUTS.attempts * DEFAULT_TIMEOUTS.read <= one_call
        assert one_call < DEFAULT_TIMEOUTS.worst_case()
        assert turn < TURN_BUDGET
        time.sleep(0.5)
        item = owner.get("user#a", "state")
        assert (item.data, item.version) in [({"n": 1}, 1), ({"n": 2}, 2)]
        store.close()
        owner.close()
