"""Buying by voice with the stored wallet and the spoken PIN, in both locales."""

import json
import logging
import re
import threading

import pytest

from payments.merchant_view import export_orders
from skill import envelopes
from skill.app import invoke_json
from skill.logs import JsonFormatter, TextFormatter
from skill.state import owner_key
from tests.skill.wallets import PIN, SHOPPER, enroll, sandbox_charges


def to_summary(shopper, locale):
    shopper.launch()
    if locale == "fr-FR":
        shopper.say("ajoute deux savons au fiel nature")
        return shopper.say("passer commande")
    shopper.say("add two ox gall soaps")
    return shopper.say("check out")


@pytest.mark.parametrize(
    ("locale", "words"),
    [
        ("fr-FR", ["Les Bonnes Recettes SAS", "12 rue des Lilas, Paris", "TVA comprise", "Visa"]),
        ("en-US", ["Les Bonnes Recettes SAS", "12 rue des Lilas, Paris", "tax included", "Visa"]),
    ],
)
def test_happy_path(skill, chat, sqlite_store, locale, words):
    enroll(skill)
    shopper = chat(locale, user=SHOPPER)
    summary = to_summary(shopper, locale)
    for word in words:
        assert word in summary
    assert "4826" not in summary
    ask_pin = shopper.say("oui" if locale == "fr-FR" else "yes")
    assert ("code secret" if locale == "fr-FR" else "four-digit code") in ask_pin
    confirmed = shopper.say("quatre huit deux six" if locale == "fr-FR" else "four eight two six")
    assert ("C'est commandé" if locale == "fr-FR" else "Done! Order number") in confirmed
    assert shopper.card["title"] in ("Commande confirmée", "Order confirmed")
    assert len(sandbox_charges(sqlite_store)) == 1
    cart = shopper.say("mon panier" if locale == "fr-FR" else "what's in my cart")
    assert ("vide" if locale == "fr-FR" else "empty") in cart


def test_no_to_the_summary_charges_nothing_and_keeps_the_cart(skill, chat, sqlite_store):
    enroll(skill)
    en = chat("en-US", user=SHOPPER)
    to_summary(en, "en-US")
    assert "nothing was charged" in en.say("no")
    assert "ox gall" in en.say("what's in my cart").lower()
    assert sandbox_charges(sqlite_store) == []


@pytest.mark.parametrize("locale", ["fr-FR", "en-US"])
def test_no_wallet_says_how_to_set_one_up(chat, sqlite_store, locale):
    shopper = chat(locale, user="amzn1.ask.account.NOWALLET")
    reply = to_summary(shopper, locale)
    assert ("application Alexa" if locale == "fr-FR" else "Alexa app") in reply
    assert sandbox_charges(sqlite_store) == []


def test_fr_wrong_pin_then_right(skill, chat):
    enroll(skill)
    fr = chat("fr-FR", user=SHOPPER)
    to_summary(fr, "fr-FR")
    fr.say("oui")
    assert "Il vous reste 2 essai" in fr.say("1111")
    assert "C'est commandé" in fr.say(PIN)


def test_en_three_wrong_then_locked_then_reset(skill, chat, sqlite_store):
    enroll(skill)
    en = chat("en-US", user=SHOPPER)
    to_summary(en, "en-US")
    en.say("yes")
    assert "2 attempt" in en.say("1111")
    assert "1 attempt" in en.say("2222")
    assert "locked" in en.say("3333")
    again = chat("en-US", user=SHOPPER)
    assert "locked" in to_summary(again, "en-US")
    skill.services.wallets.reset_pin(owner_key(SHOPPER), PIN)
    after = chat("en-US", user=SHOPPER)
    after.launch()
    after.say("check out")
    after.say("yes")
    assert "Done!" in after.say(PIN)
    assert len(sandbox_charges(sqlite_store)) == 1


def test_fourth_attempt_with_the_right_pin_still_fails(skill, chat):
    enroll(skill)
    en = chat("en-US", user=SHOPPER)
    to_summary(en, "en-US")
    en.say("yes")
    for wrong in ("1111", "2222", "3333"):
        en.say(wrong)
    en2 = chat("en-US", user=SHOPPER)
    en2.launch()
    reply = en2.say("check out")
    assert "locked" in reply


@pytest.mark.parametrize(
    ("said", "counted"),
    [("one two three", False), ("1 2 3 4 5", False), ("my code is banana", False), ("9999", True)],
)
def test_only_four_digit_attempts_count(skill, chat, said, counted):
    enroll(skill)
    en = chat("en-US", user=SHOPPER)
    to_summary(en, "en-US")
    en.say("yes")
    reply = en.say(said)
    view = skill.services.wallets.show(owner_key(SHOPPER))
    assert view.attempts_left == (2 if counted else 3)
    if not counted:
        assert "attempt" not in reply


def test_pin_with_nothing_pending_has_no_effect(skill, chat):
    enroll(skill)
    fr = chat("fr-FR", user=SHOPPER)
    fr.launch()
    assert "rien à confirmer" in fr.say(PIN)
    assert skill.services.wallets.show(owner_key(SHOPPER)).attempts_left == 3


@pytest.mark.parametrize(
    ("card", "locale", "words"),
    [
        ("tok_chargeDeclined", "fr-FR", "Votre banque a refusé le paiement"),
        ("tok_insufficientFunds", "en-US", "insufficient funds"),
        ("tok_expiredCard", "en-US", "Your card has expired"),
    ],
)
def test_decline_is_explained_cart_kept(skill, chat, sqlite_store, card, locale, words):
    enroll(skill, card=card)
    shopper = chat(locale, user=SHOPPER)
    to_summary(shopper, locale)
    shopper.say("oui" if locale == "fr-FR" else "yes")
    reply = shopper.say(PIN)
    assert words in reply
    cart = shopper.say("mon panier" if locale == "fr-FR" else "what's in my cart")
    assert ("Savon au fiel" if locale == "fr-FR" else "Ox Gall") in cart
    orders = skill.services.checkout.latest_orders(owner_key(SHOPPER), 3)
    assert [o.state.value for o in orders] == ["payment_failed"]


def test_en_transient_error_then_retry(skill, chat, sqlite_store):
    enroll(skill, card="tok_processingError")
    en = chat("en-US", user=SHOPPER)
    to_summary(en, "en-US")
    en.say("yes")
    assert "Shall I try again?" in en.say(PIN)
    assert "Done!" in en.say("yes")
    assert len(sandbox_charges(sqlite_store)) == 1


@pytest.mark.parametrize("locale", ["fr-FR", "en-US"])
def test_cancel_with_refund(skill, chat, sqlite_store, locale):
    enroll(skill)
    shopper = chat(locale, user=SHOPPER)
    to_summary(shopper, locale)
    shopper.say("oui" if locale == "fr-FR" else "yes")
    shopper.say(PIN)
    ask = shopper.say("annule ma commande" if locale == "fr-FR" else "cancel my order")
    assert ("rembours" if locale == "fr-FR" else "refunded") in ask
    done = shopper.say("oui" if locale == "fr-FR" else "yes")
    assert ("est annulée" if locale == "fr-FR" else "is cancelled") in done
    status = shopper.say("où est ma commande" if locale == "fr-FR" else "where is my order")
    assert ("remboursée" if locale == "fr-FR" else "refunded") in status
    assert list(export_orders(sqlite_store)) == []


def asked_to_cancel(chat, locale: str):
    """An order checked out and paid (or declined), then "cancel my order": the shopper and the
    cancel question."""
    shopper = chat(locale, user=SHOPPER)
    to_summary(shopper, locale)
    shopper.say("oui" if locale == "fr-FR" else "yes")
    shopper.say(PIN)
    return shopper, shopper.say("annule ma commande" if locale == "fr-FR" else "cancel my order")


@pytest.mark.parametrize("locale", ["fr-FR", "en-US"])
def test_cancel_said_to_the_cancel_question_keeps_the_order_and_says_so(
    skill, chat, sqlite_store, locale
):
    """ "Cancel" to "do you want to cancel order …?" only said goodbye: the order stayed paid
    and nothing said so."""
    enroll(skill)
    shopper, _ = asked_to_cancel(chat, locale)
    bye = shopper.say("annule" if locale == "fr-FR" else "cancel")
    assert ("je garde la commande" if locale == "fr-FR" else "I'll keep the order") in bye
    assert shopper.ended
    orders = skill.services.checkout.latest_orders(owner_key(SHOPPER), 3)
    assert [o.state.value for o in orders] == ["paid"]


@pytest.mark.parametrize("locale", ["fr-FR", "en-US"])
def test_yes_cancel_it_to_the_cancel_question_cancels(skill, chat, sqlite_store, locale):
    enroll(skill)
    shopper, _ = asked_to_cancel(chat, locale)
    done = shopper.say("oui annule-la" if locale == "fr-FR" else "yes please cancel it")
    assert ("est annulée" if locale == "fr-FR" else "is cancelled") in done


@pytest.mark.parametrize("locale", ["fr-FR", "en-US"])
def test_a_declined_order_is_cancelled_with_no_refund_promised(skill, chat, sqlite_store, locale):
    enroll(skill, card="tok_chargeDeclined")
    _, ask = asked_to_cancel(chat, locale)
    assert ("rembours" if locale == "fr-FR" else "refund") not in ask
    assert ("rien n'a été débité" if locale == "fr-FR" else "nothing was charged") in ask


def _pin_envelope(shopper, request_id="amzn1.echo-api.request.fixed"):
    request = envelopes.intent_request("en-US", "VoicePinIntent", {"pin": {"value": PIN}})
    request["requestId"] = request_id
    return envelopes.envelope(
        request, user_id=SHOPPER, session_id=shopper.session_id, attributes=shopper.attributes
    )


def test_same_request_delivered_twice_charges_once_and_says_the_same(skill, chat, sqlite_store):
    enroll(skill)
    en = chat("en-US", user=SHOPPER)
    to_summary(en, "en-US")
    en.say("yes")
    event = _pin_envelope(en)
    first = invoke_json(skill, event)
    second = invoke_json(skill, json.loads(json.dumps(event)))
    assert first["response"]["outputSpeech"] == second["response"]["outputSpeech"]
    assert "Done!" in first["response"]["outputSpeech"]["ssml"]
    assert len(sandbox_charges(sqlite_store)) == 1


def test_same_request_twice_at_once_charges_once(skill, chat, sqlite_store):
    enroll(skill)
    en = chat("en-US", user=SHOPPER)
    to_summary(en, "en-US")
    en.say("yes")
    event = _pin_envelope(en)
    results = []
    barrier = threading.Barrier(2)

    def deliver():
        barrier.wait()
        results.append(invoke_json(skill, json.loads(json.dumps(event))))

    threads = [threading.Thread(target=deliver) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    speeches = {r["response"]["outputSpeech"]["ssml"] for r in results}
    assert len(speeches) == 1 and "Done!" in speeches.pop()
    assert len(sandbox_charges(sqlite_store)) == 1


def test_replayed_old_envelope_does_not_charge_again(skill, chat, sqlite_store):
    enroll(skill)
    en = chat("en-US", user=SHOPPER)
    to_summary(en, "en-US")
    en.say("yes")
    old = _pin_envelope(en, "amzn1.echo-api.request.old")
    invoke_json(skill, old)
    en.launch()
    en.say("add two ox gall soaps")
    en.say("check out")
    en.say("yes")
    for n in range(5):
        en.say("what's in my cart")
        en.say(f"add {n + 1} ox gall soaps")
    replay = json.loads(json.dumps(old))
    replay["request"]["requestId"] = "amzn1.echo-api.request.replayed"
    invoke_json(skill, replay)
    assert len(sandbox_charges(sqlite_store)) == 1


def test_logs_never_hold_the_pin_or_a_card_number(skill, chat, caplog):
    enroll(skill)
    with caplog.at_level(logging.DEBUG):
        fr = chat("fr-FR", user=SHOPPER)
        to_summary(fr, "fr-FR")
        fr.say("oui")
        fr.say("1111")
        fr.say(PIN)
    formatters = [JsonFormatter(), TextFormatter(), logging.Formatter(logging.BASIC_FORMAT)]
    text = "\n".join(f.format(r) for r in caplog.records for f in formatters)
    # As a value of its own: a request id's hex or a slow turn's "1111.3 ms" are no PIN.
    for code in (PIN, "1111"):
        assert not re.search(rf"(?<![\w.-]){code}(?![\w.-])", text)
    assert not re.search(r"\d{13,19}", text)


@pytest.mark.parametrize(
    ("locale", "asked", "held"),
    [
        ("fr-FR", "qu'est-ce que j'ai commandé la dernière fois", "Elle contient :"),
        ("en-US", "what did i order last time", "In it:"),
    ],
)
def test_what_did_i_order_last_time_says_what_it_held(skill, chat, locale, asked, held):
    """It was « I didn't get that »; the status now names the latest order's lines."""
    enroll(skill)
    shopper = chat(locale, user=SHOPPER)
    to_summary(shopper, locale)
    shopper.say("oui" if locale == "fr-FR" else "yes")
    shopper.say(PIN)
    reply = shopper.say(asked)
    assert held in reply
    assert ("quantité 2" if locale == "fr-FR" else "quantity 2") in reply.split(held)[1]
    assert (": Commande " if locale == "fr-FR" else ": Order ") in reply  # a sentence's start
