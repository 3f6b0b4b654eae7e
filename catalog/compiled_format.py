"""The compiled catalog's file format, shared by the writer (:mod:`catalog.compiled_writer`) and
the loader (:mod:`catalog.compiled`): the magic and prefix that open the file, how one product is
written as a text record and read back, where a feed's compiled file lives, and the fingerprint
of what a file was built from.

Layout: ``MAGIC``, the header's offset and length (two little-endian u64), then the
sections (8-byte aligned), then the JSON header naming each section's offset, length and
array type. The header also holds the **fingerprint** of what the file was built from (the
feed's size and sampled bytes, the authored products): a file whose fingerprint does not
match the content is stale and is not used (:func:`catalog.compiled.open_compiled` returns
``None``).
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Sequence
from pathlib import Path

from catalog.model import Product
from payments.money import Money

# Bumped whenever what the file holds is computed otherwise (05: phonetic keys of a soft "g"
# or "c" before a mute "e"; 16: the brand words' sounds, catalog.brand_sounds — so also
# whenever catalog.phonetics.spoken_sound changes; 17: brand words sounded in both
# languages; 18: parts of units and trade numbers in titles, catalog.number_joins; 19:
# reams in titles; 20: « livre » a unit after a number;
# 21: "1 1/2 in" one number, « pouce » an inch; 23: "a foot long"; 24: the sounds of brands
# of several words, heard whole, and the silent m of « automne »; 25: volumes "cu ft", « m³ »
# and shares "%" in titles; 26: "twin pack" a 2-pack, "2XL" the letters "xxl"; 27: « aï » an
# English "i" in brand sounds; 28: a French "gu" before e/i a hard g in sounds; 29: "10 A",
# "30 mA" in titles amps and milliamps, lumens, hertz, kilowatts units; 30: "3/16 in"
# sixteenths in titles; 31: "10 m2" an area; 32: "16 fluid ounces" in titles "fl oz"; 33: a
# title's plural keeps the keys of its "s"; 34: « gélules », "softgels" count nouns; 35: "1-1/2 in",
# « mètre et demi » in titles; 36: "ask", « demander » request words; 37: "4 Tubes", "Jar of
# 100" sizes in titles; 38: "and half" is a half in titles too; 39: « teinte », « finition »,
# « goût », "flavored" say only a value's axis; 40: « format », « contenance », "capacity" say
# only the size's axis, « euhm », « heum », « beh », « ouais » are hesitations and fillers, "2
# point 5" is 2.5; 41: an English "th" also heard as an s in French brand sounds): an older
# file is then not opened, and the index is rebuilt.
MAGIC = b"ECHIDX41"
PREFIX = struct.Struct("<8sQQ")
_FIELD = "\x1f"
_LIST = "\x1e"
SAMPLE = 1 << 18  # bytes of the feed hashed at each end for the fingerprint


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
        digest.update(encode_product(product).encode())
    return digest.hexdigest()


_SEPARATORS = str.maketrans({_FIELD: " ", _LIST: " "})


def encode_product(product: Product) -> str:
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


def decode_product(record: str) -> Product:
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
