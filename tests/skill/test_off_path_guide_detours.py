"""Off the happy path inside a guide: another stain said in a sentence ("actually it's a grass
stain" was no method, "grass" or "grease?"; "I got coffee on it too" was a product search), and
a fabric asked about in a question the stain slot swallowed (« est-ce que je peux l'utiliser sur
de la soie » suggested the chocolate guide). Through the real skill and the simulator's reading
of the committed interaction models, in both locales."""

from __future__ import annotations

import pytest

FR, EN = "fr-FR", "en-US"
INK = {FR: "comment enlever une tache d'encre sur du coton", EN: "how do i remove ink from cotton"}
WINE = {
    FR: "comment enlever une tache de vin rouge sur du coton",
    EN: "how do i remove red wine from cotton",
}


@pytest.mark.parametrize(
    ("locale", "said", "started"),
    [(EN, "actually it's a grass stain", "Grass stain."),
     (EN, "i got coffee on it too", "For the coffee or tea stain, the method depends on the fabric."),
     (FR, "en fait c'est une tache d'herbe", "Tache d'herbe."),
     (FR, "c'est plutôt de l'herbe", "Tache d'herbe."),
     (FR, "non c'est du sang", "Pour la tache de sang, la méthode dépend du tissu"),
     (EN, "no it's blood", "For the blood stain, the method depends on the fabric."),
     (EN, "oh wait it's grass", "Grass stain.")],
)  # fmt: skip
def test_another_stain_said_in_a_sentence_starts_its_guide(shopper, locale, said, started):
    talk = shopper(locale)
    talk.say(INK[locale])
    reply = talk.say(said)
    assert started in reply, reply
    assert "didn't find" not in reply and "don't have a method" not in reply


@pytest.mark.parametrize(
    ("locale", "asked", "answer"),
    [(FR, "est-ce que je peux l'utiliser sur de la soie",
      "Sur la soie, les étapes sont différentes."),
     (EN, "is it safe on silk", "On silk, the steps are different.")],
)  # fmt: skip
def test_a_fabric_asked_about_in_a_question_is_for_the_guide_followed(
    shopper, locale, asked, answer
):
    talk = shopper(locale)
    talk.say(WINE[locale])
    assert talk.say(asked).startswith(answer)
