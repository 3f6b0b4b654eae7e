"""Stock questions: "is it in stock?", « vous avez encore de la terre de Sommières ? ». Each gets a
yes or a no (they read the whole description, or « I didn't get that » for "is it available"),
then adding is offered, or the question that was pending is asked again."""

from __future__ import annotations

import pytest

from tests.skill.wallets import PIN, enroll, sandbox_charges

FR, EN = "fr-FR", "en-US"


@pytest.mark.parametrize(
    ("locale", "asked", "answer"),
    [(EN, "do you have the ox gall soap in stock",
      "Yes, Ox Gall Stain Soap Bar 100 g is in stock, at $4.90. Shall I add it to your cart?"),
     (EN, "do you still have the pocket stain stick",
      "Yes, Pocket Stain Stick 35 g is in stock, at $6.90. Shall I add it to your cart?"),
     (FR, "vous avez le savon au fiel en stock",
      "Oui, le savon au fiel de bœuf nature 100 g est en stock, à 3,90 €. Je l'ajoute à votre panier ?"),
     (FR, "il vous reste de la terre de sommières",
      "Oui, la terre de Sommières 250 g est en stock, à 5,50 €. Je l'ajoute à votre panier ?")],
)  # fmt: skip
def test_a_product_named_in_stock_is_yes_with_its_price_and_adding_offered(
    shopper, locale, asked, answer
):
    talk = shopper(locale)
    assert talk.say(asked) == answer
    assert talk.say("oui" if locale == FR else "yes").startswith(("J'ai ajouté", "I added"))


@pytest.mark.parametrize(
    ("locale", "described", "asked", "answer"),
    [(EN, "tell me about the enzyme pre-wash", "is it available",
      "Yes, it's in stock. Shall I add Enzyme Pre-Wash 500 ml to your cart?"),
     (FR, "parle-moi du prélavage aux enzymes", "il est disponible",
      "Oui, il est en stock. Voulez-vous ajouter le prélavage aux enzymes 500 ml à votre panier ?")],
)  # fmt: skip
def test_it_after_a_description_is_that_product(shopper, locale, described, asked, answer):
    talk = shopper(locale)
    talk.say(described)
    assert talk.say(asked) == answer


@pytest.mark.parametrize(
    ("locale", "asked", "answer"),
    [(EN, "is the active oxygen powder 1 kg in stock",
      "No, Active Oxygen Powder 1 kg is out of stock right now. "
      "I have Active Oxygen Powder 500 g for $9.50. Shall I add that instead?"),
     (FR, "est-ce que la poudre oxygène active 1 kg est en stock",
      "Non, la poudre à l'oxygène actif 1 kg est en rupture de stock pour le moment. "
      "J'ai la poudre à l'oxygène actif 500 g à 8,50 €. Je la mets à la place ?")],
)  # fmt: skip
def test_out_of_stock_is_no_with_the_other_size_offered(shopper, locale, asked, answer):
    talk = shopper(locale)
    assert talk.say(asked) == answer


@pytest.mark.parametrize(
    ("locale", "described", "asked", "answer"),
    [(EN, "tell me about the enzyme pre-wash", "is the pocket stain stick in stock",
      "Yes, Pocket Stain Stick 35 g is in stock, at $6.90. Shall I add it to your cart?"),
     (FR, "parle-moi du prélavage aux enzymes", "il vous reste de la terre de sommières",
      "Oui, la terre de Sommières 250 g est en stock, à 5,50 €. Je l'ajoute à votre panier ?")],
)  # fmt: skip
def test_another_product_named_is_the_one_offered(shopper, locale, described, asked, answer):
    """It offered the product described before: « … est en stock. Voulez-vous ajouter le
    prélavage … ? »."""
    talk = shopper(locale)
    talk.say(described)
    assert talk.say(asked) == answer


@pytest.mark.parametrize(
    ("locale", "add", "asked", "answer"),
    [(EN, "add the pocket stain stick", "is it in stock",
      "Yes, it's in stock. It's already in your cart, quantity 1."),
     (FR, "ajoute le stick détachant", "il est en stock",
      "Oui, il est en stock. Il est déjà dans votre panier, quantité 1.")],
)  # fmt: skip
def test_in_stock_and_already_in_the_cart(shopper, locale, add, asked, answer):
    talk = shopper(locale)
    talk.say(add)
    assert talk.say(asked).startswith(answer)


@pytest.mark.parametrize(
    ("locale", "buy", "asked", "yes", "again", "code"),
    [(EN, "buy the ox gall soap", "is the ox gall soap in stock", "yes",
      "Say yes to order for $10.80", "To confirm, please say your four-digit code"),
     (FR, "achète le savon au fiel", "le savon au fiel est en stock", "oui",
      "Dites oui pour commander pour 8,80 €", "Pour confirmer, dites votre code secret")],
)  # fmt: skip
def test_at_the_order_summary_the_answer_comes_back_to_the_order(
    skill, shopper, locale, buy, asked, yes, again, code
):
    enroll(skill)
    talk = shopper(locale)
    talk.say(buy)
    reply = talk.say(asked)
    assert reply.startswith(("Yes, Ox Gall", "Oui, le savon")) and again in reply, reply
    assert talk.say(yes).startswith(code)
    talk.say(PIN)
    assert len(sandbox_charges(skill.services.store)) == 1


@pytest.mark.parametrize(
    ("locale", "asked", "which"),
    [(EN, "is it in stock", "Which product would you like?"),
     (FR, "c'est disponible", "Quel produit voulez-vous ?")],
)  # fmt: skip
def test_nothing_named_nor_described_asks_which(chat, locale, asked, which):
    talk = chat(locale)
    talk.launch()
    assert talk.say(asked) == which
