"""One account in both locales (en-US in dollars, fr-FR in euros) keeps one cart in one
currency: the other locale never prices it, adds to it, nor charges it; "empty my cart" there
starts a cart in its own currency. Real envelopes through the real handler, on both stores."""

import pytest

from catalog import cart
from skill.app import build_skill
from skill.settings import Settings
from skill.simulator import Simulator
from skill.state import StateRepository, UserState, owner_key
from tests.skill.wallets import SHOPPER, enroll, sandbox_charges

WORDS = {
    "en-US": {
        "add": "add two ox gall soaps",
        "add_other": "add an oxygen spray",
        "cart": "what's in my cart",
        "remove": "remove the ox gall soap",
        "check_out": "check out",
        "empty": "empty my cart",
        "other_cart": "filled in another language",
        "refused_add": "I can't add",
        "refused_checkout": "nothing was charged",
        "summary": "Shall I place the order?",
    },
    "fr-FR": {
        "add": "ajoute deux savons au fiel nature",
        "add_other": "ajoute un spray oxygène",
        "cart": "mon panier",
        "remove": "retire le savon au fiel nature",
        "check_out": "passer commande",
        "empty": "vide mon panier",
        "other_cart": "rempli dans une autre langue",
        "refused_add": "Je ne peux pas ajouter",
        "refused_checkout": "rien n'a été débité",
        "summary": "Je valide la commande ?",
    },
}
CURRENCY = {"en-US": "USD", "fr-FR": "EUR"}


@pytest.fixture
def skill(store, tmp_path, clock):
    skill = build_skill(Settings(db_path=tmp_path / "unused.sqlite3"), store=store, clock=clock)
    enroll(skill)
    return skill


def stored_cart(store) -> list[dict]:
    return StateRepository(store).load(owner_key(SHOPPER)).state.cart


@pytest.mark.parametrize(("first", "then"), [("en-US", "fr-FR"), ("fr-FR", "en-US")])
def test_a_cart_filled_in_one_locale_is_never_mixed_in_the_other(skill, store, first, then):
    filler = Simulator(skill, first, user_id=SHOPPER)
    filler.launch()
    filler.say(WORDS[first]["add"])
    filled = stored_cart(store)
    assert cart.currency(filled) == CURRENCY[first]

    other = Simulator(skill, then, user_id=SHOPPER)
    other.launch()
    said = WORDS[then]
    assert said["other_cart"] in other.say(said["cart"])
    assert said["refused_add"] in other.say(said["add_other"])
    assert said["other_cart"] in other.say(said["remove"])
    refused = other.say(said["check_out"])
    assert said["refused_checkout"] in refused
    assert said["summary"] not in refused
    assert stored_cart(store) == filled
    assert sandbox_charges(store) == []

    other.say(said["empty"])
    other.say(said["add_other"])
    assert cart.currency(stored_cart(store)) == CURRENCY[then]
    assert said["summary"] in other.say(said["check_out"])

    back = Simulator(skill, first, user_id=SHOPPER)
    back.launch()
    assert WORDS[first]["other_cart"] in back.say(WORDS[first]["cart"])


@pytest.mark.parametrize("locale", ["en-US", "fr-FR"])
def test_checkout_refuses_a_cart_in_two_currencies(skill, store, locale):
    """The last guard: lines that are not all in one currency (whatever wrote them) are
    never summed nor charged; the shopper hears why."""
    owner = owner_key(SHOPPER)
    repository = StateRepository(store)
    mixed = [
        {"id": "savon-fiel", "qty": 1, "currency": "USD"},
        {"id": "oxy-spray-500", "qty": 1, "currency": "EUR"},
    ]
    repository.save(owner, repository.load(owner), UserState(cart=mixed), [])
    shopper = Simulator(skill, locale, user_id=SHOPPER)
    shopper.launch()
    refused = shopper.say(WORDS[locale]["check_out"])
    assert WORDS[locale]["refused_checkout"] in refused
    assert WORDS[locale]["summary"] not in refused
    assert WORDS[locale]["other_cart"] in shopper.say(WORDS[locale]["cart"])
    assert sandbox_charges(store) == []
    assert stored_cart(store) == mixed
