"""Read and write Google Merchant Center product feeds (tab- or comma-separated).

Every problem is reported, not only the first: a merchant fixing a 20,000-row feed wants the
whole list in one go. Errors carry the physical line and the column, like a compiler's.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

from catalog.model import AVAILABILITY, Product
from catalog.variants import extract_size, family_key
from payments.money import Money, MoneyError

__all__ = [
    "COLUMNS",
    "REQUIRED",
    "FeedError",
    "FeedRowError",
    "Progress",
    "gtin_ok",
    "neutralise_cell",
    "parse_feed",
    "price_problem",
    "read_feed",
    "write_feed",
]

REQUIRED = ("id", "title", "description", "price", "availability")
COLUMNS = (
    "id",
    "title",
    "description",
    "brand",
    "price",
    "availability",
    "gtin",
    "product_type",
    "item_group_id",
    "size",
    "color",
)
Progress = Callable[[int, int], None]
"""Called as ``progress(rows_done, rows_total)`` while a feed is read."""
MAX_FEED_BYTES = 64 * 1024 * 1024
"""A feed file; Merchant Center's own limit for an uploaded file is larger, a voice catalog is not."""
MAX_CELL = {"id": 50, "title": 150, "description": 5000, "brand": 70, "item_group_id": 50}
"""Merchant Center's own limits, in characters; other columns get ``MAX_OTHER_CELL``."""
MAX_OTHER_CELL = 750
MAX_PRICE_MINOR = 100_000_000
"""1,000,000.00 in a two-decimal currency: above, a price is a typo (or an exponent)."""
_ID_RE = re.compile(r"^[^\s\x00-\x1f\x7f]+$")
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is a formula to a spreadsheet (CSV injection, OWASP)."""


@dataclass(frozen=True)
class FeedRowError:
    line: int
    field: str
    message: str
    source: str = "feed"

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.field}: {self.message}"


class FeedError(ValueError):
    """A feed with at least one bad row; ``errors`` lists them all, in line order."""

    def __init__(self, errors: Iterable[FeedRowError]) -> None:
        self.errors = sorted(errors, key=lambda e: (e.line, e.field))
        super().__init__("\n".join(str(e) for e in self.errors))


def gtin_ok(gtin: str) -> bool:
    """GTIN-8/12/13/14: digits only, GS1 mod-10 check digit."""
    if not gtin.isdigit() or len(gtin) not in (8, 12, 13, 14):
        return False
    digits = [int(c) for c in gtin]
    body = digits[:-1]
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == digits[-1]


def _dialect(header: str) -> str:
    if "\t" in header:
        return "\t"
    if header.count(";") > header.count(","):
        return ";"
    return ","


def _cell(row: dict[str, str], column: str) -> str:
    return restore_cell((row.get(column) or "").strip())


def neutralise_cell(value: str) -> str:
    """A cell a spreadsheet will show as text: one that starts like a formula gets a leading
    apostrophe. Every CSV/TSV writer of echoppe writes its cells through this."""
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def restore_cell(value: str) -> str:
    """The inverse of :func:`neutralise_cell`, so a published feed reads back unchanged."""
    if value.startswith("'") and value[1:].startswith(FORMULA_PREFIXES):
        return value[1:]
    return value


def price_problem(price: Money) -> str | None:
    """Why a product cannot cost ``price`` (a free product would fail every checkout)."""
    if price.minor <= 0:
        return "must be more than 0"
    if price.minor > MAX_PRICE_MINOR:
        return f"{price} is over the {Money(MAX_PRICE_MINOR, price.currency)} limit"
    return None


def parse_feed(
    text: str, locale: str, *, source: str = "feed", progress: Progress | None = None
) -> list[Product]:
    """Products of a feed's text; raises :class:`FeedError` listing every bad row.

    ``locale`` is recorded by the caller's :class:`~catalog.model.Catalog`; it is accepted
    here so that a feed is always read for one locale, and kept for locale-specific checks.
    """
    del locale
    text = text.lstrip("\ufeff")
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        raise FeedError([FeedRowError(line, "row", "NUL byte: is this a binary file?", source)])
    header_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text), delimiter=_dialect(header_line))
    errors: list[FeedRowError] = []

    def fail(line: int, field: str, message: str) -> None:
        errors.append(FeedRowError(line, field, message, source))

    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise FeedError([FeedRowError(1, "header", "empty feed", source)]) from None
    except csv.Error as exc:
        raise FeedError([FeedRowError(1, "header", f"unreadable: {exc}", source)]) from None
    missing = [c for c in REQUIRED if c not in header]
    for column in missing:
        fail(1, column, "missing column")
    for column in {h for h in header if header.count(h) > 1}:
        fail(1, column, "column appears twice")
    if missing:
        raise FeedError(errors)
    total = max(text.count("\n"), 1)
    products: list[Product] = []
    first_line: dict[str, int] = {}
    currency: str | None = None
    has_size = "size" in header
    line = reader.line_num
    rows = _rows(reader)
    for cells in rows:
        if isinstance(cells, csv.Error):
            message = str(cells)
            if "field larger than field limit" in message:
                message = f"a cell is longer than {csv.field_size_limit()} characters"
            fail(reader.line_num, "row", f"{message}; the rest of the feed was not read")
            break
        row_line, line = line + 1, reader.line_num
        if progress is not None and (row_line % 500 == 0):
            progress(row_line, total)
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            fail(row_line, "row", f"expected {len(header)} cells, found {len(cells)}")
            continue
        row = dict(zip(header, cells, strict=True))
        bad = len(errors)
        for column, value in row.items():
            limit = MAX_CELL.get(column, MAX_OTHER_CELL)
            if len(value) > limit:
                fail(row_line, column, f"is {len(value)} characters; at most {limit}")
        if len(errors) > bad:
            continue
        product_id = _cell(row, "id")
        folded = product_id.casefold()
        if not product_id:
            fail(row_line, "id", "empty")
        elif not _ID_RE.match(product_id):
            fail(row_line, "id", f"{product_id!r} has a space or a control character")
        elif folded in first_line:
            fail(
                row_line,
                "id",
                f"duplicate id {product_id!r} (first on line {first_line[folded]};"
                " ids differing only by case are the same id)",
            )
        else:
            first_line[folded] = row_line
        title = _cell(row, "title")
        if not title:
            fail(row_line, "title", "empty")
        price: Money | None = None
        try:
            price = Money.parse(_cell(row, "price"))
        except MoneyError as exc:
            fail(row_line, "price", str(exc))
        except ArithmeticError:  # decimal.InvalidOperation: more digits than Decimal holds
            fail(row_line, "price", f"{_cell(row, 'price')!r} is not a plausible price")
        problem = price_problem(price) if price is not None else None
        if problem is not None:
            fail(row_line, "price", problem)
            price = None
        if price is not None:
            if currency is None:
                currency = price.currency
            elif price.currency != currency:
                fail(
                    row_line,
                    "price",
                    f"currency {price.currency} differs from the feed's {currency}",
                )
        availability = re.sub(r"[\s_]+", " ", _cell(row, "availability").lower())
        if availability not in AVAILABILITY:
            fail(
                row_line,
                "availability",
                f"{_cell(row, 'availability')!r} is not one of {', '.join(AVAILABILITY)}",
            )
        gtin = _cell(row, "gtin")
        if gtin and not gtin_ok(gtin):
            fail(
                row_line,
                "gtin",
                f"{gtin!r} is not a valid GTIN (8, 12, 13 or 14 digits, check digit)",
            )
        if len(errors) > bad or price is None:
            continue
        variants: dict[str, str] = {}
        size = _cell(row, "size") if has_size else ""
        if not size:
            size = extract_size(title) or ""
        if size:
            variants["size"] = size
        color = _cell(row, "color")
        if color:
            variants["color"] = color
        product = Product(
            id=product_id,
            title=title,
            price=price,
            brand=_cell(row, "brand"),
            description=_cell(row, "description"),
            product_type=_cell(row, "product_type"),
            availability=availability,
            gtin=gtin,
            group=_cell(row, "item_group_id"),
            variants=variants,
        )
        if not product.group:
            derived = family_key(product)
            if derived != product.id:
                product = replace(product, group=derived)
        products.append(product)
    if progress is not None:
        progress(total, total)
    if not products and not errors:
        fail(2, "row", "no products: the feed has a header and no rows")
    if errors:
        raise FeedError(errors)
    return products


def _rows(reader: Iterator[list[str]]) -> Iterator[list[str] | csv.Error]:
    """The reader's rows, then the ``csv.Error`` that stopped it, if one did (a cell over the
    csv module's field limit, a stray quote at the end of the file...)."""
    try:
        yield from reader
    except csv.Error as exc:
        yield exc


def read_feed(path: str | Path, locale: str, *, progress: Progress | None = None) -> list[Product]:
    """Products of the feed file at ``path`` (UTF-8, BOM tolerated)."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_FEED_BYTES:
        raise FeedError(
            [FeedRowError(1, "file", f"is {size} bytes; the limit is {MAX_FEED_BYTES}", str(path))]
        )
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        data = path.read_bytes()
        line = data.count(b"\n", 0, exc.start) + 1
        raise FeedError([FeedRowError(line, "row", "not UTF-8 text", str(path))]) from None
    return parse_feed(text, locale, source=str(path), progress=progress)


def write_feed(products: Iterable[Product], out: TextIO) -> None:
    """Write products as a tab-separated Merchant Center feed that :func:`read_feed` reads
    back to the same products."""
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(COLUMNS)
    for p in products:
        writer.writerow(
            neutralise_cell(cell)
            for cell in [
                p.id,
                p.title,
                p.description,
                p.brand,
                f"{p.price.amount} {p.price.currency}",
                p.availability,
                p.gtin,
                p.product_type,
                p.group,
                p.variants.get("size", ""),
                p.variants.get("color", ""),
            ]
        )
