"""Off the happy path around the code and the summary: "why do you need a PIN?", « c'est
sécurisé ? » while the code is asked say what it is for and ask again, no try counted; "cancel
the order" at the summary or at the code sets this order aside (it offered to cancel the
shopper's last order before); « je ne veux pas donner mon code » is no; "hold on let me check",
"do you have a coupon", "can you repeat the total" are heard. Through the real skill and the
simulator's reading of the committed interaction models, in both locales."""

from __future__ import annotations

import pytest

from skill import envelopes
from skill.state import owner_key
from tests.skill.wallets import SHOPPER, enroll

FR, EN = "fr-FR", "en-US"
BUY = {FR: "achète le prélavage aux enzymes", EN: "buy the enzyme pre-wash"}
YES = {FR: "oui", EN: "yes"}
PIN_WHY = {
    FR: "Votre code à quatre chiffres garantit que vous seul pouvez payer avec votre portefeuille",
    EN: "Your four-digit code makes sure only you can pay with your wallet",
}
PIN_AGAIN = {FR: "Dites votre code", EN: "Say your four-digit code"}
NOTHING = {FR: "rien n'a été débité", EN: "nothing was charged"}


@pytest.mark.parametrize(
    ("locale", "asked"),
    [(EN, "why do you need a pin"), (EN, "is my payment secure"), (FR, "c'est sécurisé"),
     (FR, "pourquoi un code")],
)  # fmt: skip
def test_why_a_pin_while_it_is_asked_then_the_code_again_and_one_charge(
    skill, shopper, locale, asked
):
    enroll(skill)
    talk = shopper(locale)
    talk.say(BUY[locale])
    talk.say(YES[locale])
    reply = talk.say(asked)
    assert reply.startswith(PIN_WHY[locale]) and PIN_AGAIN[locale] in reply
    assert "3" in reply and "4826" not in reply
    done = talk.say("4826")
    assert done.startswith(("Done!", "C'est commandé !"))


@pytest.mark.parametrize(
    ("locale", "cancel"),
    [(EN, "cancel the order"), (EN, "cancel my order"), (FR, "annule la commande")],
)
def test_cancel_the_order_at_the_summary_sets_this_one_aside(skill, shopper, locale, cancel):
    enroll(skill)
    talk = shopper(locale)
    talk.say(BUY[locale])
    reply = talk.say(cancel)
    assert reply.startswith(("Okay, nothing was charged.", "D'accord, je n'ai rien débité."))
    assert "cancel order" not in reply and "annuler la commande" not in reply


@pytest.mark.parametrize(
    ("locale", "cancel"), [(EN, "cancel my order"), (FR, "annule la commande")]
)
def test_cancel_the_order_while_the_code_is_asked_sets_it_aside(skill, shopper, locale, cancel):
    enroll(skill)
    talk = shopper(locale)
    talk.say(BUY[locale])
    talk.say(YES[locale])
    reply = talk.say(cancel)
    assert NOTHING[locale] in reply or "rien débité" in reply
    assert "4826" not in reply


@pytest.mark.parametrize(
    ("locale", "refused"),
    [(EN, "i don't want to give my pin"), (FR, "je ne veux pas donner mon code")],
)
def test_not_wanting_to_give_the_code_is_no(skill, shopper, locale, refused):
    enroll(skill)
    talk = shopper(locale)
    talk.say(BUY[locale])
    talk.say(YES[locale])
    reply = talk.say(refused)
    assert NOTHING[locale] in reply or "rien débité" in reply


@pytest.mark.parametrize(
    ("locale", "said", "intent"),
    [
        (EN, "hold on let me check", "WaitIntent"),
        (EN, "give me a moment to find my card", "WaitIntent"),
        (FR, "attends je cherche ma carte", "WaitIntent"),
        (EN, "do you have a coupon", "DealsIntent"),
        (FR, "vous avez un code promo", "DealsIntent"),
        (EN, "can you repeat the total", "ReviewCartIntent"),
        (FR, "ça fait combien en tout", "ReviewCartIntent"),
        (EN, "what card are you charging", "AccountIntent"),
        (EN, "i want to donate more", "DonateIntent"),
        (FR, "j'ai combien d'essais", "PinWhyIntent"),
    ],
)
def test_said_otherwise_and_heard(nlu, locale, said, intent):
    assert nlu[locale].understand(said).intent == intent


@pytest.mark.parametrize(
    ("locale", "asked", "left"),
    [(EN, "how many tries do i have left", "You have 2 attempts left."),
     (FR, "il me reste combien d'essais", "Il vous reste 2 essais.")],
)  # fmt: skip
def test_tries_left_after_a_wrong_code_are_said_and_the_code_asked_again(
    skill, shopper, locale, asked, left
):
    enroll(skill)
    talk = shopper(locale)
    talk.say(BUY[locale])
    talk.say(YES[locale])
    talk.say("1111")
    reply = talk.say(asked)
    assert left in reply and PIN_AGAIN[locale] in reply
    assert talk.say("4826").startswith(("Done!", "C'est commandé !"))


@pytest.mark.parametrize(
    ("locale", "said"),
    [(EN, "the pin is four eight two six"), (EN, "it's 4826"), (FR, "le code c'est 4826"),
     (FR, "c'est quatre huit deux six")],
)  # fmt: skip
def test_a_code_introduced_in_a_sentence_is_the_code(skill, shopper, locale, said):
    """ "The pin is …", « le code c'est … » dropped the order ("I didn't catch the product")."""
    enroll(skill)
    talk = shopper(locale)
    talk.say(BUY[locale])
    talk.say(YES[locale])
    assert talk.say(said).startswith(("Done!", "C'est commandé !"))


@pytest.mark.parametrize(
    ("locale", "heard"),
    [(EN, "pin is four eight two six"), (FR, "code c est 4826"), (FR, "alors le code 4 8 2 6")],
)
def test_a_code_alexa_heard_as_another_intent_after_its_lead_words_is_the_code(
    skill, shopper, locale, heard
):
    """Alexa may route "pin is four eight two six" to another intent's free slot: while the
    code is asked, the digits after words that only introduce a code are the code."""
    enroll(skill)
    talk = shopper(locale)
    talk.say(BUY[locale])
    talk.say(YES[locale])
    request = envelopes.intent_request(locale, "ChooseIntent", {"choice": {"value": heard}})
    done = talk.speech(talk.send(request))
    assert done.startswith(("Done!", "C'est commandé !"))


@pytest.mark.parametrize("locale", [FR, EN])
def test_a_code_said_to_a_yes_or_no_question_keeps_the_question(skill, shopper, locale):
    """The code said again to the round-up offer: "there's nothing to confirm", and the offer
    was lost. Now it is asked again, the code never said back."""
    enroll(skill)
    talk = shopper(locale)
    talk.say(BUY[locale])
    talk.say(YES[locale])
    talk.say("4826")
    again = talk.say("4826")
    assert again.startswith(("I'm not asking for your code", "Je ne vous demande pas votre code"))
    assert "4826" not in again and ("Croix-Rouge" in again or "Red Cross" in again)
    assert not talk.ended


@pytest.mark.parametrize("locale", [FR, EN])
def test_three_misses_in_a_row_end_politely_and_one_heard_starts_the_count_again(
    skill, shopper, locale
):
    """ "Blah" at the summary, "banana" at the code: the same question came back for ever."""
    enroll(skill)
    talk = shopper(locale)
    talk.say(BUY[locale])
    talk.say("blah")
    talk.say("blah")
    talk.say("repeat" if locale == EN else "répète")  # heard: the count starts again
    talk.say("blah")
    assert not talk.ended
    talk.say(YES[locale])
    talk.say("banana")
    talk.say("banana")
    bye = talk.say("banana")
    assert bye.startswith(("I still didn't get that", "Je n'ai toujours pas compris"))
    assert NOTHING[locale] in bye.lower()
    assert talk.ended
    assert skill.services.checkout.latest_orders(owner_key(SHOPPER), 3) == []
