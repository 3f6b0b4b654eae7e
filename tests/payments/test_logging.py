"""Nothing secret in the logs: never the PIN, never anything shaped like a card number."""

import logging
import re

from payments.errors import InvalidPin
from payments.pin import clean_pin
from tests.payments.conftest import OWNER, PIN, make_pending

PAN_LIKE = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")


def _text(records) -> str:
    parts = []
    for record in records:
        parts += [record.name, record.getMessage(), repr(record.args), record.exc_text or ""]
    return "\n".join(parts)


def _standalone(digits: str) -> re.Pattern:
    """The digits not inside a longer number (a port, a length, an account id of zeros)."""
    return re.compile(rf"(?<!\d){digits}(?!\d)")


def test_logs_hold_no_pin_and_no_card_number(caplog, wallets, checkout, address):
    caplog.set_level(logging.DEBUG)  # every logger, third-party ones (store backends) included
    wallets.enroll(OWNER, "tok_visa", address, PIN)
    assert wallets.check_pin(OWNER, "0000").attempts_left == 2
    assert wallets.check_pin(OWNER, PIN).ok
    result = checkout.place_order(OWNER, make_pending(address), PIN)
    checkout.cancel_order(OWNER, result.order.order_id)
    everything = _text(caplog.records) + caplog.text
    ours = _text(r for r in caplog.records if r.name.startswith(("payments", "store")))
    assert len(caplog.records) >= 4  # the operations did log: the test looks at something
    for pin in (PIN, "0000"):
        assert pin not in ours
        assert not _standalone(pin).search(everything)
    assert not PAN_LIKE.search(everything), PAN_LIKE.search(everything)
    assert "4242" not in ours  # not even the last four digits


def test_the_pan_pattern_would_catch_a_card_number():
    assert PAN_LIKE.search("card 4242424242424242 used")
    assert PAN_LIKE.search("card 4242 4242 4242 4242 used")
    assert not PAN_LIKE.search("at 1795000000")


def test_results_and_errors_do_not_carry_the_pin(wallets, checkout, address):
    wallets.enroll(OWNER, "tok_visa", address, PIN)
    result = checkout.place_order(OWNER, make_pending(address), PIN)
    assert PIN not in repr(result) and PIN not in repr(wallets.get(OWNER))
    try:
        clean_pin("48261")
    except InvalidPin as exc:
        assert "48261" not in repr(exc)
