"""Malformed content files: each gives ``file:line`` and loads nothing, and none hangs.

The fixtures are in ``tests/fixtures/merchant_input/content``; each replaces one file of a copy
of the example content. ``echoppe content check`` runs as a merchant runs it, in a process with a
timeout, so that an alias bomb that hangs fails the test instead of the suite.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from content import yamlnodes
from content.loader import load_content
from content.yamlnodes import ContentErrors

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "merchant_input" / "content"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(ROOT / "content" / "example", folder)
    return folder


def check(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "skill.cli", "content", "check"],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "ECHOPPE_CONTENT": str(folder)},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("fixture", "target", "expected"),
    [
        ("alias_bomb.yaml", "materials.yaml", ":9: (aliases): aliases of this anchor expand"),
        ("recursive_alias.yaml", "charities.yaml", ":1: (aliases): an alias refers to a node"),
        ("nul_byte.yaml", "materials.yaml", ":2: (syntax): control characters are not allowed"),
    ],
)
def test_hostile_yaml_is_refused_with_its_line(
    content: Path, fixture: str, target: str, expected: str
) -> None:
    shutil.copy(FIXTURES / fixture, content / target)
    result = check(content)
    assert result.returncode == 1
    assert f"{content / target}{expected}" in result.stderr, result.stderr
    assert "nothing was loaded" in result.stderr


def errors_of(folder: Path) -> list[str]:
    with pytest.raises(ContentErrors) as caught:
        load_content(folder)
    return [str(e) for e in caught.value.errors]


def replace_in(path: Path, old: str, new: str) -> int:
    """Replace the first ``old`` in ``path``; the line it was on."""
    text = path.read_text(encoding="utf-8")
    index = text.index(old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text.count("\n", 0, index) + 1


@pytest.mark.parametrize(
    ("price", "message"),
    [
        ('"0.00 EUR"', "must be more than 0"),
        ('"1e30 EUR"', "not a price like '7.99 EUR': '1e30 EUR'"),
        (
            '"1000000000000000000000000000000.00 EUR"',
            "'1000000000000000000000000000000.00 EUR' is not",
        ),
        ('"2000000.00 EUR"', "2000000.00 EUR is over the 1000000.00 EUR limit"),
    ],
)
def test_implausible_prices_are_refused(content: Path, price: str, message: str) -> None:
    products = content / "products.yaml"
    line = replace_in(products, 'price: "6.90 EUR"', f"price: {price}")
    expected = f"{products}:{line}: [0].locales.fr-FR.price: {message}"
    assert any(error.startswith(expected) for error in errors_of(content)), errors_of(content)


def test_a_five_megabyte_title_is_refused(content: Path) -> None:
    products = content / "products.yaml"
    title = "Détachant à l'oxygène actif en spray 250 ml"
    line = replace_in(products, title, "x" * (5 * 1024 * 1024))
    expected = (
        f"{products}:{line}: [0].locales.fr-FR.title: is {5 * 1024 * 1024} characters long;"
        " keep it under 150"
    )
    assert expected in errors_of(content)


def test_a_file_over_the_size_limit_is_not_parsed(content: Path, monkeypatch) -> None:
    monkeypatch.setattr(yamlnodes, "MAX_FILE_BYTES", 100)
    with pytest.raises(ContentErrors) as caught:
        load_content(content)
    skill = content / "skill.yaml"
    expected = f"{skill}:1: (file): is {skill.stat().st_size} bytes; the limit is 100"
    assert expected in [str(e) for e in caught.value.errors]


@pytest.mark.parametrize("bad_id", ["oxy spray", "Oxy-Spray-250"])
def test_ids_with_spaces_or_capitals_are_refused(content: Path, bad_id: str) -> None:
    products = content / "products.yaml"
    text = products.read_text(encoding="utf-8")
    first_id = text.split("- id: ", 1)[1].split("\n", 1)[0]
    line = replace_in(products, f"- id: {first_id}\n", f"- id: {bad_id}\n")
    expected = f"{products}:{line}: [0].id: use lowercase letters, digits, - and _ (at most 64)"
    assert expected in errors_of(content)


def test_deep_nesting_is_refused_before_it_is_walked(content: Path) -> None:
    materials = content / "materials.yaml"
    materials.write_text("- " + "[" * 200 + "]" * 200 + "\n", encoding="utf-8")
    with pytest.raises(ContentErrors) as caught:
        load_content(content)
    assert f"{materials}:1: (nesting): nested more than 64 levels deep" in [
        str(e) for e in caught.value.errors
    ]


def test_anchors_in_moderation_are_fine(content: Path) -> None:
    """Aliases are YAML: a merchant may share a list between locales."""
    materials = content / "materials.yaml"
    text = materials.read_text(encoding="utf-8")
    materials.write_text(text + "- id: jute\n  names: {fr-FR: &jute [jute], en-US: *jute}\n")
    assert load_content(content).materials["jute"].names == {"fr-FR": ("jute",), "en-US": ("jute",)}
