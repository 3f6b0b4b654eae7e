"""The wallets of a store: enroll, show, the PIN check and its lock (what a wallet holds is
``payments.wallet_records``; managing it out of band is ``payments.wallet_admin``).

**The PIN lock** (``verify``) is linearizable: an attempt is counted in that item by a
conditional write *before* its PIN is compared (argon2, once per attempt, outside any retry
loop), so under any interleaving at most ``MAX_ATTEMPTS`` (3) PINs are compared per lock
period, and the fourth attempt is refused unread. The third wrong PIN locks the wallet; then
even the right PIN is refused until the PIN is set again out of band (``reset_pin``,
``wallet_admin``). A right PIN resets the counter with a conditional write too, but only when
no other attempt was counted after it (its ``pin_claim`` is still the wallet's): under
concurrent guesses the right PIN is accepted, once, yet frees no attempt for the others, so a
burst of guesses still locks. A caller that finds three attempts counted, one of them still
being compared (``pin_busy_until``), waits up to ``PIN_WAIT`` seconds for its outcome.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import replace

from payments.address import Address
from payments.cards import CardOnFile, clean_no_pan
from payments.errors import InvalidCard, InvalidInput, NoWallet, WalletExists
from payments.exactly_once import Poll, new_claim_id
from payments.gateway import Gateway
from payments.keys import wallet_key
from payments.pin import MAX_ATTEMPTS, PinCheck, PinHasher, PinStatus, clean_pin
from payments.wallet_records import (
    PaymentMethod,
    SavedAddress,
    Wallet,
    WalletView,
    clean_owner,
    next_id,
    view_of,
)
from store.base import ConditionFailed, Put, Store, StoreUnavailable

log = logging.getLogger(__name__)

MAX_CONFLICTS = 50
"""Optimistic-lock retries before ``StoreUnavailable`` (never reached in practice)."""
PIN_BUSY = 10
"""Seconds an attempt counted may take to be compared (argon2: milliseconds); after that, a
third attempt that never finished (its process died) counts as wrong."""
PIN_WAIT = 2.0
"""Seconds an attempt waits, when three are counted and the last is being compared."""


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

    @property
    def store(self) -> Store:
        return self._store

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
        on_file = self.describe_card(card_token)
        now = self._clock()
        method = PaymentMethod(method_id="m1", token=on_file.token, card=on_file.card)
        wallet = Wallet(
            owner=owner,
            methods=(method,),
            default_method_id=method.method_id,
            addresses=(SavedAddress("a1", address),),
            default_address_id="a1",
            pin_hash=self._hasher.hash(pin),
            created_at=int(now),
        )
        try:
            self._store.write([Put(*wallet_key(owner), wallet.to_json(), expect=0)])
        except ConditionFailed:
            raise WalletExists("this owner already has a wallet") from None
        log.info("wallet enrolled with a %s card", method.card.brand_name)
        return view_of(replace(wallet, version=1))

    def describe_card(self, card_token: str) -> CardOnFile:
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
        return view_of(wallet) if wallet else None

    def add_payment_method(
        self, owner: str, card_token: str, *, make_default: bool = True
    ) -> WalletView:
        """Add a card (e.g. after a decline, from the companion app); by default it becomes
        the card charged next. A token already in the wallet is not added twice."""
        clean_owner(owner)
        on_file = self.describe_card(card_token)

        def add(wallet: Wallet) -> Wallet:
            existing = next((m for m in wallet.methods if m.token == on_file.token), None)
            if existing is None:
                method_id = next_id("m", [m.method_id for m in wallet.methods])
                existing = PaymentMethod(method_id, on_file.token, on_file.card)
                wallet = replace(wallet, methods=(*wallet.methods, existing))
            if make_default:
                wallet = replace(wallet, default_method_id=existing.method_id)
            return wallet

        wallet = self.update(owner, add)
        log.info("payment method added (%s)", on_file.card.brand_name)
        return view_of(wallet)

    def reset_pin(self, owner: str, new_pin: str) -> None:
        """Set a new PIN and unlock (out of band only: never from a voice turn)."""
        clean_owner(owner)
        new_hash = self._hasher.hash(clean_pin(new_pin))
        self.update(
            owner,
            lambda w: replace(w, pin_hash=new_hash, failed_attempts=0, locked=False),
        )
        log.info("wallet PIN reset and unlocked")

    def check_pin(self, owner: str, pin: str) -> PinCheck:
        """Check a 4-digit PIN, counting the attempt in the store first (see the module docstring).

        ``LOCKED`` when no attempt is left (the PIN is not compared) and for the third wrong PIN;
        ``WRONG`` with the attempts left; ``OK`` for a right PIN compared within the first three.
        """
        return self.verify(owner, pin)[0]

    def verify(self, owner: str, pin: str) -> tuple[PinCheck, Wallet | None]:
        """``check_pin``, also returning the wallet as read (checkout charges its default card)."""
        clean_owner(owner)
        clean_pin(pin)
        counted = self._count_attempt(owner)
        if not isinstance(counted, Wallet):
            return counted
        if self._hasher.verify(counted.pin_hash, pin):
            return PinCheck(PinStatus.OK, MAX_ATTEMPTS), self._pin_right(counted, pin)
        return self._pin_wrong(counted)

    def _count_attempt(self, owner: str) -> Wallet | tuple[PinCheck, Wallet | None]:
        """Count one attempt by a conditional write; the wallet as written (its ``pin_claim``
        is this attempt's), or the answer when no attempt is left. Nothing is compared here."""
        claim = new_claim_id()
        poll = Poll(PIN_WAIT)
        for _ in range(MAX_CONFLICTS):
            wallet = self.get(owner)
            if wallet is None:
                return PinCheck(PinStatus.NO_WALLET, 0), None
            now = int(self._clock())
            if wallet.attempts_left == 0:
                if not wallet.locked and (wallet.pin_busy_until or 0) > now and poll.again():
                    continue  # the last attempt is being compared; if right, it resets
                return PinCheck(PinStatus.LOCKED, 0), wallet
            counted = replace(
                wallet,
                failed_attempts=wallet.failed_attempts + 1,
                pin_claim=claim,
                pin_busy_until=now + PIN_BUSY,
            )
            try:
                if self._try_write(counted):
                    return _next(counted)
            except StoreUnavailable:
                current = self.get(owner)  # a timed-out write may have landed
                if current is not None and current.pin_claim == claim:
                    return current
                raise
        raise StoreUnavailable("too many concurrent updates of one wallet")

    def _pin_right(self, counted: Wallet, pin: str) -> Wallet:
        """Reset the counter, unless another attempt was counted after this one (or the PIN
        was set again): then the counter stays as the others left it. Rehashes if needed."""
        new_hash = self._hasher.hash(pin) if self._hasher.needs_rehash(counted.pin_hash) else None
        wallet: Wallet | None = counted
        for _ in range(MAX_CONFLICTS):
            if wallet is None or not _same_attempt(wallet, counted):
                break
            reset = replace(
                wallet,
                failed_attempts=0,
                pin_busy_until=None,
                pin_hash=new_hash or wallet.pin_hash,
            )
            try:
                if self._try_write(reset):
                    return _next(reset)
            except StoreUnavailable:
                log.warning("right PIN; the attempt stays counted (store unavailable)")
                break
            wallet = self.get(counted.owner)
        return wallet or counted

    def _pin_wrong(self, counted: Wallet) -> tuple[PinCheck, Wallet | None]:
        """A wrong PIN was counted already; the last attempt also locks the wallet."""
        left = MAX_ATTEMPTS - counted.failed_attempts
        if left > 0:
            log.info("wrong PIN, %d attempts left", left)
            return PinCheck(PinStatus.WRONG, left), counted
        wallet: Wallet | None = counted
        for _ in range(MAX_CONFLICTS):
            if wallet is None or not _same_attempt(wallet, counted):
                break  # the PIN was set again meanwhile: nothing to lock
            locked = replace(wallet, locked=True, pin_busy_until=None)
            try:
                if self._try_write(locked):
                    log.warning("wallet locked after %d wrong PINs", MAX_ATTEMPTS)
                    return PinCheck(PinStatus.LOCKED, 0), _next(locked)
            except StoreUnavailable:
                break  # three attempts counted, the last one no longer busy: locked anyway
            wallet = self.get(counted.owner)
        return PinCheck(PinStatus.LOCKED, 0), wallet

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

    def update(self, owner: str, change: Callable[[Wallet], Wallet]) -> Wallet:
        """Apply ``change`` to the owner's wallet under optimistic locking (re-read and re-applied
        on conflict); returns the wallet as written. Raises ``NoWallet``."""
        for _ in range(MAX_CONFLICTS):
            wallet = self.get(owner)
            if wallet is None:
                raise NoWallet("this owner has no wallet")
            changed = change(wallet)
            if self._try_write(changed):
                return _next(changed)
        raise StoreUnavailable("too many concurrent updates of one wallet")


def _same_attempt(wallet: Wallet, counted: Wallet) -> bool:
    """No attempt was counted after ``counted`` and the PIN was not set again since."""
    return wallet.pin_claim == counted.pin_claim and wallet.pin_hash == counted.pin_hash


def _next(wallet: Wallet) -> Wallet:
    """The wallet as it is after a successful write of it."""
    return replace(wallet, version=wallet.version + 1)
