"""Off the happy path after a product's description: "buy it", « je le prends », "add it" take
the product described ("buy it" asked "Which product would you like?"). Through the real skill
and the simulator's reading of the committed interaction models."""

from __future__ import annotations

import pytest

from tests.skill.wallets import enroll

FR, EN = "fr-FR", "en-US"


@pytest.mark.parametrize(
    ("locale", "asked", "taken", "said"),
    [
        (EN, "how much is the small oxygen spray", "buy it",
         "I added Active Oxygen Spray 250 ml. Your order from"),
        (EN, "how much is the small oxygen spray", "add it", "I added Active Oxygen Spray 250 ml."),
        (FR, "combien coûte le petit spray oxygène", "ajoute-le",
         "J'ai ajouté le spray à l'oxygène actif 250 ml."),
    ],
)  # fmt: skip
def test_it_after_a_description_is_the_product_described(
    skill, shopper, locale, asked, taken, said
):
    enroll(skill)
    talk = shopper(locale)
    talk.say(asked)
    assert talk.say(taken).startswith(said)


@pytest.mark.parametrize(
    ("locale", "asked", "size", "added"),
    [
        (EN, "add the oxygen stain remover to my cart", "500", "I added Active Oxygen Spray 500 ml."),
        (FR, "ajoute du détachant à l'oxygène", "cinq cents",
         "J'ai ajouté le spray à l'oxygène actif 500 ml."),
    ],
)  # fmt: skip
def test_a_size_said_as_a_bare_number_answers_which_size(shopper, locale, asked, size, added):
    """It was "There's nothing to confirm right now", the question dropped."""
    talk = shopper(locale)
    assert "500 ml" in talk.say(asked)
    assert talk.say(size).startswith(added)


def test_it_and_another_one_right_after_an_add_are_that_product(shopper):
    talk = shopper(EN)
    talk.say("add the carpet foam")
    assert talk.say("how much is it").startswith("Carpet and Upholstery Foam 400 ml is $12.90.")
    talk.say("no")
    talk.say("add the carpet foam")
    assert talk.say("add another one").startswith("I added Carpet and Upholstery Foam 400 ml.")


def test_ship_it_to_my_office_at_the_summary_answers_and_the_order_waits(skill, shopper):
    enroll(skill)
    talk = shopper(EN)
    talk.say("add a stain stick")
    talk.say("check out")
    reply = talk.say("can you ship it to my office instead")
    assert "account page" in reply and "Say yes to order for" in reply


@pytest.mark.parametrize(
    ("locale", "add", "named", "described"),
    [
        (EN, "add the ox gall soap", "the lavender one", "Lavender Ox Gall Soap 100 g is $5.50."),
        (FR, "ajoute le savon au fiel", "la lavande",
         "Le savon au fiel à la lavande 100 g coûte 4,50 €."),
    ],
)  # fmt: skip
def test_a_bare_name_after_an_add_is_the_product_named_not_the_one_added(
    shopper, locale, add, named, described
):
    """A bare name (ChooseIntent) was not read: "Which product?", then the product just added."""
    talk = shopper(locale)
    talk.say(add)
    assert talk.say(named).startswith(described)


@pytest.mark.parametrize(
    ("locale", "add", "price", "in_cart", "yes"),
    [
        (EN, "add the wool and silk remover", "how much is it",
         "It's already in your cart, quantity 1. Anything else?", "yes"),
        (FR, "ajoute le détachant laine et soie", "combien ça coûte",
         "Il est déjà dans votre panier, quantité 1. Autre chose ?", "oui"),
    ],
)  # fmt: skip
def test_the_price_of_what_was_just_added_offers_no_second_one(
    shopper, locale, add, price, in_cart, yes
):
    """It asked "Shall I add it to your cart?", and a yes added a second one."""
    talk = shopper(locale)
    talk.say(add)
    assert talk.say(price).endswith(in_cart)
    talk.say(yes)
    cart = talk.say("what's in my cart" if locale == EN else "qu'est-ce qu'il y a dans mon panier")
    assert "quantity 1." in cart or "quantité 1." in cart, cart


@pytest.mark.parametrize(
    ("locale", "asked", "size", "added"),
    [
        (EN, "add the oxygen stain remover to my cart", "the bigger one",
         "I added Active Oxygen Spray 500 ml."),
        (EN, "add the oxygen stain remover to my cart", "the small one",
         "I added Active Oxygen Spray 250 ml."),
        (FR, "ajoute du détachant à l'oxygène", "le plus grand",
         "J'ai ajouté le spray à l'oxygène actif 500 ml."),
        (FR, "ajoute du détachant à l'oxygène", "le plus petit",
         "J'ai ajouté le spray à l'oxygène actif 250 ml."),
    ],
)  # fmt: skip
def test_a_size_word_answers_which_size(shopper, locale, asked, size, added):
    """ "The bigger one", « le plus grand » were "I didn't catch which one"."""
    talk = shopper(locale)
    talk.say(asked)
    assert talk.say(size).startswith(added)


@pytest.mark.parametrize("said", ["ajoute-en un autre", "encore un autre"])
def test_fr_one_more_of_what_was_just_added(shopper, said):
    """« ajoute-en un autre » was a product called « autre »."""
    talk = shopper(FR)
    talk.say("ajoute deux savons au fiel")
    assert talk.say(said).startswith("J'ai ajouté le savon au fiel de bœuf nature 100 g.")
