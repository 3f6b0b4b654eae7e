"""What a payment page needs: cookies, CSRF, headers, and who is signed in.

- **Cookies**: the session is Flask's signed cookie, ``Secure``, ``HttpOnly``, ``SameSite=Lax``
  (the Alexa app opens the authorization URI as a top-level navigation, which Lax allows), named
  with the ``__Host-`` prefix (no ``Domain``, path ``/``, HTTPS only). It holds the account id, the
  time of the last authentication, the language, the CSRF token and an OAuth request in progress:
  never a password, a code, a PIN or a card.
- **CSRF**: Flask-WTF's ``CSRFProtect`` on every POST, except the views that are not forms:
  ``POST /oauth/token`` (the client authenticates itself) and the views that were there before
  the pages were added (``POST /alexa``, verified by signature).
- **Headers**: a Content-Security-Policy without inline script (``script-src 'self'``, plus
  Stripe's origin when the Stripe gateway is on), ``form-action`` limited to us and the Alexa
  redirect origins, ``frame-ancestors 'none'``; ``no-store`` caching; no referrer; HSTS.
- **Sessions**: ``sign_in`` starts a new session (no fixation); pages that change the PIN, unlock
  the wallet or delete the account need an authentication younger than ``RECENT_AUTH`` seconds,
  else they ask for the password (or a code) again.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import urlsplit

from flask import Flask, Response, g, redirect, request, session, url_for
from flask_wtf.csrf import CSRFProtect

RECENT_AUTH = 10 * 60
SESSION_LIFETIME = 12 * 3600
STRIPE_ORIGINS = {
    "script": "https://js.stripe.com",
    "frame": "https://js.stripe.com https://hooks.stripe.com",
    "connect": "https://api.stripe.com",
}

csrf = CSRFProtect()


def configure(
    app: Flask,
    secret_key: bytes,
    *,
    redirect_origins: list[str],
    stripe: bool,
    secure_cookies: bool = True,
) -> None:
    app.config.update(
        SECRET_KEY=secret_key,
        SESSION_COOKIE_NAME="__Host-echoppe" if secure_cookies else "echoppe",
        SESSION_COOKIE_SECURE=secure_cookies,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=SESSION_LIFETIME,
        WTF_CSRF_TIME_LIMIT=SESSION_LIFETIME,
        WTF_CSRF_SSL_STRICT=secure_cookies,
    )
    # Views already registered (POST /alexa) are not forms: they keep their own verification.
    for view in list(app.view_functions.values()):
        csrf.exempt(view)
    csrf.init_app(app)
    policy = _content_security_policy(redirect_origins, stripe)

    @app.after_request
    def headers(response: Response) -> Response:
        if response.mimetype == "text/html":
            response.headers["Content-Security-Policy"] = policy
            response.headers["Cache-Control"] = "no-store"
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        if secure_cookies:
            response.headers.setdefault(
                "Strict-Transport-Security", "max-age=31536000; includeSubDomains"
            )
        return response


def _content_security_policy(redirect_origins: list[str], stripe: bool) -> str:
    script = "'self'" + (f" {STRIPE_ORIGINS['script']}" if stripe else "")
    frame = STRIPE_ORIGINS["frame"] if stripe else "'none'"
    connect = "'self'" + (f" {STRIPE_ORIGINS['connect']}" if stripe else "")
    form_action = " ".join(["'self'", *sorted(set(redirect_origins))])
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src {script}",
            "style-src 'self'",
            "img-src 'self' data:",
            f"frame-src {frame}",
            f"connect-src {connect}",
            f"form-action {form_action}",
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "object-src 'none'",
        ]
    )


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


# --- who is signed in ------------------------------------------------------------------------------


def sign_in(account_id: str, now: float) -> None:
    """A new session for ``account_id`` (the old one, and its CSRF token, are dropped)."""
    keep = {k: session[k] for k in ("lang", "next") if k in session}
    session.clear()
    session.update(keep)
    session.permanent = True
    session["account_id"] = account_id
    session["auth_at"] = int(now)


def reauthenticated(now: float) -> None:
    session["auth_at"] = int(now)


def sign_out() -> None:
    keep = {k: session[k] for k in ("lang",) if k in session}
    session.clear()
    session.update(keep)


def signed_in_id() -> str | None:
    value = session.get("account_id")
    return value if isinstance(value, str) else None


def recently_authenticated(now: float) -> bool:
    return now - int(session.get("auth_at", 0)) <= RECENT_AUTH


def client_address() -> str:
    """Who is trying, for sign-in rate limits: the client's address. On Lambda apig-wsgi sets it
    from API Gateway's ``sourceIp``; behind a reverse proxy, wrap the app in Werkzeug's
    ``ProxyFix`` (a client-sent ``X-Forwarded-For`` is never trusted here: it would let one evade
    the limit)."""
    return request.remote_addr or "unknown"


def minutes_until(until: float, now: float) -> int:
    """Whole minutes, rounded up and at least one, until a sign-in lock ends."""
    return max(1, int(until - now + 59) // 60)


def safe_next(target: str | None, default: str) -> str:
    """A local path to go on to (never another site: no scheme, no host, no ``//``)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    return target


def login_required(view: Callable[..., Any]) -> Callable[..., Any]:
    """Sign-in first; the page asked for is where the shopper lands after."""

    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if g.get("account") is None:
            session["next"] = request.full_path.rstrip("?")
            return redirect(url_for("auth.signin"))
        return view(*args, **kwargs)

    return wrapped


def recent_auth_required(view: Callable[..., Any]) -> Callable[..., Any]:
    """A signed-in shopper who authenticated in the last ``RECENT_AUTH`` seconds."""

    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if g.get("account") is None:
            session["next"] = request.full_path.rstrip("?")
            return redirect(url_for("auth.signin"))
        if not recently_authenticated(g.now):
            session["next"] = request.full_path.rstrip("?")
            return redirect(url_for("auth.reauth"))
        return view(*args, **kwargs)

    return wrapped
