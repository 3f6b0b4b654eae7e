"""The OAuth 2.0 server through the real app: RFC 6749 errors, PKCE S256, single-use codes,
rotating refresh tokens, client authentication as configured."""

from __future__ import annotations

import base64

import pytest

from tests.web.conftest import CLIENT_ID, CLIENT_SECRET, REDIRECT_URI, make_settings, pkce_pair
from tests.web.helpers import (
    authorize_query,
    csrf,
    redirect_params,
    set_up_wallet,
    sign_up,
)
from web.app import create_app


def basic(client_id: str = CLIENT_ID, secret: str = CLIENT_SECRET) -> dict[str, str]:
    raw = base64.b64encode(f"{client_id}:{secret}".encode()).decode()
    return {"Authorization": f"Basic {raw}"}


def linked_code(client, verifier_challenge) -> str:
    _, challenge = verifier_challenge
    sign_up(client)
    set_up_wallet(client)
    path = authorize_query(challenge)
    consent = client.get(path)
    assert consent.status_code == 200 and "Autoriser" in consent.text
    response = client.post(path, data={"allow": "1", "csrf_token": csrf(consent.text)})
    assert response.status_code == 302
    params = redirect_params(response)
    assert response.headers["Location"].startswith(REDIRECT_URI)
    assert params["state"] == ["st4te"]
    return params["code"][0]


@pytest.fixture
def pkce():
    return pkce_pair()


def exchange(client, code: str, verifier: str, headers=None, **extra: str):
    form = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT_URI}
    if verifier:
        form["code_verifier"] = verifier
    return client.post("/oauth/token", data={**form, **extra}, headers=headers or basic())


def test_unknown_client_or_redirect_uri_gets_a_page_not_a_redirect(client, pkce):
    for query in (
        authorize_query(pkce[1], client_id="someone-else"),
        authorize_query(pkce[1], redirect_uri="https://evil.example/cb"),
    ):
        response = client.get(query)
        assert response.status_code in (400, 401)
        assert "Location" not in response.headers
        assert "<code>invalid_" in response.text  # the error page, in the default language


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"code_challenge": None, "code_challenge_method": None}, "invalid_request"),
        ({"code_challenge_method": "plain"}, "invalid_request"),
        ({"response_type": "token"}, "unsupported_response_type"),
        ({"scope": "everything"}, "invalid_scope"),
    ],
)
def test_bad_requests_go_back_to_alexa_with_the_error_and_state(client, pkce, changes, error):
    response = client.get(authorize_query(pkce[1], **changes))
    assert response.status_code == 302
    assert response.headers["Location"].startswith(REDIRECT_URI)
    params = redirect_params(response)
    assert params["error"] == [error] and params["state"] == ["st4te"]


def test_a_refusal_is_access_denied(client, pkce):
    sign_up(client)
    set_up_wallet(client)
    path = authorize_query(pkce[1])
    page = client.get(path)
    response = client.post(path, data={"deny": "1", "csrf_token": csrf(page.text)})
    assert redirect_params(response)["error"] == ["access_denied"]


def test_code_exchange_refresh_and_rotation(client, pkce):
    verifier, _ = pkce
    code = linked_code(client, pkce)
    tokens = exchange(client, code, verifier)
    assert tokens.status_code == 200, tokens.text
    body = tokens.get_json()
    assert set(body) == {"access_token", "refresh_token", "token_type", "expires_in", "scope"}
    assert tokens.headers["Cache-Control"] == "no-store"
    assert exchange(client, code, verifier).get_json()["error"] == "invalid_grant"
    refreshed = client.post(
        "/oauth/token",
        data={"grant_type": "refresh_token", "refresh_token": body["refresh_token"]},
        headers=basic(),
    ).get_json()
    assert refreshed["refresh_token"] != body["refresh_token"]
    again = client.post(
        "/oauth/token",
        data={"grant_type": "refresh_token", "refresh_token": body["refresh_token"]},
        headers=basic(),
    )
    assert again.status_code == 400 and again.get_json()["error"] == "invalid_grant"


def test_wrong_verifier_or_secret_or_an_old_code(client, pkce, clock):
    code = linked_code(client, pkce)
    assert exchange(client, code, pkce_pair()[0]).get_json()["error"] == "invalid_grant"
    assert exchange(client, code, "").get_json()["error"] == "invalid_request"
    wrong = exchange(client, code, pkce[0], headers=basic(secret="x" * 32))
    assert wrong.status_code == 401 and wrong.get_json()["error"] == "invalid_client"
    clock.advance(301)
    assert exchange(client, code, pkce[0]).get_json()["error"] == "invalid_grant"


def test_client_secret_in_the_body_only_when_configured(tmp_path, store, clock, mailer, pkce):
    settings = make_settings(tmp_path, ECHOPPE_OAUTH_CLIENT_AUTH="post")
    app = create_app(settings, store=store, clock=clock, mailer=mailer)
    client = app.test_client()
    code = linked_code(client, pkce)
    refused = exchange(client, code, pkce[0])  # HTTP Basic, but the client is configured for post
    assert refused.get_json()["error"] == "invalid_client"
    accepted = exchange(
        client, code, pkce[0], headers={}, client_id=CLIENT_ID, client_secret=CLIENT_SECRET
    )
    assert accepted.status_code == 200, accepted.text


def test_unsupported_grant_type(client):
    response = client.post("/oauth/token", data={"grant_type": "password"}, headers=basic())
    assert response.get_json()["error"] == "unsupported_grant_type"
