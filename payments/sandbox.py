"""The sandbox gateway: the embedded default, persistent in the store, driven by test tokens.

Test tokens (named like Stripe's; the card facts are those of Stripe's test cards)::

    token                  card              charge
    tok_visa               Visa 4242 12/2030       approved
    tok_mastercard         Mastercard 4444 12/2030 approved
    tok_amex               Amex 8431 12/2030       approved
    tok_chargeDeclined     Visa 0002 12/2030       declined: card_declined
    tok_insufficientFunds  Visa 9995 12/2030       declined: insufficient_funds
    tok_expiredCard        Visa 0069 12/2030       declined: expired_card
    tok_authRequired       Visa 3184 12/2030       declined: authentication_required
    tok_processingError    Visa 0119 12/2030       transient: see below

**tok_processingError** raises ``GatewayTransientError`` the first time it is charged with a
given idempotency key (a ``glitch#<key>`` item records that it happened) and is approved when
the same key is retried. So a caller that retries with the same key, as it must, succeeds.

Idempotency: the first result for a key is stored (``charge#<key>``, created with ``expect=0``)
and every later call with that key returns it; two calls racing on one key charge once. A key
reused with another token or amount raises ``GatewayError`` (as Stripe does). Charge ids are
derived from the key, so even the losing racer would compute the same id. When the store
does not answer (``StoreUnavailable``), neither does the sandbox (``GatewayTransientError``),
like a real gateway that timed out: the caller retries with the same key.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from payments.cards import CardFacts, CardOnFile
from payments.errors import GatewayError, GatewayTransientError, UnknownPaymentMethod
from payments.gateway import ChargeResult, DeclineReason, RefundResult, clean_charge, clean_refund
from payments.ids import derive_id
from payments.keys import sandbox_key
from payments.money import Money
from store.base import ConditionFailed, Put, Store, StoreUnavailable

log = logging.getLogger(__name__)

PROCESSING_ERROR = "tok_processingError"

TEST_CARDS: dict[str, tuple[CardFacts, DeclineReason | None]] = {
    "tok_visa": (CardFacts("visa", "4242", 12, 2030), None),
    "tok_mastercard": (CardFacts("mastercard", "4444", 12, 2030), None),
    "tok_amex": (CardFacts("amex", "8431", 12, 2030), None),
    "tok_chargeDeclined": (CardFacts("visa", "0002", 12, 2030), DeclineReason.CARD_DECLINED),
    "tok_insufficientFunds": (
        CardFacts("visa", "9995", 12, 2030),
        DeclineReason.INSUFFICIENT_FUNDS,
    ),
    "tok_expiredCard": (CardFacts("visa", "0069", 12, 2030), DeclineReason.EXPIRED_CARD),
    "tok_authRequired": (
        CardFacts("visa", "3184", 12, 2030),
        DeclineReason.AUTHENTICATION_REQUIRED,
    ),
    PROCESSING_ERROR: (CardFacts("visa", "0119", 12, 2030), None),
}

_MAX_RACES = 10


class SandboxGateway:
    """``gateway.Gateway`` on the store; see the module docstring for the test tokens."""

    name = "sandbox"

    def __init__(self, store: Store, *, clock: Callable[[], float] = time.time) -> None:
        self._store = store
        self._clock = clock

    def describe(self, token: str) -> CardOnFile:
        if token not in TEST_CARDS:
            raise UnknownPaymentMethod("the sandbox knows only its test tokens (tok_visa, ...)")
        return CardOnFile(token=token, card=TEST_CARDS[token][0])

    def charge(
        self, token: str, amount: Money, idempotency_key: str, description: str
    ) -> ChargeResult:
        clean_charge(token, amount, idempotency_key)
        with _no_answer_if_the_store_fails():
            request = {"token": token, "amount": amount.to_json()}
            for _ in range(_MAX_RACES):
                stored = self._store.get(*sandbox_key("charge", idempotency_key))
                if stored is not None:
                    return _replay_charge(stored.data, request)
                if token not in TEST_CARDS:
                    raise GatewayError("the sandbox knows only its test tokens (tok_visa, ...)")
                if token == PROCESSING_ERROR and self._first_time(idempotency_key):
                    log.info("sandbox: simulated processing error (first try for this key)")
                    raise GatewayTransientError("sandbox: simulated processing error; retry")
                decline = TEST_CARDS[token][1]
                charge_id = derive_id("ch_sbx_", idempotency_key)
                result = (
                    ChargeResult.decline(decline) if decline else ChargeResult.approve(charge_id)
                )
                ops = [
                    Put(
                        *sandbox_key("charge", idempotency_key),
                        {**request, **_result_json(result), "at": int(self._clock())},
                    )
                ]
                if result.approved:
                    ops.append(
                        Put(
                            *sandbox_key("ch", charge_id),
                            {"amount": amount.to_json(), "refunded": 0},
                        )
                    )
                try:
                    self._store.write(ops)
                except ConditionFailed:
                    continue  # a racer stored its result first: replay it
                log.info("sandbox: charge %s", "approved" if result.approved else "declined")
                return result
            raise GatewayTransientError("sandbox: too many concurrent calls with one key")

    def _first_time(self, idempotency_key: str) -> bool:
        try:
            self._store.write([Put(*sandbox_key("glitch", idempotency_key), {})])
        except ConditionFailed:
            return False
        return True

    def refund(self, charge_id: str, amount: Money, idempotency_key: str) -> RefundResult:
        clean_refund(charge_id, amount, idempotency_key)
        with _no_answer_if_the_store_fails():
            request = {"charge_id": charge_id, "amount": amount.to_json()}
            for _ in range(_MAX_RACES):
                stored = self._store.get(*sandbox_key("refund", idempotency_key))
                if stored is not None:
                    if {k: stored.data[k] for k in request} != request:
                        raise GatewayError("idempotency key reused with other parameters")
                    return RefundResult(
                        approved=stored.data["approved"],
                        refund_id=stored.data["refund_id"],
                        reason=stored.data["reason"],
                    )
                charge = self._store.get(*sandbox_key("ch", charge_id))
                if charge is None:
                    raise GatewayError("sandbox: no such charge")
                charged = Money.from_json(charge.data["amount"])
                refunded = int(charge.data["refunded"])
                if amount.currency != charged.currency or refunded + amount.minor > charged.minor:
                    result = RefundResult(approved=False, reason="amount_exceeds_charge")
                    ops = []
                else:
                    result = RefundResult(
                        approved=True, refund_id=derive_id("re_sbx_", idempotency_key)
                    )
                    ops = [
                        Put(
                            *sandbox_key("ch", charge_id),
                            {**charge.data, "refunded": refunded + amount.minor},
                            expect=charge.version,
                        )
                    ]
                ops.append(
                    Put(
                        *sandbox_key("refund", idempotency_key),
                        {
                            **request,
                            "approved": result.approved,
                            "refund_id": result.refund_id,
                            "reason": result.reason,
                        },
                    )
                )
                try:
                    self._store.write(ops)
                except ConditionFailed:
                    continue
                log.info("sandbox: refund %s", "approved" if result.approved else "refused")
                return result
            raise GatewayTransientError("sandbox: too many concurrent refunds of one charge")


@contextmanager
def _no_answer_if_the_store_fails() -> Iterator[None]:
    """The sandbox's store not answering is the gateway not answering: the outcome is unknown,
    and the caller retries with the same key (``GatewayTransientError``)."""
    try:
        yield
    except StoreUnavailable as exc:
        raise GatewayTransientError("sandbox: its store did not answer") from exc


def _result_json(result: ChargeResult) -> dict:
    return {
        "approved": result.approved,
        "charge_id": result.charge_id,
        "decline_reason": result.decline_reason.value if result.decline_reason else None,
    }


def _replay_charge(data: dict, request: dict) -> ChargeResult:
    if {k: data[k] for k in request} != request:
        raise GatewayError("idempotency key reused with other parameters")
    reason = data["decline_reason"]
    return ChargeResult(
        approved=data["approved"],
        charge_id=data["charge_id"],
        decline_reason=DeclineReason(reason) if reason else None,
    )
