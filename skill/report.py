"""``echoppe report funnel``: the funnel of ``reports`` as a text table (the merchant console
draws the same numbers). Rates in parentheses are a stage over the stage before it."""

from __future__ import annotations

from payments.money import Money
from reports.funnel import STAGES, Funnel, FunnelRow


def _percent(rate: float | None) -> str:
    return "" if rate is None else f" ({rate:.0%})"


def render_rows(rows: list[FunnelRow]) -> str:
    header = f"{'guide':<16}" + "".join(f"{s:>14}" for s in STAGES) + f"{'conversion':>12}  revenue"
    lines = [header, "-" * len(header)]
    for row in rows:
        cells = [f"{row.counts[s]}{_percent(row.rate(s))}" for s in STAGES]
        conversion = f"{row.conversion:.0%}" if row.conversion is not None else "-"
        revenue = ", ".join(str(m) for m in row.revenue_money()) or "-"
        lines.append(
            f"{row.guide:<16}" + "".join(f"{c:>14}" for c in cells) + f"{conversion:>12}  {revenue}"
        )
    return "\n".join(lines)


def render_funnel(funnel: Funnel, *, by_day: bool = False) -> str:
    days = [d for d, _ in funnel.days]
    out = [f"funnel {days[0].isoformat()} to {days[-1].isoformat()} (UTC days)", ""]
    if by_day:
        for day, summary in funnel.days:
            out += [day.isoformat(), render_rows(Funnel([(day, summary)]).rows()), ""]
    else:
        out += [render_rows(funnel.rows()), ""]
    orders = sum(n for _, n, _ in funnel.sales())
    totals: dict[str, int] = {}
    for _, _, by_currency in funnel.sales():
        for currency, minor in by_currency.items():
            totals[currency] = totals.get(currency, 0) + minor
    sales = ", ".join(str(Money(m, c)) for c, m in sorted(totals.items())) or "-"
    out.append(f"sales: {orders} orders paid, {sales}")
    for charity, gifts, amounts in funnel.donations():
        given = ", ".join(str(Money(m, c)) for c, m in sorted(amounts.items()))
        out.append(f"donations: {charity}: {gifts} gifts, {given}")
    return "\n".join(out)
