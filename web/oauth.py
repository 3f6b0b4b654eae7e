"""The OAuth 2.0 authorization server for Alexa account linking, on Authlib.

``GET /oauth/authorize`` (what the Alexa app opens): Authlib validates ``client_id``,
``response_type=code``, the ``redirect_uri`` (one of the client's, from settings), the scope and
the PKCE challenge (S256 only; required unless ``ECHOPPE_OAUTH_PKCE=optional``). An invalid client
or redirect URI gets an error page (never a redirect to an unchecked URI); other errors go back to
the redirect URI with ``error`` and ``state`` (RFC 6749 4.1.2.1). A shopper not signed in signs in
or up first; one without a wallet sets it up; then a consent page posts back here, and we redirect
to the ``redirect_uri`` with ``code`` and ``state``.

``POST /oauth/token``: the client authenticates as its settings say (HTTP Basic or in the body);
``grant_type=authorization_code`` (with ``code_verifier``) or ``refresh_token``. The answer is an
access token (signed, self-contained, one hour: ``accounts.links``), ``token_type=Bearer``, and a
new refresh token; the code or old refresh token is consumed in the same store write
(``accounts.oauth``). Errors are Authlib's RFC 6749 JSON (``invalid_grant``, ``invalid_client``...).

Authlib logs token responses at DEBUG: its logger is kept at INFO unless set on purpose.
"""

from __future__ import annotations

import logging
from typing import Any, ClassVar

from authlib.integrations.flask_oauth2 import AuthorizationServer
from authlib.oauth2 import OAuth2Error
from authlib.oauth2.rfc6749 import ClientMixin, grants
from authlib.oauth2.rfc6749.errors import InvalidGrantError, InvalidRequestError
from authlib.oauth2.rfc6749.util import list_to_scope, scope_to_list
from authlib.oauth2.rfc7636 import CodeChallenge
from flask import (
    Blueprint,
    Flask,
    Response,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)

from accounts.links import ACCESS_TOKEN_TTL, account_owner
from accounts.oauth import CodeGrant, OAuthClient, RefreshGrant, new_code, new_refresh_token
from accounts.service import Account
from web.context import WebContext, current
from web.forms import ConsentForm
from web.security import csrf

log = logging.getLogger(__name__)

bp = Blueprint("oauth", __name__, template_folder="templates")


def keep_authlib_quiet() -> None:
    logger = logging.getLogger("authlib")
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.INFO)


# --- Authlib's models over ours ------------------------------------------------------------------


class Client(ClientMixin):
    def __init__(self, client: OAuthClient) -> None:
        self.client = client

    def get_client_id(self) -> str:
        return self.client.client_id

    def get_default_redirect_uri(self) -> str:
        return self.client.redirect_uris[0]

    def get_allowed_scope(self, scope: str | None) -> str | None:
        """The scope granted: the client's when none is asked; None (``invalid_scope``) when
        a scope asked for is not the client's."""
        if not scope:
            return list_to_scope(list(self.client.scopes))
        asked = scope_to_list(scope)
        return list_to_scope(asked) if set(asked) <= set(self.client.scopes) else None

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return redirect_uri in self.client.redirect_uris

    def check_client_secret(self, client_secret: str) -> bool:
        return self.client.check_secret(client_secret)

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method == self.client.auth_method if endpoint == "token" else True

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code"

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in ("authorization_code", "refresh_token")


class Code:
    """Authlib's view of a stored authorization code."""

    def __init__(self, grant: CodeGrant) -> None:
        self.grant = grant
        self.code_challenge = grant.code_challenge
        self.code_challenge_method = grant.code_challenge_method

    def get_redirect_uri(self) -> str:
        return self.grant.redirect_uri

    def get_scope(self) -> str:
        return self.grant.scope


class Refresh:
    """Authlib's view of a stored refresh token."""

    def __init__(self, grant: RefreshGrant) -> None:
        self.grant = grant

    def check_client(self, client: Client) -> bool:
        return client.get_client_id() == self.grant.client_id

    def get_scope(self) -> str:
        return self.grant.scope


# --- grants --------------------------------------------------------------------------------------


class S256Challenge(CodeChallenge):
    """PKCE with S256 only ("plain" is refused); see the module docstring for ``required``."""

    DEFAULT_CODE_CHALLENGE_METHOD = "S256"
    SUPPORTED_CODE_CHALLENGE_METHOD: ClassVar[list[str]] = ["S256"]

    def validate_code_challenge(self, grant: Any, redirect_uri: str) -> None:
        if self.required and not grant.request.payload.data.get("code_challenge"):
            raise InvalidRequestError("Missing 'code_challenge' (PKCE S256 is required)")
        super().validate_code_challenge(grant, redirect_uri)


class AuthorizationCodeGrant(grants.AuthorizationCodeGrant):
    TOKEN_ENDPOINT_AUTH_METHODS: ClassVar[list[str]] = ["client_secret_basic", "client_secret_post"]

    def save_authorization_code(self, code: str, request: Any) -> None:
        payload = request.payload.data
        current().accounts.oauth.save_code(
            code,
            client_id=request.client.get_client_id(),
            account_id=request.user.account_id,
            redirect_uri=request.payload.redirect_uri or "",
            scope=request.scope or "",
            code_challenge=payload.get("code_challenge") or "",
            code_challenge_method=payload.get("code_challenge_method") or "",
        )

    def generate_authorization_code(self) -> str:
        return new_code()

    def query_authorization_code(self, code: str, client: Client) -> Code | None:
        grant = current().accounts.oauth.find_code(code, client.get_client_id())
        return Code(grant) if grant else None

    def delete_authorization_code(self, authorization_code: Code) -> None:
        """Consumed by ``save_token`` in the same write as the new refresh token."""

    def authenticate_user(self, authorization_code: Code) -> Account | None:
        return current().accounts.get(authorization_code.grant.account_id)


class RefreshTokenGrant(grants.RefreshTokenGrant):
    TOKEN_ENDPOINT_AUTH_METHODS: ClassVar[list[str]] = ["client_secret_basic", "client_secret_post"]
    INCLUDE_NEW_REFRESH_TOKEN = True

    def authenticate_refresh_token(self, refresh_token: str) -> Refresh | None:
        grant = current().accounts.oauth.find_refresh(refresh_token)
        return Refresh(grant) if grant else None

    def authenticate_user(self, refresh_token: Refresh) -> Account | None:
        return current().accounts.get(refresh_token.grant.account_id)

    def revoke_old_credential(self, refresh_token: Refresh) -> None:
        """Consumed by ``save_token`` in the same write as the new refresh token."""


def _generate_token(
    grant_type: str,
    client: Client,
    user: Account | None = None,
    scope: str | None = None,
    expires_in: int | None = None,
    include_refresh_token: bool = True,
) -> dict[str, Any]:
    assert user is not None
    ttl = expires_in or ACCESS_TOKEN_TTL
    token = {
        "token_type": "Bearer",
        "access_token": current().tokens.issue(
            user.account_id, user.link_version, client.get_client_id(), scope or "", ttl
        ),
        "expires_in": ttl,
        "scope": scope or "",
    }
    if include_refresh_token:
        token["refresh_token"] = new_refresh_token(user.account_id)
    return token


def _save_token(token: dict[str, Any], request: Any) -> None:
    """Store the refresh token, consuming the code or the refresh token it replaces."""
    user: Account = request.user
    replacing = (
        request.authorization_code.grant
        if request.payload.grant_type == "authorization_code"
        else request.refresh_token.grant
    )
    stored = current().accounts.oauth.store_refresh(
        token["refresh_token"],
        client_id=request.client.get_client_id(),
        scope=token.get("scope", ""),
        replacing=replacing,
        account_version=user.version,
    )
    if not stored:
        log.warning("oauth: %s used twice or the account changed", request.payload.grant_type)
        raise InvalidGrantError("This grant was already used.")


def build_server(app: Flask, context: WebContext) -> AuthorizationServer:
    keep_authlib_quiet()

    def query_client(client_id: str) -> Client | None:
        client = context.clients.get(client_id) if isinstance(client_id, str) else None
        return Client(client) if client else None

    server = AuthorizationServer(app, query_client=query_client, save_token=_save_token)
    server.register_token_generator("default", _generate_token)
    required = context.settings.oauth_pkce_required
    server.register_grant(AuthorizationCodeGrant, [S256Challenge(required=required)])
    server.register_grant(RefreshTokenGrant)
    app.extensions["echoppe.oauth"] = server
    return server


def _server() -> AuthorizationServer:
    from flask import current_app

    return current_app.extensions["echoppe.oauth"]


# --- views ---------------------------------------------------------------------------------------


@bp.route("/oauth/authorize", methods=["GET", "POST"])
def authorize() -> Any:
    server = _server()
    account: Account | None = g.account
    try:
        grant = server.get_consent_grant(end_user=account)
    except OAuth2Error as error:
        if error.redirect_uri:
            return server.handle_error_response(request, error)
        return render_template(
            "oauth_error.html", error=error.error, description=error.description
        ), error.status_code
    here = request.full_path
    if account is None:
        session["next"] = here
        return redirect(url_for("auth.signup"))
    if current().admin.show(account_owner(account.account_id)) is None:
        session["next"] = here
        return redirect(url_for("wallet.setup"))
    form = ConsentForm()
    if request.method == "POST" and form.validate_on_submit():
        session.pop("next", None)
        user = account if form.allow.data else None
        log.info("oauth: consent %s", "given" if user else "refused")
        return server.create_authorization_response(grant_user=user, grant=grant)
    client = grant.client
    return render_template(
        "consent.html",
        form=form,
        action=here,
        seller=current().content.settings.seller_of_record,
        scopes=scope_to_list(grant.request.scope or ""),
        client_id=client.get_client_id(),
    )


@bp.post("/oauth/token")
@csrf.exempt
def token() -> Response:
    return _server().create_token_response()
