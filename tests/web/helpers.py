"""Driving the pages through Flask's test client: forms carry their CSRF token like a browser."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlencode, urlsplit

from tests.web.conftest import CLIENT_ID, REDIRECT_URI

_CSRF_RE = re.compile(
    r'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"'
)


def csrf(html: str) -> str:
    match = _CSRF_RE.search(html)
    assert match, "no CSRF token in the page"
    return match[1] or match[2]


def post_form(client, path: str, data: dict, **kwargs):
    page = client.get(path, **kwargs)
    return client.post(path, data={**data, "csrf_token": csrf(page.text)}, **kwargs)


def authorize_query(challenge: str | None, **changes: str) -> str:
    query = {
        "client_id": CLIENT_ID,
        "response_type": "code",
        "state": "st4te",
        "scope": "wallet",
        "redirect_uri": REDIRECT_URI,
        **({"code_challenge": challenge, "code_challenge_method": "S256"} if challenge else {}),
        **changes,
    }
    return "/oauth/authorize?" + urlencode({k: v for k, v in query.items() if v is not None})


def redirect_params(response) -> dict[str, list[str]]:
    return parse_qs(urlsplit(response.headers["Location"]).query)


def sign_up(
    client, email: str = "shopper@example.com", password: str = "a long sentence I remember"
):
    return post_form(
        client, "/signup", {"email": email, "password": password, "password_again": password}
    )


def set_up_wallet(client, pin: str = "4826") -> None:
    post_form(client, "/wallet/card", {"card": "tok_visa"})
    post_form(
        client,
        "/wallet/address",
        {"country": "FR", "recipient": "Camille Martin", "line1": "12 rue des Lilas",
         "postal_code": "75011", "city": "Paris"},
    )  # fmt: skip
    response = post_form(client, "/wallet/pin", {"pin": pin, "pin_again": pin})
    assert response.status_code == 302, response.text
