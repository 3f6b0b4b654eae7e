"""What the skill says: the default prompts (``content/prompts/<locale>*.yaml``) and a merchant's
own wording over them (``prompts.yaml`` in the content folder, optional).

A merchant may reword any prompt — "Which stain is bothering you?" is a stain-remover maker's
question, not every shop's — within what the prompt can say: the same placeholders or fewer
(``{skill}``, ``{product.the}``…), the same ``select`` with an ``other`` sentence for a choice.
The merchant's text is spoken, never parsed as SSML (``&``, ``<`` are escaped), so a typo cannot
break a reply. ``echoppe content check`` reports what does not fit, with file and line.
"""

from __future__ import annotations

import html
import string
from collections import ChainMap
from collections.abc import Mapping
from functools import cache
from pathlib import Path

import yaml

from content.yamlnodes import SAFE_LOADER, Node, Problems

Prompt = str | dict[str, str]
"""A sentence, or a choice of sentences on one parameter (``select``: the parameter's name)."""

DEFAULTS_DIR = Path(__file__).resolve().parent / "prompts"
MAX_PROMPT_CHARS = 600

_CATEGORIES = {"zero", "one", "two", "few", "many", "other", "masculine", "feminine", "plural"}
"""What ``select`` chooses among: CLDR plural categories, and a name's gender or number."""


@cache
def default_prompts(locale: str) -> dict[str, Prompt]:
    """``prompts/<locale>.yaml`` plus every ``prompts/<locale>.<part>.yaml`` (one per flow)."""
    prompts: dict[str, Prompt] = {}
    files = [DEFAULTS_DIR / f"{locale}.yaml", *sorted(DEFAULTS_DIR.glob(f"{locale}.*.yaml"))]
    for path in files:
        with path.open(encoding="utf-8") as handle:
            part = yaml.load(handle, Loader=SAFE_LOADER) or {}
        clash = set(part) & set(prompts)
        if clash:
            raise ValueError(f"{path.name}: prompt keys defined twice: {', '.join(sorted(clash))}")
        prompts.update(part)
    return prompts


def placeholders(prompt: Prompt) -> set[str]:
    """The parameters a prompt fills (``{product.the}`` → ``product``); ``ValueError`` when a
    brace is unbalanced."""
    texts = [prompt] if isinstance(prompt, str) else [v for k, v in prompt.items() if k != "select"]
    names: set[str] = set()
    for text in texts:
        for _, field, _, _ in string.Formatter().parse(text):
            if field is not None:
                names.add(field.split(".")[0].split("[")[0])
    return names


def read_overrides(
    root: Node, locales: tuple[str, ...], problems: Problems
) -> dict[str, dict[str, Prompt]]:
    """``prompts.yaml``: locale → prompt key → the merchant's wording (escaped), checked
    against the defaults; every problem is reported on its line."""
    if not root.is_mapping():
        return {}
    root.only(set(locales))
    overrides: dict[str, dict[str, Prompt]] = {}
    for locale, node in root.items():
        if locale not in locales or not node.is_mapping():
            continue
        defaults = default_prompts(locale)
        mine: dict[str, Prompt] = {}
        for key, value in node.items():
            if key not in defaults or key.startswith("_"):
                value.error("no such prompt (see content/prompts/ for the keys)")
                continue
            prompt = _read(value, defaults[key])
            if prompt is not None:
                mine[key] = prompt
        overrides[locale] = mine
    return overrides


def _read(node: Node, default: Prompt) -> Prompt | None:
    if isinstance(default, str):
        text = node.text(max_len=MAX_PROMPT_CHARS)
        return _fits(node, text, default) if text is not None else None
    if not node.is_mapping():
        return None
    node.only({"select"} | _CATEGORIES)
    select = node.get("select")
    if select is not None and select.text() != default["select"]:
        select.error(f"this prompt chooses on {default['select']!r}")
        return None
    choice: dict[str, str] = {"select": default["select"]}
    for category, sentence in node.items():
        if category == "select":
            continue
        text = sentence.text(max_len=MAX_PROMPT_CHARS)
        fitted = _fits(sentence, text, default) if text is not None else None
        if fitted is None:
            return None
        choice[category] = fitted
    if "other" not in choice:
        node.error("a choice needs an 'other' sentence, said when no other fits")
        return None
    return choice


def _fits(node: Node, text: str, default: Prompt) -> str | None:
    """``text`` escaped for speech, when its placeholders are ones the default fills."""
    try:
        used = placeholders(text)
    except ValueError:
        node.error("unbalanced { or }: write a placeholder as {name}")
        return None
    allowed = placeholders(default)
    unknown = sorted(used - allowed)
    if unknown:
        known = ", ".join(f"{{{name}}}" for name in sorted(allowed)) or "none"
        node.error(f"unknown placeholder {{{unknown[0]}}} (this prompt has: {known})")
        return None
    return html.escape(text, quote=False)


def merged(locale: str, overrides: Mapping[str, Prompt] | None) -> Mapping[str, Prompt]:
    """The defaults with the merchant's wording over them, without copying either (a speaker is
    made per turn)."""
    defaults = default_prompts(locale)
    return ChainMap(dict(overrides), defaults) if overrides else defaults
