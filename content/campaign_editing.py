"""Editing ``campaigns.yaml`` from the console: a campaign as a form, the segment thresholds as
a form, a reward rule as its own YAML block; each written back with ``content.yamledit`` (what
was not changed keeps its text and comments) and checked by the caller as ``echoppe content
check`` checks (``content.drafts.check_files``), errors put next to their field.

Reward rules are edited as YAML, not as a form: an action has five shapes (``first_purchase``,
``{order: N}``, ``{guide_finished: [ids]}``, ``{count: …, times: N, within_days: D}``…) and the
reward is a mapping per segment of three kinds of reward, each with its own fields; a form for
every combination would be larger than the block it edits, and would lose the merchant's
comments inside the rule. The block is checked like the whole file, its errors naming the
block's own line.

A campaign form is a flat mapping named by YAML path (``discount.percent``, ``budget.EUR``,
``text.fr-FR.say``); ``segments``, ``locales`` and ``products`` are lists (checkboxes).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import yaml

from content.editing import field_of
from content.yamledit import ItemLines, dump, item_lines, load, replace_lines, rewrite
from content.yamlnodes import ContentError
from marketing.model import SEGMENTS

FILE = "campaigns.yaml"
SEGMENT_FIELDS = ("active_days", "lapsed_days", "top_share", "donor_days")
CAMPAIGN_KEYS = (
    "id", "segments", "discount", "products", "from", "until", "locales", "per_shopper",
    "budget", "text",
)  # fmt: skip
MAX_BLOCK = 20_000
"""Characters in one reward rule's block."""

Document = dict[str, Any]
Posted = Mapping[str, Sequence[str]]
"""A submitted form: each name's values (``request.form.to_dict(flat=False)``)."""
FormValues = dict[str, str | list[str]]
"""What a form shows: a text per field, a list of texts for checkboxes."""
Placed = tuple[dict[str, list[str]], list[ContentError]]
"""Messages by form field, and the errors no field is about (shown above the form)."""
_AMOUNT_RE = re.compile(r"^\s*(.*?)\s*([A-Za-z]{3})\s*$")
_CURRENCY_FIELD_RE = re.compile(r"^(budget|discount\.amount)\[(\d+)\]")


@dataclass(frozen=True)
class Shop:
    """What the forms offer: the locales, and the currencies they pay in (in locale order)."""

    locales: tuple[str, ...]
    currencies: tuple[str, ...]


def read(files: Mapping[str, bytes]) -> tuple[str, Document]:
    """``campaigns.yaml``'s text and what it loads as (``{}`` without the file)."""
    text = files[FILE].decode() if FILE in files else ""
    root = load(text) if text.strip() else None
    return text, root if isinstance(root, dict) else {}


def _items(root: Document, section: str) -> list[Any]:
    items = root.get(section)
    return items if isinstance(items, list) else []


def index_of(root: Document, section: str, item_id: str) -> int | None:
    for index, item in enumerate(_items(root, section)):
        if isinstance(item, dict) and item.get("id") == item_id:
            return index
    return None


def _replace_item(root: Document, section: str, index: int | None, item: Any) -> tuple[Document, int]:  # fmt: skip
    new_root = copy.deepcopy(root)
    items = list(_items(new_root, section))
    if index is None:
        items.append(item)
        index = len(items) - 1
    else:
        items[index] = item
    new_root[section] = items
    return new_root, index


# --- form values ----------------------------------------------------------------------------


def _mapping(value: Any) -> dict[Any, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _amount_in(amounts: Any, currency: str) -> str:
    for item in amounts if isinstance(amounts, list) else []:
        match = _AMOUNT_RE.match(str(item))
        if match and match[2].upper() == currency:
            return match[1]
    return ""


def _number(text: str) -> int | str | None:
    """A whole number as a number; anything else as typed, for the check to name."""
    if not text:
        return None
    return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else text


def _day(text: str) -> date | str | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return text


def _put(document: Document, key: str, value: Any) -> None:
    if value is None:
        document.pop(key, None)
    else:
        document[key] = value


def campaign_names(shop: Shop) -> list[str]:
    """The fields an error may be next to."""
    return [
        "id", "segments", "discount", "discount.percent", "discount.amount",
        *(f"discount.amount.{c}" for c in shop.currencies), "products", "from", "until",
        "locales", "per_shopper", "budget", *(f"budget.{c}" for c in shop.currencies),
        *(f"text.{loc}.{k}" for loc in shop.locales for k in ("label", "say")),
    ]  # fmt: skip


def new_campaign(today: date) -> Document:
    return {"from": today, "products": "all"}


def campaign_values(document: Document, shop: Shop) -> FormValues:
    discount = _mapping(document.get("discount"))
    products = document.get("products")
    locales = document.get("locales")
    texts = _mapping(document.get("text"))
    values: FormValues = {
        "id": _text(document.get("id")),
        "segments": [str(s) for s in document.get("segments") or [] if isinstance(s, str)],
        "discount_kind": "amount" if "amount" in discount else "percent",
        "discount.percent": _text(discount.get("percent")),
        "products_scope": "some" if isinstance(products, list) else "all",
        "products": [str(p) for p in products] if isinstance(products, list) else [],
        "from": _text(document.get("from")),
        "until": _text(document.get("until")),
        "locales": [str(x) for x in locales] if isinstance(locales, list) else list(shop.locales),
        "per_shopper": _text(document.get("per_shopper")),
    }
    for currency in shop.currencies:
        values[f"discount.amount.{currency}"] = _amount_in(discount.get("amount"), currency)
        values[f"budget.{currency}"] = _amount_in(document.get("budget"), currency)
    for locale in shop.locales:
        text = _mapping(texts.get(locale))
        values[f"text.{locale}.label"] = _text(text.get("label"))
        values[f"text.{locale}.say"] = _text(text.get("say"))
    return values


def campaign_document(old: Document | None, posted: Posted, shop: Shop) -> Document:
    """The campaign the form describes: ``old`` with the form's fields replaced (a blank
    optional field is removed; a value that is not what it should be is kept as typed)."""

    def one(name: str) -> str:
        return next(iter(posted.get(name) or [""])).replace("\r\n", "\n").strip()

    def many(name: str) -> list[str]:
        return [line.strip() for value in posted.get(name) or [] for line in value.split("\n")
                if line.strip()]  # fmt: skip

    document: Document = dict(old) if old else {"id": one("id")}
    chosen = set(many("segments"))
    document["segments"] = [s for s in SEGMENTS if s in chosen]
    if one("discount_kind") == "amount":
        amounts = [f"{v} {c}" for c in shop.currencies if (v := one(f"discount.amount.{c}"))]
        document["discount"] = {"amount": amounts}
    else:
        document["discount"] = {"percent": _number(one("discount.percent"))}
    document["products"] = (
        list(dict.fromkeys(many("products"))) if one("products_scope") == "some" else "all"
    )
    _put(document, "from", _day(one("from")))
    _put(document, "until", _day(one("until")))
    locales = [loc for loc in shop.locales if loc in set(many("locales"))]
    every = len(locales) == len(shop.locales) and "locales" not in (old or {})
    _put(document, "locales", None if every else locales)
    _put(document, "per_shopper", _number(one("per_shopper")))
    budget = [f"{v} {c}" for c in shop.currencies if (v := one(f"budget.{c}"))]
    _put(document, "budget", budget or None)
    document["text"] = {
        loc: {k: v for k in ("label", "say") if (v := one(f"text.{loc}.{k}"))}
        for loc in shop.locales
    }
    if old is None:
        return {key: document[key] for key in CAMPAIGN_KEYS if key in document}
    return document


def save_campaign(text: str, root: Document, campaign_id: str | None, document: Document) -> tuple[str, int]:  # fmt: skip
    """The new text of the file, and the campaign's index in it (None: a new campaign, last)."""
    index = index_of(root, "campaigns", campaign_id) if campaign_id is not None else None
    if campaign_id is not None and index is None:
        raise KeyError(campaign_id)
    new_root, index = _replace_item(root, "campaigns", index, document)
    return rewrite(text, new_root), index


def end_today(text: str, root: Document, section: str, item_id: str, today: date) -> str:
    """A campaign's or a reward rule's last day set to ``today`` (it stops at midnight UTC)."""
    index = index_of(root, section, item_id)
    if index is None:
        raise KeyError(item_id)
    item = dict(_items(root, section)[index])
    item["until"] = today
    return rewrite(text, _replace_item(root, section, index, item)[0])


# --- errors next to their field ---------------------------------------------------------------


def _place(
    errors: Iterable[ContentError], prefix: str, names: list[str], document: Document,
    whole: str | None = None,
) -> Placed:  # fmt: skip
    """``whole``: the field for an error about the ``prefix`` node itself."""
    by_field: dict[str, list[str]] = {}
    rest: list[ContentError] = []
    for error in errors:
        inside = error.field == prefix or error.field.startswith(prefix + ".")
        name = None
        if error.file == FILE and inside:
            relative = _currency_field(error.field[len(prefix) + 1 :], document)
            name = field_of(replace(error, field=relative), names) if relative else whole
        if name is None:
            rest.append(error)
        else:
            by_field.setdefault(name, []).append(error.message)
    return by_field, rest


def _currency_field(field: str, document: Document) -> str:
    """``budget[1]`` is about the budget of the second amount's currency: ``budget.USD``."""
    match = _CURRENCY_FIELD_RE.match(field)
    if not match:
        return field
    amounts = document.get("budget") if match[1] == "budget" else _mapping(document.get("discount")).get("amount")  # fmt: skip
    index = int(match[2])
    if not isinstance(amounts, list) or index >= len(amounts):
        return match[1]
    found = _AMOUNT_RE.match(str(amounts[index]))
    return f"{match[1]}.{found[2].upper()}" if found else match[1]


def place_campaign_errors(errors: Iterable[ContentError], index: int, document: Document, shop: Shop) -> Placed:  # fmt: skip
    return _place(errors, f"campaigns[{index}]", campaign_names(shop), document)


# --- segment thresholds -----------------------------------------------------------------------


def segments_values(root: Document) -> FormValues:
    rules = _mapping(root.get("segments"))
    return {name: _text(rules.get(name)) for name in SEGMENT_FIELDS}


def save_segments(text: str, root: Document, posted: Posted) -> str:
    new_root = copy.deepcopy(root)
    old = root.get("segments")
    rules: Document = dict(old) if isinstance(old, dict) else {}
    for name in SEGMENT_FIELDS:
        _put(rules, name, _number(next(iter(posted.get(name) or [""])).strip()))
    _put(new_root, "segments", rules or None)
    return rewrite(text, new_root)


def place_segment_errors(errors: Iterable[ContentError]) -> Placed:
    return _place(errors, "segments", list(SEGMENT_FIELDS), {}, whole="lapsed_days")


# --- a reward rule as its YAML block ----------------------------------------------------------


def new_rule_block(shop: Shop, today: date) -> str:
    rule = {
        "id": "",
        "action": "first_purchase",
        "reward": {"everyone": {"discount": {"percent": 10}}},
        "from": today,
        "until": today.replace(year=today.year + 1),
        "expires_days": 30,
        "text": {loc: {"label": ""} for loc in shop.locales},
    }
    return dump(rule)


def _dedent(text: str, lines: ItemLines) -> str:
    rows = text.split("\n")[lines.first : lines.end]
    out = [rows[0][len(lines.lead) :]]
    for row in rows[1:]:
        out.append(row[lines.column :] if not row[: lines.column].strip() else row.lstrip())
    return "\n".join(out) + "\n"


def rule_block(text: str, root: Document, rule_id: str) -> str | None:
    """The rule's lines as the merchant wrote them (comments too), without their indentation."""
    index = index_of(root, "rewards", rule_id)
    if index is None:
        return None
    lines = item_lines(text, "rewards", index)
    return _dedent(text, lines) if lines else dump(_items(root, "rewards")[index])


def parse_block(block: str) -> Document | ContentError:
    """The rule a block holds, or what is wrong with it (its line in the block)."""
    if len(block) > MAX_BLOCK:
        return ContentError(FILE, 1, "(block)", f"is {len(block)} characters; keep it under {MAX_BLOCK}")  # fmt: skip
    try:
        value = load(block)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        return ContentError(FILE, mark.line + 1 if mark else 1, "(syntax)", str(exc.problem))
    except yaml.YAMLError as exc:
        return ContentError(FILE, 1, "(syntax)", str(exc))
    if not isinstance(value, dict):
        return ContentError(FILE, 1, "(block)", "a reward rule is a mapping: id, action, reward…")
    return value


def save_rule(text: str, root: Document, rule_id: str | None, block: str, rule: Document) -> tuple[str, int, int]:  # fmt: skip
    """The new text with the rule's block in place of the old one (or after the last rule),
    the rule's index, and the file line (0-based) the block starts on."""
    index = index_of(root, "rewards", rule_id) if rule_id is not None else None
    if rule_id is not None and index is None:
        raise KeyError(rule_id)
    new_root, index = _replace_item(root, "rewards", index, rule)
    written = rewrite(text, new_root)
    lines = item_lines(written, "rewards", index)
    if lines is None:
        return written, index, 0
    rows = block.replace("\r\n", "\n").rstrip("\n").split("\n")
    indented = [lines.lead + rows[0], *((" " * lines.column + r) if r.strip() else "" for r in rows[1:])]  # fmt: skip
    spliced = replace_lines(written, lines.first, lines.end, indented)
    try:
        same = load(spliced) == load(written)
    except yaml.YAMLError:
        same = False
    return (spliced if same else written), index, lines.first


def place_block_errors(errors: Iterable[ContentError], index: int, first: int, count: int) -> tuple[list[str], list[ContentError]]:  # fmt: skip
    """The errors inside the block (``line N: field: message``, N the block's line) and the
    others."""
    inside: list[str] = []
    rest: list[ContentError] = []
    prefix = f"rewards[{index}]"
    for error in errors:
        if error.file == FILE and first < error.line <= first + count:
            field = error.field.removeprefix(prefix).lstrip(".") or error.field
            inside.append(f"line {error.line - first}: {field}: {error.message}")
        else:
            rest.append(error)
    return inside, rest
