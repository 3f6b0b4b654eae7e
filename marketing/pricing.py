"""A discount on order lines, in integer minor units, by one stated rule.

**Per line, VAT included**: a discount is computed on each line's total (unit price × quantity,
VAT included, as the shopper hears prices) and never exceeds it.

- a **percentage** rounds half up on each line: 10 % of 4.95 € is 0.50 €, of 9.90 € 0.99 €;
- a **fixed amount** (at most the lines it applies to) is split over those lines in proportion
  to their totals: each share rounded down, then the minor units left over go one by one to
  the lines with the largest remainders (the earlier line first when two are equal). The
  shares add up to the amount exactly.

Lines the discount does not cover get zero. Delivery is priced on the goods' value after the
discount (``skill.flows.promotions``), and never discounted.
"""

from __future__ import annotations

from collections.abc import Sequence

from marketing.model import Discount
from payments.money import Money


def line_discounts(
    totals: Sequence[Money], covered: Sequence[bool], discount: Discount
) -> list[Money]:
    """The discount of each line (``totals``: each line's VAT-included total)."""
    if not totals:
        return []
    currency = totals[0].currency
    zero = Money.zero(currency)
    if discount.percent is not None:
        return [
            Money((total.minor * discount.percent + 50) // 100, currency) if cover else zero
            for total, cover in zip(totals, covered, strict=True)
        ]
    amount = discount.amount_in(currency)
    base = sum(total.minor for total, cover in zip(totals, covered, strict=True) if cover)
    if amount is None or base == 0:
        return [zero for _ in totals]
    give = min(amount.minor, base)
    shares = [
        (total.minor * give // base, total.minor * give % base) if cover else (0, -1)
        for total, cover in zip(totals, covered, strict=True)
    ]
    left = give - sum(share for share, _ in shares)
    order = sorted(
        (i for i, (_, rest) in enumerate(shares) if rest >= 0), key=lambda i: (-shares[i][1], i)
    )
    extra = set(order[:left])
    return [
        Money(share + (1 if i in extra else 0), currency) for i, (share, _) in enumerate(shares)
    ]
