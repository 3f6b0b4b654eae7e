"""A shop's own sample utterances (``samples.yaml``): checked against the intents and their
slots with file and line, put in the model, and understood."""

from __future__ import annotations

from pathlib import Path

import pytest

from content.loader import load_content
from skill.app import build_skill
from skill.interaction_model import build_all, build_model, sample_problems
from skill.settings import Settings
from skill.simulator import Simulator

KITCHEN = """\
en-US:
  GetGuideIntent:
    - "How do I cook {topic}"
    - "what goes with {topic} on {material}"
  NoSuchIntent:
    - "hello"
  ReviewCartIntent:
    - "what about {product}"
"""


@pytest.fixture
def folder(example_copy: Path) -> Path:
    return example_copy


def test_an_intent_or_slot_the_model_lacks_is_named_with_file_and_line(folder):
    (folder / "samples.yaml").write_text(KITCHEN, encoding="utf-8")
    problems = [str(p) for p in sample_problems(load_content(folder))]
    path = folder / "samples.yaml"
    assert problems == [
        f"{path}:6: en-US.NoSuchIntent[0]: no such intent 'NoSuchIntent' (the intents: "
        + problems[0].split("(the intents: ")[1],
        f"{path}:8: en-US.ReviewCartIntent[0]: {{product}} is not a slot of ReviewCartIntent"
        " (its slots: none)",
    ]
    assert "GetGuideIntent" in problems[0]


def test_the_shops_samples_are_in_its_model_and_understood(folder, tmp_path):
    (folder / "samples.yaml").write_text(
        'en-US:\n  GetGuideIntent:\n    - "how do i cook {topic}"\n', encoding="utf-8"
    )
    content = load_content(folder)
    [guide] = [i for i in build_model(content, "en-US")["interactionModel"]["languageModel"]
               ["intents"] if i["name"] == "GetGuideIntent"]  # fmt: skip
    assert "how do i cook {topic}" in guide["samples"]
    assert not any("stain" in sample for sample in guide["samples"]), "the example's are gone"
    models = tmp_path / "models"
    build_all(content, models)  # `echoppe models build`, as the simulator reads what Alexa has
    settings = Settings(content_dir=folder, db_path=tmp_path / "s.sqlite3")
    skill = build_skill(settings)
    talk = Simulator(skill, "en-US", user_id="amzn1.ask.account.COOK", models_dir=models)
    talk.launch()
    assert talk.say("how do i cook coffee").startswith("For the coffee or tea stain")
