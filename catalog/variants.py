"""What tells the variants of one product apart: sizes read from titles, and the axes a
resolver can ask about ("which size, 250 or 500 ml?").

Merchant Center feeds carry ``size``/``color`` columns only sometimes; titles nearly always
end with the size ("… 500 ml", "… taille M", "… pack of 6", "… 48 capsules"), so that is
read generically here, never per brand or product.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache

from catalog.folding import strip_accents
from catalog.model import Product
from catalog.size_words import relative_size
from catalog.units import CONTAINERS, COUNT_UNITS, MEASURE_UNITS, UNIT_CANON

__all__ = [
    "COLORS",
    "extract_size",
    "family_key",
    "in_base_unit",
    "size_of",
    "size_sort_key",
    "variant_axes",
]

_NUMBER = r"\d+(?:[.,]\d+)?"
_WORD = r"[^\W\d_]+"
_SIZE_WORDS = r"taille|size|pointure|tour"
_PACK_WORDS = (
    r"pack of|set of|box of|lot de|pack de|paquet de|boîte de|boite de|coffret de|tube of|"
    r"tube de|jar of|tub of|bag of|case of|carton of|carton de|sachet de|pot de|étui de"
)
_DIMENSION_RE = re.compile(rf"{_NUMBER}\s*[x×]\s*{_NUMBER}(?:\s*[x×]\s*{_NUMBER})?\s*({_WORD})")
_AMOUNT_RE = re.compile(rf"{_NUMBER}\s*({_WORD})")
_LABEL_RE = re.compile(rf"\b(?:{_SIZE_WORDS})\s+(?:{_NUMBER}|[A-Za-z]{{1,4}})\b", re.IGNORECASE)
_PACK_RE = re.compile(rf"\b(?:{_PACK_WORDS})\s+{_NUMBER}\b", re.IGNORECASE)
# "box of 24 x 40 g" whole (its 960 g), "1/2 gal", "1-1/2 in" (not "2 gal").
_PACK_TIMES_RE = re.compile(
    rf"\b(?:{_PACK_WORDS})\s+{_NUMBER}\s*[x×]\s*{_NUMBER}\s*{_WORD}", re.IGNORECASE
)
_PART_RE = re.compile(rf"(?:\b\d+[\s-]+)?\b\d+\s*/\s*\d+\s*({_WORD})")

# Colour words, to name an axis "color" rather than "variant" when that is what differs.
_COLOR_WORDS = (
    "blanc blanche noir noire rouge bleu bleue vert verte jaune rose gris grise orange "
    "violet violette marron beige argent argente dore doree turquoise kaki bordeaux "
    "white black red blue green yellow pink grey gray purple brown silver gold navy "
    "khaki teal ivory cream"
)
COLORS = frozenset(_COLOR_WORDS.split())


def _is_unit(word: str) -> bool:
    plain = strip_accents(word.lower())
    if UNIT_CANON.get(plain) in MEASURE_UNITS:
        return True
    singular = plain[:-1] if plain.endswith("s") else plain
    if singular in CONTAINERS:  # "4 Tubes"
        return True
    return singular in COUNT_UNITS or plain in COUNT_UNITS


def size_of(product: Product) -> str | None:
    """The product's size as written: its size variant, else the size its title says."""
    return product.variants.get("size") or extract_size(product.title)


def extract_size(title: str) -> str | None:
    """The size written in a title, as written ("500 ml", "taille M", "140 x 240 cm"), or None.

    The last size-like phrase wins: titles put the size last, and a number earlier in a
    title is more often part of the name ("Formule 1 lessive 3 l").
    """
    found: list[tuple[int, int]] = []
    for pattern in (_DIMENSION_RE, _AMOUNT_RE, _PART_RE):
        for match in pattern.finditer(title):
            if _is_unit(match.group(1)):
                found.append((match.start(), match.end()))
    for pattern in (_LABEL_RE, _PACK_RE, _PACK_TIMES_RE):
        found.extend((m.start(), m.end()) for m in pattern.finditer(title))
    if not found:
        return None
    # The last one; among those ending together, the longest ("140 x 240 cm", not "240 cm").
    start, end = max(found, key=lambda span: (span[1], -span[0]))
    return title[start:end].strip()


_SCALE = {"mg": Decimal("0.001"), "cl": Decimal(10), "l": Decimal(1000), "kg": Decimal(1000)}
_SCALE.update({"m": Decimal(1000), "cm": Decimal(10)})
# US customary units, exactly: inch 25.4 mm, US liquid gallon 231 cubic inches.
_SCALE.update({"in": Decimal("25.4"), "ft": Decimal("304.8"), "yd": Decimal("914.4")})
_SCALE.update({"gal": Decimal("3785.411784"), "qt": Decimal("946.352946")})
_SCALE.update({"pt": Decimal("473.176473")})
_SCALE.update({"lb": Decimal("453.59237"), "oz": Decimal("28.349523125")})
_SCALE.update({"livre": Decimal(500)})  # the French everyday pound


_BASE = {"cl": "ml", "l": "ml", "kg": "g", "mg": "g", "cm": "mm", "m": "mm"}
_BASE.update({"in": "mm", "ft": "mm", "yd": "mm", "gal": "ml", "qt": "ml", "pt": "ml"})
_BASE.update({"lb": "g", "oz": "g", "livre": "g"})
_BASE.update({"milliamp": "amp", "kw": "w"})
_SCALE.update({"milliamp": Decimal("0.001"), "kw": Decimal(1000)})


def in_base_unit(amount: Decimal, unit: str) -> tuple[str, Decimal]:
    """``amount`` of a canonical ``unit`` as (base unit, amount in it): 50 cl is ("ml", 500),
    comparable with any other amount of that base unit; other units are their own base."""
    return _BASE.get(unit, unit), amount * _SCALE.get(unit, Decimal(1))


_LETTER_RANKS = {"xxs": 0, "xs": 1, "s": 2, "m": 3, "l": 4, "xl": 5, "xxl": 6, "xxxl": 7}
_WORD_RANKS = {"small": 2, "medium": 3, "large": 4}


_HOLDERS = CONTAINERS | frozenset(
    ["box", "boite", "sachet", "bag", "sac", "case", "carton", "etui"]
)
"""Words for a container of pieces: "Tube of 20" is one tube, not twenty of something."""
_TIMES = re.compile(rf"{_NUMBER}\s*[x×]\s*({_NUMBER})\s*({_WORD})", re.IGNORECASE)
_PART = re.compile(rf"(?:(\d+)[\s-]+)?(\d+)\s*/\s*(\d+)\s*({_WORD})")


def _decimal(number: str) -> Decimal:
    return Decimal(number.replace(",", "."))


_PACK_OF = re.compile(rf"^\s*({_WORD})\s+(?:of|de|d')\s*({_NUMBER})\b", re.IGNORECASE)


def size_sort_key(size: str) -> tuple[str, Decimal, str]:
    """Order sizes small to large within a unit family: 250 ml < 1 l < 1,5 l; M < L; small <
    medium < large, « petit » < « grand » (sizes written as words rank as letters). A container
    of pieces is one item ("Tube of 20" comes before "4 Tubes"; "Box of 50" before "Box of
    100"), where a lot or a pack counts its items ("lot de 6" is six)."""
    pack = _PACK_OF.match(size)
    if pack and _fold(pack.group(1)) in _HOLDERS:
        several = _TIMES.match(size, pack.start(2))
        if several:  # « boîte de 24 x 40 g »: 960 g
            unit = UNIT_CANON.get(strip_accents(several.group(2).lower()), "")
            base, value = in_base_unit(_decimal(several.group(1)), unit)
            return (base, value * _decimal(pack.group(2)), size)
        return ("", 1 + _decimal(pack.group(2)) / 1_000_000, size)
    part = _PART.search(size)
    if part:  # "1/2 gal", "1-1/2 in"
        whole = Decimal(part.group(1) or 0)
        value = whole + Decimal(part.group(2)) / Decimal(part.group(3))
        unit = UNIT_CANON.get(strip_accents(part.group(4).lower()), "")
        base, amount = in_base_unit(value, unit)
        return (base, amount, size)
    match = re.search(rf"({_NUMBER})\s*({_WORD})?", size)
    if match:
        unit = UNIT_CANON.get(strip_accents((match.group(2) or "").lower()), "")
        base, value = in_base_unit(Decimal(match.group(1).replace(",", ".")), unit)
        return (base, value, size)
    label = size.split()[-1].lower() if size.split() else ""
    if label in _LETTER_RANKS:
        return ("~", Decimal(_LETTER_RANKS[label]), size)
    for word in strip_accents(size.lower()).split():
        said = relative_size(word, "fr") or relative_size(word, "en")
        if said is not None:  # "small", « moyen », "large": ranked as S, M, L
            return ("~", Decimal(_WORD_RANKS[said]), size)
    return ("~", Decimal(99), size)


def _content_words(text: str) -> list[str]:
    return re.findall(rf"{_NUMBER}|{_WORD}", text)


def _fold(word: str) -> str:
    plain = strip_accents(word.lower())
    return plain[:-1] if len(plain) > 3 and plain.endswith("s") else plain


def variant_axes(products: Sequence[Product]) -> dict[str, dict[str, str]]:
    """Axis → {product id: value} for every axis on which ``products`` differ.

    Explicit ``Product.variants`` come first; a missing ``size`` is read from the title; what
    still differs between titles once those are set aside becomes ``color`` (when it is all
    colour words) or ``variant`` ("citron" vs "fleur de coton").
    """
    values: dict[str, dict[str, str]] = {}
    for product in products:
        own = dict(product.variants)
        if "size" not in own:
            size = extract_size(product.title)
            if size:
                own["size"] = size
        for axis, value in own.items():
            values.setdefault(axis, {})[product.id] = value
    residual: dict[str, list[str]] = {}
    for product in products:
        title = product.title
        for value in _values_for(values, product.id):
            title = title.replace(value, " ")
        residual[product.id] = _content_words(title)
    if residual:
        common = set.intersection(*({_fold(w) for w in words} for words in residual.values()))
        rest = {
            pid: " ".join(w for w in words if _fold(w) not in common)
            for pid, words in residual.items()
        }
        if len(set(rest.values())) > 1:
            all_colors = all(
                _fold(w) in COLORS or strip_accents(w.lower()) in COLORS
                for text in rest.values()
                for w in text.split()
            )
            name = "color" if all_colors and "color" not in values else "variant"
            values.setdefault(name, {}).update({pid: v for pid, v in rest.items() if v})
    ids = {p.id for p in products}
    return {
        axis: by_id
        for axis, by_id in values.items()
        if len(set(by_id.values())) + (1 if set(by_id) != ids else 0) > 1
    }


def _values_for(values: dict[str, dict[str, str]], product_id: str) -> list[str]:
    return [by_id[product_id] for by_id in values.values() if product_id in by_id]


@lru_cache(maxsize=65536)  # brands and product types repeat across a catalog
def _folded(text: str) -> str:
    return " ".join(strip_accents(text.lower()).replace("-", " ").split())


def family_key(product: Product) -> str:
    """The family a product belongs to: ``item_group_id`` when the feed has one, else brand +
    product type (the variants of one product share both), else the product alone."""
    if product.group:
        return product.group
    if product.brand or product.product_type:
        return f"{_folded(product.brand)}|{_folded(product.product_type)}"
    return product.id
