"""Off the happy path with a gift's amount and its charity (a tester's probe):

- a typed amount lost its point: "$1.50", « 1,50 € » gave 150 (the simulator folded the "." and
  the "," away before reading the number) and, in one breath, "donate $1.50 to the red cross" was
  "I didn't catch an amount"; the amount slot's "1 50" was read 150;
- "a dollar fifty", "a buck fifty", « un euro (cinquante) » dropped the gift for a stain's
  question, and "fifty cents", « cinquante centimes », "half a dollar" were not understood;
- « fais un don au / aux … » was not understood for every charity whose name takes « le » or
  « les » (4 of the example's 6), and « parle-moi des Ateliers Solidaires du Textile » described
  products;
- "what's the total?" while a gift waits dropped it and read the empty cart;
- « en fait quinze » to the gift read back was not understood, and a yes gave 10 €.

Through the real skill and the simulator's reading of the committed interaction models."""

from __future__ import annotations

from pathlib import Path

import pytest

from content.loader import load_content
from skill import envelopes
from skill.app import build_skill
from skill.grammar import Name
from skill.interaction_model import build_all
from skill.settings import Settings
from skill.simulator import Simulator
from skill.speech import plain
from tests.skill.wallets import PIN, SHOPPER, enroll, sandbox_charges

FR, EN = "fr-FR", "en-US"
TO_RED_CROSS = {FR: "donne à la croix-rouge", EN: "donate to the red cross"}
HOW_MUCH = {
    FR: "Combien voulez-vous donner à la Croix-Rouge française ?",
    EN: "How much would you like to give to the French Red Cross?",
}
STAIN_QUESTION = ("Which stain", "Quelle tache")


def charged(store) -> list[int]:
    """Minor units of every approved sandbox charge."""
    return sorted(item.data["amount"]["minor"] for item in sandbox_charges(store))


def give(talk: Simulator, locale: str) -> str:
    """Yes to the gift read back, no tax receipt, the code: what is said at the end."""
    yes, no = ("oui", "non") if locale == FR else ("yes", "no")
    talk.say(yes)
    talk.say(no)
    return talk.say(PIN)


# --- 1. a typed amount keeps its point ---------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "typed", "confirm"),
    [(EN, "$1.50", "$1.50 to the French Red Cross. Shall I go ahead?"),
     (EN, "1.50", "$1.50 to the French Red Cross. Shall I go ahead?"),
     (EN, "$2.50", "$2.50 to the French Red Cross. Shall I go ahead?"),
     (EN, "7.25", "$7.25 to the French Red Cross. Shall I go ahead?"),
     (FR, "1,50 €", "Un don de 1,50 € à la Croix-Rouge française. Je valide ?"),
     (FR, "1,50", "Un don de 1,50 € à la Croix-Rouge française. Je valide ?"),
     (FR, "2,50 €", "Un don de 2,50 € à la Croix-Rouge française. Je valide ?"),
     (FR, "7,25", "Un don de 7,25 € à la Croix-Rouge française. Je valide ?")],
)  # fmt: skip
def test_a_typed_amount_keeps_its_point(skill, shopper, locale, typed, confirm):
    enroll(skill)
    talk = shopper(locale)
    talk.say(TO_RED_CROSS[locale])
    assert talk.say(typed) == confirm


@pytest.mark.parametrize(
    ("locale", "typed", "given"),
    [(EN, "$1.50", "Your gift of $1.50 to the French Red Cross is made"),
     (FR, "1,50 €", "Votre don de 1,50 € à la Croix-Rouge française est fait")],
)  # fmt: skip
def test_a_typed_gift_is_charged_with_its_cents(skill, shopper, sqlite_store, locale, typed, given):
    """ "$1.50" gave $150."""
    enroll(skill)
    talk = shopper(locale)
    talk.say(TO_RED_CROSS[locale])
    talk.say(typed)
    assert given in give(talk, locale)
    assert charged(sqlite_store) == [150]


@pytest.mark.parametrize(
    ("locale", "said", "confirm"),
    [(EN, "donate $1.50 to the red cross", "$1.50 to the French Red Cross. Shall I go ahead?"),
     (EN, "give $2.50 to clean water friends", "$2.50 to Clean Water Friends."),
     (FR, "donne 1,50 € à la croix-rouge", "Un don de 1,50 € à la Croix-Rouge française."),
     (FR, "je donne 2,50 euros aux amis de l'eau claire", "Un don de 2,50 € aux Amis de l'Eau")],
)  # fmt: skip
def test_in_one_breath_a_typed_amount_is_read_as_alone(skill, shopper, locale, said, confirm):
    """ "donate $1.50 to the red cross" was "I didn't catch an amount" (alone, $150)."""
    enroll(skill)
    assert shopper(locale).say(said).startswith(confirm)


@pytest.mark.parametrize("locale", [EN, FR])
def test_the_amount_slot_is_never_read_a_hundred_times_over(skill, shopper, locale):
    """The amount as a number slot may carry it: "1.50", "1,50", "1.5" are 1.50; "1 50" is no
    amount (it was 150) and "1.500" neither (1.5 or 1500?): asked again, nothing offered;
    « 1 000 » is a thousand (above the largest gift: the limit said)."""
    enroll(skill)
    talk = shopper(locale)
    charity = {"value": "croix rouge", "type": "CHARITY", "id": "croix-rouge"}

    def said(amount: str) -> str:
        slots = {"amount": {"value": amount}, "charity": charity}
        request = envelopes.intent_request(locale, "DonateIntent", slots)
        return talk.speech(talk.send(request))

    one_fifty = {EN: "$1.50 to the French Red Cross.", FR: "Un don de 1,50 € à la Croix-Rouge"}
    for amount in ("1.50", "1,50", "1.5", " 1.50 "):
        assert said(amount).startswith(one_fifty[locale]), amount
    for amount in ("1 50", "1.500"):
        reply = said(amount)
        assert "150" not in reply and "1,50" not in reply and "1.50" not in reply, reply
        assert HOW_MUCH[locale] in reply, reply
    most = {EN: "The most I can give to the French Red Cross", FR: "Je peux donner au plus 500 €"}
    assert said("1 000").startswith(most[locale])


# --- 2. "a dollar fifty", « un euro », "fifty cents" ------------------------------------------


@pytest.mark.parametrize(
    ("locale", "said", "confirm"),
    [(EN, "a dollar fifty", "$1.50 to the French Red Cross. Shall I go ahead?"),
     (EN, "a dollar", "$1 to the French Red Cross. Shall I go ahead?"),
     (EN, "a buck fifty", "$1.50 to the French Red Cross. Shall I go ahead?"),
     (EN, "a dollar and fifty cents", "$1.50 to the French Red Cross. Shall I go ahead?"),
     (FR, "un euro", "Un don de 1 € à la Croix-Rouge française. Je valide ?"),
     (FR, "un euro cinquante", "Un don de 1,50 € à la Croix-Rouge française. Je valide ?"),
     (FR, "un euro et cinquante centimes", "Un don de 1,50 € à la Croix-Rouge française.")],
)  # fmt: skip
def test_one_unit_said_with_its_article_to_how_much(skill, shopper, locale, said, confirm):
    """They dropped the gift: "The donation wasn't made… Which stain do you want to remove?"."""
    enroll(skill)
    talk = shopper(locale)
    talk.say(TO_RED_CROSS[locale])
    assert talk.say(said).startswith(confirm)


@pytest.mark.parametrize(
    ("locale", "said", "confirm"),
    [(EN, "donate a dollar fifty to the red cross", "$1.50 to the French Red Cross."),
     (EN, "donate a dollar to the red cross", "$1 to the French Red Cross."),
     (EN, "give a buck fifty to clean water friends", "$1.50 to Clean Water Friends."),
     (FR, "je veux donner un euro et cinquante centimes aux amis de l'eau claire",
      "Un don de 1,50 € aux Amis de l'Eau Claire."),
     (FR, "fais un don d'un euro au vestiaire solidaire", "Un don de 1 € au Vestiaire Solidaire.")],
)  # fmt: skip
def test_one_unit_with_its_article_in_one_breath(
    skill, shopper, sqlite_store, locale, said, confirm
):
    enroll(skill)
    talk = shopper(locale)
    assert talk.say(said).startswith(confirm)
    give(talk, locale)
    assert charged(sqlite_store) in ([150], [100])


@pytest.mark.parametrize(
    ("locale", "said", "smallest"),
    [(EN, "fifty cents", "The smallest gift to the French Red Cross is $1. Shall I give $1?"),
     (EN, "half a dollar", "Gifts to the French Red Cross go from $1 to $500."),
     (FR, "cinquante centimes", "Le don minimum à la Croix-Rouge française est de 1 €."),
     (FR, "un demi-euro", "Les dons à la Croix-Rouge française vont de 1 € à 500 €.")],
)  # fmt: skip
def test_less_than_the_unit_says_the_smallest_gift_and_keeps_the_charity(
    skill, shopper, locale, said, smallest
):
    """They were "Sorry, I didn't get that"; the README promises the smallest gift is said."""
    enroll(skill)
    talk = shopper(locale)
    talk.say(TO_RED_CROSS[locale])
    reply = talk.say(said)
    assert smallest in reply, reply
    assert not reply.startswith(STAIN_QUESTION)
    # the charity is kept: another amount now is its gift
    again = {EN: "five dollars", FR: "cinq euros"}[locale]
    five = {EN: "$5 to the French Red Cross.", FR: "Un don de 5 € à la Croix-Rouge française."}
    assert talk.say(again).startswith(five[locale])


# --- 3. « au », « aux »: the charity's article, for any charity ---------------------------------


@pytest.mark.parametrize(
    ("said", "asked"),
    [("fais un don aux amis de l'eau claire", "Combien voulez-vous donner aux Amis de l'Eau"),
     ("fais un don au vestiaire solidaire", "Combien voulez-vous donner au Vestiaire Solidaire"),
     ("fais un don au secours des rivières", "Combien voulez-vous donner au Secours des Riv"),
     ("fais un don aux ateliers solidaires", "Combien voulez-vous donner aux Ateliers Solid"),
     ("fais un don aux ateliers solidaires du textile", "Combien voulez-vous donner aux Ateliers"),
     ("je donne cinq euros au vestiaire solidaire", "Un don de 5 € au Vestiaire Solidaire."),
     ("je fais un don de dix euros à l'unicef", "Je ne connais pas d'association")],
)  # fmt: skip
def test_a_gift_said_with_au_or_aux(skill, shopper, said, asked):
    """« Je n'ai pas compris », and the amount said next was lost."""
    enroll(skill)
    assert shopper(FR).say(said).startswith(asked)


@pytest.mark.parametrize("locale", [FR, EN])
def test_every_charity_with_its_own_article(skill, shopper, locale):
    """Each charity of the content, named as the skill names it (its article contracted: « au
    Secours des Rivières », « aux Ateliers… », "to the Kids' Closet"), in a wish alone and with
    an amount: the gift to it."""
    enroll(skill)
    wish, with_five = {
        FR: ("fais un don {to}", "je donne cinq euros {to}"),
        EN: ("i want to make a donation {to}", "i'd like to give five bucks {to}"),
    }[locale]
    asked, five = {
        FR: ("Combien voulez-vous donner {to} ?", "Un don de 5 € {to}. Je valide ?"),
        EN: ("How much would you like to give {to}?", "$5 {to}. Shall I go ahead?"),
    }[locale]
    for charity in skill.content.charities.values():
        text = charity.text[locale]
        to = plain(Name(text.name, locale, text.grammar).to)
        talk = shopper(locale)
        assert talk.say(wish.format(to=to)).startswith(asked.format(to=to)), to
        talk = shopper(locale)
        assert talk.say(with_five.format(to=to)) == five.format(to=to), to


CHARITIES_ADDED = """
- id: jardins-coeur
  locales:
    fr-FR:
      name: "Les Jardins du Cœur"
      grammar: {gender: masculine, plural: true, short: "Jardins du Cœur"}
      registration: {kind: RNA, number: "W691000009"}
      currency: EUR
      suggested: ["5.00 EUR", "10.00 EUR", "20.00 EUR"]
      tax_receipt: {rule: fr-66}
      description: "Des potagers cultivés avec les habitants d'un quartier."
    en-US:
      name: "Heart Gardens"
      registration: {kind: EIN, number: "78-9012345"}
      currency: USD
      suggested: ["5.00 USD", "10.00 USD", "20.00 USD"]
      tax_receipt: {rule: us-501c3}
      description: "Vegetable gardens grown with the people of a neighbourhood."

- id: foyer-marin
  locales:
    fr-FR:
      name: "Le Foyer du Marin"
      grammar: {gender: masculine, short: "Foyer du Marin"}
      registration: {kind: RNA, number: "W691000010"}
      currency: EUR
      suggested: ["5.00 EUR", "10.00 EUR", "20.00 EUR"]
      tax_receipt: {rule: fr-66}
      description: "Un foyer qui accueille les marins de passage."
    en-US:
      name: "Sailors' Home"
      registration: {kind: EIN, number: "89-0123456"}
      currency: USD
      suggested: ["5.00 USD", "10.00 USD", "20.00 USD"]
      tax_receipt: {rule: us-501c3}
      description: "A home that welcomes sailors passing through."
"""


def test_a_merchants_own_charity_with_le_or_les_is_given_to(example_copy: Path, tmp_path):
    """Not only the example's names: a shop's charity called « Les Jardins du Cœur » or « Le
    Foyer du Marin » (no synonyms) is given to with « aux », « au » in any wish."""
    charities = example_copy / "charities.yaml"
    charities.write_text(charities.read_text(encoding="utf-8") + CHARITIES_ADDED, "utf-8")
    models = tmp_path / "models"
    build_all(load_content(example_copy), models)
    skill = build_skill(Settings(content_dir=example_copy, db_path=tmp_path / "own.sqlite3"))
    enroll(skill)

    def say(text: str) -> str:
        talk = Simulator(skill, FR, user_id=SHOPPER, models_dir=models)
        talk.launch()
        return talk.say(text)

    assert say("fais un don aux jardins du cœur").startswith(
        "Combien voulez-vous donner aux Jardins du Cœur ?"
    )
    assert say("je veux donner cinq euros au foyer du marin") == (
        "Un don de 5 € au Foyer du Marin. Je valide ?"
    )
    assert say("je donne dix euros aux jardins du cœur").startswith(
        "Un don de 10 € aux Jardins du Cœur."
    )


@pytest.mark.parametrize(
    ("locale", "asked", "said"),
    [(FR, "parle-moi des ateliers solidaires du textile", "Ces ateliers lyonnais réparent"),
     (FR, "parle-moi du vestiaire solidaire", "Le Vestiaire Solidaire habille gratuitement"),
     (FR, "c'est quoi le vestiaire solidaire", "Le Vestiaire Solidaire habille gratuitement"),
     (FR, "c'est quoi les ateliers solidaires", "Ces ateliers lyonnais réparent"),
     (FR, "que font les amis de l'eau claire", "L'association creuse et entretient des puits"),
     (FR, "qu'est-ce que font les ateliers solidaires du textile", "Ces ateliers lyonnais")],
)  # fmt: skip
def test_a_charity_asked_about_with_its_article(skill, shopper, locale, asked, said):
    """« Parle-moi des Ateliers Solidaires du Textile » asked which product was meant, « parle-moi
    du Vestiaire Solidaire » did not find it."""
    enroll(skill)
    assert shopper(locale).say(asked).startswith(said)


# --- 4. the total while a gift waits -----------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "say", "total", "receipt", "code"),
    [(EN, ["donate 10 dollars to the red cross", "yes"], "what's the total",
      "Your gift: $10 to the French Red Cross. Would you like a tax receipt?",
      "Your gift: $10 to the French Red Cross. To confirm, please say your four-digit code."),
     (FR, ["donne dix euros à la croix-rouge", "oui"], "ça fait combien",
      "Votre don : 10 € à la Croix-Rouge française. Voulez-vous un reçu fiscal ?",
      "Votre don : 10 € à la Croix-Rouge française. Pour confirmer")],
)  # fmt: skip
def test_the_total_asked_while_a_gift_waits_keeps_it(
    skill, shopper, sqlite_store, locale, say, total, receipt, code
):
    """At "would you like a tax receipt?", "what's the total" dropped the gift and read the
    empty cart; at the code it dropped it too."""
    enroll(skill)
    talk = shopper(locale)
    for text in say:
        talk.say(text)
    assert talk.say(total).startswith(receipt)
    talk.say("no" if locale == EN else "non")
    assert talk.say(total).startswith(code)
    assert "10" in talk.say(PIN)
    assert charged(sqlite_store) == [1000]


@pytest.mark.parametrize(
    ("locale", "give_ten", "total", "confirm"),
    [(EN, "donate 10 dollars to the red cross", "what's the total",
      "$10 to the French Red Cross. Shall I go ahead?"),
     (FR, "donne dix euros à la croix-rouge", "ça fait combien",
      "Un don de 10 € à la Croix-Rouge française. Je valide ?")],
)  # fmt: skip
def test_the_total_asked_at_the_gift_read_back(skill, shopper, locale, give_ten, total, confirm):
    enroll(skill)
    talk = shopper(locale)
    talk.say(give_ten)
    assert talk.say(total) == confirm


# --- 5. the amount corrected while the gift waits ----------------------------------------------


@pytest.mark.parametrize(
    ("locale", "start", "amount", "corrections", "code"),
    [(FR, "fais un don à la croix-rouge", "dix euros",
      [("en fait quinze", "Un don de 15 € à la Croix-Rouge française. Je valide ?"),
       ("plutôt vingt", "Un don de 20 € à la Croix-Rouge française. Je valide ?"),
       ("non vingt-cinq euros", "Un don de 25 € à la Croix-Rouge française. Je valide ?"),
       ("trente", "Un don de 30 € à la Croix-Rouge française. Je valide ?"),
       ("non en fait douze euros", "Un don de 12 € à la Croix-Rouge française. Je valide ?")],
      "Pardon, je n'ai pas compris."),
     (EN, "donate to the red cross", "ten dollars",
      [("actually fifteen", "$15 to the French Red Cross. Shall I go ahead?"),
       ("make it twenty", "$20 to the French Red Cross. Shall I go ahead?"),
       ("no twenty five dollars", "$25 to the French Red Cross. Shall I go ahead?"),
       ("thirty", "$30 to the French Red Cross. Shall I go ahead?"),
       ("no make it twelve dollars", "$12 to the French Red Cross. Shall I go ahead?")],
      "Sorry, I didn't get that.")],
)  # fmt: skip
def test_the_amount_corrected_at_the_gift_read_back(
    skill, shopper, sqlite_store, locale, start, amount, corrections, code
):
    """« en fait quinze » was not understood, and a yes gave 10 €. A code said there is still
    not understood and never said back, the amount kept."""
    enroll(skill)
    talk = shopper(locale)
    talk.say(start)
    talk.say(amount)
    for said, confirm in corrections:
        assert talk.say(said) == confirm, said
    reply = talk.say(PIN)
    assert reply.startswith(code) and PIN not in reply and "12" in reply
    give(talk, locale)
    assert charged(sqlite_store) == [1200]
