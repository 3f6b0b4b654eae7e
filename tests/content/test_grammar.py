"""Grammar in the content: how names are said in sentences, checked like everything else."""

import shutil
from pathlib import Path

import pytest

from content.loader import load_content
from content.model import Grammar
from tests.content.test_loader import EXAMPLE, edit, errors_of, line_of


@pytest.fixture
def folder(tmp_path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(EXAMPLE, copy)
    return copy


def test_the_example_declares_every_french_gender():
    content = load_content(EXAMPLE)
    assert content.warnings == ()
    assert content.product_grammar["fr-FR"]["terre-sommieres"].gender == "feminine"
    assert content.charities["croix-rouge"].text["fr-FR"].grammar == Grammar(
        gender="feminine", proper=True
    )
    assert content.guides["red-wine"].text["fr-FR"].grammar.gender == "feminine"


def test_a_french_name_without_gender_is_a_warning_with_its_line(folder):
    path = folder / "charities.yaml"
    edit(path, "      grammar: {gender: feminine}\n", "")
    content = load_content(folder)
    assert [str(w) for w in content.warnings] == [
        f"{path}:{line_of(path, 'Croix-Rouge française')}: [0].locales.fr-FR.grammar: "
        "no gender: pronouns default to the masculine"
    ]
    assert content.charities["croix-rouge"].text["fr-FR"].grammar.gender is None


def test_a_wrong_gender_is_an_error_with_file_line_and_field(folder):
    path = folder / "products.yaml"
    edit(path, "grammar: {gender: feminine}", "grammar: {gender: female}")
    errors = errors_of(folder)
    assert any(
        e.startswith(f"{path}:{line_of(path, 'gender: female')}: ") and "gender" in e
        for e in errors
    ), errors


def test_unknown_grammar_keys_are_errors(folder):
    path = folder / "guides" / "coffee.yaml"
    edit(path, "grammar: {gender: feminine}", "grammar: {gender: feminine, case: dative}")
    assert any("case: unknown key" in e for e in errors_of(folder))


def test_a_long_title_without_a_short_name_is_a_warning(folder):
    path = folder / "products.yaml"
    edit(
        path,
        'grammar: {gender: masculine, short: "kit anti-cire de bougie"}',
        "grammar: {gender: masculine}",
    )
    warnings = [str(w) for w in load_content(folder).warnings]
    assert any("give a short spoken name" in w and str(path) in w for w in warnings), warnings
