"""Segments from the profile a shopper's state keeps, with the merchant's thresholds."""

from marketing.model import DAY, SegmentRules
from marketing.profile import Profile

NOW = 1_795_000_000
RULES = SegmentRules(active_days=90, lapsed_days=180, top_share=10, donor_days=365)


def test_a_shopper_without_a_paid_order_is_new():
    assert Profile().segments(RULES, NOW) == {"everyone", "new"}


def test_active_then_neither_then_lapsed_as_time_goes_by():
    profile = Profile()
    profile.paid(NOW, "EUR", 1270, None)
    assert profile.segments(RULES, NOW + 89 * DAY) == {"everyone", "active"}
    assert profile.segments(RULES, NOW + 120 * DAY) == {"everyone"}
    assert profile.segments(RULES, NOW + 181 * DAY) == {"everyone", "lapsed"}


def test_top_spenders_by_twelve_month_spend_against_the_cut():
    profile = Profile(top_cut={"EUR": 5000})
    profile.paid(NOW - 400 * DAY, "EUR", 9000, None)  # more than 12 months ago: not counted
    profile.paid(NOW, "EUR", 4000, None)
    assert "top" not in profile.segments(RULES, NOW)
    profile.paid(NOW, "EUR", 1000, None)
    assert "top" in profile.segments(RULES, NOW)
    assert "top" not in profile.segments(RULES, NOW + 370 * DAY)


def test_donors_within_donor_days():
    profile = Profile()
    profile.gave(NOW)
    assert "donor" in profile.segments(RULES, NOW + 365 * DAY)
    assert "donor" not in profile.segments(RULES, NOW + 366 * DAY)


def test_counts_within_a_period_and_json_round_trip():
    profile = Profile()
    for day in (0, 10, 40):
        profile.did("guide_finished", NOW + day * DAY)
    assert profile.count("guide_finished", 29, NOW + 40 * DAY) == 1
    assert profile.count("guide_finished", 30, NOW + 40 * DAY) == 2
    assert profile.count("guide_finished", 45, NOW + 40 * DAY) == 3
    assert Profile.from_json(profile.to_json()) == profile
    assert Profile().to_json() == {}


def test_an_order_cancelled_no_longer_counts_nor_keeps_the_shopper_active():
    profile = Profile()
    profile.paid(NOW - 200 * DAY, "EUR", 1000, None)
    profile.paid(NOW, "EUR", 2000, "sale")
    profile.cancelled(NOW, "EUR", 2000, "sale")
    assert (profile.orders, profile.campaigns) == (1, {"sale": 0})
    assert profile.count("purchase", 365, NOW) == 1
    assert profile.segments(RULES, NOW) == {"everyone", "lapsed"}
    profile.cancelled(NOW - 200 * DAY, "EUR", 1000, None)
    assert profile.segments(RULES, NOW) == {"everyone", "new"}


def test_the_unused_rewards_a_cancelled_order_earned_are_withdrawn_and_may_be_earned_again():
    profile = Profile(earned=["first-order", "donor", "second"])
    profile.hold({"reward_id": "first-order", "source": "o1", "state": "available"})
    profile.hold({"reward_id": "second", "source": "o1", "state": "used", "used_by": "o2"})
    profile.hold({"reward_id": "donor", "source": "d1", "state": "available"})
    profile.withdrawn("o1")
    assert [r["reward_id"] for r in profile.rewards] == ["second", "donor"]
    assert profile.earned == ["donor", "second"]
