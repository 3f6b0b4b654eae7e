"""Donations: a gift the donor agreed to becomes exactly one charge, within limits that hold.

``Donations.give(owner, pending, pin)`` runs: guards (``clean_*``) → the donation id, derived
from the agreement → if the donation exists, its recorded outcome → else the charity's terms
(the charity takes this currency; min ≤ amount ≤ max) → PIN check (the wallet's own check:
same counter, same lock) → the **daily cap** and the donation record, in one write → charge
through the gateway with ``donation_charge_key(donation_id)`` → outcome written on the version
claimed (``given``, with the charity's record and the history line in the same write;
``declined``, releasing the day's counter; or ``payment_unknown``).

**Limits.** Per gift: the charity's ``minimum`` and ``maximum`` in its currency (defaults 1
and 500). Per donor and day (UTC): ``daily_cap[currency]`` (default 1,000). The cap is a
counter item per owner, day and currency (``keys.donation_day_key``) written **with its
version in the same transaction** that creates the donation record: of two gifts at once, the
second write fails its condition, re-reads the counter and is refused if it no longer fits.
A declined gift gives its amount back to the counter; a gift whose outcome is unknown keeps it.

**Exactly once.** As in ``checkout``: the record is created with ``expect=0`` and is the
idempotency record. Of two identical requests one creates it and charges; the other reads its
outcome (polling up to ``wait`` seconds while it is ``charging``, then ``IN_PROGRESS``). A
donation already decided answers its outcome without a PIN. A charge whose process died is
resumed after its lease with the same key; a charge the gateway did not answer
(``payment_unknown``) is resumed by ``give`` again with the same key, without the PIN for
``pin_grace`` seconds. A decline is final for that agreement: a new gift is a new agreement
(new nonce, new PIN).

**Authorization.** A PIN, or ``voice_verified=True`` (Alexa's own check answered ``ACHIEVED``
this turn), or ``pin_reused=True``: the caller verified this owner's PIN for another payment
within the merchant's reuse window (the round-up after a purchase, ``pin_reuse_seconds`` ≤
60). A locked wallet stays locked in every case.

**The charity's view** (``export_donations``) has exactly ``EXPORT_FIELDS`` plus, only for a
donor who asked for a tax receipt, ``donor_name`` and ``donor_address`` (copied from the wallet
when the gift was made). Never an owner key, an email, card facts or a gateway token.

**Tax.** ``estimated_deductible``: ``fr-66``, 66 % of the gift comes off French income tax,
within 20 % of taxable income (which we do not know: say "up to"); ``us-501c3``, the whole gift
is deductible for a donor who itemizes. Estimates round down; amounts are ``Money``, never float.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import random
import re
import secrets
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from payments.address import Address
from payments.cards import CardFacts
from payments.charging import (
    LEASE,
    PIN_GRACE,
    WAIT,
    Outcome,
    Poll,
    Refused,
    authorize,
    charge,
    holds,
    is_resumable,
    new_claim_id,
)
from payments.errors import InvalidInput
from payments.gateway import Gateway
from payments.ids import derive_id
from payments.keys import (
    CHARITY_DONATION_PREFIX,
    DONATION_GIVEN_PREFIX,
    charity_donation_key,
    charity_pk,
    donation_day_key,
    donation_given_key,
    donation_key,
    donations_pk,
)
from payments.money import Money
from payments.pin import clean_pin
from payments.wallet import Wallet, Wallets, clean_owner
from store.base import ConditionFailed, Item, Put, Store, StoreUnavailable

log = logging.getLogger(__name__)

DEFAULT_MINIMUM = 1
DEFAULT_MAXIMUM = 500
DEFAULT_DAILY_CAP = 1000
"""In major units of the gift's currency, when the content does not say."""
TAX_RULES = ("fr-66", "us-501c3")
FR_RATE_PERCENT = 66
FR_INCOME_CEILING_PERCENT = 20
TOKEN_TTL = 24 * 3600
EXPORT_FIELDS = ("donation_id", "amount", "currency", "created_at", "payment_token")
RECEIPT_FIELDS = ("donor_name", "donor_address")
_DAY_TTL = 3 * 24 * 3600
_MAX_LOOPS = 40
_MAX_UNAVAILABLE = 8
_NONCE_RE = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
_CHARITY_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_DONATION_ID_RE = re.compile(r"^d_[a-z2-7]{24}$")


# --- terms, agreements, records ----------------------------------------------------------------


@dataclass(frozen=True)
class CharityTerms:
    """What a charity accepts in one currency: the per-gift limits and its tax rule."""

    charity_id: str
    name: str
    currency: str
    minimum: Money | None = None
    maximum: Money | None = None
    tax_rule: str | None = None

    def __post_init__(self) -> None:
        if self.minimum is None:
            object.__setattr__(self, "minimum", Money.of(DEFAULT_MINIMUM, self.currency))
        if self.maximum is None:
            object.__setattr__(self, "maximum", Money.of(DEFAULT_MAXIMUM, self.currency))
        if {self.minimum.currency, self.maximum.currency} != {self.currency}:
            raise InvalidInput("a charity's limits are in its currency")

    @property
    def receipts(self) -> bool:
        """True when gifts to this charity can come with a tax receipt."""
        return self.tax_rule in TAX_RULES


def charity_terms(charities: Mapping[str, Any]) -> list[CharityTerms]:
    """Terms from content charities (``content.model.Charity``: ``.text[locale]`` with name,
    currency, minimum, maximum, tax_rule): one per charity and currency. Two locales in one
    currency keep the tighter limits."""
    terms: dict[tuple[str, str], CharityTerms] = {}
    for charity_id, charity in charities.items():
        for text in charity.text.values():
            key = (charity_id, text.currency)
            new = CharityTerms(
                charity_id, text.name, text.currency, text.minimum, text.maximum, text.tax_rule
            )
            old = terms.get(key)
            if old is not None:
                new = replace(
                    old,
                    minimum=max(old.minimum, new.minimum),
                    maximum=min(old.maximum, new.maximum),
                )
            terms[key] = new
    return list(terms.values())


def estimated_deductible(amount: Money, rule: str | None) -> Money:
    """What the gift may take off the donor's taxes, rounded down (an estimate: "up to")."""
    if rule == "fr-66":
        return Money(amount.minor * FR_RATE_PERCENT // 100, amount.currency)
    if rule == "us-501c3":
        return amount
    return Money.zero(amount.currency)


@dataclass(frozen=True)
class PendingDonation:
    """What the donor heard and agreed to. Keep it in conversation state (``to_json``).

    The ``nonce`` is drawn once, when the gift is read back; the donation id is derived from the
    owner, the nonce, the charity and the amount. ``tax_receipt``: the donor asked for one (their
    name and address then go to the charity).
    """

    nonce: str
    charity_id: str
    amount: Money
    tax_receipt: bool = False

    @classmethod
    def create(
        cls, charity_id: str, amount: Money, *, tax_receipt: bool = False, nonce: str | None = None
    ) -> PendingDonation:
        pending = cls(nonce or secrets.token_urlsafe(12), charity_id, amount, tax_receipt)
        return clean_pending_donation(pending)

    @property
    def currency(self) -> str:
        return self.amount.currency

    def to_json(self) -> dict:
        return {
            "nonce": self.nonce,
            "charity_id": self.charity_id,
            "amount": self.amount.to_json(),
            "tax_receipt": self.tax_receipt,
        }

    @classmethod
    def from_json(cls, data: dict) -> PendingDonation:
        return cls(
            nonce=data["nonce"],
            charity_id=data["charity_id"],
            amount=Money.from_json(data["amount"]),
            tax_receipt=bool(data.get("tax_receipt", False)),
        )


def clean_pending_donation(pending: PendingDonation) -> PendingDonation:
    """The guard before any money moves."""
    if not isinstance(pending, PendingDonation):
        raise InvalidInput("a PendingDonation is required")
    if not isinstance(pending.nonce, str) or not _NONCE_RE.match(pending.nonce):
        raise InvalidInput("the nonce is 8–64 URL-safe characters")
    if not isinstance(pending.charity_id, str) or not _CHARITY_RE.match(pending.charity_id):
        raise InvalidInput("not a charity id")
    if not isinstance(pending.amount, Money) or pending.amount.minor <= 0:
        raise InvalidInput("a gift is positive Money")
    if not isinstance(pending.tax_receipt, bool):
        raise InvalidInput("tax_receipt is a bool")
    return pending


def derive_donation_id(owner: str, pending: PendingDonation) -> str:
    """A hash of the owner, the nonce, the charity and the amount: the same gift, the same id."""
    return derive_id(
        "d_",
        {
            "owner": owner,
            "nonce": pending.nonce,
            "charity": pending.charity_id,
            "amount": pending.amount.to_json(),
        },
    )


def clean_donation_id(donation_id: str) -> str:
    if not isinstance(donation_id, str) or not _DONATION_ID_RE.match(donation_id):
        raise InvalidInput("not a donation id")
    return donation_id


def donation_charge_key(donation_id: str) -> str:
    """The charge's idempotency key: one per donation, never random."""
    return f"echoppe-{donation_id}-charge"


class DonationState(StrEnum):
    CHARGING = "charging"
    PAYMENT_UNKNOWN = "payment_unknown"
    DECLINED = "declined"
    GIVEN = "given"


@dataclass(frozen=True)
class Donation:
    """A donation as stored (``keys.donation_key``); ``version`` is the store version read."""

    donation_id: str
    owner: str
    charity_id: str
    charity_name: str
    amount: Money
    tax_rule: str | None
    tax_receipt: bool
    donor: Address | None
    """The wallet's name and address, kept only when the donor asked for a tax receipt."""
    created_at: int
    day: str
    state: DonationState
    method_id: str
    card: CardFacts
    token: str
    charge_id: str | None = None
    failure_reason: str | None = None
    lease_until: int | None = None
    pin_ok_until: int | None = None
    claim: str | None = None
    updated_at: int = 0
    version: int = 0

    @property
    def currency(self) -> str:
        return self.amount.currency

    @property
    def deductible(self) -> Money:
        return estimated_deductible(self.amount, self.tax_rule)

    def to_json(self) -> dict:
        return {
            "donation_id": self.donation_id,
            "owner": self.owner,
            "charity_id": self.charity_id,
            "charity_name": self.charity_name,
            "amount": self.amount.to_json(),
            "tax_rule": self.tax_rule,
            "tax_receipt": self.tax_receipt,
            "donor": self.donor.to_json() if self.donor else None,
            "created_at": self.created_at,
            "day": self.day,
            "state": self.state.value,
            "method_id": self.method_id,
            "card": self.card.to_json(),
            "token": self.token,
            "charge_id": self.charge_id,
            "failure_reason": self.failure_reason,
            "lease_until": self.lease_until,
            "pin_ok_until": self.pin_ok_until,
            "claim": self.claim,
            "updated_at": self.updated_at,
        }

    @classmethod
    def from_json(cls, data: dict, version: int) -> Donation:
        return cls(
            donation_id=data["donation_id"],
            owner=data["owner"],
            charity_id=data["charity_id"],
            charity_name=data["charity_name"],
            amount=Money.from_json(data["amount"]),
            tax_rule=data.get("tax_rule"),
            tax_receipt=bool(data["tax_receipt"]),
            donor=Address.from_json(data["donor"]) if data.get("donor") else None,
            created_at=int(data["created_at"]),
            day=data["day"],
            state=DonationState(data["state"]),
            method_id=data["method_id"],
            card=CardFacts.from_json(data["card"]),
            token=data["token"],
            charge_id=data.get("charge_id"),
            failure_reason=data.get("failure_reason"),
            lease_until=data.get("lease_until"),
            pin_ok_until=data.get("pin_ok_until"),
            claim=data.get("claim"),
            updated_at=int(data.get("updated_at", 0)),
            version=version,
        )


# --- results ------------------------------------------------------------------------------------


class GiveStatus(StrEnum):
    GIVEN = "given"
    DECLINED = "declined"
    """``decline_reason`` says why (a ``gateway.DeclineReason`` value); nothing was charged."""
    RETRY_LATER = "retry_later"
    """The gateway did not answer; ``give`` again (no PIN needed for ``pin_grace``)."""
    IN_PROGRESS = "in_progress"
    WRONG_PIN = "wrong_pin"
    LOCKED = "locked"
    NO_WALLET = "no_wallet"
    PIN_REQUIRED = "pin_required"
    UNKNOWN_CHARITY = "unknown_charity"
    CURRENCY_NOT_ACCEPTED = "currency_not_accepted"
    """The charity does not take gifts in this currency; ``limit`` is None."""
    BELOW_MINIMUM = "below_minimum"
    """``limit``: the charity's minimum."""
    ABOVE_MAXIMUM = "above_maximum"
    """``limit``: the charity's maximum."""
    DAILY_CAP = "daily_cap"
    """``limit``: what the donor may still give today in this currency (maybe zero)."""


@dataclass(frozen=True)
class GiveResult:
    status: GiveStatus
    donation: Donation | None = None
    attempts_left: int | None = None
    decline_reason: str | None = None
    limit: Money | None = None


_OUTCOMES = {
    DonationState.GIVEN: GiveStatus.GIVEN,
    DonationState.DECLINED: GiveStatus.DECLINED,
    DonationState.PAYMENT_UNKNOWN: GiveStatus.RETRY_LATER,
    DonationState.CHARGING: GiveStatus.IN_PROGRESS,
}


_CHARGE_STATES = {
    Outcome.APPROVED: DonationState.GIVEN,
    Outcome.DECLINED: DonationState.DECLINED,
    Outcome.UNKNOWN: DonationState.PAYMENT_UNKNOWN,
}


def _outcome(donation: Donation) -> GiveResult:
    status = _OUTCOMES[donation.state]
    reason = donation.failure_reason if status is GiveStatus.DECLINED else None
    return GiveResult(status, donation, decline_reason=reason)


@dataclass(frozen=True)
class CharityTotal:
    charity_id: str
    charity_name: str
    tax_rule: str | None
    total: Money
    deductible: Money
    """``estimated_deductible`` of ``total``."""
    gifts: int


@dataclass(frozen=True)
class DonationHistory:
    """The donor's gifts of one calendar year (UTC), per charity and currency."""

    year: int
    charities: tuple[CharityTotal, ...]

    @property
    def totals(self) -> dict[str, Money]:
        """Given in all, per currency."""
        return _sum_by_currency(line.total for line in self.charities)

    def deductible(self, rule: str) -> dict[str, Money]:
        """The estimated deductible amount under ``rule``, per currency (zero rules left out)."""
        lines = [line.deductible for line in self.charities if line.tax_rule == rule]
        return {c: m for c, m in _sum_by_currency(lines).items() if m.minor}


def _sum_by_currency(amounts: Iterable[Money]) -> dict[str, Money]:
    out: dict[str, Money] = {}
    for amount in amounts:
        out[amount.currency] = out.get(amount.currency, Money.zero(amount.currency)) + amount
    return out


# --- the service --------------------------------------------------------------------------------


class Donations:
    """Give, read and sum donations. See the module docstring for the guarantees."""

    def __init__(
        self,
        store: Store,
        wallets: Wallets,
        gateway: Gateway,
        *,
        clock: Callable[[], float] = time.time,
        charities: Iterable[CharityTerms] = (),
        daily_cap: Mapping[str, Money] | None = None,
        pin_grace: int = PIN_GRACE,
        lease: int = LEASE,
        wait: float = WAIT,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._store = store
        self._wallets = wallets
        self._gateway = gateway
        self._clock = clock
        self._terms = {(t.charity_id, t.currency): t for t in charities}
        self._caps = dict(daily_cap or {})
        for currency, cap in self._caps.items():
            if cap.currency != currency:
                raise InvalidInput("a daily cap is in its own currency")
        self._pin_grace = pin_grace
        self._lease = lease
        self._wait = wait
        self._sleep = sleep
        self._monotonic = monotonic

    # --- reading ---------------------------------------------------------------------------

    def terms(self, charity_id: str, currency: str) -> CharityTerms | None:
        """The charity's terms in ``currency``, or None if it does not take that currency."""
        return self._terms.get((charity_id, currency))

    def daily_cap(self, currency: str) -> Money:
        return self._caps.get(currency) or Money.of(DEFAULT_DAILY_CAP, currency)

    def room_today(self, owner: str, currency: str) -> Money:
        """What ``owner`` may still give today in ``currency`` (zero when the cap is reached)."""
        given = self._given_on(clean_owner(owner), _day(int(self._clock())), currency)
        room = self.daily_cap(currency).minor - given
        return Money(max(0, room), currency)

    def get_donation(self, owner: str, donation_id: str) -> Donation | None:
        item = self._store.get(*donation_key(clean_owner(owner), clean_donation_id(donation_id)))
        return Donation.from_json(item.data, item.version) if item else None

    @staticmethod
    def donation_id_for(owner: str, pending: PendingDonation) -> str:
        return derive_donation_id(clean_owner(owner), clean_pending_donation(pending))

    def history(self, owner: str, year: int) -> DonationHistory:
        """Gifts given in ``year`` (UTC), per charity and currency, with estimated deductions.

        One query of the owner's history lines (written with each ``given`` outcome)."""
        clean_owner(owner)
        if not isinstance(year, int) or not 1970 <= year <= 9999:
            raise InvalidInput("a year is a four-digit number")
        items = self._store.query(donations_pk(owner), f"{DONATION_GIVEN_PREFIX}{year:04d}#")
        lines: dict[tuple[str, str], CharityTotal] = {}
        for item in items:
            data = item.data
            amount = Money.from_json(data["amount"])
            key = (data["charity_id"], amount.currency)
            line = lines.get(key)
            if line is None:
                lines[key] = CharityTotal(
                    data["charity_id"], data["charity_name"], data.get("tax_rule"), amount,
                    Money.zero(amount.currency), 1,
                )  # fmt: skip
            else:
                lines[key] = replace(line, total=line.total + amount, gifts=line.gifts + 1)
        out = tuple(
            replace(line, deductible=estimated_deductible(line.total, line.tax_rule))
            for line in sorted(lines.values(), key=lambda t: (-t.total.minor, t.charity_id))
        )
        return DonationHistory(year, out)

    # --- giving ----------------------------------------------------------------------------

    def give(
        self,
        owner: str,
        pending: PendingDonation,
        pin: str | None,
        *,
        voice_verified: bool = False,
        pin_reused: bool = False,
    ) -> GiveResult:
        """Charge the pending donation once and record it; see the module docstring."""
        donation_id = self.donation_id_for(owner, pending)
        if pin is not None:
            clean_pin(pin)
        authorized = voice_verified or pin_reused
        poll = Poll(self._wait, self._sleep, self._monotonic)
        wallet: Wallet | None = None  # set once this call has been authorized
        unavailable = 0
        lost = 0  # writes lost to other requests; waiting for an outcome is bounded by ``wait``
        while lost < _MAX_LOOPS:
            now = int(self._clock())
            donation = self._get(owner, donation_id)
            if donation is None:
                terms = self.terms(pending.charity_id, pending.currency)
                refused = _check_terms(pending, terms, self._terms)
                if refused is not None:
                    return refused
                if wallet is None:
                    auth = self._authorize(owner, pin, authorized, None, now)
                    if isinstance(auth, GiveResult):
                        return auth
                    wallet = auth
                day = _day(now)
                counter = self._store.get(*donation_day_key(owner, day, pending.currency))
                given = int(counter.data["given_minor"]) if counter else 0
                cap = self.daily_cap(pending.currency)
                if given + pending.amount.minor > cap.minor:
                    room = Money(max(0, cap.minor - given), pending.currency)
                    return GiveResult(GiveStatus.DAILY_CAP, limit=room)
                new = _new_donation(owner, donation_id, pending, terms, wallet, now, self._lease)
                ops = [
                    Put(*donation_key(owner, donation_id), new.to_json(), expect=0),
                    _counter_put(owner, day, pending.currency, given + new.amount.minor, counter),
                ]
                try:
                    self._store.write(ops)
                except ConditionFailed:
                    lost += 1
                    _jitter(self._sleep)  # a twin created it, or another gift moved the counter
                    continue
                except StoreUnavailable:
                    # A transaction conflict wrote nothing; a timeout may have landed: read back.
                    unavailable += 1
                    lost += 1
                    current = self._get(owner, donation_id)
                    if holds(current, new.claim):
                        return self._charge(current)
                    if unavailable >= _MAX_UNAVAILABLE:
                        raise
                    _jitter(self._sleep)
                    continue
                return self._charge(replace(new, version=1))

            resumable = is_resumable(
                donation.state,
                donation.lease_until,
                now,
                charging=DonationState.CHARGING,
                unknown=DonationState.PAYMENT_UNKNOWN,
            )
            if not resumable:
                if donation.state is DonationState.CHARGING and poll.again():
                    continue
                return _outcome(donation)  # IN_PROGRESS once the wait is over

            # Resume the same charge: same key, same token, same amount.
            if wallet is None:
                auth = self._authorize(owner, pin, authorized, donation, now)
                if isinstance(auth, GiveResult):
                    return auth
                wallet = auth
            claimed = replace(
                donation,
                state=DonationState.CHARGING,
                lease_until=now + self._lease,
                claim=new_claim_id(),
                updated_at=now,
            )
            try:
                self._store.write([_record_put(claimed, donation.version)])
            except ConditionFailed:
                lost += 1
                continue
            except StoreUnavailable:
                unavailable += 1
                lost += 1
                current = self._get(owner, donation_id)
                if holds(current, claimed.claim):
                    return self._charge(current)
                if unavailable >= _MAX_UNAVAILABLE:
                    raise
                continue
            log.info("donation %s: resuming its charge", donation_id)
            return self._charge(replace(claimed, version=donation.version + 1))
        raise StoreUnavailable("donation kept changing under this request")

    def _get(self, owner: str, donation_id: str) -> Donation | None:
        item = self._store.get(*donation_key(owner, donation_id))
        return Donation.from_json(item.data, item.version) if item else None

    def _given_on(self, owner: str, day: str, currency: str) -> int:
        counter = self._store.get(*donation_day_key(owner, day, currency))
        return int(counter.data["given_minor"]) if counter else 0

    def _authorize(
        self, owner: str, pin: str | None, authorized: bool, donation: Donation | None, now: int
    ) -> Wallet | GiveResult:
        """The wallet to charge, or the result that stops the gift (PIN wrong, locked...)."""
        grace = donation.pin_ok_until if donation is not None else None
        auth = authorize(self._wallets, owner, pin, authorized, grace, now)
        if isinstance(auth, Refused):
            return GiveResult(GiveStatus(auth.status), donation, attempts_left=auth.attempts_left)
        return auth

    def _charge(self, held: Donation) -> GiveResult:
        """Charge the claimed donation and record the outcome on the version claimed."""
        key = donation_charge_key(held.donation_id)
        description = f"Donation to {held.charity_name}"
        charged = charge(
            self._gateway, held.token, held.amount, key, description,
            clock=self._clock, pin_grace=self._pin_grace, log=log,
            label=f"donation {held.donation_id}",
        )  # fmt: skip
        new = replace(held, state=_CHARGE_STATES[charged.outcome], **charged.changes)
        extra = [_charity_put(new), _given_put(new)] if charged.outcome is Outcome.APPROVED else []
        release = charged.outcome is Outcome.DECLINED  # a decline gives the day's amount back
        unavailable = 0
        for _ in range(_MAX_LOOPS):
            ops = [_record_put(new, held.version), *extra]
            if release:
                counter = self._store.get(*donation_day_key(held.owner, held.day, held.currency))
                if counter is not None:
                    left = max(0, int(counter.data["given_minor"]) - held.amount.minor)
                    ops.append(_counter_put(held.owner, held.day, held.currency, left, counter))
            try:
                self._store.write(ops)
                break
            except ConditionFailed:
                current = self._get(held.owner, held.donation_id)
                if release and current is not None and current.version == held.version:
                    _jitter(self._sleep)  # only the day's counter moved: count again
                    continue
                # Our lease ran out and another request resumed this charge (same key, same
                # outcome at the gateway), or our own earlier try landed: the record decides.
                return _outcome(current) if current else GiveResult(GiveStatus.IN_PROGRESS)
            except StoreUnavailable:
                unavailable += 1
                if unavailable >= _MAX_UNAVAILABLE:
                    raise  # the lease will run out and the next request replays the charge
                _jitter(self._sleep)
        else:
            raise StoreUnavailable("the day's counter kept changing")
        final = replace(new, version=held.version + 1)
        log.info("donation %s: %s", final.donation_id, final.state.value)
        return _outcome(final)


def _check_terms(
    pending: PendingDonation,
    terms: CharityTerms | None,
    known: Mapping[tuple[str, str], CharityTerms],
) -> GiveResult | None:
    if terms is None:
        if any(charity_id == pending.charity_id for charity_id, _ in known):
            return GiveResult(GiveStatus.CURRENCY_NOT_ACCEPTED)
        return GiveResult(GiveStatus.UNKNOWN_CHARITY)
    if pending.amount < terms.minimum:
        return GiveResult(GiveStatus.BELOW_MINIMUM, limit=terms.minimum)
    if pending.amount > terms.maximum:
        return GiveResult(GiveStatus.ABOVE_MAXIMUM, limit=terms.maximum)
    return None


def _new_donation(
    owner: str,
    donation_id: str,
    pending: PendingDonation,
    terms: CharityTerms,
    wallet: Wallet,
    now: int,
    lease: int,
) -> Donation:
    method = wallet.default_method
    return Donation(
        donation_id=donation_id,
        owner=owner,
        charity_id=pending.charity_id,
        charity_name=terms.name,
        amount=pending.amount,
        tax_rule=terms.tax_rule,
        tax_receipt=pending.tax_receipt and terms.receipts,
        donor=wallet.address if pending.tax_receipt and terms.receipts else None,
        created_at=now,
        day=_day(now),
        state=DonationState.CHARGING,
        method_id=method.method_id,
        card=method.card,
        token=method.token,
        lease_until=now + lease,
        claim=new_claim_id(),
        updated_at=now,
    )


def _record_put(donation: Donation, expect: int) -> Put:
    return Put(
        *donation_key(donation.owner, donation.donation_id), donation.to_json(), expect=expect
    )


def _counter_put(owner: str, day: str, currency: str, given: int, counter: Item | None) -> Put:
    """The day's counter at ``given`` minor units, on the version read (0: create it)."""
    end_of_day = int(datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=UTC).timestamp()) + 86400
    return Put(
        *donation_day_key(owner, day, currency),
        {"day": day, "currency": currency, "given_minor": given},
        expect=counter.version if counter else 0,
        expires_at=end_of_day + _DAY_TTL,
    )


def _given_put(donation: Donation) -> Put:
    """The history line of a given donation (what ``history`` sums), written once."""
    year = datetime.fromtimestamp(donation.created_at, UTC).year
    return Put(
        *donation_given_key(donation.owner, year, donation.created_at, donation.donation_id),
        {
            "donation_id": donation.donation_id,
            "charity_id": donation.charity_id,
            "charity_name": donation.charity_name,
            "amount": donation.amount.to_json(),
            "tax_rule": donation.tax_rule,
            "created_at": donation.created_at,
        },
        expect=0,
    )


def _charity_put(donation: Donation) -> Put:
    """The charity's record of a given donation: no owner, no card, no gateway token."""
    donor = None
    if donation.tax_receipt and donation.donor is not None:
        address = donation.donor.to_json()
        donor = {"name": address.pop("recipient"), "address": address}
    return Put(
        *charity_donation_key(donation.charity_id, donation.donation_id),
        {
            "donation_id": donation.donation_id,
            "amount": donation.amount.to_json(),
            "created_at": donation.created_at,
            "donor": donor,
            "state": "given",
            "token_hash": None,
            "token_expires_at": None,
        },
        expect=0,
    )


def _day(ts: int) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d")


def _jitter(sleep: Callable[[float], None]) -> None:
    sleep(random.uniform(0, 0.02))  # de-synchronise racing writers


# --- the charity's view -------------------------------------------------------------------------


def _token_hash(donation_id: str, token: str) -> str:
    return hashlib.sha256(f"{donation_id}:{token}".encode()).hexdigest()


def _iso(ts: int) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def export_donations(
    store: Store,
    charity_id: str,
    *,
    clock: Callable[[], float] = time.time,
    ttl: int = TOKEN_TTL,
) -> Iterator[dict]:
    """The charity's donations not yet acknowledged, oldest first, each with a fresh one-time
    token (``redeem_donation_token``; exporting again mints a new one, the old one stops).

    Each dict has exactly ``EXPORT_FIELDS`` (``amount`` a decimal string, ``created_at``
    ISO-8601 UTC), plus ``RECEIPT_FIELDS`` for a donor who asked for a tax receipt:
    ``donor_name`` and ``donor_address`` (line1, line2, postal_code, city, country).
    """
    if not isinstance(charity_id, str) or not _CHARITY_RE.match(charity_id):
        raise InvalidInput("not a charity id")
    items = store.query(charity_pk(charity_id), CHARITY_DONATION_PREFIX)
    items.sort(key=lambda item: (item.data["created_at"], item.data["donation_id"]))
    for item in items:
        current: Item | None = item
        for _ in range(10):
            if current is None or current.data["state"] != "given":
                break
            token = secrets.token_urlsafe(32)
            data = {
                **current.data,
                "token_hash": _token_hash(current.data["donation_id"], token),
                "token_expires_at": int(clock()) + ttl,
            }
            try:
                store.write([Put(current.pk, current.sk, data, expect=current.version)])
            except ConditionFailed:
                current = store.get(current.pk, current.sk)  # redeemed meanwhile: look again
                continue
            amount = Money.from_json(data["amount"])
            row = {
                "donation_id": data["donation_id"],
                "amount": str(amount.amount),
                "currency": amount.currency,
                "created_at": _iso(data["created_at"]),
                "payment_token": token,
            }
            if data.get("donor"):
                row["donor_name"] = data["donor"]["name"]
                row["donor_address"] = dict(data["donor"]["address"])
            yield row
            break


def redeem_donation_token(
    store: Store,
    charity_id: str,
    donation_id: str,
    token: str,
    *,
    clock: Callable[[], float] = time.time,
) -> bool:
    """The charity acknowledges ``donation_id`` with its one-time token: True once, before expiry.

    False for an unknown donation, a token of another donation or an older export, an expired
    or used token. On success the donation leaves the export (state ``acknowledged``).
    """
    if not all(isinstance(v, str) for v in (charity_id, donation_id, token)):
        return False
    if not _CHARITY_RE.match(charity_id) or not _DONATION_ID_RE.match(donation_id):
        return False
    for _ in range(10):
        item = store.get(*charity_donation_key(charity_id, donation_id))
        if item is None or not item.data.get("token_hash"):
            return False
        if not hmac.compare_digest(item.data["token_hash"], _token_hash(donation_id, token)):
            return False
        if item.data["state"] != "given" or int(clock()) >= int(item.data["token_expires_at"]):
            return False
        data = {**item.data, "state": "acknowledged", "token_hash": None}
        try:
            store.write([Put(item.pk, item.sk, data, expect=item.version)])
        except ConditionFailed:
            continue
        log.info("donation %s acknowledged by the charity", donation_id)
        return True
    return False


__all__ = [
    "EXPORT_FIELDS",
    "RECEIPT_FIELDS",
    "TAX_RULES",
    "CharityTerms",
    "CharityTotal",
    "Donation",
    "DonationHistory",
    "DonationState",
    "Donations",
    "GiveResult",
    "GiveStatus",
    "PendingDonation",
    "charity_terms",
    "clean_pending_donation",
    "derive_donation_id",
    "donation_charge_key",
    "estimated_deductible",
    "export_donations",
    "redeem_donation_token",
]
