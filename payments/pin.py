"""The voice PIN: four digits, hashed with a server-side pepper, parsed from speech.

Hashing. ``PinHasher`` computes ``argon2id(HMAC-SHA256(pepper, pin))`` with a fresh 16-byte salt.
A four-digit PIN has only 10,000 values, so no hash alone can stop an offline search of a
leaked table; what stops it is the **pepper**, which lives in settings/SSM, never in the store:
without it the stored hashes are useless. argon2id (salted, memory-hard) is the second wall for
the day both leak, and makes each guess cost a few milliseconds of a whole core. Online guessing
is stopped by the lockout (three wrong PINs, see ``wallet.Wallets.check_pin``).

Parameters (OWASP's argon2id baseline): m = 19 MiB, t = 2, p = 1, 32-byte hash, 16-byte salt.
Measured on the development machine (Xeon, Python 3.11, argon2-cffi 25.1), median of 15:
hash 18.7 ms, verify 18.5 ms. Lambda gives a 512 MB function about a third of a core, so expect
~60 ms: small beside the 8 s Alexa waits. argon2's verify compares in constant time.

The stored string is ``<pepper id>$<argon2 encoded hash>``, so a pepper can be rotated later by
keeping the old one under its id. The PIN never appears in a message, a repr or a log line.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from payments.errors import ConfigurationError, InvalidPin

PIN_LENGTH = 4
MAX_ATTEMPTS = 3
"""Three consecutive wrong PINs lock the wallet until an out-of-band ``reset_pin``."""

TIME_COST = 2
MEMORY_COST_KIB = 19 * 1024
PARALLELISM = 1
MIN_PEPPER_BYTES = 16

_PIN_RE = re.compile(r"^[0-9]{4}$")


class PinStatus(StrEnum):
    OK = "ok"
    WRONG = "wrong"
    """Wrong PIN; ``attempts_left`` more before the wallet locks."""
    LOCKED = "locked"
    """The wallet is locked (the third wrong PIN returns this too): reset it out of band."""
    NO_WALLET = "no_wallet"


@dataclass(frozen=True)
class PinCheck:
    status: PinStatus
    attempts_left: int

    @property
    def ok(self) -> bool:
        return self.status is PinStatus.OK


def clean_pin(pin: object) -> str:
    """Return the PIN if it is exactly four ASCII digits; the error never carries the value."""
    if not isinstance(pin, str) or not _PIN_RE.match(pin):
        raise InvalidPin("a PIN is exactly 4 digits")
    return pin


class PinHasher:
    """Hash and verify PINs: ``argon2id(HMAC-SHA256(pepper, pin))``. See the module docstring."""

    def __init__(
        self,
        pepper: str | bytes,
        *,
        pepper_id: str = "1",
        time_cost: int = TIME_COST,
        memory_cost: int = MEMORY_COST_KIB,
        parallelism: int = PARALLELISM,
    ) -> None:
        key = pepper.encode() if isinstance(pepper, str) else bytes(pepper)
        if len(key) < MIN_PEPPER_BYTES:
            raise ConfigurationError(f"the PIN pepper must be at least {MIN_PEPPER_BYTES} bytes")
        if not pepper_id.isalnum():
            raise ConfigurationError("the pepper id must be alphanumeric")
        self._pepper = key
        self.pepper_id = pepper_id
        # Imported here, not with the module: the skill imports this module on every cold start,
        # and only a payment turn hashes (argon2-cffi costs about 10 ms to import).
        from argon2 import PasswordHasher, Type

        self._argon = PasswordHasher(
            time_cost=time_cost,
            memory_cost=memory_cost,
            parallelism=parallelism,
            hash_len=32,
            salt_len=16,
            type=Type.ID,
        )

    def __repr__(self) -> str:
        return f"PinHasher(pepper_id={self.pepper_id!r})"

    def _keyed(self, pin: str) -> bytes:
        return hmac.new(self._pepper, clean_pin(pin).encode(), hashlib.sha256).digest()

    def hash(self, pin: str) -> str:
        return f"{self.pepper_id}${self._argon.hash(self._keyed(pin))}"

    def verify(self, stored: str, pin: str) -> bool:
        """True when ``pin`` matches ``stored``; False on mismatch or an unreadable hash."""
        pepper_id, _, encoded = stored.partition("$")
        if pepper_id != self.pepper_id:
            raise ConfigurationError(f"PIN hashed with unknown pepper id {pepper_id!r}")
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            return self._argon.verify(encoded, self._keyed(pin))
        except (VerificationError, InvalidHashError):  # VerifyMismatchError is a VerificationError
            return False

    def needs_rehash(self, stored: str) -> bool:
        """True when ``stored`` was made with other parameters or another pepper."""
        pepper_id, _, encoded = stored.partition("$")
        return pepper_id != self.pepper_id or self._argon.check_needs_rehash(encoded)


# --- Spoken PINs --------------------------------------------------------------------------------


def _fold(text: str) -> str:
    """Lowercase, without accents: "Zéro" → "zero" ."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_DIGIT_WORDS: dict[str, str] = {}
for _digit, _words in enumerate(
    [
        "zero oh null zéro cero",  # "oh" as English speakers say it
        "one un une eins uno",
        "two deux zwei dos due",
        "three trois drei tres tre",
        "four quatre vier cuatro quattro",
        "five cinq fünf cinco cinque",
        "six sechs seis sei",
        "seven sept sieben siete sette",
        "eight huit acht ocho otto",
        "nine neuf neun nueve nove",
    ]
):
    for _word in _words.split():
        _DIGIT_WORDS[_fold(_word)] = str(_digit)

_SEPARATORS = re.compile(r"[\s,.;:/\-]+")


def parse_spoken_pin(value: str | None) -> str | None:
    """Four digits from a slot value or transcript, else None.

    Accepts "4826", "4 8 2 6", "48 26", "four eight two six", "quatre huit deux six" (en, fr, de,
    es, it digit words, mixed with digits). Returns None for any other word, for letters, and for
    fewer or more than four digits: the caller counts a wrong attempt only for a 4-digit PIN.
    """
    if not isinstance(value, str):
        return None
    digits = []
    for token in _SEPARATORS.split(_fold(value).strip()):
        if not token:
            continue
        if token.isascii() and token.isdigit():
            digits.append(token)
        elif token in _DIGIT_WORDS:
            digits.append(_DIGIT_WORDS[token])
        else:
            return None
    pin = "".join(digits)
    return pin if _PIN_RE.match(pin) else None
