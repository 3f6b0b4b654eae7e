"""The rounding rule: per line, VAT included, integer minor units; the shares add up exactly."""

import pytest

from marketing.model import Discount
from marketing.pricing import line_discounts
from payments.money import Money


def eur(*values: str) -> list[Money]:
    return [Money.of(v, "EUR") for v in values]


def test_a_percentage_rounds_half_up_on_each_line():
    offs = line_discounts(eur("4.95", "9.90", "0.05"), [True, True, True], Discount(percent=10))
    assert offs == eur("0.50", "0.99", "0.01")


def test_lines_not_covered_get_nothing():
    offs = line_discounts(eur("4.95", "9.90"), [False, True], Discount(percent=15))
    assert offs == eur("0.00", "1.49")


def test_a_fixed_amount_is_split_by_totals_and_adds_up_exactly():
    discount = Discount(amounts={"EUR": Money.of("5.00", "EUR")})
    offs = line_discounts(eur("3.33", "3.33", "3.34"), [True, True, True], discount)
    assert sum(o.minor for o in offs) == 500
    assert offs == eur("1.67", "1.66", "1.67")  # remainders .5, .5, .0...: earlier line first


def test_a_fixed_amount_is_never_more_than_the_lines_it_covers():
    discount = Discount(amounts={"EUR": Money.of("5.00", "EUR")})
    offs = line_discounts(eur("3.90", "20.00"), [True, False], discount)
    assert offs == eur("3.90", "0.00")


def test_a_fixed_amount_in_another_currency_gives_nothing():
    discount = Discount(amounts={"USD": Money.of("5.00", "USD")})
    assert line_discounts(eur("9.90"), [True], discount) == eur("0.00")


@pytest.mark.parametrize("totals", [["0.01", "0.01", "0.01"], ["12.34", "0.07", "99.99", "1.00"]])
def test_shares_never_exceed_lines_and_always_add_up(totals):
    discount = Discount(amounts={"EUR": Money.of("0.02", "EUR")})
    offs = line_discounts(eur(*totals), [True] * len(totals), discount)
    assert sum(o.minor for o in offs) == 2
    assert all(o <= t for o, t in zip(offs, eur(*totals), strict=True))
