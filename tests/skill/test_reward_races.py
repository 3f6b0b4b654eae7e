"""A reward is earned once per action and shopper, on both stores, whatever races the turn:
the same request delivered twice at once, two turns of one shopper at once, a turn replayed
after another saved first during its charge, and a reward record another state item created."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from payments.rewards import RewardBook, RewardRecord, earn_put
from payments.sandbox import SandboxGateway
from skill import envelopes
from skill.app import build_skill, invoke_json
from skill.settings import Settings
from skill.simulator import Simulator
from skill.speech import Speaker, plain
from skill.state import EVENTS_PK, owner_key
from tests.payments.gateways import Wrapped
from tests.skill.campaign_shop import EN, FR, SAY, profile, shop, shopper
from tests.skill.wallets import PIN

RULES = """\
rewards:
  - id: coffee-done
    action: {guide_finished: [coffee]}
    reward:
      everyone: {discount: {percent: 10}}
    from: 2026-01-01
    until: 2027-12-31
    expires_days: 30
    text: {fr-FR: {label: "Café réussi"}, en-US: {label: "Coffee done"}}
  - id: first-order
    action: first_purchase
    reward:
      everyone: {discount: {percent: 5}}
    from: 2026-01-01
    until: 2027-12-31
    expires_days: 30
    text: {fr-FR: {label: "Première commande"}, en-US: {label: "First order"}}
"""
USER = "amzn1.ask.account.RACER"
EARNED = {FR: "Bravo, vous gagnez une récompense", EN: "Well done, you earned a reward"}


def at_once(skill, events: list[dict[str, Any]]) -> list[str]:
    barrier = threading.Barrier(len(events))

    def turn(event: dict[str, Any]) -> str:
        barrier.wait()
        return plain(invoke_json(skill, event)["response"]["outputSpeech"]["ssml"])

    with ThreadPoolExecutor(len(events)) as pool:
        return list(pool.map(turn, events))


def one_step_from_the_end(skill, locale: str) -> Simulator:
    talk = shopper(skill, locale, USER)
    talk.launch()
    talk.say(SAY[locale]["coffee"])
    talk.say(SAY[locale]["next"])
    return talk


def next_request(talk: Simulator) -> dict[str, Any]:
    request = envelopes.intent_request(talk.locale, "AMAZON.NextIntent")
    return envelopes.envelope(request, user_id=USER, session_id=talk.session_id)


def earned_once(store, rule: str) -> None:
    holder = owner_key(USER)
    assert RewardBook(store).get(holder, rule) is not None
    assert profile(store, USER)["earned"].count(rule) == 1
    events = [i for i in store.query(EVENTS_PK) if i.data.get("kind") == "reward_earned"]
    assert [e.data["reward"] for e in events].count(rule) == 1


@pytest.mark.parametrize("locale", [FR, EN])
def test_the_same_request_delivered_twice_at_once_earns_once(store, tmp_path, clock, locale):
    skill = shop(tmp_path, store, clock, RULES)
    talk = one_step_from_the_end(skill, locale)
    event = next_request(talk)
    replies = at_once(skill, [event, event])
    assert replies[0] == replies[1] and EARNED[locale] in replies[0]
    earned_once(store, "coffee-done")


@pytest.mark.parametrize("locale", [FR, EN])
def test_two_turns_of_one_shopper_at_once_earn_once(store, tmp_path, clock, locale):
    """Two devices say "next" at the last step together: one finishes the guide and earns the
    reward; the other is replayed on the state that says so."""
    skill = shop(tmp_path, store, clock, RULES)
    talk = one_step_from_the_end(skill, locale)
    replies = at_once(skill, [next_request(talk) for _ in range(4)])
    assert sum(EARNED[locale] in r for r in replies) == 1
    unavailable = plain(Speaker(locale).say("unavailable"))
    assert unavailable not in replies
    earned_once(store, "coffee-done")


class CompetingTurn(Wrapped):
    """The sandbox; the first charge first lets ``compete`` run a whole other turn and save it."""

    def __init__(self, inner: SandboxGateway) -> None:
        super().__init__(inner)
        self.compete = None

    def charge(self, *args: Any) -> Any:
        compete, self.compete = self.compete, None
        if compete is not None:
            compete()
        return self.inner.charge(*args)


@pytest.mark.parametrize("locale", [FR, EN])
def test_a_pin_turn_replayed_after_losing_its_save_earns_and_says_it_once(
    store, tmp_path, clock, locale
):
    skill = shop(tmp_path, store, clock, RULES)
    gateway = CompetingTurn(SandboxGateway(store, clock=clock))
    racing = build_skill(
        Settings(content_dir=skill.services.settings.content_dir, db_path=tmp_path / "r.sqlite3"),
        store=store, clock=clock, gateway=gateway,
    )  # fmt: skip
    talk = shopper(racing, locale, USER)
    say = SAY[locale]
    talk.launch()
    talk.say(say["add"])
    talk.say(say["checkout"])
    talk.say(say["yes"])
    launch = envelopes.envelope(
        envelopes.launch_request(locale), user_id=USER, session_id="s-other", new=True
    )
    gateway.compete = lambda: invoke_json(racing, launch)
    done = talk.say(PIN)
    assert EARNED[locale] in done
    earned_once(store, "first-order")


@pytest.mark.parametrize("locale", [FR, EN])
def test_a_reward_another_state_item_earned_is_not_earned_again(store, tmp_path, clock, locale):
    """The holder's record exists (another voice profile of the same account earned it): the
    turn's write fails on it, the replay reads it and goes on without the reward."""
    skill = shop(tmp_path, store, clock, RULES)
    holder = owner_key(USER)
    store.write([earn_put(RewardRecord(
        "coffee-done", holder, "discount", "everyone", int(clock()), int(clock()) + 86_400,
        "another-request", percent=10,
    ))])  # fmt: skip
    talk = one_step_from_the_end(skill, locale)
    finished = talk.say(SAY[locale]["next"])
    assert EARNED[locale] not in finished
    assert plain(Speaker(locale).say("unavailable")) != finished
    assert profile(store, USER)["earned"] == ["coffee-done"]
    assert RewardBook(store).get(holder, "coffee-done").source == "another-request"
