"""Where the merchants package keeps its data in the single table::

    pk                          sk                      holds
    merchantuser#<user_id>      profile                 the user: e-mail, role, argon2id password
                                                        hash, active flag
    merchantemail#<sha256>      user                    the user id: one user per e-mail, created
                                                        with expect=0 with the user
    merchant#users              user#<user_id>          the list of users (e-mail, role)
    merchant#audit              at#<at:010d>#<random>   one entry per merchant action that changes
                                                        money or content: who, role, what, when

Sign-in failures and rate limits reuse ``accounts.throttle`` with subjects of their own
(``merchant:<e-mail>``, kind ``merchant-signin``), so a shopper's failures never lock a merchant.
"""

from __future__ import annotations

from accounts.keys import digest

USERS_PK = "merchant#users"
USER_PREFIX = "user#"
AUDIT_PK = "merchant#audit"
AUDIT_PREFIX = "at#"


def user_key(user_id: str) -> tuple[str, str]:
    return f"merchantuser#{user_id}", "profile"


def email_key(email: str) -> tuple[str, str]:
    return f"merchantemail#{digest(email)}", "user"


def listing_key(user_id: str) -> tuple[str, str]:
    return USERS_PK, f"{USER_PREFIX}{user_id}"


def audit_key(at: int, entry_id: str) -> tuple[str, str]:
    return AUDIT_PK, f"{AUDIT_PREFIX}{at:010d}#{entry_id}"


def lockout_subject(email: str) -> str:
    """The ``accounts.throttle.Lockout`` subject of a merchant e-mail (never a shopper's)."""
    return f"merchant:{email}"
