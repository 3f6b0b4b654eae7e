"""Every error the payments package raises, in one hierarchy.

Declines, wrong PINs and locked wallets are *results* (see ``pin.PinStatus``,
``gateway.ChargeResult``, ``checkout.PlaceStatus``): they are part of a normal conversation.
Exceptions are kept for what the caller must not ignore::

    PaymentError
    ├── InvalidInput (ValueError)     the caller passed something that must never reach money code
    │   ├── InvalidPin                not exactly four ASCII digits (never echoes the value)
    │   │   └── WeakPin               a new PIN too easy to guess (1234, 0000, ...)
    │   ├── LooksLikeCardNumber       13–19 digits where only a token, a name or an address belongs
    │   ├── InvalidAddress            a delivery address we could not ship to or read out
    │   ├── InvalidOrder              lines, fee and total do not add up, mixed currencies, ...
    │   └── InvalidCard               card facts that cannot be true (month 13, expired card)
    ├── NoWallet                      the owner has not enrolled
    ├── WalletExists                  enroll called twice for one owner
    ├── GatewayError                  the gateway refused the request itself: nothing was charged
    │   ├── UnknownPaymentMethod      the gateway does not know this token
    │   └── GatewayTransientError     no answer (timeout, rate limit, 5xx): the outcome is unknown;
    │                                 retry later with the *same* idempotency key
    └── ConfigurationError            a missing or weak setting (pepper, API key)

``store.base.StoreUnavailable`` passes through unchanged: tell the shopper to try again.
"""

from __future__ import annotations


class PaymentError(Exception):
    """Base of every payments error."""


class InvalidInput(PaymentError, ValueError):
    """Input that must never reach money code."""


class InvalidPin(InvalidInput):
    """A PIN that is not exactly four digits. Never carries the value."""


class WeakPin(InvalidPin):
    """A PIN the shopper chose that is too easy to guess (``wallet_records.WEAK_PINS``)."""


class LooksLikeCardNumber(InvalidInput):
    """A field holds what looks like a card number (PAN); we store tokens only."""


class InvalidAddress(InvalidInput):
    """A delivery address missing a part we need, or malformed."""


class InvalidOrder(InvalidInput):
    """A pending order whose parts do not add up."""


class InvalidCard(InvalidInput):
    """Card facts that cannot be true, or a card already expired."""


class NoWallet(PaymentError):
    """The owner has no wallet."""


class WalletExists(PaymentError):
    """The owner already has a wallet."""


class GatewayError(PaymentError):
    """The gateway refused the request itself (bad key, bad parameters): nothing was charged."""


class UnknownPaymentMethod(GatewayError):
    """The gateway does not know this payment token."""


class GatewayTransientError(GatewayError):
    """The gateway did not answer: the outcome is unknown. Retry with the same idempotency key."""


class ConfigurationError(PaymentError):
    """A setting is missing or too weak."""
