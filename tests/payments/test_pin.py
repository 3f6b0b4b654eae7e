"""The voice PIN: parsing what was said, and the peppered argon2id hash."""

import pytest

from payments.errors import ConfigurationError, InvalidPin
from payments.pin import PinHasher, clean_pin, parse_spoken_pin
from tests.payments.conftest import PEPPER


@pytest.mark.parametrize(
    ("said", "pin"),
    [
        ("4826", "4826"),
        ("4 8 2 6", "4826"),
        ("48 26", "4826"),
        ("4-8-2-6", "4826"),
        ("four eight two six", "4826"),
        ("Four Eight Two Six", "4826"),
        ("quatre huit deux six", "4826"),
        ("one two three four", "1234"),
        ("zero oh nine one", "0091"),
        ("zéro un deux trois", "0123"),
        ("vier acht zwei sechs", "4826"),
        ("cuatro ocho dos seis", "4826"),
        ("quattro otto due sei", "4826"),
        ("four 8 two 6", "4826"),
        ("  0000 ", "0000"),
    ],
)
def test_spoken_pins_that_parse(said, pin):
    assert parse_spoken_pin(said) == pin


@pytest.mark.parametrize(
    "said",
    [
        "482",
        "48261",
        "four eight two",
        "four eight two six one",
        "abcd",
        "48a6",
        "my pin is 4826",
        "four eight two sixty",
        "",
        "   ",
        None,
        "４８２６",  # full-width digits: not what a slot sends; refuse rather than guess
        "²⁴⁸⁶",
    ],
)
def test_spoken_pins_that_do_not(said):
    assert parse_spoken_pin(said) is None


@pytest.mark.parametrize("bad", ["123", "12345", "12a4", "", None, 4826, "٤٨٢٦", " 4826"])
def test_clean_pin_refuses_without_echoing(bad):
    with pytest.raises(InvalidPin) as err:
        clean_pin(bad)
    assert str(err.value) == "a PIN is exactly 4 digits"


def test_hash_then_verify(hasher):
    stored = hasher.hash("4826")
    assert hasher.verify(stored, "4826")
    assert not hasher.verify(stored, "4827")
    assert "4826" not in stored
    assert stored.startswith("1$$argon2id$")
    assert "m=19456,t=2,p=1" in stored


def test_each_hash_is_salted(hasher):
    assert hasher.hash("4826") != hasher.hash("4826")


def test_the_pepper_is_needed_to_verify(hasher):
    stored = hasher.hash("4826")
    other = PinHasher("another-pepper-of-enough-length")
    assert not other.verify(stored, "4826")
    # Without the pepper, argon2 on the bare PIN does not match either.
    from argon2 import PasswordHasher

    with pytest.raises(Exception):  # noqa: B017 - any argon2 mismatch error
        PasswordHasher().verify(stored.split("$", 1)[1], "4826")


def test_unknown_pepper_id_is_a_configuration_error(hasher):
    stored = hasher.hash("4826")
    rotated = PinHasher(PEPPER, pepper_id="2")
    with pytest.raises(ConfigurationError):
        rotated.verify(stored, "4826")
    assert rotated.needs_rehash(stored)


def test_weak_pepper_refused():
    with pytest.raises(ConfigurationError):
        PinHasher("short")


def test_repr_shows_no_pepper(hasher):
    assert PEPPER not in repr(hasher)


def test_needs_rehash_when_parameters_change(hasher):
    stored = hasher.hash("4826")
    assert not hasher.needs_rehash(stored)
    assert PinHasher(PEPPER, time_cost=3).needs_rehash(stored)


def test_garbage_hash_does_not_verify(hasher):
    assert not hasher.verify("1$not-a-hash", "4826")
