"""DynamoDB Local for the tests: a fresh table per test on the endpoint that the runner started.

``python tools/dynamodb_local.py run -- pytest`` sets ``ECHOPPE_TEST_DYNAMODB_ENDPOINT``; without
it the DynamoDB half of the suite is skipped. Creating a table on DynamoDB Local takes a few
milliseconds, so every test gets its own, dropped when the store is closed.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from botocore.awsrequest import AWSResponse

from store.dynamodb import DynamoStore
from store.dynamodb_settings import Timeouts

ENDPOINT_VARIABLE = "ECHOPPE_TEST_DYNAMODB_ENDPOINT"
REGION = "us-east-1"
CREDENTIALS = ("local", "local")
"""Explicit dummy credentials: botocore then never searches for real ones."""
LENIENT = Timeouts(connect=2.0, read=5.0, attempts=3)
"""For behaviour tests: a JVM's garbage collection or JIT pause on a busy 2-core CI machine must
not turn into a spurious ``StoreUnavailable``. The timing tests pass ``DEFAULT_TIMEOUTS``."""


def endpoint() -> str | None:
    return os.environ.get(ENDPOINT_VARIABLE) or None


class DisposableDynamoStore(DynamoStore):
    """A ``DynamoStore`` on a table of its own, deleted on ``close()``."""

    def close(self) -> None:
        try:
            self.delete_table()
        finally:
            super().close()


def fresh_dynamo_store(
    *,
    clock: Callable[[], float] = time.time,
    url: str | None = None,
    timeouts: Timeouts = LENIENT,
) -> DisposableDynamoStore:
    """A new, empty table on DynamoDB Local (``url`` or the runner's endpoint).

    TTL stays off: the tests' fake clock is not real time, and the sweeper follows real time.
    """
    url = url or endpoint()
    if url is None:
        raise RuntimeError(f"{ENDPOINT_VARIABLE} is not set: run under tools/dynamodb_local.py")
    store = DisposableDynamoStore(
        f"echoppe-test-{uuid.uuid4().hex[:12]}",
        region=REGION,
        endpoint=url,
        clock=clock,
        timeouts=timeouts,
        credentials=CREDENTIALS,
    )
    store.create_table(ttl=False)
    return store


def dynamodb_error(code: str, **extra) -> dict:
    """The JSON body DynamoDB answers an error ``code`` with (``extra``: more fields)."""
    return {"__type": f"com.amazonaws.dynamodb.v20120810#{code}", "message": code, **extra}


TRANSACTION_CONFLICT = dynamodb_error(
    "TransactionCanceledException",
    CancellationReasons=[{"Code": "TransactionConflict", "Message": "conflict"}],
)
"""Another transaction touched an item of this one: nothing was written (``StoreUnavailable``)."""


class _Body:
    def __init__(self, payload: bytes) -> None:
        self._payload = payload

    def stream(self, **_):
        yield self._payload


@contextmanager
def dynamodb_answers(
    store: DynamoStore, operation: str, body: dict, *, after: int = 0, times: int = 1
) -> Iterator[list[int]]:
    """While inside, DynamoDB answers ``operation`` with HTTP 400 and ``body`` instead of doing
    it: after letting ``after`` calls through, for ``times`` HTTP attempts. botocore parses and
    retries the answer as a real one. Yields a list that grows by one per answered attempt."""
    seen: list[int] = []
    answered: list[int] = []

    def respond(request, **_):
        seen.append(1)
        if len(seen) <= after or len(answered) >= times:
            return None
        answered.append(1)
        headers = {"Content-Type": "application/x-amz-json-1.0", "x-amzn-RequestId": "injected"}
        return AWSResponse(request.url, 400, headers, _Body(json.dumps(body).encode()))

    event = f"before-send.dynamodb.{operation}"
    store.client.meta.events.register(event, respond, unique_id="tests-dynamodb-answers")
    try:
        yield answered
    finally:
        store.client.meta.events.unregister(event, unique_id="tests-dynamodb-answers")
