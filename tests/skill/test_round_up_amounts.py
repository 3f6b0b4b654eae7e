"""How much the round-up asks: the next multiple of the merchant's unit that leaves the charity
at least its minimum, never a round-up of a total that is already round."""

from dataclasses import replace

import pytest

from payments.money import Money
from skill.flows.round_up import rounded_total
from tests.skill.test_donations_dialog import charged, to_paid_order
from tests.skill.wallets import PIN, SHOPPER, enroll

EUR = "EUR"


@pytest.mark.parametrize(
    ("total", "to", "minimum", "rounded"),
    [
        ("12.70", 1, "1.00", "14.00"),  # 13 € would give 0,30 €, under the minimum
        ("12.10", 1, "0.50", "13.00"),
        ("12.70", 5, "1.00", "15.00"),
        ("14.20", 5, "1.00", "20.00"),  # 15 € would give 0,80 €
        ("12.70", 10, "1.00", "20.00"),
        ("0.99", 1, "0.00", "1.00"),
        ("0.01", 1, "1.00", "2.00"),
    ],
)
def test_the_round_up_amount(total: str, to: int, minimum: str, rounded: str) -> None:
    got = rounded_total(Money.of(total, EUR), to, Money.of(minimum, EUR))
    assert got == Money.of(rounded, EUR)


@pytest.mark.parametrize(("total", "to"), [("13.00", 1), ("40.00", 1), ("15.00", 5), ("40.00", 10)])
def test_a_round_total_is_not_rounded_up(total: str, to: int) -> None:
    assert rounded_total(Money.of(total, EUR), to, Money.of("1.00", EUR)) is None


@pytest.mark.parametrize(
    ("locale", "offer", "gift"),
    [
        (
            "fr-FR",
            "Voulez-vous arrondir à 15 € en donnant 2,30 € à la Croix-Rouge française ?",
            230,
        ),
        (
            "en-US",
            "Would you like to round up to $20 by giving $4.30 to the French Red Cross?",
            430,
        ),
    ],
)
def test_a_merchant_rounding_to_five_asks_for_that(skill, chat, sqlite_store, locale, offer, gift):
    content = skill.services.content
    five = replace(content.settings.round_up, to=5)
    skill.services.content = replace(content, settings=replace(content.settings, round_up=five))
    enroll(skill)
    shopper = chat(locale, user=SHOPPER)
    assert offer in to_paid_order(shopper, locale)
    shopper.say("oui" if locale == "fr-FR" else "yes")
    shopper.say(PIN)
    assert gift in charged(sqlite_store)
