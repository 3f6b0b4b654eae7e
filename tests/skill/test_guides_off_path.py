"""Guides asked for the way people ask: the stain, the garment and its fabric in one sentence;
a single suggestion asked as a yes/no question, never "which one?"."""

from __future__ import annotations

import pytest

FR, EN = "fr-FR", "en-US"


@pytest.mark.parametrize(
    ("locale", "asked", "guide", "first_step"),
    [
        (FR, "j'ai renversé du café sur ma chemise en soie", "Tache de café ou de thé.", "Étape 1"),
        (EN, "i spilled coffee on my silk shirt", "Coffee or tea stain.", "Step 1"),
        (EN, "how do i get ink off my leather jacket", "Ink stain.", "Step 1"),
    ],
)  # fmt: skip
def test_the_garment_is_not_taken_for_the_stain(chat, locale, asked, guide, first_step):
    talk = chat(locale)
    talk.launch()
    reply = talk.say(asked)
    assert reply.startswith(guide) and first_step in reply


@pytest.mark.parametrize(
    ("locale", "asked", "suggested", "then"),
    [
        (FR, "comment enlever du sang de nez", "Voulez-vous la méthode pour la tache de sang ?",
         "Pour la tache de sang, la méthode dépend du tissu"),
        (EN, "how do i remove a lipstick smear", "Would you like the method for the makeup stain?",
         "For the makeup stain, the method depends on the fabric"),
    ],
)  # fmt: skip
def test_one_suggestion_is_a_yes_no_question(chat, locale, asked, suggested, then):
    talk = chat(locale)
    talk.launch()
    reply = talk.say(asked)
    assert reply.endswith(suggested)
    assert "Laquelle" not in reply and "Which one" not in reply
    assert talk.say("oui" if locale == FR else "yes").startswith(then)


@pytest.mark.parametrize(
    ("locale", "asked", "silk_step"),
    [
        (FR, "comment enlever une tache de vin rouge sur ma chemise en soie",
         "sans frotter ni tordre la soie"),
        (EN, "how do i get red wine out of my silk blouse", "Don't rub or wring the silk"),
    ],
)  # fmt: skip
def test_the_fabric_said_beats_the_garment(chat, locale, asked, silk_step):
    """« chemise » alone suggests cotton or linen; « en soie » says silk: the silk method."""
    talk = chat(locale)
    talk.launch()
    assert silk_step in talk.say(asked)
