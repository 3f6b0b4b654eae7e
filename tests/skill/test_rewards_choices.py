"""Which promotion an order gets when the shopper asks for a reward: the wish is kept when the
cart is still empty, and a campaign worth as much is kept rather than spending the reward."""

from __future__ import annotations

from collections import Counter

import pytest

from payments.rewards import RewardBook
from skill.state import owner_key
from tests.skill.campaign_shop import (
    EN,
    FR,
    SAY,
    buy_soaps,
    campaign,
    charges,
    offer_after_guide,
    shop,
    shopper,
)
from tests.skill.test_rewards_dialog import RULES, WORDS
from tests.skill.wallets import PIN

SALE = "campaigns:\n" + campaign("sale", "everyone", "{percent: 10}", ("Soldes", "Sale")) + RULES

SAVED = {FR: "C'est noté : je l'utiliserai quand vous passerez commande.",
         EN: "Got it: I'll use it when you check out."}  # fmt: skip
KEPT = {
    FR: "L'offre « Soldes » vous fait déjà économiser autant ou plus : je la garde, et votre "
    "récompense reste pour une autre commande. Soldes : moins 0,78 €.",
    EN: 'The "Sale" offer already saves you as much or more, so I kept it, and your reward '
    "stays for another order. Sale: $0.98 off.",
}


def pay(talk) -> str:
    say = SAY[talk.locale]
    talk.say(say["yes"])
    done = talk.say(PIN)
    if "?" in done.rsplit(".", 1)[-1]:  # the round-up question
        talk.say(say["no"])
    talk.end()
    return done


@pytest.mark.parametrize("locale", [FR, EN])
def test_asked_before_the_cart_is_filled_the_reward_is_used_at_checkout(
    sqlite_store, tmp_path, clock, locale
):
    skill = shop(tmp_path, sqlite_store, clock, RULES)
    user = "amzn1.ask.account.EARLY"
    buy_soaps(shopper(skill, locale, user))  # earns the first-order reward
    before = Counter(charges(sqlite_store))
    talk = shopper(skill, locale, user)
    say = SAY[locale]
    talk.launch()
    assert SAVED[locale] in talk.say(say["reward"])
    talk.say(say["add"])
    summary = talk.say(say["checkout"])
    assert WORDS[locale]["applied"] in summary and WORDS[locale]["total"] in summary, summary
    pay(talk)
    assert list((Counter(charges(sqlite_store)) - before).elements()) == [
        1192 if locale == FR else 1472
    ]
    assert RewardBook(sqlite_store).get(owner_key(user), "first-order").state == "used"


@pytest.mark.parametrize("locale", [FR, EN])
def test_a_campaign_worth_as_much_is_kept_and_the_reward_stays(
    sqlite_store, tmp_path, clock, locale
):
    skill = shop(tmp_path, sqlite_store, clock, SALE)
    user = "amzn1.ask.account.SALE"
    buy_soaps(shopper(skill, locale, user))  # earns the first-order reward (10 %)
    before = Counter(charges(sqlite_store))
    talk = shopper(skill, locale, user)
    say = SAY[locale]
    talk.launch()
    talk.say(say["add"])
    talk.say(say["checkout"])
    summary = talk.say(say["reward"])
    assert KEPT[locale] in summary and WORDS[locale]["total"] in summary, summary
    pay(talk)
    assert list((Counter(charges(sqlite_store)) - before).elements()) == [
        1192 if locale == FR else 1472
    ]
    assert RewardBook(sqlite_store).get(owner_key(user), "first-order").state == "available"


@pytest.mark.parametrize("locale", [FR, EN])
def test_a_guide_jumped_to_its_last_step_earns_no_reward(sqlite_store, tmp_path, clock, locale):
    """The two-guides reward counts guides heard to the end, step by step: a second run jumped
    to the last step does not count, another guide heard in full does."""
    skill = shop(tmp_path, sqlite_store, clock, RULES)
    user = "amzn1.ask.account.SKIPPER"
    say = SAY[locale]
    earned = WORDS[locale]["earned"].split(":")[0]
    first = shopper(skill, locale, user)
    assert earned not in offer_after_guide(first)
    first.end()
    jumped = shopper(skill, locale, user)
    jumped.launch()
    jumped.say(say["grass"])
    last = jumped.say("la dernière étape" if locale == FR else "go to the last step")
    assert ("C'est terminé" if locale == FR else "That's it") in last or "?" in last, last
    assert earned not in last
    jumped.end()
    third = shopper(skill, locale, user)
    assert earned in offer_after_guide(third, "grass")


ROUND_UP = {
    FR: ("Voulez-vous arrondir", "C'est noté : Les Bonnes Recettes ajoutera 1,30 € à ce don. "
         "Je donne 1,30 € à la Croix-Rouge française ?"),
    EN: ("Would you like to round up", "Got it: Stain Recipes will add $1.30 to this gift. "
         "Shall I give $1.30 to the French Red Cross?"),
}  # fmt: skip


@pytest.mark.parametrize("locale", [FR, EN])
def test_asking_which_rewards_uses_none_and_a_match_goes_with_the_round_up_when_asked(
    sqlite_store, tmp_path, clock, locale
):
    skill = shop(tmp_path, sqlite_store, clock, RULES)
    user = "amzn1.ask.account.ASKER"
    say = SAY[locale]
    talk = shopper(skill, locale, user)
    talk.launch()
    talk.say(say["donate"])
    talk.say(say["yes"])
    talk.say(say["no"])
    talk.say(PIN)  # the first gift earns the matched-gift reward
    listed = talk.say("quelles sont mes récompenses" if locale == FR else "what rewards do i have")
    assert ("Dites « utilise ma récompense »" if locale == FR else 'Say "use my reward"') in listed
    talk.say(say["add"])
    talk.say(say["checkout"])
    talk.say(say["yes"])
    offered = talk.say(PIN)
    assert (
        ROUND_UP[locale][0] in offered and "ajoutera" not in offered and "will add" not in offered
    )
    again = talk.say(say["reward"])  # said to the round-up: the match goes with it
    assert again.startswith(ROUND_UP[locale][1]), again
    book = RewardBook(sqlite_store)
    assert book.get(owner_key(user), "first-gift").state == "available"


CANCEL = {FR: ("annule ma commande", "oui"), EN: ("cancel my order", "yes")}
WELCOME = (
    "campaigns:\n"
    + campaign("welcome", "new", "{percent: 10}", ("Remise de bienvenue", "Welcome discount"))
    + RULES
)


@pytest.mark.parametrize("locale", [FR, EN])
def test_an_order_cancelled_gives_back_its_reward_and_the_welcome_offer(
    sqlite_store, tmp_path, clock, locale
):
    """The store gave the reward back, but the shopper heard "you don't have a reward"; a
    first order cancelled left the shopper without the welcome discount."""
    skill = shop(tmp_path, sqlite_store, clock, WELCOME)
    user = "amzn1.ask.account.CANCELLER"
    say = SAY[locale]
    welcome = "Remise de bienvenue : moins" if locale == FR else "Welcome discount:"
    talk = shopper(skill, locale, user)
    talk.launch()
    talk.say(say["add"])
    assert welcome in talk.say(say["checkout"])
    pay(talk)  # the first order, with the welcome discount, earns the first-order reward
    clock.advance(60)
    talk = shopper(skill, locale, user)
    talk.launch()
    talk.say(CANCEL[locale][0])
    talk.say(CANCEL[locale][1])
    talk.say(say["add"])
    assert welcome in talk.say(say["checkout"])  # new again
    pay(talk)
    clock.advance(60)
    talk = shopper(skill, locale, user)
    talk.launch()
    talk.say(say["add"])
    talk.say(say["checkout"])
    assert WORDS[locale]["applied"] in talk.say(say["reward"])
    pay(talk)  # the reward used
    clock.advance(60)
    talk = shopper(skill, locale, user)
    talk.launch()
    talk.say(CANCEL[locale][0])
    talk.say(CANCEL[locale][1])
    listed = talk.say("quelles sont mes récompenses" if locale == FR else "what rewards do i have")
    assert ("10 % de remise" if locale == FR else "10% off") in listed, listed
    assert RewardBook(sqlite_store).get(owner_key(user), "first-order").state == "available"


@pytest.mark.parametrize("locale", [FR, EN])
def test_an_order_cancelled_takes_back_the_reward_it_earned(sqlite_store, tmp_path, clock, locale):
    """The first order earned "10 % off your next order"; cancelled, it no longer stands: the
    reward is gone, and the order that is now the first earns it again."""
    skill = shop(tmp_path, sqlite_store, clock, RULES)
    user = "amzn1.ask.account.TAKEN"
    say = SAY[locale]
    rewards = "quelles sont mes récompenses" if locale == FR else "what rewards do i have"
    assert WORDS[locale]["earned"] in buy_soaps(shopper(skill, locale, user))[1]
    clock.advance(60)
    talk = shopper(skill, locale, user)
    talk.launch()
    talk.say(CANCEL[locale][0])
    talk.say(CANCEL[locale][1])
    assert ("10 % de remise" if locale == FR else "10% off") not in talk.say(rewards)
    assert RewardBook(sqlite_store).get(owner_key(user), "first-order") is None
    talk.say(say["add"])
    assert WORDS[locale]["applied"] not in talk.say(say["checkout"])
    assert WORDS[locale]["earned"] in pay(talk)
    record = RewardBook(sqlite_store).get(owner_key(user), "first-order")
    assert record is not None and record.state == "available"


@pytest.mark.parametrize("locale", [FR, EN])
def test_a_declined_order_cancelled_leaves_the_paid_one_counted(
    sqlite_store, tmp_path, clock, locale
):
    """A paid first order, then one the bank declined, cancelled: the shopper is not new again
    (the welcome discount was offered a second time)."""
    skill = shop(tmp_path, sqlite_store, clock, WELCOME)
    user = "amzn1.ask.account.DECLINED"
    say = SAY[locale]
    welcome = "Remise de bienvenue : moins" if locale == FR else "Welcome discount:"
    assert welcome in buy_soaps(shopper(skill, locale, user))[0]
    clock.advance(60)
    skill.services.wallets.add_payment_method(owner_key(user), "tok_chargeDeclined")
    talk = shopper(skill, locale, user)
    talk.launch()
    talk.say(say["add"])
    assert welcome not in talk.say(say["checkout"])
    talk.say(say["yes"])
    assert ("refusé" if locale == FR else "declined") in talk.say(PIN)
    talk.end()
    clock.advance(60)
    talk = shopper(skill, locale, user)
    talk.launch()
    talk.say(CANCEL[locale][0])
    talk.say(CANCEL[locale][1])
    talk.say(say["add"])
    assert welcome not in talk.say(say["checkout"])
