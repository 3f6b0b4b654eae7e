"""What publishing changes in the interaction models: the slot values (guides, products,
charities, materials) and invocation names a new content version adds or removes, compared with
the models of the skill package (what ``ask deploy`` last deployed) or, without one, with the
published content's."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from content.model import Content
from skill.interaction_model import build_model, model_path


@dataclass
class ModelChange:
    locale: str
    invocation: tuple[str, str] | None = None
    added: dict[str, list[str]] = field(default_factory=dict)
    """slot type → values (with their synonyms) new in the draft."""
    removed: dict[str, list[str]] = field(default_factory=dict)
    changed: dict[str, list[str]] = field(default_factory=dict)
    """slot type → values whose synonyms changed."""

    @property
    def empty(self) -> bool:
        return not (self.invocation or self.added or self.removed or self.changed)


def _values(model: dict) -> dict[str, dict[str, tuple[str, tuple[str, ...]]]]:
    language = model["interactionModel"]["languageModel"]
    return {
        t["name"]: {
            v.get("id", v["name"]["value"]): (
                v["name"]["value"],
                tuple(sorted(v["name"].get("synonyms", []))),
            )
            for v in t["values"]
        }
        for t in language.get("types", [])
    }


def compare(old: dict, new: dict, locale: str) -> ModelChange:
    change = ModelChange(locale)
    before = old["interactionModel"]["languageModel"]["invocationName"]
    after = new["interactionModel"]["languageModel"]["invocationName"]
    if before != after:
        change.invocation = (before, after)
    old_values, new_values = _values(old), _values(new)
    for slot_type in sorted(set(old_values) | set(new_values)):
        was, now = old_values.get(slot_type, {}), new_values.get(slot_type, {})
        added = [now[i][0] for i in now if i not in was]
        removed = [was[i][0] for i in was if i not in now]
        changed = [now[i][0] for i in now if i in was and now[i] != was[i]]
        if added:
            change.added[slot_type] = added
        if removed:
            change.removed[slot_type] = removed
        if changed:
            change.changed[slot_type] = changed
    return change


def model_changes(draft: Content, deployed_models: Path, published: Content) -> list[ModelChange]:
    out = []
    for locale in draft.locales:
        path = model_path(deployed_models, locale)
        if path.exists():
            old = json.loads(path.read_text(encoding="utf-8"))
        elif locale in published.locales:
            old = build_model(published, locale)
        else:
            continue
        out.append(compare(old, build_model(draft, locale), locale))
    return out
