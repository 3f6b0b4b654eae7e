"""Off the happy path about the shop: "are you open on Sunday?", « vous êtes où ? », "can I order
by phone?" give the shop's phone (a guide called "are you open" before, or not understood);
"is it tested on animals" (no stain, no fabric) is not understood and the pending question
waits; "what's your best seller?" is advice. Through the real skill and the simulator's reading
of the committed interaction models, in both locales."""

from __future__ import annotations

import pytest

FR, EN = "fr-FR", "en-US"


@pytest.mark.parametrize(
    ("locale", "asked"),
    [(EN, "are you open on sunday"), (EN, "can i order by phone"), (EN, "where are you located"),
     (FR, "vous êtes ouverts le dimanche"), (FR, "vous êtes où")],
)  # fmt: skip
def test_shop_questions_give_its_phone(shopper, locale, asked):
    reply = shopper(locale).say(asked)
    assert "+33 4 65 71 20 30" in reply
    assert "method" not in reply and "méthode" not in reply


@pytest.mark.parametrize(
    ("locale", "guide", "asked", "again"),
    [
        (EN, "how do i remove a red wine stain", "is it tested on animals",
         "Sorry, I didn't get that."),
        (FR, "comment enlever une tache de vin rouge", "c'est testé sur les animaux",
         "Pardon, je n'ai pas compris."),
    ],
)  # fmt: skip
def test_neither_stain_nor_fabric_is_not_understood_and_the_question_waits(
    shopper, locale, guide, asked, again
):
    talk = shopper(locale)
    question = talk.say(guide)
    reply = talk.say(asked)
    assert reply.startswith(again)
    assert question.split(":")[-1].strip() in reply  # the fabric question again
    assert "method for" not in reply and "méthode pour" not in reply


@pytest.mark.parametrize(
    ("locale", "asked"), [(EN, "what's your best seller"), (FR, "c'est quoi votre meilleure vente")]
)
def test_best_seller_is_advice(nlu, locale, asked):
    assert nlu[locale].understand(asked).intent == "RecommendIntent"
