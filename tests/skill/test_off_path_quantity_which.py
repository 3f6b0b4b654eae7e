"""Off the happy path: a new quantity said with words that fit two lines of the cart (« mets deux
savons au fiel » with a plain and a lavender soap) is asked about, never set on a line picked
silently. The question is the removal's (``WhichLine``): an answer naming one line sets it,
"both" / « les deux » sets each, "no" changes nothing. Each test replays the dialog through the
real skill and the simulator's reading of the committed interaction models, in both locales."""

from __future__ import annotations

import pytest

from skill.simulator import Simulator
from tests.skill.test_off_path_lines_gifts_resume import THIRD_SOAP
from tests.skill.wallets import SHOPPER, enroll

FR, EN = "fr-FR", "en-US"


@pytest.fixture
def shopper(chat):
    def make(locale: str) -> Simulator:
        talk = chat(locale, user=SHOPPER)
        talk.launch()
        return talk

    return make


SOAPS = {
    FR: ["ajoute un savon au fiel nature", "ajoute un savon au fiel lavande",
         "ajoute un stick détachant"],
    EN: ["add an ox gall soap", "add a lavender ox gall soap", "add a pocket stain stick"],
}  # fmt: skip
TWO = {FR: "mets deux savons au fiel", EN: "change the quantity of the ox gall soap to two"}
WHICH = {
    FR: "Lequel voulez-vous en 2 exemplaires : le savon au fiel de bœuf nature 100 g ou le savon "
    "au fiel à la lavande 100 g ? Ou les deux ?",
    EN: "Which one would you like 2 of: Ox Gall Stain Soap Bar 100 g or Lavender Ox Gall Soap "
    "100 g? Or both?",
}
CART = {FR: "mon panier", EN: "what's in my cart"}
PLAIN = {
    FR: "Savon au fiel de bœuf nature 100 g, quantité",
    EN: "Ox Gall Stain Soap Bar 100 g, quantity",
}
LAVENDER = {
    FR: "Savon au fiel à la lavande 100 g, quantité",
    EN: "Lavender Ox Gall Soap 100 g, quantity",
}
STICK = {
    FR: "Stick détachant de poche 35 g, quantité 1.",
    EN: "Pocket Stain Stick 35 g, quantity 1.",
}
NEXT = {FR: "Dites « passer commande », ou continuez vos achats.",
        EN: 'Say "check out", or keep shopping.'}  # fmt: skip


def with_two_soaps(shopper, locale: str) -> Simulator:
    talk = shopper(locale)
    for add in SOAPS[locale]:
        talk.say(add)
    return talk


def quantities(talk: Simulator, locale: str) -> tuple[str, str]:
    """How many plain and lavender soaps the cart reads."""
    cart = talk.say(CART[locale])
    assert STICK[locale] in cart
    plain = cart.split(PLAIN[locale], 1)[1].split(".", 1)[0].strip()
    lavender = cart.split(LAVENDER[locale], 1)[1].split(".", 1)[0].strip()
    return plain, lavender


@pytest.mark.parametrize(
    ("locale", "change", "which"),
    [
        (FR, "mets deux savons au fiel", WHICH[FR]),
        (FR, "change la quantité du savon au fiel à trois",
         "Lequel voulez-vous en 3 exemplaires : le savon au fiel de bœuf nature 100 g ou le savon "
         "au fiel à la lavande 100 g ? Ou les deux ?"),
        (FR, "change la quantité du savon au fiel à un",
         "Lequel voulez-vous en un seul exemplaire : le savon au fiel de bœuf nature 100 g ou le "
         "savon au fiel à la lavande 100 g ? Ou les deux ?"),
        (EN, "change the quantity of the ox gall soap to two", WHICH[EN]),
        (EN, "change the quantity of the ox gall soaps to two", WHICH[EN]),
        (EN, "change the quantity of the ox gall soap to one",
         "Which one would you like just one of: Ox Gall Stain Soap Bar 100 g or Lavender Ox Gall "
         "Soap 100 g? Or both?"),
    ],
)  # fmt: skip
def test_a_quantity_for_words_two_lines_fit_asks_which_naming_both(shopper, locale, change, which):
    talk = with_two_soaps(shopper, locale)
    assert talk.say(change) == which
    assert quantities(talk, locale) == ("1", "1")


@pytest.mark.parametrize(
    ("locale", "answer", "changed", "plain", "lavender"),
    [
        (FR, "la lavande", "Vous avez maintenant 2 exemplaires du savon au fiel à la lavande "
         "100 g. Votre panier : 4 articles, 18,80 €. " + NEXT[FR], "1", "2"),
        (FR, "le premier", "Vous avez maintenant 2 exemplaires du savon au fiel de bœuf nature "
         "100 g.", "2", "1"),
        (FR, "le nature", "Vous avez maintenant 2 exemplaires du savon au fiel de bœuf nature "
         "100 g.", "2", "1"),
        (EN, "lavender", "You now have Lavender Ox Gall Soap 100 g, quantity 2. Your cart: 4 "
         "items, $22.80. " + NEXT[EN], "1", "2"),
        (EN, "the lavender soap", "You now have Lavender Ox Gall Soap 100 g, quantity 2.",
         "1", "2"),
        (EN, "the first one", "You now have Ox Gall Stain Soap Bar 100 g, quantity 2.", "2", "1"),
    ],
)  # fmt: skip
def test_the_line_named_in_the_answer_is_the_one_set(
    shopper, locale, answer, changed, plain, lavender
):
    talk = with_two_soaps(shopper, locale)
    talk.say(TWO[locale])
    assert talk.say(answer).startswith(changed)
    assert quantities(talk, locale) == (plain, lavender)


@pytest.mark.parametrize(
    ("locale", "both", "changed"),
    [
        (FR, "les deux", "Vous avez maintenant 2 exemplaires de chacun : le savon au fiel de bœuf "
         "nature 100 g et le savon au fiel à la lavande 100 g. Votre panier : 5 articles, "
         "22,70 €. " + NEXT[FR]),
        (FR, "tous les deux", "Vous avez maintenant 2 exemplaires de chacun :"),
        (EN, "both", "You now have 2 each of Ox Gall Stain Soap Bar 100 g and Lavender Ox Gall "
         "Soap 100 g. Your cart: 5 items, $27.70. " + NEXT[EN]),
        (EN, "both of them", "You now have 2 each of Ox Gall Stain Soap Bar 100 g and"),
    ],
)  # fmt: skip
def test_both_sets_each_line_to_that_quantity(shopper, locale, both, changed):
    talk = with_two_soaps(shopper, locale)
    talk.say(TWO[locale])
    assert talk.say(both).startswith(changed)
    assert quantities(talk, locale) == ("2", "2")


@pytest.mark.parametrize(
    ("locale", "change", "both", "changed"),
    [
        (FR, "change la quantité du savon au fiel à un", "les deux",
         "Vous avez maintenant un seul exemplaire de chacun : le savon au fiel de bœuf nature "
         "100 g et le savon au fiel à la lavande 100 g."),
        (EN, "change the quantity of the ox gall soap to one", "both",
         "You now have one each of Ox Gall Stain Soap Bar 100 g and Lavender Ox Gall Soap 100 g."),
    ],
)  # fmt: skip
def test_one_of_each_is_said_as_one(shopper, locale, change, both, changed):
    talk = with_two_soaps(shopper, locale)
    talk.say("ajoute un savon au fiel nature" if locale == FR else "add an ox gall soap")
    talk.say(change)
    assert talk.say(both).startswith(changed)
    assert quantities(talk, locale) == ("1", "1")


@pytest.mark.parametrize(
    ("locale", "no", "kept"),
    [(FR, "non", "D'accord, je ne change rien. " + NEXT[FR]),
     (EN, "no", "Okay, I won't change anything. " + NEXT[EN])],
)  # fmt: skip
def test_no_to_which_one_changes_nothing(shopper, locale, no, kept):
    talk = with_two_soaps(shopper, locale)
    talk.say(TWO[locale])
    assert talk.say(no) == kept
    assert quantities(talk, locale) == ("1", "1")


@pytest.mark.parametrize(
    ("locale", "same", "again"),
    [(FR, "le savon au fiel", "Je n'ai pas saisi lequel. " + WHICH[FR]),
     (EN, "the ox gall soap", "I didn't catch which one. " + WHICH[EN])],
)  # fmt: skip
def test_the_same_words_again_keep_the_question(shopper, locale, same, again):
    talk = with_two_soaps(shopper, locale)
    talk.say(TWO[locale])
    assert talk.say(same) == again
    assert quantities(talk, locale) == ("1", "1")


@pytest.mark.parametrize(
    ("locale", "other", "which"),
    [
        (FR, "change la quantité à quatre",
         "Lequel voulez-vous en 4 exemplaires : le savon au fiel de bœuf nature 100 g ou le savon "
         "au fiel à la lavande 100 g ? Ou les deux ?"),
        (EN, "make it four",
         "Which one would you like 4 of: Ox Gall Stain Soap Bar 100 g or Lavender Ox Gall Soap "
         "100 g? Or both?"),
    ],
)  # fmt: skip
def test_another_number_while_asked_asks_which_with_that_number(shopper, locale, other, which):
    talk = with_two_soaps(shopper, locale)
    talk.say(TWO[locale])
    assert talk.say(other) == which
    assert talk.say("les deux" if locale == FR else "both").startswith(
        "Vous avez maintenant 4 exemplaires de chacun" if locale == FR else "You now have 4 each"
    )


@pytest.mark.parametrize(
    ("locale", "remove", "removed"),
    [(FR, "enlève la lavande", "J'ai retiré le savon au fiel à la lavande 100 g."),
     (EN, "remove the lavender one", "I removed Lavender Ox Gall Soap 100 g.")],
)  # fmt: skip
def test_remove_while_asked_which_to_set_removes(shopper, locale, remove, removed):
    """ "Remove" is a request of its own, never an answer that sets a quantity."""
    talk = with_two_soaps(shopper, locale)
    assert talk.say(TWO[locale]) == WHICH[locale]
    assert talk.say(remove).startswith(removed)
    cart = talk.say(CART[locale])
    assert f"{PLAIN[locale]} 1." in cart and LAVENDER[locale] not in cart


@pytest.mark.parametrize(
    ("locale", "charity", "gift"),
    [
        (FR, "la croix-rouge", "D'accord, je ne change rien. Combien voulez-vous donner à la "
         "Croix-Rouge française ?"),
        (EN, "the red cross", "Okay, I won't change anything. How much would you like to give to "
         "the French Red Cross?"),
    ],
)  # fmt: skip
def test_a_charity_named_for_which_line_to_set_keeps_the_cart(
    skill, shopper, locale, charity, gift
):
    enroll(skill)
    talk = with_two_soaps(shopper, locale)
    talk.say(TWO[locale])
    assert talk.say(charity).startswith(gift)


SECOND_FOAM = {
    "- id: spray-delicats\n": """- id: mousse-auto
  availability: in stock
  variants: {size: "300 ml"}
  locales:
    fr-FR:
      title: "Mousse détachante sièges auto 300 ml"
      grammar: {gender: feminine, short: "mousse détachante sièges auto"}
      synonyms: ["mousse sièges auto"]
      description: "Une mousse pour les sièges de voiture en tissu."
      price: "9.90 EUR"
    en-US:
      title: "Car Seat Stain Foam 300 ml"
      grammar: {short: "Car Seat Foam 300 ml"}
      synonyms: ["car seat foam"]
      description: "A foam for fabric car seats."
      price: "10.90 USD"

- id: spray-delicats
""",
}


@pytest.mark.parametrize(
    ("locale", "adds", "change", "which", "both", "changed"),
    [
        (FR, ["ajoute une mousse moquette", "ajoute une mousse sièges auto"],
         "mets trois mousses détachantes",
         "Laquelle voulez-vous en 3 exemplaires : la mousse détachante moquette et canapé ou la "
         "mousse détachante sièges auto ? Ou les deux ?",
         "les deux",
         "Vous avez maintenant 3 exemplaires de chacune : la mousse détachante moquette et canapé "
         "et la mousse détachante sièges auto."),
        (EN, ["add a carpet foam", "add a car seat foam"],
         "change the quantity of the foam to three",
         "Which one would you like 3 of: Carpet and Upholstery Foam 400 ml or Car Seat Foam "
         "300 ml? Or both?",
         "both",
         "You now have 3 each of Carpet and Upholstery Foam 400 ml and Car Seat Foam 300 ml."),
    ],
)  # fmt: skip
def test_feminine_lines_are_asked_and_set_in_the_feminine(
    skill_with_products, locale, adds, change, which, both, changed
):
    talk = Simulator(skill_with_products(SECOND_FOAM), locale, user_id=SHOPPER)
    talk.launch()
    for add in adds:
        talk.say(add)
    assert talk.say(change) == which
    assert talk.say(both).startswith(changed)


@pytest.mark.parametrize(
    ("locale", "adds", "change", "which", "both", "every", "changed"),
    [
        (FR, ["ajoute un savon au fiel nature", "ajoute un savon au fiel lavande",
              "ajoute un savon au fiel citron"],
         "mets deux savons au fiel",
         "Lequel voulez-vous en 2 exemplaires : le savon au fiel de bœuf nature 100 g, le savon "
         "au fiel à la lavande 100 g ou le savon au fiel au citron 100 g ? Ou les trois ?",
         "les deux", "les trois",
         "Vous avez maintenant 2 exemplaires de chacun : le savon au fiel de bœuf nature 100 g, "
         "le savon au fiel à la lavande 100 g et le savon au fiel au citron 100 g. Votre panier : "
         "6 articles,"),
        (EN, ["add an ox gall soap", "add a lavender ox gall soap", "add a lemon ox gall soap"],
         "change the quantity of the ox gall soap to two",
         "Which one would you like 2 of: Ox Gall Stain Soap Bar 100 g, Lavender Ox Gall Soap "
         "100 g or Lemon Ox Gall Soap 100 g? Or all three?",
         "both", "all three",
         "You now have 2 each of Ox Gall Stain Soap Bar 100 g, Lavender Ox Gall Soap 100 g and "
         "Lemon Ox Gall Soap 100 g. Your cart: 6 items,"),
    ],
)  # fmt: skip
def test_three_lines_are_all_named_and_both_of_three_is_not_a_guess(
    skill_with_products, locale, adds, change, which, both, every, changed
):
    talk = Simulator(skill_with_products(THIRD_SOAP), locale, user_id=SHOPPER)
    talk.launch()
    for add in adds:
        talk.say(add)
    assert talk.say(change) == which
    assert talk.say(both).endswith(which)
    assert talk.say(every).startswith(changed)
