""" "Thanks" / « merci » are answered ("You're welcome!", the pending question again; to "anything
else?", a goodbye), "what else can you do?" is help, and "ok add it" / « oui ajoute-le » take the
product offered (each was « I didn't get that »)."""

from __future__ import annotations

import pytest

FR, EN = "fr-FR", "en-US"


@pytest.mark.parametrize(
    ("locale", "thanks", "welcome"),
    [(EN, "thanks", "You're welcome! Anything else?"), (FR, "merci beaucoup", "Avec plaisir ! Autre chose ?")],
)  # fmt: skip
def test_thanks_with_nothing_asked_is_welcomed(chat, locale, thanks, welcome):
    talk = chat(locale)
    talk.launch()
    assert talk.say(thanks) == welcome


@pytest.mark.parametrize(
    ("locale", "guide", "thanks", "again"),
    [
        (EN, "how do i get red wine out of cotton", "thank you",
         "You're welcome! Say \"next\" for the following step"),
        (FR, "comment enlever une tache de vin rouge sur du coton", "merci",
         "Avec plaisir ! Dites « suivant »"),
    ],
)  # fmt: skip
def test_thanks_during_a_guide_keeps_the_guide(chat, locale, guide, thanks, again):
    talk = chat(locale)
    talk.launch()
    talk.say(guide)
    assert talk.say(thanks).startswith(again)
    assert ("Step 3" if locale == EN else "Étape 3") in talk.say(
        "next" if locale == EN else "suivant"
    )


@pytest.mark.parametrize(
    ("locale", "guide", "next_", "thanks", "goodbye"),
    [
        (EN, "how do i get rust out of cotton", "next", "thanks",
         "You're welcome! Goodbye, and good luck with those stains!"),
        (FR, "comment enlever une tache de rouille sur du coton", "suivant", "merci",
         "Avec plaisir ! À bientôt, et bon courage avec vos taches !"),
    ],
)  # fmt: skip
def test_thanks_to_another_stain_is_a_goodbye(chat, locale, guide, next_, thanks, goodbye):
    talk = chat(locale)
    talk.launch()
    talk.say(guide)
    talk.say(next_)  # steps 3-4 and the offer; "next" passes it
    assert talk.say(next_).endswith(("Another stain to tackle?", "Une autre tache à traiter ?"))
    assert talk.say(thanks) == goodbye
    assert talk.ended


@pytest.mark.parametrize(
    ("locale", "asked", "add", "added"),
    [
        (EN, "do you have anything for rust", "ok add it", "I added Rust Remover Gel 100 ml."),
        (FR, "vous avez du savon au fiel", "oui ajoute-le", "J'ai ajouté le savon au fiel de bœuf nature 100 g."),
    ],
)  # fmt: skip
def test_ok_add_it_takes_the_product_offered(chat, locale, asked, add, added):
    talk = chat(locale)
    talk.launch()
    talk.say(asked)
    assert talk.say(add).startswith(added)


@pytest.mark.parametrize(
    ("locale", "asked", "help_"),
    [(EN, "what else can you do", "With Stain Recipes"), (FR, "tu sais faire quoi d'autre", "Avec Les Bonnes Recettes")],
)  # fmt: skip
def test_what_else_can_you_do_is_help(chat, locale, asked, help_):
    talk = chat(locale)
    talk.launch()
    assert talk.say(asked).startswith(help_)
