"""A catalog and its resolution index compiled into one compact file, mapped at cold start.

``echoppe catalog import`` (and ``echoppe catalog index``, run by ``sam build``) writes
``<content>/catalog/<locale>.index`` beside ``<locale>.tsv``: the products of the locale
(those of ``products.yaml`` first, then the feed's) and every table of the resolver's index,
as flat arrays. Loading it maps the file and reads a small JSON header: no product is decoded,
no word is analysed, no table is copied. Products are decoded one at a time when asked for
(:class:`ProductTable`), ids are found by binary search, and the index's word lookups are
built on the first query. The sounds of the brand words, too slow to compute then (a fifth
of a second at 1,000,000 products), are in the file (:class:`CompiledTables`).

This module maps the file; :mod:`catalog.compiled_writer` writes it and
:mod:`catalog.compiled_format` describes its layout.
"""

from __future__ import annotations

import json
import mmap
import os
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, overload

from catalog.compiled_format import MAGIC, PREFIX, decode_product, fingerprint, index_path
from catalog.documents import ResolverTables
from catalog.model import Catalog, Product
from catalog.tables import IntArray, Ragged, Tables

if TYPE_CHECKING:
    from catalog.brand_sounds import BrandSounds  # imported when read: rapidfuzz is slow to load

__all__ = [
    "CompiledCatalog",
    "CompiledTables",
    "ProductTable",
    "open_compiled",
    "open_current",
]

CACHED_PRODUCTS = 4096  # decoded products kept by a ProductTable


class ProductTable(Sequence[Product]):
    """The products of a compiled file, decoded on demand (and then kept)."""

    families: IntArray
    members: Ragged
    resolver_tables: ResolverTables

    def __init__(self, view: memoryview, records: memoryview, order: memoryview) -> None:
        self._view = view
        self._records = records
        self._order = order
        self._cache: dict[int, Product] = {}

    def __len__(self) -> int:
        return len(self._records) - 1

    @overload
    def __getitem__(self, number: int) -> Product: ...
    @overload
    def __getitem__(self, number: slice) -> list[Product]: ...
    def __getitem__(self, number: int | slice) -> Product | list[Product]:
        if isinstance(number, slice):
            return [self[i] for i in range(*number.indices(len(self)))]
        if number < 0:
            number += len(self)
        product = self._cache.get(number)
        if product is None:
            start, end = self._records[number], self._records[number + 1]
            product = decode_product(str(self._view[start:end], "utf-8"))
            if len(self._cache) >= CACHED_PRODUCTS:
                self._cache.clear()  # a walk over every product must not keep them all
            self._cache[number] = product
        return product

    def __iter__(self) -> Iterator[Product]:
        for number in range(len(self)):
            yield self[number]

    def _id(self, number: int) -> str:
        start, end = self._records[number], self._records[number + 1]
        head = bytes(self._view[start : min(end, start + 256)])
        cut = head.find(b"\x1f")
        if cut < 0:  # an id longer than the sample: decode the record
            return self[number].id
        return head[:cut].decode()

    def position(self, product_id: str) -> int | None:
        """The number of the product with this id (binary search over the sorted ids)."""
        order = self._order
        keys = _Keys(self, order)
        at = bisect_left(keys, product_id)
        if at < len(order) and keys[at] == product_id:
            return order[at]
        return None

    def get(self, product_id: str) -> Product | None:
        number = self.position(product_id)
        return None if number is None else self[number]

    def siblings(self, product: Product) -> list[Product]:
        """Other products of the same family, in catalog order."""
        number = self.position(product.id)
        if number is None or not product.group:
            return []
        members = sorted(self.members[self.families[number]])
        return [self[n] for n in members if n != number and self[n].group == product.group]


class _Keys:
    """The ids in sorted order, read on demand (for :func:`bisect.bisect_left`, which needs
    only ``len`` and indexing)."""

    def __init__(self, table: ProductTable, order: memoryview) -> None:
        self._table = table
        self._order = order

    def __len__(self) -> int:
        return len(self._order)

    def __getitem__(self, at: int) -> str:
        return self._table._id(self._order[at])


class CompiledTables(Tables):
    """The index's tables read from a compiled file, with what the file holds beyond them:
    the brand words' sounds, read on the first need
    (:meth:`catalog.readings.SpanReadings.brand_sounds`), set once the tables are made."""

    brand_sounds: Callable[[], BrandSounds] | None = None


def _stored_sounds(
    text: memoryview, ids: memoryview, groups: dict, locale: str
) -> Callable[[], BrandSounds]:
    def unpack() -> BrandSounds:
        from catalog.brand_sounds import BrandSounds

        raw = str(text, "utf-8")
        return BrandSounds.unpack(raw.split("\n") if raw else [], ids, groups, locale)

    return unpack


@dataclass
class CompiledCatalog:
    path: Path
    header: dict
    catalog: Catalog
    tables: ResolverTables


def open_compiled(path: Path, source: str | None = None) -> CompiledCatalog | None:
    """Map the compiled file at ``path``; ``None`` when it is missing, not a compiled
    catalog, or (``source`` given) built from something else."""
    try:
        with Path(path).open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size < PREFIX.size:
                return None
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    magic, at, length = PREFIX.unpack_from(mapped, 0)
    if magic != MAGIC or at + length > size:
        return None
    header = json.loads(bytes(mapped[at : at + length]))
    if source is not None and header.get("source") != source:
        return None
    view = memoryview(mapped)

    def section(name: str) -> memoryview:
        spec = header["sections"][name]
        raw = view[spec["offset"] : spec["offset"] + spec["length"]]
        return raw if spec["type"] == "B" else raw.cast(spec["type"])

    def text(name: str) -> list[str]:
        raw = str(section(name), "utf-8")
        return raw.split("\n") if raw else []

    products_spec = header["sections"]["products"]
    products_view = view[
        products_spec["offset"] : products_spec["offset"] + products_spec["length"]
    ]
    table = ProductTable(products_view, section("records"), section("id_order"))
    table.families = section("families")
    table.members = Ragged(section("members.flat"), section("members.start"))
    words = text("words")
    keys = [tuple(line.split("\t")) if line else () for line in text("keys")]
    if len(keys) < len(words):
        keys += [()] * (len(words) - len(keys))
    index = CompiledTables(
        locale=header["locale"],
        words=words,
        keys=keys,
        numeric=section("numeric"),
        postings=Ragged(section("postings.flat"), section("postings.start")),
        idf=section("idf"),
        positions=Ragged(section("positions.flat"), section("positions.start")),
        joined=Ragged(section("joined.flat"), section("joined.start")),
        owners=section("owners"),
        doc_weight=section("doc_weight"),
        items=header["items"],
    )
    index.brand_sounds = _stored_sounds(
        section("brand_sounds.text"),
        section("brand_sounds.ids"),
        header["brand_sounds"],
        header["locale"],
    )
    tables = ResolverTables(
        index,
        section("brand_masks"),
        section("name_masks"),
        section("kind_masks"),
        section("families"),
        header["brands"],
        section("brand_words"),
    )
    table.resolver_tables = tables
    catalog = Catalog(header["locale"], table)
    return CompiledCatalog(Path(path), header, catalog, tables)


def open_current(feed: Path, authored: Sequence[Product]) -> Catalog | None:
    """The catalog of the compiled index beside ``feed`` if it was built from this feed and
    these authored products (``products.yaml``), else ``None`` (read the feed instead)."""
    compiled = open_compiled(index_path(feed), fingerprint(feed, authored))
    return None if compiled is None else compiled.catalog
