"""Charging: the exactly-once protocol that ``checkout`` and ``donations`` share.

A payment is a record in the store (an order, a donation) that is its own idempotency record.
The protocol, per request:

1. **Read** the record. None: create it with ``expect=0`` in state ``charging``, with a fresh
   ``claim`` id (``new_claim_id``) and a lease (``lease_until = now + lease``). Of two identical
   requests one create lands; the other fails its condition and reads the record.
2. **Decided** (paid/given, declined...): answer that outcome, without a PIN (nothing moves).
3. **Charging, lease running**: another request is charging. ``Poll.again`` sleeps ``POLL``
   and says whether to look again, until ``wait`` seconds have passed (then ``IN_PROGRESS``).
4. **Resumable** (``is_resumable``): ``payment_unknown``, or ``charging`` with its lease run
   out (the process died). Claim it again (new claim id, new lease, on the version read) and
   charge the *same* key, token and amount: the gateway answers the first outcome.
5. **Claim writes and ``StoreUnavailable``**: a timeout may have landed, a DynamoDB transaction
   conflict did not. Read back: we hold the record exactly when it carries our claim id
   (``holds``). How often to retry, and how to wait, is the caller's (they differ).
6. **Charge** (``charge``) with the record's deterministic idempotency key. The gateway's
   answer becomes field changes for the version claimed (``ChargeOutcome``): approved,
   declined (a ``DeclineReason``), or unknown (``GatewayTransientError``: lease released, and
   the PIN stays good for ``pin_grace`` seconds for *this* record's same charge).

**Authorization** (``authorize``): a PIN checked by the wallet (same counter, same lock), or
the caller's own authorization (voice check...), or the PIN-grace window of an unanswered
charge. A locked wallet stays locked in every case.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from payments.errors import GatewayError, GatewayTransientError
from payments.gateway import DeclineReason, Gateway
from payments.money import Money
from payments.pin import PinStatus
from payments.wallet import Wallet, Wallets

PIN_GRACE = 120
"""Seconds the PIN of an unanswered charge stays good for resuming that same charge."""
LEASE = 30
"""Seconds a claim holds the record before another request may resume the charge."""
WAIT = 3.0
"""Seconds a request polls while another one is charging, before answering in progress."""
POLL = 0.05


def new_claim_id() -> str:
    """A random claim id: the mark that tells a request its claim write landed."""
    return secrets.token_urlsafe(9)


def holds(current: Any | None, claim: str | None) -> bool:
    """After an unsure claim write: True when the record read back carries our claim id."""
    return current is not None and current.claim == claim


def is_resumable(
    state: StrEnum, lease_until: int | None, now: int, *, charging: StrEnum, unknown: StrEnum
) -> bool:
    """The charge may be taken over: its outcome is unknown, or its claim's lease ran out."""
    return state is unknown or (state is charging and (lease_until or 0) <= now)


class Poll:
    """Waiting, bounded by ``wait`` seconds, for another request to finish its charge."""

    def __init__(
        self, wait: float, sleep: Callable[[float], None], monotonic: Callable[[], float]
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


# --- authorization ------------------------------------------------------------------------------


class Refusal(StrEnum):
    """Why authorization stopped; the values are shared by ``PlaceStatus`` and ``GiveStatus``."""

    PIN_REQUIRED = "pin_required"
    NO_WALLET = "no_wallet"
    LOCKED = "locked"
    WRONG_PIN = "wrong_pin"


@dataclass(frozen=True)
class Refused:
    status: Refusal
    attempts_left: int | None = None


def authorize(
    wallets: Wallets,
    owner: str,
    pin: str | None,
    authorized: bool,
    pin_ok_until: int | None,
    now: int,
) -> Wallet | Refused:
    """The wallet to charge, or why not.

    ``authorized``: the caller's own check stands in for the PIN (voice check...).
    ``pin_ok_until``: the PIN-grace window of the record being resumed (None: no record).
    """
    if pin is None:
        in_grace = (pin_ok_until or 0) > now
        if not (authorized or in_grace):
            return Refused(Refusal.PIN_REQUIRED)
        wallet = wallets.get(owner)
        if wallet is None:
            return Refused(Refusal.NO_WALLET)
        if wallet.locked:
            return Refused(Refusal.LOCKED, attempts_left=0)
        return wallet
    check, wallet = wallets.verify(owner, pin)
    if check.status is PinStatus.OK and wallet is not None:
        return wallet
    status = {
        PinStatus.NO_WALLET: Refusal.NO_WALLET,
        PinStatus.LOCKED: Refusal.LOCKED,
        PinStatus.WRONG: Refusal.WRONG_PIN,
    }[check.status]
    return Refused(status, attempts_left=check.attempts_left)


# --- the charge ---------------------------------------------------------------------------------


class Outcome(StrEnum):
    APPROVED = "approved"
    DECLINED = "declined"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ChargeOutcome:
    outcome: Outcome
    changes: dict[str, Any]
    """The record's fields to set (the state is the caller's to name)."""


def charge(
    gateway: Gateway,
    token: str,
    amount: Money,
    key: str,
    description: str,
    *,
    clock: Callable[[], float],
    pin_grace: int,
    log: logging.Logger,
    label: str,
) -> ChargeOutcome:
    """Charge once with the idempotency ``key``; the outcome as changes to the claimed record.

    A refusal by the gateway (``GatewayError``) is a decline ``GATEWAY_REFUSED`` that leaves
    ``pin_ok_until`` as it was; ``label`` names the record in ``log``.
    """
    try:
        result = gateway.charge(token, amount, key, description)
    except GatewayTransientError:
        log.warning("%s: no answer from the gateway", label)
        now = int(clock())
        return ChargeOutcome(
            Outcome.UNKNOWN,
            {"lease_until": None, "pin_ok_until": now + pin_grace, "updated_at": now},
        )
    except GatewayError as exc:
        log.error("%s: gateway refused: %s", label, type(exc).__name__)
        return ChargeOutcome(
            Outcome.DECLINED,
            {
                "failure_reason": DeclineReason.GATEWAY_REFUSED.value,
                "lease_until": None,
                "updated_at": int(clock()),
            },
        )
    now = int(clock())
    settled = {"charge_id": result.charge_id, "lease_until": None, "pin_ok_until": None}
    if result.approved:
        return ChargeOutcome(Outcome.APPROVED, {**settled, "updated_at": now})
    reason = result.decline_reason or DeclineReason.CARD_DECLINED
    return ChargeOutcome(
        Outcome.DECLINED, {**settled, "failure_reason": reason.value, "updated_at": now}
    )
