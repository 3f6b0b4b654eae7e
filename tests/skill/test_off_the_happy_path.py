"""Shoppers answer the way people do: each defect found off the happy path, pinned in both
locales. Every test reads as the dialog it replays."""

from __future__ import annotations

import json

import pytest

from skill import envelopes
from skill.state import STATE_SK, owner_key
from tests.skill.wallets import PIN, SHOPPER, enroll, sandbox_charges

FR, EN = "fr-FR", "en-US"
BOTH = [FR, EN]
SAY = {
    FR: {"yes": "oui", "no": "non", "next": "suivant", "cart": "mon panier"},
    EN: {"yes": "yes", "no": "no", "next": "next", "cart": "what's in my cart"},
}


def said(locale: str, word: str) -> str:
    return SAY[locale][word]


@pytest.fixture
def shopper(chat):
    def make(locale: str, user: str = SHOPPER):
        talk = chat(locale, user=user)
        talk.launch()
        return talk

    return make


# --- loops and questions that do not know their answers -----------------------------------------


@pytest.mark.parametrize("locale", BOTH)
def test_no_to_anything_else_ends_the_session(shopper, locale):
    talk = shopper(locale)
    talk.say("ajoute le savon au fiel nature" if locale == FR else "add the ox gall soap")
    kept = talk.say(said(locale, "no"))
    assert ("Autre chose ?" if locale == FR else "Anything else?") in kept
    bye = talk.say(said(locale, "no"))
    assert ("À bientôt" if locale == FR else "Goodbye") in bye
    assert talk.ended


@pytest.mark.parametrize("locale", BOTH)
def test_no_no_no_never_loops(shopper, locale):
    talk = shopper(locale)
    for _ in range(3):
        if talk.ended:
            break
        talk.say(said(locale, "no"))
    assert talk.ended


@pytest.mark.parametrize(
    ("locale", "guide", "answer"),
    [
        (FR, "comment enlever une tache d'herbe", "Quelle tache voulez-vous enlever ?"),
        (EN, "how do I get grass out of my shirt", "Which stain do you want to remove?"),
    ],
)
def test_yes_to_another_stain_asks_which(shopper, locale, guide, answer):
    talk = shopper(locale)
    talk.say(guide)
    talk.say(said(locale, "next"))
    offer = talk.say(said(locale, "next"))  # the last step, then the merchant's offer
    assert (
        "Voulez-vous le commander ?" if locale == FR else "Would you like to order it?"
    ) in offer
    declined = talk.say(said(locale, "no"))
    assert (
        "Une autre tache à traiter ?" if locale == FR else "Another stain to tackle?"
    ) in declined
    reply = talk.say(said(locale, "yes"))
    assert "rien demandé" not in reply and "hadn't asked" not in reply
    assert answer in reply


@pytest.mark.parametrize("locale", BOTH)
def test_yes_to_add_it_after_a_description_adds_it(shopper, locale):
    talk = shopper(locale)
    described = talk.say(
        "combien coûte la terre de sommières" if locale == FR else "how much is the absorbent clay"
    )
    assert ("Je l'ajoute à votre panier ?" if locale == FR else "Shall I add it") in described
    added = talk.say(said(locale, "yes"))
    assert ("J'ai ajouté la terre de Sommières" if locale == FR else "I added Sommieres") in added


@pytest.mark.parametrize("locale", BOTH)
def test_yes_and_no_with_nothing_asked(chat, locale):
    """A one-shot "yes" (no question pending) is answered, never "I hadn't asked anything"."""
    talk = chat(locale)
    reply = talk.say(said(locale, "yes"))
    assert "rien demandé" not in reply and "hadn't asked" not in reply
    assert ("Je vous écoute" if locale == FR else "I'm listening") in reply


# --- guides are never lost ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "ask", "general"),
    [
        (FR, "comment enlever une tache de vin rouge", "méthode générale"),
        (EN, "how do I remove a red wine stain", "general method"),
    ],
)
def test_next_while_the_fabric_is_asked_gives_the_general_method(shopper, locale, ask, general):
    talk = shopper(locale)
    question = talk.say(ask)
    assert ("dépend du tissu" if locale == FR else "depends on the fabric") in question
    reply = talk.say(said(locale, "next"))
    assert general in reply
    assert ("Étape 1" if locale == FR else "Step 1") in reply


@pytest.mark.parametrize(
    ("locale", "sentence", "title"),
    [
        (FR, "comment enlever une tache d'herbe sur un jean", "Tache d'herbe"),
        (EN, "how do I get grass out of jeans", "Grass stain"),
        (FR, "j'ai une tache de vin rouge sur mon jean", "Tache de vin rouge"),
    ],
)
def test_topic_and_fabric_in_one_sentence(shopper, locale, sentence, title):
    reply = shopper(locale).say(sentence)
    assert reply.startswith(title)
    assert "pas de méthode" not in reply and "don't have a method" not in reply


@pytest.mark.parametrize(("locale", "word"), [(FR, "herbe"), (EN, "grass")])
def test_a_topic_alone_starts_its_guide(shopper, locale, word):
    talk = shopper(locale)
    unknown = talk.say(
        "comment enlever une tache de zorglub"
        if locale == FR
        else "how do I remove a zorglub stain"
    )
    assert (
        "pas de méthode pour « zorglub »" if locale == FR else 'no method for "zorglub"'
    ) in unknown.replace("don't have a method", "no method")
    assert ("Tache d'herbe" if locale == FR else "Grass stain") in talk.say(word)


@pytest.mark.parametrize(
    ("locale", "first", "second", "set_aside", "general"),
    [
        (FR, "comment enlever une tache de sang", "comment enlever une tache de vin rouge",
         "Je laisse de côté la méthode pour la tache de sang", "Tache de vin rouge"),
        (EN, "how do I remove a blood stain", "how do I remove a red wine stain",
         "I'm setting the blood stain aside", "Red wine stain"),
    ],
)  # fmt: skip
def test_next_after_a_new_guides_question_never_continues_the_old_one(
    shopper, locale, first, second, set_aside, general
):
    talk = shopper(locale)
    talk.say(first)
    talk.say(said(locale, "next"))
    talk.say(second)  # the fabric is asked for the new guide
    reply = talk.say(said(locale, "next"))
    assert set_aside in reply
    assert general in reply
    assert ("Étape 1" if locale == FR else "Step 1") in reply


@pytest.mark.parametrize("locale", BOTH)
def test_a_detour_comes_back_to_the_guide(shopper, locale):
    talk = shopper(locale)
    talk.say(
        "comment enlever une tache de café" if locale == FR else "how do I remove a coffee stain"
    )
    talk.say(said(locale, "next"))  # the general method: steps 1 and 2
    detour = talk.say(said(locale, "cart"))
    assert (
        "reprendre la méthode pour la tache de café" if locale == FR else "go on with the coffee"
    ) in detour
    back = talk.say(said(locale, "next"))
    assert ("Étape 3" if locale == FR else "Step 3") in back


@pytest.mark.parametrize("locale", BOTH)
def test_stop_in_a_guide_says_it_can_be_resumed(shopper, locale):
    talk = shopper(locale)
    talk.say(
        "comment enlever une tache de café" if locale == FR else "how do I remove a coffee stain"
    )
    talk.say(said(locale, "next"))
    bye = talk.say("stop")
    assert ("Vous pourrez reprendre la méthode pour la tache de café" if locale == FR
            else "You can pick up the coffee or tea stain") in bye  # fmt: skip


# --- products -----------------------------------------------------------------------------------


@pytest.mark.parametrize("locale", BOTH)
def test_tell_me_more_outside_an_offer_asks_which_product(shopper, locale):
    reply = shopper(locale).say("dis-m'en plus" if locale == FR else "tell me more")
    assert "« »" not in reply and '""' not in reply
    assert (
        "Quel produit voulez-vous ?" if locale == FR else "Which product would you like?"
    ) in reply


@pytest.mark.parametrize(
    ("locale", "asked", "words"),
    [
        (FR, "combien coûte la poudre oxygène un kilo",
         ["Elle est en rupture de stock", "J'ai la poudre à l'oxygène actif 500 g", "Je la mets dans votre panier ?"]),
        (EN, "how much is the oxygen powder one kilo",
         ["out of stock", "I have Active Oxygen Powder 500 g", "Shall I add that to your cart?"]),
    ],
)  # fmt: skip
def test_an_out_of_stock_product_is_never_offered_for_the_cart(
    shopper, sqlite_store, locale, asked, words
):
    talk = shopper(locale)
    reply = talk.say(asked)
    for word in words:
        assert word in reply
    assert reply.count("1 kg") == 1, "the out-of-stock product is named once"
    added = talk.say(said(locale, "yes"))
    assert "500 g" in added and "1 kg" not in added


# --- the PIN ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "buy", "misrouted"),
    [
        (FR, "achète le savon au fiel nature", {"product": {"value": PIN}}),
        (EN, "buy the ox gall soap", {"product": {"value": PIN}}),
    ],
)
def test_a_pin_heard_as_another_intent_is_never_spoken_or_stored(
    skill, shopper, sqlite_store, locale, buy, misrouted
):
    enroll(skill)
    talk = shopper(locale)
    talk.say(buy)
    talk.say(said(locale, "yes"))  # the summary: now the PIN is asked
    response = talk.send(envelopes.intent_request(locale, "ProductInfoIntent", misrouted))
    reply = talk.speech(response)
    assert PIN not in reply
    assert ("C'est commandé" if locale == FR else "Done!") in reply
    state = sqlite_store.get(f"owner#{owner_key(SHOPPER)}", STATE_SK)
    assert PIN not in json.dumps(state.data)
    assert len(sandbox_charges(sqlite_store)) == 1


@pytest.mark.parametrize(
    ("locale", "words", "again"),
    [
        (FR, "Il vous reste 2 essais.", "Dites votre code à quatre chiffres"),
        (EN, "You have 2 attempts left.", "Say your four-digit code"),
    ],
)
def test_attempts_left_are_counted_in_words_and_the_code_asked_again(
    skill, shopper, locale, words, again
):
    enroll(skill)
    talk = shopper(locale)
    talk.say("achète le savon au fiel nature" if locale == FR else "buy the ox gall soap")
    talk.say(said(locale, "yes"))
    reply = talk.say("1111")
    assert words in reply
    assert reply.index(again) > reply.index(words)


@pytest.mark.parametrize("locale", BOTH)
def test_moving_on_while_the_pin_is_asked_says_nothing_was_charged(
    skill, shopper, sqlite_store, locale
):
    enroll(skill)
    talk = shopper(locale)
    talk.say("achète le savon au fiel nature" if locale == FR else "buy the ox gall soap")
    talk.say(said(locale, "yes"))
    reply = talk.say(
        "comment enlever une tache de café" if locale == FR else "how do I remove a coffee stain"
    )
    assert ("La commande n'est pas passée, rien n'a été débité." if locale == FR
            else "The order wasn't placed, and nothing was charged.") in reply  # fmt: skip
    assert sandbox_charges(sqlite_store) == []


# --- grammar ------------------------------------------------------------------------------------


def test_fr_articles_and_warnings_read_as_french(shopper):
    talk = shopper(FR)
    reply = talk.say("comment enlever une tache de vin rouge")
    assert "Pour la tache de vin rouge, la méthode dépend du tissu" in reply
    steps = talk.say("coton")
    assert "Attention ! N'utilisez" in steps
    assert "Attention : N" not in steps


def test_en_charities_take_the(skill, shopper):
    enroll(skill)
    reply = shopper(EN).say("donate twenty dollars to the red cross")
    assert "$20 to the French Red Cross. Shall I go ahead?" in reply


@pytest.mark.parametrize("locale", ["en-GB", "en-AU", "en-IN"])
def test_other_english_locales_are_answered_in_english(chat, locale):
    talk = chat("en-US")
    response = talk.send({**envelopes.launch_request(locale)})
    assert "Welcome" in talk.speech(response)


@pytest.mark.parametrize(
    ("locale", "utterance", "asked", "added"),
    [
        (FR, "ajoute la terre de sommières 500 g", "Vous voulez dire la terre de Sommières 250 g ?",
         "J'ai ajouté la terre de Sommières 250 g"),
        (EN, "add sommieres clay 500 g", "Do you mean Sommieres Absorbent Clay 250 g?",
         "I added Sommieres Absorbent Clay 250 g"),
    ],
)  # fmt: skip
def test_a_size_the_one_product_lacks_is_confirmed_not_sold(
    shopper, locale, utterance, asked, added
):
    talk = shopper(locale)
    question = talk.say(utterance)
    assert asked in question
    assert "Laquelle" not in question and "Lequel" not in question and "Which one" not in question
    assert added in talk.say(said(locale, "yes"))


@pytest.mark.parametrize("locale", BOTH)
def test_no_to_a_doubtful_candidate_asks_which_product(shopper, locale):
    talk = shopper(locale)
    talk.say("ajoute la terre de sommières 500 g" if locale == FR else "add sommieres clay 500 g")
    reply = talk.say(said(locale, "no"))
    assert (
        "Quel produit voulez-vous alors ?"
        if locale == FR
        else "Which product would you like, then?"
    ) in reply


@pytest.mark.parametrize(
    ("locale", "asked", "how_many", "first", "two_in_cart"),
    [
        (FR, "combien coûte le spray", "ajoute-en deux", "le premier", "250 ml, quantité 2"),
        (EN, "how much is the spray", "add two of them", "the first one", "250 ml, quantity 2"),
    ],
)  # fmt: skip
def test_a_quantity_said_while_which_one_is_asked_keeps_the_question(
    shopper, locale, asked, how_many, first, two_in_cart
):
    talk = shopper(locale)
    question = talk.say(asked)
    assert "Vous voulez dire" in question or "Do you mean" in question
    again = talk.say(how_many)
    assert "« »" not in again and "n'ai pas trouvé" not in again and "didn't find" not in again
    assert question in again, "the same question, asked again"
    talk.say(first)
    assert two_in_cart in talk.say(said(locale, "cart"))
