"""Merchant users: created out of band (``echoppe console user add``, the password read from a
prompt or stdin), signed in to the console with a password.

Sign-in is guarded like a shopper's (``accounts.service``): a rate limit per client address
(``SIGNIN_LIMIT`` per ``SIGNIN_WINDOW``) and a lockout per e-mail (5 failures in a row lock it
for 15 minutes), on counters of their own. Passwords are argon2id (``accounts.passwords``) and
follow the same rule; a wrong e-mail and a wrong password are one error and take the same time.
"""

from __future__ import annotations

import base64
import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from accounts.errors import EmailTaken, InvalidCredentials, NoAccount
from accounts.passwords import PasswordHasher, clean_new_password
from accounts.service import SIGNIN_LIMIT, SIGNIN_WINDOW, clean_email
from accounts.throttle import Lockout, Throttle
from merchants.keys import USER_PREFIX, USERS_PK, email_key, listing_key, lockout_subject, user_key
from merchants.roles import Role
from store.base import ConditionFailed, Put, Store, StoreUnavailable

log = logging.getLogger(__name__)

_RETRIES = 20


@dataclass(frozen=True)
class MerchantUser:
    user_id: str
    email: str
    role: Role
    password_hash: str = field(repr=False)
    created_at: int
    active: bool = True
    version: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "user_id": self.user_id,
            "email": self.email,
            "role": self.role.value,
            "password_hash": self.password_hash,
            "created_at": self.created_at,
            "active": self.active,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], version: int) -> MerchantUser:
        return cls(
            user_id=data["user_id"],
            email=data["email"],
            role=Role(data["role"]),
            password_hash=data["password_hash"],
            created_at=int(data["created_at"]),
            active=bool(data.get("active", True)),
            version=version,
        )


def _new_user_id() -> str:
    return "m" + base64.b32encode(secrets.token_bytes(10)).decode().lower()


class MerchantUsers:
    def __init__(
        self,
        store: Store,
        *,
        hasher: PasswordHasher | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._store = store
        self._hasher = hasher or PasswordHasher()
        self._clock = clock
        self.throttle = Throttle(store, clock=clock)
        self.lockout = Lockout(store, clock=clock)

    def get(self, user_id: str) -> MerchantUser | None:
        if not isinstance(user_id, str) or not user_id.isalnum():
            return None
        item = self._store.get(*user_key(user_id))
        return MerchantUser.from_json(item.data, item.version) if item else None

    def find_by_email(self, email: str) -> MerchantUser | None:
        index = self._store.get(*email_key(clean_email(email)))
        return self.get(index.data["user_id"]) if index else None

    def list(self) -> list[MerchantUser]:
        users = [self.get(item.sk[len(USER_PREFIX) :]) for item in self._store.query(USERS_PK)]
        return sorted((u for u in users if u is not None), key=lambda u: u.email)

    def add(self, email: str, password: str, role: Role | str) -> MerchantUser:
        """A new user; ``EmailTaken`` when the e-mail has one, ``InvalidAccountInput`` for a bad
        e-mail or password (the message never carries the password)."""
        email = clean_email(email)
        clean_new_password(password, email)
        user = MerchantUser(
            user_id=_new_user_id(),
            email=email,
            role=Role(role),
            password_hash=self._hasher.hash(password),
            created_at=int(self._clock()),
        )
        try:
            self._store.write(
                [
                    Put(*user_key(user.user_id), user.to_json(), expect=0),
                    Put(*email_key(email), {"user_id": user.user_id}, expect=0),
                    Put(*listing_key(user.user_id), {"email": email, "role": user.role.value}),
                ]
            )
        except ConditionFailed:
            raise EmailTaken("a merchant user already has this e-mail address") from None
        log.info("merchant user %s added (%s)", user.user_id, user.role.value)
        return replace(user, version=1)

    def sign_in(self, email: str, password: str, *, source: str) -> MerchantUser:
        """The user, or ``InvalidCredentials`` / ``SignInLocked`` / ``RateLimited``."""
        self.throttle.hit("merchant-signin", source, limit=SIGNIN_LIMIT, window=SIGNIN_WINDOW)
        try:
            email = clean_email(email)
        except ValueError:
            raise InvalidCredentials("wrong e-mail or password") from None
        subject = lockout_subject(email)
        self.lockout.check(subject)
        user = self.find_by_email(email)
        stored = user.password_hash if user and user.active else None
        if user is None or not self._hasher.verify(stored, str(password)):
            locked = self.lockout.failed(subject)
            log.info("merchant sign-in failed%s", " (now locked)" if locked else "")
            raise InvalidCredentials("wrong e-mail or password")
        self.lockout.succeeded(subject)
        if stored is not None and self._hasher.needs_rehash(stored):
            user = self.update(user.user_id, password_hash=self._hasher.hash(password))
        return user

    def update(self, user_id: str, **changes: Any) -> MerchantUser:
        for _ in range(_RETRIES):
            user = self.get(user_id)
            if user is None:
                raise NoAccount("no such merchant user")
            changed = replace(user, **changes)
            ops = [Put(*user_key(user_id), changed.to_json(), expect=user.version)]
            if changed.role is not user.role:
                ops.append(Put(*listing_key(user_id), {"email": user.email, "role": changed.role}))
            try:
                self._store.write(ops)
            except ConditionFailed:
                continue
            return replace(changed, version=user.version + 1)
        raise StoreUnavailable("too many concurrent updates of one merchant user")

    def set_password(self, email: str, password: str) -> MerchantUser:
        user = self.find_by_email(email)
        if user is None:
            raise NoAccount("no such merchant user")
        clean_new_password(password, user.email)
        return self.update(user.user_id, password_hash=self._hasher.hash(password))
