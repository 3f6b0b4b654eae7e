"""Talking to the skill by text on the draft, in the page: the simulator (``skill.simulator``)
sends real envelopes through a skill built on the working content, over the store seen through
a ``preview#`` prefix (``store.prefixed``), so the preview's state, cart and funnel events never
mix with shoppers' and no wallet can be charged. The conversation (session id, attributes and
the last exchanges) is kept in the store per merchant user, so any web process can go on with it.
"""

from __future__ import annotations

from typing import Any

from flask import g, redirect, render_template, url_for
from flask_wtf import FlaskForm
from wtforms import SelectField, StringField
from wtforms.validators import DataRequired, Length

from merchants.roles import Permission
from store.base import Put
from store.prefixed import PrefixedStore
from web.console import access, bp
from web.console.context import ConsoleContext, console
from web.console.working import Working, settings_for, working
from web.forms import ActionForm

PREVIEW_PK = "console#preview"
KEPT_EXCHANGES = 30


class SayForm(FlaskForm):
    text = StringField(validators=[DataRequired("form.required"), Length(max=300)])
    locale = SelectField(choices=["fr-FR", "en-US"], default="fr-FR")


def _skill(ctx: ConsoleContext, work: Working):  # -> skill.app.EchoppeSkill
    memo: dict[str, Any] = ctx.cache.setdefault("preview-skills", {})
    if work.key not in memo:
        from skill.app import build_skill

        store = PrefixedStore(ctx.store, "preview#", clock=ctx.web.clock)
        memo.clear()  # one draft at a time
        memo[work.key] = build_skill(settings_for(ctx, work), store=store, clock=ctx.web.clock)
    return memo[work.key]


def _load(ctx: ConsoleContext) -> dict[str, Any]:
    item = ctx.store.get(PREVIEW_PK, g.merchant.user_id)
    return dict(item.data) if item else {}


def _save(ctx: ConsoleContext, data: dict[str, Any]) -> None:
    expires = int(ctx.web.clock()) + 24 * 3600
    ctx.store.write([Put(PREVIEW_PK, g.merchant.user_id, data, expect=None, expires_at=expires)])


@bp.route("/content/preview", methods=["GET", "POST"])
@access.requires(Permission.EDIT)
def preview() -> Any:
    ctx = console()
    work = working(ctx)
    saved = _load(ctx)
    if saved.get("key") != work.key:
        saved = {"key": work.key, "exchanges": []}  # a new draft revision: a new conversation
    form = SayForm(locale=saved.get("locale", work.content.settings.default_locale))
    form.locale.choices = list(work.content.locales)
    if form.validate_on_submit():
        from skill.simulator import Simulator

        locale = form.locale.data
        simulator = Simulator(
            _skill(ctx, work), locale, user_id=f"amzn1.ask.account.PREVIEW{g.merchant.user_id}"
        )
        if saved.get("locale") == locale:
            simulator.session_id = saved.get("session_id")
            simulator.attributes = saved.get("attributes") or {}
        answer = simulator.say(form.text.data)
        saved.update(
            locale=locale,
            session_id=simulator.session_id,
            attributes=simulator.attributes,
            exchanges=[*saved.get("exchanges", []), [form.text.data, answer, simulator.ended]][
                -KEPT_EXCHANGES:
            ],
        )
        _save(ctx, saved)
        return redirect(url_for("console.preview"))
    return render_template(
        "console/preview.html", work=work, form=form, exchanges=saved.get("exchanges", []),
        action=ActionForm(),
    )  # fmt: skip


@bp.post("/content/preview/reset")
@access.requires(Permission.EDIT)
def preview_reset() -> Any:
    if ActionForm().validate_on_submit():
        _save(console(), {})
    return redirect(url_for("console.preview"))
