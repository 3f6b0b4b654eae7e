"""Rewards per action, in both locales: earned by a deed, announced by voice and by a card, used
when the shopper says "utilise ma récompense" / "use my reward", expired as declared, and a gift
matched by the merchant; then the campaigns report's numbers for the same conversations."""

from __future__ import annotations

from collections import Counter

import pytest

from marketing.model import DAY
from marketing.report import campaigns_report
from payments.rewards import RewardBook
from reports.days import DayRange, day_of
from skill.state import owner_key
from tests.skill.campaign_shop import (
    EN,
    FR,
    SAY,
    buy_soaps,
    campaign,
    charges,
    offer_after_guide,
    profile,
    shop,
    shopper,
)
from tests.skill.wallets import PIN

RULES = """\
rewards:
  - id: first-order
    action: first_purchase
    reward:
      everyone: {discount: {percent: 10}}
    from: 2026-01-01
    until: 2027-12-31
    expires_days: 30
    text: {fr-FR: {label: "Merci première commande"}, en-US: {label: "First order thanks"}}
  - id: second-order
    action: {order: 2}
    reward:
      everyone: {free_product: stick-detachant}
    from: 2026-01-01
    until: 2027-12-31
    expires_days: 30
    text: {fr-FR: {label: "Stick offert"}, en-US: {label: "Free stick"}}
  - id: first-gift
    action: donation
    reward:
      everyone: {match: {percent: 100, max: ["15.00 EUR", "15.00 USD"]}}
    from: 2026-01-01
    until: 2027-12-31
    expires_days: 90
    text: {fr-FR: {label: "Don doublé"}, en-US: {label: "Matched gift"}}
  - id: two-guides
    action: {count: guide_finished, times: 2, within_days: 30}
    reward:
      everyone: {discount: {amount: ["3.00 EUR", "3.00 USD"]}}
    from: 2026-01-01
    until: 2027-12-31
    expires_days: 30
    text: {fr-FR: {label: "Deux méthodes"}, en-US: {label: "Two guides"}}
"""

WORDS = {
    FR: {
        "earned": "Bravo, vous gagnez une récompense : 10 % de remise sur votre prochaine commande, jusqu'au 18 décembre.",
        "how": "Dites « utilise ma récompense » à votre prochaine commande.",
        "card": "Merci première commande : 10 % de remise sur votre prochaine commande.",
        "applied": "Merci première commande : moins 0,78 €.",
        "total": "Total : 11,92 €",
        "none": "Vous n'avez pas de récompense à utiliser sur une commande.",
        "stick": "Stick offert : Stick détachant de poche 35 g offert, quantité 1.",
        "stick_total": "Total : 12,70 €",
        "expired": "Vous n'avez pas de récompense à utiliser pour le moment.",
    },
    EN: {
        "earned": "Well done, you earned a reward: 10% off your next order, until December 18.",
        "how": 'Say "use my reward" on your next order.',
        "card": "First order thanks: 10% off your next order.",
        "applied": "First order thanks: $0.98 off.",
        "total": "Total: $14.72",
        "none": "You don't have a reward to use on an order.",
        "stick": "Free stick: Pocket Stain Stick 35 g, quantity 1, free.",
        "stick_total": "Total: $15.70",
        "expired": "You don't have a reward to use right now.",
    },
}  # fmt: skip


def checkout_with_reward(talk, *, use: bool = True) -> tuple[str, str]:
    """Soaps in the cart, the summary, "use my reward", yes, the PIN: (summary, confirmation)."""
    say = SAY[talk.locale]
    talk.launch()
    talk.say(say["add"])
    talk.say(say["checkout"])
    summary = talk.say(say["reward"]) if use else talk.say(say["checkout"])
    talk.say(say["yes"])
    done = talk.say(PIN)
    if "?" in done.rsplit(".", 1)[-1]:
        talk.say(say["no"])
    talk.end()
    return summary, done


@pytest.mark.parametrize("locale", [FR, EN])
def test_a_first_purchase_earns_a_reward_said_carded_and_used_once(
    sqlite_store, tmp_path, clock, locale
):
    skill = shop(tmp_path, sqlite_store, clock, RULES)
    words = WORDS[locale]
    user = "amzn1.ask.account.REWARDED"
    talk = shopper(skill, locale, user)
    say = SAY[locale]
    talk.launch()
    talk.say(say["add"])
    talk.say(say["checkout"])
    talk.say(say["yes"])
    done = talk.say(PIN)
    assert words["earned"] in done and words["how"] in done
    assert talk.card["title"] in ("Commande confirmée", "Order confirmed")
    assert words["card"] in talk.card["content"]  # the order's card, with the reward
    talk.say(say["no"])  # no round-up
    talk.end()
    record = RewardBook(sqlite_store).get(owner_key(user), "first-order")
    assert record is not None and record.state == "available" and record.segment == "everyone"
    before = Counter(charges(sqlite_store))
    summary, done = checkout_with_reward(shopper(skill, locale, user))
    assert words["applied"] in summary and words["total"] in summary, summary
    assert list((Counter(charges(sqlite_store)) - before).elements()) == [
        1192 if locale == FR else 1472
    ]
    used = RewardBook(sqlite_store).get(owner_key(user), "first-order")
    assert used.state == "used" and used.used_by is not None
    # The second order earned the free stick; a third use of the first reward is refused.
    third = shopper(skill, locale, user)
    third.launch()
    third.say(SAY[locale]["add"])
    third.say(SAY[locale]["checkout"])
    stick = third.say(SAY[locale]["reward"])
    assert words["stick"] in stick and words["stick_total"] in stick, stick
    again = third.say(SAY[locale]["reward"])
    assert words["stick"] in again
    assert profile(sqlite_store, user)["earned"] == ["first-order", "second-order"]


@pytest.mark.parametrize("locale", [FR, EN])
def test_a_reward_expires_as_declared(sqlite_store, tmp_path, clock, locale):
    skill = shop(tmp_path, sqlite_store, clock, RULES)
    user = "amzn1.ask.account.LATE"
    buy_soaps(shopper(skill, locale, user))
    clock.advance(31 * DAY)
    late = shopper(skill, locale, user)
    late.launch()
    assert WORDS[locale]["expired"] in late.say(SAY[locale]["reward"])
    late.say(SAY[locale]["add"])
    late.say(SAY[locale]["checkout"])
    assert WORDS[locale]["none"] in late.say(SAY[locale]["reward"])


@pytest.mark.parametrize(
    ("locale", "earned", "hint", "will", "matched", "card"),
    [
        (FR, "Les Bonnes Recettes ajoute 100 % de votre prochain don, jusqu'à 15 €",
         "Avec votre récompense, Les Bonnes Recettes peut ajouter à ce don",
         "C'est noté : Les Bonnes Recettes ajoutera 15 € à ce don.",
         "Et Les Bonnes Recettes ajoute 15 € pour la Croix-Rouge française, comme promis.",
         "Reçu de votre don"),
        (EN, "Stain Recipes adds 100% of your next gift, up to $15",
         "With your reward, Stain Recipes can add to this gift",
         "Got it: Stain Recipes will add $15 to this gift.",
         "And Stain Recipes adds $15 for the French Red Cross, as promised.",
         "Donation receipt"),
    ],
)  # fmt: skip
def test_a_gift_matched_by_the_merchant_when_the_donor_asks(
    sqlite_store, tmp_path, clock, locale, earned, hint, will, matched, card
):
    skill = shop(tmp_path, sqlite_store, clock, RULES)
    user = "amzn1.ask.account.DONOR"
    say = SAY[locale]
    talk = shopper(skill, locale, user)
    talk.launch()
    talk.say(say["donate"])
    talk.say(say["yes"])
    talk.say(say["no"])
    first = talk.say(PIN)
    assert earned in first
    confirm = talk.say(say["donate"])
    assert hint in confirm
    assert will in talk.say(say["reward"])
    talk.say(say["yes"])
    talk.say(say["no"])
    thanks = talk.say(PIN)
    assert matched in thanks
    assert talk.card["title"] == card and matched in talk.card["content"]
    assert sorted(charges(sqlite_store)) == [1500, 2000, 2000]  # two gifts and the match
    assert hint not in talk.say(say["donate"])


@pytest.mark.parametrize("locale", [FR, EN])
def test_a_count_within_a_period_rewards_the_second_guide(sqlite_store, tmp_path, clock, locale):
    skill = shop(tmp_path, sqlite_store, clock, RULES)
    talk = shopper(skill, locale, "amzn1.ask.account.READER")
    offer_after_guide(talk)
    talk.say(SAY[locale]["no"])
    talk.end()
    clock.advance(5 * DAY)
    second = shopper(skill, locale, "amzn1.ask.account.READER")
    finished = offer_after_guide(second, "grass")
    earned = (
        "Bravo, vous gagnez une récompense : 3 € de remise sur votre prochaine commande"
        if locale == FR
        else "Well done, you earned a reward: $3 off your next order"
    )
    assert earned in finished
    assert second.card["title"] == ("Votre récompense" if locale == FR else "Your reward")
    assert ("Deux méthodes" if locale == FR else "Two guides") in second.card["content"]


@pytest.mark.parametrize("locale", [FR, EN])
def test_one_guide_heard_again_and_again_counts_once(sqlite_store, tmp_path, clock, locale):
    """The two-guides reward is for two guides: the coffee guide three times earns nothing."""
    skill = shop(tmp_path, sqlite_store, clock, RULES)
    earned = WORDS[locale]["earned"].split(":")[0]
    for _ in range(3):
        talk = shopper(skill, locale, "amzn1.ask.account.REPLAYER")
        assert earned not in offer_after_guide(talk)
        talk.end()
        clock.advance(DAY)
    assert (
        RewardBook(sqlite_store).get(owner_key("amzn1.ask.account.REPLAYER"), "two-guides") is None
    )


REPORTED = (
    "campaigns:\n"
    + campaign("welcome", "new", "{percent: 10}", ("Remise de bienvenue", "Welcome discount"))
    + RULES
)


def test_the_report_counts_what_the_conversations_did(sqlite_store, tmp_path, clock):
    """Three shoppers: two hear the welcome discount with the offer; one buys with it (a new
    shopper acquired) and earns the first-order reward, then uses it; one gives and has the
    merchant match the second gift."""
    skill = shop(tmp_path, sqlite_store, clock, REPORTED)
    buyer = "amzn1.ask.account.BUYER1"
    offer_after_guide(shopper(skill, FR, buyer))
    offer_after_guide(shopper(skill, EN, "amzn1.ask.account.LOOKER"))
    buy_soaps(shopper(skill, FR, buyer))  # welcome: 0.78 € off, 11.92 € charged
    checkout_with_reward(shopper(skill, FR, buyer))  # first-order: 0.78 € off, 11.92 €
    donor = shopper(skill, EN, "amzn1.ask.account.GIVER")
    donor.launch()
    for said in ("donate twenty dollars to the red cross", "yes", "no", PIN,
                 "donate twenty dollars to the red cross", "use my reward", "yes", "no", PIN):  # fmt: skip
        donor.say(said)
    today = day_of(clock())
    rows = {
        row.id: row
        for row in campaigns_report(
            sqlite_store, skill.content.marketing, DayRange(today, today), FR
        )
    }
    welcome = rows["welcome"]
    assert (len(welcome.reached), welcome.orders, len(welcome.redeemed), welcome.acquired) == (
        2,
        1,
        1,
        1,
    )
    assert welcome.revenue == {"EUR": 1192} and welcome.cost == {"EUR": 78}
    assert [str(m) for m in welcome.cost_per_action()] == ["0.78 EUR"]
    assert [str(m) for m in welcome.cost_per_acquired()] == ["0.78 EUR"]
    first = rows["first-order"]
    assert (len(first.reached), first.actions, first.orders, len(first.redeemed)) == (1, 1, 1, 1)
    assert first.revenue == {"EUR": 1192} and first.cost == {"EUR": 78}
    second = rows["second-order"]
    assert (second.actions, second.orders, second.cost) == (1, 0, {})
    gift = rows["first-gift"]
    assert (gift.actions, len(gift.redeemed), gift.cost) == (1, 1, {"USD": 1500})
    assert [str(m) for m in gift.cost_per_action()] == ["15.00 USD"]


@pytest.mark.parametrize(
    ("locale", "listed"),
    [
        (FR, "Vous avez une récompense : 10 % de remise sur votre prochaine commande. C'est noté"),
        (EN, "You have one reward: 10% off your next order. Got it: I'll use it"),
    ],
)  # fmt: skip
def test_asked_with_an_empty_cart_the_rewards_are_listed(
    sqlite_store, tmp_path, clock, locale, listed
):
    skill = shop(tmp_path, sqlite_store, clock, RULES)
    user = "amzn1.ask.account.LISTER"
    buy_soaps(shopper(skill, locale, user))
    talk = shopper(skill, locale, user)
    talk.launch()
    assert listed in talk.say(SAY[locale]["reward"])
