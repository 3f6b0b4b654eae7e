"""Editing one guide or one product as a form: the fields a merchant changes most, read from and
written back to the YAML files, and the loader's errors put next to the field they are about.

A form is a flat ``dict[str, str]`` named by the YAML path of each field (``offer.product``,
``locales.fr-FR.steps``); a list is one item per line. Writing back starts from the file as it
is and replaces only the form's fields, so what the form does not show (material steps, other
grammar flags) is kept; a product is spliced into ``products.yaml`` in place of its old text,
so the comments around it stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import yaml

from content.yamlnodes import SAFE_LOADER, ContentError

GUIDE_FIELDS = ("products", "materials", "offer.product", "offer.after_step")
GUIDE_LOCALE_FIELDS = (
    "title", "synonyms", "need", "warnings", "steps", "bridge", "grammar.gender",
)  # fmt: skip
PRODUCT_FIELDS = ("group", "brand", "gtin", "availability")
PRODUCT_LOCALE_FIELDS = (
    "title", "synonyms", "description", "product_type", "price", "grammar.gender",
    "grammar.short",
)  # fmt: skip
LIST_FIELDS = {"products", "materials", "synonyms", "need", "warnings", "steps"}
_INDEX_RE = re.compile(r"\[\d+\]$")
_LEADING_INDEX_RE = re.compile(r"^\[\d+\]\.?")


def guide_path(guide_id: str) -> str:
    return f"guides/{guide_id}.yaml"


def field_names(kind: str, locales: Iterable[str]) -> list[str]:
    top, per_locale = (
        (GUIDE_FIELDS, GUIDE_LOCALE_FIELDS) if kind == "guide"
        else (PRODUCT_FIELDS, PRODUCT_LOCALE_FIELDS)
    )  # fmt: skip
    return [*top, *(f"locales.{loc}.{name}" for loc in locales for name in per_locale)]


def _get(data: Any, path: str) -> Any:
    for part in path.split("."):
        if not isinstance(data, dict):
            return None
        data = data.get(part)
    return data


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    for part in parts[:-1]:
        child = data.get(part)
        if not isinstance(child, dict):
            child = data[part] = {}
        data = child
    if value is None:
        data.pop(parts[-1], None)
    else:
        data[parts[-1]] = value


def _shown(name: str, value: Any) -> str:
    if value is None:
        return ""
    if name.rsplit(".", 1)[-1] in LIST_FIELDS and isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return str(value)


def form_values(document: dict[str, Any], names: Iterable[str]) -> dict[str, str]:
    return {name: _shown(name, _get(document, name)) for name in names}


def _parsed(name: str, text: str) -> Any:
    text = text.replace("\r\n", "\n").strip()
    if name.rsplit(".", 1)[-1] in LIST_FIELDS:
        return [line.strip() for line in text.split("\n") if line.strip()]
    if not text:
        return None
    if name == "offer.after_step":
        return int(text) if text.isdigit() else text
    return text


def apply_form(document: dict[str, Any], form: dict[str, str], names: Iterable[str]) -> dict:
    """``document`` with the form's fields replaced (a blank field is removed)."""
    updated = yaml.load(yaml.safe_dump(document), Loader=SAFE_LOADER)  # a deep copy
    for name in names:
        _set(updated, name, _parsed(name, form.get(name, "")))
    if isinstance(updated.get("offer"), dict) and not updated["offer"]:
        del updated["offer"]
    return updated


def dump(document: Any) -> str:
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100)


# --- guides -------------------------------------------------------------------------------------


def guide_document(text: str) -> dict[str, Any]:
    loaded = yaml.load(text, Loader=SAFE_LOADER)
    return loaded if isinstance(loaded, dict) else {}


# --- products -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProductSpan:
    """Where one product sits in ``products.yaml``: its document and its lines."""

    document: dict[str, Any]
    first_line: int
    end_line: int
    """Exclusive: the comments and blank lines after it belong to what follows."""


def find_product(text: str, product_id: str) -> ProductSpan | None:
    root = yaml.compose(text, Loader=SAFE_LOADER)
    if not isinstance(root, yaml.SequenceNode):
        return None
    lines = text.split("\n")
    for index, node in enumerate(root.value):
        document = yaml.load(yaml.serialize(node), Loader=SAFE_LOADER)
        if not isinstance(document, dict) or document.get("id") != product_id:
            continue
        first = node.start_mark.line
        end = root.value[index + 1].start_mark.line if index + 1 < len(root.value) else len(lines)
        while end > first + 1 and (
            not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")
        ):
            end -= 1
        return ProductSpan(document, first, end)
    return None


def replace_product(text: str, span: ProductSpan, document: dict[str, Any]) -> str:
    lines = text.split("\n")
    indented = dump([document]).rstrip("\n").split("\n")
    return "\n".join([*lines[: span.first_line], *indented, *lines[span.end_line :]])


# --- errors next to their field -------------------------------------------------------------------


def field_of(error: ContentError, names: Iterable[str]) -> str | None:
    """The form field an error of the edited file is about (``steps[2]`` is about ``steps``)."""
    path = _LEADING_INDEX_RE.sub("", error.field)
    while path:
        if path in names:
            return path
        stripped = _INDEX_RE.sub("", path)
        path = stripped if stripped != path else path.rsplit(".", 1)[0] if "." in path else ""
    return None


def place_errors(
    errors: Iterable[ContentError], file: str, names: list[str]
) -> tuple[dict[str, list[str]], list[ContentError]]:
    """The errors of ``file`` by form field, and every other error (shown above the form)."""
    by_field: dict[str, list[str]] = {}
    rest: list[ContentError] = []
    for error in errors:
        name = field_of(error, names) if error.file == file else None
        if name is None:
            rest.append(error)
        else:
            index = re.search(r"\[(\d+)\]$", error.field)
            where = (
                f"line {int(index[1]) + 1}: "
                if index and name.rsplit(".", 1)[-1] in LIST_FIELDS
                else ""
            )
            by_field.setdefault(name, []).append(where + error.message)
    return by_field, rest
