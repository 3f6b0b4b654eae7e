"""Charging: what a charge and a refund need around the exactly-once engine.

``exactly_once`` runs the protocol (claim, resume, poll, read back, record the outcome); this
module holds what every money effect over the wallet shares:

- **Authorization** (``authorize``): a PIN checked by the wallet (``Wallets.verify``: the
  attempt is counted before the PIN is compared), or the caller's own authorization (Alexa's
  voice check, a PIN reused within the merchant's window), or the PIN-grace window of an
  unanswered charge. A locked wallet stays locked in every case.
- **The gateway calls** (``charge``, ``refund``): the answer becomes field changes for the
  claimed record. Approved, declined (a ``DeclineReason``), or unknown
  (``GatewayTransientError``: the lease is released so the next request resumes at once, and
  the PIN stays good for ``pin_grace`` seconds for *this* record's same charge).
- **``ChargeEffect``**: the steps that an order and a donation share once their record exists
  (answer a decided charge, wait for one in flight, resume an unknown or abandoned one with the
  same key, token and amount); checkout and donations add how a record is created and what is
  written with its outcome.
"""

from __future__ import annotations

import logging
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, ClassVar, Generic, TypedDict, TypeVar

from payments.errors import GatewayError, GatewayTransientError
from payments.exactly_once import (
    LEASE,
    RETRY,
    WAIT,
    Answer,
    Claim,
    Engine,
    Retry,
    Step,
    Wait,
    new_claim_id,
)
from payments.gateway import DeclineReason, Gateway, RefundResult
from payments.money import Money
from payments.pin import PinStatus
from payments.wallet import Wallets
from payments.wallet_records import Wallet
from store.base import Op, Store

log = logging.getLogger(__name__)

PIN_GRACE = 120
"""Seconds the PIN of an unanswered charge stays good for resuming that same charge."""


@dataclass(frozen=True)
class Payer:
    """What a money effect over the wallet needs; one per service (checkout, donations)."""

    wallets: Wallets
    gateway: Gateway
    clock: Callable[[], float]
    pin_grace: int = PIN_GRACE
    lease: int = LEASE


class Options(TypedDict, total=False):
    """The tuning a money service takes (``Checkout``, ``Donations``); tests shorten the waits."""

    clock: Callable[[], float]
    pin_grace: int
    """Seconds the PIN of an unanswered charge stays good for resuming it (``PIN_GRACE``)."""
    lease: int
    """Seconds a claim holds a record (``exactly_once.LEASE``)."""
    wait: float
    """Seconds to poll while another request moves the money (``exactly_once.WAIT``)."""
    sleep: Callable[[float], None]
    monotonic: Callable[[], float]
    retry: Retry


def payer_and_engine(
    store: Store, wallets: Wallets, gateway: Gateway, options: Options
) -> tuple[Payer, Engine]:
    """The parts every money service is built of, from its ``Options``."""
    clock = options.get("clock", time.time)
    payer = Payer(
        wallets,
        gateway,
        clock,
        options.get("pin_grace", PIN_GRACE),
        options.get("lease", LEASE),
    )
    engine = Engine(
        store,
        clock=clock,
        wait=options.get("wait", WAIT),
        sleep=options.get("sleep", time.sleep),
        monotonic=options.get("monotonic", time.monotonic),
        retry=options.get("retry", RETRY),
    )
    return payer, engine


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


@dataclass(frozen=True, kw_only=True)
class PaymentResult:
    """What every payment's result says besides its status (``PlaceResult``, ``GiveResult``)."""

    attempts_left: int | None = None
    """With a wrong PIN or a locked wallet: PIN attempts left before (0: since) the lock."""
    decline_reason: str | None = None
    """With a decline: a ``gateway.DeclineReason`` value."""


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
        if wallet.attempts_left == 0:
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


# --- the gateway calls --------------------------------------------------------------------------


class Outcome(StrEnum):
    APPROVED = "approved"
    DECLINED = "declined"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Moved:
    outcome: Outcome
    changes: dict[str, Any]
    """The record's fields to set (the state is the caller's to name)."""


def charge(
    payer: Payer, token: str, amount: Money, key: str, description: str, label: str
) -> Moved:
    """Charge once with the idempotency ``key``; the outcome as changes to the claimed record.

    A refusal by the gateway (``GatewayError``) is a decline ``GATEWAY_REFUSED`` that leaves
    ``pin_ok_until`` as it was; ``label`` names the record in the log.
    """
    try:
        result = payer.gateway.charge(token, amount, key, description)
    except GatewayTransientError:
        log.warning("%s: no answer from the gateway", label)
        now = int(payer.clock())
        return Moved(
            Outcome.UNKNOWN,
            {"lease_until": None, "pin_ok_until": now + payer.pin_grace, "updated_at": now},
        )
    except GatewayError as exc:
        log.error("%s: gateway refused: %s", label, type(exc).__name__)
        return Moved(
            Outcome.DECLINED,
            {
                "failure_reason": DeclineReason.GATEWAY_REFUSED.value,
                "lease_until": None,
                "updated_at": int(payer.clock()),
            },
        )
    now = int(payer.clock())
    settled = {"charge_id": result.charge_id, "lease_until": None, "pin_ok_until": None}
    if result.approved:
        return Moved(Outcome.APPROVED, {**settled, "updated_at": now})
    reason = result.decline_reason or DeclineReason.CARD_DECLINED
    return Moved(Outcome.DECLINED, {**settled, "failure_reason": reason.value, "updated_at": now})


def refund(payer: Payer, charge_id: str, amount: Money, key: str, label: str) -> Moved:
    """Refund once with the idempotency ``key``; the outcome as changes to the claimed record.

    Unknown (no answer) releases the lease: the next request resumes the refund with the key."""
    try:
        result = payer.gateway.refund(charge_id, amount, key)
    except GatewayTransientError:
        log.warning("%s: no answer from the gateway for the refund", label)
        return Moved(Outcome.UNKNOWN, {"lease_until": None, "updated_at": int(payer.clock())})
    except GatewayError as exc:
        log.error("%s: gateway refused the refund: %s", label, type(exc).__name__)
        result = RefundResult(approved=False, reason=DeclineReason.GATEWAY_REFUSED.value)
    now = int(payer.clock())
    if result.approved:
        changes = {"refund_id": result.refund_id, "lease_until": None, "updated_at": now}
        return Moved(Outcome.APPROVED, changes)
    log.error("%s: refund refused (%s)", label, result.reason)
    changes = {"failure_reason": result.reason, "lease_until": None, "updated_at": now}
    return Moved(Outcome.DECLINED, changes)


# --- the steps a charged record shares ----------------------------------------------------------

R = TypeVar("R", bound=Any)
A = TypeVar("A")


class ChargeEffect(ABC, Generic[R, A]):
    """An ``exactly_once.Effect`` charging one record (an order, a donation) once per key.

    A record has ``state``, ``token``, ``lease_until``, ``pin_ok_until``, ``claim``,
    ``updated_at`` and ``version``. Subclasses name the states (in flight, then after each
    outcome) and add ``read``, ``step`` for a missing record, ``settle``. Authorization is
    asked at most once per request: the PIN is compared once.
    """

    charging: ClassVar[StrEnum]
    approved: ClassVar[StrEnum]
    declined: ClassVar[StrEnum]
    unknown: ClassVar[StrEnum]

    def __init__(self, payer: Payer, owner: str, pin: str | None, authorized: bool) -> None:
        self.payer = payer
        self.owner = owner
        self.pin = pin
        self.authorized = authorized
        self._wallet: Wallet | None = None

    # --- what subclasses say -------------------------------------------------------------

    @abstractmethod
    def key(self, held: R) -> str: ...

    @abstractmethod
    def amount(self, held: R) -> Money: ...

    @abstractmethod
    def description(self, held: R) -> str: ...

    @abstractmethod
    def write(self, before: R, after: R) -> Sequence[Op]:
        """The write of ``after`` over ``before``'s version (with what goes with it)."""

    @abstractmethod
    def answer(self, record: R) -> A: ...

    def refused(self, refused: Refused, record: R | None) -> A:
        """The answer when authorization stopped (effects that authorize say it)."""
        raise TypeError(f"{type(self).__name__} authorizes nothing")

    def state_after(self, outcome: Outcome) -> StrEnum:
        return {
            Outcome.APPROVED: self.approved,
            Outcome.DECLINED: self.declined,
            Outcome.UNKNOWN: self.unknown,
        }[outcome]

    # --- shared steps --------------------------------------------------------------------

    def wallet(self, record: R | None, now: int) -> Wallet | Refused:
        """The wallet to charge, authorized once per request; ``record``: the one resumed."""
        if self._wallet is None:
            grace = record.pin_ok_until if record is not None else None
            auth = authorize(self.payer.wallets, self.owner, self.pin, self.authorized, grace, now)
            if isinstance(auth, Refused):
                return auth
            self._wallet = auth
        return self._wallet

    def existing(self, record: R, now: int) -> Step[A, R]:
        """A record that exists: its outcome, a wait, or its charge resumed."""
        if record.state is self.charging and (record.lease_until or 0) > now:
            return Wait(self.answer(record))  # another request is charging it
        if record.state is not self.charging and record.state is not self.unknown:
            return Answer(self.answer(record))  # decided: nothing moves, no PIN
        auth = self.wallet(record, now)
        if isinstance(auth, Refused):
            return Answer(self.refused(auth, record))
        return self.claim(record, now, state=self.charging)

    def claim(self, record: R, now: int, **changes: Any) -> Claim[R]:
        """Claim ``record`` on the version read: a fresh claim id and a lease, ``changes``."""
        held = replace(
            record,
            lease_until=now + self.payer.lease,
            claim=new_claim_id(),
            updated_at=now,
            version=record.version + 1,
            **changes,
        )
        return Claim(self.write(record, held), held)

    def move(self, held: R) -> R:
        label = f"{type(self).__name__.strip('_').lower()} {self.key(held)}"
        moved = charge(
            self.payer, held.token, self.amount(held), self.key(held), self.description(held), label
        )
        return replace(held, state=self.state_after(moved.outcome), **moved.changes)
