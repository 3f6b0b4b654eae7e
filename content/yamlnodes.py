"""Reading YAML node by node, so every value keeps its file and line for error messages."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml

from payments.money import Money, MoneyError

T = TypeVar("T")

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's loader when PyYAML was built with it: the same nodes and marks, a third of the time."""
MAX_FILE_BYTES = 8 * 1024 * 1024
"""One content file; a catalog larger than this belongs in a feed (``echoppe catalog import``)."""
MAX_DEPTH = 64
MAX_NODES = 1_000_000
"""Values in one file once its aliases are expanded."""
MAX_AMPLIFICATION = 10


@dataclass(frozen=True, order=True)
class ContentError:
    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


class ContentErrors(Exception):
    """All the problems found in a content folder, reported at once."""

    def __init__(self, errors: list[ContentError]) -> None:
        self.errors = sorted(errors)
        super().__init__("\n".join(str(e) for e in self.errors))


class Problems:
    """Collects errors while a whole folder is read, so the merchant sees all of them at once."""

    def __init__(self) -> None:
        self.errors: list[ContentError] = []

    def add(self, file: str, node: yaml.Node | None, field: str, message: str) -> None:
        line = node.start_mark.line + 1 if node is not None else 1
        self.errors.append(ContentError(file, line, field, message))


def compose(path: Path, problems: Problems, display: str) -> yaml.Node | None:
    """Parse one file into nodes; a syntax error or a duplicate key is reported, not raised.

    What a merchant's file may not do, each reported with its line: exceed ``MAX_FILE_BYTES``,
    hold a control character (a NUL...), nest deeper than ``MAX_DEPTH``, or use aliases that
    expand it past ``MAX_NODES`` nodes or ``MAX_AMPLIFICATION`` times its written size (an alias
    bomb: a few lines that would take minutes and gigabytes to walk), or refer to themselves.
    """
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            problems.errors.append(
                ContentError(
                    display, 1, "(file)", f"is {size} bytes; the limit is {MAX_FILE_BYTES}"
                )
            )
            return None
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.errors.append(ContentError(display, 1, "(file)", f"cannot read: {exc}"))
        return None
    try:
        node = yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problems.errors.append(ContentError(display, line, "(syntax)", str(exc.problem)))
        return None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        problems.errors.append(ContentError(display, line, "(syntax)", exc.reason))
        return None
    if node is None:
        return None
    shape = _shape_problem(node) if _ALIAS_RE.search(text) else _depth_problem(node)
    if shape is not None:
        where, message = shape
        problems.add(display, where, "(aliases)" if "alias" in message else "(nesting)", message)
        return None
    _find_duplicate_keys(node, problems, display, "")
    return node


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


_ALIAS_RE = re.compile(r"(?:^|[\s\[{,])\*[^\s,\]}]", re.MULTILINE)
"""Where an alias (``*name``) may start. A file without one is a tree: only its depth needs a
look (``_depth_problem``), a third of the time of the whole-graph walk, on every cold start. A
``*`` inside a quoted text matches too, and only costs the whole walk."""


def _depth_problem(root: yaml.Node) -> tuple[yaml.Node, str] | None:
    """The first node nested deeper than ``MAX_DEPTH`` in a document without aliases."""
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return node, f"nested more than {MAX_DEPTH} levels deep"
        value = node.value
        if isinstance(node, yaml.MappingNode):
            stack.extend((part, depth + 1) for pair in value for part in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in value)
    return None


def _shape_problem(root: yaml.Node) -> tuple[yaml.Node, str] | None:
    """Depth, cycles and alias expansion of a composed document, in one walk of its graph.

    Composition keeps an alias as a second reference to the anchored node, so the written
    document is the graph (``distinct`` nodes) while readers walk the tree it unfolds into
    (``expanded`` nodes). Sizes are memoised per node: the walk is linear in what was written.
    """
    size: dict[int, int] = {}
    references: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, finished = stack.pop()
        key = id(node)
        if finished:
            on_path.discard(key)
            size[key] = 1 + sum(size[id(child)] for child in _children(node))
            continue
        if key in size:
            continue
        if depth > MAX_DEPTH:
            return node, f"nested more than {MAX_DEPTH} levels deep"
        on_path.add(key)
        stack.append((node, depth, True))
        for child in _children(node):
            references[id(child)] = references.get(id(child), 0) + 1
            if id(child) in on_path:
                return child, "an alias refers to a node that contains it"
            if id(child) not in size:
                stack.append((child, depth + 1, False))
    expanded, distinct = size[id(root)], len(size)
    if expanded > MAX_NODES or (expanded > 10_000 and expanded > MAX_AMPLIFICATION * distinct):
        nodes = {id(n): n for n in _all_nodes(root)}
        worst = max(
            (k for k, count in references.items() if count > 1),
            key=lambda k: size[k] * (references[k] - 1),
        )
        return nodes[worst], (
            f"aliases of this anchor expand the file to {expanded} values from {distinct}"
            f" written (at most {MAX_NODES}, and {MAX_AMPLIFICATION} times what is written)"
        )
    return None


def _all_nodes(root: yaml.Node) -> list[yaml.Node]:
    seen: dict[int, yaml.Node] = {}
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) not in seen:
            seen[id(node)] = node
            stack.extend(_children(node))
    return list(seen.values())


def _find_duplicate_keys(node: yaml.Node, problems: Problems, file: str, where: str) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            name = f"{where}.{key.value}" if where else str(key.value)
            if key.value in seen:
                problems.add(file, key, name, "duplicate key")
            seen.add(key.value)
            _find_duplicate_keys(value, problems, file, name)
    elif isinstance(node, yaml.SequenceNode):
        for i, child in enumerate(node.value):
            _find_duplicate_keys(child, problems, file, f"{where}[{i}]")


class Node:
    """A YAML node with its file and dotted field path; typed getters report problems."""

    def __init__(self, node: yaml.Node, file: str, field: str, problems: Problems) -> None:
        self.node = node
        self.file = file
        self.field = field
        self.problems = problems

    @property
    def line(self) -> int:
        return self.node.start_mark.line + 1

    def error(self, message: str, field: str | None = None, node: yaml.Node | None = None) -> None:
        self.problems.add(self.file, node or self.node, field or self.field, message)

    def _child_name(self, key: str) -> str:
        return f"{self.field}.{key}" if self.field else key

    # --- mappings -------------------------------------------------------------------------
    def is_mapping(self) -> bool:
        if not isinstance(self.node, yaml.MappingNode):
            self.error(f"must be a mapping, found {_kind(self.node)}")
            return False
        return True

    def keys(self) -> list[str]:
        return (
            [k.value for k, _ in self.node.value] if isinstance(self.node, yaml.MappingNode) else []
        )

    def only(self, allowed: set[str]) -> None:
        """Report every key not in ``allowed``."""
        if not isinstance(self.node, yaml.MappingNode):
            return
        for key, _ in self.node.value:
            if key.value not in allowed:
                self.problems.add(self.file, key, self._child_name(str(key.value)), "unknown key")

    def get(self, key: str, *, required: bool = True) -> Node | None:
        if not isinstance(self.node, yaml.MappingNode):
            return None
        for k, v in self.node.value:
            if k.value == key:
                return Node(v, self.file, self._child_name(key), self.problems)
        if required:
            self.error("is missing", self._child_name(key))
        return None

    def at(self, *path: str) -> Node:
        """The node at ``path`` below this one, or the deepest that exists: where to point an
        error about something that may be missing."""
        node = self
        for key in path:
            child = node.get(key, required=False)
            if child is None:
                break
            node = child
        return node

    def items(self) -> Iterator[tuple[str, Node]]:
        if isinstance(self.node, yaml.MappingNode):
            for k, v in self.node.value:
                yield (
                    str(k.value),
                    Node(v, self.file, self._child_name(str(k.value)), self.problems),
                )

    def per_locale(self, locales: tuple[str, ...]) -> Iterator[tuple[str, Node]]:
        """The children of a ``{locale: …}`` mapping for ``locales``, reporting a locale that is
        missing and one that is not configured (left out)."""
        present = self.keys()
        for locale in locales:
            if locale not in present:
                self.error(f"locale {locale} is missing", f"{self.field}.{locale}")
        for locale, child in self.items():
            if locale not in locales:
                child.error(f"locale {locale} is not in skill.yaml's locales")
                continue
            yield locale, child

    # --- sequences ------------------------------------------------------------------------
    def elements(self) -> list[Node]:
        if not isinstance(self.node, yaml.SequenceNode):
            self.error(f"must be a list, found {_kind(self.node)}")
            return []
        return [
            Node(v, self.file, f"{self.field}[{i}]", self.problems)
            for i, v in enumerate(self.node.value)
        ]

    # --- scalars --------------------------------------------------------------------------
    def scalar(self) -> Any:
        if not isinstance(self.node, yaml.ScalarNode):
            self.error(f"must be a single value, found {_kind(self.node)}")
            return None
        return yaml.constructor.SafeConstructor().construct_object(self.node)

    def text(self, *, max_len: int | None = None) -> str | None:
        value = self.scalar() if isinstance(self.node, yaml.ScalarNode) else None
        if not isinstance(value, str) or not value.strip():
            self.error(f"must be a non-empty text, found {_kind(self.node, value)}")
            return None
        if max_len is not None and len(value) > max_len:
            self.error(f"is {len(value)} characters long; keep it under {max_len}")
        return value.strip()

    def boolean(self) -> bool | None:
        value = self.scalar() if isinstance(self.node, yaml.ScalarNode) else None
        if not isinstance(value, bool):
            self.error(f"must be true or false, found {_kind(self.node, value)}")
            return None
        return value

    def integer(self, *, minimum: int | None = None) -> int | None:
        value = self.scalar() if isinstance(self.node, yaml.ScalarNode) else None
        if not isinstance(value, int) or isinstance(value, bool):
            self.error(f"must be a whole number, found {_kind(self.node, value)}")
            return None
        if minimum is not None and value < minimum:
            self.error(f"must be at least {minimum}")
            return None
        return value

    def money(self) -> Money | None:
        value = self.scalar() if isinstance(self.node, yaml.ScalarNode) else None
        if not isinstance(value, str):
            self.error(f'must be an amount with its currency like "9.90 EUR", found {value!r}')
            return None
        try:
            return Money.parse(value)
        except MoneyError as exc:
            self.error(str(exc))
            return None
        except ArithmeticError:  # decimal.InvalidOperation: more digits than Decimal holds
            self.error(f"{value!r} is not a plausible amount")
            return None

    def texts(self, *, max_len: int | None = None, allow_empty: bool = False) -> list[str]:
        elements = self.elements()
        if not elements and not allow_empty and isinstance(self.node, yaml.SequenceNode):
            self.error("must not be empty")
        return [t for t in (e.text(max_len=max_len) for e in elements) if t is not None]

    def choice(self, choices: tuple[str, ...]) -> str | None:
        value = self.text()
        if value is not None and value not in choices:
            self.error(f"must be one of {', '.join(choices)}; found {value!r}")
            return None
        return value


ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
"""What every content id looks like (guides, products, charities, campaigns...)."""


def read_id(node: Node, seen: Container[str], shared: str = "") -> str | None:
    """The ``id`` of ``node`` when it is well-formed and not in ``seen``; else an error on it.
    ``shared``: why ids of other kinds count as duplicates, said with the error."""
    id_node = node.get("id")
    value = id_node.text() if id_node else None
    if value is None or id_node is None:
        return None
    if not ID_RE.match(value):
        id_node.error("use lowercase letters, digits, - and _ (at most 64)")
        return None
    if value in seen:
        id_node.error(f"duplicate id {value!r}" + (f" ({shared})" if shared else ""))
        return None
    return value


def each(nodes: list[Node], read: Callable[[Node], T | None]) -> list[T]:
    """Read every node, keeping the ones that read without error."""
    return [v for v in (read(n) for n in nodes) if v is not None]


def _kind(node: yaml.Node, value: Any = None) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if value is None:
        return "nothing"
    return f"{type(value).__name__} {value!r}"
