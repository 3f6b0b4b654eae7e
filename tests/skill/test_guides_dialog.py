"""Guides, followed by ear, in both locales: the shopper's side of the conversation."""

import pytest

from skill.flows.basics import RESUME_WINDOW_SECONDS


def test_fr_red_wine_on_cotton_step_by_step(chat):
    fr = chat("fr-FR")
    assert "Bienvenue chez Les Bonnes Recettes" in fr.launch()
    reply = fr.say("Comment enlever une tache de vin rouge sur du coton ?")
    assert "Tache de vin rouge" in reply
    assert "Il vous faut" in reply
    assert "Étape 1 : Épongez tout de suite" in reply
    assert "suivant" in reply
    reply = fr.say("suivant")
    assert "Étape 3" in reply or "Étape 2" in reply


def test_en_grass_out_of_jeans_needs_no_material_question(chat):
    en = chat("en-US")
    en.launch()
    reply = en.say("how do I get grass out of jeans")
    assert "Grass" in reply
    assert "Step 1:" in reply


def test_fr_material_is_asked_when_steps_depend_on_it(chat):
    fr = chat("fr-FR")
    fr.launch()
    reply = fr.say("comment enlever une tache de vin rouge")
    assert "la méthode dépend du tissu" in reply
    assert "laine" in reply
    reply = fr.say("c'est de la laine")
    assert "Étape 1 : Tamponnez aussitôt" in reply


@pytest.mark.parametrize(
    "said",
    [
        "j'ai une tache de café sur de la laine",
        "tache de café sur la laine",
        "une tache de café sur de la laine",
    ],
)
def test_fr_a_feminine_material_said_with_the_stain_is_not_asked_again(chat, said):
    """« sur de la laine », « sur la laine »: the fabric is said, its method follows."""
    fr = chat("fr-FR")
    fr.launch()
    reply = fr.say(said)
    assert "la méthode dépend du tissu" not in reply
    assert "Tache de café" in reply and "Étape 1" in reply
    assert "séchez à plat" in fr.say("suivant")  # the wool method's last step


def test_en_material_asked_then_answered(chat):
    en = chat("en-US")
    en.launch()
    reply = en.say("how do I remove a red wine stain")
    assert "depends on the fabric" in reply
    reply = en.say("silk")
    assert "Step 1: Blot very gently" in reply or "Step 1:" in reply


def test_fr_ambiguous_wine_asks_red_or_white(chat):
    fr = chat("fr-FR")
    fr.launch()
    reply = fr.say("comment enlever une tache de vin de table")
    assert "vin rouge" in reply.lower() and "vin blanc" in reply.lower()


def test_en_unknown_topic_asks_which_stain_never_suggesting_guides_at_random(chat):
    en = chat("en-US")
    en.launch()
    reply = en.say("how do I remove a mystery goo stain")
    assert reply == (
        'I don\'t have a method for "mystery goo". '
        "Which stain do you want to remove? Wine, coffee, grass, blood?"
    )


def test_fr_navigation_previous_repeat_start_over(chat):
    fr = chat("fr-FR")
    fr.launch()
    fr.say("comment enlever une tache de café sur du coton")
    first = fr.last
    assert fr.say("répète") == fr.speech(first)
    reply = fr.say("précédent")
    assert "première étape" in reply
    fr.say("suivant")
    reply = fr.say("recommence")
    assert (
        "On reprend la méthode pour la tache de café ou de thé depuis le début" in reply
        and "Étape 1" in reply
    )


@pytest.mark.parametrize(
    ("locale", "ask", "say_next", "last_words"),
    [
        ("fr-FR", "comment enlever une tache d'herbe", "suivant", "C'était la dernière étape"),
        ("en-US", "how do I remove a grass stain", "next", "That was the last step"),
    ],
)
def test_next_at_the_last_step_says_so(chat, locale, ask, say_next, last_words):
    shopper = chat(locale)
    shopper.launch()
    shopper.say(ask)
    replies = [shopper.say(say_next) for _ in range(8)]
    assert any(last_words in r for r in replies)


def test_en_what_do_i_need(chat):
    en = chat("en-US")
    en.launch()
    en.say("how do I get coffee out of my cotton shirt")
    assert "You'll need" in en.say("what do I need")


def test_fr_resume_within_a_day_per_user(chat, clock):
    fr = chat("fr-FR", user="amzn1.ask.account.RESUME")
    fr.launch()
    fr.say("comment enlever une tache de café sur du coton")
    fr.say("suivant")
    fr.say("stop")
    clock.advance(3600)
    again = chat("fr-FR", user="amzn1.ask.account.RESUME")
    reply = again.launch()
    assert "La dernière fois, nous étions à l'étape" in reply
    assert "café" in reply.lower()
    assert "Étape" in again.say("oui")


def test_en_no_resume_after_a_day(chat, clock):
    en = chat("en-US", user="amzn1.ask.account.OLD")
    en.launch()
    en.say("how do I get coffee out of my cotton shirt")
    en.say("stop")
    clock.advance(RESUME_WINDOW_SECONDS + 60)
    assert "Last time" not in chat("en-US", user="amzn1.ask.account.OLD").launch()


def test_resume_is_per_person(chat):
    alice = chat("en-US", user="amzn1.ask.account.HOME", person="amzn1.ask.person.ALICE")
    alice.launch()
    alice.say("how do I get coffee out of my cotton shirt")
    alice.say("stop")
    bob = chat("en-US", user="amzn1.ask.account.HOME", person="amzn1.ask.person.BOB")
    assert "Last time" not in bob.launch()
    alice_again = chat("en-US", user="amzn1.ask.account.HOME", person="amzn1.ask.person.ALICE")
    assert "Last time" in alice_again.launch()


def test_fr_something_else_gets_the_general_method(chat):
    fr = chat("fr-FR")
    fr.launch()
    assert "dépend du tissu" in fr.say("comment enlever une tache de transpiration")
    assert "Étape 1" in fr.say("autre chose")
