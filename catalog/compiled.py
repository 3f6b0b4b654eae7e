"""A catalog and its resolution index compiled into one compact file, mapped at cold start.

``echoppe catalog import`` (and ``echoppe catalog index``, run by ``sam build``) writes
``<content>/catalog/<locale>.index`` beside ``<locale>.tsv``: the products of the locale
(those of ``products.yaml`` first, then the feed's) and every table of the resolver's index,
as flat arrays. Loading it maps the file and reads a small JSON header: no product is decoded,
no word is analysed, no table is copied. Products are decoded one at a time when asked for
(:class:`ProductTable`), ids are found by binary search, and the index's word lookups are
built on the first query.

Layout: ``MAGIC``, the header's offset and length (two little-endian u64), then the
sections (8-byte aligned), then the JSON header naming each section's offset, length and
array type. The header also holds the **fingerprint** of what the file was built from (the
feed's size and sampled bytes, the authored products): a file whose fingerprint does not
match the content is stale and is not used (:func:`open_compiled` returns ``None``).
"""

from __future__ import annotations

import gc
import hashlib
import json
import mmap
import os
import struct
import tempfile
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, overload

from catalog.documents import ResolverTables, build_resolver_tables
from catalog.model import Catalog, Product
from catalog.tables import FloatArray, IntArray, Ragged, Tables
from payments.money import Money

__all__ = [
    "CompiledCatalog",
    "ProductTable",
    "compile_catalog",
    "fingerprint",
    "index_path",
    "open_compiled",
    "open_current",
]

MAGIC = b"ECHIDX04"
_PREFIX = struct.Struct("<8sQQ")
_FIELD = "\x1f"
_LIST = "\x1e"
SAMPLE = 1 << 18  # bytes of the feed hashed at each end for the fingerprint
CACHED_PRODUCTS = 4096  # decoded products kept by a ProductTable


def index_path(feed: Path) -> Path:
    """``catalog/fr-FR.tsv`` → ``catalog/fr-FR.index``."""
    return feed.with_suffix(".index")


def fingerprint(feed: Path | None, authored: Sequence[Product]) -> str:
    """What a compiled file was built from: the feed's size and its first and last bytes
    (cheap at cold start; the import rewrites the whole file, so a new feed changes them),
    and every field of the authored products."""
    digest = hashlib.blake2b(digest_size=16)
    if feed is not None and feed.exists():
        size = feed.stat().st_size
        digest.update(str(size).encode())
        with feed.open("rb") as handle:
            digest.update(handle.read(SAMPLE))
            if size > SAMPLE:
                handle.seek(max(SAMPLE, size - SAMPLE))
                digest.update(handle.read(SAMPLE))
    for product in authored:
        digest.update(_record(product).encode())
    return digest.hexdigest()


_SEPARATORS = str.maketrans({_FIELD: " ", _LIST: " "})


def _record(product: Product) -> str:
    """One product as text: fields joined by ``_FIELD``, list items by ``_LIST`` (those two
    characters are replaced by spaces inside a field, which the fast path checks)."""
    synonyms, variants = product.synonyms, product.variants
    fields = (
        product.id,
        product.title,
        product.description,
        product.brand,
        str(product.price.minor),
        product.price.currency,
        product.availability,
        product.gtin,
        product.product_type,
        product.group,
        _LIST.join(synonyms),
        _LIST.join(map("=".join, variants.items())),
    )
    record = _FIELD.join(fields)
    lists = max(len(synonyms) - 1, 0) + max(len(variants) - 1, 0)
    if record.count(_FIELD) == len(fields) - 1 and record.count(_LIST) == lists:
        return record
    clean = [f.translate(_SEPARATORS) for f in fields[:-2]]
    return _FIELD.join(
        [
            *clean,
            _LIST.join(s.translate(_SEPARATORS) for s in synonyms),
            _LIST.join(f"{k}={v}".translate(_SEPARATORS) for k, v in variants.items()),
        ]
    )


def _product(record: str) -> Product:
    (pid, title, description, brand, minor, currency, availability, gtin, kind, group,
     synonyms, variants) = record.split(_FIELD)  # fmt: skip
    return Product(
        id=pid,
        title=title,
        price=Money(int(minor), currency),
        brand=brand,
        description=description,
        product_type=kind,
        availability=availability,
        gtin=gtin,
        group=group,
        synonyms=tuple(synonyms.split(_LIST)) if synonyms else (),
        variants=dict(v.split("=", 1) for v in variants.split(_LIST)) if variants else {},
    )


class _Writer:
    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.sections: dict[str, dict[str, int | str]] = {}
        out.write(_PREFIX.pack(MAGIC, 0, 0))

    def section(self, name: str, data: bytes | array | memoryview, typecode: str = "B") -> None:
        position = self.out.tell()
        padding = -position % 8
        self.out.write(b"\0" * padding)
        position += padding
        raw = memoryview(data).cast("B")  # arrays are written without a copy
        self.out.write(raw)
        self.sections[name] = {"offset": position, "length": raw.nbytes, "type": typecode}

    def finish(self, header: dict) -> None:
        header["sections"] = self.sections
        raw = json.dumps(header, ensure_ascii=False).encode()
        position = self.out.tell()
        self.out.write(raw)
        self.out.seek(0)
        self.out.write(_PREFIX.pack(MAGIC, position, len(raw)))


def compile_catalog(
    products: Iterable[Product], locale: str, path: Path, source: str | Callable[[], str] = ""
) -> int:
    """Write the compiled catalog of ``products`` to ``path`` (atomically: a reader sees the
    old file or the new one); return the number of products. ``source`` is the
    :func:`fingerprint` of what the products come from (a callable is called once they are
    all read: the feed may be written while it is compiled). ``products`` is consumed
    once, so a generator keeps a 1,000,000-product build from holding every product."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    records = array("Q", [0])
    ids: list[str] = []
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w+b") as out, tempfile.TemporaryFile() as blob:

            def streamed() -> Iterator[Product]:
                offset = 0
                pending: list[str] = []  # records written by thousands
                for product in products:
                    record = _record(product)
                    offset += len(record) if record.isascii() else len(record.encode())
                    records.append(offset)
                    ids.append(product.id)
                    pending.append(record)
                    if len(pending) >= 4096:
                        blob.write("".join(pending).encode())
                        pending.clear()
                    yield product
                blob.write("".join(pending).encode())

            collecting = gc.isenabled()
            gc.disable()  # millions of small objects, none cyclic: the collector only costs
            try:
                tables = build_resolver_tables(streamed(), locale)
            finally:
                if collecting:
                    gc.enable()
            writer = _Writer(out)
            blob.seek(0)
            position = out.tell() + (-out.tell() % 8)
            out.write(b"\0" * (position - out.tell()))
            while chunk := blob.read(1 << 20):
                out.write(chunk)
            writer.sections["products"] = {
                "offset": position,
                "length": records[-1],
                "type": "B",
            }
            _write_tables(writer, tables, records, ids)
            writer.finish(
                {
                    "locale": locale,
                    "source": source() if callable(source) else source,
                    "products": len(ids),
                    "items": tables.index.items,
                    "several_brands": tables.several_brands,
                }
            )
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise
    return len(ids)


def _write_tables(writer: _Writer, tables: ResolverTables, records: array, ids: list[str]) -> None:
    writer.section("records", records, "Q")
    order = array("I", sorted(range(len(ids)), key=ids.__getitem__))
    writer.section("id_order", order, "I")
    index = tables.index
    writer.section("words", "\n".join(index.words).encode())
    writer.section("keys", "\n".join("\t".join(k) for k in index.keys).encode())
    writer.section("numeric", _typed(index.numeric, "B"), "B")
    writer.section("idf", _typed(index.idf, "d"), "d")
    for name, ragged, code in (
        ("postings", index.postings, "I"),
        ("positions", index.positions, "i"),
        ("joined", index.joined, "I"),
    ):
        writer.section(f"{name}.flat", _typed(ragged.flat, code), code)
        writer.section(f"{name}.start", _typed(ragged.start, "I"), "I")
    writer.section("owners", _typed(index.owners, "I"), "I")
    writer.section("doc_weight", _typed(index.doc_weight, "d"), "d")
    writer.section("brand_masks", _typed(tables.brand_masks, "Q"), "Q")
    writer.section("name_masks", _typed(tables.name_masks, "Q"), "Q")
    writer.section("kind_masks", _typed(tables.kind_masks, "Q"), "Q")
    writer.section("families", _typed(tables.families, "I"), "I")
    members = sorted(range(len(tables.families)), key=tables.families.__getitem__)
    starts = array("I", [0])
    for position, number in enumerate(members):
        family = tables.families[number]
        while len(starts) <= family:
            starts.append(position)
    while len(starts) <= (max(tables.families) + 1 if len(tables.families) else 0):
        starts.append(len(members))
    writer.section("members.flat", array("I", members), "I")
    writer.section("members.start", starts, "I")


def _typed(values: IntArray | FloatArray, code: str) -> array | memoryview:
    """``values`` as an array of ``code`` items, copied only when it is not one already."""
    if isinstance(values, array) and values.typecode == code:
        return values
    if isinstance(values, memoryview) and values.format == code:
        return values
    return array(code, values)


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
            product = _product(str(self._view[start:end], "utf-8"))
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
            if size < _PREFIX.size:
                return None
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    magic, at, length = _PREFIX.unpack_from(mapped, 0)
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
    index = Tables(
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
    tables = ResolverTables(
        index,
        section("brand_masks"),
        section("name_masks"),
        section("kind_masks"),
        section("families"),
        header["several_brands"],
    )
    table.resolver_tables = tables
    catalog = Catalog(header["locale"], table)
    return CompiledCatalog(Path(path), header, catalog, tables)


def open_current(feed: Path, authored: Sequence[Product]) -> Catalog | None:
    """The catalog of the compiled index beside ``feed`` if it was built from this feed and
    these authored products (``products.yaml``), else ``None`` (read the feed instead)."""
    compiled = open_compiled(index_path(feed), fingerprint(feed, authored))
    return None if compiled is None else compiled.catalog
