""" "How much is delivery?" / « combien coûte la livraison ? » answered from the shop's delivery
rule (`skill.yaml`), and for the cart as it is; while the order summary waits, the summary (with
its delivery and total) is said again and the order still waits (it was set aside: « I didn't
find "delivery" »)."""

from __future__ import annotations

import pytest

from tests.skill.wallets import SHOPPER, enroll

FR, EN = "fr-FR", "en-US"


@pytest.mark.parametrize(
    ("locale", "asked", "rule"),
    [
        (FR, "combien coûte la livraison", "La livraison coûte 4,90 €, et elle est offerte dès 35 € d'achats."),
        (FR, "est-ce que la livraison est gratuite", "La livraison coûte 4,90 €"),
        (EN, "how much is shipping", "Delivery is $5.90, and free from $40."),
        (EN, "is delivery free", "Delivery is $5.90, and free from $40."),
    ],
)  # fmt: skip
def test_the_delivery_rule_is_said(chat, locale, asked, rule):
    talk = chat(locale)
    talk.launch()
    reply = talk.say(asked)
    assert reply.startswith(rule)
    assert reply.endswith(("Autre chose ?", "Anything else?"))


@pytest.mark.parametrize(
    ("locale", "add", "asked", "for_cart"),
    [
        (FR, "ajoute le stick détachant", "c'est combien les frais de port",
         "Votre panier fait 5,90 € : livraison à 4,90 €."),
        (EN, "add ten ox gall soaps", "how much is delivery",
         "Your cart comes to $49: that's free delivery."),
    ],
)  # fmt: skip
def test_and_what_it_comes_to_for_the_cart(chat, locale, add, asked, for_cart):
    talk = chat(locale)
    talk.launch()
    talk.say(add)
    assert for_cart in talk.say(asked)


@pytest.mark.parametrize(
    ("locale", "add", "checkout", "asked", "summary", "yes", "pin"),
    [
        (FR, "ajoute le stick détachant", "passer commande", "combien coûte la livraison",
         "Votre commande chez", "oui", "Pour confirmer"),
        (EN, "add the pocket stain stick", "check out", "how much is delivery",
         "Your order from", "yes", "To confirm"),
        (EN, "add the pocket stain stick", "check out", "what's the total",
         "Your order from", "yes", "To confirm"),
        (EN, "add the pocket stain stick", "check out", "what's in my cart",
         "Your order from", "yes", "To confirm"),
        (FR, "ajoute le stick détachant", "passer commande", "ça fait combien au total",
         "Votre commande chez", "oui", "Pour confirmer"),
    ],
)  # fmt: skip
def test_while_the_summary_waits_it_is_answered_and_yes_still_orders(
    skill, chat, locale, add, checkout, asked, summary, yes, pin
):
    enroll(skill)
    talk = chat(locale, user=SHOPPER)
    talk.launch()
    talk.say(add)
    assert talk.say(checkout).startswith(summary)
    again = talk.say(asked)  # what was asked and the total, not the whole summary again
    assert not again.startswith(summary) and "nothing was charged" not in again
    assert ("Le total est de" if locale == FR else "The total is") in again
    assert ("oui pour commander" if locale == FR else "yes to order") in again
    assert talk.say(yes).startswith(pin)
