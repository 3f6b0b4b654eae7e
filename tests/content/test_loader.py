"""The content loader: the example merchant loads; broken content names file, line and field."""

from pathlib import Path

import pytest

from content.loader import load_content
from content.yamlnodes import ContentErrors

EXAMPLE = Path(__file__).resolve().parents[2] / "content" / "example"


@pytest.fixture
def folder(example_copy: Path) -> Path:
    return example_copy


def errors_of(folder: Path) -> list[str]:
    with pytest.raises(ContentErrors) as caught:
        load_content(folder)
    return [str(e) for e in caught.value.errors]


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_example_merchant_is_complete_in_both_locales():
    content = load_content(EXAMPLE)
    assert content.locales == ("fr-FR", "en-US")
    assert len(content.guides) >= 12
    assert all(len(c) >= 10 for c in content.catalogs.values())
    assert len(content.charities) >= 5
    for guide in content.guides.values():
        assert set(guide.text) == {"fr-FR", "en-US"}
    assert content.settings.locales["fr-FR"].currency == "EUR"


def test_unknown_key_is_reported_with_file_and_line(folder):
    path = folder / "guides" / "coffee.yaml"
    edit(path, "locales:", "colour: brown\nlocales:")
    errors = errors_of(folder)
    assert f"{path}:{line_of(path, 'colour: brown')}: colour: unknown key" in errors


def test_missing_and_mistyped_fields_all_at_once(folder):
    products = folder / "products.yaml"
    text = products.read_text(encoding="utf-8")
    first_price = next(line for line in text.splitlines() if "price:" in line)
    edit(products, first_price, first_price.split("price:")[0] + 'price: "seven euros"')
    skill = folder / "skill.yaml"
    edit(skill, "seller_of_record:", "seller:")
    errors = errors_of(folder)
    assert any("products.yaml" in e and ".price: not a price like" in e for e in errors)
    assert any("skill.yaml" in e and "seller: unknown key" in e for e in errors)
    assert any("skill.yaml" in e and "seller_of_record: is missing" in e for e in errors)


def test_duplicate_ids_are_reported(folder):
    path = folder / "charities.yaml"
    text = path.read_text(encoding="utf-8")
    ids = [line for line in text.splitlines() if line.startswith("- id:")]
    edit(path, ids[1], ids[0])
    errors = errors_of(folder)
    assert any("charities.yaml" in e and "duplicate id" in e for e in errors)


def test_reference_to_unknown_product_names_the_guide_file(folder):
    path = folder / "guides" / "ink.yaml"
    text = path.read_text(encoding="utf-8")
    products_line = next(line for line in text.splitlines() if line.startswith("products:"))
    edit(path, products_line, "products: [no-such-product]")
    errors = errors_of(folder)
    assert any(
        f"{path}:{line_of(path, 'no-such-product')}: products[0]: unknown product 'no-such-product'"
        == e
        for e in errors
    )


def test_empty_step_list_and_missing_locale(folder):
    path = folder / "guides" / "rust.yaml"
    data = path.read_text(encoding="utf-8")
    start = data.index("  en-US:")
    path.write_text(data[:start], encoding="utf-8")
    grass = folder / "guides" / "grass.yaml"
    text = grass.read_text(encoding="utf-8")
    steps_start = text.index("    steps:")
    steps_end = text.index("\n    ", text.index("\n      - ", steps_start) + 1)
    while text[steps_end + 1 : steps_end + 9] == "      - ":
        steps_end = text.index("\n", steps_end + 1)
    errors = errors_of(folder)
    assert any("rust.yaml" in e and "locales.en-US: locale en-US is missing" in e for e in errors)
    grass.write_text(
        text[:steps_start] + "    steps: []\n" + text[steps_end + 1 :], encoding="utf-8"
    )
    errors = errors_of(folder)
    assert any("grass.yaml" in e and "steps: must not be empty" in e for e in errors)


def test_yaml_syntax_error_is_reported_not_raised(folder):
    (folder / "materials.yaml").write_text(
        "- id: cotton\n  names: {fr-FR: [coton\n", encoding="utf-8"
    )
    errors = errors_of(folder)
    assert any("materials.yaml" in e and "(syntax)" in e for e in errors)


def test_offer_after_a_step_that_does_not_exist(folder):
    path = folder / "guides" / "red-wine.yaml"
    edit(path, "after_step: 3", "after_step: 42")
    errors = errors_of(folder)
    assert any(
        "red-wine.yaml" in e and "offer.after_step: step 42 does not exist" in e for e in errors
    )


def test_an_offer_instead_names_a_material_and_a_product_of_the_guide(folder):
    path = folder / "guides" / "red-wine.yaml"
    edit(
        path, "instead: {wool: spray-delicats,", "instead: {velvet: spray-delicats, wool: kit-cire,"
    )
    errors = errors_of(folder)
    assert any("red-wine.yaml" in e and "unknown material 'velvet'" in e for e in errors)
    assert any(
        "red-wine.yaml" in e and "'kit-cire' is not among the guide's products" in e for e in errors
    )


def test_an_offer_instead_is_read_per_material(folder):
    offer = load_content(folder).guides["red-wine"].offer
    assert offer is not None
    assert offer.product_for("wool") == offer.product_for("silk") == "spray-delicats"
    assert offer.product_for("cotton") == offer.product_for(None) == "oxy-spray-500"


def test_the_round_up_unit_is_read_and_a_zero_is_named(folder):
    skill = folder / "skill.yaml"
    assert load_content(folder).settings.round_up.to == 1  # left out: the next whole unit
    edit(skill, "pin_reuse_seconds: 0}", "pin_reuse_seconds: 0, to: 5}")
    assert load_content(folder).settings.round_up.to == 5
    edit(skill, "to: 5}", "to: 0}")
    line = line_of(skill, "to: 0}")
    assert any(
        f"skill.yaml:{line}" in e and "to: must be at least 1" in e for e in errors_of(folder)
    )


def test_delivery_days_are_read_and_a_range_backwards_is_named(folder):
    skill = folder / "skill.yaml"
    assert load_content(folder).settings.delivery["EUR"].days == (2, 4)
    edit(skill, "days: {from: 2, to: 4}", "days: {from: 5, to: 4}")
    line = line_of(skill, "days: {from: 5, to: 4}")
    errors = errors_of(folder)
    assert any(f"skill.yaml:{line}" in e and "to: must be at least from (5)" in e for e in errors)
