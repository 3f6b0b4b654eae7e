"""Logging: one line per turn (request id, intent, latency), JSON on Lambda, text locally.

Redaction is by construction: the formatter writes only whitelisted fields, never a request or a
slot, and scrubs from messages anything shaped like a card number (13 to 19 digits), a PIN after
"pin"/"code", a bearer/access token (Login with Amazon's "Atza|…" included), a Stripe key or an
Alexa id, in case an exception message carried one.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time

from skill.settings import Settings

FIELDS = ("request_id", "intent", "latency_ms", "locale", "status")
_TOKEN_CHARS = r"[A-Za-z0-9._~+/=|%\-]"
_SCRUB = [
    # Login with Amazon tokens, as account linking puts them in context.System.user.accessToken:
    # "Atza|…" (access) and "Atzr|…" (refresh); the "|" ends a plain word match.
    (re.compile(rf"\bAtz[ar]\|{_TOKEN_CHARS}+"), "[token]"),
    # Stripe secret and restricted API keys.
    (re.compile(r"\b[rs]k_(?:live|test)_[A-Za-z0-9]{8,}"), "[secret]"),
    (
        re.compile(rf"(?i)(token|bearer|authorization)(\W{{0,4}}){_TOKEN_CHARS}{{12,}}"),
        r"\1\2[token]",
    ),
    # Alexa ids (user, person, device, session, request, skill) before numbers: their digits
    # are not card numbers.
    (re.compile(r"\bamzn1\.[A-Za-z0-9._\-]{16,}"), "[alexa-id]"),
    # A PIN after "pin"/"code", glued ("PIN1234") or not ("code is 1234").
    (re.compile(r"(?i)\b(pin|code)(?:\b|(?=\d))(\D{0,12}?)\d{3,6}"), r"\1\2[pin]"),
    # 13 to 19 digits, optionally grouped by single spaces or dashes: a card number's shape.
    (re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)"), "[number]"),
]


def scrub(text: str) -> str:
    for pattern, replacement in _SCRUB:
        text = pattern.sub(replacement, text)
    return text


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)),
            "level": record.levelname,
            "logger": record.name,
            "message": scrub(record.getMessage()),
        }
        for name in FIELDS:
            if hasattr(record, name):
                data[name] = getattr(record, name)
        if record.exc_info:
            data["exception"] = scrub(self.formatException(record.exc_info))
        return json.dumps(data, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        extras = " ".join(f"{n}={getattr(record, n)}" for n in FIELDS if hasattr(record, n))
        line = f"{record.levelname} {record.name}: {scrub(record.getMessage())} {extras}".rstrip()
        if record.exc_info:
            line += "\n" + scrub(self.formatException(record.exc_info))
        return line


def configure_logging(settings: Settings, stream=None) -> None:
    """Install the formatter on the root logger (Lambda's own handler included)."""
    formatter = JsonFormatter() if settings.log_format == "json" else TextFormatter()
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.StreamHandler(stream or sys.stderr))
    for handler in root.handlers:
        handler.setFormatter(formatter)
    root.setLevel(logging.INFO)
