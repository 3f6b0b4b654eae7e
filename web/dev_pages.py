"""Development only (``echoppe serve --dev``): the e-mail outbox, to read sign-in codes."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, render_template

from accounts.mail import OutboxMailer
from web.context import current

bp = Blueprint("dev", __name__, template_folder="templates")


@bp.get("/dev/outbox")
def outbox() -> Any:
    mailer = current().mailer
    if not isinstance(mailer, OutboxMailer):
        abort(404)
    return render_template("outbox.html", messages=mailer.messages()[:20])
