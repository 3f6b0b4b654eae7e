"""The audit log: who changed money or content, and when (``merchants.audit``)."""

from __future__ import annotations

from typing import Any

from flask import render_template, request

from merchants.roles import Permission
from web.console import access, bp
from web.console.context import console

PAGE = 50


@bp.get("/audit")
@access.requires(Permission.VIEW)
def audit() -> Any:
    asked = request.args.get("before", "")
    before = asked if asked.startswith("at#") and len(asked) < 40 else None
    entries = console().audit.recent(PAGE + 1, before=before)
    return render_template(
        "console/audit.html",
        entries=entries[:PAGE],
        next_before=entries[PAGE - 1].key if len(entries) > PAGE else None,
    )
