"""Helpers for payments tests under concurrency and store faults: threads released together, a
store whose writes fail on purpose, and PIN hashers that count and hold the comparisons."""

from __future__ import annotations

import threading
from collections.abc import Callable

from store.base import StoreUnavailable

TIMEOUT = 20.0
"""Seconds any barrier or event of these helpers waits before the test fails."""


def at_once(n: int, work: Callable[[int], object]) -> list:
    """Run ``work(0..n-1)`` on ``n`` threads released together; their results, in order."""
    barrier = threading.Barrier(n)
    results: list = [None] * n
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            barrier.wait(TIMEOUT)
            results[i] = work(i)
        except Exception as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    return results


class FlakyStore:
    """Wraps a store: the next ``times`` writes that ``match`` fail.

    ``landed=True``: the write is applied, then ``StoreUnavailable`` is raised (a timeout after
    the server wrote); ``landed=False``: nothing is written (throttling, a transaction conflict).
    ``fail=ConditionFailed`` instead simulates a write always lost to another request.
    """

    def __init__(
        self,
        inner,
        match: Callable[[list], bool],
        *,
        landed: bool = False,
        times: int = 1,
        fail: type[Exception] = StoreUnavailable,
    ) -> None:
        self.inner = inner
        self.match = match
        self.landed = landed
        self.times = times
        self.fail = fail
        self.failed = 0

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def write(self, ops):
        if self.times and self.match(list(ops)):
            self.times -= 1
            self.failed += 1
            if self.landed:
                self.inner.write(ops)
            raise self.fail("injected")
        return self.inner.write(ops)


def writes(prefix: str, **data) -> Callable[[list], bool]:
    """A ``FlakyStore`` match: a write with a ``Put`` whose sort key starts with ``prefix`` (and
    whose data has the given values)."""

    def match(ops: list) -> bool:
        return any(
            op.sk.startswith(prefix)
            and all(getattr(op, "data", {}).get(k) == v for k, v in data.items())
            for op in ops
        )

    return match


class CountingHasher:
    """A real ``PinHasher`` that counts the PINs it compares, and can hold each comparison.

    With ``hold=True`` every comparison waits (after being counted) until ``release()``;
    ``wait_compared(n)`` returns once ``n`` comparisons have started.
    """

    def __init__(self, inner, *, hold: bool = False) -> None:
        self.inner = inner
        self.hold = hold
        self.compared: list[str] = []
        self._released = threading.Event()
        self._changed = threading.Condition()

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def verify(self, stored: str, pin: str) -> bool:
        with self._changed:
            self.compared.append(pin)
            self._changed.notify_all()
        if self.hold:
            assert self._released.wait(TIMEOUT), "comparison never released"
        return self.inner.verify(stored, pin)

    def wait_compared(self, n: int) -> None:
        with self._changed:
            assert self._changed.wait_for(lambda: len(self.compared) >= n, TIMEOUT)

    def release(self) -> None:
        self._released.set()
