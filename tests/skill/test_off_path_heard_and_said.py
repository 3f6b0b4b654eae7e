"""Off the happy path, as an outside emulator drives the skill: how many the shopper says in
words and how the skill says what it added, a bare number to "how many?", the guide's offer of
a product the shopper already has or just refused, "next" after the last step, a code misheard
as another intent, a whole sentence never parroted back. Each test replays the dialog through
the real skill, in both locales where both have it."""

from __future__ import annotations

import pytest

from skill.simulator import Simulator
from tests.skill.wallets import SHOPPER, enroll, sandbox_charges

FR, EN = "fr-FR", "en-US"


# --- what was added, and how many -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "one", "added_one", "two", "added_two"),
    [
        (FR, "ajoute le stick détachant", "J'ai ajouté le stick détachant de poche 35 g.",
         "ajoute deux poudres oxygène",
         "J'ai ajouté 2 exemplaires de la poudre à l'oxygène actif 500 g."),
        (EN, "add a pocket stain stick", "I added Pocket Stain Stick 35 g.",
         "add two pocket stain sticks", "I added Pocket Stain Stick 35 g, quantity 2."),
    ],
)  # fmt: skip
def test_what_was_added_is_said_with_its_quantity_as_people_say_it(
    shopper, locale, one, added_one, two, added_two
):
    talk = shopper(locale)
    reply = talk.say(one)
    assert reply.startswith(added_one)
    assert "quantité 1" not in reply and "1 of" not in reply
    reply = talk.say(two)
    assert reply.startswith(added_two)
    assert "2 of" not in reply


@pytest.mark.parametrize(
    ("locale", "buy", "added"),
    [
        (FR, "achète deux savons au fiel nature",
         "J'ai ajouté 2 exemplaires du savon au fiel de bœuf nature 100 g. Pour payer"),
        (EN, "buy two pocket stain sticks", "I added Pocket Stain Stick 35 g, quantity 2. To pay"),
    ],
)  # fmt: skip
def test_buying_says_how_many_went_to_the_cart_before_the_wallet_is_missed(
    shopper, locale, buy, added
):
    assert shopper(locale).say(buy).startswith(added)


@pytest.mark.parametrize(
    ("locale", "said", "added"),
    [
        (FR, "ajoute une demi-douzaine de savons au fiel nature",
         "J'ai ajouté 6 exemplaires du savon au fiel de bœuf nature 100 g."),
        (FR, "ajoute une douzaine de sticks détachants",
         "J'ai ajouté 12 exemplaires du stick détachant de poche 35 g."),
        (EN, "add a couple of ox gall soaps", "I added Ox Gall Stain Soap Bar 100 g, quantity 2."),
        (EN, "add half a dozen pocket stain sticks", "I added Pocket Stain Stick 35 g, quantity 6."),
        (EN, "i'd like a couple of the lavender ox gall soaps",
         "I added Lavender Ox Gall Soap 100 g, quantity 2."),
    ],
)  # fmt: skip
def test_how_many_said_in_words_is_the_quantity(shopper, locale, said, added):
    assert shopper(locale).say(said).startswith(added)


@pytest.mark.parametrize(
    ("locale", "about", "some", "added"),
    [
        (FR, "c'est combien le gel anti-rouille", "ajoute-en une demi-douzaine",
         "J'ai ajouté 6 exemplaires du gel anti-rouille 100 ml."),
        (EN, "how much is the rust remover", "i'll take a couple",
         "I added Rust Remover Gel 100 ml, quantity 2."),
    ],
)  # fmt: skip
def test_how_many_in_words_for_the_product_just_described(shopper, locale, about, some, added):
    talk = shopper(locale)
    talk.say(about)
    assert talk.say(some).startswith(added)


@pytest.mark.parametrize(
    ("locale", "few", "asked", "three", "added"),
    [
        (FR, "ajoute quelques gels anti-rouille", "Combien en voulez-vous ?", "trois",
         "J'ai ajouté 3 exemplaires du gel anti-rouille 100 ml."),
        (EN, "add a few rust removers", "How many would you like?", "three",
         "I added Rust Remover Gel 100 ml, quantity 3."),
    ],
)  # fmt: skip
def test_a_few_asks_how_many_and_a_bare_number_answers(shopper, locale, few, asked, three, added):
    talk = shopper(locale)
    reply = talk.say(few)
    assert reply.startswith(asked), "how many, never one added nor 'from 1 to 99'"
    assert talk.say(three).startswith(added)


BOXES_OF_12 = {
    # the pocket stain stick sold by the box of 12
    '      title: "Stick détachant de poche 35 g"\n      grammar: {gender: masculine}':
        '      title: "Boîte de 12 sticks détachants"\n      grammar: {gender: feminine}',
    '      title: "Pocket Stain Stick 35 g"': '      title: "Pocket Stain Sticks, Box of 12"',
}  # fmt: skip


@pytest.fixture
def boxes_of_12(skill_with_products):
    return skill_with_products(BOXES_OF_12)


@pytest.mark.parametrize(
    ("locale", "said", "added"),
    [
        (FR, "ajoute une douzaine de sticks détachants",
         "J'ai ajouté la boîte de 12 sticks détachants."),
        (EN, "add a dozen pocket stain sticks", "I added Pocket Stain Sticks, Box of 12."),
    ],
)  # fmt: skip
def test_a_dozen_the_product_is_sold_by_is_its_size_not_how_many(boxes_of_12, locale, said, added):
    talk = Simulator(boxes_of_12, locale, user_id=SHOPPER)
    talk.launch()
    assert talk.say(said).startswith(added)


# --- a bare number to the question that wants one ----------------------------------------------


@pytest.mark.parametrize(
    ("locale", "give", "five", "confirm"),
    [
        (FR, "je veux faire un don à la croix rouge", "5",
         "Un don de 5 € à la Croix-Rouge française. Je valide ?"),
        (EN, "donate to the red cross", "5", "$5 to the French Red Cross. Shall I go ahead?"),
    ],
)  # fmt: skip
def test_a_bare_number_answers_how_much_to_give(skill, shopper, locale, give, five, confirm):
    enroll(skill)
    talk = shopper(locale)
    talk.say(give)
    assert talk.say(five) == confirm


# --- the guide's offer --------------------------------------------------------------------------

GRASS = {FR: "comment enlever une tache d'herbe", EN: "how do I get grass out of jeans"}
NEXT = {FR: "suivant", EN: "next"}
OFFERED = {FR: "Voulez-vous le commander ?", EN: "Would you like to order it?"}
ANOTHER = {FR: "Une autre tache à traiter ?", EN: "Another stain to tackle?"}


@pytest.mark.parametrize(
    ("locale", "add"),
    [(FR, "ajoute le prélavage aux enzymes 500 ml"), (EN, "add the enzyme prewash")],
)
def test_the_guide_never_offers_what_is_already_in_the_cart(
    skill, shopper, sqlite_store, locale, add
):
    """ "Yes" to it would put a second one in the cart and go to checkout."""
    enroll(skill)
    talk = shopper(locale)
    talk.say(GRASS[locale])
    talk.say(add)
    talk.say(NEXT[locale])
    last = talk.say(NEXT[locale])
    assert OFFERED[locale] not in last
    assert last.endswith(ANOTHER[locale])
    assert sandbox_charges(sqlite_store) == []


@pytest.mark.parametrize(
    ("locale", "about", "no"),
    [
        (FR, "parle-moi du prélavage aux enzymes 500 ml", "non"),
        (EN, "tell me about the enzyme prewash", "no"),
    ],
)
def test_the_guide_never_offers_what_the_shopper_just_refused(shopper, locale, about, no):
    talk = shopper(locale)
    talk.say(GRASS[locale])
    talk.say(about)
    talk.say(no)
    talk.say(NEXT[locale])
    last = talk.say(NEXT[locale])
    assert OFFERED[locale] not in last
    assert last.endswith(ANOTHER[locale])


@pytest.mark.parametrize(
    ("locale", "last_step"),
    [(FR, "C'était la dernière étape."), (EN, "That was the last step.")],
)
def test_next_at_the_offer_after_the_last_step_says_it_was_the_last(shopper, locale, last_step):
    talk = shopper(locale)
    talk.say(GRASS[locale])
    talk.say(NEXT[locale])
    assert OFFERED[locale] in talk.say(NEXT[locale])  # the last step, then the offer
    reply = talk.say(NEXT[locale])
    assert reply.startswith(last_step)
    assert reply.endswith(ANOTHER[locale])


# --- the code -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "buy", "yes", "two_digits"),
    [
        (FR, "achète le savon au fiel nature", "oui", "deux six"),
        (EN, "buy the ox gall soap", "yes", "two six"),
    ],
)
def test_a_code_not_heard_names_no_digits(skill, shopper, locale, buy, yes, two_digits):
    """The example PIN the skill used to give ("four, eight, two, six") is a PIN."""
    enroll(skill)
    talk = shopper(locale)
    talk.say(buy)
    talk.say(yes)
    reply = talk.say(two_digits)
    assert reply.startswith("Je n'ai pas compris le code." if locale == FR else "I didn't get")
    digits = ("huit", "six") if locale == FR else ("eight", "six")
    assert not any(word in reply for word in digits)


def test_fr_a_code_heard_as_a_fabric_keeps_the_order(skill, shopper, sqlite_store):
    """« un deux trois quatre »: « un » and a fabric « deux trois quatre » to the recogniser;
    the code is asked again, the order kept, and the right code places it."""
    enroll(skill)
    talk = shopper(FR)
    talk.say("achète le savon au fiel nature")
    talk.say("oui")
    reply = talk.say("un deux trois quatre")
    assert reply.startswith("Je n'ai pas compris le code.")
    assert "La commande n'est pas passée" not in reply
    assert talk.say("quatre huit deux six").startswith("C'est commandé !")
    assert len(sandbox_charges(sqlite_store)) == 1


# --- what is said back --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "sentence", "unsaid"),
    [
        (FR, "bonjour alors voilà mon fils a mis de l'herbe partout sur son jean est-ce que vous "
             "pourriez ajouter le savon au fiel à mon panier s'il vous plaît",
         "Je n'ai pas saisi la tache."),
        (EN, "actually my kid rolled around in the garden all afternoon in his new trousers",
         "I didn't catch the stain."),
    ],
)  # fmt: skip
def test_a_whole_sentence_is_never_parroted_back(shopper, locale, sentence, unsaid):
    reply = shopper(locale).say(sentence)
    assert reply.startswith(unsaid)
    assert "«" not in reply.split("?")[0] and '"' not in reply


def test_fr_the_refill_is_feminine(shopper):
    """« la recharge de prélavage », not « le recharge »: its short name's own gender."""
    reply = shopper(FR).say("c'est combien la recharge de prélavage")
    assert reply.startswith("La recharge de prélavage aux enzymes 1 litre coûte 13,90 €.")
    assert "Le recharge" not in reply
