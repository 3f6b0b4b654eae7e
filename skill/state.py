"""Conversation state that matters, stored server-side per owner (user, or user + person).

One item per owner (``pk = owner#<key>``, ``sk = state``), read once and written once per turn with
the version read, so two turns of one shopper at once never lose an update (the later one retries).
Session attributes only cache what is cheap to lose (the last speech, for Repeat).
"""

from __future__ import annotations

import copy
import hashlib
import uuid
from dataclasses import dataclass, field
from typing import Any

from store.base import ConditionFailed, Put, Store

STATE_SK = "state"
EVENTS_PK = "events"
MAX_ATTEMPTS = 4


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
    pending: dict[str, Any] | None = None
    """What the skill just asked and waits for: ``{"kind": ..., ...}``."""
    session: dict[str, Any] = field(default_factory=dict)
    """Facts of the current session: ``{"id", "offered": [guide ids], "declined": bool}``."""
    replies: list[dict[str, Any]] = field(default_factory=list)
    """The last few replies by request id: a redelivered request gets the same answer, and its
    effects (a cart line, a charge) are not applied twice."""

    def to_json(self) -> dict[str, Any]:
        return {
            "visits": self.visits,
            "cart": self.cart,
            "guide": self.guide,
            "pending": self.pending,
            "session": self.session,
            "replies": self.replies,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> UserState:
        return cls(
            visits=int(data.get("visits", 0)),
            cart=list(data.get("cart", [])),
            guide=data.get("guide"),
            pending=data.get("pending"),
            session=dict(data.get("session", {})),
            replies=list(data.get("replies", [])),
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
        self, owner: str, loaded: Loaded, state: UserState, events: list[dict[str, Any]]
    ) -> bool:
        """Write the state if it changed, with the events, in one request; False if nothing to do.

        Raises ``ConditionFailed`` when another turn saved first: the caller replays the turn.
        """
        data = state.to_json()
        ops = []
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
