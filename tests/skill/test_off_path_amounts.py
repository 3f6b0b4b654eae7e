"""Off the happy path with numbers: a gift with its cents ("douze euros cinquante", "12.50
dollars" were refused as a currency we do not take), a bare amount to "how much?" ("twenty"),
the amount changed while the gift waits ("actually make it 20", « en fait mets 20 », "no, I said
thirty": it cancelled the gift); "add twenty" and "no, I said three" are how many (the first
sold the product whose description says "twenty", the second emptied the line); « mets-en deux »
at the summary sets two, the order waiting (it added two more and charged for three). Through
the real skill and the simulator's reading of the committed interaction models."""

from __future__ import annotations

import pytest

from skill.flows.spoken_money import with_cents
from skill.turn import Slot
from tests.skill.wallets import enroll

FR, EN = "fr-FR", "en-US"


@pytest.mark.parametrize(
    ("locale", "said", "confirm"),
    [
        (FR, "donne douze euros cinquante à la croix rouge", "Un don de 12,50 € à la Croix-Rouge"),
        (FR, "donne 12,50 euros à la croix rouge", "Un don de 12,50 € à la Croix-Rouge"),
        (EN, "donate twelve dollars fifty to the red cross", "$12.50 to the French Red Cross."),
        (EN, "donate 12.50 dollars to the red cross", "$12.50 to the French Red Cross."),
        (EN, "donate seven dollars and twenty five cents to the red cross", "$7.25 to the French"),
        (EN, "donate seven twenty five dollars to the red cross", "$7.25 to the French"),
        (FR, "donne douze euros et cinquante centimes à la croix rouge", "Un don de 12,50 €"),
        (FR, "donne sept euros vingt-cinq à la croix rouge", "Un don de 7,25 €"),
    ],
)
def test_a_gift_with_its_cents(skill, shopper, locale, said, confirm):
    enroll(skill)
    assert shopper(locale).say(said).startswith(confirm)


@pytest.mark.parametrize(
    ("locale", "said", "minimum"),
    [
        (FR, "donne cinquante centimes à la croix rouge", "Le don minimum à la Croix-Rouge"),
        (EN, "donate fifty cents to the red cross", "The smallest gift to the French Red Cross"),
    ],
)
def test_cents_alone_are_below_the_smallest_gift(skill, shopper, locale, said, minimum):
    enroll(skill)
    reply = shopper(locale).say(said)
    assert reply.startswith(minimum) and "currency" not in reply and "devise" not in reply


def test_with_cents_reads_the_slots_alexa_fills() -> None:
    assert with_cents(Slot("12"), Slot("euros cinquante"), FR) == (Slot("12.5"), Slot("euros"))
    assert with_cents(Slot("12"), Slot("50 dollars"), EN) == (Slot("12.5"), Slot("dollars"))
    assert with_cents(Slot("50"), Slot("cents"), EN) == (Slot("0.5"), Slot("dollar"))
    assert with_cents(Slot("12"), Slot("euros"), FR) == (Slot("12"), Slot("euros"))
    assert with_cents(Slot("12"), Slot("pounds fifty"), EN) == (Slot("12"), Slot("pounds fifty"))
    assert with_cents(Slot("12"), Slot("euros cent vingt"), FR)[0] == Slot("12")


@pytest.mark.parametrize(
    ("locale", "give", "bare", "confirm"),
    [
        (EN, "donate to the red cross", "twenty", "$20 to the French Red Cross."),
        (FR, "je veux faire un don à la croix rouge", "vingt", "Un don de 20 €"),
        (EN, "donate to the red cross", "twelve dollars fifty", "$12.50 to the French Red Cross."),
        (EN, "donate to the red cross", "seven dollars and twenty five cents", "$7.25 to the"),
        (EN, "donate to the red cross", "five bucks", "$5 to the French Red Cross."),
        (FR, "je veux faire un don à la croix rouge", "douze euros cinquante", "Un don de 12,50 €"),
        (FR, "je veux faire un don à la croix rouge", "douze euros et cinquante centimes",
         "Un don de 12,50 €"),
        (FR, "je veux faire un don à la croix rouge", "dix balles", "Un don de 10 €"),
    ],
)  # fmt: skip
def test_a_bare_amount_to_how_much(skill, shopper, locale, give, bare, confirm):
    enroll(skill)
    talk = shopper(locale)
    talk.say(give)
    assert talk.say(bare).startswith(confirm)


@pytest.mark.parametrize(
    ("locale", "give", "change", "confirm"),
    [
        (EN, "donate 10 dollars to the red cross", "actually make it 20", "$20 to the French"),
        (EN, "donate 10 dollars to the red cross", "no i said thirty", "$30 to the French"),
        (FR, "donne dix euros à la croix rouge", "en fait mets 20", "Un don de 20 €"),
    ],
)
def test_the_amount_changed_while_the_gift_waits_is_asked_again(
    skill, shopper, locale, give, change, confirm
):
    enroll(skill)
    talk = shopper(locale)
    talk.say(give)
    reply = talk.say(change)
    assert reply.startswith(confirm)
    assert "nothing was charged" not in reply and "rien n'a été débité" not in reply


def test_add_twenty_asks_which_product_then_adds_twenty(shopper):
    talk = shopper(EN)
    assert talk.say("how much is twenty") == "Which product would you like?"
    assert talk.say("add twenty") == "Which product would you like?"
    assert "Pocket Stain Stick 35 g, quantity 20" in talk.say("the pocket stain stick")


@pytest.mark.parametrize(
    ("locale", "add", "meant", "now"),
    [
        (EN, "add two stain sticks", "no i said three",
         "You now have Pocket Stain Stick 35 g, quantity 3."),
        (FR, "ajoute un spray oxygène", "non j'ai dit deux",
         "Vous avez maintenant 2 exemplaires du spray à l'oxygène actif 500 ml."),
    ],
)  # fmt: skip
def test_no_i_said_a_number_is_how_many_of_what_was_added(shopper, locale, add, meant, now):
    talk = shopper(locale)
    talk.say(add)
    assert talk.say(meant).startswith(now)


def test_mets_en_deux_at_the_summary_sets_two_and_one_charge(skill, shopper):
    enroll(skill)
    talk = shopper(FR)
    talk.say("ajoute un stick détachant")
    talk.say("passer commande")
    summary = talk.say("mets-en deux")
    assert "quantité 2" in summary and summary.endswith("Je valide la commande ?")
    talk.say("oui")
    assert "16,70 € débités" in talk.say("4826")


@pytest.mark.parametrize(
    ("locale", "said"),
    [(EN, "add the code four eight two six"), (EN, "add pin forty eight twenty six"),
     (FR, "ajoute le code quatre huit deux six"),
     # the first digit taken as how many, the rest said back as a product: "eight two six"
     (EN, "add four eight two six"), (EN, "buy four eight two six"),
     (FR, "achète quatre huit deux six"), (FR, "ajoute quarante-huit vingt-six savons")],
)  # fmt: skip
def test_a_pin_said_in_words_inside_a_request_is_never_said_back(shopper, locale, said):
    reply = shopper(locale).say(said)
    for spoken in ("four eight two six", "forty eight", "quatre huit deux six", "4826",
                   "eight two six", "huit deux six", "vingt six", "vingt-six"):  # fmt: skip
        assert spoken not in reply, reply


@pytest.mark.parametrize(
    ("locale", "give", "pin", "limit"),
    [(EN, "donate to the red cross", "four eight two six",
      "The most I can give to the French Red Cross at once is $500. How much would you like"),
     (FR, "je veux faire un don à la croix rouge", "4826",
      "Je peux donner au plus 500 € à la Croix-Rouge française en une fois. Combien voulez-vous")],
)  # fmt: skip
def test_a_pin_said_to_how_much_is_no_largest_gift_to_say_yes_to(
    skill, shopper, locale, give, pin, limit
):
    """It offered "Shall I give $500?", and a yes gave it."""
    enroll(skill)
    talk = shopper(locale)
    talk.say(give)
    reply = talk.say(pin)
    assert reply.startswith(limit) and "4826" not in reply and "?" in reply
    assert "Shall I give" not in reply and "Je donne" not in reply


@pytest.mark.parametrize(
    ("locale", "said", "added"),
    [
        (EN, "add an oxygen spray, an ox gall soap and a degreaser",
         ["Active Oxygen Spray 500 ml", "Ox Gall Stain Soap Bar 100 g", "Citrus Fabric Degreaser"]),
        (FR, "ajoute le savon au fiel, le stick détachant et le dégraissant",
         ["savon au fiel de bœuf nature", "stick détachant de poche", "dégraissant textile"]),
    ],
)  # fmt: skip
def test_every_product_of_a_list_is_added(shopper, locale, said, added):
    reply = shopper(locale).say(said)
    assert all(name in reply for name in added)


@pytest.mark.parametrize(
    ("locale", "said", "lines"),
    [
        (EN, "buy a stain stick and an ink remover",
         ["Pocket Stain Stick 35 g, quantity 1", "Ink and Marker Remover 50 ml, quantity 1"]),
        (FR, "je voudrais acheter deux sticks détachants et un anti-encre",
         ["Stick détachant de poche 35 g, quantité 2", "Détachant encre et feutre 50 ml"]),
        (EN, "i would like to order two of the pocket stain sticks",
         ["Pocket Stain Stick 35 g, quantity 2"]),
    ],
)  # fmt: skip
def test_buying_several_or_two_of_one_reads_them_all_in_the_summary(
    skill, shopper, locale, said, lines
):
    enroll(skill)
    summary = shopper(locale).say(said)
    assert all(line in summary for line in lines)
    assert summary.endswith(("Shall I place the order?", "Je valide la commande ?"))


@pytest.mark.parametrize(
    ("locale", "give", "said", "limit"),
    [(EN, "donate to the red cross", "725", "The most I can give to the French Red Cross at once"),
     (FR, "je veux faire un don à la croix rouge", "725", "Je peux donner au plus 500 €")],
)  # fmt: skip
def test_an_amount_heard_above_the_largest_gift_is_asked_again(
    skill, shopper, locale, give, said, limit
):
    """ "7,25" heard as 725 offered the largest gift, 500, and a yes gave it. (Typed, "7.25" is
    7.25 now: ``test_off_path_gift_amounts``; 725 is what the recogniser's number slot holds.)"""
    enroll(skill)
    talk = shopper(locale)
    talk.say(give)
    reply = talk.say(said)
    assert reply.startswith(limit) and ("How much" in reply or "Combien" in reply), reply
    assert "Shall I give" not in reply and "Je donne" not in reply


@pytest.mark.parametrize(
    ("locale", "said", "limit"),
    [(EN, "add a thousand pocket stain sticks", "I can add from 1 to 99."),
     (EN, "add a hundred pocket stain sticks", "I can add from 1 to 99."),
     (FR, "ajoute une centaine de sticks détachants", "Je peux en mettre de 1 à 99."),
     (FR, "ajoute un millier de sticks détachants", "Je peux en mettre de 1 à 99.")],
)  # fmt: skip
def test_more_than_the_cart_takes_in_words_is_said_never_one_added(shopper, locale, said, limit):
    assert shopper(locale).say(said).startswith(limit)


@pytest.mark.parametrize(
    ("locale", "add", "change", "zero", "limit", "removed"),
    [(EN, "add two ox gall soaps", "change the quantity of the ox gall soap to 150",
      "change the quantity of the ox gall soap to zero",
      "I can keep from 1 to 99 of Ox Gall Stain Soap Bar 100 g in your cart, so I left it",
      "I removed Ox Gall Stain Soap Bar 100 g."),
     (FR, "ajoute deux savons au fiel", "mets-en cent", "mets zéro savon au fiel",
      "Je peux garder de 1 à 99 exemplaires du savon au fiel de bœuf nature 100 g dans votre "
      "panier : je n'ai rien changé.", "J'ai retiré le savon au fiel de bœuf nature 100 g.")],
)  # fmt: skip
def test_a_quantity_changed_beyond_the_limit_or_to_zero(
    shopper, locale, add, change, zero, limit, removed
):
    """It answered with the example of what the shopper had just said."""
    talk = shopper(locale)
    talk.say(add)
    assert talk.say(change).startswith(limit)
    assert talk.say(zero).startswith(removed)
