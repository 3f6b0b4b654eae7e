"""The funnel and sales over a date range, per guide and per day, and donations per charity:
the numbers of ``reports`` (the same as ``echoppe report funnel``), drawn and tabulated."""

from __future__ import annotations

from typing import Any

from flask import render_template, request

from content.model import Content
from merchants.roles import Permission
from payments.money import Money
from reports.days import DayRange, parse_day
from reports.funnel import ALL, STAGES, Funnel
from web import i18n
from web.console import access, bp
from web.console.context import console
from web.console.plots import Series, bar_chart, line_chart

DEFAULT_DAYS = 30


def _range() -> tuple[DayRange, str | None]:
    reports = console().reports
    default = reports.last_days(DEFAULT_DAYS)
    since, until = request.args.get("from", "").strip(), request.args.get("to", "").strip()
    if not since and not until:
        return default, None
    try:
        last = parse_day(until) if until else default.last
        first = parse_day(since) if since else last
        return DayRange(first, last), None
    except ValueError:
        return default, i18n.t("console.reports.bad_range")


def _money(totals: dict[str, int]) -> str:
    return ", ".join(i18n.money(Money(m, c)) for c, m in sorted(totals.items())) or "—"


def _names(content: Content) -> dict[str, str]:
    locale = i18n.locale() if i18n.locale() in content.locales else content.settings.default_locale
    names = {g.id: g.text[locale].title for g in content.guides.values()}
    names.update({c.id: c.text[locale].name for c in content.charities.values()})
    return names


@bp.get("/reports")
@access.requires(Permission.VIEW)
def reports() -> Any:
    days, error = _range()
    funnel: Funnel = console().reports.funnel(days)
    names = _names(console().web.services.content)
    stage_names = [i18n.t(f"console.stage.{s}") for s in STAGES]
    labels = [d.strftime("%d/%m") if i18n.locale() == "fr-FR" else d.strftime("%m/%d")
              for d, _ in funnel.days]  # fmt: skip
    per_day = [
        Series(n, [v for _, v in funnel.per_day(s)])
        for s, n in zip(STAGES, stage_names, strict=True)
    ]
    rows = funnel.rows()
    guides = [r for r in rows if r.guide != ALL]
    period = i18n.t(
        "console.reports.period", first=days.first.isoformat(), last=days.last.isoformat()
    )
    trend = line_chart(
        "trend",
        i18n.t("console.reports.trend_title"),
        i18n.t("console.reports.trend_desc", period=period),
        labels,
        per_day,
    )
    by_guide = bar_chart(
        "guides",
        i18n.t("console.reports.guides_title"),
        i18n.t("console.reports.guides_desc", period=period),
        [names.get(r.guide, r.guide) for r in guides],
        [
            Series(n, [r.counts[s] for r in guides])
            for s, n in zip(STAGES, stage_names, strict=True)
        ],
    )
    sales = funnel.sales()
    sales_chart = line_chart(
        "sales",
        i18n.t("console.reports.sales_title"),
        i18n.t("console.reports.sales_desc", period=period),
        labels,
        [Series(i18n.t("console.reports.orders_paid"), [n for _, n, _ in sales])],
    )
    donations = funnel.donations()
    gifts_chart = bar_chart(
        "donations",
        i18n.t("console.reports.donations_title"),
        i18n.t("console.reports.donations_desc", period=period),
        [names.get(c, c) for c, _, _ in donations],
        [Series(i18n.t("console.reports.gifts"), [n for _, n, _ in donations])],
    )
    totals: dict[str, int] = {}
    for _, _, by_currency in sales:
        for currency, minor in by_currency.items():
            totals[currency] = totals.get(currency, 0) + minor
    return render_template(
        "console/reports.html",
        days=days,
        error=error,
        funnel=funnel,
        rows=rows,
        names=names,
        stages=STAGES,
        trend=trend,
        by_guide=by_guide,
        sales_chart=sales_chart,
        gifts_chart=gifts_chart,
        sales=sales,
        sales_total=_money(totals),
        orders_total=sum(n for _, n, _ in sales),
        donations=donations,
        money_of=_money,
        percent=lambda rate: "—" if rate is None else f"{rate:.0%}",
        ALL=ALL,
    )
