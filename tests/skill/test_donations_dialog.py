"""Giving by voice, in both locales: one sentence, limits said plainly, the PIN, a receipt card."""

import argparse
import json
from dataclasses import replace

import pytest

from payments.donations import export_donations
from payments.money import Money
from skill import envelopes
from skill.donations_cli import register
from skill.flows.common import spoken_number
from skill.state import owner_key
from tests.skill.wallets import PIN, SHOPPER, enroll, sandbox_charges

FR, EN = "fr-FR", "en-US"
BOTH = [FR, EN]
YES = {FR: "oui", EN: "yes"}
NO = {FR: "non", EN: "no"}
ONE_SENTENCE = {
    FR: "donne vingt euros à la croix rouge",
    EN: "donate twenty dollars to the red cross",
}
RED_CROSS = {FR: "Croix-Rouge française", EN: "French Red Cross"}
TO_RED_CROSS = {FR: "donner à la croix rouge", EN: "donate to the red cross"}
HISTORY = {FR: "combien ai-je donné cette année", EN: "how much have I given this year"}
TWENTY = {FR: "20 €", EN: "$20"}


def charged(store) -> list[int]:
    """Minor units of every approved sandbox charge."""
    return sorted(item.data["amount"]["minor"] for item in sandbox_charges(store))


def intent(shopper, name: str, **slots) -> str:
    """Send an intent as Alexa would, with slot values the text simulator cannot produce."""
    return shopper.speech(shopper.send(envelopes.intent_request(shopper.locale, name, slots)))


def charity_slot(locale: str) -> dict:
    return {
        "value": "croix rouge",
        "type": "CHARITY",
        "id": "croix-rouge",
        "name": RED_CROSS[locale],
    }


def started(chat, locale, user=SHOPPER):
    shopper = chat(locale, user=user)
    shopper.launch()
    return shopper


def give_through(shopper, locale, receipt=False) -> str:
    """From the gift read back to the thanks: yes, the receipt answer, the PIN."""
    assert ("code secret" if locale == FR else "four-digit code") not in shopper.say(YES[locale])
    assert "code" in shopper.say(YES[locale] if receipt else NO[locale])
    return shopper.say(PIN)


# --- the happy path -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "asks", "thanks", "card"),
    [
        (
            FR,
            ["Un don de 20 € à la Croix-Rouge française", "Je valide ?"],
            ["Merci", "20 €", "jusqu'à 13,20 €", "20 %", "vous enverra votre reçu fiscal"],
            ["20 €", "Croix-Rouge française", "RNA W751000001", "jusqu'à 13,20 €", "demandé"],
        ),
        (
            EN,
            ["$20 to the French Red Cross", "Shall I go ahead?"],
            ["Thank you!", "$20", "If you itemize, up to $20", "will send you a tax receipt"],
            ["$20", "French Red Cross", "EIN 12-3456789", "up to $20", "requested"],
        ),
    ],
)
def test_one_sentence_a_receipt_and_a_card(skill, chat, sqlite_store, locale, asks, thanks, card):
    enroll(skill)
    shopper = started(chat, locale)
    replies = [shopper.say(ONE_SENTENCE[locale])]
    for words in asks:
        assert words in replies[-1]
    replies.append(shopper.say(YES[locale]))
    assert ("reçu fiscal" if locale == FR else "tax receipt") in replies[-1]
    assert ("nom et votre adresse" if locale == FR else "name and address") in replies[-1]
    replies.append(shopper.say(YES[locale]))
    assert ("code secret" if locale == FR else "four-digit code") in replies[-1]
    replies.append(shopper.say("quatre huit deux six" if locale == FR else "four eight two six"))
    for words in thanks:
        assert words in replies[-1]
    (row,) = export_donations(sqlite_store, "croix-rouge")
    assert shopper.card["title"] == ("Reçu de votre don" if locale == FR else "Donation receipt")
    number = spoken_number(row["donation_id"])  # the card shows the number the shopper heard
    assert number in replies[-1]
    for words in [number, *card]:
        assert words in shopper.card["content"]
    assert row["donor_name"] == "Camille Martin" and row["donor_address"]["city"] == "Paris"
    assert charged(sqlite_store) == [2000]
    assert not any(PIN in reply for reply in replies)
    assert not shopper.ended


@pytest.mark.parametrize("locale", BOTH)
def test_no_receipt_sends_nothing_about_the_donor(skill, chat, sqlite_store, locale):
    enroll(skill)
    shopper = started(chat, locale)
    shopper.say(ONE_SENTENCE[locale])
    thanks = give_through(shopper, locale, receipt=False)
    assert ("Merci" if locale == FR else "Thank you") in thanks
    assert ("non demandé" if locale == FR else "not requested") in shopper.card["content"]
    (row,) = export_donations(sqlite_store, "croix-rouge")
    assert "donor_name" not in row and "donor_address" not in row


# --- missing parts ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "ask", "suggestions", "amount"),
    [
        (FR, "faire un don à la croix rouge", "5 €, 10 € ou 20 €", "vingt euros"),
        (EN, "donate to the red cross", "$5, $10 or $25", "twenty dollars"),
    ],
)
def test_missing_amount_suggests_the_charitys_amounts(
    skill, chat, locale, ask, suggestions, amount
):
    enroll(skill)
    shopper = started(chat, locale)
    question = shopper.say(ask)
    assert ("Combien" if locale == FR else "How much") in question and suggestions in question
    read_back = shopper.say(amount)
    assert RED_CROSS[locale] in read_back and TWENTY[locale] in read_back  # charity remembered


@pytest.mark.parametrize(
    ("locale", "ask", "amount_first"),
    [(FR, "faire un don", "donne vingt euros"), (EN, "donate", "donate twenty dollars")],
)
def test_missing_charity_names_three(skill, chat, locale, ask, amount_first):
    enroll(skill)
    shopper = started(chat, locale)
    question = shopper.say(ask)
    texts = [c.text[locale] for c in skill.services.content.charities.values()]
    names = [text.grammar.short or text.name for text in texts]
    assert [name in question for name in names] == [True] * 3 + [False] * (len(names) - 3)
    assert ("Combien" if locale == FR else "How much") in shopper.say(TO_RED_CROSS[locale])
    # The amount first, then the charity: the amount is remembered.
    again = started(chat, locale)
    assert names[0] in again.say(amount_first)
    assert TWENTY[locale] in again.say(TO_RED_CROSS[locale])


@pytest.mark.parametrize(
    ("locale", "said", "confirm"),
    [
        (FR, "je voudrais faire un don de cinq euros aux ateliers solidaires du textile",
         "Un don de 5 € aux Ateliers Solidaires du Textile. Je valide ?"),
        (FR, "j'aimerais donner dix euros à la croix rouge",
         "Un don de 10 € à la Croix-Rouge française. Je valide ?"),
        (EN, "i want to donate ten dollars to the red cross",
         "$10 to the French Red Cross. Shall I go ahead?"),
        (EN, "i'd like to make a donation of five dollars to the red cross",
         "$5 to the French Red Cross. Shall I go ahead?"),
    ],
)  # fmt: skip
def test_the_gift_is_said_in_one_sentence_the_way_people_say_it(skill, chat, locale, said, confirm):
    """A wish, an amount and a charity with its article: one sentence, one confirmation (was
    "i want {product}", a product called "to donate ten dollars to the red cross")."""
    enroll(skill)
    assert started(chat, locale).say(said) == confirm


@pytest.mark.parametrize(
    ("locale", "said", "name"),
    [(FR, "faire un don à personne", "personne"), (EN, "donate to nobody", "nobody")],
)
def test_an_unknown_charity_is_said_and_three_are_named(
    skill, chat, sqlite_store, locale, said, name
):
    enroll(skill)
    shopper = started(chat, locale)
    reply = shopper.say(said)
    assert f"« {name} »" in reply if locale == FR else f'"{name}"' in reply
    assert ("je ne peux donc pas" if locale == FR else "can't give to it") in reply
    assert RED_CROSS[locale] in reply
    assert charged(sqlite_store) == []


# --- limits -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "said", "offer"),
    [
        (FR, "donne 1000000 euros à la croix rouge", "au plus 500 €"),
        (
            EN,
            "donate 1000000 dollars to the red cross",
            "The most I can give to the French Red Cross at once is $500",
        ),
    ],
)
def test_above_the_maximum_the_amount_is_asked_again(
    skill, chat, sqlite_store, locale, said, offer
):
    """Never "shall I give the largest?": a yes would give an amount nobody said."""
    enroll(skill)
    shopper = started(chat, locale)
    reply = shopper.say(said)
    assert offer in reply and ("Combien" in reply or "How much" in reply), reply
    assert "500" in shopper.say("cinq cents euros" if locale == FR else "five hundred dollars")
    assert ("Merci" if locale == FR else "Thank you") in give_through(shopper, locale)
    assert charged(sqlite_store) == [50000]


@pytest.mark.parametrize(
    ("locale", "offer"),
    [
        (FR, "Le don minimum à la Croix-Rouge française est de 1 €"),
        (EN, "The smallest gift to the French Red Cross is $1"),
    ],
)
def test_below_the_minimum_the_minimum_is_offered(skill, chat, sqlite_store, locale, offer):
    enroll(skill)
    shopper = started(chat, locale)
    reply = intent(shopper, "DonateIntent", amount={"value": "0.5"}, charity=charity_slot(locale))
    assert offer in reply
    give_through(shopper, locale)
    assert charged(sqlite_store) == [100]


@pytest.mark.parametrize(
    ("locale", "value", "words"),
    [
        (FR, "-5", "montant négatif"),
        (EN, "-5", "negative amount"),
        (FR, "?", "pas compris de montant"),
        (EN, "?", "didn't catch an amount"),
        (EN, "0", "more than zero"),
    ],
)
def test_not_a_positive_amount_charges_nothing(skill, chat, sqlite_store, locale, value, words):
    enroll(skill)
    shopper = started(chat, locale)
    reply = intent(shopper, "DonateIntent", amount={"value": value}, charity=charity_slot(locale))
    assert (
        words in reply
        and ("rien n'a été débité" if locale == FR else "nothing was charged") in reply
    )
    assert ("Combien" if locale == FR else "How much") in reply  # and the question again
    assert charged(sqlite_store) == []
    assert "code" not in shopper.say(YES[locale])  # nothing to agree to


@pytest.mark.parametrize(
    ("locale", "currency", "words"),
    [
        (FR, "dollars", "Croix-Rouge française n'accepte que des dons en euros"),
        (EN, "euros", "French Red Cross takes gifts in dollars only"),
        (EN, "pesos", "takes gifts in dollars only"),
    ],
)
def test_an_amount_in_another_currency_is_refused(
    skill, chat, sqlite_store, locale, currency, words
):
    enroll(skill)
    shopper = started(chat, locale)
    reply = intent(
        shopper,
        "DonateIntent",
        amount={"value": "20"},
        currency={"value": currency},
        charity=charity_slot(locale),
    )
    assert words in reply
    assert "code" not in shopper.say(YES[locale])
    assert charged(sqlite_store) == []


def in_currency(skill, locale: str, currency: str) -> None:
    """The Red Cross takes another currency than the locale's (a merchant's configuration)."""
    content = skill.services.content
    charity = content.charities["croix-rouge"]
    text = replace(
        charity.text[locale],
        currency=currency,
        minimum=Money.of(1, currency),
        maximum=Money.of(500, currency),
        suggested=(Money.of(10, currency),),
    )
    charities = {
        **content.charities,
        "croix-rouge": replace(charity, text={**charity.text, locale: text}),
    }
    skill.services.content = replace(content, charities=charities)


@pytest.mark.parametrize(
    ("locale", "currency", "words"),
    [(FR, "USD", "n'accepte que des dons en dollars"), (EN, "EUR", "takes gifts in euros only")],
)
def test_a_charity_in_another_currency_than_the_locale(
    skill, chat, sqlite_store, locale, currency, words
):
    in_currency(skill, locale, currency)
    enroll(skill)
    shopper = started(chat, locale)
    assert words in shopper.say(ONE_SENTENCE[locale])
    assert charged(sqlite_store) == []


def test_fr_the_daily_cap_is_said_and_what_is_left_offered(skill, chat, sqlite_store):
    enroll(skill)
    fr = started(chat, FR)
    fr.say("donne 500 euros à la croix rouge")
    give_through(fr, FR)
    fr.say("donne 480 euros à linge propre")
    give_through(fr, FR)
    offer = fr.say("donne 50 euros à la croix rouge")
    assert "limités à 1 000 €" in offer and "encore donner 20 €" in offer
    give_through(fr, FR)
    full = fr.say("donne 5 euros à la croix rouge")
    assert "limite de 1 000 €" in full and "Rien n'a été débité" in full
    assert charged(sqlite_store) == [2000, 48000, 50000]


# --- the PIN and the wallet ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "left"), [(FR, "Il vous reste 2 essai"), (EN, "You have 2 attempt")]
)
def test_wrong_pin_then_right(skill, chat, sqlite_store, locale, left):
    enroll(skill)
    shopper = started(chat, locale)
    shopper.say(ONE_SENTENCE[locale])
    shopper.say(YES[locale])
    shopper.say(NO[locale])
    assert left in shopper.say("1111")
    assert ("Merci" if locale == FR else "Thank you") in shopper.say(PIN)
    assert skill.services.wallets.show(owner_key(SHOPPER)).attempts_left == 3
    assert charged(sqlite_store) == [2000]


@pytest.mark.parametrize(("locale", "locked"), [(FR, "bloqué"), (EN, "locked")])
def test_a_locked_wallet_gives_nothing_even_with_the_right_pin(
    skill, chat, sqlite_store, locale, locked
):
    enroll(skill)
    shopper = started(chat, locale)
    shopper.say(ONE_SENTENCE[locale])
    shopper.say(YES[locale])
    shopper.say(NO[locale])
    shopper.say("1111")
    shopper.say("2222")
    assert locked in shopper.say("3333")
    assert shopper.ended
    again = started(chat, locale)
    assert locked in again.say(ONE_SENTENCE[locale])
    assert "bloqué" not in again.say(PIN) if locale == FR else "locked" not in again.say(PIN)
    assert charged(sqlite_store) == []
    assert skill.services.wallets.show(owner_key(SHOPPER)).locked


@pytest.mark.parametrize(("locale", "words"), [(FR, "application Alexa"), (EN, "Alexa app")])
def test_no_wallet_says_how_to_set_one_up(chat, sqlite_store, locale, words):
    shopper = started(chat, locale, user="amzn1.ask.account.NOWALLET")
    reply = shopper.say(ONE_SENTENCE[locale])
    assert (
        words in reply
        and ("Rien n'a été débité" if locale == FR else "Nothing was charged") in reply
    )
    assert charged(sqlite_store) == []


def test_fr_a_declined_card_is_explained(skill, chat, sqlite_store):
    enroll(skill, card="tok_chargeDeclined")
    fr = started(chat, FR)
    fr.say(ONE_SENTENCE[FR])
    reply = give_through(fr, FR)
    assert "Votre banque a refusé le paiement" in reply and "changez de carte" in reply
    assert charged(sqlite_store) == []
    assert "rien donné" in fr.say(HISTORY[FR])


def test_en_no_answer_from_the_gateway_then_retry(skill, chat, sqlite_store):
    enroll(skill, card="tok_processingError")
    en = started(chat, EN)
    en.say(ONE_SENTENCE[EN])
    assert "Shall I try again?" in give_through(en, EN)
    assert "Thank you!" in en.say("yes")
    assert charged(sqlite_store) == [2000]


@pytest.mark.parametrize("locale", BOTH)
def test_stop_while_the_pin_is_asked_charges_nothing(skill, chat, sqlite_store, locale):
    enroll(skill)
    shopper = started(chat, locale)
    shopper.say(ONE_SENTENCE[locale])
    shopper.say(YES[locale])
    shopper.say(NO[locale])
    assert ("rien n'a été débité" if locale == FR else "Nothing was charged") in shopper.say("stop")
    assert charged(sqlite_store) == []


@pytest.fixture
def voice_donor(settings, sqlite_store, clock):
    """The merchant chose Alexa's own voice check; the gift waits for the check it started.
    Returns the donor and the check's token."""
    from skill.app import build_skill
    from skill.simulator import Simulator

    skill = build_skill(replace(settings, pin_mode="alexa"), store=sqlite_store, clock=clock)
    person = "amzn1.ask.person.CAMILLE"
    enroll(skill, person=person)
    en = Simulator(skill, EN, user_id=SHOPPER, person_id=person)
    en.launch()
    en.say(ONE_SENTENCE[EN])
    en.say("yes")
    response = en.send(envelopes.intent_request(EN, "AMAZON.NoIntent"))  # no tax receipt
    directive = response["response"]["directives"][0]
    assert directive["uri"] == "connection://AMAZON.VerifyPerson/2"
    return en, directive["token"]


@pytest.mark.parametrize(
    ("status", "words", "charges"),
    [("ACHIEVED", "Thank you!", [2000]), ("NOT_ACHIEVED", "nothing was charged", [])],
)
def test_en_alexa_voice_check_for_a_gift(voice_donor, sqlite_store, status, words, charges):
    donor, token = voice_donor
    reply = donor.speech(donor.send(envelopes.session_resumed_request(EN, status, token)))
    assert words in reply
    assert charged(sqlite_store) == charges


# --- history ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "second", "words"),
    [
        (
            FR,
            "donne 10 euros à linge propre",
            ["En 2026, vous avez donné 20 € à la Croix-Rouge française et 10 € à la Fondation Linge Propre pour Tous",
             "Soit 30 € au total", "Réduction d'impôt estimée : jusqu'à 19,80 €"],
        ),
        (
            EN,
            "donate 10 dollars to the kids closet",
            ["In 2026, you gave $20 to the French Red Cross and $10 to the Kids' Closet",
             "That's $30 in all", "If you itemize, up to $30 is tax deductible"],
        ),
    ],
)  # fmt: skip
def test_how_much_have_i_given_this_year(skill, chat, locale, second, words):
    enroll(skill)
    shopper = started(chat, locale)
    empty = shopper.say(HISTORY[locale])
    assert ("rien donné" if locale == FR else "haven't given anything") in empty
    shopper.say(ONE_SENTENCE[locale])
    give_through(shopper, locale)
    shopper.say(second)
    give_through(shopper, locale)
    reply = shopper.say(HISTORY[locale])
    for part in words:
        assert part in reply
    assert shopper.card["title"] == ("Vos dons en 2026" if locale == FR else "Your gifts in 2026")


# --- the round-up at checkout -------------------------------------------------------------------


def to_paid_order(shopper, locale) -> str:
    shopper.launch()
    shopper.say("ajoute deux savons au fiel nature" if locale == FR else "add two ox gall soaps")
    shopper.say("passer commande" if locale == FR else "check out")
    shopper.say(YES[locale])
    return shopper.say(PIN)


ROUND_UP = {
    FR: (
        "12,70 €",
        "Voulez-vous arrondir à 14 € en donnant 1,30 € à la Croix-Rouge française ?",
        130,
    ),
    EN: (
        "$15.70",
        "Would you like to round up to $17 by giving $1.30 to the French Red Cross?",
        130,
    ),
}


@pytest.mark.parametrize("locale", BOTH)
def test_round_up_accepted_asks_the_pin_again(skill, chat, sqlite_store, locale):
    enroll(skill)
    shopper = chat(locale, user=SHOPPER)
    total, offer, gift = ROUND_UP[locale]
    paid = to_paid_order(shopper, locale)
    assert total in paid and offer in paid
    order_total = charged(sqlite_store)
    again = shopper.say(YES[locale])
    assert ("à nouveau" if locale == FR else "need it again") in again
    assert ("code secret" if locale == FR else "four-digit code") in again
    assert ("Merci" if locale == FR else "Thank you") in shopper.say(PIN)
    assert shopper.card["title"] == ("Reçu de votre don" if locale == FR else "Donation receipt")
    assert charged(sqlite_store) == sorted([*order_total, gift])
    # One round-up per order: the same offer again is the same gift (its nonce is the order's).
    history = skill.services.donations.history(owner_key(SHOPPER), 2026)
    assert [t.gifts for t in history.charities] == [1]


@pytest.mark.parametrize("locale", BOTH)
def test_round_up_declined_gives_nothing(skill, chat, sqlite_store, locale):
    enroll(skill)
    shopper = chat(locale, user=SHOPPER)
    to_paid_order(shopper, locale)
    order_total = charged(sqlite_store)
    reply = shopper.say(NO[locale])
    assert ("Pas de souci" if locale == FR else "No problem") in reply
    assert charged(sqlite_store) == order_total
    assert list(export_donations(sqlite_store, "croix-rouge")) == []


def reuse_pin_for(skill, seconds: int) -> None:
    content = skill.services.content
    round_up = replace(content.settings.round_up, pin_reuse_seconds=seconds)
    skill.services.content = replace(content, settings=replace(content.settings, round_up=round_up))


def test_en_round_up_reuses_the_purchase_pin_within_the_merchants_window(
    skill, chat, sqlite_store, clock
):
    reuse_pin_for(skill, 30)
    enroll(skill)
    en = chat(EN, user=SHOPPER)
    to_paid_order(en, EN)
    clock.advance(20)
    assert "Thank you!" in en.say("yes")  # no code asked: verified 20 s ago
    assert 130 in charged(sqlite_store)
    state = sqlite_store.get(f"owner#{owner_key(SHOPPER)}", "state").data
    assert PIN not in json.dumps(state)


def test_fr_round_up_asks_again_once_the_window_has_passed(skill, chat, sqlite_store, clock):
    reuse_pin_for(skill, 30)
    enroll(skill)
    fr = chat(FR, user=SHOPPER)
    to_paid_order(fr, FR)
    clock.advance(31)
    assert "à nouveau" in fr.say("oui")
    assert "Merci" in fr.say(PIN)
    assert 130 in charged(sqlite_store)


def test_fr_round_up_skipped_when_the_total_is_already_round(skill, chat, sqlite_store):
    enroll(skill)
    fr = chat(FR, user=SHOPPER)
    fr.launch()
    fr.say("ajoute quatre savons au fiel lavande")  # 4 × 4,50 €
    fr.say("ajoute quatre terre de sommières")  # 4 × 5,50 €, and delivery is free above 35 €
    assert "Total : 40 €" in fr.say("passer commande")
    fr.say("oui")
    paid = fr.say(PIN)
    assert "C'est commandé" in paid and "arrondir" not in paid
    assert "Je vous écoute" in fr.say("oui")


# --- the charity's export -----------------------------------------------------------------------


def test_donations_export_command(skill, chat, settings, sqlite_store, capsys):
    enroll(skill)
    shopper = started(chat, FR)
    shopper.say(ONE_SENTENCE[FR])
    give_through(shopper, FR, receipt=True)
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["donations", "export", "--charity", "croix-rouge"])
    assert args.run(args, settings) == 0
    (line,) = capsys.readouterr().out.splitlines()
    row = json.loads(line)
    assert (row["amount"], row["currency"], row["donor_name"]) == ("20.00", "EUR", "Camille Martin")
    args = parser.parse_args(["donations", "export", "--charity", "nobody"])
    assert args.run(args, settings) == 1
    assert "unknown charity" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("locale", "cancel", "no_gift", "given", "none_under_way", "give"),
    [
        ("fr-FR", "annule mon don", "Je ne vois aucun don de votre part cette année",
         "Un don déjà fait ne peut pas être repris à la voix",
         "D'accord, pas de don, et rien n'a été débité.", "donne dix euros à la croix rouge"),
        ("en-US", "cancel my donation", "I don't see a gift from you this year",
         "A donation already given can't be taken back by voice",
         "Okay, no gift, and nothing was charged.", "donate ten dollars to the red cross"),
    ],
)  # fmt: skip
def test_cancel_my_donation_is_understood(
    skill, chat, locale, cancel, no_gift, given, none_under_way, give
):
    """With no gift yet, "the charity has it" was said all the same."""
    enroll(skill)
    talk = chat(locale, user=SHOPPER)
    talk.launch()
    assert talk.say(cancel).startswith(no_gift)
    talk.say("je veux faire un don" if locale == "fr-FR" else "make a donation")
    assert talk.say(cancel).startswith(none_under_way)
    talk.say(give)
    give_through(talk, locale)
    said = talk.say(cancel)
    assert said.startswith(given) and "+33 4 65 71 20 30" in said


@pytest.mark.parametrize(
    ("locale", "said"),
    [
        (FR, "je voudrais donner à une association"),
        (FR, "c'est quoi les associations"),
        (EN, "i want to give to a charity"),
        (EN, "what charities do you support"),
    ],
)
def test_any_charity_or_which_ones_names_three(skill, chat, locale, said):
    """« une association » is no charity called so (« Je ne connais pas d'association « une
    association » »); "what charities do you support?" was a product called "charities"."""
    enroll(skill)
    texts = [c.text[locale] for c in skill.services.content.charities.values()]
    names = [text.grammar.short or text.name for text in texts][:3]
    reply = started(chat, locale).say(said)
    assert all(name in reply for name in names)
    assert "«" not in reply and "didn't find" not in reply


@pytest.mark.parametrize(
    ("locale", "gift", "again"),
    [
        (FR, "donne dix euros à la croix rouge", "Pardon, je n'ai pas compris. Dites oui pour donner"),
        (EN, "donate ten dollars to the red cross", "Sorry, I didn't get that. Say yes to give"),
    ],
)  # fmt: skip
def test_the_code_said_before_yes_asks_again_and_moves_no_money(
    skill, chat, sqlite_store, locale, gift, again
):
    """The code said to "shall I?" cancelled the gift (« Il n'y a rien à confirmer »); now the
    question again, the code never said back, nothing charged until yes and the code."""
    enroll(skill)
    shopper = started(chat, locale)
    shopper.say(gift)
    reply = shopper.say(PIN)
    assert reply.startswith(again) and PIN not in reply
    assert charged(sqlite_store) == []
