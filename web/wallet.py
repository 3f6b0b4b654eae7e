"""The wallet pages: the overview, the first set-up (card → address → PIN), cards, addresses and
the voice PIN.

Before the wallet exists, the card token and the address wait in the account's ``draft`` (never
the PIN: the PIN page creates the wallet with all three). Afterwards every change goes through
``payments.wallet_admin.WalletAdmin``. Changing the PIN, which also unlocks a locked wallet, needs
a recent authentication (``security.recent_auth_required``).
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, g, redirect, render_template, request, session, url_for

from accounts.links import account_owner
from accounts.service import Account
from payments.address import Address
from payments.errors import GatewayError, InvalidAddress, InvalidCard, InvalidPin, WeakPin
from payments.wallet_admin import PinsDiffer, WalletRefused
from payments.wallet_records import WalletView
from web import i18n, security
from web.cards import SandboxCards, StripeCards
from web.context import current
from web.forms import ActionForm, AddressForm, PinForm, SandboxCardForm
from web.rewards import rewards_of

bp = Blueprint("wallet", __name__, template_folder="templates")


def _owner() -> str:
    return account_owner(g.account.account_id)


def _wallet() -> WalletView | None:
    return current().admin.show(_owner())


def _after_setup_step() -> Any:
    return redirect(url_for("wallet.setup"))


def _done(default: str = "wallet.home") -> Any:
    return redirect(security.safe_next(session.pop("next", None), url_for(default)))


@bp.get("/account")
@security.login_required
def home() -> Any:
    wallet = _wallet()
    orders = current().services.checkout.latest_orders(_owner(), 3) if wallet else []
    linked = current().accounts.oauth.linked(g.account.account_id)
    rewards = rewards_of(_owner(), g.now)
    return render_template(
        "home.html", wallet=wallet, orders=orders, linked=linked, rewards=rewards
    )


@bp.get("/wallet/setup")
@security.login_required
def setup() -> Any:
    """The next step of the first set-up, or the overview once the wallet exists."""
    if _wallet() is not None:
        return _done()
    draft = g.account.draft
    if "card_token" not in draft:
        return redirect(url_for("wallet.add_card"))
    if "address" not in draft:
        return redirect(url_for("wallet.add_address"))
    return redirect(url_for("wallet.pin"))


def _card_error(exc: Exception) -> str:
    if isinstance(exc, InvalidCard):
        return i18n.t("card.error.expired")
    return i18n.t("card.error.gateway")


def _keep_card(token: str) -> Any:
    """Put the card in the wallet, or in the draft while the wallet does not exist yet."""
    context = current()
    if _wallet() is not None:
        context.admin.add_card(_owner(), token)
        flash("card.added")
        return redirect(url_for("wallet.cards"))
    context.services.wallets.describe_card(token)  # the same guard as adding it
    context.accounts.update(g.account.account_id, draft={**g.account.draft, "card_token": token})
    return _after_setup_step()


@bp.route("/wallet/card", methods=["GET", "POST"])
@security.login_required
def add_card() -> Any:
    cards = current().cards
    setting_up = _wallet() is None
    if isinstance(cards, StripeCards):
        try:
            started = cards.start(g.account.account_id, g.account.email, g.account.customer_id)
        except GatewayError as exc:
            return render_template(
                "card_stripe.html", error=_card_error(exc), setting_up=setting_up
            )
        if started.customer_id != g.account.customer_id:
            current().accounts.update(g.account.account_id, customer_id=started.customer_id)
        return render_template(
            "card_stripe.html",
            client_secret=started.client_secret,
            publishable_key=cards.publishable_key,
            return_url=url_for("wallet.stripe_return", _external=True),
            setting_up=setting_up,
        )
    assert isinstance(cards, SandboxCards)
    form = SandboxCardForm()
    choices = cards.choices()
    form.card.choices = [(c.token, c.token) for c in choices]
    error = None
    if form.validate_on_submit():
        try:
            return _keep_card(form.card.data)
        except (GatewayError, InvalidCard, WalletRefused) as exc:
            error = _refusal(exc) if isinstance(exc, WalletRefused) else _card_error(exc)
    return render_template(
        "card_sandbox.html", form=form, choices=choices, error=error, setting_up=setting_up
    )


@bp.get("/wallet/card/return")
@security.login_required
def stripe_return() -> Any:
    """Where Stripe sends the browser back after confirming the SetupIntent."""
    cards = current().cards
    if not isinstance(cards, StripeCards):
        abort(404)
    try:
        token = cards.finish(request.args.get("setup_intent", ""), g.account.customer_id)
        return _keep_card(token)
    except (GatewayError, InvalidCard, WalletRefused) as exc:
        error = _refusal(exc) if isinstance(exc, WalletRefused) else _card_error(exc)
        return render_template("card_stripe.html", error=error, setting_up=_wallet() is None)


def _address_from(form: AddressForm) -> Address:
    return Address(
        recipient=form.recipient.data or "",
        line1=form.line1.data or "",
        line2=form.line2.data or "",
        postal_code=form.postal_code.data or "",
        city=form.city.data or "",
        country=form.country.data or "",
        region=(form.region.data or "") if form.country.data == "US" else "",
    )


@bp.route("/wallet/address", methods=["GET", "POST"])
@security.login_required
def add_address() -> Any:
    account: Account = g.account
    form = AddressForm()
    if request.method == "GET" and "country" not in request.args:
        form.country.data = "US" if i18n.locale() == "en-US" else "FR"
    elif request.method == "GET":
        form.country.data = (
            request.args["country"] if request.args["country"] in ("FR", "US") else "FR"
        )
    wallet = _wallet()
    if form.validate_on_submit():
        try:
            address = _address_from(form)
        except InvalidAddress as exc:
            field = getattr(exc, "field", "line1")
            form[field].errors = [f"address.error.{field}"]
        else:
            if wallet is None:
                current().accounts.update(
                    account.account_id, draft={**account.draft, "address": address.to_json()}
                )
                return _after_setup_step()
            try:
                current().admin.add_address(_owner(), address, make_default=form.make_default.data)
            except WalletRefused as exc:
                flash(f"wallet.error.{exc.code}", "error")
            else:
                flash("address.added")
            return redirect(url_for("wallet.addresses"))
    return render_template("address_form.html", form=form, setting_up=wallet is None)


@bp.route("/wallet/pin", methods=["GET", "POST"])
@security.login_required
def pin() -> Any:
    wallet = _wallet()
    if wallet is not None and not security.recently_authenticated(g.now):
        session["next"] = url_for("wallet.pin")
        return redirect(url_for("auth.reauth"))
    draft = g.account.draft
    if wallet is None and not {"card_token", "address"} <= draft.keys():
        return _after_setup_step()
    form = PinForm()
    error = None
    if form.validate_on_submit():
        admin = current().admin
        try:
            if wallet is None:
                address = Address.from_json(draft["address"])
                admin.create(
                    _owner(), draft["card_token"], address, form.pin.data, form.pin_again.data
                )
                current().accounts.update(g.account.account_id, draft={})
                flash("pin.created")
            else:
                admin.set_pin(_owner(), form.pin.data, form.pin_again.data)
                flash("pin.changed")
        except PinsDiffer:
            form.pin_again.errors = ["pin.error.differ"]
        except WeakPin:
            form.pin.errors = ["pin.error.weak"]
        except InvalidPin:
            form.pin.errors = ["pin.error.format"]
        except (GatewayError, InvalidCard) as exc:
            error = _card_error(exc)
        else:
            return _done()
    return render_template("pin.html", form=form, wallet=wallet, error=error)


def _refusal(exc: WalletRefused) -> str:
    return i18n.t(f"wallet.error.{exc.code}")


@bp.get("/wallet/cards")
@security.login_required
def cards() -> Any:
    wallet = _wallet()
    if wallet is None:
        return redirect(url_for("wallet.setup"))
    return render_template("cards.html", wallet=wallet, form=ActionForm())


@bp.post("/wallet/cards/<method_id>/<action>")
@security.login_required
def card_action(method_id: str, action: str) -> Any:
    if action not in ("default", "remove") or not ActionForm().validate_on_submit():
        abort(400)
    admin = current().admin
    try:
        if action == "default":
            admin.set_default_card(_owner(), method_id)
            flash("card.default_set")
        else:
            admin.remove_card(_owner(), method_id)
            flash("card.removed")
    except WalletRefused as exc:
        flash(f"wallet.error.{exc.code}", "error")
    return redirect(url_for("wallet.cards"))


@bp.get("/wallet/addresses")
@security.login_required
def addresses() -> Any:
    wallet = _wallet()
    if wallet is None:
        return redirect(url_for("wallet.setup"))
    return render_template("addresses.html", wallet=wallet, form=ActionForm())


@bp.post("/wallet/addresses/<address_id>/<action>")
@security.login_required
def address_action(address_id: str, action: str) -> Any:
    if action not in ("default", "remove") or not ActionForm().validate_on_submit():
        abort(400)
    admin = current().admin
    try:
        if action == "default":
            admin.set_default_address(_owner(), address_id)
            flash("address.default_set")
        else:
            admin.remove_address(_owner(), address_id)
            flash("address.removed")
    except WalletRefused as exc:
        flash(f"wallet.error.{exc.code}", "error")
    return redirect(url_for("wallet.addresses"))
