"""OAuth 2.0 records for Alexa account linking: clients, authorization codes, refresh tokens.

The protocol itself (parameters, client authentication, PKCE, RFC 6749 errors) is Authlib's, in
``web.oauth``; this module is what it stores and checks, on ``store.base.Store``:

- ``OAuthClient``: one per Alexa skill, from settings (id, secret, redirect URIs, how the client
  authenticates at the token endpoint: HTTP Basic or in the body, scopes).
- Authorization codes: random, stored by their SHA-256 only, expiring after ``CODE_TTL``
  (5 minutes), bound to the client, the redirect URI, the account and the PKCE challenge.
- Refresh tokens: ``<account id>.<random>``, stored by their SHA-256 in the account's partition,
  expiring after ``REFRESH_TTL`` unused.

**Single use, even under concurrency.** Exchanging a code deletes the code (conditional on the
version read) *in the same write* that stores the new refresh token; refreshing deletes the old
refresh token in the same write that stores the new one (rotation). Of two requests racing with
one code or one refresh token, exactly one gets tokens; the other gets ``invalid_grant``.
"""

from __future__ import annotations

import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from accounts.keys import REFRESH_PREFIX, account_key, account_pk, oauth_code_key, refresh_key
from store.base import Check, ConditionFailed, Delete, Put, Store

CODE_TTL = 300
REFRESH_TTL = 180 * 24 * 3600
AUTH_METHODS = ("client_secret_basic", "client_secret_post")
DEFAULT_SCOPE = "wallet"


@dataclass(frozen=True)
class OAuthClient:
    client_id: str
    client_secret: str = field(repr=False)
    redirect_uris: tuple[str, ...]
    auth_method: str = "client_secret_basic"
    scopes: tuple[str, ...] = (DEFAULT_SCOPE,)

    def __post_init__(self) -> None:
        if not self.client_id or len(self.client_secret) < 16:
            raise ValueError("an OAuth client needs an id and a secret of 16+ characters")
        if self.auth_method not in AUTH_METHODS:
            raise ValueError(f"client authentication must be one of {', '.join(AUTH_METHODS)}")
        if not self.redirect_uris:
            raise ValueError("an OAuth client needs at least one redirect URI")

    def check_secret(self, secret: str) -> bool:
        return hmac.compare_digest(self.client_secret.encode(), secret.encode())


@dataclass(frozen=True)
class CodeGrant:
    """An authorization code as stored (without the code)."""

    key: tuple[str, str]
    client_id: str
    account_id: str
    redirect_uri: str
    scope: str
    code_challenge: str
    code_challenge_method: str
    version: int


@dataclass(frozen=True)
class RefreshGrant:
    """A refresh token as stored (without the token)."""

    key: tuple[str, str]
    client_id: str
    account_id: str
    scope: str
    version: int


def new_code() -> str:
    return secrets.token_urlsafe(32)


def new_refresh_token(account_id: str) -> str:
    return f"{account_id}.{secrets.token_urlsafe(32)}"


class OAuthRecords:
    """Codes and refresh tokens in the store; see the module docstring."""

    def __init__(
        self,
        store: Store,
        *,
        clock: Callable[[], float] = time.time,
        code_ttl: int = CODE_TTL,
        refresh_ttl: int = REFRESH_TTL,
    ) -> None:
        if code_ttl > CODE_TTL:
            raise ValueError("authorization codes live at most 5 minutes")
        self._store = store
        self._clock = clock
        self._code_ttl = code_ttl
        self._refresh_ttl = refresh_ttl

    # --- authorization codes ---------------------------------------------------------------------

    def save_code(
        self,
        code: str,
        *,
        client_id: str,
        account_id: str,
        redirect_uri: str,
        scope: str,
        code_challenge: str,
        code_challenge_method: str,
    ) -> None:
        data = {
            "client_id": client_id,
            "account_id": account_id,
            "redirect_uri": redirect_uri,
            "scope": scope,
            "code_challenge": code_challenge,
            "code_challenge_method": code_challenge_method,
        }
        expires = int(self._clock()) + self._code_ttl
        self._store.write([Put(*oauth_code_key(code), data, expect=0, expires_at=expires)])

    def find_code(self, code: str, client_id: str) -> CodeGrant | None:
        """The unexpired, unused code issued to ``client_id``; None otherwise."""
        if not isinstance(code, str) or not code or len(code) > 200:
            return None
        key = oauth_code_key(code)
        item = self._store.get(*key)
        if item is None or item.data["client_id"] != client_id:
            return None
        d = item.data
        return CodeGrant(
            key, d["client_id"], d["account_id"], d["redirect_uri"], d["scope"],
            d["code_challenge"], d["code_challenge_method"], item.version,
        )  # fmt: skip

    # --- refresh tokens --------------------------------------------------------------------------

    def find_refresh(self, token: str) -> RefreshGrant | None:
        if not isinstance(token, str) or "." not in token or len(token) > 200:
            return None
        account_id = token.partition(".")[0]
        key = refresh_key(account_id, token)
        item = self._store.get(*key)
        if item is None:
            return None
        d = item.data
        return RefreshGrant(key, d["client_id"], account_id, d["scope"], item.version)

    def store_refresh(
        self,
        token: str,
        *,
        client_id: str,
        scope: str,
        replacing: CodeGrant | RefreshGrant | None,
        account_version: int,
    ) -> bool:
        """Store a new refresh token, consuming the code or refresh token it replaces in the same
        write, on the condition that the account is still at ``account_version`` (so a token
        cannot be minted across an unlink). False when a condition failed (the caller answers
        ``invalid_grant``)."""
        account_id = token.partition(".")[0]
        now = int(self._clock())
        ops: list[Put | Delete | Check] = [
            Check(*account_key(account_id), expect=account_version),
            Put(
                *refresh_key(account_id, token),
                {"client_id": client_id, "scope": scope, "issued_at": now},
                expect=0,
                expires_at=now + self._refresh_ttl,
            ),
        ]
        if replacing is not None:
            ops.append(Delete(*replacing.key, expect=replacing.version))
        try:
            self._store.write(ops)
        except ConditionFailed:
            return False
        return True

    def linked(self, account_id: str) -> bool:
        """True while a client holds a refresh token of the account (Alexa is linked)."""
        return bool(self._store.query(account_pk(account_id), REFRESH_PREFIX, limit=1))

    def revoke_all(self, account_id: str) -> int:
        """Delete every refresh token of the account; returns how many."""
        items = self._store.query(account_pk(account_id), REFRESH_PREFIX)
        for start in range(0, len(items), 25):
            self._store.write([Delete(i.pk, i.sk) for i in items[start : start + 25]])
        return len(items)
