"""``echoppe resolve`` and ``echoppe catalog import`` as the console script runs them."""

from __future__ import annotations

import argparse
import io
import json

import pytest

from catalog.cli import register

COLUMNS = ("id", "title", "description", "brand", "price", "availability", "gtin", "product_type")
ROWS = [
    ("gel-250", "Tachex gel détachant citron 250 ml", "Gel.", "Tachex", "3.10 EUR"),
    ("gel-500", "Tachex gel détachant citron 500 ml", "Gel.", "Tachex", "5.20 EUR"),
    ("savon", "Tachex savon de marseille 600 g", "Savon.", "Tachex", "2.10 EUR"),
]
KINDS = ["gel détachant", "gel détachant", "savon de marseille"]
FEED = "".join(
    "\t".join(cells) + "\n"
    for cells in [
        COLUMNS,
        *((*row, "in stock", "", kind) for row, kind in zip(ROWS, KINDS, strict=True)),
    ]
)


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="echoppe")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


def test_resolve_writes_one_json_line_per_query(tmp_path, monkeypatch, capsys) -> None:
    feed = tmp_path / "feed.tsv"
    feed.write_text(FEED, encoding="utf-8")
    queries = "ajoute tac hex ça vont de marseille six cents g\ntachex gel détachant\n\nperceuse\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(queries))
    assert run("resolve", "--catalog", str(feed), "--locale", "fr-FR") == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["status"] for line in lines] == ["match", "ambiguous", "none"]
    match, ambiguous, none = lines
    assert match["query"] == "ajoute tac hex ça vont de marseille six cents g"
    assert [c["id"] for c in match["candidates"]] == ["savon"]
    assert match["candidates"][0]["title"] == "Tachex savon de marseille 600 g"
    assert 0 < match["candidates"][0]["score"] <= 1
    assert [c["id"] for c in ambiguous["candidates"]] == ["gel-250", "gel-500"]
    assert ambiguous["axis"] == "size" and ambiguous["options"] == ["250 ml", "500 ml"]
    assert none["candidates"] == []


def test_resolve_with_a_bad_feed_fails_with_the_row_errors(tmp_path, capsys) -> None:
    feed = tmp_path / "feed.tsv"
    feed.write_text(FEED.replace("5.20 EUR", "cinq euros"), encoding="utf-8")
    assert run("resolve", "--catalog", str(feed), "--locale", "fr-FR") == 1
    assert f"{feed}:3: price:" in capsys.readouterr().err


def test_import_publishes_to_the_content_folder(tmp_path, monkeypatch, capsys) -> None:
    feed = tmp_path / "feed.tsv"
    feed.write_text(FEED, encoding="utf-8")
    monkeypatch.setenv("ECHOPPE_CONTENT", str(tmp_path / "content"))
    assert run("catalog", "import", str(feed), "--locale", "fr-FR") == 0
    assert (tmp_path / "content" / "catalog" / "fr-FR.tsv").exists()
    assert "imported 3 products" in capsys.readouterr().out


def test_import_of_a_bad_feed_exits_non_zero_and_writes_nothing(tmp_path, capsys) -> None:
    feed = tmp_path / "feed.tsv"
    feed.write_text(FEED.replace("\tin stock\t\tsavon", "\tsoon\t\tsavon"), encoding="utf-8")
    dest = tmp_path / "out"
    code = run("catalog", "import", str(feed), "--locale", "fr-FR", "--dest", str(dest))
    assert code == 1
    err = capsys.readouterr().err
    assert f"{feed}:4: availability:" in err
    assert "nothing was written" in err
    assert not dest.exists()


def test_import_requires_a_locale(tmp_path) -> None:
    with pytest.raises(SystemExit):
        run("catalog", "import", str(tmp_path / "feed.tsv"))
