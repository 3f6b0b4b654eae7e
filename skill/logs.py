"""Logging: one line per turn (request id, intent, latency), JSON on Lambda, text locally.

Redaction is by construction: the formatter writes only whitelisted fields, never a request or a
slot, and scrubs from messages anything shaped like a card number, a PIN after "pin"/"code", or a
bearer/access token, in case an exception message carried one.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time

from skill.settings import Settings

FIELDS = ("request_id", "intent", "latency_ms", "locale", "status")
_SCRUB = [
    (re.compile(r"\b\d[\d -]{11,21}\d\b"), "[number]"),
    (re.compile(r"(?i)\b(pin|code)\b(\D{0,12})\d{3,6}"), r"\1\2[pin]"),
    (re.compile(r"(?i)(token|bearer|authorization)(\W{0,4})[A-Za-z0-9._\-]{12,}"), r"\1\2[token]"),
    (re.compile(r"\bamzn1\.[A-Za-z0-9._\-]{16,}"), "[alexa-id]"),
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
