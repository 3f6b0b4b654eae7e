"""Fixtures for the payments tests: a sandbox gateway, wallets and checkout on each store."""

from __future__ import annotations

import pytest

from payments.address import Address
from payments.agreement import OrderLine, PendingOrder
from payments.checkout import Checkout
from payments.money import Money
from payments.pin import PinHasher
from payments.sandbox import SandboxGateway
from payments.wallet import Wallets

PEPPER = "test-pepper-not-for-production-0123"
PIN = "4826"
OWNER = "amzn-user-hash:person-1"


@pytest.fixture
def hasher() -> PinHasher:
    return PinHasher(PEPPER)


@pytest.fixture
def address() -> Address:
    return Address(
        recipient="Zoé Martin",
        line1="12 rue des Lilas",
        postal_code="75020",
        city="Paris",
        country="FR",
    )


@pytest.fixture
def sandbox(store, clock) -> SandboxGateway:
    return SandboxGateway(store, clock=clock)


@pytest.fixture
def wallets(store, sandbox, hasher, clock) -> Wallets:
    return Wallets(store, sandbox, hasher, clock=clock)


@pytest.fixture
def checkout(store, wallets, sandbox, clock) -> Checkout:
    return Checkout(store, wallets, sandbox, clock=clock, wait=10.0)


@pytest.fixture
def enrolled(wallets, address) -> str:
    """An owner enrolled with tok_visa and PIN."""
    wallets.enroll(OWNER, "tok_visa", address, PIN)
    return OWNER


def make_pending(address: Address, nonce: str = "nonce-0001", qty: int = 2) -> PendingOrder:
    return PendingOrder.create(
        seller="Stain Expert",
        lines=[
            OrderLine("p-wine-01", "Wine stain remover", qty, Money.of("7.99", "EUR")),
            OrderLine("p-cloth-02", "Microfibre cloth", 1, Money.of("3.50", "EUR")),
        ],
        delivery_fee=Money.of("4.90", "EUR"),
        shipping_address=address,
        nonce=nonce,
    )


@pytest.fixture
def pending(address) -> PendingOrder:
    return make_pending(address)


@pytest.fixture
def enrolled_other(wallets, address) -> str:
    """A second shopper, enrolled with tok_visa."""
    wallets.enroll("amzn-user-hash:person-2", "tok_visa", address, "1357")
    return "amzn-user-hash:person-2"
