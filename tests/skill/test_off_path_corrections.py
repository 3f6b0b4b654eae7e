"""Off the happy path when the skill misheard: "that's wrong", « c'est pas ça », "no, I said the
candle kit", « non, j'ai dit encre ». What was just added comes out of the cart again, what the
shopper meant is taken as the request they were making, and a bare correction asks the pending
question again. "What is my pin?", "what is it made of?" are no charity to give to; "I want a
refund" is no product. Through the real skill and the simulator's reading of the committed
interaction models, in both locales."""

from __future__ import annotations

import pytest

from tests.skill.wallets import enroll

FR, EN = "fr-FR", "en-US"
CART = {FR: "qu'est-ce qu'il y a dans mon panier", EN: "what's in my cart"}


@pytest.mark.parametrize(
    ("locale", "add", "wrong", "said"),
    [
        (FR, "ajoute deux prélavage aux enzymes", "c'est pas ça",
         "D'accord, j'ai retiré le prélavage aux enzymes 500 ml de votre panier. "
         "Quel produit vouliez-vous ?"),
        (EN, "add two enzyme pre-wash to my cart", "that's wrong",
         "Okay, I took Enzyme Pre-Wash 500 ml back out of your cart. "
         "Which product did you want?"),
    ],
)  # fmt: skip
def test_wrong_right_after_an_add_takes_out_what_was_added_and_asks(
    shopper, locale, add, wrong, said
):
    talk = shopper(locale)
    talk.say(add)
    assert talk.say(wrong) == said
    assert "vide" in talk.say(CART[locale]) or "empty" in talk.say(CART[locale])


@pytest.mark.parametrize(
    ("locale", "add", "meant", "kit"),
    [
        (FR, "ajoute le prélavage aux enzymes", "non j'ai dit le kit anti-cire de bougie",
         "kit anti-cire de bougie"),
        (EN, "add the enzyme pre-wash", "no i said the candle wax removal kit",
         "Candle Wax Removal Kit"),
    ],
)  # fmt: skip
def test_no_i_said_another_product_swaps_it_and_keeps_what_was_there(
    shopper, locale, add, meant, kit
):
    talk = shopper(locale)
    talk.say(add)
    talk.say(add)  # two now: one more came with the second request
    reply = talk.say(meant)
    assert kit in reply
    cart = talk.say(CART[locale])
    assert kit.lower() in cart.lower()
    assert ("Prélavage aux enzymes 500 ml, quantité 1" in cart) or (
        "Enzyme Pre-Wash 500 ml, quantity 1" in cart
    )


@pytest.mark.parametrize(
    ("locale", "asked", "meant", "ink"),
    [
        (FR, "comment enlever une tache de vin rouge", "non j'ai dit encre", "tache d'encre"),
        (EN, "how do i get a red wine stain out", "no i said ink", "ink stain"),
    ],
)
def test_no_i_said_another_stain_starts_its_guide(shopper, locale, asked, meant, ink):
    talk = shopper(locale)
    assert ("tache de vin" if locale == FR else "wine stain") in talk.say(asked)
    assert ink in talk.say(meant)


@pytest.mark.parametrize(
    ("locale", "asked", "wrong", "again"),
    [
        (FR, "comment enlever une tache de vin rouge", "c'est pas ça",
         "Toutes mes excuses. Quel tissu"),
        (EN, "how do i get a red wine stain out", "that's not what i said",
         "Sorry about that. Which fabric"),
    ],
)  # fmt: skip
def test_a_bare_correction_asks_the_question_again(shopper, locale, asked, wrong, again):
    talk = shopper(locale)
    talk.say(asked)
    assert talk.say(wrong).startswith(again)


@pytest.mark.parametrize(
    ("locale", "asked", "meant", "kit"),
    [
        (FR, "je voudrais le détachant", "non j'ai dit le kit anti-cire de bougie",
         "kit anti-cire de bougie"),
        (EN, "i want the stain remover", "no i said the candle wax removal kit",
         "Candle Wax Removal Kit"),
    ],
)  # fmt: skip
def test_no_i_said_to_a_which_question_takes_the_product_meant(shopper, locale, asked, meant, kit):
    talk = shopper(locale)
    talk.say(asked)
    assert kit in talk.say(meant)


@pytest.mark.parametrize(
    ("locale", "buy", "wrong", "set_aside"),
    [
        (FR, "achète le prélavage aux enzymes", "c'est pas ça", "D'accord, je n'ai rien débité."),
        (EN, "buy the enzyme pre-wash", "that's wrong", "Okay, nothing was charged."),
    ],
)
def test_wrong_at_the_summary_sets_the_order_aside(skill, shopper, locale, buy, wrong, set_aside):
    enroll(skill)
    talk = shopper(locale)
    assert "?" in talk.say(buy)
    assert talk.say(wrong).startswith(set_aside)


@pytest.mark.parametrize(
    ("locale", "asked", "answer"),
    [
        (EN, "what is my pin", "To set a new code"),
        (EN, "i want to change my pin", "To set a new code"),
        (FR, "je veux changer mon code", "Pour choisir un nouveau code"),
        (EN, "i want a refund", "+33 4 65 71 20 30"),
        (FR, "je veux être remboursé", "+33 4 65 71 20 30"),
        (FR, "ma commande n'est pas arrivée", "+33 4 65 71 20 30"),
    ],
)
def test_pin_and_refund_questions_are_no_product_and_no_charity(shopper, locale, asked, answer):
    reply = shopper(locale).say(asked)
    assert answer in reply
    assert "charity" not in reply and "association" not in reply
    assert "find" not in reply and "trouvé" not in reply


@pytest.mark.parametrize(
    ("locale", "asked"),
    [(EN, "what is it made of"), (FR, "c'est quoi la différence")],
)
def test_what_is_a_thing_no_charity_has_is_not_a_gift(shopper, locale, asked):
    reply = shopper(locale).say(asked)
    assert "give" not in reply and "donner" not in reply


@pytest.mark.parametrize(
    ("locale", "asked", "product"),
    [
        (EN, "who is the candle wax removal kit", "Candle Wax Removal Kit is $14.90"),
        (FR, "c'est qui le kit anti-cire de bougie", "kit anti-cire de bougie coûte"),
    ],
)
def test_what_is_a_product_said_like_a_charity_describes_the_product(
    shopper, locale, asked, product
):
    assert product in shopper(locale).say(asked)


@pytest.mark.parametrize(
    ("locale", "donate", "asked", "unknown"),
    [
        (EN, "i want to donate to the red cross", "what is oxfam",
         'I don\'t know a charity called "oxfam".'),
        (FR, "je veux faire un don à la croix rouge", "c'est quoi oxfam",
         "Je ne connais pas d'association « oxfam »."),
    ],
)  # fmt: skip
def test_an_unknown_charity_asked_about_while_giving_keeps_the_gift_going(
    skill, shopper, locale, donate, asked, unknown
):
    enroll(skill)
    talk = shopper(locale)
    talk.say(donate)
    reply = talk.say(asked)
    assert reply.startswith(unknown)
    assert "nothing was charged" not in reply and "rien n'a été débité" not in reply
