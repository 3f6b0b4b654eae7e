"""Signing up, in (password or e-mailed code), again (before a PIN reset), and out."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, g, redirect, render_template, session, url_for

from accounts.errors import EmailTaken, InvalidAccountInput, InvalidCredentials, SignInLocked
from accounts.service import Account
from web import i18n, security
from web.context import current
from web.forms import ActionForm, CodeForm, CodeRequestForm, ReauthForm, SignInForm, SignUpForm

bp = Blueprint("auth", __name__, template_folder="templates")


def _signed_in(account: Account, then: str = "wallet.home") -> Any:
    security.sign_in(account.account_id, g.now)
    return redirect(security.safe_next(session.pop("next", None), url_for(then)))


def _locked_message(error: SignInLocked) -> str:
    return i18n.t("signin.error.locked", minutes=security.minutes_until(error.until, g.now))


@bp.get("/")
def home() -> Any:
    return redirect(url_for("wallet.home" if g.account else "auth.signin"))


@bp.route("/signup", methods=["GET", "POST"])
def signup() -> Any:
    form = SignUpForm()
    error = None
    if form.validate_on_submit():
        try:
            account = current().accounts.sign_up(
                form.email.data, form.password.data, i18n.locale(), source=security.client_address()
            )
        except InvalidAccountInput as exc:
            form[exc.field].errors = [f"{exc.field}.error.rule"]
        except EmailTaken:
            error = i18n.t("signup.error.taken")
        else:
            return _signed_in(account, then="wallet.setup")
    return render_template("signup.html", form=form, error=error)


@bp.route("/signin", methods=["GET", "POST"])
def signin() -> Any:
    form = SignInForm()
    error = None
    if form.validate_on_submit():
        try:
            account = current().accounts.sign_in(
                form.email.data, form.password.data, source=security.client_address()
            )
        except InvalidCredentials:
            error = i18n.t("signin.error.wrong")
        except SignInLocked as exc:
            error = _locked_message(exc)
        else:
            return _signed_in(account)
    return render_template("signin.html", form=form, error=error)


@bp.route("/signin/code", methods=["GET", "POST"])
def code_request() -> Any:
    form = CodeRequestForm()
    if form.validate_on_submit():
        try:
            current().accounts.send_code(
                form.email.data, i18n.locale(), source=security.client_address()
            )
        except InvalidAccountInput:
            form.email.errors = ["email.error.rule"]
        else:
            session["code_email"] = form.email.data.strip().lower()
            return redirect(url_for("auth.code_verify"))
    return render_template("code_request.html", form=form)


@bp.route("/signin/code/verify", methods=["GET", "POST"])
def code_verify() -> Any:
    email = session.get("code_email")
    if not email:
        return redirect(url_for("auth.code_request"))
    form = CodeForm()
    error = None
    if form.validate_on_submit():
        try:
            account = current().accounts.sign_in_with_code(
                email, form.code.data, i18n.locale(), source=security.client_address()
            )
        except InvalidCredentials:
            error = i18n.t("code.error.wrong")
        except SignInLocked as exc:
            error = _locked_message(exc)
        else:
            session.pop("code_email", None)
            if g.account is not None and g.account.account_id == account.account_id:
                security.reauthenticated(g.now)
                return redirect(
                    security.safe_next(session.pop("next", None), url_for("wallet.home"))
                )
            return _signed_in(account)
    return render_template("code_verify.html", form=form, email=email, error=error)


@bp.route("/reauth", methods=["GET", "POST"])
def reauth() -> Any:
    """Confirm it is still the shopper (password, or a code for a code-only account)."""
    account: Account | None = g.account
    if account is None:
        return redirect(url_for("auth.signin"))
    form = ReauthForm()
    error = None
    if account.has_password and form.validate_on_submit():
        if current().accounts.check_password(account, form.password.data):
            security.reauthenticated(g.now)
            return redirect(security.safe_next(session.pop("next", None), url_for("wallet.home")))
        if current().accounts.lockout.failed(account.email):
            security.sign_out()
            return redirect(url_for("auth.signin"))
        error = i18n.t("reauth.error.wrong")
    code_form = CodeRequestForm(email=account.email)
    return render_template("reauth.html", form=form, code_form=code_form, error=error)


@bp.post("/signout")
def signout() -> Any:
    if ActionForm().validate_on_submit():
        security.sign_out()
    return redirect(url_for("auth.signin"))
