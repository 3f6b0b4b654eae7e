"""The merchant console (``/console``): orders, the funnel and sales with plots, donations,
content (browse, edit, preview by text, publish, catalog upload) and the audit log.

Server-rendered like the shopper pages, over the same security (``web.security``: CSRF on every
form, the session cookie, the Content-Security-Policy) and the domain packages (payments,
reports, content, merchants). Merchant users sign in here with their own identities
(``merchants.users``), never with a shopper's account. One blueprint, split in modules::

    context   what the console's pages work with, built once per app
    access    who is signed in, and the role checks
    auth      sign in and out
    orders    the order list, an order, ship / refund / cancel / token, the CSV export
    reports   the funnel and sales per guide and per day, donations per charity
    campaigns campaigns and rewards, measured (``marketing.report``), with a chart
    campaign_edit  authoring campaigns, segment thresholds and reward rules into the draft
    plots     server-rendered SVG charts with their text alternatives
    content   browse, edit a guide or a product, preview, publish, catalog upload
    preview   the simulator on the draft content
    audit     the audit log
    dev       the development merchant user ``echoppe serve --dev`` prints
"""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint(
    "console",
    __name__,
    url_prefix="/console",
    template_folder="templates",
    static_folder="static",
    static_url_path="/assets",
)


def blueprint() -> Blueprint:
    """The console's blueprint with every page registered."""
    from web.console import (  # noqa: F401
        audit,
        auth,
        campaign_edit,
        campaigns,
        catalog,
        content,
        orders,
        preview,
        reports,
    )

    return bp
