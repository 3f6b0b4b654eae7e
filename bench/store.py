"""Count DynamoDB requests, and time store operations on DynamoDB Local and SQLite.

``counting(store)`` counts the requests a block of code makes, by DynamoDB operation name, through
botocore's own event hooks on the store's client: nothing of echoppe is patched, so the count is
what the code really asks of DynamoDB. Turn tests use it to hold a non-payment turn to one read
and one write::

    with counting(store) as requests:
        handle_turn(...)
    assert requests == Counter({"GetItem": 1, "PutItem": 1})

``python -m bench.store`` prints per-operation latency (p50/p99) on both backends; it starts its own
DynamoDB Local unless ``ECHOPPE_TEST_DYNAMODB_ENDPOINT`` names one.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from store.base import Check, Put, Store
from store.dynamodb import DynamoStore
from store.sqlite import SQLiteStore

LOCAL_CREDENTIALS = ("local", "local")


class RequestCounter:
    """Counts a botocore client's DynamoDB calls by operation name while registered.

    ``attempts=False`` (the default) counts API calls (``before-call``): what the code asked for.
    ``attempts=True`` counts HTTP requests sent (``before-send``), retries included.
    """

    def __init__(self, client: Any, *, attempts: bool = False) -> None:
        self._client = client
        self._event = "before-send.dynamodb" if attempts else "before-call.dynamodb"
        self._lock = threading.Lock()
        self.counts: Counter[str] = Counter()

    def _count(self, event_name: str, **_: Any) -> None:
        with self._lock:
            self.counts[event_name.rsplit(".", 1)[-1]] += 1

    def __enter__(self) -> Counter[str]:
        self._client.meta.events.register(self._event, self._count, unique_id=f"count-{id(self)}")
        return self.counts

    def __exit__(self, *exc: object) -> None:
        self._client.meta.events.unregister(self._event, unique_id=f"count-{id(self)}")


def counting(store: DynamoStore, *, attempts: bool = False) -> RequestCounter:
    """A context manager yielding a ``Counter`` of the DynamoDB requests made inside it."""
    return RequestCounter(store.client, attempts=attempts)


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def seed(store: Store) -> None:
    """The two items ``measure`` reads and checks."""
    store.write([Put("user#bench", "state", {"cart": [], "n": 0})])
    store.write([Put("wallet#bench", "w", {"locked": False})])


def measure(store: Store, rounds: int) -> dict[str, list[float]]:
    """Seconds per call of get, a conditional put, and a two-item transaction (Check + Put).

    The store must be freshly seeded (``seed``).
    """
    timings: dict[str, list[float]] = {"get": [], "put-conditional": [], "transact": []}
    version = 1

    def timed(name: str, call: Callable[[], object]) -> None:
        started = time.perf_counter()
        call()
        timings[name].append(time.perf_counter() - started)

    for n in range(rounds):
        timed("get", lambda: store.get("user#bench", "state"))
        timed(
            "put-conditional",
            lambda: store.write(
                [Put("user#bench", "state", {"cart": [], "n": n}, expect=version)]  # noqa: B023
            ),
        )
        version += 1
        timed(
            "transact",
            lambda: store.write(
                [Check("wallet#bench", "w", expect=1), Put("order#bench", f"o{n}", {"n": n})]  # noqa: B023
            ),
        )
    return timings


def report(name: str, timings: dict[str, list[float]]) -> None:
    for op, samples in timings.items():
        p50, p99 = percentile(samples, 0.5) * 1000, percentile(samples, 0.99) * 1000
        print(f"{name:<16} {op:<16} p50 {p50:7.2f} ms   p99 {p99:7.2f} ms   n={len(samples)}")


@contextlib.contextmanager
def _dynamodb_endpoint() -> Iterator[str]:
    given = os.environ.get("ECHOPPE_TEST_DYNAMODB_ENDPOINT")
    if given:
        yield given
        return
    from tools.dynamodb_local import dynamodb_local

    with dynamodb_local() as local:
        print(f"DynamoDB Local started in {local.started_in:.2f} s on {local.endpoint}")
        yield local.endpoint


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="store latency: SQLite vs DynamoDB Local")
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=50)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        for name, rounds in (("warmup", args.warmup), ("bench", args.rounds)):
            sqlite = SQLiteStore(Path(tmp) / f"{name}.sqlite3")
            seed(sqlite)
            timings = measure(sqlite, rounds)
            sqlite.close()
        report("sqlite", timings)

    with _dynamodb_endpoint() as endpoint:
        for table, rounds in (("bench-warmup", args.warmup), ("bench", args.rounds)):
            dynamo = DynamoStore(
                f"echoppe-{table}-{os.getpid()}",
                region="us-east-1",
                endpoint=endpoint,
                credentials=LOCAL_CREDENTIALS,
            )
            dynamo.create_table(ttl=False)
            try:
                seed(dynamo)
                with counting(dynamo) as requests:
                    timings = measure(dynamo, rounds)
            finally:
                dynamo.delete_table()
                dynamo.close()
        report("dynamodb-local", timings)
        per_round = {op: n / args.rounds for op, n in sorted(requests.items())}
        print(f"dynamodb-local   requests per round (get + put + transact): {per_round}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
