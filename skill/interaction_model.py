"""Interaction models: generated per locale from the content and the intent templates, and checked
against Alexa's rules. ``echoppe models build`` writes them; ``echoppe models check`` compares."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from content.model import Content
from content.yamlnodes import SAFE_LOADER, ContentError
from skill.settings import MODELS_SUBDIR

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "interaction_models" / "templates"
MAX_SLOT_VALUES = 10_000
"""Per custom slot type; a larger catalog still resolves through echoppe's own resolver (the slot
then carries free text), so only the first values by catalog order go into the model."""
FORBIDDEN_INVOCATION_WORDS = {"alexa", "echo", "skill", "app", "amazon"}
OTHER_MATERIAL = "other"
"""The MATERIAL value for "something else": the guide's default steps."""
ALL_OF_THEM = ("both", "all")
"""The CHOICE values for "both" / « les deux » and "all of them" / « tous », from the template's
``all_of_them``: the answer to "which one?" that takes every option (``skill.flows.cart_lines``)."""
_SLOT_RE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
MAX_SAMPLE_LENGTH = 200


@cache
def load_template(locale: str) -> dict:
    with (TEMPLATES_DIR / f"{locale}.yaml").open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=SAFE_LOADER)


def build_model(content: Content, locale: str) -> dict:
    """The Alexa interaction model JSON for one locale."""
    template = load_template(locale)
    added = content.samples.get(locale, {})
    intents = []
    for name, spec in template["intents"].items():
        samples = list(spec.get("samples", []))
        samples += [s.text for s in added.get(name, ()) if s.text not in samples]
        intent: dict = {"name": name, "samples": samples}
        slots = spec.get("slots") or {}
        if slots:
            intent["slots"] = [{"name": s, "type": t} for s, t in slots.items()]
        intents.append(intent)
    extended = template.get("builtin_samples") or {}
    for name in template["builtins"]:
        intents.append({"name": name, "samples": list(extended.get(name, []))})
    return {
        "interactionModel": {
            "languageModel": {
                "invocationName": content.settings.locales[locale].invocation_name,
                "intents": intents,
                "types": slot_types(content, locale, template),
            }
        }
    }


def sample_problems(content: Content) -> list[ContentError]:
    """What ``samples.yaml`` adds that the model cannot take: an intent the templates do not
    have (or a built-in), a slot the intent does not have."""
    problems: list[ContentError] = []
    for locale, by_intent in content.samples.items():
        intents = load_template(locale)["intents"]
        for intent, samples in by_intent.items():
            for sample in samples:
                if intent not in intents:
                    known = ", ".join(sorted(intents))
                    message = f"no such intent {intent!r} (the intents: {known})"
                    problems.append(ContentError(sample.file, sample.line, sample.field, message))
                    break
                slots = intents[intent].get("slots") or {}
                for slot in _SLOT_RE.findall(sample.text):
                    if slot not in slots:
                        own = ", ".join(f"{{{name}}}" for name in slots) or "none"
                        message = f"{{{slot}}} is not a slot of {intent} (its slots: {own})"
                        problems.append(
                            ContentError(sample.file, sample.line, sample.field, message)
                        )
    return problems


def slot_types(content: Content, locale: str, template: dict) -> list[dict]:
    guides = [
        (g.id, g.text[locale].synonyms[0], [g.text[locale].title, *g.text[locale].synonyms[1:]])
        for g in content.guides.values()
    ]
    products = [(p.id, p.title, list(p.synonyms)) for p in content.catalogs[locale].products]
    charities = [
        (c.id, c.text[locale].name, list(c.text[locale].synonyms))
        for c in content.charities.values()
    ]
    materials = [
        (m.id, m.names[locale][0], list(m.names[locale][1:])) for m in content.materials.values()
    ]
    other = template.get("other_material", [])
    if other:
        materials.append((OTHER_MATERIAL, other[0], other[1:]))
    variant_values = sorted(
        {v for p in content.catalogs[locale].products for v in p.variants.values()}
    )
    choices: list[tuple[str, str, list[str]]] = [
        (_slug(v), v, []) for v in [*template.get("choices", []), *variant_values]
    ]
    every = template.get("all_of_them") or {}
    choices += [(key, every[key][0], every[key][1:]) for key in ALL_OF_THEM if every.get(key)]
    static = [
        _slot_type(name, [(v["id"], v["value"], v.get("synonyms", [])) for v in values])
        for name, values in (template.get("types") or {}).items()
    ]
    return [
        *static,
        _slot_type("GUIDE_TOPIC", guides),
        _slot_type("PRODUCT", products[:MAX_SLOT_VALUES]),
        _slot_type("CHARITY", charities),
        _slot_type("MATERIAL", materials),
        _slot_type("CHOICE", choices),
    ]


def _slot_type(name: str, entries: list[tuple[str, str, list[str]]]) -> dict:
    values = []
    for entry_id, value, synonyms in entries:
        seen = {normalise(value)}
        unique = []
        for synonym in synonyms:
            key = normalise(synonym)
            if key not in seen:
                seen.add(key)
                unique.append(synonym)
        item: dict = {"id": entry_id, "name": {"value": value}}
        if unique:
            item["name"]["synonyms"] = unique
        values.append(item)
    return {"name": name, "values": values}


def normalise(text: str) -> str:
    """Case, accents, punctuation and spacing folded, as Alexa matches spoken words.

    An apostrophe (typed ' or ’) is punctuation like a hyphen: a recogniser may give
    « qu est ce que » for « qu'est-ce que », "whats" aside, so « l'herbe » and « l herbe »,
    "what's" and "what’s" read the same."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^\w{}]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", normalise(text)).strip("_")


@dataclass(frozen=True)
class ModelProblem:
    locale: str
    message: str

    def __str__(self) -> str:
        return f"{MODELS_SUBDIR / self.locale}.json: {self.message}"


def check_model(model: dict, locale: str) -> list[ModelProblem]:
    """Alexa's rules that a build can break; an empty list means the model is fine."""
    problems: list[ModelProblem] = []
    language = model["interactionModel"]["languageModel"]
    invocation = language["invocationName"]
    if invocation != invocation.lower():
        problems.append(ModelProblem(locale, f"invocation name {invocation!r} must be lowercase"))
    words = invocation.split()
    if len(words) < 2:
        problems.append(ModelProblem(locale, f"invocation name {invocation!r} needs two words"))
    for word in words:
        if word in FORBIDDEN_INVOCATION_WORDS:
            problems.append(ModelProblem(locale, f"invocation name must not contain {word!r}"))
    type_names = {t["name"] for t in language["types"]}
    owner_of: dict[str, str] = {}
    for intent in language["intents"]:
        declared = {s["name"]: s["type"] for s in intent.get("slots", [])}
        for slot_type in declared.values():
            if not slot_type.startswith("AMAZON.") and slot_type not in type_names:
                problems.append(
                    ModelProblem(locale, f"{intent['name']}: slot type {slot_type} is not defined")
                )
        for sample in intent["samples"]:
            if len(sample) > MAX_SAMPLE_LENGTH:
                problems.append(
                    ModelProblem(locale, f"{intent['name']}: {sample!r} is over 200 characters")
                )
            for slot in _SLOT_RE.findall(sample):
                if slot not in declared:
                    problems.append(
                        ModelProblem(
                            locale, f"{intent['name']}: {{{slot}}} in {sample!r} is not a slot"
                        )
                    )
            key = normalise(sample)
            other = owner_of.setdefault(key, intent["name"])
            if other != intent["name"]:
                problems.append(
                    ModelProblem(
                        locale, f"sample {sample!r} is in both {other} and {intent['name']}"
                    )
                )
    for slot_type in language["types"]:
        seen: dict[str, str] = {}
        for value in slot_type["values"]:
            for text in [value["name"]["value"], *value["name"].get("synonyms", [])]:
                key = normalise(text)
                if key in seen and seen[key] != value["id"]:
                    problems.append(
                        ModelProblem(
                            locale,
                            f"{slot_type['name']}: {text!r} belongs to both {seen[key]} and {value['id']}",
                        )
                    )
                seen.setdefault(key, value["id"])
    return problems


def render(model: dict) -> str:
    return json.dumps(model, ensure_ascii=False, indent=2) + "\n"


def model_path(models_dir: Path, locale: str) -> Path:
    return models_dir / f"{locale}.json"


def build_all(content: Content, models_dir: Path) -> list[Path]:
    written = []
    models_dir.mkdir(parents=True, exist_ok=True)
    for locale in content.locales:
        path = model_path(models_dir, locale)
        path.write_text(render(build_model(content, locale)), encoding="utf-8")
        written.append(path)
    return written


def check_all(content: Content, models_dir: Path) -> list[str]:
    """Problems with the committed models: stale, missing, or against Alexa's rules."""
    problems = [str(p) for p in sample_problems(content)]
    for locale in content.locales:
        expected = build_model(content, locale)
        problems += [str(p) for p in check_model(expected, locale)]
        path = model_path(models_dir, locale)
        if not path.exists():
            problems.append(f"{path}: missing; run `echoppe models build`")
        elif path.read_text(encoding="utf-8") != render(expected):
            problems.append(
                f"{path}: differs from what the content generates; run `echoppe models build`"
            )
    return problems
