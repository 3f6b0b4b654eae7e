"""Gateways for payments tests: the real sandbox, wrapped to count, hold, fail or crash."""

import threading

from payments.errors import GatewayTransientError


def approved_charges(store):
    return [i for i in store.query("sandbox", "charge#") if i.data["approved"]]


def refunds(store):
    return store.query("sandbox", "refund#")


class Wrapped:
    """The sandbox behind a wrapper: what a subclass does not change goes straight through."""

    def __init__(self, inner):
        self.inner = inner
        self.name = inner.name

    def describe(self, token):
        return self.inner.describe(token)

    def charge(self, *args):
        return self.inner.charge(*args)

    def refund(self, *args):
        return self.inner.refund(*args)


class CrashAfterCharge(Wrapped):
    """Charges, then dies before the outcome is recorded (a Lambda timeout)."""

    def charge(self, *args):
        self.inner.charge(*args)
        raise RuntimeError("process killed")


class CountingGateway(Wrapped):
    """The sandbox, counting the charges and refunds asked for (not only those that happen)."""

    def __init__(self, inner):
        super().__init__(inner)
        self.charges = 0
        self.refunds = 0
        self._lock = threading.Lock()

    def charge(self, *args):
        with self._lock:
            self.charges += 1
        return self.inner.charge(*args)

    def refund(self, *args):
        with self._lock:
            self.refunds += 1
        return self.inner.refund(*args)


class SlowGateway(Wrapped):
    """Charges through the sandbox, but holds the charges until released."""

    def __init__(self, inner):
        super().__init__(inner)
        self.entered = threading.Event()
        self.release = threading.Event()
        self.calls = 0

    def charge(self, *args):
        self.calls += 1
        self.entered.set()
        assert self.release.wait(10)
        return self.inner.charge(*args)


class NoAnswer(Wrapped):
    """The first ``times`` charges and refunds time out before reaching the sandbox: nothing
    moved, but the caller cannot know (``GatewayTransientError``)."""

    def __init__(self, inner, times=1):
        super().__init__(inner)
        self.times = times

    def _timeout(self):
        if self.times:
            self.times -= 1
            raise GatewayTransientError("timed out")

    def charge(self, *args):
        self._timeout()
        return self.inner.charge(*args)

    def refund(self, *args):
        self._timeout()
        return self.inner.refund(*args)
