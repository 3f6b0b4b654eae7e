"""Off the happy path, things shoppers ask that are no product and no stain: the card and address
payments use ("change my address", « utiliser une autre carte »: not understood before), how to
reach the shop ("i want to talk to a human" was a product called "to talk to a human"), "I don't
know" (not understood; to "which fabric?" it is the general method), "who are you?", "where was
I?", "I want to cancel" (a product called "to cancel"). Through the real skill and the
simulator's reading of the committed interaction models, in both locales."""

from __future__ import annotations

import pytest

from tests.skill.wallets import enroll

FR, EN = "fr-FR", "en-US"


@pytest.mark.parametrize(
    ("locale", "asked", "said"),
    [
        (FR, "changer mon adresse",
         "Vous payez avec votre carte Visa finissant par 4 2 4 2, et vos commandes sont livrées "
         "au 12 rue des Lilas, Paris. Pour les changer, ou changer votre code, ouvrez la page de "
         "votre compte"),
        (FR, "utiliser une autre carte", "Vous payez avec votre carte Visa finissant par 4 2 4 2"),
        (EN, "change my address",
         "You pay with your Visa ending in 4 2 4 2, and your orders go to 12 rue des Lilas, "
         "Paris. To change them, or your code, open your account page"),
        (EN, "how do i pay", "You pay with your Visa ending in 4 2 4 2"),
    ],
)  # fmt: skip
def test_the_card_and_address_on_file_are_said_with_where_to_change_them(
    skill, shopper, locale, asked, said
):
    enroll(skill)
    talk = shopper(locale)
    reply = talk.say(asked)
    assert reply.startswith(said)
    assert "4242" not in reply  # the card only as the summary says it


@pytest.mark.parametrize(
    ("locale", "asked", "said"),
    [
        (FR, "changer de carte", "Vous n'avez pas encore de carte enregistrée"),
        (EN, "change my card", "You have no card on file yet"),
    ],
)
def test_with_no_wallet_it_says_where_to_add_one(chat, locale, asked, said):
    talk = chat(locale)
    talk.launch()
    assert talk.say(asked).startswith(said)


@pytest.mark.parametrize(
    ("locale", "checkout", "asked", "again"),
    [
        (FR, "passer commande", "je veux changer mon adresse", "Dites oui pour commander pour"),
        (EN, "check out", "use a different card", "Say yes to order for"),
        (EN, "check out", "which card are you using", "Say yes to order for"),
    ],
)  # fmt: skip
def test_at_the_summary_the_card_and_address_then_the_order_waits_for_its_yes(
    skill, shopper, locale, checkout, asked, again
):
    """It set the order aside; the summary's question is asked again, and "no" keeps the
    cart with nothing charged (to change the card first, on the account page)."""
    enroll(skill)
    talk = shopper(locale)
    talk.say("ajoute le stick détachant" if locale == FR else "add the pocket stain stick")
    talk.say(checkout)
    reply = talk.say(asked)
    assert "4 2 4 2" in reply and again in reply
    refused = talk.say("non" if locale == FR else "no")
    assert refused.startswith(("D'accord, je n'ai rien débité.", "Okay, nothing was charged."))


@pytest.mark.parametrize(
    ("locale", "asked", "said"),
    [
        (FR, "je voudrais parler à quelqu'un", "Vous pouvez joindre Les Bonnes Recettes au +33"),
        (FR, "service client", "Vous pouvez joindre Les Bonnes Recettes au +33"),
        (EN, "i want to talk to a human", "You can reach Stain Recipes at +33"),
        (EN, "how do i contact you", "You can reach Stain Recipes at +33"),
    ],
)
def test_how_to_reach_the_shop_is_its_support_phone(shopper, locale, asked, said):
    assert shopper(locale).say(asked).startswith(said)


WINE = {FR: "comment enlever une tache de vin rouge", EN: "how do I remove a red wine stain"}
GENERAL = {FR: "Je vous donne la méthode générale.", EN: "Here is the general method."}


@pytest.mark.parametrize(
    ("locale", "unsure"), [(FR, "je sais pas"), (FR, "aucune idée"), (EN, "i don't know")]
)
def test_i_dont_know_to_which_fabric_is_the_general_method(shopper, locale, unsure):
    talk = shopper(locale)
    talk.say(WINE[locale])
    assert talk.say(unsure).startswith(GENERAL[locale])


@pytest.mark.parametrize(
    ("locale", "checkout", "unsure", "hint", "yes", "pin"),
    [
        (FR, "passer commande", "je ne sais pas", "Dites oui pour commander", "oui",
         "Pour confirmer"),
        (EN, "check out", "i'm not sure", "Say yes to order", "yes", "To confirm"),
    ],
)  # fmt: skip
def test_i_dont_know_at_the_summary_says_what_it_wants_and_the_order_waits(
    skill, shopper, locale, checkout, unsure, hint, yes, pin
):
    enroll(skill)
    talk = shopper(locale)
    talk.say("ajoute le stick détachant" if locale == FR else "add the pocket stain stick")
    talk.say(checkout)
    reply = talk.say(unsure)
    assert hint in reply and "nothing was charged" not in reply
    assert talk.say(yes).startswith(pin)


@pytest.mark.parametrize(
    ("locale", "asked", "said"),
    [(FR, "qui es-tu", "Les Bonnes Recettes"), (EN, "who are you", "Stain Recipes")],
)
def test_who_are_you_is_help(shopper, locale, asked, said):
    reply = shopper(locale).say(asked)
    assert said in reply and "Sorry" not in reply and "Désolé" not in reply


@pytest.mark.parametrize(
    ("locale", "where", "step"),
    [(FR, "on en était où", "Étape 3 :"), (EN, "where was i", "Step 3:")],
)
def test_where_was_i_reads_on_in_the_guide(shopper, locale, where, step):
    talk = shopper(locale)
    talk.say(WINE[locale])
    talk.say("suivant" if locale == FR else "next")  # the general method, steps 1-2
    assert talk.say(where).startswith(step)


@pytest.mark.parametrize(
    ("locale", "checkout", "cancel", "said"),
    [
        (FR, "passer commande", "je veux annuler", "je n'ai rien débité"),
        (EN, "check out", "i want to cancel", "nothing was charged"),
    ],
)
def test_i_want_to_cancel_at_the_summary_cancels_nothing_charged(
    skill, shopper, locale, checkout, cancel, said
):
    enroll(skill)
    talk = shopper(locale)
    talk.say("ajoute le stick détachant" if locale == FR else "add the pocket stain stick")
    talk.say(checkout)
    reply = talk.say(cancel)  # the order set aside, the session goes on
    assert said in reply and "didn't find" not in reply and not talk.ended


@pytest.mark.parametrize(
    ("locale", "wait", "said"),
    [(FR, "une minute", "Prenez votre temps."), (FR, "attends une seconde", "Prenez votre temps."),
     (EN, "wait a second", "Take your time."), (EN, "give me a minute", "Take your time.")],
)  # fmt: skip
def test_wait_a_second_in_a_guide_keeps_it_and_next_reads_on(shopper, locale, wait, said):
    talk = shopper(locale)
    talk.say(WINE[locale])
    talk.say("suivant" if locale == FR else "next")  # the general method, steps 1-2
    assert talk.say(wait).startswith(said)
    assert talk.say("suivant" if locale == FR else "next").startswith(
        "Étape 3 :" if locale == FR else "Step 3:"
    )


@pytest.mark.parametrize(
    ("locale", "said", "heard"),
    [
        (FR, "je vais réfléchir", "Pas de souci, je ne vous le proposerai plus."),
        (FR, "très bien", "J'ai ajouté"),
        (EN, "maybe later", "No problem, I won't offer it again."),
        (EN, "sounds great", "I added"),
    ],
)
def test_yes_and_no_said_other_ways_to_the_offer(shopper, locale, said, heard):
    talk = shopper(locale)
    talk.say("comment enlever une tache d'herbe" if locale == FR else "grass stain")
    talk.say("suivant" if locale == FR else "next")
    talk.say("suivant" if locale == FR else "next")  # the last step and the offer
    assert talk.say(said).startswith(heard)


@pytest.mark.parametrize(("locale", "bye"), [(FR, "je dois y aller"), (EN, "i have to go")])
def test_i_have_to_go_ends_the_session(shopper, locale, bye):
    talk = shopper(locale)
    talk.say("comment enlever une tache d'herbe" if locale == FR else "grass stain")
    talk.say(bye)
    assert talk.session_id is None
