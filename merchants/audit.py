"""The audit log: every merchant action that changes money or content (refund, cancel, ship,
publish; also a revealed payment token, a claimed order, a catalog upload), with who and when.

An entry is a ``Put`` the caller writes **in the same transaction** as the change when it can
(``entry``: shipping, publishing), so a change without its entry, or an entry without its change,
cannot be stored. A money movement runs through the exactly-once engine, whose writes are its
own: its entry is written right after the outcome (``record``), naming the outcome.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from merchants.keys import AUDIT_PK, AUDIT_PREFIX, audit_key
from merchants.users import MerchantUser
from store.base import Put, Store


@dataclass(frozen=True)
class AuditEntry:
    at: int
    user_id: str
    email: str
    role: str
    action: str
    target: str
    detail: str = ""
    key: str = ""
    """The entry's sort key: a page cursor."""


class AuditLog:
    def __init__(self, store: Store, *, clock: Callable[[], float] = time.time) -> None:
        self._store = store
        self._clock = clock

    def entry(self, user: MerchantUser, action: str, target: str, detail: str = "") -> Put:
        """The entry's write, to go in the transaction that makes the change."""
        at = int(self._clock())
        data = {
            "at": at,
            "user_id": user.user_id,
            "email": user.email,
            "role": user.role.value,
            "action": action,
            "target": target,
            "detail": detail[:500],
        }
        # Within one second, entries keep the order they were made in (the wall clock's
        # nanoseconds), then a random part keeps two processes' keys apart.
        entry_id = f"{time.time_ns() % 10**9:09d}{secrets.token_hex(3)}"
        return Put(*audit_key(at, entry_id), data, expect=0)

    def record(self, user: MerchantUser, action: str, target: str, detail: str = "") -> None:
        self._store.write([self.entry(user, action, target, detail)])

    def recent(self, limit: int = 50, *, before: str | None = None) -> list[AuditEntry]:
        """Newest first; ``before``: the ``key`` of the last entry of the previous page."""
        items = self._store.query(
            AUDIT_PK, AUDIT_PREFIX, limit=limit, newest_first=True, end=before
        )
        return [
            AuditEntry(
                at=int(item.data["at"]),
                user_id=item.data["user_id"],
                email=item.data["email"],
                role=item.data["role"],
                action=item.data["action"],
                target=item.data["target"],
                detail=item.data.get("detail", ""),
                key=item.sk,
            )
            for item in items
        ]
