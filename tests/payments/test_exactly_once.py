"""The exactly-once engine, through both of its charging users: a checkout and a gift.

Every test runs for an order (``Checkout.place_order``) and a donation (``Donations.give``):
duplicates at once, a twin waiting for the first outcome, a dead process resumed after its
lease, a store that fails on the claim or on the outcome write (having written or not), and a
store that stays down: the same outcome, one charge, one exception when retries run out.
"""

import threading
import time

import pytest

from payments.checkout import Checkout
from payments.checkout_outcomes import PlaceStatus
from payments.donations import CharityTerms, Donations, GiveStatus, PendingDonation
from payments.exactly_once import LEASE, Retry
from payments.money import Money
from store.base import ConditionFailed, StoreUnavailable
from store.dynamodb import DynamoStore
from tests.dynamodb import TRANSACTION_CONFLICT, dynamodb_answers
from tests.payments.concurrency import FlakyStore, at_once, writes
from tests.payments.conftest import OWNER, PIN, make_pending
from tests.payments.gateways import CountingGateway, CrashAfterCharge, SlowGateway, approved_charges

TERMS = [CharityTerms("croix-rouge", "Croix-Rouge française", "EUR", tax_rule="fr-66")]


class Payment:
    """One money effect, paid the same way whichever service moves it."""

    def __init__(self, kind, wallets, clock, address):
        self.kind = kind
        self.wallets = wallets
        self.clock = clock
        self.pending = make_pending(address)
        self.gift = PendingDonation.create("croix-rouge", Money.of(20, "EUR"), nonce="nonce-gift")

    @property
    def done(self):
        return PlaceStatus.PAID if self.kind == "order" else GiveStatus.GIVEN

    @property
    def in_progress(self):
        return PlaceStatus.IN_PROGRESS if self.kind == "order" else GiveStatus.IN_PROGRESS

    @property
    def prefix(self):
        """The sort key of the record that is the payment's idempotency record."""
        return "order#" if self.kind == "order" else "donation#"

    def service(self, store, gateway, **kwargs):
        kwargs.setdefault("wait", 10.0)
        if self.kind == "order":
            return Checkout(store, self.wallets, gateway, clock=self.clock, **kwargs)
        return Donations(store, self.wallets, gateway, clock=self.clock, charities=TERMS, **kwargs)

    def pay(self, service, pin=PIN):
        if self.kind == "order":
            return service.place_order(OWNER, self.pending, pin)
        return service.give(OWNER, self.gift, pin)

    @staticmethod
    def record(result):
        return getattr(result, "order", None) or getattr(result, "donation", None)


@pytest.fixture(params=["order", "gift"])
def payment(request, wallets, clock, address, enrolled) -> Payment:
    return Payment(request.param, wallets, clock, address)


@pytest.mark.parametrize("n", [2, 5])
def test_duplicates_at_once_charge_once(payment, store, sandbox, n):
    gateway = CountingGateway(sandbox)
    # Each thread its own service, as separate Lambda invocations would have.
    results = at_once(n, lambda i: payment.pay(payment.service(store, gateway, wait=30.0)))
    assert {r.status for r in results} == {payment.done}
    assert len({payment.record(r) for r in results}) == 1
    assert gateway.charges == 1  # the engine's own guarantee, before the gateway's
    assert len(approved_charges(store)) == 1


def test_the_same_request_again_answers_without_a_pin(payment, store, sandbox):
    first = payment.pay(payment.service(store, sandbox))
    assert payment.pay(payment.service(store, sandbox), pin=None) == first
    assert len(approved_charges(store)) == 1


def test_a_twin_waits_for_the_first_outcome(payment, store, sandbox):
    slow = SlowGateway(sandbox)
    results = {}
    first = threading.Thread(
        target=lambda: results.update(a=payment.pay(payment.service(store, slow, wait=30.0)))
    )
    first.start()
    assert slow.entered.wait(10)
    impatient = payment.pay(payment.service(store, slow, wait=0.0))
    assert impatient.status is payment.in_progress
    polls = []

    def poll(seconds):
        polls.append(seconds)
        if len(polls) == 100:  # far more polls than lost writes are allowed: waiting is apart
            slow.release.set()
        time.sleep(0.001)

    results["b"] = payment.pay(payment.service(store, slow, wait=30.0, sleep=poll))
    first.join()
    assert results["a"].status is results["b"].status is payment.done
    assert results["a"] == results["b"] and slow.calls == 1 and len(polls) >= 100


def test_a_dead_charge_is_resumed_after_its_lease_with_the_same_key(payment, store, sandbox, clock):
    with pytest.raises(RuntimeError):
        payment.pay(payment.service(store, CrashAfterCharge(sandbox), wait=0.0))
    gateway = CountingGateway(sandbox)
    assert payment.pay(payment.service(store, gateway, wait=0.0)).status is payment.in_progress
    clock.advance(LEASE + 1)
    assert payment.pay(payment.service(store, gateway, wait=0.0)).status is payment.done
    assert gateway.charges == 1 and len(approved_charges(store)) == 1  # the first charge replayed


@pytest.mark.parametrize("landed", [True, False])
def test_store_unavailable_on_the_claim(payment, store, sandbox, landed):
    """Landed: the record read back carries our claim id, we charge. Not landed: claim again."""
    gateway = CountingGateway(sandbox)
    flaky = FlakyStore(store, writes(payment.prefix, state="charging"), landed=landed)
    result = payment.pay(payment.service(flaky, gateway, sleep=lambda s: None))
    assert result.status is payment.done and flaky.failed == 1
    assert gateway.charges == 1 and len(approved_charges(store)) == 1


@pytest.mark.parametrize("landed", [True, False])
def test_store_unavailable_on_the_outcome_write(payment, store, sandbox, landed):
    gateway = CountingGateway(sandbox)
    flaky = FlakyStore(store, writes(payment.prefix, state=payment.done.value), landed=landed)
    service = payment.service(flaky, gateway, sleep=lambda s: None)
    result = payment.pay(service)
    assert result.status is payment.done and flaky.failed == 1
    assert payment.pay(service, pin=None) == result  # what was recorded is what was answered
    assert gateway.charges == 1 and len(approved_charges(store)) == 1


@pytest.mark.parametrize("fail", [StoreUnavailable, ConditionFailed])
def test_retries_run_out_with_store_unavailable(payment, store, sandbox, fail):
    """Down (StoreUnavailable) or always losing to someone (ConditionFailed): checkout and
    donations give up the same way, with StoreUnavailable ("try again in a moment")."""
    flaky = FlakyStore(store, writes(payment.prefix), times=1000, fail=fail)
    retry = Retry(lost=5, unavailable=3)
    service = payment.service(flaky, sandbox, sleep=lambda s: None, retry=retry)
    with pytest.raises(StoreUnavailable):
        payment.pay(service)
    assert flaky.failed == (5 if fail is ConditionFailed else 3)
    assert approved_charges(store) == []


def test_an_outcome_the_store_never_took_is_resumed_by_the_next_request(
    payment, store, sandbox, clock
):
    gateway = CountingGateway(sandbox)
    down = FlakyStore(store, writes(payment.prefix, state=payment.done.value), times=1000)
    with pytest.raises(StoreUnavailable):
        payment.pay(payment.service(down, gateway, sleep=lambda s: None))
    assert len(approved_charges(store)) == 1  # charged; the record still says charging
    clock.advance(LEASE + 1)
    assert payment.pay(payment.service(store, gateway)).status is payment.done
    assert gateway.charges == 2 and len(approved_charges(store)) == 1  # same key: replayed


@pytest.mark.parametrize("write", ["claim", "outcome"])
def test_a_real_transaction_conflict_on_dynamodb(payment, store, sandbox, write):
    """DynamoDB cancels the claim or the outcome transaction (``TransactionConflict``: nothing
    written), answered by the botocore client itself: the engine reads back and writes again."""
    if not isinstance(store, DynamoStore):
        pytest.skip("a DynamoDB failure mode")
    gateway = CountingGateway(sandbox)
    service = payment.service(store, gateway, sleep=lambda s: None)
    after = 0 if write == "claim" else 2  # transactions: the claim, the sandbox's, the outcome
    with dynamodb_answers(store, "TransactWriteItems", TRANSACTION_CONFLICT, after=after) as hit:
        result = payment.pay(service)
    assert hit == [1] and result.status is payment.done
    assert payment.pay(service, pin=None) == result
    assert gateway.charges == 1 and len(approved_charges(store)) == 1
