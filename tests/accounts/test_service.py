"""Accounts on both stores: sign-up, sign-in, lockout, rate limits, codes, unlink, delete."""

from __future__ import annotations

import threading

import pytest

from accounts.errors import (
    EmailTaken,
    InvalidAccountInput,
    InvalidCredentials,
    RateLimited,
    SignInLocked,
)
from accounts.keys import email_key
from accounts.oauth import new_refresh_token
from accounts.service import SIGNIN_LIMIT
from tests.accounts.conftest import all_items, last_code

EMAIL = "Zoe.Martin@Example.com"
PASSWORD = "correct horse battery"


def test_sign_up_then_sign_in(accounts):
    created = accounts.sign_up(EMAIL, PASSWORD, "fr-FR", source="1.2.3.4")
    assert created.email == "zoe.martin@example.com" and created.locale == "fr-FR"
    assert accounts.sign_in(" zoe.martin@example.com ", PASSWORD, source="1.2.3.4") == created
    assert created.password_hash.startswith("$argon2id$")


def test_wrong_password_and_unknown_email_are_the_same_error(accounts):
    accounts.sign_up(EMAIL, PASSWORD, "en-US", source="s")
    with pytest.raises(InvalidCredentials) as wrong:
        accounts.sign_in(EMAIL, "not the password", source="s")
    with pytest.raises(InvalidCredentials) as unknown:
        accounts.sign_in("nobody@example.com", PASSWORD, source="s")
    assert str(wrong.value) == str(unknown.value)


def test_five_failures_lock_the_email_even_for_the_right_password(accounts, clock):
    accounts.sign_up(EMAIL, PASSWORD, "en-US", source="s")
    for _ in range(5):
        with pytest.raises(InvalidCredentials):
            accounts.sign_in(EMAIL, "wrong password!", source="s")
    with pytest.raises(SignInLocked) as locked:
        accounts.sign_in(EMAIL, PASSWORD, source="s")
    assert locked.value.until == int(clock()) + 15 * 60
    clock.advance(15 * 60 + 1)
    assert accounts.sign_in(EMAIL, PASSWORD, source="s").email == EMAIL.lower()


def test_concurrent_failures_are_all_counted(accounts):
    accounts.sign_up(EMAIL, PASSWORD, "en-US", source="s")
    barrier = threading.Barrier(5)

    def fail() -> None:
        barrier.wait()
        with pytest.raises((InvalidCredentials, SignInLocked)):
            accounts.sign_in(EMAIL, "wrong password!", source="s")

    threads = [threading.Thread(target=fail) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with pytest.raises(SignInLocked):
        accounts.sign_in(EMAIL, PASSWORD, source="s")


def test_one_source_is_rate_limited(accounts, clock):
    for n in range(SIGNIN_LIMIT):
        with pytest.raises(InvalidCredentials):
            accounts.sign_in(f"nobody{n}@example.com", "whatever-pass", source="9.9.9.9")
    with pytest.raises(RateLimited) as limited:
        accounts.sign_in("nobody@example.com", "whatever-pass", source="9.9.9.9")
    assert 0 < limited.value.retry_after <= 600
    with pytest.raises(InvalidCredentials):  # another source is not affected
        accounts.sign_in("nobody@example.com", "whatever-pass", source="8.8.8.8")


def test_one_account_per_email_even_when_racing(accounts):
    results: list[object] = []
    barrier = threading.Barrier(4)

    def sign_up() -> None:
        barrier.wait()
        try:
            results.append(accounts.sign_up(EMAIL, PASSWORD, "en-US", source="s"))
        except EmailTaken as exc:
            results.append(exc)

    threads = [threading.Thread(target=sign_up) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(not isinstance(r, EmailTaken) for r in results) == 1


@pytest.mark.parametrize(
    ("email", "password", "field"),
    [
        ("not-an-email", PASSWORD, "email"),
        (EMAIL, "short", "password"),
        (EMAIL, "motdepasse1", "password"),
        (EMAIL, EMAIL, "password"),
    ],
)
def test_bad_input_names_its_field(accounts, email, password, field):
    with pytest.raises(InvalidAccountInput) as refused:
        accounts.sign_up(email, password, "en-US", source="s")
    assert refused.value.field == field
    assert password not in str(refused.value)


def test_code_sign_in_creates_the_account_once_and_the_code_works_once(accounts, outbox):
    accounts.send_code(EMAIL, "fr-FR", source="s")
    code = last_code(outbox, EMAIL.lower())
    assert "code de connexion" in outbox.messages()[0].subject
    account = accounts.sign_in_with_code(EMAIL, code, "fr-FR", source="s")
    assert not account.has_password
    with pytest.raises(InvalidCredentials):
        accounts.sign_in_with_code(EMAIL, code, "fr-FR", source="s")
    accounts.send_code(EMAIL, "fr-FR", source="s")
    again = accounts.sign_in_with_code(EMAIL, last_code(outbox, EMAIL.lower()), "fr-FR", source="s")
    assert again.account_id == account.account_id
    with pytest.raises(InvalidCredentials):  # no password: nothing to sign in with
        accounts.sign_in(EMAIL, "", source="s")


def test_a_code_dies_after_five_wrong_tries_or_ten_minutes(accounts, outbox, clock):
    accounts.send_code(EMAIL, "en-US", source="s")
    code = last_code(outbox, EMAIL.lower())
    wrong = "000000" if code != "000000" else "111111"
    for _ in range(4):
        with pytest.raises(InvalidCredentials):
            accounts.sign_in_with_code(EMAIL, wrong, "en-US", source="s")
    with pytest.raises((InvalidCredentials, SignInLocked)):
        accounts.sign_in_with_code(EMAIL, wrong, "en-US", source="s")
    with pytest.raises((InvalidCredentials, SignInLocked)):
        accounts.sign_in_with_code(EMAIL, code, "en-US", source="s")
    clock.advance(16 * 60)
    accounts.send_code(EMAIL, "en-US", source="s")
    late = last_code(outbox, EMAIL.lower())
    clock.advance(601)
    with pytest.raises(InvalidCredentials):
        accounts.sign_in_with_code(EMAIL, late, "en-US", source="s")


def test_unlink_bumps_the_link_version_and_revokes_refresh_tokens(accounts):
    account = accounts.sign_up(EMAIL, PASSWORD, "en-US", source="s")
    token = new_refresh_token(account.account_id)
    assert accounts.oauth.store_refresh(
        token, client_id="c", scope="wallet", replacing=None, account_version=account.version
    )
    assert accounts.oauth.linked(account.account_id)
    unlinked = accounts.unlink(account.account_id)
    assert unlinked.link_version == account.link_version + 1
    assert accounts.oauth.find_refresh(token) is None
    assert not accounts.oauth.linked(account.account_id)


def test_delete_removes_the_account_and_frees_the_email(accounts, store):
    account = accounts.sign_up(EMAIL, PASSWORD, "en-US", source="s")
    accounts.delete(account.account_id)
    assert accounts.get(account.account_id) is None
    assert store.get(*email_key(EMAIL.lower())) is None
    assert accounts.sign_up(EMAIL, PASSWORD, "en-US", source="s").account_id != account.account_id


def test_no_password_or_code_is_stored_in_clear(accounts, outbox, store):
    accounts.sign_up(EMAIL, PASSWORD, "en-US", source="s")
    accounts.send_code("other@example.com", "en-US", source="s")
    code = last_code(outbox, "other@example.com")
    text = "\n".join(all_items(store))
    assert PASSWORD not in text
    assert code not in text
    assert "other@example.com" not in text  # keys hold e-mail hashes; no account holds it yet
