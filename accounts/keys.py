"""Where the accounts package keeps its data in the single table (``store.base.Store``)::

    pk                          sk                  holds
    account#<account_id>        profile             the account: e-mail, argon2id password hash
                                                    (or none: code-only), locale, link version,
                                                    Stripe customer id, wallet set-up draft
    account#<account_id>        refresh#<sha256>    a refresh token, by the SHA-256 of its value:
                                                    client, scope, expiry (TTL)
    email#<sha256(e-mail)>      account             the account id: one account per e-mail,
                                                    created with expect=0 with the account
    otp#<sha256(e-mail)>        code                a one-time sign-in code: its HMAC, attempts,
                                                    expiry (TTL, 10 minutes)
    oauthcode#<sha256(code)>    code                an authorization code: client, account,
                                                    redirect URI, scope, PKCE challenge; expiry
                                                    (TTL, at most 5 minutes); deleted when used
    signin#<sha256(e-mail)>     failures            failed sign-ins in a row and the lock's end
    throttle#<kind>#<sha256>    w#<window start>    a rate-limit counter (TTL: the window)

No key holds an e-mail address, a code or a token in clear: e-mails are hashed in keys (the
account item holds the address itself), codes and tokens are stored only as hashes. Refresh
tokens live in their account's partition, so unlinking is one query and one write.
"""

from __future__ import annotations

import hashlib

PROFILE_SK = "profile"
REFRESH_PREFIX = "refresh#"


def digest(value: str) -> str:
    """SHA-256 hex of ``value``: how keys name e-mails, codes and tokens."""
    return hashlib.sha256(value.encode()).hexdigest()


def account_key(account_id: str) -> tuple[str, str]:
    return f"account#{account_id}", PROFILE_SK


def account_pk(account_id: str) -> str:
    return f"account#{account_id}"


def refresh_key(account_id: str, token: str) -> tuple[str, str]:
    return account_pk(account_id), f"{REFRESH_PREFIX}{digest(token)}"


def email_key(email: str) -> tuple[str, str]:
    return f"email#{digest(email)}", "account"


def otp_key(email: str) -> tuple[str, str]:
    return f"otp#{digest(email)}", "code"


def oauth_code_key(code: str) -> tuple[str, str]:
    return f"oauthcode#{digest(code)}", "code"


def signin_key(email: str) -> tuple[str, str]:
    return f"signin#{digest(email)}", "failures"


def throttle_key(kind: str, subject: str, window_start: int) -> tuple[str, str]:
    return f"throttle#{kind}#{digest(subject)}", f"w#{window_start}"
