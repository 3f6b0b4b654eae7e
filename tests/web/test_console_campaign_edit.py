"""Authoring campaigns in the console through Flask's test client, on each store: the draft's
``campaigns.yaml`` keeps its other campaigns and its comments, errors land next to their field,
nothing is saved until the whole content checks, and every save is audited."""

from __future__ import annotations

import re

import pytest

from content.drafts import Drafts
from content.versions import read_folder
from merchants.audit import AuditLog
from tests.web.helpers import csrf
from tests.web.test_console_pages import owner, settings, signed_in, staff  # noqa: F401

FILE = "campaigns.yaml"
NEW = {
    "id": "soap-week",
    "segments": ["new"],
    "discount_kind": "percent",
    "discount.percent": "15",
    "products_scope": "some",
    "products": ["savon-fiel", "savon-fiel-lavande"],
    "from": "2026-11-01",
    "until": "2026-12-31",
    "locales": ["fr-FR", "en-US"],
    "per_shopper": "1",
    "budget.EUR": "50",
    "budget.USD": "50.00",
    "text.fr-FR.label": "Semaine du savon",
    "text.fr-FR.say": "Cette semaine, le savon au fiel est à moins 15 %.",
    "text.en-US.label": "Soap week",
    "text.en-US.say": "This week, ox gall soap is 15% off.",
}


def _draft_text(store, config) -> str | None:
    draft, _, files = Drafts(store, config.content_dir).working()
    return files[FILE].decode() if draft is not None and FILE in draft.changes else None


def _post(client, path: str, data: dict):
    page = client.get(path)
    assert page.status_code == 200, page.text
    return client.post(path, data={**data, "csrf_token": csrf(page.text)})


def _comments(text: str) -> list[str]:
    return [line[line.index("#") :] for line in text.split("\n") if "#" in line]


def _error_of(html: str, field_id: str) -> str:
    match = re.search(rf'<p class="error" id="{re.escape(field_id)}-error">(.*?)</p>', html, re.S)
    assert match, f"no error next to {field_id}"
    return match[1]


def test_the_list_shows_campaigns_rules_and_thresholds(owner):  # noqa: F811
    page = owner.get("/console/content/campaigns?lang=en-US")
    assert page.status_code == 200
    for campaign in ("welcome", "top-thanks", "come-back"):
        assert f'href="/console/content/campaigns/{campaign}/edit"' in page.text
    for rule in ("third-order", "first-gift", "stain-expert"):
        assert f'href="/console/content/rewards/{rule}/edit"' in page.text
    assert "Welcome discount" in page.text and "10 % off" in page.text
    assert "the top 10 %" in page.text
    assert "free Ox Gall Stain Soap Bar 100 g" in page.text  # the product's title, not its id
    assert 'href="/console/content/campaigns/new"' in page.text


def test_a_new_campaign_is_checked_placed_and_saved_with_the_rest_kept(owner, store, settings, app):  # noqa: F811
    original = (settings.content_dir / FILE).read_text(encoding="utf-8")
    bad = {**NEW, "discount.percent": "150", "until": "2026-10-01", "budget.USD": "fifty"}
    response = _post(owner, "/console/content/campaigns/new?lang=en-US", bad)
    assert response.status_code == 200
    assert "a discount is at most 100 %" in _error_of(response.text, "discount-percent")
    assert "ends before it starts" in _error_of(response.text, "until")
    assert "not a price" in _error_of(response.text, "budget-USD")
    assert 'value="150"' in response.text and 'value="fifty"' in response.text  # as typed
    assert _draft_text(store, settings) is None  # nothing saved

    response = _post(owner, "/console/content/campaigns/new", NEW)
    assert response.status_code == 302, response.text
    text = _draft_text(store, settings)
    assert text is not None and text.startswith(original.rstrip("\n").split("\nrewards:")[0])
    assert _comments(text) == _comments(original)
    assert text.split("\nrewards:")[1] == original.split("\nrewards:")[1]
    from content.drafts import check_files

    files = {**read_folder(settings.content_dir), FILE: text.encode()}
    campaign = check_files(files).marketing.campaign("soap-week")
    assert campaign is not None and campaign.discount.percent == 15
    assert campaign.products == {"savon-fiel", "savon-fiel-lavande"}
    assert [c.id for c in check_files(files).marketing.campaigns][-1] == "soap-week"
    entry = AuditLog(store).recent(1)[0]
    assert (entry.action, entry.target, entry.detail) == ("edit_campaign", "soap-week", "draft")


def test_editing_a_campaign_changes_its_lines_only(owner, store, settings):  # noqa: F811
    original = (settings.content_dir / FILE).read_text(encoding="utf-8")
    page = owner.get("/console/content/campaigns/welcome/edit?lang=en-US")
    assert 'value="10"' in page.text and "Remise de bienvenue" in page.text
    assert 'value="oxy-spray-250" checked' in page.text
    data = {**NEW, "id": "ignored", "discount.percent": "12", "from": "2026-01-01"}
    data["until"] = "2027-06-30"
    data["products"] = ["oxy-spray-250", "oxy-poudre-500", "oxy-poudre-1kg"]
    data["budget.EUR"], data["budget.USD"], data["per_shopper"] = "300.00", "300.00", "1"
    data.update({f"text.{k}": v for k, v in [
        ("fr-FR.label", "Remise de bienvenue"), ("en-US.label", "Welcome discount"),
        ("fr-FR.say", "Pour votre première commande, le petit spray à l'oxygène actif et la poudre à l'oxygène actif sont à moins 10 %."),
        ("en-US.say", "For your first order, the small active oxygen spray and the active oxygen powder are 10% off."),
    ]})  # fmt: skip
    response = owner.post(
        "/console/content/campaigns/welcome/edit", data={**data, "csrf_token": csrf(page.text)}
    )
    assert response.status_code == 302, response.text
    text = _draft_text(store, settings)
    changed = [
        (a, b) for a, b in zip(original.split("\n"), text.split("\n"), strict=True) if a != b
    ]
    assert changed == [
        ("    discount: {percent: 10}", "    discount: {percent: 12}"),
        ("    until: 2027-12-31", "    until: 2027-06-30"),
    ]


def test_end_today_sets_the_last_day_and_keeps_the_comment(owner, store, settings):  # noqa: F811
    page = owner.get("/console/content/campaigns")
    response = owner.post(
        "/console/content/campaigns/come-back/end", data={"csrf_token": csrf(page.text)}
    )
    assert response.status_code == 302
    text = _draft_text(store, settings)
    block = text.split("- id: come-back", 1)[1].split("\nrewards:")[0]
    assert "until: 2026-11-18" in block  # the test clock's day
    assert AuditLog(store).recent(1)[0].action == "end_campaign"
    response = owner.post(
        "/console/content/rewards/first-gift/end", data={"csrf_token": csrf(page.text)}
    )
    assert "until: 2026-11-18" in _draft_text(store, settings).split("id: first-gift")[1]


def test_segment_thresholds_are_edited_in_place(owner, store, settings):  # noqa: F811
    path = "/console/content/campaigns/segments?lang=en-US"
    bad = {"active_days": "200", "lapsed_days": "180", "top_share": "60", "donor_days": ""}
    response = _post(owner, path, bad)
    assert "below active_days" in _error_of(response.text, "lapsed_days")
    assert "at most the top 50 %" in _error_of(response.text, "top_share")
    response = _post(owner, path, {**bad, "active_days": "30", "top_share": "20"})
    assert response.status_code == 302
    text = _draft_text(store, settings)
    assert "  active_days: 30        # active: a paid order in the last 90 days" in text
    assert "  top_share: 20          # top:" in text and "donor_days" not in text
    assert AuditLog(store).recent(1)[0].action == "edit_segments"


def test_a_reward_rule_is_edited_as_its_block_with_errors_by_line(owner, store, settings):  # noqa: F811
    page = owner.get("/console/content/rewards/third-order/edit?lang=en-US")
    block = re.search(r'<textarea id="block"[^>]*>(.*?)</textarea>', page.text, re.S)[1]
    block = block.replace("&#39;", "'").replace("&#34;", '"').replace("&quot;", '"')
    assert block.startswith("id: third-order\naction: {order: 3}\n")
    wrong = block.replace("free_product: savon-fiel}", "free_product: no-such-soap}  # oops")
    response = owner.post(
        "/console/content/rewards/third-order/edit",
        data={"block": wrong, "csrf_token": csrf(page.text)},
    )
    line = wrong.split("\n").index(next(r for r in wrong.split("\n") if "no-such-soap" in r)) + 1
    assert f"line {line}: reward.top.free_product: unknown product" in response.text
    broken = owner.post(
        "/console/content/rewards/third-order/edit",
        data={"block": "id: x\naction: [first_purchase\n", "csrf_token": csrf(page.text)},
    )
    assert "line 3:" in broken.text and _draft_text(store, settings) is None
    fixed = wrong.replace("no-such-soap}  # oops", "savon-fiel-lavande}  # the lavender one")
    fixed = fixed.replace("expires_days: 60", "expires_days: 45")
    response = owner.post(
        "/console/content/rewards/third-order/edit",
        data={"block": fixed, "csrf_token": csrf(page.text)},
    )
    assert response.status_code == 302, response.text
    text = _draft_text(store, settings)
    assert "      top: {free_product: savon-fiel-lavande}  # the lavender one" in text
    assert "    expires_days: 45" in text
    assert (
        text.split("\nrewards:")[0]
        == (settings.content_dir / FILE).read_text().split("\nrewards:")[0]
    )
    assert AuditLog(store).recent(1)[0].action == "edit_reward"


def test_a_new_reward_rule_starts_from_a_template(owner, store, settings):  # noqa: F811
    page = owner.get("/console/content/rewards/new")
    assert "action: first_purchase" in page.text
    block = (
        "id: guide-fan   # for finishing any guide\naction: guide_finished\n"
        "reward:\n  everyone: {discount: {percent: 5}}\nfrom: 2026-11-01\nuntil: 2026-12-31\n"
        "expires_days: 14\ntext:\n  fr-FR: {label: Fan des guides}\n  en-US: {label: Guide fan}\n"
    )
    response = owner.post(
        "/console/content/rewards/new", data={"block": block, "csrf_token": csrf(page.text)}
    )
    assert response.status_code == 302, response.text
    text = _draft_text(store, settings)
    assert text.rstrip("\n").endswith(
        "  - id: guide-fan   # for finishing any guide\n    action: guide_finished\n    reward:\n"
        "      everyone: {discount: {percent: 5}}\n    from: 2026-11-01\n    until: 2026-12-31\n"
        "    expires_days: 14\n    text:\n      fr-FR: {label: Fan des guides}\n"
        "      en-US: {label: Guide fan}"
    )


def test_staff_view_and_save_drafts_but_only_the_owner_publishes(staff, owner, store, settings):  # noqa: F811
    assert staff.get("/console/content/campaigns").status_code == 200
    page = staff.get("/console/content/campaigns/top-thanks/edit")
    assert page.status_code == 200 and "Enregistrer dans le brouillon" in page.text
    assert staff.post("/console/content/campaigns/top-thanks/edit", data={}).status_code == 400
    response = _post(staff, "/console/content/campaigns/segments", {"active_days": "60"})
    assert response.status_code == 302
    entry = AuditLog(store).recent(1)[0]
    assert (entry.email, entry.action) == ("staff@shop.example", "edit_segments")
    assert staff.get("/console/content/publish").status_code == 403
    assert owner.get("/console/content/publish").status_code == 200


@pytest.mark.parametrize(
    "path",
    ["/console/content/campaigns/nope/edit", "/console/content/rewards/nope/edit"],
)
def test_unknown_ids_are_not_found(owner, path):  # noqa: F811
    assert owner.get(path).status_code == 404


def test_signed_out_and_tokenless_posts_change_nothing(app, owner, store, settings):  # noqa: F811
    stranger = app.test_client()
    assert stranger.get("/console/content/campaigns").status_code == 302
    response = stranger.post("/console/content/campaigns/welcome/end")
    assert response.status_code in (302, 400)
    assert owner.post("/console/content/campaigns/welcome/end").status_code == 400
    assert _draft_text(store, settings) is None
