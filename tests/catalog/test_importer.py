"""Importing a feed: all or nothing, published atomically."""

from __future__ import annotations

import io
import itertools

import pytest

from catalog.feed import FeedError, read_feed
from catalog.importer import ProgressBar, import_feed

HEADER = "id\ttitle\tdescription\tbrand\tprice\tavailability\tgtin\tproduct_type\n"


def _row(n: int, price: str = "4.99 EUR") -> str:
    return f"p{n}\tAcme savon {n} g\tSavon.\tAcme\t{price}\tin stock\t\tsavon\n"


def test_a_good_feed_is_published(tmp_path) -> None:
    src = tmp_path / "feed.tsv"
    src.write_text(HEADER + _row(1) + _row(2), encoding="utf-8")
    dest = tmp_path / "content" / "catalog"
    products = import_feed(src, "fr-FR", dest)
    assert [p.id for p in products] == ["p1", "p2"]
    assert read_feed(dest / "fr-FR.tsv", "fr-FR") == products
    assert sorted(p.name for p in dest.iterdir()) == ["fr-FR.tsv"]


def test_a_bad_row_changes_nothing(tmp_path) -> None:
    dest = tmp_path / "catalog"
    dest.mkdir()
    published = dest / "fr-FR.tsv"
    published.write_text("the catalog in use\n", encoding="utf-8")
    src = tmp_path / "feed.tsv"
    src.write_text(HEADER + _row(1) + _row(2, price="seven euros") + _row(3), encoding="utf-8")
    with pytest.raises(FeedError) as caught:
        import_feed(src, "fr-FR", dest)
    assert [(e.line, e.field) for e in caught.value.errors] == [(3, "price")]
    assert published.read_text(encoding="utf-8") == "the catalog in use\n"
    assert sorted(p.name for p in dest.iterdir()) == ["fr-FR.tsv"]


def test_a_bad_locale_is_refused_before_anything_is_read(tmp_path) -> None:
    with pytest.raises(ValueError, match="locale"):
        import_feed(tmp_path / "missing.tsv", "../fr", tmp_path)


def test_a_large_feed_reports_progress(tmp_path) -> None:
    src = tmp_path / "big.tsv"
    src.write_text(HEADER + "".join(_row(n) for n in range(20_000)), encoding="utf-8")
    calls: list[tuple[int, int]] = []
    products = import_feed(
        src, "fr-FR", tmp_path / "out", progress=lambda d, t: calls.append((d, t))
    )
    assert len(products) == 20_000
    assert len(calls) > 10
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(calls))
    assert calls[-1][0] == calls[-1][1]


def test_the_progress_bar_draws_in_place_and_ends_the_line() -> None:
    stream = io.StringIO()
    bar = ProgressBar(stream, label="import", width=10)
    bar(0, 100)
    bar(50, 100)
    bar(51, 100)  # same width filled: not redrawn
    bar(100, 100)
    text = stream.getvalue()
    assert text.count("\r") == 3
    assert "[#####.....] 50/100" in text
    assert text.endswith("[##########] 100/100 lines\n")
