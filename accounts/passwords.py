"""Passwords: argon2id, and the rule a new password follows.

Parameters: OWASP's argon2id baseline (m = 19 MiB, t = 2, p = 1), as for PINs (``payments.pin``),
so a sign-in costs about 20 ms of a core here. The rule is NIST SP 800-63B's: a length (10 to 128
characters, any characters), no composition rules; plus refusing a password that is the e-mail
address or one of a few most common choices.
"""

from __future__ import annotations

from argon2 import PasswordHasher as _Argon2
from argon2 import Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from accounts.errors import InvalidAccountInput

MIN_LENGTH = 10
MAX_LENGTH = 128
_COMMON = frozenset(
    {
        "1234567890",
        "0123456789",
        "password123",
        "password1234",
        "motdepasse",
        "motdepasse1",
        "azertyuiop",
        "qwertyuiop",
        "iloveyou123",
        "1q2w3e4r5t",
        "aaaaaaaaaa",
    }
)


def clean_new_password(password: object, email: str) -> str:
    """The password if it follows the rule; the error never carries the value."""
    if not isinstance(password, str) or not MIN_LENGTH <= len(password) <= MAX_LENGTH:
        raise InvalidAccountInput(
            "password", f"a password has {MIN_LENGTH} to {MAX_LENGTH} characters"
        )
    if password.lower() in _COMMON or password.lower() == email.lower():
        raise InvalidAccountInput("password", "this password is too easy to guess")
    return password


class PasswordHasher:
    """argon2id hashes of passwords; ``verify`` is constant-time and never raises on mismatch."""

    def __init__(self, *, time_cost: int = 2, memory_cost: int = 19 * 1024) -> None:
        self._argon = _Argon2(
            time_cost=time_cost,
            memory_cost=memory_cost,
            parallelism=1,
            hash_len=32,
            salt_len=16,
            type=Type.ID,
        )
        self._dummy: str | None = None

    def hash(self, password: str) -> str:
        return self._argon.hash(password)

    def verify(self, stored: str | None, password: str) -> bool:
        """True on a match. With ``stored=None`` (no such account, or a code-only account) it
        still spends one hash's time, so timing does not tell which e-mails have a password."""
        if stored is None:
            if self._dummy is None:
                self._dummy = self._argon.hash("not a password of anyone")
            stored, password = self._dummy, password + "\0"
        try:
            return self._argon.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, stored: str) -> bool:
        return self._argon.check_needs_rehash(stored)
