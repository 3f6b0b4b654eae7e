"""How many, said while an order is read back or its code asked: a number alone ("I want two",
« deux s'il vous plaît ») is the count in all, "two more" / « encore deux » adds; at the code as
at the summary, the order is read again with its new total and waits for a new yes (it added
the number to the line, and at the code it set the order aside). "Wait" / « attends » keeps
the question. Through the real skill and the simulator's reading of the committed models."""

from __future__ import annotations

import re

import pytest

from tests.skill.wallets import PIN, enroll, sandbox_charges

FR, EN = "fr-FR", "en-US"
BUY = {FR: "achète le savon au fiel", EN: "buy the ox gall soap"}
ADD = {FR: "ajoute le savon au fiel", EN: "add the ox gall soap"}
YES = {FR: "oui", EN: "yes"}
LINE = {FR: "100 g, quantité {}", EN: "100 g, quantity {}"}
WAIT = {FR: "Prenez votre temps.", EN: "Take your time."}


def _total(summary: str) -> int:
    found = re.search(r"Total ?: \$?([0-9]+)[.,]([0-9]{2})", summary)
    assert found is not None, summary
    return int(found.group(1) + found.group(2))


@pytest.mark.parametrize(
    ("locale", "said"),
    [(EN, "I want two"), (EN, "I'll take two"), (EN, "two please"),
     (FR, "j'en veux deux"), (FR, "deux s'il vous plaît"), (FR, "j'en prends deux"),
     (FR, "il m'en faut deux")],
)  # fmt: skip
def test_a_number_alone_at_the_summary_is_the_count_in_all(skill, shopper, locale, said):
    enroll(skill)
    talk = shopper(locale)
    talk.say(BUY[locale])
    summary = talk.say(said)
    assert LINE[locale].format(2) in summary and LINE[locale].format(3) not in summary, summary
    talk.say(YES[locale])
    talk.say(PIN)
    (charged,) = sandbox_charges(skill.services.store)
    assert charged.data["amount"]["minor"] == _total(summary)


@pytest.mark.parametrize(("locale", "more"), [(EN, "two more"), (FR, "encore deux")])
def test_more_at_the_summary_adds_to_the_line(skill, shopper, locale, more):
    enroll(skill)
    talk = shopper(locale)
    talk.say(BUY[locale])
    assert LINE[locale].format(3) in talk.say(more)


@pytest.mark.parametrize(
    ("locale", "change", "count"),
    [(EN, "make it three", 3), (EN, "two more", 3), (EN, "I want two", 2),
     (FR, "mets-en trois", 3), (FR, "encore deux", 3), (FR, "j'en veux deux", 2)],
)  # fmt: skip
def test_a_count_said_to_the_code_reads_the_order_again(skill, shopper, locale, change, count):
    enroll(skill)
    talk = shopper(locale)
    talk.say(BUY[locale])
    talk.say(YES[locale])
    summary = talk.say(change)
    assert summary.startswith(("Your order from", "Votre commande chez")), summary
    assert LINE[locale].format(count) in summary
    talk.say(YES[locale])
    talk.say(PIN)
    (charged,) = sandbox_charges(skill.services.store)
    assert charged.data["amount"]["minor"] == _total(summary)


@pytest.mark.parametrize(
    ("locale", "total", "more", "cart"),
    [(FR, "j'en veux deux", "encore un", "qu'y a-t-il dans mon panier"),
     (EN, "I'll take two", "one more", "what's in my cart")],
)  # fmt: skip
def test_right_after_an_add_a_number_alone_is_the_count_and_more_adds(
    shopper, locale, total, more, cart
):
    talk = shopper(locale)
    talk.say(ADD[locale])
    assert LINE[locale].format(1) in talk.say(cart)
    talk.say(ADD[locale])
    talk.say(total)
    talk.say(more)
    assert LINE[locale].format(3) in talk.say(cart)


@pytest.mark.parametrize(("locale", "wait"), [(EN, "wait"), (EN, "no wait"), (FR, "attends")])
def test_wait_at_the_summary_and_the_code_keeps_the_order(skill, shopper, locale, wait):
    enroll(skill)
    talk = shopper(locale)
    talk.say(BUY[locale])
    for _ in range(3):
        assert talk.say(wait).startswith(WAIT[locale]) and not talk.ended
    talk.say(YES[locale])
    for _ in range(3):
        assert talk.say(wait).startswith(WAIT[locale]) and not talk.ended
    talk.say(PIN)
    assert len(sandbox_charges(skill.services.store)) == 1


@pytest.mark.parametrize(
    ("locale", "two", "one"),
    [(FR, "achète deux savons au fiel", "non en fait un seul"),
     (EN, "buy two ox gall soaps", "no just one")],
)  # fmt: skip
def test_a_correction_to_one_at_the_summary_sets_the_line(skill, shopper, locale, two, one):
    """« non en fait un seul » was not understood, and « oui » then paid for two."""
    enroll(skill)
    talk = shopper(locale)
    assert LINE[locale].format(2) in talk.say(two)
    summary = talk.say(one)
    assert LINE[locale].format(1) in summary and LINE[locale].format(2) not in summary
