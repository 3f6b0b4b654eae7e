"""Who is signed in to the console, and what their role lets them do.

The merchant's id lives in the session under a key of its own (``merchant_id``): a shopper's
session never opens the console, and signing in here starts a new session (no fixation). A
sign-in is good for ``SESSION_LIFETIME`` (``web.security``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import abort, g, redirect, request, session, url_for

from merchants.roles import Permission, allowed
from merchants.users import MerchantUser

KEY = "merchant_id"


def sign_in(user: MerchantUser, now: float) -> None:
    keep = {k: session[k] for k in ("lang", "console_next") if k in session}
    session.clear()
    session.update(keep)
    session.permanent = True
    session[KEY] = user.user_id
    session["merchant_auth_at"] = int(now)


def sign_out() -> None:
    keep = {k: session[k] for k in ("lang",) if k in session}
    session.clear()
    session.update(keep)


def merchant_id() -> str | None:
    value = session.get(KEY)
    return value if isinstance(value, str) else None


def can(permission: Permission) -> bool:
    user: MerchantUser | None = g.get("merchant")
    return user is not None and allowed(user.role, permission)


def requires(permission: Permission) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Signed in, with a role that has ``permission`` (else 403)."""

    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if g.get("merchant") is None:
                if request.method == "GET":
                    session["console_next"] = request.full_path.rstrip("?")
                return redirect(url_for("console.signin"))
            if not can(permission):
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorate
