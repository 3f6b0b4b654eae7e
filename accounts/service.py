"""Shopper accounts: sign up, sign in (password or one-time e-mail code), unlink, delete.

An account is one item (``keys.account_key``) plus a unique e-mail index item created in the same
write. Sign-in is guarded twice: a rate limit per source (the client's address: ``SIGNIN_LIMIT``
attempts per ``SIGNIN_WINDOW``) and a lockout per e-mail (5 failures in a row lock it for 15
minutes, ``throttle.Lockout``). Wrong e-mail and wrong password are the same error and take the
same time (an argon2 verification either way).

One-time codes: 6 digits, e-mailed, valid 10 minutes, 5 tries, stored as an HMAC (keyed with a
secret from settings) so a leaked table does not give working codes. A code for an e-mail without
an account creates the account on success (sign-up by code).

The *link version* in the account is what access tokens carry (``accounts.links``): ``unlink``
increments it and deletes the refresh tokens, which revokes every token issued before.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from accounts.errors import EmailTaken, InvalidAccountInput, InvalidCredentials, NoAccount
from accounts.keys import account_key, email_key, otp_key, signin_key
from accounts.mail import CODE_MAIL, Mailer
from accounts.oauth import OAuthRecords
from accounts.passwords import PasswordHasher, clean_new_password
from accounts.throttle import Lockout, Throttle
from store.base import ConditionFailed, Delete, Put, Store, StoreUnavailable

log = logging.getLogger(__name__)

LOCALES = ("fr-FR", "en-US")
CODE_TTL = 600
CODE_TRIES = 5
SIGNIN_LIMIT = 20
SIGNIN_WINDOW = 600
CODE_MAILS_LIMIT = 5
CODE_MAILS_WINDOW = 3600
_EMAIL_RE = re.compile(r"^[^@\s]{1,64}@[^@\s.]+(?:\.[^@\s.]+)+$")
_RETRIES = 20


def clean_email(email: object) -> str:
    """Trimmed and lower-cased; raises ``InvalidAccountInput`` when it is not an address."""
    if not isinstance(email, str):
        raise InvalidAccountInput("email", "an e-mail address is required")
    email = email.strip().lower()
    if len(email) > 254 or not _EMAIL_RE.match(email):
        raise InvalidAccountInput("email", "this is not an e-mail address")
    return email


def clean_locale(locale: str) -> str:
    return locale if locale in LOCALES else LOCALES[0]


def new_account_id() -> str:
    """16 characters of lowercase base32: no digit run a PAN scanner would flag."""
    return base64.b32encode(secrets.token_bytes(10)).decode().lower()


@dataclass(frozen=True)
class Account:
    account_id: str
    email: str
    password_hash: str | None = field(repr=False)
    locale: str
    created_at: int
    link_version: int = 1
    customer_id: str = ""
    """The gateway's customer for this account (Stripe ``cus_...``), once a card was set up."""
    draft: dict[str, Any] = field(default_factory=dict, repr=False)
    """The wallet being set up before it exists: ``{"card_token", "address"}`` (no PIN ever)."""
    version: int = 0

    @property
    def has_password(self) -> bool:
        return self.password_hash is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "account_id": self.account_id,
            "email": self.email,
            "password_hash": self.password_hash,
            "locale": self.locale,
            "created_at": self.created_at,
            "link_version": self.link_version,
            "customer_id": self.customer_id,
            "draft": self.draft,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], version: int) -> Account:
        return cls(
            account_id=data["account_id"],
            email=data["email"],
            password_hash=data.get("password_hash"),
            locale=data.get("locale", LOCALES[0]),
            created_at=int(data["created_at"]),
            link_version=int(data.get("link_version", 1)),
            customer_id=data.get("customer_id", ""),
            draft=dict(data.get("draft") or {}),
            version=version,
        )


class Accounts:
    """Account operations over a store; see the module docstring."""

    def __init__(
        self,
        store: Store,
        *,
        code_key: bytes,
        mailer: Mailer,
        hasher: PasswordHasher | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._store = store
        self._code_key = code_key
        self._mailer = mailer
        self._hasher = hasher or PasswordHasher()
        self._clock = clock
        self.throttle = Throttle(store, clock=clock)
        self.lockout = Lockout(store, clock=clock)
        self.oauth = OAuthRecords(store, clock=clock)

    # --- reading -------------------------------------------------------------------------------

    def get(self, account_id: str) -> Account | None:
        if not isinstance(account_id, str) or not account_id.isalnum():
            return None
        item = self._store.get(*account_key(account_id))
        return Account.from_json(item.data, item.version) if item else None

    def find_by_email(self, email: str) -> Account | None:
        index = self._store.get(*email_key(clean_email(email)))
        return self.get(index.data["account_id"]) if index else None

    # --- signing up and in ------------------------------------------------------------------------

    def sign_up(self, email: str, password: str, locale: str, *, source: str) -> Account:
        email = clean_email(email)
        clean_new_password(password, email)
        self.throttle.hit("signup", source, limit=SIGNIN_LIMIT, window=SIGNIN_WINDOW)
        return self._create(email, self._hasher.hash(password), locale)

    def _create(self, email: str, password_hash: str | None, locale: str) -> Account:
        account = Account(
            account_id=new_account_id(),
            email=email,
            password_hash=password_hash,
            locale=clean_locale(locale),
            created_at=int(self._clock()),
        )
        try:
            self._store.write(
                [
                    Put(*account_key(account.account_id), account.to_json(), expect=0),
                    Put(*email_key(email), {"account_id": account.account_id}, expect=0),
                ]
            )
        except ConditionFailed:
            raise EmailTaken("an account already uses this e-mail address") from None
        log.info("account created")
        return replace(account, version=1)

    def sign_in(self, email: str, password: str, *, source: str) -> Account:
        """The account, or ``InvalidCredentials`` / ``SignInLocked`` / ``RateLimited``."""
        self.throttle.hit("signin", source, limit=SIGNIN_LIMIT, window=SIGNIN_WINDOW)
        try:
            email = clean_email(email)
        except InvalidAccountInput:
            raise InvalidCredentials("wrong e-mail or password") from None
        self.lockout.check(email)
        account = self.find_by_email(email)
        stored = account.password_hash if account else None
        if account is None or not self._hasher.verify(stored, str(password)):
            locked = self.lockout.failed(email)
            log.info("sign-in failed%s", " (now locked)" if locked else "")
            raise InvalidCredentials("wrong e-mail or password")
        self.lockout.succeeded(email)
        if stored is not None and self._hasher.needs_rehash(stored):
            account = self.update(account.account_id, password_hash=self._hasher.hash(password))
        return account

    def send_code(self, email: str, locale: str, *, source: str) -> None:
        """E-mail a one-time code (whether or not an account exists: nothing is revealed)."""
        email = clean_email(email)
        self.throttle.hit("signin", source, limit=SIGNIN_LIMIT, window=SIGNIN_WINDOW)
        self.throttle.hit("codemail", email, limit=CODE_MAILS_LIMIT, window=CODE_MAILS_WINDOW)
        code = f"{secrets.randbelow(10**6):06d}"
        now = int(self._clock())
        data = {"mac": self._code_mac(email, code), "tries": 0}
        self._store.write([Put(*otp_key(email), data, expect=None, expires_at=now + CODE_TTL)])
        subject, body = CODE_MAIL[clean_locale(locale)]
        self._mailer.send(email, subject.format(code=code), body.format(code=code, minutes=10))
        log.info("sign-in code sent")

    def _code_mac(self, email: str, code: str) -> str:
        return hmac.new(self._code_key, f"{email}\0{code}".encode(), hashlib.sha256).hexdigest()

    def sign_in_with_code(self, email: str, code: str, locale: str, *, source: str) -> Account:
        """The account (created if the e-mail has none) when ``code`` is the one e-mailed."""
        self.throttle.hit("signin", source, limit=SIGNIN_LIMIT, window=SIGNIN_WINDOW)
        try:
            email = clean_email(email)
        except InvalidAccountInput:
            raise InvalidCredentials("wrong or expired code") from None
        self.lockout.check(email)
        code = "".join(str(code).split())
        for _ in range(_RETRIES):
            item = self._store.get(*otp_key(email))
            if item is None or int(item.data["tries"]) >= CODE_TRIES:
                self.lockout.failed(email)
                raise InvalidCredentials("wrong or expired code")
            if hmac.compare_digest(item.data["mac"], self._code_mac(email, code)):
                try:
                    self._store.write([Delete(*otp_key(email), expect=item.version)])
                except ConditionFailed:
                    continue  # used or retried concurrently: read again
                self.lockout.succeeded(email)
                return self.find_by_email(email) or self._create(email, None, locale)
            counted = {**item.data, "tries": int(item.data["tries"]) + 1}
            try:
                self._store.write(
                    [Put(*otp_key(email), counted, expect=item.version, expires_at=item.expires_at)]
                )
            except ConditionFailed:
                continue
            self.lockout.failed(email)
            raise InvalidCredentials("wrong or expired code")
        raise StoreUnavailable("too many concurrent uses of one code")

    def check_password(self, account: Account, password: str) -> bool:
        """Re-authentication of a signed-in shopper (before a PIN reset, say)."""
        return account.has_password and self._hasher.verify(account.password_hash, password)

    # --- changing ---------------------------------------------------------------------------------

    def update(self, account_id: str, **changes: Any) -> Account:
        """Apply ``changes`` (fields of ``Account``) under optimistic locking."""
        for _ in range(_RETRIES):
            account = self.get(account_id)
            if account is None:
                raise NoAccount("no such account")
            changed = replace(account, **changes)
            try:
                self._store.write(
                    [Put(*account_key(account_id), changed.to_json(), expect=account.version)]
                )
            except ConditionFailed:
                continue
            return replace(changed, version=account.version + 1)
        raise StoreUnavailable("too many concurrent updates of one account")

    def set_password(self, account_id: str, password: str) -> Account:
        account = self.get(account_id)
        if account is None:
            raise NoAccount("no such account")
        clean_new_password(password, account.email)
        return self.update(account_id, password_hash=self._hasher.hash(password))

    def unlink(self, account_id: str) -> Account:
        """Revoke every token issued to Alexa: bump the link version, delete refresh tokens."""
        account = self.get(account_id)
        if account is None:
            raise NoAccount("no such account")
        account = self.update(account_id, link_version=account.link_version + 1)
        revoked = self.oauth.revoke_all(account_id)
        log.info("account unlinked (%d refresh tokens revoked)", revoked)
        return account

    def delete(self, account_id: str) -> None:
        """Delete the account, its e-mail index, codes, counters and tokens.

        The wallet is the caller's to erase first (``payments.wallet_admin.WalletAdmin.erase``);
        orders and donations are the merchant's records and stay.
        """
        account = self.get(account_id)
        if account is None:
            return
        self.oauth.revoke_all(account_id)
        self._store.write(
            [
                Delete(*account_key(account_id), expect=None),
                Delete(*email_key(account.email), expect=None),
                Delete(*otp_key(account.email), expect=None),
                Delete(*signin_key(account.email), expect=None),
            ]
        )
        log.info("account deleted")
