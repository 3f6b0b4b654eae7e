"""Every error the accounts package raises::

    AccountError
    ├── InvalidAccountInput (ValueError)   a malformed e-mail, a password outside the rule
    ├── EmailTaken                         sign-up with an e-mail that has an account
    ├── InvalidCredentials                 wrong e-mail, password or code (never says which)
    ├── SignInLocked                       too many failures for this e-mail: ``until``
    ├── RateLimited                        too many requests from one source: ``retry_after``
    └── NoAccount                          the account does not exist (deleted)

Messages never carry a password, a code or a token.
"""

from __future__ import annotations


class AccountError(Exception):
    """Base of every accounts error."""


class InvalidAccountInput(AccountError, ValueError):
    """Input outside the rules; ``field`` names the form field at fault."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class EmailTaken(AccountError):
    """An account already uses this e-mail address."""


class InvalidCredentials(AccountError):
    """The e-mail, password or code did not match."""


class SignInLocked(AccountError):
    """Too many failed sign-ins for one e-mail: wait until ``until`` (Unix seconds)."""

    def __init__(self, until: int) -> None:
        super().__init__("sign-in is locked for a while after too many failures")
        self.until = until


class RateLimited(AccountError):
    """Too many requests from one source: retry after ``retry_after`` seconds."""

    def __init__(self, retry_after: int) -> None:
        super().__init__("too many requests; try again later")
        self.retry_after = retry_after


class NoAccount(AccountError):
    """No such account."""
