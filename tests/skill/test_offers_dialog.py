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


@pytest.mark.parametrize(
    ("locale", "guide", "asked", "described", "follow"),
    [
        ("en-US", "i got coffee on my white shirt", "what product do you recommend",
         "Active Oxygen Spray 250 ml is $7.90.", "Shall I add it to your cart?"),
        ("fr-FR", "j'ai du café sur ma chemise blanche", "vous me conseillez quoi",
         "Le spray à l'oxygène actif 250 ml coûte", "Je l'ajoute à votre panier ?"),
    ],
)  # fmt: skip
def test_what_do_you_recommend_names_the_guides_product(
    chat, locale, guide, asked, described, follow
):
    """Asked while the method is asked for (its fabric pending), the product it offers is
    described and only added on yes (it was « I didn't get that »)."""
    talk = chat(locale)
    talk.launch()
    talk.say(guide)
    reply = talk.say(asked)
    assert reply.startswith(described) and reply.endswith(follow)


@pytest.mark.parametrize(
    ("locale", "asked", "listed"),
    [("en-US", "what do you recommend", "We have 16 products"), ("fr-FR", "tu me conseilles quoi", "Nous avons 16 produits")],
)  # fmt: skip
def test_what_do_you_recommend_without_a_guide_names_a_few(chat, locale, asked, listed):
    talk = chat(locale)
    talk.launch()
    assert talk.say(asked).startswith(listed)


@pytest.mark.parametrize(
    ("locale", "asked", "which"),
    [("en-US", "is it in stock", "Which product would you like?"), ("fr-FR", "combien coûte ça", "Quel produit voulez-vous ?")],
)  # fmt: skip
def test_a_pronoun_with_nothing_named_asks_which_product(chat, locale, asked, which):
    """Never « I didn't find "it" »."""
    talk = chat(locale)
    talk.launch()
    assert talk.say(asked) == which
