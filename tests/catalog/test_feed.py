"""Merchant Center feeds: parsed into products, every bad row reported with its line."""

from __future__ import annotations

import io

import pytest

from catalog.feed import FeedError, FeedRowError, gtin_ok, parse_feed, read_feed, write_feed
from payments.money import Money

HEADER = "id\ttitle\tdescription\tbrand\tprice\tavailability\tgtin\tproduct_type"


def tsv(*rows: str, header: str = HEADER) -> str:
    return "\n".join((header, *rows)) + "\n"


def row(*cells: str) -> str:
    return "\t".join(cells)


GOOD = tsv(
    row("g1", "Tachex gel détachant citron 400 ml", "Un gel.", "Tachex", "5.85 EUR"),
    row("g2", "Tachex gel détachant citron 200 ml", "Un gel.", "Tachex", "3.12 EUR"),
    row("t1", "Lavéo t-shirt coton vert taille M", "Un t-shirt.", "Lavéo", "20.03 EUR"),
)
GOOD = GOOD.replace("5.85 EUR", "5.85 EUR\tin stock\t4006381333931\tgel détachant")
GOOD = GOOD.replace("3.12 EUR", "3.12 EUR\tout of stock\t\tgel détachant")
GOOD = GOOD.replace("20.03 EUR", "20.03 EUR\tpreorder\t96385074\tt-shirt coton")


def test_a_good_feed_becomes_products() -> None:
    products = parse_feed(GOOD, "fr-FR")
    assert [p.id for p in products] == ["g1", "g2", "t1"]
    first = products[0]
    assert first.price == Money(585, "EUR")
    assert first.brand == "Tachex"
    assert first.gtin == "4006381333931"
    assert products[1].availability == "out of stock"
    assert products[2].availability == "preorder"


def test_sizes_come_from_titles_when_there_is_no_size_column() -> None:
    products = parse_feed(GOOD, "fr-FR")
    assert products[0].variants == {"size": "400 ml"}
    assert products[2].variants == {"size": "taille M"}


def test_no_size_is_invented_when_the_title_has_none() -> None:
    feed = tsv("b1\tTachex eau de javel\tJavel.\tTachex\t2.00 EUR\tin stock\t\teau de javel")
    assert parse_feed(feed, "fr-FR")[0].variants == {}


def test_families_from_item_group_id_or_brand_and_type() -> None:
    products = parse_feed(GOOD, "fr-FR")
    assert products[0].group == products[1].group != products[2].group
    header = HEADER + "\titem_group_id\tsize\tcolor"
    feed = tsv(
        "a\tShirt\tA shirt.\tAcme\t9.00 USD\tin stock\t\tshirts\tSH-1\tL\tred",
        "b\tShirt\tA shirt.\tAcme\t9.00 USD\tin stock\t\tshirts\tSH-1\tM\tblue",
        header=header,
    )
    a, b = parse_feed(feed, "en-US")
    assert a.group == b.group == "SH-1"
    assert a.variants == {"size": "L", "color": "red"}
    assert b.variants == {"size": "M", "color": "blue"}


def test_csv_feeds_are_sniffed_and_merchant_center_spellings_accepted() -> None:
    feed = (
        "id,title,description,brand,price,availability,gtin,product_type\n"
        'p1,"Soap, 100 g",Soap.,Acme,1.50 USD,in_stock,,soap\n'
    )
    (product,) = parse_feed(feed, "en-US")
    assert product.title == "Soap, 100 g"
    assert product.availability == "in stock"
    assert product.variants == {"size": "100 g"}


def test_every_error_is_collected_with_its_line_and_field() -> None:
    feed = tsv(
        "ok\tGood\tGood.\tAcme\t1.00 EUR\tin stock\t\tthing",
        "p2\tBad price\tX.\tAcme\tseven euros\tin stock\t\tthing",
        "ok\tDuplicate\tX.\tAcme\t1.00 EUR\tin stock\t\tthing",
        "p4\tBad GTIN\tX.\tAcme\t1.00 EUR\tin stock\t4006381333932\tthing",
        "p5\tBad availability\tX.\tAcme\t1.00 EUR\tsometimes\t\tthing",
        "p6\tShort row\tX.\tAcme\t1.00 EUR",
        "\tNo id\tX.\tAcme\t1.00 EUR\tin stock\t\tthing",
    )
    with pytest.raises(FeedError) as caught:
        parse_feed(feed, "fr-FR", source="catalog.tsv")
    errors = caught.value.errors
    assert [(e.line, e.field) for e in errors] == [
        (3, "price"),
        (4, "id"),
        (5, "gtin"),
        (6, "availability"),
        (7, "row"),
        (8, "id"),
    ]
    assert str(errors[0]) == "catalog.tsv:3: price: not a price like '7.99 EUR': 'seven euros'"
    assert "first on line 2" in errors[1].message
    assert "catalog.tsv:5: gtin:" in str(caught.value)


def test_missing_columns_are_reported_on_the_header_line() -> None:
    feed = "id\ttitle\tbrand\nx\ty\tz\n"
    with pytest.raises(FeedError) as caught:
        parse_feed(feed, "fr-FR", source="f.tsv")
    assert {(e.line, e.field, e.message) for e in caught.value.errors} == {
        (1, "description", "missing column"),
        (1, "price", "missing column"),
        (1, "availability", "missing column"),
    }


def test_one_currency_per_feed() -> None:
    feed = tsv(
        "a\tA\tA.\tAcme\t1.00 EUR\tin stock\t\tthing",
        "b\tB\tB.\tAcme\t1.00 USD\tin stock\t\tthing",
    )
    with pytest.raises(FeedError) as caught:
        parse_feed(feed, "fr-FR")
    assert [(e.line, e.field) for e in caught.value.errors] == [(3, "price")]


def test_empty_feed() -> None:
    with pytest.raises(FeedError):
        parse_feed("", "fr-FR")


@pytest.mark.parametrize(
    ("gtin", "ok"),
    [
        ("96385074", True),  # GTIN-8
        ("036000291452", True),  # GTIN-12 (UPC-A)
        ("4006381333931", True),  # GTIN-13 (EAN)
        ("00012345600012", True),  # GTIN-14
        ("4006381333932", False),  # wrong check digit
        ("400638133393", False),  # 12 digits, wrong check digit
        ("1234567", False),  # no such length
        ("40063813339A1", False),
        ("", False),
    ],
)
def test_gtin_check_digit(gtin: str, ok: bool) -> None:
    assert gtin_ok(gtin) is ok


def test_row_errors_read_like_compiler_errors() -> None:
    assert str(FeedRowError(12, "price", "bad", "catalog.tsv")) == "catalog.tsv:12: price: bad"


def test_write_then_read_gives_the_same_products(tmp_path) -> None:
    products = parse_feed(GOOD, "fr-FR")
    out = io.StringIO()
    write_feed(products, out)
    path = tmp_path / "fr-FR.tsv"
    path.write_text(out.getvalue(), encoding="utf-8")
    again = read_feed(path, "fr-FR")
    assert again == products
    assert [p.variants for p in again] == [p.variants for p in products]
    assert [p.group for p in again] == [p.group for p in products]


def test_read_feed_tolerates_a_byte_order_mark(tmp_path) -> None:
    path = tmp_path / "feed.tsv"
    path.write_text("\ufeff" + GOOD, encoding="utf-8")
    assert len(read_feed(path, "fr-FR")) == 3
