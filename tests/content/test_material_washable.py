"""A material's ``washable: false`` (content/FORMAT.md, "materials.yaml"): a carpet or a couch
is not soaked nor put in a machine, so a guide's general steps are never read for it."""

from pathlib import Path

from content.loader import load_content
from tests.content.test_loader import EXAMPLE, edit, errors_of, line_of

WASHABLE = "  washable: false"


def test_the_example_carpet_and_couch_are_not_washable_and_the_rest_are():
    materials = load_content(EXAMPLE).materials
    unwashable = {m.id for m in materials.values() if not m.washable}
    assert unwashable == {"carpet", "upholstery"}


def test_washable_must_be_true_or_false(example_copy: Path):
    path = example_copy / "materials.yaml"
    edit(path, f"{WASHABLE}   #", "  washable: sometimes   #")
    errors = errors_of(example_copy)
    line = line_of(path, "washable: sometimes")
    assert any(f"materials.yaml:{line}" in e and "true or false" in e for e in errors), errors
