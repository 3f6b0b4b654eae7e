"""The daily run, on both stores: after a day of shopping it keeps the top spenders' cut, charges
the matched gift the gateway did not answer (once), and keeps the closed days of the funnel;
run again, it changes nothing."""

from __future__ import annotations

from datetime import timedelta

from payments.matching import Matches, MatchStatus
from payments.money import Money
from payments.rewards import RewardBook, earn_put
from payments.sandbox import SandboxGateway
from reports.daily import GRACE, ROLLUP_PK, Reports
from reports.days import DayRange, day_of, start_of
from skill.daily import FUNNEL_DAYS, run_daily
from skill.state import owner_key
from tests.payments.gateways import NoAnswer, approved_charges
from tests.payments.test_donations import gift, make
from tests.payments.test_matching import match_reward
from tests.skill.campaign_shop import EN, EXAMPLE, buy_soaps, shop, shopper
from tests.skill.wallets import PIN

USER = "amzn1.ask.account.DAILY"
YESTERDAY_NOON = 1_795_003_200.0  # 2026-11-18 12:00 UTC
DAY = 86_400


def test_the_daily_run_after_a_day_of_shopping(store, clock, tmp_path):
    clock.now = YESTERDAY_NOON
    skill = shop(tmp_path, store, clock, (EXAMPLE / "campaigns.yaml").read_text())
    buy_soaps(shopper(skill, EN, USER))
    owner = owner_key(USER)
    sandbox = SandboxGateway(store, clock=clock)
    wallets = skill.services.wallets
    donation = make(store, wallets, sandbox, clock).give(owner, gift("30"), PIN).donation
    reward = match_reward(owner)
    store.write([earn_put(reward)])
    silent = Matches(store, wallets, NoAnswer(sandbox), clock=clock)
    held = RewardBook(store).get(owner, reward.reward_id)
    unanswered = silent.match(donation, held, Money.of(20, "EUR"), "tok_visa")
    assert unanswered.status is MatchStatus.RETRY_LATER

    clock.now = start_of(day_of(YESTERDAY_NOON) + timedelta(days=1)) + GRACE + 300  # 00:20
    done = run_daily(skill.services)
    [cut] = done.thresholds.cut_money()
    assert cut.currency == "USD" and done.thresholds.payers == {"USD": 1}
    assert list(done.matches.values()) == [MatchStatus.GIVEN.value]
    assert done.days_kept == FUNNEL_DAYS - 1  # every closed day of the range; today is open
    yesterday = day_of(YESTERDAY_NOON).isoformat()
    assert any(item.sk == f"day#{yesterday}" for item in store.query(ROLLUP_PK))
    funnel = Reports(store, clock=clock).funnel(DayRange.ending(day_of(YESTERDAY_NOON), 1))
    assert funnel.sales()[0][1] == 1  # the soaps, read from the kept summary

    again = run_daily(skill.services)
    assert again.matches == {} and again.days_kept == 0
    matched = [c for c in approved_charges(store) if "match" in c.sk]
    assert [c.data["amount"]["minor"] for c in matched] == [2000]
    assert "segments: top 10 % of payers" in "\n".join(again.lines())


def test_the_scheduled_lambda_runs_it(tmp_path, monkeypatch):
    """``lambda/daily.py`` as EventBridge calls it, on the embedded store."""
    import importlib

    monkeypatch.setenv("ECHOPPE_DB", str(tmp_path / "daily.sqlite3"))
    handler = importlib.import_module("lambda.daily").lambda_handler
    event = {"source": "aws.scheduler", "detail-type": "Scheduled Event", "detail": {}}
    done = handler(event, None)
    assert done["matches"] == {} and done["cuts"] == {}
    assert done["days_kept"] in (FUNNEL_DAYS - 2, FUNNEL_DAYS - 1)  # yesterday, once 00:15 passed
    assert handler(event, None)["days_kept"] == 0
