"""French and US addresses: built valid, printed in their country's format, parsed from one line
(the CLI's ``wallet enroll --address``)."""

from __future__ import annotations

import io

import pytest

from payments.address import Address, parse_address
from payments.errors import InvalidAddress
from skill.cli import main


def test_french_one_liner():
    address = parse_address("12 rue des Lilas, 75011 Paris", "Camille Martin", "FR")
    assert (address.line1, address.postal_code, address.city) == (
        "12 rue des Lilas",
        "75011",
        "Paris",
    )
    assert address.lines() == ("Camille Martin", "12 rue des Lilas", "75011 PARIS", "FR")
    assert address.short() == "12 rue des Lilas, Paris"


def test_us_one_liner_with_a_suite():
    address = parse_address("350 Fifth Avenue, Suite 200, New York, NY 10118", "Jane Doe", "us")
    assert (address.line2, address.city, address.region) == ("Suite 200", "New York", "NY")
    assert address.lines() == (
        "Jane Doe", "350 Fifth Avenue", "Suite 200", "NEW YORK NY 10118", "US",
    )  # fmt: skip
    assert Address.from_json(address.to_json()) == address


@pytest.mark.parametrize(
    ("text", "country", "field"),
    [
        ("350 Fifth Avenue, New York, NY 10118", "FR", "line1"),
        ("12 rue des Lilas, 75011 Paris", "US", "line1"),
        ("350 Fifth Avenue, New York, ZZ 10118", "US", "region"),
        ("350 Fifth Avenue, New York, NY 1011", "US", "line1"),
        ("12 rue des Lilas, 7501 Paris", "FR", "line1"),
    ],
)
def test_a_wrong_shape_names_the_field_and_shows_an_example(text, country, field):
    with pytest.raises(InvalidAddress) as refused:
        parse_address(text, "X", country)
    assert refused.value.field == field


def test_french_addresses_have_no_region_and_us_need_one():
    with pytest.raises(InvalidAddress):
        Address("X", "1 rue A", "75011", "Paris", "FR", region="NY")
    with pytest.raises(InvalidAddress):
        Address("X", "1 Main St", "10118", "New York", "US")
    assert "region" not in Address("X", "1 rue A", "75011", "Paris", "FR").to_json()


def test_cli_enrolls_a_us_address(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ECHOPPE_DB", str(tmp_path / "cli.sqlite3"))
    monkeypatch.setattr("sys.stdin", io.StringIO("4826\n"))
    code = main(
        [
            "wallet", "enroll", "--user", "amzn1.ask.account.US", "--card", "tok_visa",
            "--address", "350 Fifth Avenue, New York, NY 10118", "--country", "US",
            "--name", "Jane Doe", "--pin-stdin",
        ]
    )  # fmt: skip
    assert code == 0
    assert "350 Fifth Avenue, New York" in capsys.readouterr().out
