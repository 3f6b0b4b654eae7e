"""A product asked for by what it is for: « je voudrais un détachant pour le vin », "a stain
remover for grass". No product goes by those words; the stain they name has a method, which
answers first (they heard « Je n'ai pas trouvé "détachant pour le vin" » and two products
picked at random). What names no stain is still not found."""

from __future__ import annotations

import pytest

FR, EN = "fr-FR", "en-US"


@pytest.mark.parametrize(
    ("locale", "asked", "answer"),
    [(FR, "je voudrais un détachant pour le vin",
      "Vous voulez dire la tache de vin rouge ou la tache de vin blanc ?"),
     (FR, "vous avez un produit contre les taches d'herbe", "Tache d'herbe."),
     (EN, "i need a stain remover for grass", "Grass stain."),
     (EN, "buy a stain remover for blood", "For the blood stain, the method depends on the fabric.")],
)  # fmt: skip
def test_a_product_for_a_stain_is_that_stains_method(chat, locale, asked, answer):
    talk = chat(locale)
    talk.launch()
    assert talk.say(asked).startswith(answer)


@pytest.mark.parametrize(
    ("locale", "asked", "answer"),
    [(EN, "i want soap for my hands", "I didn't find \"soap for my hands\"."),
     (FR, "je voudrais du savon pour les mains", "Je n'ai pas trouvé « savon pour les mains »")],
)  # fmt: skip
def test_what_names_no_stain_is_still_not_found(chat, locale, asked, answer):
    talk = chat(locale)
    talk.launch()
    assert talk.say(asked).startswith(answer)
