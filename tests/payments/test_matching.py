"""Gifts matched by the merchant, on both stores: once per gift under duplicate and concurrent
calls, the reward used by that gift only, a decline gives the reward back, the charity sees it."""

from payments.donations import GiveStatus, export_donations
from payments.keys import charity_pk
from payments.matching import Matches, MatchStatus, match_amount
from payments.money import Money
from payments.rewards import RewardBook, RewardRecord, earn_put
from tests.payments.concurrency import at_once
from tests.payments.conftest import PIN
from tests.payments.gateways import CountingGateway, NoAnswer, approved_charges
from tests.payments.test_donations import gift, make

NOW = 1_795_000_000


def match_reward(holder: str) -> RewardRecord:
    return RewardRecord(
        reward_id="first-gift", holder=holder, kind="match", segment="everyone", earned_at=NOW,
        expires_at=NOW + 86_400, source="d_source", match_percent=100,
        match_max={"EUR": Money.of(20, "EUR")},
    )  # fmt: skip


def given(store, wallets, sandbox, clock, owner, amount="30"):
    result = make(store, wallets, sandbox, clock).give(owner, gift(amount), PIN)
    assert result.status is GiveStatus.GIVEN
    return result.donation


def test_the_match_is_made_once_and_the_charity_sees_it(store, wallets, sandbox, clock, enrolled):
    clock.now = NOW
    store.write([earn_put(match_reward(enrolled))])
    donation = given(store, wallets, sandbox, clock, enrolled)
    gateway = CountingGateway(sandbox)
    matches = Matches(store, wallets, gateway, clock=clock, wait=10.0)
    amount = match_amount(donation.amount, 100, Money.of(20, "EUR"))
    assert amount == Money.of(20, "EUR")
    reward = RewardBook(store).get(enrolled, "first-gift")
    results = at_once(4, lambda i: matches.match(donation, reward, amount, "tok_visa"))
    assert {r.status for r in results} == {MatchStatus.GIVEN}
    assert gateway.charges == 1
    assert sorted(c.data["amount"]["minor"] for c in approved_charges(store)) == [2000, 3000]
    used = RewardBook(store).get(enrolled, "first-gift")
    assert (used.state, used.used_by) == ("used", donation.donation_id)
    rows = {item.data["donation_id"] for item in store.query(charity_pk("croix-rouge"))}
    assert results[0].match.match_id in rows and donation.donation_id in rows
    exported = list(export_donations(store, "croix-rouge", clock=clock))
    assert sorted(row["amount"] for row in exported) == ["20.00", "30.00"]


def test_a_used_reward_matches_no_second_gift(store, wallets, sandbox, clock, enrolled):
    clock.now = NOW
    store.write([earn_put(match_reward(enrolled))])
    matches = Matches(store, wallets, sandbox, clock=clock)
    first = given(store, wallets, sandbox, clock, enrolled, "10")
    reward = RewardBook(store).get(enrolled, "first-gift")
    assert matches.match(first, reward, Money.of(10, "EUR"), "tok_visa").status is MatchStatus.GIVEN
    second = (
        make(store, wallets, sandbox, clock)
        .give(enrolled, gift("12", nonce="nonce-0002"), PIN)
        .donation
    )
    refused = matches.match(second, reward, Money.of(12, "EUR"), "tok_visa")
    assert refused.status is MatchStatus.NOT_AVAILABLE


def test_a_declined_match_gives_the_reward_back(store, wallets, sandbox, clock, enrolled):
    clock.now = NOW
    store.write([earn_put(match_reward(enrolled))])
    donation = given(store, wallets, sandbox, clock, enrolled)
    matches = Matches(store, wallets, sandbox, clock=clock)
    reward = RewardBook(store).get(enrolled, "first-gift")
    result = matches.match(donation, reward, Money.of(20, "EUR"), "tok_chargeDeclined")
    assert result.status is MatchStatus.DECLINED
    assert RewardBook(store).get(enrolled, "first-gift").state == "available"


def test_an_unanswered_match_is_resumed_with_the_same_key(store, wallets, sandbox, clock, enrolled):
    clock.now = NOW
    store.write([earn_put(match_reward(enrolled))])
    donation = given(store, wallets, sandbox, clock, enrolled)
    reward = RewardBook(store).get(enrolled, "first-gift")
    silent = Matches(store, wallets, NoAnswer(sandbox), clock=clock)
    first = silent.match(donation, reward, Money.of(20, "EUR"), "tok_visa")
    assert first.status is MatchStatus.RETRY_LATER
    matches = Matches(store, wallets, sandbox, clock=clock)
    assert [m.donation_id for m in matches.pending()] == [donation.donation_id]
    assert matches.resume(donation.donation_id).status is MatchStatus.GIVEN
    assert matches.pending() == [] and matches.resume("d_none").status is MatchStatus.NOT_AVAILABLE
    keys = [c.sk for c in approved_charges(store) if "match" in c.sk]
    assert keys == [f"charge#echoppe-match-{donation.donation_id}"]
