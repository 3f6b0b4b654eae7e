"""Merchant users: roles, argon2id passwords, a sign-in limited per source and locked per e-mail,
kept apart from shoppers; the audit log."""

from __future__ import annotations

import pytest

from accounts.errors import (
    EmailTaken,
    InvalidAccountInput,
    InvalidCredentials,
    RateLimited,
    SignInLocked,
)
from accounts.mail import OutboxMailer
from accounts.passwords import PasswordHasher
from accounts.service import SIGNIN_LIMIT, Accounts
from merchants.audit import AuditLog
from merchants.roles import Permission, Role, allowed
from merchants.users import MerchantUsers

PASSWORD = "a merchant's long passphrase"


@pytest.fixture
def users(store, clock) -> MerchantUsers:
    return MerchantUsers(store, hasher=PasswordHasher(time_cost=1, memory_cost=1024), clock=clock)


def test_roles():
    assert allowed(Role.OWNER, Permission.REFUND) and allowed(Role.OWNER, Permission.PUBLISH)
    assert not allowed(Role.STAFF, Permission.REFUND)
    assert not allowed(Role.STAFF, Permission.PUBLISH)
    assert allowed(Role.STAFF, Permission.SHIP) and allowed(Role.STAFF, Permission.EDIT)
    assert not allowed("nobody", Permission.VIEW)


def test_add_then_sign_in(store, users):
    added = users.add("Boss@Shop.example ", PASSWORD, "owner")
    assert added.email == "boss@shop.example" and added.role is Role.OWNER
    assert added.password_hash.startswith("$argon2id$")
    assert PASSWORD not in str([i.data for i in store.query(f"merchantuser#{added.user_id}")])
    assert users.sign_in("boss@shop.example", PASSWORD, source="1.2.3.4").user_id == added.user_id
    with pytest.raises(EmailTaken):
        users.add("boss@shop.example", PASSWORD, "staff")
    with pytest.raises(InvalidAccountInput):
        users.add("new@shop.example", "short", "staff")
    assert [u.email for u in users.list()] == ["boss@shop.example"]


def test_wrong_passwords_lock_the_email_even_for_the_right_one(users):
    users.add("boss@shop.example", PASSWORD, "owner")
    for _ in range(5):
        with pytest.raises(InvalidCredentials):
            users.sign_in("boss@shop.example", "wrong password!", source="1.2.3.4")
    with pytest.raises(SignInLocked):
        users.sign_in("boss@shop.example", PASSWORD, source="1.2.3.4")


def test_sign_in_is_limited_per_source(users):
    for n in range(SIGNIN_LIMIT):
        with pytest.raises(InvalidCredentials):
            users.sign_in(f"nobody{n}@shop.example", "whatever it is", source="6.6.6.6")
    with pytest.raises(RateLimited):
        users.sign_in("another@shop.example", "whatever it is", source="6.6.6.6")


def test_a_shopper_account_is_not_a_merchant_user(store, users, clock, tmp_path):
    accounts = Accounts(store, code_key=b"k" * 32, mailer=OutboxMailer(tmp_path), clock=clock)
    accounts.sign_up("camille@example.com", PASSWORD, "fr-FR", source="1.2.3.4")
    with pytest.raises(InvalidCredentials):
        users.sign_in("camille@example.com", PASSWORD, source="1.2.3.4")
    users.add("camille@example.com", "another long passphrase", "staff")  # an e-mail of its own
    for _ in range(4):  # with the one above: the merchant e-mail is locked, not the shopper's
        with pytest.raises(InvalidCredentials):
            users.sign_in("camille@example.com", "wrong password!", source="1.2.3.5")
    with pytest.raises(SignInLocked):
        users.sign_in("camille@example.com", "another long passphrase", source="1.2.3.5")
    assert accounts.sign_in("camille@example.com", PASSWORD, source="1.2.3.6")


def test_the_audit_log_pages_newest_first(store, users, clock):
    boss = users.add("boss@shop.example", PASSWORD, "owner")
    audit = AuditLog(store, clock=clock)
    for n in range(5):
        audit.record(boss, "ship", f"o_{n}")
        clock.advance(1)
    first = audit.recent(2)
    assert [e.target for e in first] == ["o_4", "o_3"]
    assert [e.target for e in audit.recent(2, before=first[-1].key)] == ["o_2", "o_1"]
    assert first[0].email == "boss@shop.example" and first[0].role == "owner"
