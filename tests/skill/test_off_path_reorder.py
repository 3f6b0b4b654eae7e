""" "Buy it again", « la même chose que la dernière fois »: the last order that went through is
put back in the cart and read for a yes and the code (it looked for a product "it again").
Through the real skill and the simulator's reading of the committed models."""

from __future__ import annotations

import pytest

from tests.skill.wallets import PIN, enroll, sandbox_charges

FR, EN = "fr-FR", "en-US"
SAY = {
    FR: {"buy": "achète deux savons au fiel", "yes": "oui", "no": "non",
         "again": "la même chose que la dernière fois",
         "lead": "Votre dernière commande à nouveau : j'ai mis le savon au fiel de bœuf nature "
                 "100 g dans votre panier.",
         "line": "100 g, quantité 2", "none": "Vous n'avez pas encore de commande."},
    EN: {"buy": "buy two ox gall soaps", "yes": "yes", "no": "no", "again": "buy it again",
         "lead": "Your last order again: I put Ox Gall Stain Soap Bar 100 g in your cart.",
         "line": "100 g, quantity 2", "none": "You don't have any orders yet."},
}  # fmt: skip


@pytest.mark.parametrize("locale", [FR, EN])
def test_the_last_order_bought_again_after_a_yes_and_the_code(skill, shopper, locale):
    enroll(skill)
    talk = shopper(locale)
    say = SAY[locale]
    talk.say(say["buy"])
    talk.say(say["yes"])
    talk.say(PIN)
    talk.say(say["no"])  # no round-up
    summary = talk.say(say["again"])
    assert summary.startswith(say["lead"]) and say["line"] in summary, summary
    talk.say(say["yes"])
    talk.say(PIN)
    first, second = sandbox_charges(skill.services.store)
    assert first.data["amount"] == second.data["amount"]


@pytest.mark.parametrize("locale", [FR, EN])
def test_buy_it_again_with_no_order_yet_says_so(skill, shopper, locale):
    enroll(skill)
    reply = shopper(locale).say(SAY[locale]["again"])
    assert reply.startswith(SAY[locale]["none"])
