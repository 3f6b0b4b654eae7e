"""Business and health metrics as CloudWatch Embedded Metric Format (EMF) log lines.

One turn, one line: the Lambda entry opens a :class:`TurnMetrics` per request (``turn``), code
anywhere in the turn counts what happened (``count``/``observe``, no-ops outside a turn, so the
CLI and the tests need nothing), and the line is written to stdout when the turn ends. CloudWatch
Logs turns the line into metrics in ``namespace``, per locale and overall, with no API call and
no agent: on Lambda stdout is the log stream.

Why not Powertools' ``Metrics``: it writes the same format, but importing it adds about
20 ms to a cold start here, against about 3 ms for this module (standard library only), both
measured after the skill's own imports (``python -m bench.metrics_import``). The format is small and documented (AWS, *Embedded metric format
specification*): one JSON object whose ``_aws`` member lists the metrics and dimension sets.

The metric names are the closed set :class:`Metric` (its unit included), so a typo is a type
error, not a new metric nobody alarms on. No Alexa, Flask or boto import here.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from enum import Enum
from typing import TextIO

SERVICE = "echoppe"
MAX_VALUES = 100
"""EMF accepts at most 100 values per metric in one line."""


class Metric(Enum):
    """Every metric echoppe emits: (name, CloudWatch unit)."""

    TURNS = ("Turns", "Count")
    TURN_LATENCY = ("TurnLatency", "Milliseconds")
    ERROR_REPLIES = ("ErrorReplies", "Count")
    """The shopper heard "sorry, something went wrong" (the error handler answered)."""
    FAILED_TURNS = ("FailedTurns", "Count")
    """The turn raised past the skill: Alexa got no answer from us."""
    ORDERS_PAID = ("OrdersPaid", "Count")
    ORDERS_DECLINED = ("OrdersDeclined", "Count")
    CHARGES = ("Charges", "Count")
    """Gateway charges that succeeded (orders and donations)."""
    PIN_FAILURES = ("PinFailures", "Count")
    PIN_LOCKOUTS = ("PinLockouts", "Count")
    RESOLVED_MATCH = ("ResolvedMatch", "Count")
    RESOLVED_QUESTION = ("ResolvedQuestion", "Count")
    RESOLVED_NONE = ("ResolvedNone", "Count")

    @property
    def metric_name(self) -> str:
        return self.value[0]

    @property
    def unit(self) -> str:
        return self.value[1]


class TurnMetrics:
    """What one turn counted; ``line()`` is its EMF record (``None`` when nothing was counted).

    The entry's own figures (``count``/``observe`` here) are kept for the whole invocation; what
    the conversation counts (the module's ``count``/``observe``) belongs to the current attempt,
    and ``new_attempt()`` forgets it: a turn replayed after a conflicting save must not count a
    payment twice.
    """

    def __init__(
        self, namespace: str, locale: str, *, clock: Callable[[], float] = time.time
    ) -> None:
        self.namespace = namespace
        self.locale = locale
        self._clock = clock
        self._values: dict[Metric, list[float]] = {}
        self._attempt: dict[Metric, list[float]] = {}

    def count(self, metric: Metric, value: int = 1) -> None:
        self.observe(metric, value)

    def observe(self, metric: Metric, value: float) -> None:
        _add(self._values, metric, value)

    def record(self, metric: Metric, value: float) -> None:
        """A figure of the current attempt (what the module's ``count``/``observe`` call)."""
        _add(self._attempt, metric, value)

    def new_attempt(self) -> None:
        self._attempt.clear()

    def line(self) -> str | None:
        values = {metric: list(v) for metric, v in self._values.items()}
        for metric, recorded in self._attempt.items():
            for value in recorded:
                _add(values, metric, value)
        if not values:
            return None
        record: dict[str, object] = {
            "_aws": {
                "Timestamp": int(self._clock() * 1000),
                "CloudWatchMetrics": [
                    {
                        "Namespace": self.namespace,
                        # Each metric once per locale and once across locales.
                        "Dimensions": [["service", "locale"], ["service"]],
                        "Metrics": [{"Name": m.metric_name, "Unit": m.unit} for m in values],
                    }
                ],
            },
            "service": SERVICE,
            "locale": self.locale,
        }
        for metric, recorded in values.items():
            record[metric.metric_name] = recorded[0] if len(recorded) == 1 else recorded
        return json.dumps(record, separators=(",", ":"))


def _add(values: dict[Metric, list[float]], metric: Metric, value: float) -> None:
    recorded = values.setdefault(metric, [])
    if metric.unit == "Count" and recorded:
        recorded[0] += value  # counts add up: one value per count metric and line
    elif len(recorded) < MAX_VALUES:
        recorded.append(value)


_current: ContextVar[TurnMetrics | None] = ContextVar("echoppe_turn_metrics", default=None)


@contextmanager
def turn(
    namespace: str,
    locale: str,
    *,
    enabled: bool = True,
    stream: TextIO | None = None,
    clock: Callable[[], float] = time.time,
) -> Iterator[TurnMetrics]:
    """Collect the turn's metrics, then write its one EMF line (if ``enabled`` and any)."""
    metrics = TurnMetrics(namespace, locale, clock=clock)
    token = _current.set(metrics)
    try:
        yield metrics
    finally:
        _current.reset(token)
        line = metrics.line() if enabled else None
        if line is not None:
            out = stream if stream is not None else sys.stdout
            out.write(line + "\n")
            out.flush()


def count(metric: Metric, value: int = 1) -> None:
    """Count ``metric`` in the current attempt of the turn; nothing outside a turn."""
    metrics = _current.get()
    if metrics is not None:
        metrics.record(metric, value)


def observe(metric: Metric, value: float) -> None:
    """Record one value of ``metric`` (a latency) in the current attempt of the turn."""
    metrics = _current.get()
    if metrics is not None:
        metrics.record(metric, value)


def new_attempt() -> None:
    """The turn is being replayed: forget what its previous attempt counted."""
    metrics = _current.get()
    if metrics is not None:
        metrics.new_attempt()
