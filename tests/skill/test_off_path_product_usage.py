"""How a product is used: "how do I use it?", « comment on utilise le savon au fiel ? » read the
merchant's method that needs or offers it (or ask which stain, when several do); they were
« I didn't get that » and the offer asked again."""

from __future__ import annotations

import pytest

FR, EN = "fr-FR", "en-US"


@pytest.mark.parametrize(
    ("locale", "described", "asked", "answer"),
    [(EN, "tell me about the candle wax kit", "how do i use it",
      "Candle Wax Removal Kit goes with the method for the candle wax. For the candle wax, the "
      "method depends on the fabric."),
     (FR, "parle-moi du kit anti-cire", "comment on l'utilise",
      "Le kit anti-cire de bougie sert dans la méthode pour la tache de cire de bougie. Pour la "
      "tache de cire de bougie, la méthode dépend du tissu")],
)  # fmt: skip
def test_a_product_one_method_uses_starts_that_method(chat, locale, described, asked, answer):
    talk = chat(locale)
    talk.launch()
    talk.say(described)
    assert talk.say(asked).startswith(answer)
    assert ("Step 1" if locale == EN else "Étape 1") in talk.say(
        "cotton" if locale == EN else "coton"
    )


@pytest.mark.parametrize(
    ("locale", "asked", "answer", "picked", "method"),
    [(EN, "how do i use the active oxygen spray",
      "Active Oxygen Spray 500 ml works on the coffee or tea stain, the red wine stain or the "
      "tomato sauce stain. Which stain is it?", "the red wine stain", "red wine stain"),
     (FR, "comment on utilise le savon au fiel",
      "Le savon au fiel de bœuf nature 100 g s'utilise sur bien des taches, par exemple la tache "
      "de sang,", "la tache de sang", "tache de sang")],
)  # fmt: skip
def test_a_product_several_methods_use_asks_which_stain(
    chat, locale, asked, answer, picked, method
):
    talk = chat(locale)
    talk.launch()
    assert talk.say(asked).startswith(answer)
    assert method in talk.say(picked).lower()


@pytest.mark.parametrize(
    ("locale", "asked", "which"),
    [(EN, "how do i use it", "Which product would you like?"),
     (FR, "comment on l'utilise", "Quel produit voulez-vous ?")],
)  # fmt: skip
def test_nothing_in_focus_asks_which_product(chat, locale, asked, which):
    talk = chat(locale)
    talk.launch()
    assert talk.say(asked) == which


def test_a_product_no_method_uses_is_described_with_that_said(skill, chat):
    from dataclasses import replace

    content = skill.services.content
    guides = {k: g for k, g in content.guides.items() if "kit-cire" not in g.products}
    skill.services.content = replace(content, guides=guides)
    talk = chat(EN)
    talk.launch()
    reply = talk.say("how do i use the candle wax kit")
    assert reply.startswith("I don't have a method that uses"), reply
    assert "Candle Wax Removal Kit is $14.90." in reply and reply.endswith("to your cart?")


@pytest.mark.parametrize(
    ("locale", "asked", "answer"),
    [(FR, "comment utiliser la poudre oxygène active",
      "La poudre à l'oxygène actif 500 g s'utilise sur bien des taches"),
     (EN, "how do i use the active oxygen powder",
      "Active Oxygen Powder 500 g works on many stains")],
)  # fmt: skip
def test_a_product_named_without_its_size_is_not_asked_which_size(chat, locale, asked, answer):
    """A method uses every size: « Très bien, quelle taille : 500 g ou 1 kg ? » was asked."""
    talk = chat(locale)
    talk.launch()
    assert talk.say(asked).startswith(answer)
