"""The exactly-once engine: every money movement (a charge, a refund) runs through ``Engine.run``.

A money effect is a record in the store (an order, a donation) that is its own idempotency
record: it names the movement's deterministic idempotency key and, once known, its outcome. An
``Effect`` reads its record and says, for the record as read, what to do next (``step``); the
engine does it, and reads again whenever another request got there first::

    Answer(value)       the record decides (an outcome, a refusal): return ``value``
    Wait(value)         another request is moving the money (claimed, its lease running): look
                        again every ``POLL`` s for up to ``wait`` s, then return ``value``
    Change(ops, after)  a plain state change that moves no money (close a failed order): write
                        it, answer ``after``
    Claim(ops, held)    take the record to move its money: create it (``expect=0``), or move it
                        to its in-flight state on the version read, with a fresh claim id
                        (``new_claim_id``) and a lease (``lease_until``). Then ``move`` (the
                        gateway call: on every resume the same key, token and amount, so the
                        gateway answers the first outcome) and ``settle`` (the outcome, written
                        on the version claimed).

Races, and what the engine does about them:

- a claim or a change that fails its condition lost to another request: read, step again;
- ``StoreUnavailable`` on a claim or a change: a timed-out write may have landed (a DynamoDB
  transaction conflict did not). Read back: a claim holds the record exactly when the record
  carries its claim id (``holds``); anything else is stepped on as read;
- ``ConditionFailed`` on the outcome write: if the record is still the version claimed,
  something else in that write moved (a counter): build the write again. Otherwise our lease
  ran out and another request resumed the same movement (same key: the gateway gave it the same
  outcome), or our own earlier try landed: the record as read decides;
- ``StoreUnavailable`` on the outcome write: write again; if the store stays down, the lease
  runs out and the next request resumes the movement with the same key.

One retry policy (``Retry``) for every effect and one exception when it runs out:
``StoreUnavailable``, which the conversation turns into "try again in a moment".
"""

from __future__ import annotations

import random
import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, Protocol, TypeVar

from store.base import ConditionFailed, Op, Store, StoreUnavailable

LEASE = 30
"""Seconds a claim holds a record before another request may resume its movement."""
WAIT = 3.0
"""Seconds a request polls while another one moves the money, before answering in progress."""
POLL = 0.05
JITTER = 0.02
"""Up to this many seconds of random sleep after a lost write, to de-synchronise racers."""


@dataclass(frozen=True)
class Retry:
    """How often a request may lose a write before it gives up with ``StoreUnavailable``."""

    lost: int = 40
    """Writes lost to other requests (each is followed by a read; waiting is bounded apart)."""
    unavailable: int = 8
    """``StoreUnavailable`` answers (timeouts, DynamoDB transaction conflicts)."""


RETRY = Retry()


def new_claim_id() -> str:
    """A random claim id: the mark that tells a request its claim write landed."""
    return secrets.token_urlsafe(9)


class Claimed(Protocol):
    """What the engine reads on every record: its store version and its claim id."""

    @property
    def version(self) -> int: ...

    @property
    def claim(self) -> str | None: ...


def holds(current: Claimed | None, claim: str | None) -> bool:
    """After an unsure claim write: True when the record read back carries our claim id."""
    return current is not None and current.claim == claim


class Poll:
    """Waiting, bounded by ``wait`` seconds, for another request to finish."""

    def __init__(
        self,
        wait: float,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._deadline = monotonic() + wait
        self._sleep = sleep
        self._monotonic = monotonic

    def again(self) -> bool:
        """Sleep ``POLL`` and return True to look again; False once the wait is over."""
        if self._monotonic() >= self._deadline:
            return False
        self._sleep(POLL)
        return True


R = TypeVar("R", bound=Claimed)
A = TypeVar("A")


@dataclass(frozen=True)
class Answer(Generic[A]):
    value: A


@dataclass(frozen=True)
class Wait(Generic[A]):
    value: A
    """What to answer once the wait is over (in progress)."""


@dataclass(frozen=True)
class Change(Generic[R]):
    ops: Sequence[Op]
    after: R
    """The record as it is once ``ops`` landed."""


@dataclass(frozen=True)
class Claim(Generic[R]):
    ops: Sequence[Op]
    held: R
    """The record as it is once ``ops`` landed (its new version, our claim id, a lease)."""


Step = Answer[A] | Wait[A] | Change[R] | Claim[R]


class Effect(Protocol[R, A]):
    """One money effect on one record: checkout's charge, a gift, a refund, ..."""

    def read(self) -> R | None:
        """The record (one strongly consistent read), or None."""
        ...

    def step(self, record: R | None, now: int) -> Step[A, R]:
        """What to do with the record as read; may read more (a counter) or check a PIN."""
        ...

    def move(self, held: R) -> R:
        """Move the money of the claimed record; the record with its outcome (not yet written)."""
        ...

    def settle(self, held: R, moved: R) -> Sequence[Op]:
        """The outcome write: ``moved`` on ``held.version``, and what goes with it."""
        ...

    def answer(self, record: R) -> A:
        """The result a record gives its caller."""
        ...


class Engine:
    """Runs effects; see the module docstring. One per service, shared by its calls."""

    def __init__(
        self,
        store: Store,
        *,
        clock: Callable[[], float] = time.time,
        wait: float = WAIT,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
        retry: Retry = RETRY,
    ) -> None:
        self._store = store
        self._clock = clock
        self._wait = wait
        self._sleep = sleep
        self._monotonic = monotonic
        self._retry = retry

    def run(self, effect: Effect[R, A]) -> A:
        poll = Poll(self._wait, self._sleep, self._monotonic)
        tries = _Tries(self._retry, self._sleep)
        record = effect.read()
        while True:
            step = effect.step(record, int(self._clock()))
            if isinstance(step, Answer):
                return step.value
            if isinstance(step, Wait):
                if not poll.again():
                    return step.value
                record = effect.read()
            elif isinstance(step, Change):
                if self._write(step.ops, tries):
                    return effect.answer(step.after)
                record = effect.read()
            else:
                if self._write(step.ops, tries):
                    return self._settle(effect, step.held, tries)
                record = effect.read()
                if record is not None and holds(record, step.held.claim):
                    return self._settle(effect, record, tries)

    def _write(self, ops: Sequence[Op], tries: _Tries) -> bool:
        """True when ``ops`` landed; False when unsure or lost (the caller reads back)."""
        try:
            self._store.write(ops)
        except ConditionFailed:
            tries.lost()
            return False
        except StoreUnavailable as exc:
            tries.unavailable(exc)
            return False
        return True

    def _settle(self, effect: Effect[R, A], held: R, tries: _Tries) -> A:
        moved = effect.move(held)
        while True:
            try:
                self._store.write(effect.settle(held, moved))
            except ConditionFailed:
                current = effect.read()
                if current is None:
                    raise StoreUnavailable("a claimed record vanished") from None
                if current.version != held.version:
                    return effect.answer(current)
                tries.lost()  # only something written with the outcome moved: write again
                continue
            except StoreUnavailable as exc:
                tries.unavailable(exc)
                continue
            return effect.answer(_written(moved, held.version + 1))


def _written(record: Any, version: int) -> Any:
    """The record as stored after a write of it (records are frozen dataclasses)."""
    return replace(record, version=version)


class _Tries:
    """The retry budget of one run (``Retry``); sleeps a little after each failure."""

    def __init__(self, retry: Retry, sleep: Callable[[float], None]) -> None:
        self._retry = retry
        self._sleep = sleep
        self._lost = 0
        self._unavailable = 0

    def lost(self) -> None:
        self._lost += 1
        if self._lost >= self._retry.lost:
            raise StoreUnavailable("the record kept changing under this request")
        self._sleep(random.uniform(0, JITTER))

    def unavailable(self, exc: StoreUnavailable) -> None:
        self._unavailable += 1
        if self._unavailable >= self._retry.unavailable:
            raise exc
        self._sleep(random.uniform(0, JITTER))
