"""Uploading a Merchant Center feed into the draft: every row is checked first (all or nothing,
as ``echoppe catalog import``), then the whole content is checked with it (an id also in
``products.yaml`` is refused). Progress: the page's script (``static/upload.js``) shows the
upload's progress; without script the form posts as usual."""

from __future__ import annotations

import io
from typing import Any

from flask import flash, g, redirect, render_template, request, url_for

from catalog.feed import MAX_FEED_BYTES, FeedError, parse_feed, write_feed
from content.drafts import check_files
from content.versions import PublishConflict
from content.yamlnodes import ContentErrors
from merchants.roles import Permission
from web.console import access, bp
from web.console.context import console
from web.console.working import working
from web.forms import ActionForm

UPLOAD_LIMIT = 32 * 1024 * 1024
"""Bytes of one upload (API Gateway in front of Lambda takes 10 MB: larger feeds go through
``echoppe catalog import``)."""
SHOWN_ERRORS = 50


@bp.route("/content/catalog", methods=["GET", "POST"])
@access.requires(Permission.EDIT)
def catalog_upload() -> Any:
    ctx = console()
    work = working(ctx)
    errors: list[str] = []
    count = None
    if request.method == "POST":
        request.max_content_length = min(UPLOAD_LIMIT, MAX_FEED_BYTES)
        form = ActionForm()
        upload = request.files.get("feed")
        locale = request.form.get("locale", "")
        if not form.validate_on_submit():
            errors = ["console.catalog.expired"]
        elif locale not in work.content.locales:
            errors = ["console.catalog.locale"]
        elif upload is None or not upload.filename:
            errors = ["console.catalog.nofile"]
        else:
            try:
                text = upload.read().decode("utf-8-sig")
                products = parse_feed(text, locale, source=upload.filename)
            except UnicodeDecodeError:
                errors = ["console.catalog.encoding"]
            except FeedError as problems:
                errors = [str(row) for row in problems.errors[:SHOWN_ERRORS]]
            else:
                out = io.StringIO()
                write_feed(products, out)
                path = f"catalog/{locale}.tsv"
                files = {path: out.getvalue().encode()}
                try:
                    check_files({**work.files, **files})
                except ContentErrors as problems:
                    errors = [str(e) for e in problems.errors[:SHOWN_ERRORS]]
                else:
                    try:
                        ctx.drafts.save(files, by=g.merchant.email, expected=work.draft)
                    except PublishConflict:
                        errors = ["console.content.conflict"]
                    else:
                        ctx.audit.record(
                            g.merchant, "upload_catalog", path, f"{len(products)} products"
                        )
                        count = len(products)
                        flash("console.catalog.done", "notice")
                        return redirect(url_for("console.catalog_upload", count=count))
    return render_template(
        "console/catalog.html",
        work=working(ctx),
        errors=errors,
        count=request.args.get("count", type=int),
        form=ActionForm(),
    )
