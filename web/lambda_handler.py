"""AWS Lambda entry of the shopper pages (template.yaml ``WebFunction``): API Gateway's HTTP API
→ apig-wsgi → the Flask app. The app is built on the first request and kept for the container's
life. The skill's own function never imports this (see tests/web/test_lambda_path.py)."""

from __future__ import annotations

from typing import Any

from apig_wsgi import make_lambda_handler

from skill.logs import configure_logging
from skill.settings import Settings
from web.app import create_app

_handler: Any = None


def lambda_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    global _handler
    if _handler is None:
        settings = Settings.from_env()
        configure_logging(settings)
        _handler = make_lambda_handler(create_app(settings), binary_support=True)
    return _handler(event, context)
