""" "What do you sell?": the skill names how many products it has and a few of them (those the
guides offer first, in stock), then asks which one to hear about."""

from __future__ import annotations

import pytest

FR, EN = "fr-FR", "en-US"


@pytest.mark.parametrize(
    ("locale", "asked", "heard", "named", "described"),
    [
        (FR, "qu'est-ce que vous vendez", "Nous avons 16 produits, dont", "le savon au fiel nature",
         "Lequel vous intéresse ?"),
        (EN, "what do you sell", "We have 16 products, among them", "the ox gall soap",
         "Which one would you like to hear about?"),
    ],
)  # fmt: skip
def test_what_do_you_sell_names_a_few_and_asks_which(chat, locale, asked, heard, named, described):
    talk = chat(locale)
    talk.launch()
    reply = talk.say(asked)
    assert reply.startswith(heard) and reply.endswith(described)
    assert reply.count(",") >= 1 and (" et " in reply or " and " in reply)
    answer = talk.say(named)
    assert "100 g" in answer and ("€" in answer or "$" in answer)


@pytest.mark.parametrize(
    ("locale", "asked", "picked", "described"),
    [
        (EN, "what do you sell", "tell me more about the first one", "Enzyme Pre-Wash 500 ml is $9.90."),
        (EN, "what do you sell", "the second one", "Candle Wax Removal Kit is $14.90."),
        (FR, "vous vendez quoi", "parle-moi du deuxième", "Le kit anti-cire de bougie coûte 12,90 €."),
        (EN, "what do you sell", "the pocket stain stick", "Pocket Stain Stick 35 g is $6.90."),
        (FR, "vous vendez quoi", "le stick détachant", "Le stick détachant de poche 35 g coûte 5,90 €."),
    ],
)  # fmt: skip
def test_the_products_named_are_picked_by_rank_and_another_by_name(
    chat, locale, asked, picked, described
):
    """ "The first one" is the first product named ("tell me more about the first one" was « I
    didn't find "first one" »); a product not among them is described all the same."""
    talk = chat(locale)
    talk.launch()
    talk.say(asked)
    reply = talk.say(picked)
    assert reply.startswith(described)
    assert reply.endswith(("Shall I add it to your cart?", "Je l'ajoute à votre panier ?"))
    assert "Your cart" not in reply and "Votre panier" not in reply


def test_a_size_said_to_which_of_two_is_never_another_product(chat):
    """ "The 1 liter" to "A 250 ml or B 250 ml?" is no option: asked again, the 1 l refill of
    another line is not added."""
    talk = chat(EN)
    talk.launch()
    assert talk.say("add the spray").startswith("Do you mean Active Oxygen Spray 250 ml or")
    assert talk.say("the 1 liter").startswith("I didn't catch which one.")
    assert "Refill" not in talk.say("what's in my cart")


@pytest.mark.parametrize(("locale", "skip"), [(FR, "passe cette étape"), (EN, "skip")])
def test_skip_goes_to_the_next_step(chat, locale, skip):
    talk = chat(locale)
    talk.launch()
    first = talk.say(
        "comment enlever une tache de café sur du coton"
        if locale == FR
        else "how do i get coffee out of my cotton shirt"
    )
    assert ("Étape 1" if locale == FR else "Step 1") in first
    following = talk.say(skip)
    assert ("Étape 3" if locale == FR else "Step 3") in following


@pytest.mark.parametrize(
    ("locale", "asked", "sizes", "picked", "described"),
    [
        (EN, "tell me about the active oxygen spray", "is there a bigger one",
         "It comes in 250 ml and 500 ml.", "Active Oxygen Spray 500 ml is $10.90."),
        (FR, "parle-moi du spray à l'oxygène actif", "vous l'avez en plus grand",
         "Ce produit existe en 250 ml et 500 ml.", "Le spray à l'oxygène actif 500 ml coûte"),
    ],
)  # fmt: skip
def test_the_sizes_of_a_product_are_listed_and_one_picked(
    chat, locale, asked, sizes, picked, described
):
    """ "Is there a bigger one?" was « I didn't get that »; the sizes listed, "the 500 ml"
    describes that one."""
    talk = chat(locale)
    talk.launch()
    talk.say(asked)
    assert talk.say(sizes).startswith(picked)
    assert talk.say("the 500 ml" if locale == EN else "le 500 ml").startswith(described)


@pytest.mark.parametrize(
    ("locale", "asked", "sizes", "one"),
    [
        (EN, "do you have something for rust", "what sizes does it come in",
         "It only comes in 100 ml. Shall I add Rust Remover Gel 100 ml to your cart?"),
        (FR, "vous avez du savon au fiel", "il existe en quels formats",
         "Ce produit n'existe qu'en 100 g. Voulez-vous ajouter le savon au fiel de bœuf nature 100 g"),
    ],
)  # fmt: skip
def test_one_size_is_said_and_the_offer_stands(chat, locale, asked, sizes, one):
    """A plain and a lavender soap, both 100 g, are one size (not "100 g and 100 g")."""
    talk = chat(locale)
    talk.launch()
    talk.say(asked)
    assert talk.say(sizes).startswith(one)
    assert talk.say("yes" if locale == EN else "oui").startswith(("I added", "J'ai ajouté"))
