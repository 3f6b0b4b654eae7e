"""``samples.yaml``: the sample utterances a shop adds to the interaction model, per locale and
intent (optional). echoppe's templates (``interaction_models/templates``) hold what any shop's
shoppers say ("next", "what's in my cart", "{topic}"); how a shop's shoppers ask for its guides
("how do I get {topic} out of my {material}" for stains, "how do I cook {topic}" for a kitchen)
belongs to the shop. The reading here checks the shape; ``skill.interaction_model`` checks the
intents and slots against the templates (``echoppe content check``, ``models build``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from content.yamlnodes import Node

MAX_SAMPLE_CHARS = 200
_INTENT_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_.]*$")


@dataclass(frozen=True)
class Sample:
    text: str
    file: str
    line: int
    field: str
    """Where it was written, for an error about it."""


def read_samples(root: Node, locales: tuple[str, ...]) -> dict[str, dict[str, tuple[Sample, ...]]]:
    """locale → intent → its added samples, lowercase, in the file's order."""
    if not root.is_mapping():
        return {}
    root.only(set(locales))
    samples: dict[str, dict[str, tuple[Sample, ...]]] = {}
    for locale, by_intent in root.items():
        if locale not in locales or not by_intent.is_mapping():
            continue
        added: dict[str, tuple[Sample, ...]] = {}
        for intent, node in by_intent.items():
            if not _INTENT_RE.match(intent):
                node.error("an intent name, such as GetGuideIntent")
                continue
            texts = []
            for element in node.elements():
                text = element.text(max_len=MAX_SAMPLE_CHARS)
                if text is not None:
                    texts.append(Sample(text.lower(), element.file, element.line, element.field))
            added[intent] = tuple(texts)
        samples[locale] = added
    return samples
