"""Off the happy path, fourth round: taking out of the cart what two of its lines answer to (asked,
never guessed), a charity named while a product is asked (a gift, the product set aside), and
coming back to a guide whose fabric was never said (no step announced that was never read).
Each test replays the dialog through the real skill and the simulator's reading of the
committed interaction models, in both locales."""

from __future__ import annotations

import pytest

from skill.simulator import Simulator
from tests.skill.wallets import SHOPPER, enroll

FR, EN = "fr-FR", "en-US"


# --- two lines the words fit: which one? -------------------------------------------------------

SOAPS = {
    FR: ["ajoute un savon au fiel nature", "ajoute un savon au fiel lavande",
         "ajoute un stick détachant"],
    EN: ["add an ox gall soap", "add a lavender ox gall soap", "add a pocket stain stick"],
}  # fmt: skip
WHICH = {
    FR: "Lequel dois-je retirer : le savon au fiel de bœuf nature 100 g ou le savon au fiel à la "
    "lavande 100 g ? Ou les deux ?",
    EN: "Which one should I remove: Ox Gall Stain Soap Bar 100 g or Lavender Ox Gall Soap 100 g? "
    "Or both?",
}
PLAIN = {FR: "Savon au fiel de bœuf nature 100 g, quantité 1.", EN: "Ox Gall Stain Soap Bar 100 g"}
LAVENDER = {FR: "Savon au fiel à la lavande 100 g", EN: "Lavender Ox Gall Soap 100 g"}
STICK = {FR: "Stick détachant de poche 35 g", EN: "Pocket Stain Stick 35 g"}
CART = {FR: "mon panier", EN: "what's in my cart"}


def with_two_soaps(shopper, locale: str) -> Simulator:
    talk = shopper(locale)
    for add in SOAPS[locale]:
        talk.say(add)
    return talk


@pytest.mark.parametrize(
    ("locale", "remove"),
    [
        (FR, "enlève les savons au fiel"),
        (FR, "retire le savon au fiel"),
        (FR, "enlève le savon au fiel de bœuf"),
        (EN, "remove the ox gall soaps"),
        (EN, "remove the ox gall soap"),
    ],
)
def test_words_two_lines_answer_to_ask_which_naming_both(shopper, locale, remove):
    """The plural said is no count: "the soaps" with two soaps asks, and takes nothing out yet."""
    talk = with_two_soaps(shopper, locale)
    assert talk.say(remove) == WHICH[locale]
    cart = talk.say(CART[locale])
    assert PLAIN[locale] in cart and LAVENDER[locale] in cart


@pytest.mark.parametrize(
    ("locale", "answer", "removed", "kept"),
    [
        (FR, "la lavande", "J'ai retiré le savon au fiel à la lavande 100 g.", PLAIN[FR]),
        (FR, "le savon au fiel à la lavande",
         "J'ai retiré le savon au fiel à la lavande 100 g.", PLAIN[FR]),
        (FR, "le premier", "J'ai retiré le savon au fiel de bœuf nature 100 g.", LAVENDER[FR]),
        (FR, "le nature", "J'ai retiré le savon au fiel de bœuf nature 100 g.", LAVENDER[FR]),
        (EN, "lavender", "I removed Lavender Ox Gall Soap 100 g.", PLAIN[EN]),
        (EN, "the lavender soap", "I removed Lavender Ox Gall Soap 100 g.", PLAIN[EN]),
        (EN, "the first one", "I removed Ox Gall Stain Soap Bar 100 g.", LAVENDER[EN]),
    ],
)  # fmt: skip
def test_the_line_named_in_the_answer_is_the_one_taken_out(shopper, locale, answer, removed, kept):
    talk = with_two_soaps(shopper, locale)
    talk.say("enlève les savons au fiel" if locale == FR else "remove the ox gall soaps")
    assert talk.say(answer).startswith(removed)
    cart = talk.say(CART[locale])
    assert kept in cart and STICK[locale] in cart


@pytest.mark.parametrize(
    ("locale", "both", "removed"),
    [
        (FR, "les deux", "J'ai retiré le savon au fiel de bœuf nature 100 g et le savon au fiel "
         "à la lavande 100 g. Votre panier s'élève maintenant à 5,90 €."),
        (FR, "tous les deux", "J'ai retiré le savon au fiel de bœuf nature 100 g et"),
        (FR, "enlève les deux", "J'ai retiré le savon au fiel de bœuf nature 100 g et"),
        (EN, "both", "I removed Ox Gall Stain Soap Bar 100 g and Lavender Ox Gall Soap 100 g. "
         "Your items now come to $6.90."),
        (EN, "both of them", "I removed Ox Gall Stain Soap Bar 100 g and"),
        (EN, "remove both", "I removed Ox Gall Stain Soap Bar 100 g and"),
    ],
)  # fmt: skip
def test_both_takes_out_every_line_asked_about(shopper, locale, both, removed):
    talk = with_two_soaps(shopper, locale)
    talk.say("enlève les savons au fiel" if locale == FR else "remove the ox gall soaps")
    assert talk.say(both).startswith(removed)
    cart = talk.say(CART[locale])
    assert STICK[locale] in cart and LAVENDER[locale] not in cart and PLAIN[locale] not in cart


@pytest.mark.parametrize(
    ("locale", "same", "again"),
    [
        (FR, "le savon au fiel", "Je n'ai pas saisi lequel. " + WHICH[FR]),
        (EN, "the ox gall soap", "I didn't catch which one. " + WHICH[EN]),
    ],
)
def test_the_same_words_again_keep_the_question(shopper, locale, same, again):
    talk = with_two_soaps(shopper, locale)
    talk.say("enlève les savons au fiel" if locale == FR else "remove the ox gall soaps")
    assert talk.say(same) == again


@pytest.mark.parametrize(
    ("locale", "no", "kept"),
    [
        (FR, "non", "D'accord, je ne retire rien. Dites « passer commande », ou continuez vos "
         "achats."),
        (EN, "no", 'Okay, I won\'t remove anything. Say "check out", or keep shopping.'),
    ],
)  # fmt: skip
def test_no_to_which_one_removes_nothing(shopper, locale, no, kept):
    talk = with_two_soaps(shopper, locale)
    talk.say("enlève les savons au fiel" if locale == FR else "remove the ox gall soaps")
    assert talk.say(no) == kept
    cart = talk.say(CART[locale])
    assert PLAIN[locale] in cart and LAVENDER[locale] in cart


THIRD_SOAP = {
    "- id: stick-detachant\n": """- id: savon-fiel-citron
  group: savon-fiel
  availability: in stock
  variants: {scent: "citron"}
  locales:
    fr-FR:
      title: "Savon au fiel de bœuf au citron 100 g"
      grammar: {gender: masculine, short: "savon au fiel au citron 100 g"}
      synonyms: ["savon au fiel citron"]
      description: "Notre savon au fiel de bœuf, parfumé au citron."
      price: "4.50 EUR"
    en-US:
      title: "Lemon Ox Gall Stain Soap Bar 100 g"
      grammar: {short: "Lemon Ox Gall Soap 100 g"}
      synonyms: ["lemon ox gall soap"]
      description: "Our ox gall stain soap bar, scented with lemon."
      price: "5.50 USD"
      variants: {scent: "lemon"}

- id: stick-detachant
""",
}


@pytest.mark.parametrize(
    ("locale", "adds", "remove", "which", "both", "every", "removed"),
    [
        (FR, ["ajoute un savon au fiel nature", "ajoute un savon au fiel lavande",
              "ajoute un savon au fiel citron"],
         "enlève les savons au fiel",
         "Lequel dois-je retirer : le savon au fiel de bœuf nature 100 g, le savon au fiel à la "
         "lavande 100 g ou le savon au fiel au citron 100 g ? Ou les trois ?",
         "les deux", "les trois",
         "J'ai retiré le savon au fiel de bœuf nature 100 g, le savon au fiel à la lavande 100 g "
         "et le savon au fiel au citron 100 g. Votre panier est vide."),
        (EN, ["add an ox gall soap", "add a lavender ox gall soap", "add a lemon ox gall soap"],
         "remove the ox gall soaps",
         "Which one should I remove: Ox Gall Stain Soap Bar 100 g, Lavender Ox Gall Soap 100 g or "
         "Lemon Ox Gall Soap 100 g? Or all three?",
         "remove both", "all three",
         "I removed Ox Gall Stain Soap Bar 100 g, Lavender Ox Gall Soap 100 g and Lemon Ox Gall "
         "Soap 100 g. Your cart is empty."),
    ],
)  # fmt: skip
def test_three_lines_are_all_named_and_both_of_three_is_not_a_guess(
    skill_with_products, locale, adds, remove, which, both, every, removed
):
    talk = Simulator(skill_with_products(THIRD_SOAP), locale, user_id=SHOPPER)
    talk.launch()
    for add in adds:
        talk.say(add)
    assert talk.say(remove) == which
    assert talk.say(both).endswith(which)
    assert talk.say(every).startswith(removed)


@pytest.mark.parametrize(
    ("locale", "said"),
    [(FR, "les deux"), (FR, "les trois"), (FR, "tous"), (FR, "toutes les deux"),
     (EN, "both"), (EN, "all three"), (EN, "all of them")],
)  # fmt: skip
def test_the_words_the_question_suggests_are_choices_alexa_knows(nlu, locale, said):
    understood = nlu[locale].understand(said)
    assert understood.intent == "ChooseIntent"
    assert understood.slots["choice"]["id"] in {"both", "all"}


# --- a charity named while a product is asked --------------------------------------------------

WHICH_PRODUCT = {FR: "Quel produit voulez-vous ?", EN: "Which product would you like?"}
GIFT = {
    FR: "D'accord, je laisse le produit de côté. Combien voulez-vous donner à la Croix-Rouge "
    "française ?",
    EN: "Sure, I'll leave the product for now. How much would you like to give to the French Red "
    "Cross?",
}


@pytest.mark.parametrize(
    ("locale", "tell_more", "charity", "amount", "confirm"),
    [
        (FR, "dis-m'en plus", "la Croix-Rouge", "vingt euros",
         "Un don de 20 € à la Croix-Rouge française. Je valide ?"),
        (FR, "dis-m'en plus", "Croix-Rouge", "vingt euros",
         "Un don de 20 € à la Croix-Rouge française. Je valide ?"),
        (EN, "tell me more", "the Red Cross", "twenty dollars",
         "$20 to the French Red Cross. Shall I go ahead?"),
        (EN, "tell me more", "Red Cross", "twenty dollars",
         "$20 to the French Red Cross. Shall I go ahead?"),
    ],
)  # fmt: skip
def test_a_charity_named_for_which_product_is_a_gift(
    skill, shopper, locale, tell_more, charity, amount, confirm
):
    enroll(skill)
    talk = shopper(locale)
    assert talk.say(tell_more) == WHICH_PRODUCT[locale]
    assert talk.say(charity).startswith(GIFT[locale])
    assert talk.say(amount) == confirm


SCENT = {FR: "Très bien, quel parfum : nature ou lavande ?", EN: "Sure, which scent:"}
HOW_MANY = {FR: "Combien en voulez-vous ?", EN: "How many would you like?"}


@pytest.mark.parametrize(
    ("locale", "add", "asked", "charity"),
    [
        (FR, "ajoute un savon", SCENT[FR], "la croix-rouge"),
        (FR, "ajoute quelques savons au fiel nature", HOW_MANY[FR], "la croix-rouge"),
        (EN, "add a stain soap", SCENT[EN], "the red cross"),
        (EN, "add a stain soap", SCENT[EN], "red cross"),
        (EN, "add a few ox gall soaps", HOW_MANY[EN], "the red cross"),
    ],
)
def test_a_charity_named_for_which_scent_or_how_many_is_a_gift(
    skill, shopper, locale, add, asked, charity
):
    enroll(skill)
    talk = shopper(locale)
    assert talk.say(add).startswith(asked)
    assert talk.say(charity).startswith(GIFT[locale])


@pytest.mark.parametrize(
    ("locale", "charity", "gift"),
    [
        (FR, "la croix-rouge", "D'accord, je ne retire rien. Combien voulez-vous donner à la "
         "Croix-Rouge française ?"),
        (EN, "the red cross", "Okay, I won't remove anything. How much would you like to give to "
         "the French Red Cross?"),
    ],
)  # fmt: skip
def test_a_charity_named_for_which_line_to_remove_keeps_the_cart(
    skill, shopper, locale, charity, gift
):
    enroll(skill)
    talk = with_two_soaps(shopper, locale)
    talk.say("enlève les savons au fiel" if locale == FR else "remove the ox gall soaps")
    assert talk.say(charity).startswith(gift)


@pytest.mark.parametrize(
    ("locale", "said", "charity"),
    [(FR, "croix-rouge", "croix-rouge"), (FR, "secours des rivières", "secours-rivieres"),
     (EN, "red cross", "croix-rouge"), (EN, "river rescue", "secours-rivieres")],
)  # fmt: skip
def test_a_bare_charity_name_is_a_gift_to_it(nlu, locale, said, charity):
    understood = nlu[locale].understand(said)
    assert understood.intent == "DonateIntent"
    assert understood.slots["charity"]["id"] == charity


# --- coming back to a guide whose fabric was never said ----------------------------------------

RESUMED = {
    FR: "Re-bonjour ! La dernière fois, vous m'aviez demandé la méthode pour la tache de vin "
    "rouge. On continue ?",
    EN: "Welcome back! Last time you asked about the red wine stain. Shall we continue?",
}
FABRIC = {
    FR: "Pour la tache de vin rouge, la méthode dépend du tissu",
    EN: "For the red wine stain, the method depends on the fabric.",
}


@pytest.mark.parametrize(
    ("locale", "wine", "detour", "yes", "wool", "first"),
    [
        (FR, "comment enlever une tache de vin rouge", "ajoute un stick détachant", "oui",
         "laine", "Étape 1 : Tamponnez aussitôt"),
        (EN, "how do I remove a red wine stain", "add a pocket stain stick", "yes", "wool",
         "Step 1: "),
    ],
)  # fmt: skip
def test_a_guide_left_at_its_fabric_question_comes_back_without_a_step_number(
    chat, locale, wine, detour, yes, wool, first
):
    """The fabric was asked, a product came in between, and the session ended: no step was read,
    so the offer to go on names none (it said "step 1"), and the first step read is step 1."""
    talk = chat(locale, user=SHOPPER)
    talk.launch()
    assert talk.say(wine).startswith(FABRIC[locale])
    talk.say(detour)
    talk.end()
    back = chat(locale, user=SHOPPER)
    assert back.launch() == RESUMED[locale]
    assert back.say(yes).startswith(FABRIC[locale])
    assert first in back.say(wool)
