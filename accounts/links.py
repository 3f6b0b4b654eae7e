"""What the skill calls: an Alexa ``accessToken`` → the shopper's wallet owner key.

**Access tokens are self-contained.** An access token is ``ea1.<payload>.<mac>``: the payload
(base64url JSON) names the account, the account's *link version* when the token was issued, the
client, the scope and the expiry; the mac is HMAC-SHA256 over ``ea1.<payload>`` with a key derived
from the web secret (``derive_key(secret, "access-token")``). So:

- ``AccountLinks.identify(token)`` checks the mac and the expiry in memory, **without a store
  request**: every turn can know who is speaking for free;
- ``AccountLinks.confirm(shopper)`` reads the account once and checks that it still exists and
  that its link version is the token's. Unlinking or deleting the account bumps (or removes) the
  version, so every access token issued before is revoked at once. The skill calls it only on a
  turn that needs the wallet (a payment), beside the wallet read.

Access tokens are never stored; refresh tokens and codes are stored hashed (``accounts.oauth``).
An access token lives one hour (``ACCESS_TOKEN_TTL``); Alexa refreshes it with the refresh token.

**Who owns the wallet.** A linked account owns one wallet, under ``account_owner(account_id)``
(``acct-<id>``). The token that names the speaker decides:

1. ``context.System.person.accessToken`` (a recognised voice profile that linked its own
   account): that account's wallet and PIN. Voice profiles keep their own wallet and PIN, as with
   ``skill.state.owner_key(user, person)`` today;
2. else ``context.System.user.accessToken``: the Alexa account's linked wallet and its PIN;
3. no valid token: when account linking is configured, the skill answers with a ``LinkAccount``
   card; when it is not (development, the simulator), the owner stays
   ``skill.state.owner_key(user, person)``, so ``echoppe wallet enroll --user ...`` still pays.

``resolve_owner`` writes these rules down once.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from collections.abc import Callable
from dataclasses import dataclass

from accounts.keys import account_key
from store.base import Store

TOKEN_PREFIX = "ea1"
ACCESS_TOKEN_TTL = 3600
OWNER_PREFIX = "acct-"


def derive_key(secret: str | bytes, purpose: str) -> bytes:
    """A key for one purpose ("access-token", "flask-session", "otp") from the one web secret."""
    raw = secret.encode() if isinstance(secret, str) else secret
    return hmac.new(raw, purpose.encode(), hashlib.sha256).digest()


def account_owner(account_id: str) -> str:
    """The wallet owner key of a linked account (``payments.wallet_records.clean_owner`` accepts it)."""
    return f"{OWNER_PREFIX}{account_id}"


@dataclass(frozen=True)
class LinkedShopper:
    """Who a valid access token names."""

    account_id: str
    link_version: int
    client_id: str
    scope: str
    expires_at: int

    @property
    def owner(self) -> str:
        return account_owner(self.account_id)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class AccessTokens:
    """Issues and reads signed access tokens (see the module docstring)."""

    def __init__(self, key: bytes, *, clock: Callable[[], float] = time.time) -> None:
        if len(key) < 32:
            raise ValueError("the access-token key must be at least 32 bytes")
        self._key = key
        self._clock = clock

    def __repr__(self) -> str:
        return "AccessTokens()"

    def issue(
        self, account_id: str, link_version: int, client_id: str, scope: str, ttl: int
    ) -> str:
        payload = {
            "a": account_id,
            "v": link_version,
            "c": client_id,
            "s": scope,
            "x": int(self._clock()) + ttl,
        }
        body = f"{TOKEN_PREFIX}.{_b64(json.dumps(payload, separators=(',', ':')).encode())}"
        return f"{body}.{_b64(self._mac(body))}"

    def _mac(self, body: str) -> bytes:
        return hmac.new(self._key, body.encode(), hashlib.sha256).digest()

    def read(self, token: object) -> LinkedShopper | None:
        """The shopper a valid, unexpired token names; None for anything else."""
        if not isinstance(token, str) or len(token) > 2048:
            return None
        body, _, mac = token.rpartition(".")
        if not body.startswith(f"{TOKEN_PREFIX}."):
            return None
        try:
            if not hmac.compare_digest(_unb64(mac), self._mac(body)):
                return None
            payload = json.loads(_unb64(body.partition(".")[2]))
            shopper = LinkedShopper(
                account_id=str(payload["a"]),
                link_version=int(payload["v"]),
                client_id=str(payload["c"]),
                scope=str(payload["s"]),
                expires_at=int(payload["x"]),
            )
        except (binascii.Error, ValueError, KeyError, TypeError):
            return None
        return shopper if shopper.expires_at > self._clock() else None


class AccountLinks:
    """The skill's side of account linking: ``identify`` (free) and ``confirm`` (one read)."""

    def __init__(self, store: Store, key: bytes, *, clock: Callable[[], float] = time.time) -> None:
        self._store = store
        self.tokens = AccessTokens(key, clock=clock)

    def identify(self, access_token: str | None) -> LinkedShopper | None:
        """Mac and expiry only: no store request. None when absent, forged or expired."""
        return self.tokens.read(access_token) if access_token else None

    def confirm(self, shopper: LinkedShopper) -> bool:
        """One store read: the account exists and was not unlinked since the token was issued."""
        item = self._store.get(*account_key(shopper.account_id))
        return item is not None and int(item.data.get("link_version", -1)) == shopper.link_version


@dataclass(frozen=True)
class OwnerResolution:
    """Whose wallet a turn uses, or that the shopper must link their account first."""

    owner: str | None
    """The wallet owner key; None when the account must be linked (``needs_link``)."""
    shopper: LinkedShopper | None
    """Set when a linked account owns the wallet: ``AccountLinks.confirm`` it before paying."""

    @property
    def needs_link(self) -> bool:
        return self.owner is None


def resolve_owner(
    links: AccountLinks | None,
    user_token: str | None,
    person_token: str | None,
    unlinked_owner: str,
) -> OwnerResolution:
    """The rules of the module docstring; no store request.

    ``links`` is None when account linking is not configured (development): the owner is then
    ``unlinked_owner`` (``skill.state.owner_key(user, person)``). Otherwise the person's token
    when Alexa sends one (an expired one is not replaced by the user's), else the user's, names
    the linked account; no valid token means ``needs_link``.
    """
    if links is None:
        return OwnerResolution(unlinked_owner, None)
    # A voice profile that linked its own account never falls back to another one's wallet.
    shopper = links.identify(person_token) if person_token else links.identify(user_token)
    if shopper is None:
        return OwnerResolution(None, None)
    return OwnerResolution(shopper.owner, shopper)
