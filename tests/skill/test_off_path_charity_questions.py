"""Off the happy path before a gift: "what's the minimum?", « c'est déductible des impôts ? »,
"tell me about the Red Cross" (not understood before, or a product called "red cross", the gift
set aside). The charity's own entry answers, and the gift's question is asked again: nothing
set aside, nothing charged. Through the real skill and the simulator's reading of the committed
interaction models, in both locales."""

from __future__ import annotations

import pytest

from tests.skill.wallets import enroll

FR, EN = "fr-FR", "en-US"
FACTS = {
    FR: "La Croix-Rouge française porte secours aux personnes en détresse, en France comme à "
    "l'étranger. Les dons à la Croix-Rouge française vont de 1 € à 500 €. Un don ouvre droit à "
    "une réduction d'impôt de 66 % de son montant, dans la limite de 20 % du revenu imposable.",
    EN: "The French Red Cross brings relief to people in crisis, in France and around the world. "
    "Gifts to the French Red Cross go from $1 to $500.",
}
ASK_AMOUNT = {FR: "Combien voulez-vous donner à la Croix-Rouge française ?", EN: "How much would"}


@pytest.mark.parametrize(
    ("locale", "donate", "asked"),
    [
        (FR, "je veux faire un don à la croix rouge", "c'est déductible des impôts"),
        (FR, "je veux faire un don à la croix rouge", "c'est quoi le minimum"),
        (EN, "i want to donate to the red cross", "what's the minimum"),
        (EN, "i want to donate to the red cross", "is it tax deductible"),
    ],
)
def test_asked_while_the_amount_is_asked_the_facts_then_how_much(
    skill, shopper, locale, donate, asked
):
    enroll(skill)
    talk = shopper(locale)
    talk.say(donate)
    reply = talk.say(asked)
    assert reply.startswith(FACTS[locale])
    assert ASK_AMOUNT[locale] in reply
    confirm = talk.say("vingt euros" if locale == FR else "twenty dollars")
    assert confirm.startswith(("Un don de 20 €", "$20.00 to", "$20 to"))


@pytest.mark.parametrize(
    ("locale", "gift", "asked", "yes_said"),
    [
        (FR, "donne vingt euros à la croix rouge", "c'est quoi le minimum",
         "Dites oui pour donner 20 € à la Croix-Rouge française"),
        (EN, "donate twenty dollars to the red cross", "how much can i give",
         "Say yes to give $20"),
    ],
)  # fmt: skip
def test_asked_at_shall_i_give_the_facts_then_the_question_again(
    skill, shopper, locale, gift, asked, yes_said
):
    enroll(skill)
    talk = shopper(locale)
    talk.say(gift)
    reply = talk.say(asked)
    assert reply.startswith(FACTS[locale]) and yes_said in reply
    assert "nothing was charged" not in reply and "rien n'a été débité" not in reply


@pytest.mark.parametrize(
    ("locale", "asked"),
    [(FR, "parle-moi de la croix rouge"), (EN, "tell me about the red cross")],
)
def test_a_charity_asked_about_out_of_the_blue_then_how_much(shopper, locale, asked):
    reply = shopper(locale).say(asked)
    assert reply.startswith(FACTS[locale]) and ASK_AMOUNT[locale] in reply


@pytest.mark.parametrize(
    ("locale", "asked", "which"),
    [
        (FR, "c'est déductible des impôts", "À quelle association"),
        (EN, "what's the minimum", "Which charity would you like to give to?"),
    ],
)
def test_with_no_charity_said_which_one_is_asked(shopper, locale, asked, which):
    assert shopper(locale).say(asked).startswith(which)
