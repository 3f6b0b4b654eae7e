"""What a wallet holds, as stored (one item per owner, ``keys.wallet_key``): payment methods as
gateway tokens with their card facts, addresses, the PIN's hash and its attempt counter; and the
masked view of it that is safe to read out or print. ``payments.wallet`` operates on it.

The item never holds a card number or a CVV: a ``PaymentMethod`` is a gateway token plus
``CardFacts`` (brand, last 4, expiry), and every text stored is checked by
``cards.clean_no_pan`` first. A wallet holds one or more cards and one or more addresses, each
with exactly one default: ``Wallet.default_method`` and ``Wallet.address`` are the defaults.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from payments.address import Address
from payments.cards import CardFacts, clean_no_pan
from payments.errors import InvalidInput, WeakPin
from payments.pin import MAX_ATTEMPTS, clean_pin
from payments.text import clean_text

_OWNER_RE = re.compile(r"^\S{1,256}$")
WEAK_PINS = frozenset(
    {f"{d}" * 4 for d in "0123456789"}
    | {"0123", "1234", "2345", "3456", "4567", "5678", "6789", "7890"}
    | {"3210", "4321", "5432", "6543", "7654", "8765", "9876", "0987"}
    | {"1212", "1010", "2020", "6969", "1004", "2000", "1122", "2580", "0852"}
)
"""PINs a shopper may not choose: repeated digits, runs, and the most guessed codes."""


def clean_owner(owner: str) -> str:
    """The owner key the conversation passes: opaque, non-empty, no whitespace, ≤ 256 chars."""
    if not isinstance(owner, str) or not _OWNER_RE.match(owner):
        raise InvalidInput("an owner key is 1–256 characters without spaces")
    return clean_text(owner, "owner key")


@dataclass(frozen=True)
class PaymentMethod:
    """A card on file: the gateway's token and the card facts. Nothing else."""

    method_id: str
    token: str
    card: CardFacts

    def __post_init__(self) -> None:
        clean_no_pan(self.token, "payment token")

    def to_json(self) -> dict:
        return {"method_id": self.method_id, "token": self.token, **self.card.to_json()}

    @classmethod
    def from_json(cls, data: dict) -> PaymentMethod:
        return cls(
            method_id=str(data["method_id"]),
            token=str(data["token"]),
            card=CardFacts.from_json(data),
        )


def clean_new_pin(pin: object) -> str:
    """A PIN the shopper chooses: four digits, and not one of ``WEAK_PINS``."""
    clean_pin(pin)
    assert isinstance(pin, str)
    if pin in WEAK_PINS:
        raise WeakPin("this PIN is too easy to guess: avoid repeated digits and runs like 1234")
    return pin


@dataclass(frozen=True)
class SavedAddress:
    """An address in a wallet, with its id there (``a1``, ``a2``...)."""

    address_id: str
    address: Address

    def to_json(self) -> dict:
        return {"address_id": self.address_id, **self.address.to_json()}

    @classmethod
    def from_json(cls, data: dict) -> SavedAddress:
        return cls(address_id=str(data["address_id"]), address=Address.from_json(data))


def next_id(prefix: str, ids: list[str]) -> str:
    """``m3`` after ``m1``, ``m2``: one past the highest id in the wallet now."""
    return f"{prefix}{1 + max((int(i[len(prefix) :]) for i in ids), default=0)}"


@dataclass(frozen=True)
class Wallet:
    """The stored wallet of one owner."""

    owner: str
    methods: tuple[PaymentMethod, ...]
    default_method_id: str
    addresses: tuple[SavedAddress, ...]
    default_address_id: str
    pin_hash: str = field(repr=False)
    failed_attempts: int = 0
    """PIN attempts counted since the last reset (each before its PIN was compared)."""
    locked: bool = False
    pin_claim: str | None = None
    """Random id of the last attempt counted: whether an attempt was counted after it."""
    pin_busy_until: int | None = None
    """Until then the last attempt counted may still be being compared."""
    created_at: int = 0
    version: int = 0

    @property
    def default_method(self) -> PaymentMethod:
        for method in self.methods:
            if method.method_id == self.default_method_id:
                return method
        raise LookupError("the default payment method is missing")  # a broken invariant

    @property
    def address(self) -> Address:
        """The default delivery address."""
        for saved in self.addresses:
            if saved.address_id == self.default_address_id:
                return saved.address
        raise LookupError("the default address is missing")  # a broken invariant

    @property
    def attempts_left(self) -> int:
        return 0 if self.locked else max(0, MAX_ATTEMPTS - self.failed_attempts)

    def to_json(self) -> dict:
        return {
            "owner": self.owner,
            "methods": [m.to_json() for m in self.methods],
            "default_method_id": self.default_method_id,
            "addresses": [a.to_json() for a in self.addresses],
            "default_address_id": self.default_address_id,
            "pin_hash": self.pin_hash,
            "failed_attempts": self.failed_attempts,
            "locked": self.locked,
            "pin_claim": self.pin_claim,
            "pin_busy_until": self.pin_busy_until,
            "created_at": self.created_at,
        }

    @classmethod
    def from_json(cls, data: dict, version: int) -> Wallet:
        if "addresses" in data:
            addresses = tuple(SavedAddress.from_json(a) for a in data["addresses"])
            default_address_id = data["default_address_id"]
        else:  # a wallet written before several addresses: its one address is the default
            addresses = (SavedAddress("a1", Address.from_json(data["address"])),)
            default_address_id = "a1"
        return cls(
            owner=data["owner"],
            methods=tuple(PaymentMethod.from_json(m) for m in data["methods"]),
            default_method_id=data["default_method_id"],
            addresses=addresses,
            default_address_id=default_address_id,
            pin_hash=data["pin_hash"],
            failed_attempts=int(data["failed_attempts"]),
            locked=bool(data["locked"]),
            pin_claim=data.get("pin_claim"),
            pin_busy_until=data.get("pin_busy_until"),
            created_at=int(data["created_at"]),
            version=version,
        )


@dataclass(frozen=True)
class MaskedMethod:
    method_id: str
    brand: str
    last4: str
    expiry: str
    is_default: bool
    spoken: str
    """Like "Visa ending in 4242"."""


@dataclass(frozen=True)
class WalletView:
    """What ``show`` returns: masked, safe to read out or print."""

    methods: tuple[MaskedMethod, ...]
    address: Address
    """The default address."""
    address_short: str
    locked: bool
    attempts_left: int
    addresses: tuple[SavedAddress, ...] = ()
    default_address_id: str = ""

    @property
    def default_method(self) -> MaskedMethod:
        return next(m for m in self.methods if m.is_default)


def view_of(wallet: Wallet) -> WalletView:
    """The masked view of a wallet."""
    return WalletView(
        methods=tuple(
            MaskedMethod(
                method_id=m.method_id,
                brand=m.card.brand_name,
                last4=m.card.last4,
                expiry=m.card.expiry,
                is_default=m.method_id == wallet.default_method_id,
                spoken=m.card.spoken(),
            )
            for m in wallet.methods
        ),
        address=wallet.address,
        address_short=wallet.address.short(),
        locked=wallet.locked,
        attempts_left=wallet.attempts_left,
        addresses=wallet.addresses,
        default_address_id=wallet.default_address_id,
    )
