"""Campaigns and rewards, measured (``marketing.report``, the numbers of ``echoppe report
campaigns``): per promotion, shoppers reached and who redeemed, orders, revenue, cost, cost per
action and per acquired shopper, with a bar chart."""

from __future__ import annotations

from typing import Any

from flask import render_template, request

from marketing.report import campaigns_report
from merchants.roles import Permission
from payments.money import Money
from reports.days import DayRange, parse_day
from web import i18n
from web.console import access, bp
from web.console.context import console
from web.console.plots import Series, bar_chart

DEFAULT_DAYS = 30


def _range() -> tuple[DayRange, str | None]:
    default = console().reports.last_days(DEFAULT_DAYS)
    since, until = request.args.get("from", "").strip(), request.args.get("to", "").strip()
    if not since and not until:
        return default, None
    try:
        last = parse_day(until) if until else default.last
        return DayRange(parse_day(since) if since else last, last), None
    except ValueError:
        return default, i18n.t("console.reports.bad_range")


def _money(amounts: dict[str, int] | list[Money] | None) -> str:
    if amounts is None:
        return "—"
    if isinstance(amounts, dict):
        amounts = [Money(minor, c) for c, minor in sorted(amounts.items())]
    return ", ".join(i18n.money(m) for m in amounts) or "—"


@bp.get("/campaigns")
@access.requires(Permission.VIEW)
def campaigns() -> Any:
    days, error = _range()
    content = console().web.services.content
    locale = i18n.locale() if i18n.locale() in content.locales else content.settings.default_locale
    rows = campaigns_report(console().store, content.marketing, days, locale)
    period = i18n.t(
        "console.reports.period", first=days.first.isoformat(), last=days.last.isoformat()
    )
    chart = bar_chart(
        "promotions",
        i18n.t("console.campaigns.chart_title"),
        i18n.t("console.campaigns.chart_desc", period=period),
        [row.label for row in rows],
        [
            Series(i18n.t("console.campaigns.reached"), [len(r.reached) for r in rows]),
            Series(i18n.t("console.campaigns.redeemed"), [len(r.redeemed) for r in rows]),
            Series(i18n.t("console.campaigns.orders"), [r.orders for r in rows]),
        ],
    )
    return render_template(
        "console/campaigns.html", days=days, error=error, rows=rows, chart=chart, money_of=_money
    )
