"""Signing in to the console and out; loading the signed-in merchant for every console page."""

from __future__ import annotations

from typing import Any

from flask import g, redirect, render_template, session, url_for

from accounts.errors import InvalidCredentials, SignInLocked
from merchants.roles import Permission
from web import i18n, security
from web.console import access, bp
from web.console.context import console
from web.forms import ActionForm, SignInForm


@bp.before_request
def load_merchant() -> None:
    user_id = access.merchant_id()
    g.merchant = console().users.get(user_id) if user_id else None
    if user_id and (g.merchant is None or not g.merchant.active):
        g.merchant = None
        access.sign_out()


@bp.context_processor
def helpers() -> dict[str, Any]:
    return {"merchant": g.get("merchant"), "can": access.can, "Permission": Permission}


@bp.get("/")
def home() -> Any:
    return redirect(url_for("console.orders" if g.merchant else "console.signin"))


@bp.route("/signin", methods=["GET", "POST"])
def signin() -> Any:
    form = SignInForm()
    error = None
    if form.validate_on_submit():
        try:
            user = console().users.sign_in(
                form.email.data, form.password.data, source=security.client_address()
            )
        except InvalidCredentials:
            error = i18n.t("signin.error.wrong")
        except SignInLocked as exc:
            minutes = security.minutes_until(exc.until, g.now)
            error = i18n.t("console.signin.locked", minutes=minutes)
        else:
            access.sign_in(user, g.now)
            target = session.pop("console_next", None)
            return redirect(security.safe_next(target, url_for("console.orders")))
    return render_template("console/signin.html", form=form, error=error)


@bp.post("/signout")
def signout() -> Any:
    if ActionForm().validate_on_submit():
        access.sign_out()
    return redirect(url_for("console.signin"))
