"""Conversation state that matters, stored server-side per owner (user, or user + person).

One item per owner (``pk = owner#<key>``, ``sk = state``), read once and written once per turn with
the version read, so two turns of one shopper at once never lose an update (the later one retries).
Session attributes only cache what is cheap to lose (the last speech, for Repeat).
"""

from __future__ import annotations

import copy
import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from store.base import ConditionFailed, Op, Put, Store

STATE_SK = "state"
EVENTS_PK = "events"
MAX_ATTEMPTS = 4
SETTLED_KEPT = 8
"""Order and gift ids whose consequences a shopper's state remembers having applied."""


def owner_key(user_id: str, person_id: str | None = None) -> str:
    """A stable, opaque key for a shopper: Alexa ids are hashed, never stored as they are."""
    digest = hashlib.sha256(user_id.encode()).hexdigest()[:32]
    if person_id:
        return f"{digest}.{hashlib.sha256(person_id.encode()).hexdigest()[:16]}"
    return digest


@dataclass
class UserState:
    visits: int = 0
    cart: list[dict[str, Any]] = field(default_factory=list)
    """Lines ``{"id": product_id, "qty": n}`` in the order they were added."""
    guide: dict[str, Any] | None = None
    """Progress in a guide: ``{"id", "material", "step", "updated_at"}``; ``step`` = steps heard."""
    question: dict[str, Any] | None = None
    """What the skill just asked and waits for: a ``skill.questions.Question`` as JSON."""
    reprompt: str | None = None
    """The reprompt of ``question``: said again after "help", "pardon" or a miss."""
    cart_id: str = ""
    """Names the current cart: with its lines it makes the order id, so checking out the same
    cart twice names the same order. A new one is drawn once the cart is paid."""
    settled: list[str] = field(default_factory=list)
    """The last order and gift ids whose consequences this state has applied (once each)."""
    open_payment: dict[str, Any] | None = None
    """A payment the gateway did not answer (``{"order": pending order JSON, "attempt": n}``):
    the next session asks about it."""
    session: dict[str, Any] = field(default_factory=dict)
    """Facts of the current session: ``{"id", "offered": [guide ids], "declined": bool}``."""
    replies: list[dict[str, Any]] = field(default_factory=list)
    """The last few replies by request id: a redelivered request gets the same answer, and its
    effects (a cart line, a charge) are not applied twice."""
    profile: dict[str, Any] = field(default_factory=dict)
    """What segments and rewards are computed from (``marketing.profile.Profile`` as JSON):
    orders and spend, gifts, deeds, the rewards held. Changed when an outcome settles."""

    def first_time(self, effect_id: str) -> bool:
        """True the first time the consequences of ``effect_id`` (an order paid, a gift given)
        are applied to this state, which then remembers it (the last ``SETTLED_KEPT``): a replay,
        or a twin turn on another device, does not empty the cart or count an event twice."""
        if effect_id in self.settled:
            return False
        self.settled = [*self.settled[-(SETTLED_KEPT - 1) :], effect_id]
        return True

    def to_json(self) -> dict[str, Any]:
        extra = {"profile": self.profile} if self.profile else {}
        return {
            "visits": self.visits,
            "cart": self.cart,
            "guide": self.guide,
            "question": self.question,
            "reprompt": self.reprompt,
            "cart_id": self.cart_id,
            "settled": self.settled,
            "open_payment": self.open_payment,
            "session": self.session,
            "replies": self.replies,
            **extra,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> UserState:
        return cls(
            visits=int(data.get("visits", 0)),
            cart=list(data.get("cart", [])),
            guide=data.get("guide"),
            question=data.get("question"),
            reprompt=data.get("reprompt"),
            cart_id=str(data.get("cart_id", "")),
            settled=list(data.get("settled", [])),
            open_payment=data.get("open_payment"),
            session=dict(data.get("session", {})),
            replies=list(data.get("replies", [])),
            profile=dict(data.get("profile") or {}),
        )


@dataclass(frozen=True)
class Loaded:
    state: UserState
    version: int
    snapshot: dict[str, Any]


class StateRepository:
    """Loads and saves ``UserState`` with optimistic locking; events ride in the same write."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def load(self, owner: str) -> Loaded:
        item = self.store.get(f"owner#{owner}", STATE_SK)
        if item is None:
            return Loaded(UserState(), 0, {})
        return Loaded(UserState.from_json(copy.deepcopy(item.data)), item.version, item.data)

    def save(
        self,
        owner: str,
        loaded: Loaded,
        state: UserState,
        events: list[dict[str, Any]],
        writes: Sequence[Op] = (),
    ) -> bool:
        """Write the state if it changed, with the events and ``writes`` (records created with
        the turn, such as a reward earned), in one request; False if nothing to do.

        Raises ``ConditionFailed`` when another turn saved first, or a record of ``writes``
        exists already: the caller replays the turn.
        """
        data = state.to_json()
        ops: list[Op] = list(writes)
        if data != loaded.snapshot:
            ops.append(Put(f"owner#{owner}", STATE_SK, data, expect=loaded.version))
        for event in events:
            sk = f"{event['at']:017.6f}#{owner[:12]}#{uuid.uuid4().hex[:12]}"
            ops.append(Put(EVENTS_PK, sk, event, expect=0))
        if not ops:
            return False
        self.store.write(ops)
        return True


__all__ = ["MAX_ATTEMPTS", "ConditionFailed", "Loaded", "StateRepository", "UserState", "owner_key"]
