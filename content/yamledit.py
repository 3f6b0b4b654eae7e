"""Rewriting a merchant's YAML file so it loads as a new value, changing as little text as
possible: what a form did not change keeps its comments, its layout and its key order.

``rewrite(text, new)`` walks the composed nodes of ``text`` beside ``new`` and edits only what
differs:

- a one-line scalar is replaced in place (a comment after it on its line stays);
- a block mapping is changed key by key: a key whose value changed is rewritten on its own
  lines, a removed key loses its lines, a new key is added after the last one;
- a block list is changed item by item, and new items are appended after the last one;
- a flow mapping or list (``{percent: 10}``, ``[new]``) is rewritten whole, on one line.

What cannot be edited that way (an item removed from a list, a multi-line scalar) rewrites the
smallest enclosing part that can be. The result is loaded again and compared with ``new``;
if it differs (a layout this module does not foresee), the whole file is written from ``new``,
without its comments, rather than a file that says something else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from content.yamlnodes import SAFE_LOADER

Edit = tuple[int, int, str]
"""Replace ``text[start:end]`` by a new text."""
_WIDE = 1 << 30
"""No line wrapping in a one-line (flow) value."""


def load(text: str) -> Any:
    return yaml.load(text, Loader=SAFE_LOADER)


def dump(value: Any) -> str:
    """A block YAML text of ``value``, short lists and mappings on one line as people write
    them (``segments: [new]``, ``discount: {percent: 10}``)."""
    return "\n".join(_lines(value)) + "\n"


def rewrite(text: str, new: Any) -> str:
    """``text`` changed so that it loads as ``new`` (see the module docstring)."""
    text = _ended(text)
    root = yaml.compose(text, Loader=SAFE_LOADER) if text.strip() else None
    if root is None:  # nothing but comments: keep them, add the value after
        return text + dump(new)
    source = _Source(text)
    edits = source.edits(root, new)
    if edits is None:
        return dump(new)
    result = text
    previous_start = len(text) + 1
    # Back to front; edits at one place go in the order they were made (the text's order).
    ordered = sorted(enumerate(edits), key=lambda e: (e[1][0], e[0]), reverse=True)
    for _, (start, end, replacement) in ordered:
        assert end <= previous_start, "overlapping edits"
        result = result[:start] + replacement + result[end:]
        previous_start = start
    try:
        return result if _same(load(result), new) else dump(new)
    except yaml.YAMLError:
        return dump(new)


@dataclass(frozen=True)
class ItemLines:
    """Where one item of a block list sits: lines ``first``..``end`` (exclusive, without the
    comments and blank lines after it), its content's column and its first line's lead
    (``"  - "``)."""

    first: int
    end: int
    column: int
    lead: str


def item_lines(text: str, key: str, index: int) -> ItemLines | None:
    """The lines of item ``index`` of the block list under the top-level ``key``."""
    root = yaml.compose(text, Loader=SAFE_LOADER) if text.strip() else None
    if not isinstance(root, yaml.MappingNode):
        return None
    source = _Source(text)
    for k, v in root.value:
        if k.value == key and isinstance(v, yaml.SequenceNode) and not v.flow_style:
            if not 0 <= index < len(v.value):
                return None
            first, end = source.item_range(v, index)
            column = v.value[index].start_mark.column
            return ItemLines(first, end, column, source.lines[first][:column])
    return None


def replace_lines(text: str, first: int, end: int, new_lines: list[str]) -> str:
    """``text`` with lines ``first``..``end`` (exclusive) replaced by ``new_lines``."""
    text = _ended(text)
    start, stop, replacement = _Source(text).lines_edit(first, end, new_lines)
    return text[:start] + replacement + text[stop:]


def _ended(text: str) -> str:
    """Every line ends with a newline (what is inserted after the last one starts its own)."""
    return text + "\n" if text and not text.endswith("\n") else text


def _value(node: yaml.Node) -> Any:
    return SafeConstructor().construct_object(node, deep=True)


def _same(a: Any, b: Any) -> bool:
    """Equal as YAML says it (``1`` and ``true`` differ; key order does not matter)."""
    return yaml.safe_dump(a, allow_unicode=True) == yaml.safe_dump(b, allow_unicode=True)


def _inline(value: Any) -> str:
    """``value`` on one line: a scalar as YAML writes it, a collection in flow style."""
    return yaml.safe_dump(
        [value], default_flow_style=True, allow_unicode=True, sort_keys=False, width=_WIDE
    ).strip()[1:-1]


def _lines(value: Any) -> list[str]:
    """``value`` as block lines: a mapping key by key, a list item by item, and what holds
    only scalars on one line."""
    if isinstance(value, dict) and value:
        out: list[str] = []
        for key, child in value.items():
            if isinstance(child, dict | list) and child and not _leaf(child):
                out.append(_inline({key: None})[1:-1].removesuffix(" null"))
                out.extend("  " + line for line in _lines(child))
            else:
                out.append(_inline({key: child})[1:-1])
        return out
    if isinstance(value, list) and value:
        out = []
        for item in value:
            lines = _lines(item)
            out.extend(["- " + lines[0], *("  " + line for line in lines[1:])])
        return out
    return [_inline(value)]


def _leaf(value: dict[Any, Any] | list[Any]) -> bool:
    """Holds only scalars, and is short: written on one line."""
    children = value.values() if isinstance(value, dict) else value
    short = len(_inline(value)) <= 80
    return short and not any(isinstance(c, dict | list) for c in children)


def _indent(lines: list[str], lead: str, column: int) -> list[str]:
    return [lead + lines[0], *((" " * column + line) if line else "" for line in lines[1:])]


class _Source:
    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = text.split("\n")
        self.offsets = [0]
        for line in self.lines:
            self.offsets.append(self.offsets[-1] + len(line) + 1)

    def edits(self, node: yaml.Node, new: Any) -> list[Edit] | None:
        """What turns ``node`` into ``new``; None: rewrite the enclosing part."""
        if _same(_value(node), new):
            return []
        if isinstance(node, yaml.ScalarNode):
            one_line = node.start_mark.line == node.end_mark.line
            empty = node.value == "" and not node.style  # ``key:`` with nothing after it
            if node.style in ("|", ">") or not one_line or empty or isinstance(new, dict | list):
                return None
            return [(node.start_mark.index, node.end_mark.index, _inline(new))]
        if getattr(node, "flow_style", False):  # a collection written on one line
            return [(node.start_mark.index, node.end_mark.index, _inline(new))]
        if isinstance(node, yaml.MappingNode) and isinstance(new, dict) and new:
            return self._mapping(node, new)
        if isinstance(node, yaml.SequenceNode) and isinstance(new, list):
            return self._sequence(node, new)
        return None

    def _mapping(self, node: yaml.MappingNode, new: dict[Any, Any]) -> list[Edit] | None:
        pairs = node.value
        column = pairs[0][0].start_mark.column
        ranges = self._ranges([k.start_mark.line for k, _ in pairs], node, column)
        present = {str(k.value) for k, _ in pairs}
        wanted = {str(k): v for k, v in new.items()}
        edits: list[Edit] = []
        for (key, value), (first, end) in zip(pairs, ranges, strict=True):
            lead = self.lines[first][:column]
            if str(key.value) not in wanted:
                if lead.strip():  # the key shares its line with the item's "- "
                    return None
                edits.append(self.lines_edit(first, end, []))
                continue
            target = wanted[str(key.value)]
            child = self.edits(value, target)
            if child is None:
                block = _lines({key.value: target})
                child = [self.lines_edit(first, end, _indent(block, lead, column))]
            edits.extend(child)
        added = {k: v for k, v in new.items() if str(k) not in present}
        if added:
            after = ranges[-1][1]
            edits.append(
                self.lines_edit(after, after, _indent(_lines(added), " " * column, column))
            )
        return edits

    def _sequence(self, node: yaml.SequenceNode, new: list[Any]) -> list[Edit] | None:
        items = node.value
        if len(new) < len(items) or not items:
            return None
        edits: list[Edit] = []
        for index, item in enumerate(items):
            child = self.edits(item, new[index])
            if child is None:
                first, end = self.item_range(node, index)
                column = item.start_mark.column
                lead = self.lines[first][:column]
                child = [self.lines_edit(first, end, _indent(_lines(new[index]), lead, column))]
            edits.extend(child)
        if len(new) > len(items):
            last = items[-1]
            first, end = self.item_range(node, len(items) - 1)
            column = last.start_mark.column
            lead = self.lines[first][:column]
            if "-" not in lead:
                lead = " " * max(column - 2, 0) + "- "
            added: list[str] = []
            for value in new[len(items) :]:
                added.extend(_indent(_lines(value), lead, column))
            edits.append(self.lines_edit(end, end, added))
        return edits

    def item_range(self, node: yaml.SequenceNode, index: int) -> tuple[int, int]:
        starts = [item.start_mark.line for item in node.value]
        return self._ranges(starts, node, node.value[index].start_mark.column)[index]

    def _ranges(self, starts: list[int], node: yaml.Node, column: int) -> list[tuple[int, int]]:
        """Each child's lines, from its start to the next one's, less the blank lines and the
        comments (at the children's column or left of it) that lead to the next one."""
        ends = [*starts[1:], self._end_line(node)]
        return [(first, self._trim(first, end, column)) for first, end in zip(starts, ends, strict=True)]  # fmt: skip

    def _end_line(self, node: yaml.Node) -> int:
        mark = node.end_mark
        if mark.line >= len(self.lines):
            return len(self.lines)
        return mark.line + 1 if self.lines[mark.line][: mark.column].strip() else mark.line

    def _trim(self, first: int, end: int, column: int) -> int:
        while end > first + 1:
            line = self.lines[end - 1]
            stripped = line.lstrip()
            if stripped and not (stripped.startswith("#") and len(line) - len(stripped) <= column):
                break
            end -= 1
        return end

    def lines_edit(self, first: int, end: int, new_lines: list[str]) -> Edit:
        start = min(self.offsets[first], len(self.text))
        stop = min(self.offsets[end], len(self.text))
        return (start, stop, "".join(line + "\n" for line in new_lines))
