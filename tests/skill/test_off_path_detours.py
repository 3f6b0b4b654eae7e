"""Detours a shopper takes in the middle of something: yes or no to a question that wants a
name or a number, plural product names, words as a recogniser writes them, "hello" at any
moment. Each test replays the dialog in both locales, through the real skill."""

from __future__ import annotations

import pytest

from skill.questions import QUESTIONS
from skill.routes import NO, ROUTES, YES, handler
from skill.simulator import Simulator
from tests.skill.wallets import SHOPPER, enroll

FR, EN = "fr-FR", "en-US"
BOTH = [FR, EN]


# --- yes or no to an open question ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "stain", "yes", "hint", "fabric"),
    [
        (FR, "comment enlever une tache de café", "oui", "J'ai besoin de connaître le tissu.",
         "laine"),
        (EN, "how do I remove a coffee stain", "yes", "I need to know the fabric.", "wool"),
    ],
)  # fmt: skip
def test_yes_to_the_fabric_question_says_what_answer_it_wants(
    shopper, locale, stain, yes, hint, fabric
):
    talk = shopper(locale)
    asked = talk.say(stain)
    assert "Is it" not in asked  # "which fabric is it: …?", never a yes/no question
    reply = talk.say(yes)
    assert reply != asked
    assert reply.startswith(hint)
    assert "laine, moquette, canapé ou autre chose" in reply or (
        "wool, carpet, upholstery or something else" in reply
    )
    steps = talk.say(fabric)
    assert ("Étape 1" if locale == FR else "Step 1") in steps


@pytest.mark.parametrize(
    ("locale", "too_many", "yes", "hint", "then"),
    [
        (FR, "ajoute cent savons au fiel nature", "oui", "Il me faut un nombre.",
         "ajoute deux savons au fiel nature"),
        (EN, "add one hundred ox gall soaps", "yes", "I need a number.", "add two ox gall soaps"),
    ],
)  # fmt: skip
def test_yes_to_how_many_says_a_number_is_wanted(shopper, locale, too_many, yes, hint, then):
    talk = shopper(locale)
    asked = talk.say(too_many)
    reply = talk.say(yes)
    assert reply.startswith(hint) and reply != asked
    assert ("J'ai ajouté 2 exemplaires" if locale == FR else ", quantity 2.") in talk.say(then)


@pytest.mark.parametrize(
    ("locale", "price", "yes", "hint"),
    [
        (FR, "c'est combien", "oui", "Il me faut le nom du produit."),
        (EN, "what's the price", "yes", "I need the product's name."),
    ],
)
def test_yes_to_which_product_asks_for_its_name(shopper, locale, price, yes, hint):
    talk = shopper(locale)
    talk.say(price)
    assert talk.say(yes).startswith(hint)
    assert not talk.ended


def test_every_open_question_answers_yes_with_what_it_expects():
    """A question that declares the answer it wants (``expects``) answers "yes" the one way."""
    from skill.flows.basics import expected

    open_questions = [q for q in QUESTIONS.values() if q.expects]
    assert len(open_questions) >= 6
    for question in open_questions:
        assert handler(ROUTES[(question, YES)]) is expected, question.kind
        assert (question, NO) in ROUTES, question.kind
    routed = {kind for (kind, intent), answer in ROUTES.items() if handler(answer) is expected}
    assert routed == set(open_questions)


# --- plural product names ------------------------------------------------------------------------

PLURAL_PRODUCTS = {
    # the out-of-stock 1 kg powder becomes tablets; the spray the coffee guide offers, wipes
    '      title: "Poudre à l\'oxygène actif 1 kg"\n      grammar: {gender: feminine}':
        '      title: "Pastilles à l\'oxygène actif 1 kg"\n'
        "      grammar: {gender: feminine, plural: true}",
    '      title: "Active Oxygen Powder 1 kg"':
        '      title: "Active Oxygen Tablets 1 kg"\n      grammar: {plural: true}',
    '      grammar: {gender: masculine, short: "spray à l\'oxygène actif 250 ml"}':
        '      grammar: {gender: feminine, plural: true, short: "lingettes à l\'oxygène actif"}',
    '      grammar: {short: "Active Oxygen Spray 250 ml"}':
        '      grammar: {plural: true, short: "Active Oxygen Wipes"}',
}  # fmt: skip


@pytest.fixture
def plural_shop(skill_with_products):
    return skill_with_products(PLURAL_PRODUCTS)


@pytest.mark.parametrize(
    ("locale", "add", "out", "instead"),
    [
        (FR, "ajoute la grande poudre oxygène",
         "Les pastilles à l'oxygène actif 1 kg sont en rupture de stock.",
         "J'ai la poudre à l'oxygène actif 500 g à 8,50 €. Je la mets à la place ?"),
        (EN, "add the big oxygen powder",
         "Active Oxygen Tablets 1 kg are out of stock.",
         "I have Active Oxygen Powder 500 g for $9.50. Shall I add that instead?"),
    ],
)  # fmt: skip
def test_an_out_of_stock_plural_product_is_spoken_in_the_plural(
    plural_shop, locale, add, out, instead
):
    talk = Simulator(plural_shop, locale, user_id=SHOPPER)
    talk.launch()
    assert f"{out} {instead}" in talk.say(add)


@pytest.mark.parametrize(
    ("locale", "remove", "answer"),
    [
        (FR, "retire la grande poudre oxygène de mon panier",
         "Les pastilles à l'oxygène actif 1 kg ne sont pas dans votre panier."),
        (EN, "remove the big oxygen powder from my cart",
         "Active Oxygen Tablets 1 kg aren't in your cart."),
    ],
)  # fmt: skip
def test_a_plural_product_not_in_the_cart_is_spoken_in_the_plural(
    plural_shop, locale, remove, answer
):
    talk = Simulator(plural_shop, locale, user_id=SHOPPER)
    talk.launch()
    talk.say("ajoute deux savons au fiel nature" if locale == FR else "add two ox gall soaps")
    assert answer in talk.say(remove)


@pytest.mark.parametrize(
    ("locale", "coffee", "offered", "declined"),
    [
        (FR, "comment enlever une tache de café sur du coton", "Voulez-vous les commander ?",
         "Pas de souci, je ne vous les proposerai plus."),
        (EN, "how do I get coffee out of my cotton shirt", "Would you like to order them?",
         "No problem, I won't offer them again."),
    ],
)  # fmt: skip
def test_a_declined_plural_offer_is_not_offered_again_in_the_plural(
    plural_shop, locale, coffee, offered, declined
):
    talk = Simulator(plural_shop, locale, user_id=SHOPPER)
    talk.launch()
    talk.say(coffee)
    nxt = "suivant" if locale == FR else "next"
    talk.say(nxt)
    assert offered in talk.say(nxt)
    assert talk.say("non" if locale == FR else "no").startswith(declined)


# --- words as a recogniser writes them -----------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "cart", "empty"),
    [
        (FR, "quest-ce quil y a dans mon panier", "Votre panier est vide."),
        (EN, "whats in my cart", "Your cart is empty."),
    ],
)
def test_whats_in_my_cart_without_an_apostrophe_reads_the_cart(shopper, locale, cart, empty):
    assert shopper(locale).say(cart).startswith(empty)


@pytest.mark.parametrize(
    ("locale", "coffee", "price", "described"),
    [
        (FR, "comment enlever une tache de café sur du coton", "c'est combien",
         "Le spray à l'oxygène actif 250 ml coûte"),
        (EN, "how do I get coffee out of my cotton shirt", "whats the price",
         "Active Oxygen Spray 250 ml is"),
    ],
)  # fmt: skip
def test_whats_the_price_of_the_product_offered(shopper, locale, coffee, price, described):
    talk = shopper(locale)
    talk.say(coffee)
    nxt = "suivant" if locale == FR else "next"
    talk.say(nxt)
    talk.say(nxt)  # the last step, then the merchant's offer
    reply = talk.say(price)
    assert described in reply
    assert reply.endswith(
        "Voulez-vous commander le spray à l'oxygène actif 250 ml ?"
        if locale == FR
        else "Would you like to order Active Oxygen Spray 250 ml?"
    )


# --- hello ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "hello", "welcome"),
    [(FR, "bonjour", "Bienvenue chez"), (EN, "hello", "Welcome to")],
)
def test_hello_as_the_first_words_is_welcomed(chat, locale, hello, welcome):
    talk = chat(locale, user=SHOPPER)
    assert talk.say(hello).startswith(welcome)
    assert not talk.ended


@pytest.mark.parametrize(
    ("locale", "stain", "hello", "greeted", "fabric"),
    [
        (FR, "comment enlever une tache de café", "salut", "Bonjour ! Quel tissu : laine",
         "laine"),
        (EN, "how do I remove a coffee stain", "hi", "Hello! Which fabric: wool", "wool"),
    ],
)  # fmt: skip
def test_hello_mid_guide_keeps_the_question(shopper, locale, stain, hello, greeted, fabric):
    talk = shopper(locale)
    talk.say(stain)
    assert talk.say(hello).startswith(greeted)
    assert ("Étape 1" if locale == FR else "Step 1") in talk.say(fabric)
    assert talk.say(hello).startswith("Bonjour !" if locale == FR else "Hello!")
    assert ("Étape 3" if locale == FR else "Step 3") in talk.say(
        "suivant" if locale == FR else "next"
    )


# --- found driving the chat: help, coming back, a price, a change of mind -------------------------


@pytest.mark.parametrize(
    ("locale", "stain", "help", "guide_help"),
    [
        (FR, "comment enlever une tache de café sur du coton", "qu'est-ce que je peux dire",
         "Nous suivons la méthode pour la tache de café ou de thé : dites « suivant », "
         "« précédent », « répète » ou « recommence »"),
        (EN, "how do I get coffee out of my cotton shirt", "what can I say",
         'We\'re following the coffee or tea stain: say "next", "previous", "repeat" or '
         '"start over"'),
    ],
)  # fmt: skip
def test_help_in_a_guide_names_what_a_guide_understands(shopper, locale, stain, help, guide_help):
    talk = shopper(locale)
    talk.say(stain)
    assert talk.say(help).startswith(guide_help)
    assert ("Étape 3" if locale == FR else "Step 3") in talk.say(
        "suivant" if locale == FR else "next"
    )


@pytest.mark.parametrize(
    ("locale", "help", "hint"),
    [
        (FR, "aide", "J'ai besoin de connaître le tissu. Vous pouvez dire « stop » pour arrêter. "
         "Quel tissu : laine"),
        (EN, "help", 'I need to know the fabric. You can say "stop" to end. Which fabric: wool'),
    ],
)  # fmt: skip
def test_help_at_an_open_question_says_what_it_wants(shopper, locale, help, hint):
    talk = shopper(locale)
    talk.say(
        "comment enlever une tache de café" if locale == FR else "how do I remove a coffee stain"
    )
    assert talk.say(help).startswith(hint)


@pytest.mark.parametrize(
    ("locale", "stain", "help", "reminded"),
    [
        (FR, "comment enlever une tache de café sur du coton", "aide",
         "On reprend la méthode pour la tache de café ou de thé ? Dites oui ou non."),
        (EN, "how do I get coffee out of my cotton shirt", "help",
         "Shall we continue with the coffee or tea stain? Say yes or no."),
    ],
)  # fmt: skip
def test_help_when_coming_back_to_a_guide_says_what_yes_does(
    shopper, locale, stain, help, reminded
):
    talk = shopper(locale)
    talk.say(stain)
    talk.say("stop")
    talk.launch()
    assert talk.say(help).endswith(reminded)


@pytest.mark.parametrize(
    ("locale", "coffee", "price", "discounted"),
    [
        (FR, "comment enlever une tache de café sur du coton", "c'est combien",
         "Le spray à l'oxygène actif 250 ml coûte 6,21 € au lieu de 6,90 €."),
        (EN, "how do I get coffee out of my cotton shirt", "whats the price",
         "Active Oxygen Spray 250 ml is $7.11 instead of $7.90."),
    ],
)  # fmt: skip
def test_the_price_asked_after_a_discounted_offer_is_the_price_offered(
    skill, chat, locale, coffee, price, discounted
):
    enroll(skill)
    talk = chat(locale, user=SHOPPER)
    talk.launch()
    talk.say(coffee)
    nxt = "suivant" if locale == FR else "next"
    talk.say(nxt)
    assert discounted.rstrip(".") in talk.say(nxt)
    assert talk.say(price).startswith(discounted)


@pytest.mark.parametrize(
    ("locale", "wine", "instead", "aside"),
    [
        (FR, "comment enlever une tache de vin rouge sur du coton", "finalement plutôt l'herbe",
         "Je laisse de côté la méthode pour la tache de vin rouge. Tache d'herbe."),
        (EN, "how do I remove a red wine stain from cotton", "actually I want grass instead",
         "I'm setting the red wine stain aside. Grass stain."),
    ],
)  # fmt: skip
def test_changing_ones_mind_mid_guide_sets_the_first_aside(shopper, locale, wine, instead, aside):
    talk = shopper(locale)
    talk.say(wine)
    assert talk.say(instead).startswith(aside)


@pytest.mark.parametrize(
    ("locale", "too_many"),
    [(FR, "ajoute deux cents sticks détachants"), (EN, "add one hundred stain sticks")],
)
def test_a_quantity_in_several_words_is_heard_whole(shopper, locale, too_many):
    reply = shopper(locale).say(too_many)
    assert reply.startswith(
        "Je peux en mettre de 1 à 99." if locale == FR else "I can add from 1 to 99."
    )


@pytest.mark.parametrize(
    ("locale", "about", "hundred", "two"),
    [
        (FR, "parle-moi du gel anti-rouille", "ajoute-en cent", "ajoute-en deux"),
        (EN, "tell me about the rust gel", "add one hundred of them", "add two of them"),
    ],
)
def test_too_many_of_the_product_just_described_asks_how_many(shopper, locale, about, hundred, two):
    talk = shopper(locale)
    talk.say(about)
    asked = talk.say(hundred)
    assert asked.startswith(
        "Je peux en mettre de 1 à 99." if locale == FR else "I can add from 1 to 99."
    )
    assert ("J'ai ajouté 2 exemplaires" if locale == FR else ", quantity 2.") in talk.say(two)


@pytest.mark.parametrize(
    ("locale", "coffee", "hundred"),
    [
        (FR, "comment enlever une tache de café sur du coton", "ajoute-en cent"),
        (EN, "how do I get coffee out of my cotton shirt", "add one hundred of them"),
    ],
)
def test_too_many_of_the_product_offered_asks_how_many(shopper, locale, coffee, hundred):
    talk = shopper(locale)
    talk.say(coffee)
    nxt = "suivant" if locale == FR else "next"
    talk.say(nxt)
    talk.say(nxt)  # the offer
    assert talk.say(hundred).startswith(
        "Je peux en mettre de 1 à 99." if locale == FR else "I can add from 1 to 99."
    )
