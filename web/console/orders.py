"""Orders: the list (filters, pages), an order's page and what the merchant does with it, and
the CSV export of a date range. Everything the merchant sees is what Amazon Pay gave a merchant:
amount, order id, time, delivery address, the one-time token; never the wallet (no card, no
gateway token, no owner key)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

from flask import Response, abort, flash, g, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import DataRequired, Length

from catalog.feed import neutralise_cell
from merchants.roles import Permission
from payments.fulfilment import CANCELLABLE, REFUNDABLE, SHIPPABLE, RefundStatus, ShipStatus
from payments.order_search import clean_cursor, find, iterate, search
from payments.orders import Order, OrderState, OrderStatus
from reports.days import parse_day, start_of
from web.console import access, bp
from web.console.context import console
from web.forms import ActionForm, ConfirmForm

CSV_FIELDS = (
    "order_id", "created_at", "status", "state", "amount", "currency", "delivery_fee", "lines",
    "recipient", "line1", "line2", "postal_code", "city", "region", "country",
)  # fmt: skip


class ClaimForm(FlaskForm):
    token = StringField(validators=[DataRequired("form.required"), Length(max=100)])


def _day_arg(name: str) -> date | None:
    value = request.args.get(name, "").strip()
    if not value:
        return None
    try:
        return parse_day(value)
    except ValueError:
        return None


def _filters() -> dict[str, Any]:
    statuses = [s for s in request.args.getlist("status") if s in OrderStatus.__members__.values()]
    since, until = _day_arg("since"), _day_arg("until")
    return {
        "statuses": [OrderStatus(s) for s in statuses],
        "since_day": since,
        "until_day": until,
        "since": start_of(since) if since else None,
        "until": start_of(until + timedelta(days=1)) if until else None,
    }


def _order_or_404(order_id: str) -> Order:
    try:
        at = request.values.get("at", type=int)
        order = find(console().store, order_id, created_at=at)
    except ValueError:
        order = None
    if order is None:
        abort(404)
    return order


@bp.get("/orders")
@access.requires(Permission.VIEW)
def orders() -> Any:
    f = _filters()
    cursor = clean_cursor(request.args.get("cursor"))
    page = search(
        console().store,
        statuses=f["statuses"] or tuple(OrderStatus),
        since=f["since"],
        until=f["until"],
        cursor=cursor,
    )
    query = [(k, v) for k, v in request.args.items(multi=True) if k != "cursor"]
    return render_template(
        "console/orders.html",
        page=page,
        filters=f,
        statuses=list(OrderStatus),
        query=query,
        first_page=cursor is None,
    )


@bp.get("/orders/<order_id>")
@access.requires(Permission.VIEW)
def order(order_id: str) -> Any:
    return _order_page(_order_or_404(order_id))


def _order_page(order: Order, token: str | None = None, status: int = 200) -> Any:
    page = render_template(
        "console/order.html",
        order=order,
        token=token,
        shippable=order.state in SHIPPABLE,
        refundable=order.state in REFUNDABLE,
        cancellable=order.state in CANCELLABLE,
        tokenable=order.state.value == "paid",
        action=ActionForm(),
        claim=ClaimForm(),
    )
    return page, status


@bp.post("/orders/<order_id>/ship")
@access.requires(Permission.SHIP)
def ship(order_id: str) -> Any:
    order = _order_or_404(order_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    ctx = console()
    entry = ctx.audit.entry(g.merchant, "ship", order.order_id)
    result = ctx.fulfilment.mark_shipped(order.owner, order.order_id, also=[entry])
    done = result.status is ShipStatus.SHIPPED
    flash(f"console.ship.{result.status.value}", "notice" if done else "error")
    return redirect(url_for("console.order", order_id=order.order_id, at=order.created_at))


@bp.route("/orders/<order_id>/refund", methods=["GET", "POST"])
@access.requires(Permission.REFUND)
def refund(order_id: str) -> Any:
    """A confirmation page, then the refund (in full, once)."""

    def act(order: Order) -> tuple[str, bool]:
        result = console().fulfilment.refund(order.owner, order.order_id)
        return result.status.value, result.status is RefundStatus.REFUNDED

    return _confirmed(order_id, "refund", REFUNDABLE, act)


@bp.route("/orders/<order_id>/cancel", methods=["GET", "POST"])
@access.requires(Permission.REFUND)
def cancel(order_id: str) -> Any:
    """A pending or failed payment: a confirmation page, then the domain's cancellation."""

    def act(order: Order) -> tuple[str, bool]:
        return console().fulfilment.cancel(order.owner, order.order_id).status.value, True

    return _confirmed(order_id, "cancel", CANCELLABLE, act)


def _confirmed(
    order_id: str,
    kind: str,
    states: tuple[OrderState, ...],
    act: Callable[[Order], tuple[str, bool]],
) -> Any:
    """GET: the confirmation page of ``kind``; a confirmed POST on an order in ``states``: ``act``
    (its outcome, and whether to show it as a notice), audited, then the order's page."""
    order = _order_or_404(order_id)
    form = ConfirmForm()
    possible = order.state in states
    if possible and form.validate_on_submit():
        outcome, notice = act(order)
        console().audit.record(g.merchant, kind, order.order_id, outcome)
        flash(f"console.{kind}.{outcome}", "notice" if notice else "error")
        return redirect(url_for("console.order", order_id=order.order_id, at=order.created_at))
    return render_template(
        "console/confirm.html", order=order, form=form, kind=kind, possible=possible
    )


@bp.post("/orders/<order_id>/token")
@access.requires(Permission.SHIP)
def reveal_token(order_id: str) -> Any:
    """Mint the order's one-time token and show it on this response only (stored as a hash)."""
    order = _order_or_404(order_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    ctx = console()
    token = ctx.fulfilment.reveal_token(order.order_id)
    if token is None:
        flash("console.token.unavailable", "error")
        return redirect(url_for("console.order", order_id=order.order_id, at=order.created_at))
    ctx.audit.record(g.merchant, "reveal_token", order.order_id)
    return _order_page(order, token=token)


@bp.post("/orders/<order_id>/claim")
@access.requires(Permission.SHIP)
def claim(order_id: str) -> Any:
    order = _order_or_404(order_id)
    form = ClaimForm()
    ctx = console()
    if form.validate_on_submit() and ctx.fulfilment.claim(order.order_id, form.token.data.strip()):
        ctx.audit.record(g.merchant, "claim", order.order_id)
        flash("console.token.claimed", "notice")
    else:
        flash("console.token.refused", "error")
    return redirect(url_for("console.order", order_id=order.order_id, at=order.created_at))


@bp.get("/orders.csv")
@access.requires(Permission.EXPORT)
def export() -> Any:
    """The orders of a date range as CSV; a cell a spreadsheet would run as a formula is
    neutralised (``catalog.feed.neutralise_cell``). No token: a token is revealed per order."""
    f = _filters()
    orders = iterate(
        console().store,
        statuses=f["statuses"] or tuple(OrderStatus),
        since=f["since"],
        until=f["until"],
    )
    name = f"orders-{f['since_day'] or 'start'}-{f['until_day'] or 'now'}.csv"
    return Response(
        _csv(orders),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def _csv(orders: Iterator[Order]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_FIELDS)
    for order in orders:
        address = order.shipping_address.to_json()
        row = [
            order.order_id,
            _iso(order.created_at),
            order.status.value,
            order.state.value,
            str(order.total.amount),
            order.currency,
            str(order.delivery_fee.amount),
            "; ".join(f"{line.quantity} x {line.title}" for line in order.lines),
            *(str(address.get(k) or "") for k in CSV_FIELDS[8:]),
        ]
        writer.writerow([neutralise_cell(cell) for cell in row])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def _iso(timestamp: int) -> str:
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
