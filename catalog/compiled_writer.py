"""Writing the compiled catalog: :func:`compile_catalog` streams the products into their text
records, builds the resolver's tables from them, and writes both as 8-byte-aligned sections with
a JSON header (the format is :mod:`catalog.compiled_format`), atomically.
"""

from __future__ import annotations

import gc
import json
import os
import tempfile
from array import array
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from catalog.compiled_format import MAGIC, PREFIX, encode_product
from catalog.documents import ResolverTables, build_resolver_tables
from catalog.model import Product
from catalog.readings import SpanReadings
from catalog.tables import FloatArray, IntArray

__all__ = ["compile_catalog"]


class _Writer:
    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.sections: dict[str, dict[str, int | str]] = {}
        out.write(PREFIX.pack(MAGIC, 0, 0))

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
        self.out.write(PREFIX.pack(MAGIC, position, len(raw)))


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
                    record = encode_product(product)
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
                    "brands": tables.brands,
                    "brand_sounds": _write_brand_sounds(writer, tables),
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
    writer.section("brand_words", _typed(tables.brand_words, "I"), "I")
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


def _write_brand_sounds(writer: _Writer, tables: ResolverTables) -> dict:
    """The sounds of the brand words as the resolver reads them
    (:meth:`SpanReadings.brand_sounds`), computed once here rather than on the first query
    after each load; return where each group of them lies, for the header."""
    readings = SpanReadings(tables.index)
    readings.brand_words = tables.brand_words
    readings.brand_phrases = tables.brand_phrases
    sounds, ids, groups = readings.brand_sounds().pack()
    writer.section("brand_sounds.text", "\n".join(sounds).encode())
    writer.section("brand_sounds.ids", ids, "I")
    return groups


def _typed(values: IntArray | FloatArray, code: str) -> array | memoryview:
    """``values`` as an array of ``code`` items, copied only when it is not one already."""
    if isinstance(values, array) and values.typecode == code:
        return values
    if isinstance(values, memoryview) and values.format == code:
        return values
    return array(code, values)
