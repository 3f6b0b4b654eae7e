"""Questions said in words the model did not have, each « I didn't get that » (or a product
called « quoi comme produits », or a method for "to cancel that") before: the order's status,
where it is sent, the smallest gift, a dried stain, the shop's products, cancelling that order,
where to buy what was offered. Through the real skill and the simulator's reading of the
committed interaction models, in both locales."""

from __future__ import annotations

import pytest

from tests.skill.wallets import PIN, enroll

FR, EN = "fr-FR", "en-US"


@pytest.mark.parametrize(
    ("locale", "asked", "answer"),
    [(EN, "which address are you sending it to", "You pay with your Visa ending in 4 2 4 2, and "
      "your orders go to 12 rue des Lilas, Paris."),
     (FR, "vous livrez à quelle adresse", "Vous payez avec votre carte Visa finissant par 4 2 4 2, "
      "et vos commandes sont livrées au 12 rue des Lilas, Paris."),
     (EN, "what kind of products do you have", "We have"),
     (FR, "vous avez quoi comme produits", "Nous avons")],
)  # fmt: skip
def test_the_account_and_the_shop(skill, shopper, locale, asked, answer):
    enroll(skill)
    assert shopper(locale).say(asked).startswith(answer)


@pytest.mark.parametrize(
    ("locale", "buy", "status", "said", "cancel", "asked"),
    [(EN, "buy the ox gall soap", "what's my order status", "Your latest order: Order",
      "i changed my mind cancel the order", "Do you want to cancel order"),
     (FR, "achète le savon au fiel", "quel est le statut de ma commande", "Votre dernière commande",
      "finalement annule ma commande", "Voulez-vous annuler la commande")],
)  # fmt: skip
def test_the_order_after_it_is_placed(skill, shopper, locale, buy, status, said, cancel, asked):
    enroll(skill)
    talk = shopper(locale)
    talk.say(buy)
    talk.say("yes" if locale == EN else "oui")
    talk.say(PIN)
    talk.say("no" if locale == EN else "non")  # the round-up
    assert talk.say(status).startswith(said)
    assert talk.say(cancel).startswith(asked)


@pytest.mark.parametrize(
    ("locale", "gift", "charity", "asked"),
    [(EN, "i want to donate", "the red cross", "what's the minimum amount"),
     (FR, "je veux faire un don", "la croix rouge", "combien je peux donner au minimum")],
)  # fmt: skip
def test_the_smallest_gift_asked(skill, shopper, locale, gift, charity, asked):
    enroll(skill)
    talk = shopper(locale)
    talk.say(gift)
    talk.say(charity)
    reply = talk.say(asked)
    assert ("go from $1 to $500" if locale == EN else "vont de 1 € à 500 €") in reply, reply


@pytest.mark.parametrize(
    ("locale", "guide", "asked", "answer"),
    [(EN, "how do i get blood out of my sheets", "what if it's dried",
      "If the stain is still there"),
     (FR, "comment enlever une tache de sang sur un drap", "et si elle est sèche",
      "Si la tache est toujours là")],
)  # fmt: skip
def test_a_dried_stain(chat, locale, guide, asked, answer):
    talk = chat(locale)
    talk.launch()
    talk.say(guide)
    assert talk.say(asked).startswith(answer)


@pytest.mark.parametrize(
    ("locale", "guide", "asked", "answer"),
    [(EN, "how do i get candle wax out of a tablecloth", "where can i buy that",
      "Candle Wax Removal Kit is $14.90."),
     (FR, "comment enlever de la cire de bougie sur une nappe", "on peut l'acheter où",
      "Le kit anti-cire de bougie coûte")],
)  # fmt: skip
def test_where_to_buy_what_a_guide_offered(chat, locale, guide, asked, answer):
    talk = chat(locale)
    talk.launch()
    talk.say(guide)
    for _ in range(2):
        talk.say("next" if locale == EN else "suivant")
    assert talk.say(asked).startswith(answer)


@pytest.mark.parametrize(
    ("locale", "add", "asked", "answer"),
    [(EN, "add two ox gall soaps", "how many do i have", "In your cart, 2 items."),
     (FR, "ajoute deux savons au fiel", "j'en ai combien", "Dans votre panier, 2 articles.")],
)  # fmt: skip
def test_how_many_in_the_cart(chat, locale, add, asked, answer):
    talk = chat(locale)
    talk.launch()
    talk.say(add)
    assert talk.say(asked).startswith(answer)
