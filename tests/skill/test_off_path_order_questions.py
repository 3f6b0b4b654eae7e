"""Questions and second thoughts while an order's code is asked: each is answered and the code
asked again, or the order read again, or set aside with the session going on (they dropped
the order, read the total for any question, or ended the session on "never mind")."""

from __future__ import annotations

import pytest

from tests.skill.wallets import PIN, enroll, sandbox_charges

FR, EN = "fr-FR", "en-US"
BUY = {FR: "achète le savon au fiel", EN: "buy the ox gall soap"}
YES = {FR: "oui", EN: "yes"}
CODE = {
    FR: "Pour confirmer, dites votre code secret",
    EN: "To confirm, please say your four-digit code",
}
SUMMARY = {FR: "Votre commande chez", EN: "Your order from"}


@pytest.mark.parametrize(
    ("locale", "asked", "answer"),
    [(EN, "how much is delivery", "Delivery is $5.90. The total is $10.80"),
     (FR, "combien coûte la livraison", "La livraison est à 4,90 €. Le total est de 8,80 €"),
     (EN, "which card are you using", "You pay with your Visa ending in 4 2 4 2"),
     (FR, "avec quelle carte", "Vous payez avec votre carte Visa finissant par 4 2 4 2")],
)  # fmt: skip
def test_a_question_while_the_code_is_asked_is_answered_and_the_code_asked_again(
    skill, shopper, locale, asked, answer
):
    enroll(skill)
    talk = shopper(locale)
    talk.say(BUY[locale])
    talk.say(YES[locale])
    reply = talk.say(asked)
    assert reply.startswith(answer) and CODE[locale] in reply, reply
    talk.say(PIN)
    assert len(sandbox_charges(skill.services.store)) == 1


@pytest.mark.parametrize(("locale", "back"), [(EN, "go back"), (FR, "reviens en arrière")])
def test_go_back_at_the_code_reads_the_order_again(skill, shopper, locale, back):
    enroll(skill)
    talk = shopper(locale)
    talk.say(BUY[locale])
    talk.say(YES[locale])
    assert talk.say(back).startswith(SUMMARY[locale])
    assert talk.say(YES[locale]).startswith(CODE[locale])


@pytest.mark.parametrize(
    ("locale", "never_mind", "kept"),
    [(EN, "never mind", "Okay, nothing was charged. Your cart is still there."),
     (FR, "laisse tomber", "D'accord, je n'ai rien débité. Votre panier est conservé.")],
)  # fmt: skip
def test_never_mind_at_the_code_sets_the_order_aside_and_goes_on(
    skill, shopper, locale, never_mind, kept
):
    enroll(skill)
    talk = shopper(locale)
    talk.say(BUY[locale])
    talk.say(YES[locale])
    assert talk.say(never_mind).startswith(kept) and not talk.ended
    assert not sandbox_charges(skill.services.store)


@pytest.mark.parametrize(
    ("locale", "stick", "hint", "use"),
    [(EN, "buy the pocket stain stick", 'You have a reward, $5 off your next order: say "use my reward"',
      "use my reward"),
     (FR, "achète le stick détachant", "Vous avez une récompense, 5 € de remise",
      "utilise ma récompense")],
)  # fmt: skip
def test_a_reward_held_for_orders_is_said_with_the_summary(
    skill, shopper, locale, stick, hint, use
):
    """It was never said: the shopper who forgot it paid full price."""
    enroll(skill)
    talk = shopper(locale)
    for _ in range(3):  # the third order earns the reward
        talk.say(BUY[locale])
        talk.say(YES[locale])
        talk.say(PIN)
        talk.say("non" if locale == FR else "no")
    summary = talk.say(stick)
    assert hint in summary, summary
    assert summary.endswith(("Shall I place the order?", "Je valide la commande ?"))
    assert hint not in talk.say(use)


@pytest.mark.parametrize(
    ("locale", "placed"),
    [(EN, "place the order"), (EN, "submit the order"), (EN, "yeah go ahead"), (EN, "do it"),
     (FR, "passe la commande"), (FR, "valide la commande"), (FR, "ouais vas-y"),
     (FR, "oui allez-y")],
)  # fmt: skip
def test_placing_the_order_said_to_the_summary_is_yes(skill, shopper, locale, placed):
    """ "place the order", « passe la commande » read the summary again (a loop); "yeah go
    ahead", « ouais vas-y » were « I didn't get that ». The code is still asked."""
    enroll(skill)
    talk = shopper(locale)
    assert SUMMARY[locale] in talk.say(BUY[locale])
    assert talk.say(placed).startswith(CODE[locale])
    assert sandbox_charges(skill.services.store) == []
    talk.say(PIN)
    assert len(sandbox_charges(skill.services.store)) == 1


@pytest.mark.parametrize(
    ("locale", "asked", "said"),
    [(EN, "how long does delivery take", "Delivery takes 3 to 5 working days."),
     (FR, "c'est livré en combien de temps", "La livraison prend 2 à 4 jours ouvrés.")],
)  # fmt: skip
def test_how_long_delivery_takes_and_the_summary_waits(skill, shopper, locale, asked, said):
    """ "How long does delivery take?" was « I didn't get that »."""
    enroll(skill)
    talk = shopper(locale)
    assert talk.say(asked).startswith(said)
    talk.say(BUY[locale])
    reply = talk.say(asked)
    assert reply.startswith(said) and ("Say yes to order" in reply or "Dites oui" in reply)
    assert talk.say(YES[locale]).startswith(CODE[locale])


def test_with_no_delivery_days_the_shop_is_named(skill, shopper):
    from dataclasses import replace

    content = skill.services.content
    rules = {c: replace(r, days=None) for c, r in content.settings.delivery.items()}
    skill.services.content = replace(content, settings=replace(content.settings, delivery=rules))
    talk = shopper(EN)
    assert talk.say("how long does shipping take").startswith(
        "I don't have the delivery time here. You can ask Stain Recipes at"
    )
