"""The offer comes after useful content, once, and never again after a "no"."""

import pytest

from reports.daily import Reports
from skill.report import render_funnel


def walk(shopper, first: str, say_next: str, turns: int = 8) -> list[str]:
    replies = [shopper.say(first)]
    replies += [shopper.say(say_next) for _ in range(turns)]
    return replies


@pytest.mark.parametrize(
    ("locale", "ask", "say_next", "offer_words"),
    [
        (
            "fr-FR",
            "comment enlever une tache de café sur du coton",
            "suivant",
            "Voulez-vous le commander",
        ),
        (
            "en-US",
            "how do I get coffee out of my cotton shirt",
            "next",
            "Would you like to order it",
        ),
    ],
)
def test_offer_at_the_end_never_before_content(chat, locale, ask, say_next, offer_words):
    shopper = chat(locale)
    shopper.launch()
    replies = walk(shopper, ask, say_next, turns=2)
    with_offer = [i for i, r in enumerate(replies) if offer_words in r]
    assert with_offer, replies
    first = with_offer[0]
    assert all(offer_words not in r for r in replies[:first])
    assert ("c'est terminé" if locale == "fr-FR" else "you're done") in replies[first]


def test_fr_offer_after_step_three_for_red_wine(chat):
    fr = chat("fr-FR")
    fr.launch()
    first = fr.say("comment enlever une tache de vin rouge sur du coton")
    assert "Voulez-vous le commander" not in first
    second = fr.say("suivant")
    assert "Étape 3" in second
    assert "Voulez-vous le commander" in second


def test_en_no_then_no_more_offers_in_the_session(chat):
    en = chat("en-US")
    en.launch()
    replies = walk(en, "how do I get coffee out of my cotton shirt", "next", turns=2)
    assert any("Would you like to order it" in r for r in replies)
    assert "won't offer it again" in en.say("no")
    more = walk(en, "how do I get grass out of jeans", "next", turns=6)
    assert all("Would you like to order" not in r for r in more)


def test_fr_yes_to_the_offer_goes_to_checkout(skill, chat):
    fr = chat("fr-FR")
    fr.launch()
    fr.say("comment enlever une tache de vin rouge sur du coton")
    fr.say("suivant")
    reply = fr.say("oui")
    assert "application Alexa" in reply  # no wallet yet: told how to set one up
    assert "oxygène actif 500 ml" in fr.say("mon panier")


def test_en_tell_me_more_about_the_offer(chat):
    en = chat("en-US")
    en.launch()
    en.say("how do I get red wine out of my cotton shirt")
    en.say("next")
    reply = en.say("tell me more")
    assert "$" in reply and "Would you like to order" in reply


def test_at_most_one_offer_per_guide(chat):
    en = chat("en-US")
    en.launch()
    en.say("how do I get red wine out of my cotton shirt")
    offered = en.say("next")
    assert "Would you like to order" in offered
    rest = [en.say("next") for _ in range(4)] + [en.say("start over")]
    rest += [en.say("next") for _ in range(4)]
    assert all("Would you like to order" not in r for r in rest)


def test_funnel_report_counts_each_stage(skill, chat, sqlite_store):
    en = chat("en-US", user="amzn1.ask.account.F1")
    en.launch()
    walk(en, "how do I get coffee out of my cotton shirt", "next", turns=2)
    en.say("no")
    fr = chat("fr-FR", user="amzn1.ask.account.F2")
    fr.launch()
    fr.say("comment enlever une tache de vin rouge sur du coton")
    fr.say("suivant")
    fr.say("oui")
    reports = Reports(sqlite_store, clock=skill.clock)
    funnel = reports.funnel(reports.today())
    rows = {row.guide: row for row in funnel.rows()}
    assert rows["coffee"].counts == {
        "started": 1, "finished": 1, "offered": 1, "accepted": 0, "carts": 0, "orders": 0,
    }  # fmt: skip
    assert rows["red-wine"].counts["accepted"] == 1
    assert rows["(all)"].counts["started"] == 2
    table = render_funnel(funnel)
    assert "coffee" in table and "(100%)" in table
