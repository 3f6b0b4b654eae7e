"""The wallet: per owner, payment methods as gateway tokens, a default address, the voice PIN.

One item per owner (``keys.wallet_key``) holds everything a payment turn needs, so a PIN check
and the charge that follows read the store once. The item never holds a card number or a CVV:
a ``PaymentMethod`` is a gateway token plus ``CardFacts`` (brand, last 4, expiry), and every text
stored is checked by ``cards.clean_no_pan`` first.

PIN attempts are counted in that item under optimistic locking: a wrong attempt is a conditional
write on the version read, retried on conflict, so concurrent wrong attempts (two devices, a
duplicated request) are each counted. Three in a row lock the wallet; only ``reset_pin`` (out of
band: the companion app or web console, after account linking) unlocks it.
"""

from __future__ import annotations

import logging
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from payments.address import Address
from payments.cards import CardFacts, CardOnFile, clean_no_pan
from payments.errors import InvalidCard, InvalidInput, NoWallet, WalletExists
from payments.gateway import Gateway
from payments.keys import wallet_key
from payments.pin import MAX_ATTEMPTS, PinCheck, PinHasher, PinStatus, clean_pin
from store.base import ConditionFailed, Put, Store, StoreUnavailable

log = logging.getLogger(__name__)

_OWNER_RE = re.compile(r"^\S{1,256}$")
MAX_CONFLICTS = 50
"""Optimistic-lock retries before ``StoreUnavailable`` (never reached in practice)."""


def clean_owner(owner: str) -> str:
    """The owner key the conversation passes: opaque, non-empty, no whitespace, ≤ 256 chars."""
    if not isinstance(owner, str) or not _OWNER_RE.match(owner):
        raise InvalidInput("an owner key is 1–256 characters without spaces")
    return owner


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


@dataclass(frozen=True)
class Wallet:
    """The stored wallet of one owner."""

    owner: str
    methods: tuple[PaymentMethod, ...]
    default_method_id: str
    address: Address
    pin_hash: str = field(repr=False)
    failed_attempts: int = 0
    locked: bool = False
    created_at: int = 0
    version: int = 0

    @property
    def default_method(self) -> PaymentMethod:
        for method in self.methods:
            if method.method_id == self.default_method_id:
                return method
        raise LookupError("the default payment method is missing")  # a broken invariant

    @property
    def attempts_left(self) -> int:
        return 0 if self.locked else max(0, MAX_ATTEMPTS - self.failed_attempts)

    def to_json(self) -> dict:
        return {
            "owner": self.owner,
            "methods": [m.to_json() for m in self.methods],
            "default_method_id": self.default_method_id,
            "address": self.address.to_json(),
            "pin_hash": self.pin_hash,
            "failed_attempts": self.failed_attempts,
            "locked": self.locked,
            "created_at": self.created_at,
        }

    @classmethod
    def from_json(cls, data: dict, version: int) -> Wallet:
        return cls(
            owner=data["owner"],
            methods=tuple(PaymentMethod.from_json(m) for m in data["methods"]),
            default_method_id=data["default_method_id"],
            address=Address.from_json(data["address"]),
            pin_hash=data["pin_hash"],
            failed_attempts=int(data["failed_attempts"]),
            locked=bool(data["locked"]),
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
    address_short: str
    locked: bool
    attempts_left: int

    @property
    def default_method(self) -> MaskedMethod:
        return next(m for m in self.methods if m.is_default)


def _view(wallet: Wallet) -> WalletView:
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
    )


class Wallets:
    """Wallet operations over a store: enroll, show, check_pin, reset_pin."""

    def __init__(
        self,
        store: Store,
        gateway: Gateway,
        hasher: PinHasher,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._store = store
        self._gateway = gateway
        self._hasher = hasher
        self._clock = clock

    def get(self, owner: str) -> Wallet | None:
        item = self._store.get(*wallet_key(clean_owner(owner)))
        return Wallet.from_json(item.data, item.version) if item else None

    def enroll(self, owner: str, card_token: str, address: Address, pin: str) -> WalletView:
        """Create the owner's wallet with one card (the default), an address and a PIN.

        The gateway resolves the token to card facts; a token that looks like a card number is
        refused before anyone sees it. Raises ``WalletExists`` if the owner already enrolled.
        """
        clean_owner(owner)
        clean_pin(pin)
        if not isinstance(address, Address):
            raise InvalidInput("address must be an Address")
        on_file = self._describe(card_token)
        now = self._clock()
        method = PaymentMethod(method_id="m1", token=on_file.token, card=on_file.card)
        wallet = Wallet(
            owner=owner,
            methods=(method,),
            default_method_id=method.method_id,
            address=address,
            pin_hash=self._hasher.hash(pin),
            created_at=int(now),
        )
        try:
            self._store.write([Put(*wallet_key(owner), wallet.to_json(), expect=0)])
        except ConditionFailed:
            raise WalletExists("this owner already has a wallet") from None
        log.info("wallet enrolled with a %s card", method.card.brand_name)
        return _view(replace(wallet, version=1))

    def _describe(self, card_token: str) -> CardOnFile:
        """The guard before a card enters a wallet: a token, not a number; not expired."""
        if not isinstance(card_token, str) or not card_token:
            raise InvalidInput("a card token is required")
        clean_no_pan(card_token, "card token")
        on_file = self._gateway.describe(card_token)
        clean_no_pan(on_file.token, "card token")
        if on_file.card.expired(self._clock()):
            raise InvalidCard("this card has expired")
        return on_file

    def show(self, owner: str) -> WalletView | None:
        """The masked wallet, or None when the owner has not enrolled."""
        wallet = self.get(owner)
        return _view(wallet) if wallet else None

    def add_payment_method(
        self, owner: str, card_token: str, *, make_default: bool = True
    ) -> WalletView:
        """Add a card (e.g. after a decline, from the companion app); by default it becomes
        the card charged next. A token already in the wallet is not added twice."""
        clean_owner(owner)
        on_file = self._describe(card_token)

        def add(wallet: Wallet) -> Wallet:
            existing = next((m for m in wallet.methods if m.token == on_file.token), None)
            if existing is None:
                number = 1 + max(int(m.method_id[1:]) for m in wallet.methods)
                existing = PaymentMethod(f"m{number}", on_file.token, on_file.card)
                wallet = replace(wallet, methods=(*wallet.methods, existing))
            if make_default:
                wallet = replace(wallet, default_method_id=existing.method_id)
            return wallet

        wallet = self._update(owner, add)
        log.info("payment method added (%s)", on_file.card.brand_name)
        return _view(wallet)

    def reset_pin(self, owner: str, new_pin: str) -> None:
        """Set a new PIN and unlock (out of band only: never from a voice turn)."""
        clean_owner(owner)
        new_hash = self._hasher.hash(clean_pin(new_pin))
        self._update(
            owner,
            lambda w: replace(w, pin_hash=new_hash, failed_attempts=0, locked=False),
        )
        log.info("wallet PIN reset and unlocked")

    def check_pin(self, owner: str, pin: str) -> PinCheck:
        """Check a 4-digit PIN and count the attempt in the store.

        A locked wallet answers ``LOCKED`` without looking at the PIN (so the right PIN after
        three wrong ones still fails). A wrong PIN is counted by a conditional write retried on
        conflict, so concurrent wrong attempts are all counted; the third locks the wallet and
        answers ``LOCKED``. A right PIN resets the counter (and rehashes if parameters changed).
        """
        return self.verify(owner, pin)[0]

    def verify(self, owner: str, pin: str) -> tuple[PinCheck, Wallet | None]:
        """``check_pin``, also returning the wallet as read (checkout charges its default card)."""
        clean_owner(owner)
        clean_pin(pin)
        verified: tuple[str, bool] | None = None  # (hash checked, result): argon2 once per hash
        for _ in range(MAX_CONFLICTS):
            wallet = self.get(owner)
            if wallet is None:
                return PinCheck(PinStatus.NO_WALLET, 0), None
            if wallet.locked:
                return PinCheck(PinStatus.LOCKED, 0), wallet
            if verified is None or verified[0] != wallet.pin_hash:
                verified = (wallet.pin_hash, self._hasher.verify(wallet.pin_hash, pin))
            if verified[1]:
                rehash = self._hasher.needs_rehash(wallet.pin_hash)
                if wallet.failed_attempts == 0 and not rehash:
                    return PinCheck(PinStatus.OK, MAX_ATTEMPTS), wallet
                changed = replace(wallet, failed_attempts=0)
                if rehash:
                    changed = replace(changed, pin_hash=self._hasher.hash(pin))
                if self._try_write(changed):
                    return PinCheck(PinStatus.OK, MAX_ATTEMPTS), _next(changed)
                continue
            failed = wallet.failed_attempts + 1
            locked = failed >= MAX_ATTEMPTS
            changed = replace(wallet, failed_attempts=failed, locked=locked)
            if self._try_write(changed):
                if locked:
                    log.warning("wallet locked after %d wrong PINs", failed)
                    return PinCheck(PinStatus.LOCKED, 0), _next(changed)
                log.info("wrong PIN, %d attempts left", MAX_ATTEMPTS - failed)
                return PinCheck(PinStatus.WRONG, MAX_ATTEMPTS - failed), _next(changed)
        raise StoreUnavailable("too many concurrent updates of one wallet")

    def _try_write(self, wallet: Wallet) -> bool:
        """Write ``wallet`` over the version it was read at; False if someone wrote first."""
        try:
            self._store.write(
                [Put(*wallet_key(wallet.owner), wallet.to_json(), expect=wallet.version)]
            )
        except ConditionFailed:
            time.sleep(random.uniform(0, 0.005))  # de-synchronise racing writers
            return False
        return True

    def _update(self, owner: str, change: Callable[[Wallet], Wallet]) -> Wallet:
        for _ in range(MAX_CONFLICTS):
            wallet = self.get(owner)
            if wallet is None:
                raise NoWallet("this owner has no wallet")
            changed = change(wallet)
            if self._try_write(changed):
                return _next(changed)
        raise StoreUnavailable("too many concurrent updates of one wallet")


def _next(wallet: Wallet) -> Wallet:
    """The wallet as it is after a successful write of it."""
    return replace(wallet, version=wallet.version + 1)
