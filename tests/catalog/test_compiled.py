"""The compiled catalog: built at import, mapped at cold start, the same answers as a catalog
indexed in memory, and never used once it no longer matches the feed or products.yaml."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import pytest

from bench.resolution_gen import generate
from catalog.cli import register
from catalog.compiled import ProductTable, open_compiled, open_current
from catalog.compiled_format import fingerprint, index_path
from catalog.compiled_writer import compile_catalog
from catalog.feed import read_feed, write_feed
from catalog.model import Catalog
from catalog.resolver import Resolver
from content.loader import load_content

EXAMPLE = Path(__file__).resolve().parents[2] / "content" / "example"


@pytest.fixture(scope="module")
def shop():
    data = generate("tune", seed=11, per_shop=60)
    name = data.shops[0].name
    return data.catalogs[(name, "fr-FR")], [q for q in data.queries if q.shop == name]


def _answer(resolution) -> tuple:
    ids = [c.product.id for c in resolution.candidates]
    return resolution.status, ids, resolution.axis, resolution.options


def test_a_compiled_catalog_answers_as_the_catalog_it_was_built_from(tmp_path, shop) -> None:
    catalog, queries = shop
    path = tmp_path / "fr-FR.index"
    assert compile_catalog(iter(catalog.products), "fr-FR", path, "source-1") == len(catalog)
    compiled = open_compiled(path, "source-1")
    assert compiled is not None
    assert isinstance(compiled.catalog.products, ProductTable)
    assert list(compiled.catalog.products) == list(catalog.products)
    some = catalog.products[7]
    assert compiled.catalog.get(some.id) == some
    assert some.id in compiled.catalog and "no-such-id" not in compiled.catalog
    in_memory, mapped = Resolver(catalog), Resolver(compiled.catalog)
    for query in queries:
        assert _answer(mapped.resolve(query.text)) == _answer(in_memory.resolve(query.text))


def test_a_file_built_from_something_else_is_not_used(tmp_path, shop) -> None:
    catalog, _ = shop
    path = tmp_path / "fr-FR.index"
    compile_catalog(catalog.products, "fr-FR", path, "source-1")
    assert open_compiled(path, "source-2") is None
    assert open_compiled(tmp_path / "missing.index") is None
    (tmp_path / "junk.index").write_bytes(b"not an index at all")
    assert open_compiled(tmp_path / "junk.index") is None


def test_separators_inside_fields_do_not_break_a_record(tmp_path, shop) -> None:
    from dataclasses import replace

    catalog, _ = shop
    odd = replace(catalog.products[0], title="Tab\x1fbed \x1e title", synonyms=("a\x1eb", "c"))
    path = tmp_path / "odd.index"
    compile_catalog([odd, *catalog.products[1:3]], "fr-FR", path)
    compiled = open_compiled(path)
    assert compiled is not None
    back = compiled.catalog.products[0]
    assert back.title == "Tab bed   title" and back.synonyms == ("a b", "c")
    assert compiled.catalog.products[1] == catalog.products[1]


def _content_with_feed(tmp_path: Path, shop) -> tuple[Path, Path]:
    catalog, _ = shop
    content = tmp_path / "content"
    shutil.copytree(EXAMPLE, content)
    feed_file = tmp_path / "feed.tsv"
    with feed_file.open("w", encoding="utf-8", newline="") as out:
        write_feed(catalog.products, out)
    return content, feed_file


def _run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="echoppe")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


def test_import_compiles_and_the_loader_maps_it(tmp_path, shop, capsys) -> None:
    catalog, queries = shop
    content, feed_file = _content_with_feed(tmp_path, shop)
    dest = content / "catalog"
    assert _run("catalog", "import", str(feed_file), "--locale", "fr-FR", "--dest", str(dest)) == 0
    assert "compiled the catalog and its index" in capsys.readouterr().out
    assert index_path(dest / "fr-FR.tsv").exists()
    loaded = load_content(content).catalogs["fr-FR"]
    assert isinstance(loaded.products, ProductTable)  # mapped, not parsed
    authored = load_content(EXAMPLE).catalogs["fr-FR"].products
    assert len(loaded) == len(authored) + len(catalog)
    assert loaded.get("oxy-spray-500") == authored[1]  # products.yaml products come first
    from_feed = read_feed(dest / "fr-FR.tsv", "fr-FR")
    assert [loaded.get(p.id) for p in from_feed] == from_feed
    resolver = Resolver(loaded)
    assert resolver.resolve("un gros spray oxygène").product.id == "oxy-spray-500"
    in_memory = Resolver(Catalog("fr-FR", (*authored, *from_feed)))
    for query in queries:
        assert _answer(resolver.resolve(query.text)) == _answer(in_memory.resolve(query.text))


def test_editing_products_yaml_makes_the_compiled_file_stale(tmp_path, shop) -> None:
    content, feed_file = _content_with_feed(tmp_path, shop)
    dest = content / "catalog"
    assert _run("catalog", "import", str(feed_file), "--locale", "fr-FR", "--dest", str(dest)) == 0
    products = content / "products.yaml"
    products.write_text(
        products.read_text(encoding="utf-8").replace("Stick détachant de poche", "Stick de poche"),
        encoding="utf-8",
    )
    loaded = load_content(content).catalogs["fr-FR"]
    assert isinstance(loaded.products, tuple)  # stale: the feed is read again, never wrong
    assert loaded.get("stick-detachant").title.startswith("Stick de poche")
    assert _run("catalog", "index", "--content", str(content)) == 0
    loaded = load_content(content).catalogs["fr-FR"]
    assert isinstance(loaded.products, ProductTable)
    assert loaded.get("stick-detachant").title.startswith("Stick de poche")


def test_a_changed_feed_makes_the_compiled_file_stale(tmp_path, shop) -> None:
    catalog, _ = shop
    feed = tmp_path / "fr-FR.tsv"
    with feed.open("w", encoding="utf-8", newline="") as out:
        write_feed(catalog.products, out)
    compile_catalog(catalog.products, "fr-FR", index_path(feed), fingerprint(feed, []))
    assert open_current(feed, []) is not None
    with feed.open("w", encoding="utf-8", newline="") as out:
        write_feed(catalog.products[:-1], out)
    assert open_current(feed, []) is None


def test_siblings_come_from_the_family_table(tmp_path) -> None:
    content = load_content(EXAMPLE).catalogs["en-US"]
    path = tmp_path / "en-US.index"
    compile_catalog(content.products, "en-US", path)
    compiled = open_compiled(path)
    assert compiled is not None
    spray = content.get("oxy-spray-250")
    assert compiled.catalog.siblings(spray) == content.siblings(spray)
    alone = content.get("stick-detachant")
    assert compiled.catalog.siblings(alone) == content.siblings(alone) == []
