"""Wallet helpers for conversation tests: a shopper enrolled with a sandbox card and a PIN."""

from payments.address import Address
from skill.state import owner_key

PIN = "4826"
SHOPPER = "amzn1.ask.account.BUYER"


def enroll(skill, user=SHOPPER, card="tok_visa", person=None):
    address = Address("Camille Martin", "12 rue des Lilas", "75011", "Paris", "FR")
    skill.services.wallets.enroll(owner_key(user, person), card, address, PIN)


def sandbox_charges(store):
    return [i for i in store.query("sandbox") if i.sk.startswith("ch#")]
