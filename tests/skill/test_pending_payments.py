"""A payment the gateway never answered is found again, never duplicated, in both locales.

The sandbox's ``tok_processingError`` card times out the first time a key is charged and is
approved when the same key is charged again: what a real gateway does after a lost answer.
"""

from __future__ import annotations

import pytest

from skill.state import owner_key
from tests.skill.wallets import PIN, SHOPPER, enroll, sandbox_charges

FR, EN = "fr-FR", "en-US"
WORDS = {
    FR: {"add": "ajoute deux savons au fiel nature", "checkout": "passer commande", "yes": "oui",
         "retry": "Je réessaie ?", "open": "n'a pas reçu de réponse", "paid": "C'est commandé",
         "cancel": "annule", "refunded": "remboursés"},
    EN: {"add": "add two ox gall soaps", "checkout": "check out", "yes": "yes",
         "retry": "Shall I try again?", "open": "never got an answer", "paid": "Done! Order number",
         "cancel": "cancel", "refunded": "refunded"},
}  # fmt: skip


def left_unanswered(chat, skill, locale):
    """The shopper pays with a card whose charge gets no answer, then says stop."""
    enroll(skill, card="tok_processingError")
    words = WORDS[locale]
    talk = chat(locale, user=SHOPPER)
    talk.launch()
    talk.say(words["add"])
    talk.say(words["checkout"])
    talk.say(words["yes"])
    assert words["retry"] in talk.say(PIN)
    talk.say("stop")
    assert talk.ended
    return words


def orders(skill):
    return skill.services.checkout.latest_orders(owner_key(SHOPPER), 10)


@pytest.mark.parametrize("locale", [FR, EN])
def test_the_next_session_offers_to_try_again(skill, chat, sqlite_store, locale):
    words = left_unanswered(chat, skill, locale)
    talk = chat(locale, user=SHOPPER)
    assert words["open"] in talk.launch()
    assert words["paid"] in talk.say(words["yes"])
    assert len(sandbox_charges(sqlite_store)) == 1
    assert len(orders(skill)) == 1


@pytest.mark.parametrize("locale", [FR, EN])
def test_checking_out_the_same_cart_reuses_the_pending_order(skill, chat, sqlite_store, locale):
    words = left_unanswered(chat, skill, locale)
    talk = chat(locale, user=SHOPPER)
    talk.launch()
    talk.say(words["checkout"])
    talk.say(words["yes"])
    assert words["paid"] in talk.say(PIN)
    assert len(orders(skill)) == 1, "no second pending order for the same cart"
    assert len(sandbox_charges(sqlite_store)) == 1


@pytest.mark.parametrize("locale", [FR, EN])
def test_cancelling_a_pending_payment_never_keeps_the_money(skill, chat, sqlite_store, locale):
    words = left_unanswered(chat, skill, locale)
    talk = chat(locale, user=SHOPPER)
    assert words["open"] in talk.launch()
    reply = talk.say(words["cancel"])
    assert str(orders(skill)[0].state.value) in ("refunded", "cancelled")
    refunds = sqlite_store.query("sandbox", "refund#")
    charged = [c for c in sandbox_charges(sqlite_store)]
    assert len(refunds) == len(charged) <= 1
    if charged:
        assert words["refunded"] in reply
    again = chat(locale, user=SHOPPER)
    assert words["open"] not in again.launch()
