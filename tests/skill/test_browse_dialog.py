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
