"""Malformed feeds: each gives its line and the reason, and `catalog import` publishes nothing.

The fixtures are in ``tests/fixtures/merchant_input/feeds``; the two that would weigh megabytes
(a 5 MB cell, a file over the size limit) are written here. Publishing cells that a spreadsheet
would run as formulas is tested too: they are neutralised in the published file and read back
unchanged.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from catalog import feed
from catalog.feed import FeedError, neutralise_cell, read_feed, restore_cell, write_feed
from catalog.importer import import_feed

ROOT = Path(__file__).resolve().parents[2]
FEEDS = ROOT / "tests" / "fixtures" / "merchant_input" / "feeds"
HEADER = "id\ttitle\tdescription\tbrand\tprice\tavailability\n"
GOOD_ROW = "soap-1\tSoap 100 g\tA soap.\tAcme\t3.50 EUR\tin stock\n"


def errors_of(path: Path) -> list[str]:
    with pytest.raises(FeedError) as caught:
        read_feed(path, "en-US")
    return [str(error) for error in caught.value.errors]


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("header_only.tsv", ":2: row: no products: the feed has a header and no rows"),
        ("price_zero.tsv", ":3: price: must be more than 0"),
        ("price_huge.tsv", ":2: price: not a price like '7.99 EUR': '1e30 EUR'"),
        (
            "price_huge.tsv",
            ":3: price: '1000000000000000000000000000000.00 EUR' is not a plausible",
        ),
        ("price_huge.tsv", ":4: price: 5000000.00 EUR is over the 1000000.00 EUR limit"),
        ("id_with_space.tsv", ":3: id: 'soap 2' has a space or a control character"),
        ("case_duplicate_ids.tsv", ":3: id: duplicate id 'soap-1' (first on line 2;"),
        ("nul_byte.tsv", ":3: row: NUL byte: is this a binary file?"),
    ],
)
def test_each_malformed_feed_names_its_line(fixture: str, expected: str) -> None:
    path = FEEDS / fixture
    assert any(error.startswith(str(path) + expected) for error in errors_of(path)), errors_of(path)


def test_a_five_megabyte_cell_is_one_error_on_its_line(tmp_path: Path) -> None:
    path = tmp_path / "big-cell.tsv"
    big = "x" * (5 * 1024 * 1024)
    path.write_text(HEADER + GOOD_ROW + f"soap-2\tSoap\t{big}\tAcme\t4.50 EUR\tin stock\n")
    (error,) = errors_of(path)
    assert error.startswith(f"{path}:3: row: a cell is longer than {csv.field_size_limit()}")


def test_a_cell_over_merchant_centers_limit_is_named(tmp_path: Path) -> None:
    path = tmp_path / "long-title.tsv"
    path.write_text(HEADER + GOOD_ROW.replace("Soap 100 g", "S" * 151))
    assert errors_of(path) == [f"{path}:2: title: is 151 characters; at most 150"]


def test_a_file_over_the_size_limit_is_not_read(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "huge.tsv"
    path.write_text(HEADER + GOOD_ROW * 100)
    monkeypatch.setattr(feed, "MAX_FEED_BYTES", 1000)
    assert errors_of(path) == [f"{path}:1: file: is {path.stat().st_size} bytes; the limit is 1000"]


def test_a_file_that_is_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.tsv"
    path.write_bytes((HEADER + GOOD_ROW).encode() + "soap-2\tSavon à 2 €\n".encode("cp1252"))
    assert errors_of(path) == [f"{path}:3: row: not UTF-8 text"]


@pytest.mark.parametrize(
    "fixture",
    [p.name for p in sorted(FEEDS.glob("*.tsv")) if p.name != "formula_cells.tsv"],
)
def test_catalog_import_publishes_nothing(tmp_path: Path, fixture: str) -> None:
    """The merchant's command: exit code 1, every error on stderr, no file written."""
    dest = tmp_path / "catalog"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "skill.cli",
            "catalog",
            "import",
            str(FEEDS / fixture),
            "--locale",
            "en-US",
            "--dest",
            str(dest),
            "--quiet",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert f"{FEEDS / fixture}:" in result.stderr
    assert "nothing was written" in result.stderr
    assert not dest.exists() or not list(dest.iterdir())


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("+1 soap.", "'+1 soap."),
        ("-Acme", "'-Acme"),
        ("\tTabbed", "'\tTabbed"),
        ("Plain soap", "Plain soap"),
        ("'quoted", "'quoted"),
    ],
)
def test_cells_that_start_like_formulas_are_neutralised(cell: str, written: str) -> None:
    assert neutralise_cell(cell) == written
    assert restore_cell(neutralise_cell(cell)) == cell


def test_a_published_feed_has_no_formula_and_reads_back_the_same(tmp_path: Path) -> None:
    products = import_feed(FEEDS / "formula_cells.tsv", "en-US", tmp_path)
    published = (tmp_path / "en-US.tsv").read_text()
    cells = [cell for row in csv.reader(io.StringIO(published), delimiter="\t") for cell in row]
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@"))]
    assert "'=cmd|' /C calc'!A0" in cells and "'@SUM(1+1)*cmd|' /C calc'!A0" in cells
    assert read_feed(tmp_path / "en-US.tsv", "en-US") == products
    assert products[0].title == "=cmd|' /C calc'!A0"


def test_write_feed_neutralises_every_column() -> None:
    (product,) = [p for p in read_feed(FEEDS / "formula_cells.tsv", "en-US") if p.id == "f-2"]
    out = io.StringIO()
    write_feed([product], out)
    row = out.getvalue().splitlines()[1].split("\t")
    assert row[2] == "'+1 soap." and row[3] == "'-Acme"
