"""``campaigns.yaml``: the example's campaigns and rewards load; mistakes name file, line, field."""

import shutil
from datetime import date
from pathlib import Path

import pytest

from content.loader import load_content
from content.yamlnodes import ContentErrors
from tests.content.test_loader import EXAMPLE, edit, errors_of, line_of


@pytest.fixture
def folder(tmp_path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(EXAMPLE, copy)
    return copy


def test_the_example_declares_segments_campaigns_and_rewards():
    marketing = load_content(EXAMPLE).marketing
    assert marketing.segments.active_days == 90 and marketing.segments.top_share == 10
    welcome = marketing.campaign("welcome")
    assert welcome is not None and welcome.segments == ("new",)
    assert welcome.discount.percent == 10 and welcome.covers("oxy-spray-250")
    assert not welcome.covers("savon-fiel") and welcome.per_shopper == 1
    assert welcome.window.first == date(2026, 1, 1)
    assert str(welcome.budget["EUR"]) == "300.00 EUR"
    assert marketing.campaign("come-back").window.locales == ("fr-FR",)
    third = marketing.rule("third-order")
    assert third is not None and third.action.kind == "order" and third.action.times == 3
    assert [segment for segment, _ in third.rewards] == ["top", "active", "everyone"]
    assert third.reward_for(frozenset({"everyone", "active"}))[0] == "active"
    assert marketing.rule("first-gift").rewards[0][1].kind == "match"


def test_without_the_file_nothing_runs(folder):
    (folder / "campaigns.yaml").unlink()
    marketing = load_content(folder).marketing
    assert marketing.campaigns == () and marketing.rewards == ()


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        (
            "segments: [new]",
            "segments: [newbies]",
            "segments: [newbies]",
            "segments: unknown segment 'newbies'",
        ),
        (
            "products: [oxy-spray-250,",
            "products: [no-such,",
            "products: [no-such,",
            "products[0]: unknown product 'no-such'",
        ),
        (
            'budget: ["300.00 EUR", "300.00 USD"]',
            'budget: ["300.00 EUR"]',
            'budget: ["300.00 EUR"]',
            "budget: en-US pays in USD: give a budget in USD",
        ),
        (
            "discount: {percent: 10}",
            "discount: {percent: 110}",
            "percent: 110",
            "percent: a discount is at most 100 %",
        ),
        (
            'until: 2027-12-31\n    per_shopper: 1       # orders per shopper\n    budget: ["300',
            'until: 2025-12-31\n    per_shopper: 1       # orders per shopper\n    budget: ["300',
            "until: 2025-12-31",
            "until: ends before it starts",
        ),
        (
            "from: 2026-01-01\n    until: 2027-12-31\n    per_shopper: 1",
            "from: soon\n    until: 2027-12-31\n    per_shopper: 1",
            "from: soon",
            "from: must be a day like 2026-12-31, found 'soon'",
        ),
        (
            "action: {order: 3}",
            "action: {order: 1}",
            "action: {order: 1}",
            "action.order: must be at least 2",
        ),
        (
            "top: {free_product: savon-fiel}",
            "top: {free_product: savon-or}",
            "savon-or",
            "reward.top.free_product: unknown product 'savon-or'",
        ),
        (
            "  - id: first-gift",
            "  - id: welcome",
            "  - id: welcome\n",
            "id: duplicate id 'welcome' (campaigns and rewards share ids)",
        ),
        (
            "    expires_days: 60",
            "    expires_days: 60\n    colour: gold",
            "colour: gold",
            "colour: unknown key",
        ),
    ],
)
def test_mistakes_are_reported_with_file_and_line(folder, old, new, needle, message):
    path = folder / "campaigns.yaml"
    edit(path, old, new)
    line = line_of(path, needle.splitlines()[0]) if "\n" not in needle else None
    errors = errors_of(folder)
    found = [e for e in errors if e.startswith(f"{path}:") and message in e]
    assert found, errors
    if line is not None:
        assert any(e.startswith(f"{path}:{line}:") for e in found), (line, found)


def test_every_locale_needs_its_text(folder):
    path = folder / "campaigns.yaml"
    edit(
        path,
        """      en-US:
        label: "Welcome discount"
        say: "For your first order, the small active oxygen spray and the active oxygen powder are 10% off."
""",
        "",
    )
    with pytest.raises(ContentErrors) as caught:
        load_content(folder)
    assert any("text.en-US: locale en-US is missing" in str(e) for e in caught.value.errors)
