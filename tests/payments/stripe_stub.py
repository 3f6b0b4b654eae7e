"""A local stand-in for api.stripe.com: an http.server on 127.0.0.1 that speaks enough Stripe.

It checks what a real Stripe would reject (method, path, the ``Authorization`` and
``Idempotency-Key`` headers, the form parameters) and answers realistic JSON. Like Stripe, it
stores the first response per idempotency key and replays it (header ``Idempotent-Replayed``);
a key reused with other parameters gets a 400 ``idempotency_error``.

The payment method id decides the outcome, like Stripe's test ``pm_card_*`` methods.
"""

from __future__ import annotations

import itertools
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

API_KEY = "sk_test_echoppe_stub"

CARDS = {
    "pm_card_visa": ("visa", "4242", None),
    "pm_card_mastercard": ("mastercard", "4444", None),
    "pm_card_chargeDeclined": ("visa", "0002", ("card_declined", "generic_decline")),
    "pm_card_chargeDeclinedInsufficientFunds": (
        "visa",
        "9995",
        ("card_declined", "insufficient_funds"),
    ),
    "pm_card_chargeDeclinedExpiredCard": ("visa", "0069", ("expired_card", None)),
    "pm_card_authenticationRequired": ("visa", "3184", ("authentication_required", None)),
    "pm_card_chargeDeclinedProcessingError": ("visa", "0119", ("processing_error", None)),
}
CHARGE_PARAMS = {"amount", "currency", "payment_method", "off_session", "confirm", "description"}


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    form: dict[str, str]
    status: int = 0


@dataclass
class StripeStub:
    requests: list[Seen] = field(default_factory=list)
    intents_created: int = 0
    refunds_created: int = 0
    rate_limited: bool = False
    """Answer every request with a 429, as Stripe does under load."""
    _replies: dict[str, tuple[dict, int, dict]] = field(default_factory=dict)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def handle(self, seen: Seen) -> tuple[int, dict, dict]:
        if seen.headers.get("authorization") != f"Bearer {API_KEY}":
            return 401, _error("invalid_request_error", None, "Invalid API Key provided"), {}
        if self.rate_limited:
            return 429, _error("invalid_request_error", "rate_limit", "Too many requests"), {}
        if seen.method == "GET" and seen.path.startswith("/v1/payment_methods/"):
            return self._payment_method(seen.path.rsplit("/", 1)[1])
        if seen.method != "POST" or seen.path not in ("/v1/payment_intents", "/v1/refunds"):
            return 404, _error("invalid_request_error", None, "Unrecognized request URL"), {}
        key = seen.headers.get("idempotency-key")
        if not key:
            return 400, _error("invalid_request_error", None, "stub: Idempotency-Key missing"), {}
        with self._lock:
            if key in self._replies:
                params, status, body = self._replies[key]
                if params != seen.form:
                    message = (
                        "Keys for idempotent requests can only be used with the same parameters"
                    )
                    return 400, _error("idempotency_error", None, message), {}
                return status, body, {"Idempotent-Replayed": "true"}
            if seen.path == "/v1/payment_intents":
                status, body = self._create_intent(seen.form)
            else:
                status, body = self._create_refund(seen.form)
            self._replies[key] = (seen.form, status, body)
            return status, body, {}

    def _payment_method(self, pm: str) -> tuple[int, dict, dict]:
        if pm not in CARDS:
            message = f"No such PaymentMethod: '{pm}'"
            return 404, _error("invalid_request_error", "resource_missing", message), {}
        brand, last4, _ = CARDS[pm]
        body = {
            "id": pm,
            "object": "payment_method",
            "type": "card",
            "customer": "cus_stub1" if pm == "pm_card_mastercard" else None,
            "card": {"brand": brand, "last4": last4, "exp_month": 12, "exp_year": 2030},
            "livemode": False,
        }
        return 200, body, {}

    def _create_intent(self, form: dict[str, str]) -> tuple[int, dict]:
        missing = CHARGE_PARAMS - form.keys()
        if missing or form["off_session"] != "true" or form["confirm"] != "true":
            return 400, _error("invalid_request_error", None, f"stub: bad params {sorted(missing)}")
        if not form["amount"].isdigit() or form["currency"] != form["currency"].lower():
            return 400, _error("invalid_request_error", None, "stub: bad amount or currency")
        pm = form["payment_method"]
        if pm not in CARDS:
            return 400, _error("invalid_request_error", "resource_missing", "No such PaymentMethod")
        self.intents_created += 1
        intent_id = f"pi_stub{next(self._ids):04d}"
        intent = {
            "id": intent_id,
            "object": "payment_intent",
            "amount": int(form["amount"]),
            "currency": form["currency"],
            "customer": form.get("customer"),
            "description": form["description"],
            "payment_method": pm,
            "livemode": False,
        }
        decline = CARDS[pm][2]
        if decline is None:
            return 200, {**intent, "status": "succeeded", "latest_charge": f"ch_{intent_id}"}
        code, decline_code = decline
        body = _error("card_error", code, "Your card was declined.")
        body["error"]["decline_code"] = decline_code
        body["error"]["payment_intent"] = {**intent, "status": "requires_payment_method"}
        return 402, body

    def _create_refund(self, form: dict[str, str]) -> tuple[int, dict]:
        if "payment_intent" not in form or not form.get("amount", "").isdigit():
            return 400, _error("invalid_request_error", None, "stub: bad refund params")
        self.refunds_created += 1
        refund = {
            "id": f"re_stub{next(self._ids):04d}",
            "object": "refund",
            "amount": int(form["amount"]),
            "payment_intent": form["payment_intent"],
            "status": "succeeded",
        }
        return 200, refund


def _error(kind: str, code: str | None, message: str) -> dict:
    return {"error": {"type": kind, "code": code, "message": message}}


class _Handler(BaseHTTPRequestHandler):
    stub: StripeStub

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode() if length else ""
        path, _, query = self.path.partition("?")
        raw = body if self.command == "POST" else query
        form = {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}
        seen = Seen(self.command, path, {k.lower(): v for k, v in self.headers.items()}, form)
        status, payload, headers = self.stub.handle(seen)
        seen.status = status
        self.stub.requests.append(seen)
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Request-Id", "req_stub")
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    do_GET = _serve
    do_POST = _serve

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


def serve(stub: StripeStub) -> tuple[ThreadingHTTPServer, str]:
    """Start the stub on a free port of 127.0.0.1; returns the server and its base URL."""
    handler = type("Handler", (_Handler,), {"stub": stub})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"
