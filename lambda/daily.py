"""AWS Lambda entry of the daily run (template.yaml ``DailyFunction``, on an EventBridge
schedule): ``skill.daily.run_daily`` over the published content, its outcome logged."""

from __future__ import annotations

import logging
import time
from typing import Any

from skill.app import build_store, live_content
from skill.daily import run_daily
from skill.logs import configure_logging
from skill.services import build_services
from skill.settings import Settings

log = logging.getLogger("echoppe.daily")


def lambda_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    settings = Settings.from_env()
    configure_logging(settings)
    store = build_store(settings)
    try:
        services = build_services(settings, live_content(settings, store).get(), store, time.time)
        done = run_daily(services)
    finally:
        store.close()
    summary = {"matches": done.matches, "days_kept": done.days_kept,
               "cuts": done.thresholds.cuts}  # fmt: skip
    log.info("daily run", extra=summary)
    return summary
