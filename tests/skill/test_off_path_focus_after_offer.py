"""A product offered and declined stays in focus: "no thanks", then "how do I use it?", « c'est
disponible ? », "how much is it?", "what sizes does it come in?" are about it (they asked
"Which product would you like?"). A product named is still that product; "add it",
« finalement ajoute-le » take the offer back up; a plain "yes" to "another stain?" stays a yes to
that question. Through the real skill and the simulator's reading of the interaction models."""

from __future__ import annotations

import pytest

FR, EN = "fr-FR", "en-US"

COFFEE = {
    EN: ("how do I get coffee out of my cotton shirt", "next", "no thanks"),
    FR: ("comment enlever une tache de café sur du coton", "suivant", "non merci"),
}
OFFERED = {EN: "Active Oxygen Spray 250 ml", FR: "Le spray à l'oxygène actif 250 ml"}
ANOTHER_STAIN = {EN: "Another stain to tackle?", FR: "Une autre tache à traiter ?"}


def declined(chat, locale: str):
    """A shopper who followed the coffee method to its end and said no to its offer (the
    active oxygen spray 250 ml)."""
    asked, next_step, no = COFFEE[locale]
    talk = chat(locale)
    talk.launch()
    talk.say(asked)
    talk.say(next_step)
    assert OFFERED[locale] in talk.say(next_step)
    assert talk.say(no).endswith(ANOTHER_STAIN[locale])
    return talk


@pytest.mark.parametrize(
    ("locale", "asked", "answer"),
    [(EN, "how do i use it",
      "Active Oxygen Spray 250 ml works on the coffee or tea stain, the red wine stain or the "
      "tomato sauce stain. Which stain is it?"),
     (FR, "comment on l'utilise",
      "Le spray à l'oxygène actif 250 ml s'utilise sur la tache de café ou de thé, la tache de "
      "vin rouge ou la tache de sauce tomate. Pour quelle tache ?")],
)  # fmt: skip
def test_how_do_i_use_it_after_no_thanks_is_the_product_offered(chat, locale, asked, answer):
    talk = declined(chat, locale)
    assert talk.say(asked) == answer


@pytest.mark.parametrize(
    ("locale", "asked", "answer"),
    [(EN, "is it in stock", "Yes, it's in stock. Shall I add it to your cart?"),
     (FR, "c'est disponible", "Oui, il est en stock. Je l'ajoute à votre panier ?")],
)  # fmt: skip
def test_is_it_in_stock_after_no_thanks_is_the_product_offered(chat, locale, asked, answer):
    talk = declined(chat, locale)
    assert talk.say(asked) == answer


def test_fr_a_feminine_product_declined_is_elle(chat):
    talk = chat(FR)
    talk.launch()
    talk.say("comment enlever une tache de gras sur du coton")
    talk.say("suivant")
    assert "La terre de Sommières 250 g coûte" in talk.say("suivant")
    said = talk.say("non merci")
    assert said == "Pas de souci, je ne vous la proposerai plus. Une autre tache à traiter ?"
    assert talk.say("c'est disponible") == "Oui, elle est en stock. Je l'ajoute à votre panier ?"
    assert talk.say("non").startswith("Pas de souci.")
    assert talk.say("comment on l'utilise").startswith(
        "La terre de Sommières 250 g s'utilise sur la tache de graisse ou d'huile"
    )


@pytest.mark.parametrize(
    ("locale", "asked", "answer"),
    [(EN, "how much is it", "Active Oxygen Spray 250 ml is $7.90."),
     (FR, "combien coûte ça", "Le spray à l'oxygène actif 250 ml coûte 6,90 €.")],
)  # fmt: skip
def test_how_much_is_it_after_no_thanks_is_the_product_offered(chat, locale, asked, answer):
    talk = declined(chat, locale)
    assert talk.say(asked).startswith(answer)


@pytest.mark.parametrize(
    ("locale", "asked", "answer", "picked", "described"),
    [(EN, "what sizes does it come in",
      "It comes in 250 ml and 500 ml. Which one would you like to hear about?",
      "the 500 ml", "Active Oxygen Spray 500 ml is $10.90."),
     (FR, "c'est quelle taille", "Ce produit existe en 250 ml et 500 ml. Lequel vous intéresse ?",
      "le 500 ml", "Le spray à l'oxygène actif 500 ml coûte")],
)  # fmt: skip
def test_what_sizes_after_no_thanks_are_the_product_offered(
    chat, locale, asked, answer, picked, described
):
    talk = declined(chat, locale)
    assert talk.say(asked) == answer
    assert talk.say(picked).startswith(described)


@pytest.mark.parametrize(
    ("locale", "asked", "answer"),
    [(EN, "is the pocket stain stick in stock",
      "Yes, Pocket Stain Stick 35 g is in stock, at $6.90."),
     (FR, "il vous reste du stick détachant",
      "Oui, le stick détachant de poche 35 g est en stock, à 5,90 €.")],
)  # fmt: skip
def test_another_product_named_after_no_thanks_is_that_product(chat, locale, asked, answer):
    talk = declined(chat, locale)
    assert talk.say(asked).startswith(answer)


@pytest.mark.parametrize(
    ("locale", "taken", "added", "cart"),
    [(EN, "actually add it", "I added Active Oxygen Spray 250 ml.", "what's in my cart"),
     (FR, "finalement ajoute-le", "J'ai ajouté le spray à l'oxygène actif 250 ml.",
      "qu'est-ce qu'il y a dans mon panier")],
)  # fmt: skip
def test_add_it_after_no_thanks_takes_the_offer_back_up(chat, locale, taken, added, cart):
    talk = declined(chat, locale)
    assert talk.say(taken).startswith(added)
    assert ("Active Oxygen Spray 250 ml" if locale == EN else "oxygène actif 250 ml") in talk.say(
        cart
    )


@pytest.mark.parametrize(
    ("locale", "yes", "which"),
    [(EN, "actually yes", "Which stain do you want to remove?"),
     (FR, "finalement oui", "Quelle tache voulez-vous enlever ?")],
)  # fmt: skip
def test_yes_after_no_thanks_answers_another_stain(chat, locale, yes, which):
    """Alexa hears "actually yes" as a plain yes: to "another stain?" it asks which stain, and
    adds nothing (a yes there is not a yes to the offer)."""
    talk = declined(chat, locale)
    assert talk.say(yes).startswith(which)
    assert ("empty" if locale == EN else "vide") in talk.say(
        "what's in my cart" if locale == EN else "qu'est-ce qu'il y a dans mon panier"
    )


@pytest.mark.parametrize(
    ("locale", "described", "no", "asked", "answer"),
    [(EN, "tell me about the candle wax kit", "no", "how do i use it",
      "Candle Wax Removal Kit goes with the method for the candle wax."),
     (FR, "parle-moi du kit anti-cire", "non", "comment on l'utilise",
      "Le kit anti-cire de bougie sert dans la méthode pour la tache de cire de bougie.")],
)  # fmt: skip
def test_no_to_shall_i_add_it_keeps_the_product_described(
    chat, locale, described, no, asked, answer
):
    talk = chat(locale)
    talk.launch()
    talk.say(described)
    assert talk.say(no).endswith("Anything else?" if locale == EN else "Autre chose ?")
    assert talk.say(asked).startswith(answer)
