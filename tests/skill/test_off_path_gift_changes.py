"""Off the happy path while a gift is set up: another charity said instead ("actually the red
cross", « plutôt à la croix-rouge »: the gift was dropped and the name taken for a stain),
"more" or "any other charities?" to "which charity?" (only three were ever named), and
questions about the minimum or a receipt (they were product searches that dropped the gift).
Through the real skill and the simulator's reading of the committed interaction models."""

from __future__ import annotations

import pytest

from tests.skill.wallets import enroll

FR, EN = "fr-FR", "en-US"


@pytest.mark.parametrize(
    ("locale", "give", "instead", "asked"),
    [(EN, "donate to clean water friends", "actually the red cross",
      "How much would you like to give to the French Red Cross?"),
     (EN, "donate fifteen dollars to the red cross", "no, give it to clean water friends instead",
      "$15 to Clean Water Friends. Shall I go ahead?"),
     (FR, "donne vingt euros aux amis de l'eau claire", "plutôt à la croix-rouge",
      "Un don de 20 € à la Croix-Rouge française. Je valide ?"),
     (FR, "donne vingt euros aux amis de l'eau claire", "non plutôt à la croix-rouge",
      "Un don de 20 € à la Croix-Rouge française. Je valide ?"),
     (FR, "je veux donner aux amis de l'eau claire", "non à la croix-rouge",
      "Combien voulez-vous donner à la Croix-Rouge française ?"),
     # with words after the name that change nothing (the charity was not found)
     (EN, "donate 10 dollars to the red cross", "actually give it to clean water friends instead",
      "$10 to Clean Water Friends. Shall I go ahead?"),
     (EN, "donate 10 dollars to the red cross", "give it to river rescue then",
      "$10 to River Rescue. Shall I go ahead?"),
     (EN, "donate 10 dollars to the red cross", "actually give it to the kids closet rather",
      "$10 to the Kids' Closet. Shall I go ahead?"),
     (EN, "donate to the red cross", "to clean water friends instead please",
      "How much would you like to give to Clean Water Friends?"),
     (FR, "donne 10 euros à la croix-rouge", "non plutôt aux amis de l'eau claire à la place",
      "Un don de 10 € aux Amis de l'Eau Claire. Je valide ?"),
     (FR, "donne 10 euros à la croix-rouge", "donne-le à la fondation linge propre à la place",
      "Un don de 10 € à la Fondation Linge Propre pour Tous. Je valide ?"),
     (FR, "donne 10 euros aux amis de l'eau claire", "plutôt à la croix-rouge alors",
      "Un don de 10 € à la Croix-Rouge française. Je valide ?")],
)  # fmt: skip
def test_another_charity_said_while_the_gift_is_set_up(
    skill, shopper, locale, give, instead, asked
):
    enroll(skill)
    talk = shopper(locale)
    talk.say(give)
    assert talk.say(instead).startswith(asked)


@pytest.mark.parametrize(
    ("locale", "start", "more", "next_three", "again", "end"),
    [(EN, "what charities do you support", "more",
      "For example Clean Water Friends, River Rescue or the Kids' Closet.", "any other charities",
      "Those are all the charities I give to."),
     (FR, "je veux faire un don", "d'autres associations",
      "Par exemple les Amis de l'Eau Claire, le Secours des Rivières ou le Vestiaire Solidaire.",
      "les autres", "Ce sont toutes les associations que je soutiens.")],
)  # fmt: skip
def test_more_charities_named_and_chosen_by_rank(
    skill, shopper, locale, start, more, next_three, again, end
):
    enroll(skill)
    talk = shopper(locale)
    talk.say(start)
    assert talk.say(more).endswith(next_three)
    second = talk.say("la deuxième" if locale == FR else "the second one")
    assert second.startswith(
        "Combien voulez-vous donner au Secours des Rivières ?"
        if locale == FR
        else "How much would you like to give to River Rescue?"
    )
    talk.say("annule le don" if locale == FR else "cancel the donation")
    talk.say(start)
    talk.say(more)
    assert talk.say(again).startswith(end)


@pytest.mark.parametrize(
    ("locale", "give", "asked", "said"),
    [(EN, "donate to river rescue", "how much is the minimum", "Gifts to River Rescue go from $1"),
     (EN, "donate to river rescue", "can i get a receipt", "A gift is tax deductible"),
     (FR, "je veux donner au secours des rivières", "je peux avoir un reçu",
      "Un don ouvre droit à une réduction d'impôt")],
)  # fmt: skip
def test_questions_about_the_gift_keep_it(skill, shopper, locale, give, asked, said):
    enroll(skill)
    talk = shopper(locale)
    talk.say(give)
    reply = talk.say(asked)
    assert said in reply and ("How much" in reply or "Combien" in reply), reply


@pytest.mark.parametrize(
    ("locale", "said", "then", "answer"),
    [(EN, "donate ten dollars to the red cross", "make it five dollars instead",
      "$5 to the French Red Cross. Shall I go ahead?"),
     (EN, "donate ten dollars to the red cross", "actually five dollars instead",
      "$5 to the French Red Cross. Shall I go ahead?"),
     (FR, "donne dix euros à la croix rouge", "donne cinq euros à la place",
      "Un don de 5 € à la Croix-Rouge française. Je valide ?"),
     (EN, "donate to the red cross twenty dollars", None,
      "$20 to the French Red Cross. Shall I go ahead?"),
     (FR, "donne à la croix-rouge vingt euros", None,
      "Un don de 20 € à la Croix-Rouge française. Je valide ?"),
     (EN, "donate two fifty to the red cross", None,
      "I didn't catch an amount I can give, and nothing was charged. How much would you like"),
     (FR, "donne deux cinquante à la croix-rouge", None,
      "Je n'ai pas compris de montant à donner, et rien n'a été débité. Combien voulez-vous")],
)  # fmt: skip
def test_amounts_said_around_the_name_or_instead_are_read(
    skill, shopper, locale, said, then, answer
):
    """ "Make it five dollars instead", "two fifty", an amount after the name: each was refused
    as a currency the charity does not take, and the gift lost."""
    enroll(skill)
    talk = shopper(locale)
    reply = talk.say(said)
    if then is not None:
        reply = talk.say(then)
    assert answer in reply, reply
