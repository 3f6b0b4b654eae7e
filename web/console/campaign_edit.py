"""Authoring campaigns and rewards: the campaigns and reward rules of the working content
(draft over published), a campaign as a form, the segment thresholds as a form, a reward rule
as its YAML block (``content.campaign_editing`` says why), and "end today".

Every save writes the draft's ``campaigns.yaml`` (the rest of the file and its comments kept),
checked first exactly as ``echoppe content check`` checks, errors next to their field; it is
audited like a guide edit. Saving needs ``Permission.EDIT``; publishing stays the owner's
(``console.publish``), and the running skill picks the published version up without a restart.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from flask import abort, flash, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from content import campaign_editing as editing
from content.campaign_editing import FILE, Shop
from content.drafts import check_files
from content.versions import PublishConflict
from content.yamlnodes import ContentError, ContentErrors
from marketing.model import SEGMENTS, SegmentRules
from merchants.roles import Permission
from reports.days import day_of
from web import i18n
from web.console import access, bp
from web.console.context import console
from web.console.working import Working, working
from web.forms import ActionForm

MANY_PRODUCTS = 200
"""Above this, products are chosen by typing their ids (one per line), not by checkboxes."""
SECTIONS = {"campaigns": "end_campaign", "rewards": "end_reward"}
"""The lists an item can be ended in, and the audit action that says so."""


def _shop(work: Working) -> Shop:
    settings = work.content.settings
    currencies = tuple(dict.fromkeys(s.currency for s in settings.locales.values()))
    return Shop(work.content.locales, currencies)


def _today() -> date:
    return day_of(console().web.clock())


def _shown_locale(work: Working) -> str:
    here = i18n.locale()
    return here if here in work.content.locales else work.content.settings.default_locale


def _may_save() -> bool:
    """A form is sent: only a role that edits may (else 403)."""
    if not access.can(Permission.EDIT):
        abort(403)
    return True


def _save(work: Working, text: str, action: str, target: str, then: str) -> list[ContentError] | Response:  # fmt: skip
    """Check the working files with ``text`` as ``campaigns.yaml``, then save it in the draft;
    the errors when the check fails (nothing saved)."""
    files = {**work.files, FILE: text.encode()}
    try:
        check_files(files)
    except ContentErrors as problems:
        return problems.errors
    ctx = console()
    try:
        ctx.drafts.save({FILE: files[FILE]}, by=g.merchant.email, expected=work.draft)
    except PublishConflict:
        flash("console.content.conflict", "error")
        return redirect(request.path)
    ctx.audit.record(g.merchant, action, target, "draft")
    flash("console.content.saved", "notice")
    return redirect(then)


@bp.get("/content/campaigns")
@access.requires(Permission.VIEW)
def content_campaigns() -> Any:
    work = working(console())
    return render_template(
        "console/campaign_list.html",
        work=work,
        marketing=work.content.marketing,
        loc=_shown_locale(work),
        today=_today(),
        action=ActionForm(),
        product_title=lambda product_id: _title(work, product_id),
    )


def _title(work: Working, product_id: str) -> str:
    """A product's title in the shown locale (its id when the catalog no longer has it)."""
    product = work.content.catalogs[_shown_locale(work)].get(product_id)
    return product.title if product else product_id


def _products(work: Working) -> list[tuple[str, str]] | None:
    """The catalog as (id, title) to choose from; None when it is too large for checkboxes."""
    loc = _shown_locale(work)
    catalogs = work.content.catalogs
    if max((len(c) for c in catalogs.values()), default=0) > MANY_PRODUCTS:
        return None
    chosen: dict[str, str] = {}
    for catalog in [catalogs[loc], *(c for key, c in catalogs.items() if key != loc)]:
        for product in catalog.products:
            chosen.setdefault(product.id, product.title)
    return list(chosen.items())


@bp.route("/content/campaigns/new", methods=["GET", "POST"], defaults={"campaign_id": None})
@bp.route("/content/campaigns/<campaign_id>/edit", methods=["GET", "POST"])
@access.requires(Permission.VIEW)
def edit_campaign(campaign_id: str | None) -> Any:
    work = working(console())
    shop = _shop(work)
    text, root = editing.read(work.files)
    index = editing.index_of(root, "campaigns", campaign_id) if campaign_id else None
    if campaign_id is not None and index is None:
        abort(404)
    old = root["campaigns"][index] if index is not None else None
    document = old if old is not None else editing.new_campaign(_today())
    errors: dict[str, list[str]] = {}
    others: list[ContentError] = []
    form = ActionForm()
    if request.method == "POST" and _may_save() and form.validate_on_submit():
        document = editing.campaign_document(old, request.form.to_dict(flat=False), shop)
        new_text, at = editing.save_campaign(text, root, campaign_id, document)
        target = str(document.get("id") or "")
        then = url_for("console.content_campaigns")
        result = _save(work, new_text, "edit_campaign", target, then)
        if isinstance(result, Response):
            return result
        errors, others = editing.place_campaign_errors(result, at, document, shop)
    return render_template(
        "console/campaign_edit.html",
        campaign_id=campaign_id,
        values=editing.campaign_values(document, shop),
        errors=errors,
        others=others,
        shop=shop,
        segments=SEGMENTS,
        products=_products(work),
        form=form,
        work=work,
    )


@bp.route("/content/campaigns/segments", methods=["GET", "POST"])
@access.requires(Permission.VIEW)
def edit_segments() -> Any:
    work = working(console())
    text, root = editing.read(work.files)
    values = editing.segments_values(root)
    errors: dict[str, list[str]] = {}
    others: list[ContentError] = []
    form = ActionForm()
    if request.method == "POST" and _may_save() and form.validate_on_submit():
        posted = request.form.to_dict(flat=False)
        values = {name: (posted.get(name) or [""])[0] for name in editing.SEGMENT_FIELDS}
        new_text = editing.save_segments(text, root, posted)
        then = url_for("console.content_campaigns")
        result = _save(work, new_text, "edit_segments", "segments", then)
        if isinstance(result, Response):
            return result
        errors, others = editing.place_segment_errors(result)
    return render_template(
        "console/segments_edit.html",
        values=values,
        defaults={name: getattr(SegmentRules(), name) for name in editing.SEGMENT_FIELDS},
        errors=errors,
        others=others,
        form=form,
        work=work,
    )


@bp.route("/content/rewards/new", methods=["GET", "POST"], defaults={"rule_id": None})
@bp.route("/content/rewards/<rule_id>/edit", methods=["GET", "POST"])
@access.requires(Permission.VIEW)
def edit_reward(rule_id: str | None) -> Any:
    work = working(console())
    text, root = editing.read(work.files)
    if rule_id is None:
        block: str | None = editing.new_rule_block(_shop(work), _today())
    else:
        block = editing.rule_block(text, root, rule_id)
    if block is None:
        abort(404)
    errors: list[str] = []
    others: list[ContentError] = []
    form = ActionForm()
    if request.method == "POST" and _may_save() and form.validate_on_submit():
        block = request.form.get("block", "").replace("\r\n", "\n")
        parsed = editing.parse_block(block)
        if isinstance(parsed, ContentError):
            errors = [f"line {parsed.line}: {parsed.message}"]
        else:
            new_text, at, first = editing.save_rule(text, root, rule_id, block, parsed)
            then = url_for("console.content_campaigns")
            result = _save(work, new_text, "edit_reward", str(parsed.get("id") or ""), then)
            if isinstance(result, Response):
                return result
            count = block.rstrip("\n").count("\n") + 1
            errors, others = editing.place_block_errors(result, at, first, count)
    return render_template(
        "console/reward_edit.html",
        rule_id=rule_id,
        block=block,
        errors=errors,
        others=others,
        form=form,
        work=work,
    )


@bp.post("/content/<section>/<item_id>/end")
@access.requires(Permission.EDIT)
def end_promotion(section: str, item_id: str) -> Any:
    """A campaign's or a reward rule's last day set to today (it stops at midnight UTC)."""
    if section not in SECTIONS:
        abort(404)
    work = working(console())
    text, root = editing.read(work.files)
    back = url_for("console.content_campaigns")
    if not ActionForm().validate_on_submit():
        return redirect(back)
    try:
        new_text = editing.end_today(text, root, section, item_id, _today())
    except KeyError:
        abort(404)
    result = _save(work, new_text, SECTIONS[section], item_id, back)
    if isinstance(result, Response):
        return result
    flash(i18n.t("console.campaign_edit.cannot_end", errors="; ".join(str(e) for e in result)),
          "error")  # fmt: skip
    return redirect(back)
