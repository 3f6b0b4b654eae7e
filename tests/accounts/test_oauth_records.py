"""Codes and refresh tokens: hashed, short-lived, single use even when two requests race."""

from __future__ import annotations

import threading

from accounts.oauth import new_code, new_refresh_token
from tests.accounts.conftest import all_items


def save(accounts, account, code: str) -> None:
    accounts.oauth.save_code(
        code,
        client_id="alexa",
        account_id=account.account_id,
        redirect_uri="https://pitangui.amazon.com/x",
        scope="wallet",
        code_challenge="c" * 43,
        code_challenge_method="S256",
    )


def test_a_code_lives_five_minutes_for_its_client_only(accounts, clock):
    account = accounts.sign_up("a@example.com", "long enough pass", "en-US", source="s")
    code = new_code()
    save(accounts, account, code)
    assert accounts.oauth.find_code(code, "other-client") is None
    assert accounts.oauth.find_code(code, "alexa").account_id == account.account_id
    clock.advance(301)
    assert accounts.oauth.find_code(code, "alexa") is None


def test_two_exchanges_of_one_code_give_one_refresh_token(accounts):
    account = accounts.sign_up("a@example.com", "long enough pass", "en-US", source="s")
    code = new_code()
    save(accounts, account, code)
    grant = accounts.oauth.find_code(code, "alexa")
    barrier = threading.Barrier(2)
    results: list[bool] = []

    def exchange() -> None:
        barrier.wait()
        results.append(
            accounts.oauth.store_refresh(
                new_refresh_token(account.account_id),
                client_id="alexa",
                scope="wallet",
                replacing=grant,
                account_version=account.version,
            )
        )

    threads = [threading.Thread(target=exchange) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False, True]
    assert accounts.oauth.find_code(code, "alexa") is None


def test_rotation_consumes_the_old_refresh_token(accounts):
    account = accounts.sign_up("a@example.com", "long enough pass", "en-US", source="s")
    first = new_refresh_token(account.account_id)
    assert accounts.oauth.store_refresh(
        first, client_id="alexa", scope="wallet", replacing=None, account_version=1
    )
    old = accounts.oauth.find_refresh(first)
    second = new_refresh_token(account.account_id)
    assert accounts.oauth.store_refresh(
        second, client_id="alexa", scope="wallet", replacing=old, account_version=1
    )
    assert accounts.oauth.find_refresh(first) is None
    assert not accounts.oauth.store_refresh(
        new_refresh_token(account.account_id),
        client_id="alexa",
        scope="wallet",
        replacing=old,
        account_version=1,
    )


def test_no_refresh_token_across_an_unlink(accounts):
    account = accounts.sign_up("a@example.com", "long enough pass", "en-US", source="s")
    accounts.unlink(account.account_id)  # the account moved on since "account" was read
    assert not accounts.oauth.store_refresh(
        new_refresh_token(account.account_id),
        client_id="alexa",
        scope="wallet",
        replacing=None,
        account_version=account.version,
    )


def test_codes_and_tokens_are_stored_hashed(accounts, store):
    account = accounts.sign_up("a@example.com", "long enough pass", "en-US", source="s")
    code, token = new_code(), new_refresh_token(account.account_id)
    save(accounts, account, code)
    accounts.oauth.store_refresh(
        token, client_id="alexa", scope="wallet", replacing=None, account_version=1
    )
    text = "\n".join(all_items(store))
    assert code not in text
    assert token.partition(".")[2] not in text
