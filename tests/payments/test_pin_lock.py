"""The PIN lock under concurrent guesses: each attempt is counted before its PIN is compared.

Semantics (``payments.wallet``): at most three PINs are compared per lock period; the third
wrong PIN locks; once locked even the right PIN is refused, unread, until the PIN is set again.
A right PIN compared within the first three is accepted exactly once; it resets the counter only
when no other attempt was counted after it, so a burst of guesses that includes it still locks.

The hasher is the real one, wrapped to count the PINs it compares and to hold the comparisons
until the test releases them: every interleaving below is forced, none is left to timing.
"""

import threading

import pytest

from payments.checkout import Checkout
from payments.checkout_outcomes import PlaceStatus
from payments.pin import PinStatus
from payments.wallet import PIN_BUSY, Wallets
from store.base import StoreUnavailable
from tests.payments.concurrency import CountingHasher, FlakyStore, at_once, writes
from tests.payments.conftest import OWNER, PIN, make_pending
from tests.payments.gateways import approved_charges


def wrong_pin(i: int) -> str:
    pin = f"{(i * 37) % 10000:04d}"
    return "9999" if pin == PIN else pin


@pytest.fixture
def held(hasher):
    return CountingHasher(hasher, hold=True)


@pytest.fixture
def guarded(store, sandbox, held, clock, enrolled) -> Wallets:
    """Wallets whose PIN comparisons are counted and held until released."""
    return Wallets(store, sandbox, held, clock=clock)


@pytest.mark.parametrize("n", [4, 30, 100])
def test_concurrent_guesses_compare_three_and_the_right_one_is_refused(guarded, held, n):
    """n - 1 wrong guesses at once; the right one arrives once three are being compared."""
    right = n - 1

    def guess(i):
        if i == right:
            held.wait_compared(3)
            held.release()
            return guarded.check_pin(OWNER, PIN)
        return guarded.check_pin(OWNER, wrong_pin(i))

    results = at_once(n, guess)
    assert len(held.compared) == 3 and PIN not in held.compared
    assert results[right].status is PinStatus.LOCKED
    answers = sorted((r.status.value, r.attempts_left) for r in results[:right])
    assert answers == [("locked", 0)] * (n - 3) + [("wrong", 1), ("wrong", 2)]
    # Locked: the right PIN is refused without being compared, until the PIN is set again.
    assert guarded.check_pin(OWNER, PIN).status is PinStatus.LOCKED
    assert len(held.compared) == 3
    guarded.reset_pin(OWNER, PIN)
    assert guarded.check_pin(OWNER, PIN).ok


@pytest.mark.parametrize("n", [4, 30])
def test_the_right_pin_among_the_first_three_is_accepted_once_and_the_burst_still_locks(
    guarded, held, n
):
    """The right PIN is counted first; two wrong ones are counted while it is compared."""

    def guess(i):
        if i == 0:
            return guarded.check_pin(OWNER, PIN)
        if i == n:  # not a guess: releases the comparisons once three have started
            held.wait_compared(3)
            held.release()
            return None
        held.wait_compared(1)
        return guarded.check_pin(OWNER, wrong_pin(i))

    results = at_once(n + 1, guess)
    assert len(held.compared) == 3 and held.compared[0] == PIN
    assert results[0].status is PinStatus.OK
    answers = sorted((r.status.value, r.attempts_left) for r in results[1:n])
    assert answers == [("locked", 0)] * (n - 2) + [("wrong", 1)]
    assert guarded.show(OWNER).locked
    assert guarded.check_pin(OWNER, PIN).status is PinStatus.LOCKED
    assert len(held.compared) == 3


def test_a_right_pin_counted_last_resets_and_a_waiting_guess_is_then_compared(guarded, held):
    """wrong, wrong, right are counted (three: the limit) and compared together; a fourth
    guess waits for them. The right PIN was counted last, so it resets the counter: a new lock
    period, in which the fourth guess is compared."""

    def guess(i):
        if i < 2:
            return guarded.check_pin(OWNER, wrong_pin(i))
        if i == 2:
            held.wait_compared(2)
            return guarded.check_pin(OWNER, PIN)
        held.wait_compared(3)
        if i == 3:
            held.release()
            return None
        return guarded.check_pin(OWNER, wrong_pin(i))

    results = at_once(5, guess)
    assert sorted((r.status.value, r.attempts_left) for r in results[:2]) == [
        ("wrong", 1),
        ("wrong", 2),
    ]
    assert results[2].status is PinStatus.OK
    assert (results[4].status, results[4].attempts_left) == (PinStatus.WRONG, 2)
    assert held.compared[2] == PIN and len(held.compared) == 4
    assert guarded.show(OWNER).attempts_left == 2


def test_a_right_pin_resets_even_when_the_wallet_changed_meanwhile(wallets, guarded, held):
    """An address or card added while the PIN is compared moves the version, not the counter."""
    wallets.check_pin(OWNER, "0000")
    result = {}
    thread = threading.Thread(target=lambda: result.update(check=guarded.check_pin(OWNER, PIN)))
    thread.start()
    held.wait_compared(1)
    guarded.add_payment_method(OWNER, "tok_mastercard")
    held.release()
    thread.join()
    assert result["check"].ok
    assert guarded.show(OWNER).attempts_left == 3


def test_an_attempt_whose_process_died_counts_as_wrong(store, sandbox, hasher, clock, enrolled):
    """Three attempts counted, the third never compared (its process died): once its
    ``PIN_BUSY`` lease runs out the wallet answers locked, without comparing anything."""

    class Dying(CountingHasher):
        def verify(self, stored, pin):
            raise RuntimeError("process killed")  # after counting, before comparing

    counting = CountingHasher(hasher)
    wallets = Wallets(store, sandbox, counting, clock=clock)
    wallets.check_pin(OWNER, "0000")
    wallets.check_pin(OWNER, "1111")
    with pytest.raises(RuntimeError):
        Wallets(store, sandbox, Dying(hasher), clock=clock).check_pin(OWNER, "2222")
    assert (wallets.get(OWNER).failed_attempts, wallets.get(OWNER).locked) == (3, False)
    clock.advance(PIN_BUSY + 1)
    assert wallets.check_pin(OWNER, PIN).status is PinStatus.LOCKED
    assert counting.compared == ["0000", "1111"]


@pytest.mark.parametrize("landed", [True, False])
def test_a_counting_write_with_an_unknown_outcome(store, sandbox, hasher, clock, enrolled, landed):
    """Landed: read back, the attempt is ours, the PIN is compared. Not landed: the caller hears
    "try again" (StoreUnavailable) and nothing was compared or counted."""
    counting = CountingHasher(hasher)
    flaky = FlakyStore(store, writes("wallet"), landed=landed)
    wallets = Wallets(flaky, sandbox, counting, clock=clock)
    if landed:
        assert wallets.check_pin(OWNER, PIN).ok
        assert counting.compared == [PIN]
    else:
        with pytest.raises(StoreUnavailable):
            wallets.check_pin(OWNER, PIN)
        assert counting.compared == []
    assert wallets.show(OWNER).attempts_left == 3


def test_concurrent_payments_with_guesses_charge_nothing_once_locked(
    store, sandbox, held, clock, enrolled, address
):
    """Eight checkouts at once, seven wrong PINs and the right one last: no charge."""
    wallets = Wallets(store, sandbox, held, clock=clock)
    n = 8

    def pay(i):
        checkout = Checkout(store, wallets, sandbox, clock=clock)
        pending = make_pending(address, nonce=f"nonce-cart-{i}")
        if i == n - 1:
            held.wait_compared(3)
            held.release()
            return checkout.place_order(OWNER, pending, PIN)
        return checkout.place_order(OWNER, pending, wrong_pin(i))

    results = at_once(n, pay)
    assert results[-1].status is PlaceStatus.LOCKED
    assert {r.status for r in results} == {PlaceStatus.LOCKED, PlaceStatus.WRONG_PIN}
    assert approved_charges(store) == [] and len(held.compared) == 3
