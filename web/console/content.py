"""Content: browse what shoppers hear, edit a guide or a product into the draft (checked as
``echoppe content check`` checks, errors next to their field), publish the draft as a new version
the running skill picks up without a restart, and the interaction-model change it implies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Response, abort, flash, g, redirect, render_template, request, url_for

from content.drafts import check_files
from content.editing import (
    apply_form,
    dump,
    field_names,
    find_product,
    form_values,
    guide_document,
    guide_path,
    place_errors,
    replace_product,
)
from content.versions import PublishConflict
from content.yamlnodes import ContentErrors
from merchants.roles import Permission
from skill.interaction_model import build_model, render
from web.console import access, bp
from web.console.context import console
from web.console.models import ModelChange, model_changes
from web.console.working import Working, published_content, working
from web.forms import ActionForm, ConfirmForm

PRODUCTS = "products.yaml"
Document = dict[str, Any]
"""One guide or product as YAML loads it."""


@bp.get("/content")
@access.requires(Permission.VIEW)
def content() -> Any:
    ctx = console()
    work = working(ctx)
    authored = _authored_products(work.files)
    return render_template(
        "console/content.html",
        work=work,
        authored=authored,
        changes=_changes(work),
        action=ActionForm(),
    )


def _authored_products(files: dict[str, bytes]) -> set[str]:
    import yaml

    from content.yamlnodes import SAFE_LOADER

    loaded = yaml.load(files.get(PRODUCTS, b"[]").decode(), Loader=SAFE_LOADER) or []
    # Only text ids: ``content check`` refuses any other (and a product id is text).
    return {pid for p in loaded if isinstance(p, dict) and isinstance(pid := p.get("id"), str)}


def _changes(work: Working) -> list[ModelChange]:
    ctx = console()
    return model_changes(work.content, ctx.web.settings.models_dir, published_content(ctx))


@bp.get("/content/models/<locale>.json")
@access.requires(Permission.VIEW)
def model_json(locale: str) -> Any:
    work = working(console())
    if locale not in work.content.locales:
        abort(404)
    return Response(
        render(build_model(work.content, locale)),
        mimetype="application/json",
        headers={"Content-Disposition": f'attachment; filename="{locale}.json"'},
    )


def _edit(
    kind: str,
    item_id: str,
    path: str,
    load: Callable[[str], Document | None],
    store_back: Callable[[str, Document, Document], str],
) -> Any:
    """The edit page of one guide or product: GET shows it, POST checks and saves the draft."""
    ctx = console()
    work = working(ctx)
    if path not in work.files:
        abort(404)
    text = work.files[path].decode()
    document = load(text)
    if document is None:
        abort(404)
    names = field_names(kind, work.content.locales)
    values = form_values(document, names)
    errors: dict[str, list[str]] = {}
    others: list = []
    form = ActionForm()
    if request.method == "POST":
        if not access.can(Permission.EDIT):
            abort(403)
        if form.validate_on_submit():
            values = {name: request.form.get(name, "") for name in names}
            new_text = store_back(text, document, apply_form(document, values, names))
            try:
                check_files({**work.files, path: new_text.encode()})
            except ContentErrors as problems:
                errors, others = place_errors(problems.errors, path, names)
            else:
                try:
                    ctx.drafts.save({path: new_text.encode()}, by=g.merchant.email,
                                    expected=work.draft)  # fmt: skip
                except PublishConflict:
                    flash("console.content.conflict", "error")
                    return redirect(request.path)
                ctx.audit.record(g.merchant, f"edit_{kind}", item_id, "draft")
                flash("console.content.saved", "notice")
                return redirect(request.path)
    return render_template(
        "console/edit.html",
        kind=kind,
        item_id=item_id,
        values=values,
        names=names,
        errors=errors,
        others=others,
        locales=work.content.locales,
        form=form,
        work=work,
    )


@bp.route("/content/guides/<guide_id>", methods=["GET", "POST"])
@access.requires(Permission.VIEW)
def edit_guide(guide_id: str) -> Any:
    return _edit(
        "guide",
        guide_id,
        guide_path(guide_id),
        guide_document,
        lambda text, old, new: dump(new),
    )


@bp.route("/content/products/<product_id>", methods=["GET", "POST"])
@access.requires(Permission.VIEW)
def edit_product(product_id: str) -> Any:
    def load(text: str) -> Document | None:
        span = find_product(text, product_id)
        return span.document if span else None

    def store_back(text: str, old: Document, new: Document) -> str:
        span = find_product(text, product_id)
        assert span is not None
        return replace_product(text, span, new)

    return _edit("product", product_id, PRODUCTS, load, store_back)


@bp.route("/content/publish", methods=["GET", "POST"])
@access.requires(Permission.PUBLISH)
def publish() -> Any:
    ctx = console()
    work = working(ctx)
    form = ConfirmForm()
    if work.draft is not None and form.validate_on_submit():
        number = (work.published.number if work.published else 0) + 1
        entry = ctx.audit.entry(g.merchant, "publish", f"version {number}",
                                ", ".join(sorted(work.draft.changes)))  # fmt: skip
        try:
            published = ctx.drafts.publish(by=g.merchant.email, also=[entry])
        except PublishConflict:
            flash("console.content.conflict", "error")
            return redirect(url_for("console.content"))
        except ContentErrors:
            flash("console.content.invalid", "error")
            return redirect(url_for("console.content"))
        flash("console.content.published", "notice")
        return redirect(url_for("console.content", published=published.number))
    return render_template("console/publish.html", work=work, form=form, changes=_changes(work))


@bp.post("/content/discard")
@access.requires(Permission.EDIT)
def discard() -> Any:
    ctx = console()
    work = working(ctx)
    if ActionForm().validate_on_submit() and work.draft is not None:
        try:
            ctx.drafts.discard(work.draft)
        except PublishConflict:
            flash("console.content.conflict", "error")
        else:
            ctx.audit.record(g.merchant, "discard_draft", work.draft.key)
            flash("console.content.discarded", "notice")
    return redirect(url_for("console.content"))
