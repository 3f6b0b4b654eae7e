"""What every part of the content loader shares: the folder, the problems found, and the
readers of ids, grammar, per-locale blocks and references (``content.loader`` composes the
parts: ``read_settings``, ``read_products``, ``read_texts``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from catalog.model import Catalog
from content.model import Grammar, default_grammar
from content.yamlnodes import ContentError, Node, Problems, compose, read_id

T = TypeVar("T")
SUPPORTED_LOCALES = ("fr-FR", "en-US")
_HTTPS_RE = re.compile(r"^https://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$")


class Reading:
    """The state of one load of a content folder, and the readers its parts share."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.problems = Problems()
        self.locales: tuple[str, ...] = SUPPORTED_LOCALES
        self.compiled: dict[str, Catalog] = {}  # locale → catalog of a current compiled index
        self.warnings: list[ContentError] = []
        self.product_grammar: dict[str, dict[str, Grammar]] = {
            locale: {} for locale in SUPPORTED_LOCALES
        }

    def _open(self, relative: str, *, required: bool = True) -> Node | None:
        path = self.folder / relative
        if not path.exists():
            if required:
                self.problems.add(str(path), None, "(file)", "is missing")
            return None
        node = compose(path, self.problems, str(path))
        if node is None:
            if required and not self.problems.errors:
                self.problems.add(str(path), None, "(file)", "is empty")
            return None
        return Node(node, str(path), "", self.problems)

    # --- shared ---------------------------------------------------------------------------
    def _id(self, node: Node, seen: Container[str]) -> str | None:
        return read_id(node, seen)

    def _grammar(
        self, parent: Node, kind: str, locale: str, key: str = "grammar"
    ) -> Grammar | None:
        """How a name is said in sentences (``content.model.Grammar``); defaults by kind and
        language. A French name without a gender is a warning: pronouns and articles need it.
        ``key``: where the mapping sits in ``parent`` (``grammar`` in a locale block; a
        material's is under its locale in its ``grammar``: ``parent`` is that, ``key`` the locale).
        """
        grammar = default_grammar(kind, locale)
        node = parent.get(key, required=False)
        if node is None:
            if locale.startswith("fr"):
                self.warnings.append(
                    ContentError(
                        parent.file,
                        parent.line,
                        f"{parent.field}.{key}",
                        "no gender: pronouns default to the masculine",
                    )
                )
            return grammar
        if not node.is_mapping():
            node.error("grammar is a mapping: gender, plural, article, elision, proper, short")
            return None
        node.only({"gender", "plural", "article", "elision", "proper", "short"})
        changes: dict[str, object] = {}
        gender = node.get("gender", required=False)
        if gender is not None:
            changes["gender"] = gender.choice(("masculine", "feminine"))
        elif locale.startswith("fr"):
            node.error("French names need a gender (masculine or feminine)", f"{node.field}.gender")
        for flag in ("plural", "article", "elision", "proper"):
            flag_node = node.get(flag, required=False)
            if flag_node is not None:
                changes[flag] = flag_node.boolean()
        short = node.get("short", required=False)
        if short is not None:
            changes["short"] = short.text(max_len=60)
        if any(value is None for value in changes.values()):
            return None
        return replace(grammar, **changes)  # type: ignore[arg-type]

    def _per_locale(
        self, node: Node | None, read: Callable[[Node, str], T | None]
    ) -> dict[str, T] | None:
        """Read one value per configured locale; every locale must be there, no other."""
        if node is None or not node.is_mapping():
            return None
        values: dict[str, T] = {}
        for locale, child in node.per_locale(self.locales):
            value = read(child, locale)
            if value is not None:
                values[locale] = value
        return values if set(values) == set(self.locales) else None

    def _references(self, node: Node | None, known: Container[str], what: str) -> list[str]:
        if node is None:
            return []
        ids = []
        for element in node.elements():
            value = element.text()
            if value is None:
                continue
            if value not in known:
                element.error(f"unknown {what} {value!r}")
            else:
                ids.append(value)
        return ids


def _opt_text(
    node: Node | None, *, default: str | None = None, max_len: int | None = None
) -> str | None:
    return node.text(max_len=max_len) if node is not None else default


def _opt_texts(node: Node | None, *, allow_empty: bool = False) -> tuple[str, ...] | None:
    return tuple(node.texts(allow_empty=allow_empty)) if node is not None else None


def _https_url(node: Node | None) -> str | None:
    """An https:// URL (Alexa accepts no other for legal pages and account linking)."""
    value = node.text(max_len=2048) if node is not None else None
    if value is not None and node is not None and not _HTTPS_RE.match(value):
        node.error(f"must be an https:// URL, found {value!r}")
        return None
    return value


class _ProductIds:
    """Known product ids: a set, plus compiled catalogs asked one id at a time."""

    def __init__(self, ids: set[str], compiled: Iterable[Catalog]) -> None:
        self.ids = ids
        self.compiled = list(compiled)

    def __contains__(self, product_id: object) -> bool:
        if product_id in self.ids:
            return True
        return isinstance(product_id, str) and any(product_id in c for c in self.compiled)
