"""AWS Lambda entry: ``lambda_handler`` over the composition root.

The skill is built on the first invocation (not at import) and kept for the life of the container.
On Lambda the skill-id check (``SKILL_ID``) is the verification; signatures are the web service's.
Each invocation is one metrics turn (``skill.metrics``): its latency, whether it failed, and what
the conversation counted, written as one CloudWatch EMF line when it ends.
"""

from __future__ import annotations

import time
from typing import Any

from skill import metrics
from skill.app import EchoppeSkill, build_skill, invoke_json
from skill.logs import configure_logging
from skill.metrics import Metric
from skill.settings import Settings

_skill: EchoppeSkill | None = None
_settings: Settings | None = None


def lambda_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    global _skill, _settings
    if _skill is None or _settings is None:
        _settings = Settings.from_env()
        configure_logging(_settings)
        _skill = build_skill(_settings)
    started = time.perf_counter()
    locale = _locale(_skill, event)
    with metrics.turn(_settings.metrics_namespace, locale, enabled=_settings.metrics) as turn:
        turn.count(Metric.TURNS)
        try:
            return invoke_json(_skill, event, context)
        except Exception:
            turn.count(Metric.FAILED_TURNS)
            raise
        finally:
            turn.observe(Metric.TURN_LATENCY, round((time.perf_counter() - started) * 1000, 1))


def _locale(skill: EchoppeSkill, event: dict[str, Any]) -> str:
    """The request's locale when the content speaks it (a bounded dimension), else the default."""
    request = event.get("request")
    locale = request.get("locale") if isinstance(request, dict) else None
    locales = skill.content.settings.locales
    return locale if locale in locales else skill.content.settings.default_locale
