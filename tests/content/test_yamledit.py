"""``content.yamledit``: a file rewritten to load as a new value keeps what did not change,
comments included, whatever way the merchant laid it out."""

from __future__ import annotations

import copy
import difflib
from datetime import date
from pathlib import Path

import pytest

from content.yamledit import item_lines, load, rewrite

EXAMPLE = Path(__file__).resolve().parents[2] / "content" / "example" / "campaigns.yaml"


def changed(text: str, edit) -> tuple[str, list[str]]:
    new = copy.deepcopy(load(text))
    edit(new)
    result = rewrite(text, new)
    assert load(result) == new
    diff = difflib.ndiff(text.split("\n"), result.split("\n"))
    return result, [line[2:] for line in diff if line.startswith("+ ")]


def test_a_scalar_changes_in_place_and_its_comment_stays():
    text = EXAMPLE.read_text(encoding="utf-8")
    result, added = changed(text, lambda d: d["campaigns"][0].update(per_shopper=3))
    assert added == ["    per_shopper: 3       # orders per shopper"]
    assert len(result.split("\n")) == len(text.split("\n"))


def test_an_item_appended_to_a_list_takes_its_indentation():
    text = EXAMPLE.read_text(encoding="utf-8")
    item = {"id": "x", "segments": ["new"], "from": date(2026, 1, 1)}
    result, added = changed(text, lambda d: d["campaigns"].append(item))
    assert added == ["  - id: x", "    segments: [new]", "    from: 2026-01-01"]
    assert result.index("  - id: x") < result.index("rewards:")


def test_removed_and_added_keys_keep_the_other_lines():
    text = EXAMPLE.read_text(encoding="utf-8")

    def edit(d):
        del d["campaigns"][2]["locales"]
        d["campaigns"][1]["budget"] = ["9.00 EUR", "9.00 USD"]
        del d["segments"]["donor_days"]

    result, added = changed(text, edit)
    assert added == ["    budget: [9.00 EUR, 9.00 USD]"]
    assert "locales: [fr-FR]" not in result and "donor_days" not in result
    assert result.count("#") == text.count("#") - 1  # the donor_days comment went with it


def test_removing_an_items_first_key_rewrites_that_item_only():
    text = "a: 1  # keep\nlist:\n  - id: one  # first\n    n: 1\n  - id: two  # second\n    n: 2\n"
    result, _ = changed(text, lambda d: d["list"][0].pop("id"))
    assert "a: 1  # keep" in result and "  - id: two  # second" in result
    assert "# first" not in result


@pytest.mark.parametrize(
    "text",
    [
        "",
        "# only a comment\n",
        "segments: {active_days: 30}\ncampaigns: []\n",
        "campaigns:\n- id: one\n  n: 1\n",  # an indentless list
        "campaigns:\n  - id: one\n    say: >\n      folded\n      text\n",
        "campaigns:\n  - id: one\n    say: a long plain text\n      that goes on\n",
        "campaigns:\n  - id: one",  # no newline at the end
        "{campaigns: [{id: one}], segments: {top_share: 10}}\n",
    ],
)
def test_every_layout_loads_as_the_new_value(text):
    old = load(text) if text.strip() and load(text) else {}
    new = copy.deepcopy(old)
    items = new.setdefault("campaigns", [])
    if items:
        items[0]["say"] = "new words"
    items.append({"id": "added", "text": {"fr-FR": {"label": "Ajoutée"}}})
    new.setdefault("segments", {})["active_days"] = 45
    result = rewrite(text, new)
    assert load(result) == new
    if text.startswith("#"):
        assert result.startswith("# only a comment\n")


def test_item_lines_find_a_rule_and_stop_before_the_comments_after_it():
    text = "rewards:\n  - id: a\n    x: 1\n\n  # about b\n  - id: b\n    x: 2\n"
    lines = item_lines(text, "rewards", 0)
    assert lines is not None and (lines.first, lines.end, lines.lead) == (1, 3, "  - ")
    assert item_lines(text, "rewards", 2) is None and item_lines(text, "other", 0) is None
