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


def unanswered(chat, skill, locale):
    """The shopper pays with a card whose charge gets no answer: "shall I try again?"."""
    enroll(skill, card="tok_processingError")
    words = WORDS[locale]
    talk = chat(locale, user=SHOPPER)
    talk.launch()
    talk.say(words["add"])
    talk.say(words["checkout"])
    talk.say(words["yes"])
    assert words["retry"] in talk.say(PIN)
    return talk, words


def left_unanswered(chat, skill, locale):
    """A charge with no answer, then stop."""
    talk, words = unanswered(chat, skill, locale)
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
    assert words["open"] in talk.say(words["checkout"])  # the open payment is settled first
    assert words["paid"] in talk.say(words["yes"])
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


MORE = {FR: ("ajoute un stick détachant", "non", "annule ma commande", "oui"),
        EN: ("add a pocket stain stick", "no", "cancel my order", "yes")}  # fmt: skip


def unanswered_then_no(chat, skill, locale):
    """A charge with no answer, and no to "shall I try again?", the session going on."""
    talk, words = unanswered(chat, skill, locale)
    talk.say(MORE[locale][1])
    return talk, words


@pytest.mark.parametrize("locale", [FR, EN])
def test_a_new_checkout_settles_the_unanswered_payment_first(skill, chat, sqlite_store, locale):
    """No to "shall I try again?", another product, check out: that made a second order with
    the same soaps, and the first one was never offered again. Now the unanswered payment is
    asked about first; tried again, it is one order and one charge, and the cart goes on."""
    talk, words = unanswered_then_no(chat, skill, locale)
    talk.say(MORE[locale][0])
    assert words["open"] in talk.say(words["checkout"])
    assert words["paid"] in talk.say(words["yes"])
    assert len(orders(skill)) == 1 and len(sandbox_charges(sqlite_store)) == 1


@pytest.mark.parametrize("locale", [FR, EN])
def test_cancel_my_order_reaches_a_payment_never_answered(skill, chat, sqlite_store, locale):
    """ "Cancel my order" did not see an order whose payment got no answer ("I don't have an
    order to cancel"), while "where is my order" said it awaited confirmation."""
    talk, words = unanswered_then_no(chat, skill, locale)
    _, _, cancel, yes = MORE[locale]
    asked = talk.say(cancel)
    assert ("si le paiement est passé" if locale == FR else "if the payment went through") in asked
    talk.say(yes)
    (order,) = orders(skill)
    assert order.state.value in ("refunded", "cancelled")
    assert len(sqlite_store.query("sandbox", "refund#")) == len(sandbox_charges(sqlite_store))
    assert words["open"] not in chat(locale, user=SHOPPER).launch()
