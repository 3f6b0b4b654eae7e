"""What the skill calls: a token identifies the shopper with no store request; confirming costs
one read and fails once the account is unlinked or deleted."""

from __future__ import annotations

from accounts.links import AccessTokens, AccountLinks, account_owner, derive_key, resolve_owner
from payments.wallet_records import clean_owner
from tests.counting import CountingStore

KEY = derive_key("a web secret of enough length, for tests", "access-token")


def test_identify_reads_nothing_and_confirm_reads_once(accounts, store, clock):
    account = accounts.sign_up("a@example.com", "long enough pass", "en-US", source="s")
    counting = CountingStore(store)
    links = AccountLinks(counting, KEY, clock=clock)
    token = links.tokens.issue(account.account_id, account.link_version, "alexa", "wallet", 3600)
    shopper = links.identify(token)
    assert shopper is not None and counting.requests == 0
    assert shopper.owner == account_owner(account.account_id) == clean_owner(shopper.owner)
    assert links.confirm(shopper) and counting.requests == 1


def test_unlink_and_delete_revoke_every_token_issued_before(accounts, store, clock):
    account = accounts.sign_up("a@example.com", "long enough pass", "en-US", source="s")
    links = AccountLinks(store, KEY, clock=clock)
    token = links.tokens.issue(account.account_id, account.link_version, "alexa", "wallet", 3600)
    accounts.unlink(account.account_id)
    assert links.identify(token) is not None  # still well-formed and unexpired...
    assert not links.confirm(links.identify(token))  # ...but revoked
    fresh = accounts.get(account.account_id)
    renewed = links.tokens.issue(fresh.account_id, fresh.link_version, "alexa", "wallet", 3600)
    assert links.confirm(links.identify(renewed))
    accounts.delete(account.account_id)
    assert not links.confirm(links.identify(renewed))


def test_forged_expired_or_foreign_tokens_identify_nobody(clock):
    tokens = AccessTokens(KEY, clock=clock)
    token = tokens.issue("abcdefgh", 1, "alexa", "wallet", 60)
    body, _, mac = token.rpartition(".")
    other = AccessTokens(derive_key("another secret entirely, also long", "access-token"))
    assert tokens.read(token) is not None
    for bad in [
        "",
        "Atza|IwEBIA...",  # an Amazon token, not ours
        f"{body}.{mac[:-2]}AA",
        f"{body[:-3]}xyz.{mac}",
        other.issue("abcdefgh", 1, "alexa", "wallet", 60),
        "ea1." + "A" * 3000,
    ]:
        assert tokens.read(bad) is None
    clock.advance(61)
    assert tokens.read(token) is None


def test_resolve_owner_rules(clock, store):
    links = AccountLinks(store, KEY, clock=clock)
    user = links.tokens.issue("useraccount", 1, "alexa", "wallet", 60)
    person = links.tokens.issue("personaccount", 1, "alexa", "wallet", 60)
    dev = "1234abcd"
    assert resolve_owner(None, user, None, dev).owner == dev  # linking not configured
    assert resolve_owner(links, user, None, dev).owner == "acct-useraccount"
    assert resolve_owner(links, user, person, dev).owner == "acct-personaccount"
    assert resolve_owner(links, user, "expired-or-forged", dev).needs_link  # no fallback
    assert resolve_owner(links, None, None, dev).needs_link
