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
    """The coffee guide is not meant for silk: that is said first, then its general method."""
    talk = chat(locale)
    talk.launch()
    reply = talk.say(asked)
    assert guide in reply and first_step in reply
    said_first = reply.split(guide)[0]
    assert reply.startswith(guide) or "silk" in said_first or "pour la soie" in said_first


@pytest.mark.parametrize(
    ("locale", "asked", "suggested", "then"),
    [
        (FR, "comment enlever du sanc de nez", "Voulez-vous la méthode pour la tache de sang ?",
         "Pour la tache de sang, la méthode dépend du tissu"),
        (EN, "how do i remove a lipstik smear", "Would you like the method for the makeup stain?",
         "For the makeup stain, the method depends on the fabric"),
        (EN, "i spilled red juice", "Would you like the method for the red wine stain?",
         "For the red wine stain, the method depends on the fabric"),
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


def test_what_do_i_need_while_the_fabric_is_asked_names_that_guides_needs(chat):
    """The shopper set the grass method aside to ask about blood; « il me faut quoi déjà » while
    the fabric is asked is about blood, and the fabric question follows."""
    talk = chat(FR)
    talk.launch()
    assert talk.say("comment enlever une tache d'herbe").startswith("Tache d'herbe.")
    assert "dépend du tissu" in talk.say("comment enlever une tache de sang")
    reply = talk.say("il me faut quoi déjà")
    assert reply.startswith("Il vous faut de l'eau bien froide, du sel fin")
    assert reply.endswith("la méthode dépend du tissu : laine, soie, canapé ou autre chose ?")
    assert talk.say("de la laine").startswith("Je laisse de côté la méthode pour la tache d'herbe.")


def test_what_do_i_need_again_is_heard_in_english(chat):
    talk = chat(EN)
    talk.launch()
    talk.say("how do i get blood out")
    reply = talk.say("what do i need again")
    assert reply.startswith("You'll need very cold water, table salt")
    assert reply.endswith("Which fabric is it: wool, silk, upholstery or something else?")


@pytest.mark.parametrize(
    ("locale", "guide", "asked", "step"),
    [
        (FR, "comment enlever une tache de vin rouge sur du coton", "c'est quoi la prochaine étape",
         "Étape 3"),
        (FR, "comment enlever une tache de vin rouge sur du coton", "c'est fait", "Étape 3"),
        (EN, "how do i get red wine out of cotton", "what's the next step", "Step 3"),
    ],
)  # fmt: skip
def test_the_next_step_asked_in_a_sentence_goes_on(chat, locale, guide, asked, step):
    """« c'est quoi la prochaine étape » was a product called « prochaine étape »: not found,
    and the guide set aside."""
    talk = chat(locale)
    talk.launch()
    talk.say(guide)
    assert talk.say(asked).startswith(step)


@pytest.mark.parametrize(
    "said",
    [
        "j'ai du café sur ma chemise blanche",
        "il y a du café sur mon pull",
        "j'ai renversé de la sauce tomate",
    ],
)
def test_what_was_spilt_said_the_french_way_is_the_method(chat, said):
    """« j'ai du café sur ma chemise blanche » took « j ai du cafe » whole for the stain: « Je
    n'ai pas de méthode pour « j ai du cafe » »."""
    talk = chat(FR)
    talk.launch()
    reply = talk.say(said)
    assert "Je n'ai pas de méthode" not in reply
    assert reply.startswith(("Pour la tache", "Tache"))


@pytest.mark.parametrize(
    ("locale", "said", "asked"),
    [
        (EN, "my son got ink on his school shirt", "For the ink stain, the method depends on the fabric."),
        (EN, "how do i remove a lipstick smear", "For the makeup stain, the method depends on the fabric."),
        (FR, "comment enlever du sang de nez", "Pour la tache de sang, la méthode dépend du tissu"),
        (FR, "mon fils a mis de l'encre sur sa chemise", "Pour la tache d'encre de stylo, la méthode dépend du tissu"),
    ],
)  # fmt: skip
def test_the_stain_inside_a_sentence_is_the_method(chat, locale, said, asked):
    """The topic slot takes the whole sentence; the one guide a part of it surely names is the
    method (it was « I don't have a method for "my son got ink" »)."""
    talk = chat(locale)
    talk.launch()
    assert talk.say(said).startswith(asked)


def test_a_fabric_said_to_one_suggestion_is_yes_with_that_fabric(chat):
    talk = chat(EN)
    talk.launch()
    assert talk.say("i spilled red juice").endswith("the method for the red wine stain?")
    assert talk.say("it's cotton").startswith("Red wine stain.")


def test_steps_said_the_long_way(chat):
    """ "wait go back", "skip this one", "start again", "ok stop" were « I didn't get that »."""
    talk = chat(EN)
    talk.launch()
    talk.say("how do i get ink out of cotton")
    assert talk.say("next").startswith("Step 3")
    assert talk.say("wait go back").startswith("Step 3")
    assert talk.say("skip this one").startswith("Step 4")
    assert talk.say("start again").startswith("Starting again from the top")
    assert "Goodbye" in talk.say("ok stop") and talk.ended


@pytest.mark.parametrize(
    ("locale", "asked", "method"),
    [
        (EN, "how do you get out blood", "For the blood stain, the method depends on the fabric."),
        (EN, "what's the best way to remove coffee", "For the coffee or tea stain"),
        (FR, "comment on enlève du sang", "Pour la tache de sang, la méthode dépend du tissu"),
        (FR, "comment faire pour enlever une tache de café", "Pour la tache de café ou de thé"),
    ],
)  # fmt: skip
def test_a_method_asked_with_you_or_on(chat, locale, asked, method):
    """ "how do you get out blood", « comment on enlève du sang » were « I didn't get that »."""
    talk = chat(locale)
    talk.launch()
    assert talk.say(asked).startswith(method)


@pytest.mark.parametrize(
    ("locale", "asked", "fabric", "kept"),
    [(FR, "comment enlever une tache de vin rouge", "coton", "Quel tissu"),
     (EN, "how do I remove a red wine stain", "cotton", "Which fabric")],
)  # fmt: skip
def test_a_stray_number_at_the_fabric_question_asks_it_again(chat, locale, asked, fabric, kept):
    """ "7" dropped the fabric question: "cotton" was then an aside and "next" asked again."""
    talk = chat(locale)
    talk.launch()
    talk.say(asked)
    again = talk.say("7")
    assert kept in again and "7" not in again
    assert ("Étape 1" if locale == FR else "Step 1") in talk.say(fabric)


@pytest.mark.parametrize(
    ("locale", "asked", "fabric", "nexts"),
    [(FR, "comment enlever une tache de café", "soie", "suivant"),
     (EN, "how do I remove a coffee stain", "silk", "next")],
)  # fmt: skip
def test_a_fabric_the_guide_is_not_meant_for_hears_no_offer_of_its_product(
    chat, locale, asked, fabric, nexts
):
    """Coffee on silk: the general method, then the oxygen spray that would harm silk was
    offered. A fabric the guide is not meant for, and for which it names no other product,
    hears no offer."""
    talk = chat(locale)
    talk.launch()
    talk.say(asked)
    talk.say(fabric)
    said = " ".join(talk.say(nexts) for _ in range(3))
    assert "spray" not in said.lower()
    assert ("commander" if locale == FR else "order it") not in said


@pytest.mark.parametrize(
    ("locale", "asked", "launch", "kept"),
    [(FR, "comment enlever une tache de vin rouge", "ouvre les bonnes recettes", "On continue ?"),
     (EN, "how do I remove a red wine stain", "open stain recipes", "Shall we continue?")],
)  # fmt: skip
def test_stop_at_the_fabric_question_keeps_the_guide_for_next_time(
    chat, locale, asked, launch, kept
):
    talk = chat(locale)
    talk.launch()
    talk.say(asked)
    bye = talk.say("stop")
    assert ("reprendre" if locale == FR else "pick up") in bye and talk.ended
    assert kept in talk.launch()
