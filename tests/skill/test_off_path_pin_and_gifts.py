"""Off the happy path at the code and the gift: a code said as a number ("forty-eight
twenty-six", « quarante-huit vingt-six »), "I forgot my PIN" while it is asked or out of the
blue, and a gift said with "give" (« je veux donner quinze euros »). Through the real skill and
the simulator's reading of the committed interaction models, in both locales."""

from __future__ import annotations

import pytest

from tests.skill.wallets import PIN, enroll, sandbox_charges

FR, EN = "fr-FR", "en-US"


# --- a code said as a number --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "said", "digits"),
    [
        (FR, "quarante-huit vingt-six", "4826"),
        (FR, "quatre mille huit cent vingt-six", "4826"),
        (FR, "mon code est quarante-huit vingt-six", "4826"),
        (FR, "quatre huit deux six", "4826"),
        (EN, "forty eight twenty six", "4826"),
        (EN, "four thousand eight hundred twenty six", "4826"),
        (EN, "twelve thirty four", "1234"),
        (EN, "four eight two six", "4826"),
    ],
)
def test_a_code_said_as_a_number_is_four_digits_as_alexa_hears_it(nlu, locale, said, digits):
    """AMAZON.FOUR_DIGIT_NUMBER hears "twelve thirty-four" as 1234, as it hears "one two three
    four"."""
    understood = nlu[locale].understand(said)
    assert understood.intent == "VoicePinIntent"
    assert understood.slots["pin"]["value"] == digits


@pytest.mark.parametrize(
    ("locale", "said"),
    [(FR, "quarante-huit"), (FR, "deux cent"), (EN, "forty eight"), (EN, "three hundred")],
)
def test_a_number_that_is_not_four_digits_is_no_code(nlu, locale, said):
    understood = nlu[locale].understand(said)
    assert understood.intent != "VoicePinIntent" or len(understood.slots["pin"]["value"]) != 4


@pytest.mark.parametrize(
    ("locale", "buy", "yes", "code", "placed"),
    [
        (FR, "achète le savon au fiel nature", "oui", "quarante-huit vingt-six",
         "C'est commandé !"),
        (EN, "buy the ox gall soap", "yes", "forty eight twenty six", "Done!"),
    ],
)  # fmt: skip
def test_the_right_code_said_as_a_number_places_the_order(
    skill, shopper, sqlite_store, locale, buy, yes, code, placed
):
    assert PIN == "4826"
    enroll(skill)
    talk = shopper(locale)
    talk.say(buy)
    talk.say(yes)
    assert talk.say(code).startswith(placed)
    assert len(sandbox_charges(sqlite_store)) == 1


# --- "I forgot my PIN" --------------------------------------------------------------------------

FORGOT = {FR: "j'ai oublié mon code", EN: "i forgot my pin"}
NEW_CODE = {
    FR: "Pour choisir un nouveau code, ouvrez la page de votre compte",
    EN: "To set a new code, open your account page",
}


@pytest.mark.parametrize(
    ("locale", "buy", "yes", "set_aside"),
    [
        (FR, "achète le savon au fiel nature", "oui",
         "La commande n'est pas passée, rien n'a été débité."),
        (EN, "buy the ox gall soap", "yes", "The order wasn't placed, and nothing was charged."),
    ],
)  # fmt: skip
def test_forgetting_the_code_while_it_is_asked_says_how_to_set_one(
    skill, shopper, sqlite_store, locale, buy, yes, set_aside
):
    enroll(skill)
    talk = shopper(locale)
    talk.say(buy)
    talk.say(yes)
    reply = talk.say(FORGOT[locale])
    assert reply.startswith(f"{set_aside} {NEW_CODE[locale]}")
    assert PIN not in reply and "4 8 2 6" not in reply
    assert not talk.ended
    assert sandbox_charges(sqlite_store) == []
    cart = talk.say("qu'est-ce qu'il y a dans mon panier" if locale == FR else "what's in my cart")
    assert "1" in cart and ("savon" in cart.lower() or "soap" in cart.lower()), "the cart is kept"


@pytest.mark.parametrize("locale", [FR, EN])
def test_forgetting_the_code_with_nothing_to_pay_says_how_to_set_one(shopper, locale):
    reply = shopper(locale).say(FORGOT[locale])
    assert reply.startswith(NEW_CODE[locale])


@pytest.mark.parametrize(
    ("locale", "give", "yes", "no", "set_aside"),
    [
        (FR, "donne vingt euros à la croix-rouge", "oui", "non",
         "Le don n'est pas fait, rien n'a été débité."),
        (EN, "donate twenty dollars to the red cross", "yes", "no",
         "The donation wasn't made, and nothing was charged."),
    ],
)  # fmt: skip
def test_forgetting_the_code_for_a_gift_sets_the_gift_aside(
    skill, shopper, locale, give, yes, no, set_aside
):
    enroll(skill)
    talk = shopper(locale)
    talk.say(give)
    talk.say(yes)  # the gift
    talk.say(no)  # no tax receipt: the code is asked
    assert talk.say(FORGOT[locale]).startswith(f"{set_aside} {NEW_CODE[locale]}")


# --- a gift said with "give" --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "give", "asked"),
    [
        (FR, "je veux donner quinze euros", "À quelle association voulez-vous donner ?"),
        (FR, "je voudrais donner dix euros à la croix-rouge",
         "Un don de 10 € à la Croix-Rouge française. Je valide ?"),
        (EN, "i want to give twenty dollars", "Which charity would you like to give to?"),
        (EN, "i'd like to give twenty five dollars to the red cross",
         "$25 to the French Red Cross. Shall I go ahead?"),
    ],
)  # fmt: skip
def test_a_gift_said_with_give_is_a_donation(skill, shopper, locale, give, asked):
    enroll(skill)
    assert shopper(locale).say(give).startswith(asked)


@pytest.mark.parametrize(
    ("locale", "buy", "yes", "asked", "total", "placed"),
    [
        (FR, "achète le savon au fiel nature", "oui", "ça fait combien déjà",
         "Le total est de", "C'est commandé !"),
        (EN, "buy the ox gall soap", "yes", "what's the total again", "The total is",
         "Done!"),
    ],
)  # fmt: skip
def test_the_total_asked_while_the_code_is_asked_then_the_code_again(
    skill, shopper, sqlite_store, locale, buy, yes, asked, total, placed
):
    """It was « I didn't get that »: the total agreed to, the code asked again, no try
    counted; the right code then places the order once."""
    enroll(skill)
    talk = shopper(locale)
    talk.say(buy)
    talk.say(yes)
    reply = talk.say(asked)
    assert total in reply
    assert "attempt" not in reply and "essai" not in reply
    assert talk.say(PIN).startswith(placed)
    assert len(sandbox_charges(sqlite_store)) == 1


@pytest.mark.parametrize(
    ("locale", "buy", "other", "gift"),
    [
        ("en-US", "buy the stain stick", "give two dollars instead", "$2 to the French Red Cross."),
        ("fr-FR", "achète le stick détachant", "plutôt deux euros",
         "Un don de 2 € à la Croix-Rouge française."),
    ],
)  # fmt: skip
def test_the_round_up_answered_with_another_amount_is_that_gift_asked(
    skill, shopper, locale, buy, other, gift
):
    """It was "I don't have a method for "give two dollars"" or « Quel produit voulez-vous ? »."""
    enroll(skill)
    talk = shopper(locale)
    talk.say(buy)
    talk.say("yes" if locale == "en-US" else "oui")
    talk.say("4826")
    assert talk.say(other).startswith(gift)


@pytest.mark.parametrize(
    ("locale", "guide", "miss", "repeat", "step"),
    [
        ("en-US", "how do i get chocolate out", "blah blah", "repeat", "Step 1:"),
        ("fr-FR", "comment enlever le chocolat", "blabla", "répète l'étape", "Étape 1 :"),
    ],
)
def test_repeat_after_a_miss_says_the_step_again(shopper, locale, guide, miss, repeat, step):
    """It said "I didn't get that" again, though that sentence says "repeat" to hear the step."""
    talk = shopper(locale)
    talk.say(guide)
    talk.say("cotton" if locale == "en-US" else "coton")
    talk.say(miss)
    assert step in talk.say(repeat)


@pytest.mark.parametrize(
    ("locale", "undo"), [("en-US", "undo"), ("fr-FR", "annule le dernier ajout")]
)
def test_undo_right_after_an_add_takes_it_out(shopper, locale, undo):
    talk = shopper(locale)
    talk.say("add the carpet foam" if locale == "en-US" else "ajoute la mousse moquette")
    reply = talk.say(undo)
    assert reply.startswith(("Okay, I took", "D'accord, j'ai retiré"))
