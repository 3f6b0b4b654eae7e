"""The Stripe gateway through the real ``stripe`` library, against a local HTTP stub."""

import pytest

from payments.errors import (
    ConfigurationError,
    GatewayError,
    GatewayTransientError,
    UnknownPaymentMethod,
)
from payments.gateway import DeclineReason
from payments.money import Money
from payments.stripe_gateway import StripeGateway
from tests.payments.stripe_stub import API_KEY, StripeStub, serve

AMOUNT = Money.of("24.38", "EUR")


@pytest.fixture
def stub():
    stub = StripeStub()
    server, url = serve(stub)
    stub.url = url
    yield stub
    server.shutdown()
    server.server_close()


@pytest.fixture
def gateway(stub):
    return StripeGateway(API_KEY, api_base=stub.url, max_network_retries=0)


def test_approved(gateway, stub):
    result = gateway.charge("pm_card_visa", AMOUNT, "echoppe-o_abc-charge-1", "Stain Expert order")
    assert result.approved and result.charge_id == "pi_stub0001"
    (seen,) = stub.requests
    assert (seen.method, seen.path, seen.status) == ("POST", "/v1/payment_intents", 200)
    assert seen.headers["idempotency-key"] == "echoppe-o_abc-charge-1"
    assert seen.form == {
        "amount": "2438",
        "currency": "eur",
        "payment_method": "pm_card_visa",
        "off_session": "true",
        "confirm": "true",
        "description": "Stain Expert order",
    }


def test_customer_is_sent_when_the_token_names_one(gateway, stub):
    assert gateway.charge("cus_42:pm_card_visa", AMOUNT, "customer-key-1", "order").approved
    assert stub.requests[0].form["customer"] == "cus_42"
    assert stub.requests[0].form["payment_method"] == "pm_card_visa"


def test_card_declined(gateway, stub):
    result = gateway.charge("pm_card_chargeDeclined", AMOUNT, "declined-key-1", "order")
    assert not result.approved
    assert result.decline_reason is DeclineReason.CARD_DECLINED
    assert result.charge_id == "pi_stub0001"
    assert stub.requests[0].status == 402


@pytest.mark.parametrize(
    ("pm", "reason"),
    [
        ("pm_card_chargeDeclinedInsufficientFunds", DeclineReason.INSUFFICIENT_FUNDS),
        ("pm_card_chargeDeclinedExpiredCard", DeclineReason.EXPIRED_CARD),
        ("pm_card_authenticationRequired", DeclineReason.AUTHENTICATION_REQUIRED),
    ],
)
def test_decline_reasons(gateway, pm, reason):
    assert gateway.charge(pm, AMOUNT, f"key-{pm}", "order").decline_reason is reason


def test_same_idempotency_key_twice_charges_once(gateway, stub):
    first = gateway.charge("pm_card_visa", AMOUNT, "twice-key-1", "order")
    second = gateway.charge("pm_card_visa", AMOUNT, "twice-key-1", "order")
    assert first == second
    assert stub.intents_created == 1
    assert [s.headers["idempotency-key"] for s in stub.requests] == ["twice-key-1"] * 2


def test_same_key_other_parameters_is_a_gateway_error(gateway):
    gateway.charge("pm_card_visa", AMOUNT, "reuse-key-1", "order")
    with pytest.raises(GatewayError) as err:
        gateway.charge("pm_card_visa", Money.of("1.00", "EUR"), "reuse-key-1", "order")
    assert not isinstance(err.value, GatewayTransientError)


def test_processing_error_is_transient(gateway):
    with pytest.raises(GatewayTransientError):
        gateway.charge("pm_card_chargeDeclinedProcessingError", AMOUNT, "processing-1", "x")


def test_rate_limit_is_transient(gateway, stub):
    stub.rate_limited = True
    with pytest.raises(GatewayTransientError):
        gateway.charge("pm_card_visa", AMOUNT, "limited-key-1", "order")


def test_connection_refused_is_transient(stub):
    gateway = StripeGateway(API_KEY, api_base="http://127.0.0.1:9", max_network_retries=0)
    with pytest.raises(GatewayTransientError):
        gateway.charge("pm_card_visa", AMOUNT, "no-server-key", "order")


def test_bad_api_key_is_a_permanent_gateway_error(stub):
    gateway = StripeGateway("sk_test_wrong", api_base=stub.url, max_network_retries=0)
    with pytest.raises(GatewayError) as err:
        gateway.charge("pm_card_visa", AMOUNT, "bad-api-key-1", "order")
    assert not isinstance(err.value, GatewayTransientError)
    assert "sk_test_wrong" not in str(err.value)


def test_missing_api_key():
    with pytest.raises(ConfigurationError):
        StripeGateway("")


def test_describe(gateway, stub):
    on_file = gateway.describe("pm_card_visa")
    assert on_file.token == "pm_card_visa"
    assert (on_file.card.brand, on_file.card.last4, on_file.card.expiry) == (
        "visa",
        "4242",
        "12/2030",
    )
    assert (stub.requests[0].method, stub.requests[0].path) == (
        "GET",
        "/v1/payment_methods/pm_card_visa",
    )


def test_describe_keeps_the_customer(gateway):
    assert gateway.describe("pm_card_mastercard").token == "cus_stub1:pm_card_mastercard"


def test_describe_unknown(gateway):
    with pytest.raises(UnknownPaymentMethod):
        gateway.describe("pm_nope")


def test_refund(gateway, stub):
    charge = gateway.charge("pm_card_visa", AMOUNT, "refund-charge-1", "order")
    first = gateway.refund(charge.charge_id, AMOUNT, "refund-refund-1")
    second = gateway.refund(charge.charge_id, AMOUNT, "refund-refund-1")
    assert first.approved and first == second and stub.refunds_created == 1
    seen = stub.requests[1]
    assert (seen.method, seen.path) == ("POST", "/v1/refunds")
    assert seen.headers["idempotency-key"] == "refund-refund-1"
    assert seen.form == {"payment_intent": charge.charge_id, "amount": "2438"}
