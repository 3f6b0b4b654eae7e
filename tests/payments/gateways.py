"""Gateways for payments tests: the real sandbox, wrapped to count, hold or crash."""

import threading


def approved_charges(store):
    return [i for i in store.query("sandbox", "charge#") if i.data["approved"]]


class CrashAfterCharge:
    """Charges, then dies before the outcome is recorded (a Lambda timeout)."""

    name = "crashing"

    def __init__(self, inner):
        self.inner = inner

    def describe(self, token):
        return self.inner.describe(token)

    def charge(self, *args):
        self.inner.charge(*args)
        raise RuntimeError("process killed")


class CountingGateway:
    """The sandbox, counting the charges asked for (not only those that happen)."""

    def __init__(self, inner):
        self.inner = inner
        self.name = inner.name
        self.charges = 0
        self._lock = threading.Lock()

    def describe(self, token):
        return self.inner.describe(token)

    def charge(self, *args):
        with self._lock:
            self.charges += 1
        return self.inner.charge(*args)

    def refund(self, *args):
        return self.inner.refund(*args)


class SlowGateway:
    """Charges through the sandbox, but holds the first charge until released."""

    def __init__(self, inner):
        self.inner = inner
        self.name = inner.name
        self.entered = threading.Event()
        self.release = threading.Event()
        self.calls = 0

    def describe(self, token):
        return self.inner.describe(token)

    def charge(self, *args):
        self.calls += 1
        self.entered.set()
        assert self.release.wait(10)
        return self.inner.charge(*args)

    def refund(self, *args):
        return self.inner.refund(*args)
