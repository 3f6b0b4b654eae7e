"""A merchant's own wording of the prompts (``prompts.yaml``): checked against the defaults with
file and line, spoken escaped; without it the skill speaks echoppe's neutral defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from content.loader import load_content
from content.wording import default_prompts
from skill import envelopes
from skill.app import build_skill
from skill.settings import Settings
from skill.simulator import Simulator
from tests.content.test_loader import EXAMPLE, errors_of

BROKEN = """\
fr-FR:
  goodbye: "Au revoir {shopper} !"
  pin_wrong:
    select: left
    one: "Encore {left} essai."
  out_of_stock_sibling: {select: left, other: "Épuisé."}
  guide_which: "Quel guide {veux-tu ?"
  no_such_prompt: "Bonjour"
de-DE:
  goodbye: "Tschüss"
"""


@pytest.fixture
def folder(example_copy: Path) -> Path:
    return example_copy


def test_what_does_not_fit_is_named_with_file_and_line(folder):
    (folder / "prompts.yaml").write_text(BROKEN, encoding="utf-8")
    errors = errors_of(folder)
    path = folder / "prompts.yaml"
    expected = [
        f"{path}:2: fr-FR.goodbye: unknown placeholder {{shopper}} (this prompt has: none)",
        f"{path}:4: fr-FR.pin_wrong: a choice needs an 'other' sentence",
        f"{path}:6: fr-FR.out_of_stock_sibling.select: this prompt chooses on 'sibling'",
        f"{path}:7: fr-FR.guide_which: unbalanced {{ or }}",
        f"{path}:8: fr-FR.no_such_prompt: no such prompt",
        f"{path}:9: de-DE: unknown key",
    ]
    for wanted in expected:
        assert any(e.startswith(wanted) for e in errors), (wanted, errors)
    assert all(str(path) in e for e in errors)


def test_the_example_shop_speaks_of_stains_and_echoppe_of_guides():
    content = load_content(EXAMPLE)
    assert "tache" in str(content.prompts["fr-FR"]["guide_which"])
    assert "stain" not in str(default_prompts("en-US")["guide_which"])
    assert "tache" not in str(default_prompts("fr-FR")["guide_which"])


def talk(folder: Path, tmp_path: Path, locale: str) -> Simulator:
    settings = Settings(content_dir=folder, db_path=tmp_path / "w.sqlite3")
    return Simulator(build_skill(settings), locale, user_id="amzn1.ask.account.WORDS")


def test_without_prompts_yaml_the_skill_speaks_the_defaults(folder, tmp_path):
    (folder / "prompts.yaml").unlink()
    shopper = talk(folder, tmp_path, "en-US")
    shopper.launch()
    assert shopper.say("stop") == "Goodbye, and see you soon!"


def test_the_merchants_words_are_spoken_never_parsed(folder, tmp_path):
    (folder / "prompts.yaml").write_text(
        'en-US:\n  help: "Bye from {skill} & thanks <3"\n', encoding="utf-8"
    )
    shopper = talk(folder, tmp_path, "en-US")
    shopper.launch()
    response = shopper.send(envelopes.intent_request("en-US", "AMAZON.HelpIntent"))
    ssml = response["response"]["outputSpeech"]["ssml"]
    assert "Bye from Stain Recipes &amp; thanks &lt;3" in ssml
    assert Simulator.speech(response) == "Bye from Stain Recipes & thanks <3"
