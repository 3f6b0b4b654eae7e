"""Rate limits and the sign-in lockout, as counters in the store (so they hold across processes
and Lambda containers).

- ``Throttle.hit(kind, subject, limit, window)``: a fixed-window counter per (kind, subject),
  e.g. sign-in attempts per client address, codes e-mailed per address. Past ``limit`` in the
  window it raises ``RateLimited`` with the seconds left. One read and one conditional write.
- ``Lockout``: failed sign-ins in a row per e-mail; the fifth locks sign-in for that e-mail for
  15 minutes (``SignInLocked``), whatever the password tried next. A success clears it.

Counters are conditional writes on the version read, retried on conflict: concurrent attempts are
all counted. Their items expire (TTL) with their window.
"""

from __future__ import annotations

import contextlib
import random
import time
from collections.abc import Callable

from accounts.errors import RateLimited, SignInLocked
from accounts.keys import signin_key, throttle_key
from store.base import ConditionFailed, Delete, Put, Store, StoreUnavailable

_RETRIES = 20


def _pause() -> None:
    time.sleep(random.uniform(0, 0.003))  # de-synchronise racing writers


class Throttle:
    def __init__(self, store: Store, *, clock: Callable[[], float] = time.time) -> None:
        self._store = store
        self._clock = clock

    def hit(self, kind: str, subject: str, *, limit: int, window: int) -> int:
        """Count one request; returns the count so far, or raises ``RateLimited``."""
        now = int(self._clock())
        start = now - now % window
        key = throttle_key(kind, subject, start)
        for _ in range(_RETRIES):
            item = self._store.get(*key)
            count = int(item.data["count"]) if item else 0
            if count >= limit:
                raise RateLimited(max(1, start + window - now))
            put = Put(
                *key, {"count": count + 1}, expect=item.version if item else 0,
                expires_at=start + window,
            )  # fmt: skip
            try:
                self._store.write([put])
            except ConditionFailed:
                _pause()
                continue
            return count + 1
        raise StoreUnavailable("too many concurrent requests on one counter")


class Lockout:
    """Failed sign-ins in a row per e-mail; see the module docstring."""

    def __init__(
        self,
        store: Store,
        *,
        clock: Callable[[], float] = time.time,
        max_failures: int = 5,
        lock_seconds: int = 15 * 60,
        memory: int = 24 * 3600,
    ) -> None:
        self._store = store
        self._clock = clock
        self.max_failures = max_failures
        self.lock_seconds = lock_seconds
        self._memory = memory

    def check(self, email: str) -> None:
        """Raise ``SignInLocked`` while the e-mail is locked."""
        item = self._store.get(*signin_key(email))
        if item and int(item.data.get("locked_until", 0)) > self._clock():
            raise SignInLocked(int(item.data["locked_until"]))

    def failed(self, email: str) -> bool:
        """Count a failure; True when it locks the e-mail."""
        for _ in range(_RETRIES):
            now = int(self._clock())
            item = self._store.get(*signin_key(email))
            data = dict(item.data) if item else {"failures": 0, "locked_until": 0}
            if int(data["locked_until"]) > now:
                return True
            failures = int(data["failures"]) + 1
            locked = failures >= self.max_failures
            data = {
                "failures": 0 if locked else failures,
                "locked_until": now + self.lock_seconds if locked else 0,
            }
            put = Put(
                *signin_key(email), data, expect=item.version if item else 0,
                expires_at=now + max(self._memory, self.lock_seconds),
            )  # fmt: skip
            try:
                self._store.write([put])
            except ConditionFailed:
                _pause()
                continue
            return locked
        raise StoreUnavailable("too many concurrent sign-ins for one e-mail")

    def succeeded(self, email: str) -> None:
        """Forget the failures (a locked e-mail never gets here: ``check`` comes first)."""
        item = self._store.get(*signin_key(email))
        if item is not None:
            # A concurrent failure, counted meanwhile, stands (ConditionFailed).
            with contextlib.suppress(ConditionFailed):
                self._store.write([Delete(*signin_key(email), expect=item.version)])
