"""The account pages: orders and donations, unlinking from Alexa, deleting the account."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from flask import Blueprint, flash, g, redirect, render_template, session, url_for

from accounts.links import account_owner
from web import security
from web.context import current
from web.forms import ConfirmForm

bp = Blueprint("account", __name__, template_folder="templates")

ORDERS_SHOWN = 20


@bp.get("/orders")
@security.login_required
def orders() -> Any:
    """Orders (newest first) and this year's donations, through the domain's read APIs."""
    owner = account_owner(g.account.account_id)
    services = current().services
    year = datetime.fromtimestamp(g.now, UTC).year
    return render_template(
        "orders.html",
        orders=services.checkout.latest_orders(owner, ORDERS_SHOWN),
        donations=services.donations.history(owner, year),
        year=year,
    )


@bp.route("/account/unlink", methods=["GET", "POST"])
@security.login_required
def unlink() -> Any:
    form = ConfirmForm()
    if form.validate_on_submit():
        current().accounts.unlink(g.account.account_id)
        flash("unlink.done")
        return redirect(url_for("wallet.home"))
    return render_template("unlink.html", form=form)


@bp.route("/account/delete", methods=["GET", "POST"])
@security.recent_auth_required
def delete() -> Any:
    """Erase the wallet, then the account; orders and donation records stay (the merchant's)."""
    form = ConfirmForm()
    if form.validate_on_submit():
        context = current()
        context.admin.erase(account_owner(g.account.account_id))
        context.accounts.delete(g.account.account_id)
        security.sign_out()
        session["deleted"] = True
        return redirect(url_for("account.goodbye"))
    return render_template("delete.html", form=form)


@bp.get("/account/deleted")
def goodbye() -> Any:
    if not session.pop("deleted", False):
        return redirect(url_for("auth.signin"))
    return render_template("goodbye.html")
