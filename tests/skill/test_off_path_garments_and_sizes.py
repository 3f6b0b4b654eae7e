"""Off the happy path, as a tester heard it: a garment said for the fabric (« une chemise », "a
white shirt") is not understood once, then the general method (it looped on « je n'ai pas
compris »); « ajoute aussi deux sticks » adds two (one was added); « finalement un seul » sets
one; a size sold out is said so ("the 1 kg is out of stock", it was "it only comes in 500 g").
Through the real skill and the simulator's reading of the committed interaction models."""

from __future__ import annotations

import pytest

FR, EN = "fr-FR", "en-US"


@pytest.mark.parametrize(
    ("locale", "guide", "garment", "again", "general"),
    [
        (FR, "comment enlever du vin rouge", "une chemise", "Je n'ai pas reconnu ce tissu.",
         "Je vous donne la méthode générale."),
        (EN, "how do i get red wine out", "a white shirt", "I didn't recognize that fabric.",
         "Here is the general method."),
    ],
)  # fmt: skip
def test_a_garment_for_the_fabric_asks_once_then_the_general_method(
    shopper, locale, guide, garment, again, general
):
    talk = shopper(locale)
    talk.say(guide)
    assert talk.say(garment).startswith(again)
    assert talk.say(garment).startswith(general)


def test_ajoute_aussi_deux_then_finalement_un_seul(shopper):
    talk = shopper(FR)
    assert "2 exemplaires du stick détachant" in talk.say("ajoute aussi deux sticks détachants")
    assert talk.say("finalement un seul").startswith(
        "Vous avez maintenant un seul exemplaire du stick détachant"
    )


@pytest.mark.parametrize(
    ("locale", "product", "bigger", "said"),
    [
        (EN, "do you have oxygen powder", "is there a bigger one",
         "Right now it comes in 500 g: the 1 kg is out of stock."),
        (FR, "vous avez de la poudre oxygène", "vous l'avez en plus grand",
         "Pour l'instant, ce produit existe en 500 g : le 1 kg est en rupture de stock."),
    ],
)  # fmt: skip
def test_a_size_sold_out_is_said_so(shopper, locale, product, bigger, said):
    talk = shopper(locale)
    talk.say(product)
    assert talk.say(bigger).startswith(said)


@pytest.mark.parametrize(
    ("locale", "guide", "surface", "said"),
    [
        (EN, "how do i get coffee out", "it's on my silk blouse",
         "This method isn't meant for silk: it's for cotton, linen, synthetic, denim, wool, "
         "carpet or upholstery. Here is the general method."),
        (FR, "comment enlever du café", "c'est sur mon chemisier en soie",
         "Cette méthode n'est pas prévue pour la soie. Elle vaut pour le coton, le lin, "
         "le synthétique, le jean, la laine, la moquette ou le canapé. Je vous donne la méthode "
         "générale."),
    ],
)  # fmt: skip
def test_a_surface_the_guide_is_not_for_is_said_before_the_general_method(
    shopper, locale, guide, surface, said
):
    talk = shopper(locale)
    talk.say(guide)
    assert talk.say(surface).startswith(said)


@pytest.mark.parametrize(
    ("locale", "first", "other", "back", "said"),
    [
        (EN, "how do i get grease out of jeans", "how do i get ink out of a cotton shirt",
         "how do i get grease out of jeans",
         "I'm setting the ink stain aside. Back to the grease or oil stain, where we left off. "
         "Step 4:"),
        (FR, "comment enlever de la graisse sur un jean",
         "comment enlever une tache d'encre sur du coton", "et pour la graisse",
         "Je laisse de côté la méthode pour la tache d'encre de stylo. On reprend la méthode pour "
         "la tache de graisse ou d'huile là où nous en étions. Étape 4 :"),
    ],
)  # fmt: skip
def test_a_guide_set_aside_is_taken_up_where_it_was(shopper, locale, first, other, back, said):
    """It started again at step 1 (and « et pour la graisse » asked the fabric again)."""
    talk = shopper(locale)
    talk.say(first)
    talk.say("next" if locale == EN else "suivant")
    talk.say(other)
    assert talk.say(back).startswith(said)


@pytest.mark.parametrize(
    ("locale", "described", "asked", "said"),
    [(EN, "tell me about the active oxygen spray", "how big is it",
      "It comes in 250 ml and 500 ml."),
     (EN, "what do you have", "how big is the ox gall soap", "It only comes in 100 g."),
     (FR, "parle-moi du spray à l'oxygène actif", "c'est quelle taille",
      "Ce produit existe en 250 ml et 500 ml."),
     (FR, "quels produits vendez-vous", "quelle taille fait le savon au fiel",
      "Ce produit n'existe qu'en 100 g.")],
)  # fmt: skip
def test_how_big_is_it_says_the_sizes(shopper, locale, described, asked, said):
    """ "how big is it", « c'est quelle taille » were « I didn't get that »."""
    talk = shopper(locale)
    talk.say(described)
    assert talk.say(asked).startswith(said)
