"""Managing a wallet out of band: the shopper's web pages (after signing in) and the CLI.

Never from a voice turn. Every change is one conditional write over the version read
(``Wallets.update``), re-applied on conflict, so it never loses a concurrent PIN attempt count.

Rules, each checked here and nowhere else:

- a wallet always has at least one card and one address, each with exactly one default: the
  default cannot be removed (choose another first), nor the last one (erase the wallet instead);
- a PIN the shopper chooses is typed twice and is not one of ``wallet_records.WEAK_PINS``;
- setting a PIN unlocks the wallet and clears the failed attempts (the caller has just
  re-authenticated the shopper: that is what makes it safe);
- ``erase`` deletes the wallet item: card tokens, addresses, PIN hash. Orders and donation
  records are not the wallet's and stay (the merchant must keep them).
"""

from __future__ import annotations

import logging
from dataclasses import replace

from payments.address import Address
from payments.errors import InvalidInput, InvalidPin, NoWallet
from payments.keys import wallet_key
from payments.wallet import MAX_CONFLICTS, Wallets
from payments.wallet_records import (
    SavedAddress,
    Wallet,
    WalletView,
    clean_new_pin,
    clean_owner,
    next_id,
    view_of,
)
from store.base import ConditionFailed, Delete, StoreUnavailable

log = logging.getLogger(__name__)

MAX_ADDRESSES = 10
MAX_CARDS = 10


class WalletRefused(InvalidInput):
    """A change the wallet's rules refuse; ``code`` names the rule (for a translated message):
    ``unknown_card``, ``default_card``, ``last_card``, ``too_many_cards``, ``unknown_address``,
    ``default_address``, ``last_address``, ``too_many_addresses``."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class PinsDiffer(InvalidPin):
    """The PIN and its confirmation differ. Carries neither."""


class WalletAdmin:
    """Out-of-band wallet management over ``Wallets``; see the module docstring."""

    def __init__(self, wallets: Wallets) -> None:
        self._wallets = wallets

    def show(self, owner: str) -> WalletView | None:
        return self._wallets.show(owner)

    # --- creating and erasing ------------------------------------------------------------------

    def create(
        self, owner: str, card_token: str, address: Address, pin: str, pin_again: str
    ) -> WalletView:
        """A new wallet from the shopper's first card, address and PIN (typed twice)."""
        return self._wallets.enroll(owner, card_token, address, _chosen_pin(pin, pin_again))

    def erase(self, owner: str) -> bool:
        """Delete the wallet; False when there was none. Orders and donations stay."""
        store = self._wallets.store
        for _ in range(MAX_CONFLICTS):
            wallet = self._wallets.get(owner)
            if wallet is None:
                return False
            try:
                store.write([Delete(*wallet_key(clean_owner(owner)), expect=wallet.version)])
            except ConditionFailed:
                continue
            log.info("wallet erased")
            return True
        raise StoreUnavailable("too many concurrent updates of one wallet")

    # --- cards -----------------------------------------------------------------------------------

    def add_card(self, owner: str, card_token: str, *, make_default: bool = True) -> WalletView:
        """A card from the gateway's hosted fields (a token), by default the one charged next."""
        wallet = self._wallets.get(owner)
        if wallet is not None and len(wallet.methods) >= MAX_CARDS:
            raise WalletRefused("too_many_cards", f"a wallet holds at most {MAX_CARDS} cards")
        return self._wallets.add_payment_method(owner, card_token, make_default=make_default)

    def set_default_card(self, owner: str, method_id: str) -> WalletView:
        def change(wallet: Wallet) -> Wallet:
            _method(wallet, method_id)
            return replace(wallet, default_method_id=method_id)

        return view_of(self._wallets.update(owner, change))

    def remove_card(self, owner: str, method_id: str) -> WalletView:
        def change(wallet: Wallet) -> Wallet:
            _method(wallet, method_id)
            if len(wallet.methods) == 1:
                raise WalletRefused("last_card", "the only card cannot be removed")
            if method_id == wallet.default_method_id:
                raise WalletRefused("default_card", "choose another default card first")
            kept = tuple(m for m in wallet.methods if m.method_id != method_id)
            return replace(wallet, methods=kept)

        view = view_of(self._wallets.update(owner, change))
        log.info("payment method removed")
        return view

    # --- addresses -------------------------------------------------------------------------------

    def add_address(
        self, owner: str, address: Address, *, make_default: bool = False
    ) -> WalletView:
        if not isinstance(address, Address):
            raise InvalidInput("address must be an Address")

        def change(wallet: Wallet) -> Wallet:
            if len(wallet.addresses) >= MAX_ADDRESSES:
                raise WalletRefused(
                    "too_many_addresses", f"a wallet holds at most {MAX_ADDRESSES} addresses"
                )
            same = next((a for a in wallet.addresses if a.address == address), None)
            if same is None:
                same = SavedAddress(next_id("a", [a.address_id for a in wallet.addresses]), address)
                wallet = replace(wallet, addresses=(*wallet.addresses, same))
            if make_default:
                wallet = replace(wallet, default_address_id=same.address_id)
            return wallet

        return view_of(self._wallets.update(owner, change))

    def set_default_address(self, owner: str, address_id: str) -> WalletView:
        def change(wallet: Wallet) -> Wallet:
            _address(wallet, address_id)
            return replace(wallet, default_address_id=address_id)

        return view_of(self._wallets.update(owner, change))

    def remove_address(self, owner: str, address_id: str) -> WalletView:
        def change(wallet: Wallet) -> Wallet:
            _address(wallet, address_id)
            if len(wallet.addresses) == 1:
                raise WalletRefused("last_address", "the only address cannot be removed")
            if address_id == wallet.default_address_id:
                raise WalletRefused("default_address", "choose another default address first")
            kept = tuple(a for a in wallet.addresses if a.address_id != address_id)
            return replace(wallet, addresses=kept)

        return view_of(self._wallets.update(owner, change))

    # --- the PIN ---------------------------------------------------------------------------------

    def set_pin(self, owner: str, pin: str, pin_again: str) -> WalletView:
        """Set a new PIN (typed twice), unlock the wallet and clear its failed attempts.

        Only after the shopper re-authenticated (see the module docstring).
        """
        self._wallets.reset_pin(owner, _chosen_pin(pin, pin_again))
        view = self._wallets.show(owner)
        if view is None:
            raise NoWallet("this owner has no wallet")
        return view


def _chosen_pin(pin: str, pin_again: str) -> str:
    clean_new_pin(pin)
    if not isinstance(pin_again, str) or pin != pin_again:
        raise PinsDiffer("the two PINs differ")
    return pin


def _method(wallet: Wallet, method_id: str) -> None:
    if not any(m.method_id == method_id for m in wallet.methods):
        raise WalletRefused("unknown_card", "no such card in this wallet")


def _address(wallet: Wallet, address_id: str) -> None:
    if not any(a.address_id == address_id for a in wallet.addresses):
        raise WalletRefused("unknown_address", "no such address in this wallet")


__all__ = ["NoWallet", "PinsDiffer", "WalletAdmin", "WalletRefused"]
