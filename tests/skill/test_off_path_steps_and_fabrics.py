"""Off the happy path inside a guide and at the summary: a step asked for by its number or rank
("what was the first step again?", « reviens à l'étape 3 »: not understood before), "can I use it
on silk?" (it started the guide over for silk, which the method is not meant for), "how many do I
have in my cart?", and "two more" while the order summary waits (it set the order aside and
asked which product, with one in the cart). Through the real skill and the simulator's reading
of the committed interaction models, in both locales."""

from __future__ import annotations

import pytest

from tests.skill.wallets import enroll

FR, EN = "fr-FR", "en-US"
COFFEE = {FR: "j'ai du café sur mon jean", EN: "i spilled coffee on my jeans"}
STEP_1 = {
    FR: "Étape 1 : Épongez le café avec un linge blanc",
    EN: "Step 1: Blot the coffee with a white cloth.",
}
SAY_NEXT = {FR: "Dites « suivant » pour continuer.", EN: 'Say "next" to go on.'}


# --- a step by its number or rank ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "asked"),
    [
        (FR, "c'était quoi la première étape"),
        (FR, "reviens à l'étape un"),
        (FR, "relis-moi la première étape"),
        (EN, "what was the first step again"),
        (EN, "go back to step one"),
        (EN, "repeat the first step"),
    ],
)
def test_a_step_asked_by_number_or_rank_is_read_alone_and_next_goes_on(shopper, locale, asked):
    talk = shopper(locale)
    talk.say(COFFEE[locale])
    assert talk.say(asked) == f"{STEP_1[locale]}{STEP_1_REST[locale]} {SAY_NEXT[locale]}"
    assert talk.say("suivant" if locale == FR else "next").startswith(
        "Étape 2 :" if locale == FR else "Step 2:"
    )


STEP_1_REST = {FR: ", en tamponnant sans frotter.", EN: " Press, don't rub."}


@pytest.mark.parametrize(
    ("locale", "asked", "said"),
    [
        (FR, "reviens à l'étape douze",
         "Il n'y a pas d'étape 12 : cette méthode en a 5. Dites « suivant » pour continuer."),
        (EN, "go to step nine", 'There\'s no step 9: this method has 5 steps. Say "next" to go on.'),
    ],
)  # fmt: skip
def test_a_step_the_guide_does_not_have_says_how_many_it_has(shopper, locale, asked, said):
    talk = shopper(locale)
    talk.say(COFFEE[locale])
    assert talk.say(asked) == said
    assert talk.say("suivant" if locale == FR else "next").startswith(
        "Étape 3 :" if locale == FR else "Step 3:"
    )


@pytest.mark.parametrize(
    ("locale", "asked", "offer"),
    [
        (FR, "la dernière étape", "Voulez-vous le commander ?"),
        (EN, "what's the last step", "Would you like to order it?"),
    ],
)
def test_the_last_step_asked_ends_the_guide_with_its_offer(shopper, locale, asked, offer):
    talk = shopper(locale)
    talk.say(COFFEE[locale])
    reply = talk.say(asked)
    assert reply.startswith("Étape 5 :" if locale == FR else "Step 5:")
    assert reply.endswith(offer)


@pytest.mark.parametrize(
    ("locale", "asked", "said"),
    [(FR, "c'était quoi la première étape", "Quelle tache"), (EN, "go to step two", "Which stain")],
)
def test_a_step_with_no_guide_asks_which_stain(shopper, locale, asked, said):
    assert said in shopper(locale).say(asked)


# --- "can I use it on silk?" --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "asked", "said"),
    [
        (FR, "et sur de la soie",
         "Cette méthode n'est pas prévue pour la soie. Elle vaut pour le coton, le lin, "
         "le synthétique, le jean, la laine, la moquette ou le canapé."),
        (FR, "je peux l'utiliser sur du coton", "Oui, cette méthode convient pour le coton."),
        (EN, "can i use it on silk",
         "This method isn't meant for silk: it's for cotton, linen, synthetic, denim, wool, carpet "
         "or upholstery."),
        (EN, "does it work on cotton", "Yes, this method works on cotton."),
    ],
)  # fmt: skip
def test_a_fabric_asked_about_says_whether_the_method_is_meant_for_it(shopper, locale, asked, said):
    """The guide waits where it was: "next" reads on (it used to start over for the fabric)."""
    talk = shopper(locale)
    talk.say(COFFEE[locale])
    reply = talk.say(asked)
    assert reply.startswith(said)
    assert "Étape 1" not in reply and "Step 1" not in reply
    assert talk.say("suivant" if locale == FR else "next").startswith(
        "Étape 3 :" if locale == FR else "Step 3:"
    )


@pytest.mark.parametrize(
    ("locale", "asked", "said"),
    [
        (FR, "ça marche aussi sur la laine", "Sur la laine, les étapes sont différentes."),
        (EN, "what about on wool", "On wool, the steps are different."),
    ],
)
def test_a_fabric_with_steps_of_its_own_starts_them(shopper, locale, asked, said):
    talk = shopper(locale)
    talk.say(COFFEE[locale])
    reply = talk.say(asked)
    assert reply.startswith(said)
    assert ("laine" if locale == FR else "wool") in reply.split(":" if locale == EN else " : ", 2)[
        -1
    ]


# --- the cart at the summary --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "add", "asked", "said"),
    [
        (FR, "ajoute deux sticks détachants", "combien j'ai d'articles dans mon panier",
         "Dans votre panier, 2 articles"),
        (EN, "add two pocket stain sticks", "how many do i have in my cart",
         "In your cart, 2 items"),
    ],
)  # fmt: skip
def test_how_many_in_the_cart_reads_the_cart(shopper, locale, add, asked, said):
    talk = shopper(locale)
    talk.say(add)
    assert talk.say(asked).startswith(said)


@pytest.mark.parametrize(
    ("locale", "add", "checkout", "more", "said", "yes", "pin"),
    [
        (FR, "ajoute le stick détachant", "passer commande", "rajoute-en deux",
         "quantité 3", "oui", "Pour confirmer"),
        (EN, "add the pocket stain stick", "check out", "add two more",
         "quantity 3", "yes", "To confirm"),
        (EN, "add the pocket stain stick", "check out", "one more",
         "quantity 2", "yes", "To confirm"),
    ],
)  # fmt: skip
def test_more_of_the_one_product_while_the_summary_waits_reads_it_again(
    skill, shopper, locale, add, checkout, more, said, yes, pin
):
    enroll(skill)
    talk = shopper(locale)
    talk.say(add)
    first = talk.say(checkout)
    again = talk.say(more)
    assert "nothing was charged" not in again and "rien n'a été débité" not in again
    summary = again[again.index("Votre commande" if locale == FR else "Your order") :]
    assert said in summary and summary != first
    assert talk.say(yes).startswith(pin)


@pytest.mark.parametrize(
    ("locale", "adds", "checkout", "more", "which"),
    [
        (FR, ("ajoute le stick détachant", "ajoute un savon au fiel nature"), "passer commande",
         "encore deux", "Quel produit voulez-vous ?"),
        (EN, ("add the pocket stain stick", "add an ox gall soap"), "check out", "two more",
         "Which product would you like?"),
    ],
)  # fmt: skip
def test_more_with_several_products_asks_which_the_order_set_aside(
    skill, shopper, locale, adds, checkout, more, which
):
    enroll(skill)
    talk = shopper(locale)
    for add in adds:
        talk.say(add)
    talk.say(checkout)
    reply = talk.say(more)
    assert reply.endswith(which)
    assert "nothing was charged" in reply or "rien n'a été débité" in reply


# --- "it didn't work" ---------------------------------------------------------------------------

STILL = {
    FR: "Si la tache est toujours là, refaites les étapes tant qu'elle est humide",
    EN: "If the stain is still there, go over the steps again while it's damp",
}


@pytest.mark.parametrize(
    ("locale", "said", "offer"),
    [
        (FR, "ça n'a pas marché", "Voulez-vous le commander ?"),
        (FR, "la tache est toujours là", "Voulez-vous le commander ?"),
        (EN, "it didn't work", "Would you like to order it?"),
        (EN, "what else can i try", "Would you like to order it?"),
    ],
)
def test_it_didnt_work_says_to_go_over_it_again_and_offers_the_product(
    shopper, locale, said, offer
):
    """It was not understood; now the guide's product is offered whatever the step, once."""
    talk = shopper(locale)
    talk.say(COFFEE[locale])
    reply = talk.say(said)
    assert reply.startswith(STILL[locale]) and reply.endswith(offer)
    talk.say("non" if locale == FR else "no")
    again = talk.say(said)
    assert again.startswith(STILL[locale]) and offer not in again


@pytest.mark.parametrize(("locale", "said"), [(FR, "ça marche pas"), (EN, "it didn't work")])
def test_it_didnt_work_with_no_guide_asks_which_stain(shopper, locale, said):
    assert ("Quelle tache" if locale == FR else "Which stain") in shopper(locale).say(said)


@pytest.mark.parametrize(
    ("locale", "browse", "neither", "said"),
    [(FR, "vous vendez quoi", "aucun des deux", "Pas de souci"), (EN, "what do you sell", "neither",
      "No problem")],
)  # fmt: skip
def test_neither_to_which_one_is_no(shopper, locale, browse, neither, said):
    talk = shopper(locale)
    talk.say(browse)
    assert talk.say(neither).startswith(said)


@pytest.mark.parametrize(
    ("locale", "asked", "said"),
    [
        (FR, "je peux mettre de l'eau chaude",
         "Attention ! Rincez d'abord à l'eau froide : s'il y avait du lait, l'eau chaude le cuirait "
         "dans les fibres. Pour reprendre la méthode pour la tache de café ou de thé, dites "
         "« suivant »."),
        (EN, "should i use hot water",
         "Careful! Rinse with cold water first: if there was milk in it, hot water would cook it "
         'into the fibers. To go on with the coffee or tea stain, say "next".'),
    ],
)  # fmt: skip
def test_what_to_be_careful_about_is_the_guides_warnings(shopper, locale, asked, said):
    """It was not understood; the guide's warnings are where a merchant writes what not to do."""
    talk = shopper(locale)
    talk.say(COFFEE[locale])
    assert talk.say(asked) == said
    assert talk.say("suivant" if locale == FR else "next").startswith(
        "Étape 3 :" if locale == FR else "Step 3:"
    )
