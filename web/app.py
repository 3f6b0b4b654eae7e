"""The application factory: ``create_app`` (a Flask app of its own) and ``init_web`` (the pages on
an existing app, beside ``POST /alexa``). Both build the same ``WebContext`` over the skill's
composition of services (``skill.services.build_services``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any

from flask import Blueprint, Flask, g, render_template, request, url_for
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from accounts.errors import RateLimited
from accounts.links import AccessTokens, derive_key
from accounts.mail import Mailer, OutboxMailer, SmtpMailer
from accounts.oauth import OAuthClient
from accounts.service import Accounts
from skill.services import Services
from skill.settings import Settings
from store.base import Store
from web import i18n, security
from web.cards import CardSetup, SandboxCards, StripeCards
from web.context import EXTENSION, WebContext, current

BLUEPRINT_STATIC = "/assets"


def create_app(
    settings: Settings,
    *,
    store: Store | None = None,
    clock: Callable[[], float] = time.time,
    mailer: Mailer | None = None,
    cards: CardSetup | None = None,
    dev: bool = False,
    secure_cookies: bool = True,
    blueprints: Iterable[Blueprint] = (),
) -> Flask:
    """A stand-alone app serving the pages (the web Lambda, ``web.wsgi``)."""
    from skill.app import build_store, cached_content
    from skill.services import build_services

    store = store if store is not None else build_store(settings)
    services = build_services(settings, cached_content(str(settings.content_dir)), store, clock)
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = 64 * 1024
    init_web(
        app,
        settings,
        services=services,
        clock=clock,
        mailer=mailer,
        cards=cards,
        dev=dev,
        secure_cookies=secure_cookies,
        blueprints=blueprints,
    )
    return app


def init_web(
    app: Flask,
    settings: Settings,
    *,
    services: Services,
    clock: Callable[[], float] = time.time,
    mailer: Mailer | None = None,
    cards: CardSetup | None = None,
    dev: bool = False,
    secure_cookies: bool = True,
    blueprints: Iterable[Blueprint] = (),
    console: bool = True,
) -> WebContext:
    """Add the shopper pages and the OAuth server to ``app`` (and ``blueprints``, e.g. a console).

    ``dev`` adds ``/dev/outbox``; ``console`` the merchant console (``/console``, ``web.console``).
    ``secure_cookies=False`` is for tests over plain HTTP on a
    host a browser does not treat as secure; ``localhost`` needs no such exception.
    """
    from skill.secret_settings import oauth_client_secret, stripe_key, web_secret
    from web import account, auth, dev_pages, oauth, wallet

    secret = web_secret(settings)
    clients = {}
    if settings.account_linking:
        client = OAuthClient(
            client_id=settings.oauth_client_id,
            client_secret=oauth_client_secret(settings),
            redirect_uris=settings.oauth_redirect_uris,
            auth_method=settings.oauth_client_auth,
            scopes=settings.oauth_scopes,
        )
        clients[client.client_id] = client
    if cards is None:
        cards = (
            StripeCards(stripe_key(settings), settings.stripe_publishable_key)
            if settings.gateway == "stripe"
            else SandboxCards()
        )
    if mailer is None:
        mailer = (
            SmtpMailer(
                settings.smtp_host,
                settings.smtp_port,
                settings.mail_from,
                settings.smtp_user,
                settings.smtp_password,
            )
            if settings.mail == "smtp"
            else OutboxMailer(settings.outbox_dir, settings.mail_from)
        )
    context = WebContext(
        settings=settings,
        services=services,
        accounts=Accounts(
            services.store, code_key=derive_key(secret, "otp"), mailer=mailer, clock=clock
        ),
        tokens=AccessTokens(derive_key(secret, "access-token"), clock=clock),
        clients=clients,
        cards=cards,
        mailer=mailer,
        clock=clock,
        dev=dev,
    )
    app.extensions[EXTENSION] = context
    security.configure(
        app,
        derive_key(secret, "flask-session"),
        redirect_origins=[security.origin(u) for c in clients.values() for u in c.redirect_uris],
        stripe=cards.kind == "stripe",
        secure_cookies=secure_cookies,
    )
    app.register_blueprint(
        Blueprint("web", __name__, static_folder="static", static_url_path=BLUEPRINT_STATIC)
    )
    pages = [auth.bp, wallet.bp, account.bp, oauth.bp, *([dev_pages.bp] if dev else [])]
    if console:
        from web.console import blueprint as console_blueprint
        from web.console.context import EXTENSION as CONSOLE
        from web.console.context import ConsoleContext

        app.extensions[CONSOLE] = ConsoleContext(context)
        pages.append(console_blueprint())
    for blueprint in [*pages, *blueprints]:
        app.register_blueprint(blueprint)
    oauth.build_server(app, context)
    _hooks(app)
    return context


def _hooks(app: Flask) -> None:
    @app.before_request
    def load() -> None:
        if request.blueprint is None:  # POST /alexa, /health: not a page
            return
        context = current()
        g.now = context.clock()
        g.locale = i18n.select_locale()
        account_id = security.signed_in_id()
        g.account = context.accounts.get(account_id) if account_id else None
        if account_id and g.account is None:  # the account was deleted meanwhile
            security.sign_out()

    @app.context_processor
    def helpers() -> dict[str, Any]:
        if request.blueprint is None:
            return {}
        return {
            "t": i18n.t,
            "has": i18n.has,
            "money": i18n.money,
            "when": i18n.when,
            "locale": i18n.locale(),
            "locales": i18n.LOCALES,
            "lang_url": _lang_url,
            "account": g.get("account"),
        }

    @app.errorhandler(RateLimited)
    def rate_limited(error: RateLimited) -> tuple[str, int, dict[str, str]]:
        minutes = max(1, (error.retry_after + 59) // 60)
        page = render_template(_error_page(), title=i18n.t("error.rate"), minutes=minutes)
        return page, 429, {"Retry-After": str(error.retry_after)}

    @app.errorhandler(CSRFError)
    def csrf_error(error: CSRFError) -> tuple[str, int]:
        return render_template(_error_page(), title=i18n.t("error.csrf")), 400

    @app.errorhandler(403)
    def forbidden(error: HTTPException) -> Any:
        if request.blueprint is None:
            return error
        return render_template(_error_page(), title=i18n.t("error.forbidden")), 403

    @app.errorhandler(404)
    def not_found(error: HTTPException) -> Any:
        if request.blueprint is None:  # not one of the pages: the plain answer
            return error
        return render_template(_error_page(), title=i18n.t("error.not_found")), 404


def _error_page() -> str:
    """The console's errors in the console's frame, the shopper pages' in theirs."""
    return "console/error.html" if request.blueprint == "console" else "error.html"


def _lang_url(code: str) -> str:
    args = {**(request.view_args or {}), **request.args.to_dict(), "lang": code}
    return url_for(request.endpoint or "auth.home", **args)
