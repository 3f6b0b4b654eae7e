"""Gifts matched by the merchant: a shopper's ``match`` reward makes the merchant give too.

``Matches.match(donation, reward, amount, token)`` runs on the exactly-once engine
(``exactly_once``): the match record (``keys.match_key(donation_id)``: one match per shopper's
gift) is created with ``expect=0`` in the same write that marks the reward used by that gift
(``payments.rewards``), then the merchant's own payment method (``token``, never a shopper's
wallet: no PIN) is charged with the key ``echoppe-match-<donation id>``, and the outcome is
written on the version claimed: ``given``, with the charity's record in the same write (the
charity's export lists it like any gift, with no donor); ``declined``, giving the reward back;
or ``payment_unknown``, resumed by the next ``match`` of that gift with the same key, token and
amount (``pending`` lists them and ``resume`` charges them: ``echoppe rewards resume-matches``).

A replayed turn calls ``match`` again and gets the recorded outcome: nothing moves twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Unpack

from payments.charging import Options, Outcome, charge, payer_and_engine
from payments.donations import Donation
from payments.exactly_once import Answer, Claim, Step, Wait, new_claim_id
from payments.gateway import Gateway
from payments.ids import derive_id
from payments.keys import MATCH_PREFIX, MATCHES_PK, charity_donation_key, match_key
from payments.money import Money
from payments.rewards import RewardBook, RewardRecord, give_back_put, use_put
from payments.wallet import Wallets
from store.base import Op, Put, Store


class MatchState(StrEnum):
    CHARGING = "charging"
    GIVEN = "given"
    DECLINED = "declined"
    PAYMENT_UNKNOWN = "payment_unknown"


class MatchStatus(StrEnum):
    GIVEN = "given"
    DECLINED = "declined"
    RETRY_LATER = "retry_later"
    IN_PROGRESS = "in_progress"
    NOT_AVAILABLE = "not_available"
    """The reward was used, expired, or is not a match: nothing was charged."""


@dataclass(frozen=True)
class Match:
    donation_id: str
    """The shopper's gift this matches."""
    match_id: str
    """The merchant's gift, as the charity sees it (a donation id)."""
    holder: str
    reward_id: str
    charity_id: str
    amount: Money
    created_at: int
    state: MatchState
    token: str
    charge_id: str | None = None
    failure_reason: str | None = None
    lease_until: int | None = None
    pin_ok_until: int | None = None
    claim: str | None = None
    updated_at: int = 0
    version: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "donation_id": self.donation_id,
            "match_id": self.match_id,
            "holder": self.holder,
            "reward_id": self.reward_id,
            "charity_id": self.charity_id,
            "amount": self.amount.to_json(),
            "created_at": self.created_at,
            "state": self.state.value,
            "token": self.token,
            "charge_id": self.charge_id,
            "failure_reason": self.failure_reason,
            "lease_until": self.lease_until,
            "pin_ok_until": self.pin_ok_until,
            "claim": self.claim,
            "updated_at": self.updated_at,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], version: int) -> Match:
        return cls(
            donation_id=data["donation_id"],
            match_id=data["match_id"],
            holder=data["holder"],
            reward_id=data["reward_id"],
            charity_id=data["charity_id"],
            amount=Money.from_json(data["amount"]),
            created_at=int(data["created_at"]),
            state=MatchState(data["state"]),
            token=data["token"],
            charge_id=data.get("charge_id"),
            failure_reason=data.get("failure_reason"),
            lease_until=data.get("lease_until"),
            pin_ok_until=data.get("pin_ok_until"),
            claim=data.get("claim"),
            updated_at=int(data.get("updated_at", 0)),
            version=version,
        )


@dataclass(frozen=True)
class MatchResult:
    status: MatchStatus
    match: Match | None = None


_STATUS = {
    MatchState.GIVEN: MatchStatus.GIVEN,
    MatchState.DECLINED: MatchStatus.DECLINED,
    MatchState.PAYMENT_UNKNOWN: MatchStatus.RETRY_LATER,
    MatchState.CHARGING: MatchStatus.IN_PROGRESS,
}


def match_charge_key(donation_id: str) -> str:
    return f"echoppe-match-{donation_id}"


def match_amount(gift: Money, percent: int, most: Money | None) -> Money:
    """``percent`` of ``gift``, rounded down to the minor unit, at most ``most``."""
    amount = Money(gift.minor * percent // 100, gift.currency)
    return min(amount, most) if most is not None and most.currency == gift.currency else amount


class Matches:
    """Match gifts; see the module docstring."""

    def __init__(
        self, store: Store, wallets: Wallets, gateway: Gateway, **options: Unpack[Options]
    ) -> None:
        self._store = store
        self._payer, self._engine = payer_and_engine(store, wallets, gateway, options)
        self._rewards = RewardBook(store, clock=self._payer.clock)

    def get(self, donation_id: str) -> Match | None:
        item = self._store.get(*match_key(donation_id))
        return Match.from_json(item.data, item.version) if item else None

    def pending(self) -> list[Match]:
        """Matches whose charge got no answer (or whose process died): to resume (one query)."""
        items = self._store.query(MATCHES_PK, MATCH_PREFIX)
        matches = [Match.from_json(item.data, item.version) for item in items]
        return [m for m in matches if m.state in (MatchState.PAYMENT_UNKNOWN, MatchState.CHARGING)]

    def match(
        self, donation: Donation, reward: RewardRecord, amount: Money, token: str
    ) -> MatchResult:
        """The merchant's gift of ``amount`` beside ``donation``, once (see the module doc)."""
        return self._engine.run(
            _Match(self, donation.donation_id, (donation, reward, amount, token))
        )

    def resume(self, donation_id: str) -> MatchResult:
        """A match whose charge got no answer, charged again with the same key, token and
        amount (``echoppe rewards resume-matches``); a decided one answers its outcome."""
        return self._engine.run(_Match(self, donation_id, None))


class _Match:
    """An ``exactly_once.Effect`` on the match record of one gift."""

    def __init__(
        self,
        service: Matches,
        donation_id: str,
        new: tuple[Donation, RewardRecord, Money, str] | None,
    ) -> None:
        """``new``: what creates the match (the gift, the reward, the amount, the merchant's
        token); None: only resume one that exists."""
        self.service = service
        self.payer = service._payer
        self.donation_id = donation_id
        self.new = new

    def read(self) -> Match | None:
        return self.service.get(self.donation_id)

    def step(self, record: Match | None, now: int) -> Step[MatchResult, Match]:
        if record is None:
            if self.new is None:
                return Answer(MatchResult(MatchStatus.NOT_AVAILABLE))
            donation, asked, amount, token = self.new
            reward = self.service._rewards.get(asked.holder, asked.reward_id)
            if reward is not None and reward.used_by == self.donation_id:
                # A twin request created the match since our read: read it again.
                return Wait(MatchResult(MatchStatus.IN_PROGRESS))
            if reward is None or reward.kind != "match" or not reward.available(now):
                return Answer(MatchResult(MatchStatus.NOT_AVAILABLE))
            if amount.minor <= 0:
                return Answer(MatchResult(MatchStatus.NOT_AVAILABLE))
            created = Match(
                donation_id=self.donation_id,
                match_id=derive_id("d_", {"match": self.donation_id}),
                holder=reward.holder,
                reward_id=reward.reward_id,
                charity_id=donation.charity_id,
                amount=amount,
                created_at=now,
                state=MatchState.CHARGING,
                token=token,
                lease_until=now + self.payer.lease,
                claim=new_claim_id(),
                updated_at=now,
                version=1,
            )
            used = use_put(reward, self.donation_id, now)
            return Claim([_put(created, 0), used], created)
        if record.state is MatchState.CHARGING and (record.lease_until or 0) > now:
            return Wait(self.answer(record))
        if record.state in (MatchState.CHARGING, MatchState.PAYMENT_UNKNOWN):
            held = replace(
                record,
                state=MatchState.CHARGING,
                lease_until=now + self.payer.lease,
                claim=new_claim_id(),
                updated_at=now,
                version=record.version + 1,
            )
            return Claim([_put(held, record.version)], held)
        return Answer(self.answer(record))

    def move(self, held: Match) -> Match:
        key = match_charge_key(held.donation_id)
        moved = charge(
            self.payer, held.token, held.amount, key, f"Matched gift {held.match_id}", key
        )
        state = {
            Outcome.APPROVED: MatchState.GIVEN,
            Outcome.DECLINED: MatchState.DECLINED,
            Outcome.UNKNOWN: MatchState.PAYMENT_UNKNOWN,
        }[moved.outcome]
        return replace(held, state=state, **moved.changes)

    def settle(self, held: Match, moved: Match) -> Sequence[Op]:
        ops: list[Op] = [_put(moved, held.version)]
        if moved.state is MatchState.GIVEN:
            ops.append(_charity_put(moved))
        elif moved.state is MatchState.DECLINED:
            reward = self.service._rewards.get(held.holder, held.reward_id)
            if reward is not None and reward.used_by == held.donation_id:
                ops.append(give_back_put(reward))
        return ops

    def answer(self, record: Match) -> MatchResult:
        return MatchResult(_STATUS[record.state], record)


def _put(match: Match, expect: int) -> Put:
    return Put(*match_key(match.donation_id), match.to_json(), expect=expect)


def _charity_put(match: Match) -> Put:
    """The charity's record of the merchant's gift: as any gift's, with no donor."""
    return Put(
        *charity_donation_key(match.charity_id, match.match_id),
        {
            "donation_id": match.match_id,
            "amount": match.amount.to_json(),
            "created_at": match.created_at,
            "donor": None,
            "matches": match.donation_id,
            "state": "given",
            "token_hash": None,
            "token_expires_at": None,
        },
        expect=0,
    )
