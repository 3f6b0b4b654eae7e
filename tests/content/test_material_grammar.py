"""A material's ``grammar`` (« sur la soie », « pour le coton »), read and checked as every
``grammar`` is (content/FORMAT.md, "Names in sentences")."""

from pathlib import Path

import pytest

from content.loader import load_content
from content.model import Grammar
from skill.grammar import Name
from tests.content.test_loader import EXAMPLE, edit, errors_of, line_of

SILK_GRAMMAR = "  grammar:\n    fr-FR: {gender: feminine}   # « la soie »\n"


@pytest.fixture
def folder(example_copy: Path) -> Path:
    return example_copy


def test_every_example_material_has_its_french_gender():
    content = load_content(EXAMPLE)
    assert content.warnings == ()
    genders = {m.id: m.grammar["fr-FR"].gender for m in content.materials.values()}
    assert genders == {
        "cotton": "masculine",
        "wool": "feminine",
        "silk": "feminine",
        "synthetic": "masculine",
        "denim": "masculine",
        "carpet": "feminine",
        "upholstery": "masculine",
        "linen": "masculine",
    }
    # English names are said bare: "on silk", not "on the silk"
    assert content.materials["silk"].grammar["en-US"] == Grammar(article=False)


def test_a_material_is_said_with_its_article_and_elided_before_a_vowel(folder):
    path = folder / "materials.yaml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "- id: acrylic\n  names: {fr-FR: [acrylique], en-US: [acrylic]}\n"
        + "  grammar: {fr-FR: {gender: masculine}}\n",
        encoding="utf-8",
    )
    materials = load_content(folder).materials

    def the(material: str, locale: str) -> str:
        names, grammar = materials[material].names, materials[material].grammar
        return Name(names[locale][0], locale, grammar[locale]).the

    assert the("silk", "fr-FR") == "la soie"
    assert the("cotton", "fr-FR") == "le coton"
    assert the("acrylic", "fr-FR") == "l'acrylique"
    assert the("silk", "en-US") == "silk"


def test_a_wrong_gender_is_an_error_with_file_line_and_field(folder):
    path = folder / "materials.yaml"
    edit(path, SILK_GRAMMAR, "  grammar:\n    fr-FR: {gender: female}\n")
    assert (
        f"{path}:{line_of(path, 'gender: female')}: [2].grammar.fr-FR.gender: "
        "must be one of masculine, feminine; found 'female'"
    ) in errors_of(folder)


def test_a_french_grammar_without_gender_and_unknown_keys_are_errors(folder):
    path = folder / "materials.yaml"
    edit(
        path, SILK_GRAMMAR, "  grammar:\n    fr-FR: {plural: true}\n    de-DE: {gender: feminine}\n"
    )
    errors = errors_of(folder)
    assert (
        f"{path}:{line_of(path, 'plural: true')}: [2].grammar.fr-FR.gender: "
        "French names need a gender (masculine or feminine)"
    ) in errors
    assert f"{path}:{line_of(path, 'de-DE')}: [2].grammar.de-DE: unknown key" in errors


def test_a_material_without_grammar_is_a_warning_with_its_line(folder):
    path = folder / "materials.yaml"
    edit(path, SILK_GRAMMAR, "")
    content = load_content(folder)
    assert [str(w) for w in content.warnings] == [
        f"{path}:{line_of(path, 'id: silk')}: [2].grammar: "
        "no gender: pronouns default to the masculine"
    ]
    assert content.materials["silk"].grammar["fr-FR"].gender is None
