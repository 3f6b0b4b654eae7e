"""The skill uses the link: a linked account's wallet pays, a missing, expired or revoked link
gets the LinkAccount card, and only turns that touch money pay for checking the link.

Account linking is configured (an OAuth client and a web secret in the settings); the shopper's
account and its access tokens come from the real ``accounts`` domain on a real SQLite file.
"""

from __future__ import annotations

import pytest

from accounts.links import AccessTokens, account_owner, derive_key
from accounts.mail import OutboxMailer
from accounts.service import Accounts
from payments.address import Address
from skill.app import build_skill
from skill.settings import Settings
from skill.simulator import Simulator
from tests.counting import CountingStore
from tests.skill.wallets import PIN, sandbox_charges

WEB_SECRET = "w" * 48
USER = "amzn1.ask.account.LINKED"


@pytest.fixture
def linked(tmp_path, sqlite_store, clock):
    settings = Settings.from_env(
        {
            "ECHOPPE_DB": str(tmp_path / "echoppe.sqlite3"),
            "ECHOPPE_PIN_PEPPER": "p" * 32,
            "ECHOPPE_WEB_SECRET": WEB_SECRET,
            "ECHOPPE_OAUTH_CLIENT_ID": "alexa-skill",
            "ECHOPPE_OAUTH_CLIENT_SECRET": "s" * 32,
            "ECHOPPE_OAUTH_REDIRECT_URIS": "https://layla.amazon.com/api/skill/link/M1",
            "ECHOPPE_OUTBOX": str(tmp_path / "outbox"),
        }
    )
    assert settings.account_linking
    skill = build_skill(settings, store=sqlite_store, clock=clock)
    accounts = Accounts(
        sqlite_store,
        code_key=derive_key(WEB_SECRET, "otp"),
        mailer=OutboxMailer(tmp_path / "outbox"),
        clock=clock,
    )
    account = accounts.sign_up("camille@example.fr", "a long passphrase 42", "fr-FR", source="t")
    address = Address("Camille Martin", "12 rue des Lilas", "75011", "Paris", "FR")
    skill.services.wallets.enroll(account_owner(account.account_id), "tok_visa", address, PIN)
    tokens = AccessTokens(derive_key(WEB_SECRET, "access-token"), clock=clock)

    def token(ttl: int = 3600) -> str:
        current = accounts.get(account.account_id)
        assert current is not None
        return tokens.issue(account.account_id, current.link_version, "alexa-skill", "wallet", ttl)

    return skill, accounts, account, token


def buy(skill, token: str | None) -> Simulator:
    talk = Simulator(skill, "fr-FR", user_id=USER, access_token=token)
    talk.launch()
    talk.say("ajoute deux savons au fiel nature")
    return talk


def test_a_linked_shopper_pays_from_the_accounts_wallet(linked, sqlite_store):
    skill, _, _, token = linked
    talk = buy(skill, token())
    assert "12 rue des Lilas" in talk.say("passer commande")
    talk.say("oui")
    assert "C'est commandé" in talk.say(PIN)
    assert len(sandbox_charges(sqlite_store)) == 1


def test_no_token_gets_the_link_account_card(linked, sqlite_store):
    skill, _, _, _ = linked
    talk = buy(skill, None)
    assert "liez d'abord votre compte" in talk.say("passer commande")
    assert talk.card == {"type": "LinkAccount"}
    assert sandbox_charges(sqlite_store) == []


def test_an_expired_token_gets_the_card_again(linked, clock):
    skill, _, _, token = linked
    expired = token(ttl=60)
    clock.advance(120)
    talk = buy(skill, expired)
    assert "liez d'abord votre compte" in talk.say("passer commande")
    assert talk.card == {"type": "LinkAccount"}


def test_an_unlinked_account_cannot_pay_with_an_old_token(linked, sqlite_store):
    skill, accounts, account, token = linked
    talk = buy(skill, token())
    talk.say("passer commande")
    accounts.unlink(account.account_id)  # from the account page, while the summary is read
    talk.say("oui")
    assert "liez d'abord votre compte" in talk.say(PIN)
    assert sandbox_charges(sqlite_store) == []


def test_a_forged_token_is_no_link(linked):
    skill, _, _, token = linked
    forged = token()[:-4] + "AAAA"
    talk = buy(skill, forged)
    assert "liez d'abord votre compte" in talk.say("passer commande")


def test_a_guide_turn_with_a_token_reads_the_store_once(linked, sqlite_store, clock, tmp_path):
    """The token is checked by its signature: no store request on turns that do not pay."""
    skill, _, _, token = linked
    counting = CountingStore(sqlite_store)
    settings = skill.services.settings
    watched = build_skill(settings, store=counting, clock=clock)
    talk = Simulator(watched, "fr-FR", user_id=USER, access_token=token())
    talk.launch()
    counting.reset()
    talk.say("comment enlever une tache de café")
    assert counting.counts["get"] == 1  # the shopper's state, nothing else
