"""AWS Lambda entry: ``lambda_handler`` over the composition root.

The skill is built on the first invocation (not at import) and kept for the life of the container.
On Lambda the skill-id check (``SKILL_ID``) is the verification; signatures are the web service's.
"""

from __future__ import annotations

from typing import Any

from skill.app import EchoppeSkill, build_skill, invoke_json
from skill.logs import configure_logging
from skill.settings import Settings

_skill: EchoppeSkill | None = None


def lambda_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    global _skill
    if _skill is None:
        settings = Settings.from_env()
        configure_logging(settings)
        _skill = build_skill(settings)
    return invoke_json(_skill, event, context)
