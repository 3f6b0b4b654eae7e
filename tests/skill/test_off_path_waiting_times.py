"""Off the happy path in a guide: "how long should I let it soak?", « combien de temps je laisse
agir ? » (not understood before). The steps of the method followed that say how long to wait
are read as written, and the guide goes on where it was; a method with no wait says so. Through
the real skill and the simulator's reading of the committed interaction models, in both
locales."""

from __future__ import annotations

import pytest

from content.loader import load_content
from skill.settings import DEFAULT_CONTENT

FR, EN = "fr-FR", "en-US"


@pytest.mark.parametrize(
    ("locale", "guide", "asked", "step"),
    [
        (EN, "how do i get a grass stain out", "how long should i let it soak",
         "Step 3: Wait fifteen minutes, then rinse with cold water."),
        (FR, "comment enlever une tache d'herbe", "combien de temps je laisse agir",
         "Étape 3 : Laissez agir quinze minutes, puis rincez à l'eau froide."),
        (FR, "comment enlever une tache de rouille", "ça prend combien de temps",
         "Étape 3 : Couvrez de sel fin et laissez agir une heure, au soleil si possible."),
    ],
)  # fmt: skip
def test_how_long_reads_the_steps_that_wait_and_the_guide_goes_on(
    shopper, locale, guide, asked, step
):
    talk = shopper(locale)
    talk.say(guide)
    reply = talk.say(asked)
    assert reply.startswith(step)
    assert "suivant" in reply or "next" in reply
    assert ("Étape 3" if locale == FR else "Step 3") in talk.say(
        "suivant" if locale == FR else "next"
    )


@pytest.mark.parametrize(
    ("locale", "guide", "asked", "said"),
    [
        (FR, "comment enlever une tache d'encre", "combien de temps je laisse agir",
         "Cette méthode n'a pas de temps de pose"),
        (EN, "how do i remove an ink stain", "how long do i leave it",
         "This method has no waiting time"),
    ],
)  # fmt: skip
def test_a_method_with_no_wait_says_so(shopper, locale, guide, asked, said):
    talk = shopper(locale)
    talk.say(guide)
    talk.say("coton" if locale == FR else "cotton")
    assert talk.say(asked).startswith(said)


@pytest.mark.parametrize(
    ("locale", "asked"), [(FR, "ça prend combien de temps"), (EN, "how long does it take")]
)
def test_with_no_guide_which_stain(shopper, locale, asked):
    reply = shopper(locale).say(asked)
    assert "?" in reply and "minutes" not in reply


def test_timed_steps_are_those_naming_a_duration_in_the_steps_for_the_fabric() -> None:
    guides = load_content(DEFAULT_CONTENT).guides
    assert guides["red-wine"].timed_steps(EN, "wool")[0][0] == 2
    assert [number for number, _ in guides["red-wine"].timed_steps(EN, None)] == [2, 4, 5]
    assert guides["ink"].timed_steps(FR, None) == ()


@pytest.mark.parametrize(
    ("locale", "guide", "asked", "said", "fabric"),
    [
        (FR, "comment enlever une tache de café", "combien de temps je laisse agir",
         "Étape 3 : Passez le savon au fiel", "la méthode dépend du tissu"),
        (FR, "comment enlever une tache de café", "ça décolore",
         "Attention ! Rincez d'abord à l'eau froide", "la méthode dépend du tissu"),
        (EN, "how do i get a coffee stain out", "will it damage my clothes",
         "Careful!", "the method depends on the fabric"),
    ],
)  # fmt: skip
def test_while_the_fabric_is_asked_the_guide_asked_for_answers_then_the_fabric_again(
    shopper, locale, guide, asked, said, fabric
):
    talk = shopper(locale)
    talk.say("comment enlever du vin rouge" if locale == FR else "how do i remove red wine")
    talk.say("coton" if locale == FR else "cotton")  # a guide followed: not the one asked about
    assert fabric in talk.say(guide)
    reply = talk.say(asked)
    assert reply.startswith(said) and fabric in reply
    assert "vin" not in reply and "wine" not in reply
