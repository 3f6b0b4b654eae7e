"""Donations: a gift the donor agreed to becomes exactly one charge, within limits that hold.

``Donations.give(owner, pending, pin)`` runs on the exactly-once engine (``exactly_once``):
guards (``clean_*``) → the donation id, derived from the agreement → if the donation exists,
its recorded outcome → else the charity's terms (the charity takes this currency; min ≤ amount
≤ max) → PIN check (the wallet's own check: same counter, same lock) → the **daily cap** and
the donation record, in one write → charge through the gateway with
``donation_charge_key(donation_id)`` → outcome written on the version claimed (``given``, with
the charity's record and the history line in the same write; ``declined``, giving the day's
counter its amount back; or ``payment_unknown``).

**The daily cap** is a counter item per owner, day and currency (``keys.donation_day_key``)
written **with its version in the same transaction** that creates the donation record: of two
gifts at once, the second write fails its condition, re-reads the counter and is refused if it
no longer fits. A declined gift gives its amount back; a gift whose outcome is unknown keeps it.

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
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Unpack

from payments.charging import ChargeEffect, Options, Refused, payer_and_engine
from payments.donations.records import (
    DEFAULT_DAILY_CAP,
    CharityTerms,
    CharityTotal,
    Donation,
    DonationHistory,
    DonationState,
    GiveResult,
    GiveStatus,
    PendingDonation,
    clean_donation_id,
    clean_pending_donation,
    derive_donation_id,
    donation_charge_key,
    estimated_deductible,
)
from payments.errors import InvalidInput
from payments.exactly_once import (
    Answer,
    Claim,
    Step,
    new_claim_id,
)
from payments.gateway import Gateway
from payments.keys import (
    DONATION_GIVEN_PREFIX,
    charity_donation_key,
    donation_day_key,
    donation_given_key,
    donation_key,
    donations_pk,
)
from payments.money import Money
from payments.pin import clean_pin
from payments.wallet import Wallets
from payments.wallet_records import Wallet, clean_owner
from store.base import Item, Op, Put, Store

log = logging.getLogger(__name__)

_DAY_TTL = 3 * 24 * 3600

_OUTCOMES = {
    DonationState.GIVEN: GiveStatus.GIVEN,
    DonationState.PAYMENT_UNKNOWN: GiveStatus.RETRY_LATER,
    DonationState.CHARGING: GiveStatus.IN_PROGRESS,
}


def _outcome(donation: Donation) -> GiveResult:
    if donation.state is DonationState.DECLINED:
        return GiveResult(GiveStatus.DECLINED, donation, decline_reason=donation.failure_reason)
    return GiveResult(_OUTCOMES[donation.state], donation)


class Donations:
    """Give, read and sum donations. See the module docstring for the guarantees."""

    def __init__(
        self,
        store: Store,
        wallets: Wallets,
        gateway: Gateway,
        *,
        charities: Iterable[CharityTerms] = (),
        daily_cap: Mapping[str, Money] | None = None,
        **options: Unpack[Options],
    ) -> None:
        self._store = store
        self._terms = {(t.charity_id, t.currency): t for t in charities}
        self._caps = dict(daily_cap or {})
        for currency, cap in self._caps.items():
            if cap.currency != currency:
                raise InvalidInput("a daily cap is in its own currency")
        self._payer, self._engine = payer_and_engine(store, wallets, gateway, options)
        self._clock = self._payer.clock

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
        gift = _Give(self, owner, donation_id, pending, pin, voice_verified or pin_reused)
        return self._engine.run(gift)

    def _get(self, owner: str, donation_id: str) -> Donation | None:
        item = self._store.get(*donation_key(owner, donation_id))
        return Donation.from_json(item.data, item.version) if item else None

    def _given_on(self, owner: str, day: str, currency: str) -> int:
        counter = self._store.get(*donation_day_key(owner, day, currency))
        return int(counter.data["given_minor"]) if counter else 0


class _Give(ChargeEffect[Donation, GiveResult]):
    """``give``: create the donation within the day's cap, answer it, or resume its charge."""

    charging = DonationState.CHARGING
    approved = DonationState.GIVEN
    declined = DonationState.DECLINED
    unknown = DonationState.PAYMENT_UNKNOWN

    def __init__(
        self,
        service: Donations,
        owner: str,
        donation_id: str,
        pending: PendingDonation,
        pin: str | None,
        authorized: bool,
    ) -> None:
        super().__init__(service._payer, owner, pin, authorized)
        self.service = service
        self.store = service._store
        self.donation_id = donation_id
        self.pending = pending

    def read(self) -> Donation | None:
        return self.service._get(self.owner, self.donation_id)

    def step(self, record: Donation | None, now: int) -> Step[GiveResult, Donation]:
        if record is not None:
            return self.existing(record, now)
        pending = self.pending
        terms = self.service.terms(pending.charity_id, pending.currency)
        refused = _check_terms(pending, terms, self.service._terms)
        if refused is not None or terms is None:
            return Answer(refused or GiveResult(GiveStatus.UNKNOWN_CHARITY))
        auth = self.wallet(None, now)
        if isinstance(auth, Refused):
            return Answer(self.refused(auth, None))
        day = _day(now)
        counter = self.store.get(*donation_day_key(self.owner, day, pending.currency))
        given = int(counter.data["given_minor"]) if counter else 0
        cap = self.service.daily_cap(pending.currency)
        if given + pending.amount.minor > cap.minor:
            room = Money(max(0, cap.minor - given), pending.currency)
            return Answer(GiveResult(GiveStatus.DAILY_CAP, limit=room))
        new = _new_donation(
            self.owner, self.donation_id, pending, terms, auth, now, self.payer.lease
        )
        counted = _counter_put(self.owner, day, pending.currency, given + new.amount.minor, counter)
        return Claim([_record_put(new, 0), counted], new)

    def key(self, held: Donation) -> str:
        return donation_charge_key(held.donation_id)

    def amount(self, held: Donation) -> Money:
        return held.amount

    def description(self, held: Donation) -> str:
        return f"Donation to {held.charity_name}"

    def write(self, before: Donation, after: Donation) -> Sequence[Op]:
        return [_record_put(after, before.version)]

    def settle(self, held: Donation, moved: Donation) -> Sequence[Op]:
        ops: list[Op] = [_record_put(moved, held.version)]
        if moved.state is DonationState.GIVEN:
            ops += [_charity_put(moved), _given_put(moved)]
        elif moved.state is DonationState.DECLINED:  # the day's amount goes back to the counter
            counter = self.store.get(*donation_day_key(held.owner, held.day, held.currency))
            if counter is not None:
                left = max(0, int(counter.data["given_minor"]) - held.amount.minor)
                ops.append(_counter_put(held.owner, held.day, held.currency, left, counter))
        return ops

    def answer(self, record: Donation) -> GiveResult:
        return _outcome(record)

    def refused(self, refused: Refused, record: Donation | None) -> GiveResult:
        return GiveResult(GiveStatus(refused.status), record, attempts_left=refused.attempts_left)


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
    """The donation record as its creation claims it (version 1, charging, our claim id)."""
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
        version=1,
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
