"""The sandbox gateway: test tokens, idempotency keys, the one-time processing error, refunds."""

import threading

import pytest

from payments.errors import GatewayError, GatewayTransientError, InvalidInput, UnknownPaymentMethod
from payments.gateway import DeclineReason
from payments.money import Money
from payments.sandbox import SandboxGateway
from tests.payments.concurrency import FlakyStore, writes

EUR = Money.of("24.38", "EUR")


def charges(store):
    return [i for i in store.query("sandbox", "charge#") if i.data["approved"]]


@pytest.mark.parametrize("token", ["tok_visa", "tok_mastercard", "tok_amex"])
def test_approving_tokens(sandbox, token):
    result = sandbox.charge(token, EUR, f"key-{token}", "test")
    assert result.approved and result.charge_id.startswith("ch_sbx_")
    assert result.decline_reason is None


@pytest.mark.parametrize(
    ("token", "reason"),
    [
        ("tok_chargeDeclined", DeclineReason.CARD_DECLINED),
        ("tok_insufficientFunds", DeclineReason.INSUFFICIENT_FUNDS),
        ("tok_expiredCard", DeclineReason.EXPIRED_CARD),
        ("tok_authRequired", DeclineReason.AUTHENTICATION_REQUIRED),
    ],
)
def test_declining_tokens(sandbox, token, reason):
    result = sandbox.charge(token, EUR, f"key-{token}", "test")
    assert not result.approved and result.decline_reason is reason and result.charge_id is None


def test_describe(sandbox):
    card = sandbox.describe("tok_visa").card
    assert (card.brand, card.last4, card.exp_month, card.exp_year) == ("visa", "4242", 12, 2030)
    with pytest.raises(UnknownPaymentMethod):
        sandbox.describe("tok_unknown")


def test_same_key_same_result_one_charge(sandbox, store):
    first = sandbox.charge("tok_visa", EUR, "order-1-charge-1", "test")
    second = sandbox.charge("tok_visa", EUR, "order-1-charge-1", "test")
    assert first == second
    assert len(charges(store)) == 1
    third = sandbox.charge("tok_visa", EUR, "order-1-charge-2", "test")
    assert third.charge_id != first.charge_id and len(charges(store)) == 2


def test_results_persist_in_the_store(store, clock):
    first = SandboxGateway(store, clock=clock).charge("tok_visa", EUR, "persist-key", "x")
    again = SandboxGateway(store, clock=clock).charge("tok_visa", EUR, "persist-key", "x")
    assert first == again and len(charges(store)) == 1


def test_a_key_reused_with_other_parameters_is_refused(sandbox):
    sandbox.charge("tok_visa", EUR, "reused-key", "test")
    with pytest.raises(GatewayError):
        sandbox.charge("tok_visa", Money.of("1.00", "EUR"), "reused-key", "test")
    with pytest.raises(GatewayError):
        sandbox.charge("tok_mastercard", EUR, "reused-key", "test")


def test_processing_error_fails_once_per_key_then_approves(sandbox, store):
    with pytest.raises(GatewayTransientError):
        sandbox.charge("tok_processingError", EUR, "glitchy-key-1", "test")
    retried = sandbox.charge("tok_processingError", EUR, "glitchy-key-1", "test")
    assert retried.approved
    assert sandbox.charge("tok_processingError", EUR, "glitchy-key-1", "test") == retried
    with pytest.raises(GatewayTransientError):
        sandbox.charge("tok_processingError", EUR, "glitchy-key-2", "test")
    assert len(charges(store)) == 1


def test_a_transient_error_is_a_gateway_error():
    assert issubclass(GatewayTransientError, GatewayError)


@pytest.mark.parametrize(
    ("token", "amount", "key"),
    [
        ("tok_visa", Money.zero("EUR"), "valid-key-1"),
        ("tok_visa", EUR, "short"),
        ("tok_visa", EUR, "has spaces in it"),
        ("", EUR, "valid-key-1"),
        ("4242424242424242", EUR, "valid-key-1"),
    ],
)
def test_guards_before_a_charge(sandbox, token, amount, key):
    with pytest.raises(InvalidInput):
        sandbox.charge(token, amount, key, "test")


def test_unknown_token_at_charge_is_refused(sandbox):
    with pytest.raises(GatewayError):
        sandbox.charge("tok_unknown", EUR, "unknown-token-key", "test")


def test_concurrent_charges_with_one_key_charge_once(store, clock):
    n = 6
    barrier = threading.Barrier(n)
    results, errors = [], []

    def run():
        try:
            barrier.wait()
            results.append(
                SandboxGateway(store, clock=clock).charge("tok_visa", EUR, "race-key", "t")
            )
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len({r.charge_id for r in results}) == 1 and len(results) == n
    assert len(charges(store)) == 1


def test_refund_once_per_key(sandbox):
    charge = sandbox.charge("tok_visa", EUR, "refund-me-charge", "test")
    first = sandbox.refund(charge.charge_id, EUR, "refund-me-refund")
    again = sandbox.refund(charge.charge_id, EUR, "refund-me-refund")
    assert first.approved and first == again
    over = sandbox.refund(charge.charge_id, Money.of("0.01", "EUR"), "refund-me-more")
    assert not over.approved and over.reason == "amount_exceeds_charge"


def test_partial_refunds_add_up(sandbox):
    charge = sandbox.charge("tok_visa", EUR, "partial-charge", "test")
    assert sandbox.refund(charge.charge_id, Money.of("20.00", "EUR"), "partial-1").approved
    assert not sandbox.refund(charge.charge_id, Money.of("5.00", "EUR"), "partial-2").approved
    assert sandbox.refund(charge.charge_id, Money.of("4.38", "EUR"), "partial-3").approved


def test_refund_of_an_unknown_charge(sandbox):
    with pytest.raises(GatewayError):
        sandbox.refund("ch_nope", EUR, "refund-unknown")


@pytest.mark.parametrize("landed", [True, False])
def test_a_store_that_does_not_answer_is_a_gateway_that_does_not(store, clock, landed):
    flaky = FlakyStore(store, writes("charge#"), landed=landed)
    gateway = SandboxGateway(flaky, clock=clock)
    with pytest.raises(GatewayTransientError):
        gateway.charge("tok_visa", EUR, "key-flaky", "test")
    again = gateway.charge("tok_visa", EUR, "key-flaky", "test")  # the same key: one charge
    assert again.approved and len(charges(store)) == 1
    refund = FlakyStore(store, writes("refund#"), landed=landed)
    with pytest.raises(GatewayTransientError):
        SandboxGateway(refund, clock=clock).refund(again.charge_id, EUR, "key-refund")
    assert SandboxGateway(store, clock=clock).refund(again.charge_id, EUR, "key-refund").approved
