"""Off the happy path while a gift is set up: a receipt asked for while "a tax receipt?" waits
(it dropped the gift and asked which charity), another charity said with "instead", "then",
« à la place » after its name ("clean water friends instead" was no charity), a suggested
amount picked by its rank ("the second one", « le deuxième »: it dropped the gift and looked for
a product called "second"), and « à la lavande » after a product (the soap's scent, taken for a
charity called « lavande »). Through the real skill and the simulator's reading of the committed
interaction models, in both locales."""

from __future__ import annotations

import pytest

from tests.skill.wallets import PIN, enroll, sandbox_charges

FR, EN = "fr-FR", "en-US"


# --- a receipt asked for while "would you like a tax receipt?" waits ----------------------------


@pytest.mark.parametrize(
    ("locale", "give", "yes", "asked", "answer", "receipt", "given"),
    [(EN, "donate 10 dollars to the kids closet", "yes", "can I get a receipt",
      "A gift is tax deductible if you itemize. Would you like a tax receipt? "
      "The Kids' Closet would then get your name and address.",
      "To confirm, please say your four-digit code.",
      "Your gift of $10 to the Kids' Closet is made"),
     (FR, "donne 10 euros au vestiaire solidaire", "oui", "je peux avoir un reçu",
      "Un don ouvre droit à une réduction d'impôt de 66 % de son montant, dans la limite de "
      "20 % du revenu imposable. Voulez-vous un reçu fiscal ? Je transmettrai alors votre nom "
      "et votre adresse au Vestiaire Solidaire.",
      "Pour confirmer, dites votre code secret à quatre chiffres.",
      "Votre don de 10 € au Vestiaire Solidaire est fait")],
)  # fmt: skip
def test_a_receipt_asked_for_is_answered_and_the_gift_kept(
    skill, shopper, sqlite_store, locale, give, yes, asked, answer, receipt, given
):
    enroll(skill)
    talk = shopper(locale)
    talk.say(give)
    talk.say(yes)
    assert talk.say(asked) == answer
    assert talk.say(yes) == receipt
    thanks = talk.say(PIN)
    assert given in thanks
    assert "will send you a tax receipt" in thanks if locale == EN else "reçu fiscal" in thanks
    assert len(sandbox_charges(sqlite_store)) == 1


# --- a charity nobody supports said with "instead" after its name -----------------------------


@pytest.mark.parametrize(
    ("locale", "instead", "unknown"),
    [(EN, "no give it to nobody instead", 'I don\'t know a charity called "nobody", so'),
     (FR, "non plutôt à personne à la place", "Je ne connais pas d'association « personne », je")],
)  # fmt: skip
def test_a_charity_nobody_supports_is_said_back_without_instead(
    skill, shopper, locale, instead, unknown
):
    enroll(skill)
    talk = shopper(locale)
    talk.say(
        "donate 10 dollars to the red cross" if locale == EN else "donne 10 euros à la croix-rouge"
    )
    assert talk.say(instead).startswith(unknown)


# --- a suggested amount picked by its rank ------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "give", "suggested", "rank", "asked"),
    [(EN, "donate to the red cross", "For example $5, $10 or $25.", "the second one",
      "$10 to the French Red Cross. Shall I go ahead?"),
     (EN, "donate to the red cross", "For example $5, $10 or $25.", "the last one",
      "$25 to the French Red Cross. Shall I go ahead?"),
     (EN, "donate to clean water friends", "For example $5, $15 or $40.", "the first one",
      "$5 to Clean Water Friends. Shall I go ahead?"),
     (FR, "donne à la croix-rouge", "Par exemple 5 €, 10 € ou 20 €.", "le deuxième",
      "Un don de 10 € à la Croix-Rouge française. Je valide ?"),
     (FR, "je veux donner aux amis de l'eau claire", "Par exemple 5 €, 15 € ou 40 €.",
      "le dernier", "Un don de 40 € aux Amis de l'Eau Claire. Je valide ?")],
)  # fmt: skip
def test_a_suggested_amount_picked_by_its_rank(
    skill, shopper, sqlite_store, locale, give, suggested, rank, asked
):
    enroll(skill)
    talk = shopper(locale)
    assert talk.say(give).endswith(suggested)
    assert talk.say(rank) == asked
    assert sandbox_charges(sqlite_store) == []


# --- « à la lavande » after a product is its scent ----------------------------------------------


@pytest.mark.parametrize(
    "before",
    ["ajoute un savon au fiel", "combien coûte le savon au fiel"],
)
def test_a_scent_said_after_a_product_is_no_charity(skill, shopper, before):
    enroll(skill)
    talk = shopper(FR)
    talk.say(before)
    said = talk.say("à la lavande")
    assert said == (
        "Le savon au fiel à la lavande 100 g coûte 4,50 €. Notre savon au fiel de bœuf, "
        "parfumé à l'huile essentielle de lavande. Je l'ajoute à votre panier ?"
    )
    assert talk.say("oui").startswith("J'ai ajouté le savon au fiel à la lavande 100 g.")


@pytest.mark.parametrize(
    ("first", "said", "reply"),
    [("je veux faire un don", "à la lavande",
      "Je ne connais pas d'association « lavande », je ne peux donc pas lui donner."),
     ("ajoute un savon au fiel", "donne 10 euros à la lavande",
      "Je ne connais pas d'association « lavande », je ne peux donc pas lui donner."),
     ("ajoute un savon au fiel", "à la croix-rouge",
      "Combien voulez-vous donner à la Croix-Rouge française ?")],
)  # fmt: skip
def test_a_charity_is_read_while_giving_or_when_named_closely(skill, shopper, first, said, reply):
    """While a gift is set up, or with an amount said, a name is a charity's, known or not; a
    charity named closely is one whatever came before."""
    enroll(skill)
    talk = shopper(FR)
    talk.say(first)
    assert reply in talk.say(said)
