"""The catalog's data model, shared by content YAML, feed import, the resolver and the cart."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from payments.money import Money

AVAILABILITY = ("in stock", "out of stock", "preorder")


@dataclass(frozen=True)
class Product:
    """One sellable item (one variant) in one locale.

    ``group`` ties variants of one product together (Merchant Center ``item_group_id``);
    ``variants`` holds the axes that tell them apart, e.g. ``{"size": "500 ml", "scent": "lavande"}``.
    """

    id: str
    title: str
    price: Money
    brand: str = ""
    description: str = ""
    product_type: str = ""
    availability: str = "in stock"
    gtin: str = ""
    group: str = ""
    synonyms: tuple[str, ...] = ()
    variants: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    @property
    def in_stock(self) -> bool:
        return self.availability == "in stock"


class ProductSource(Protocol):
    """Products kept outside Python objects (a compiled catalog file, decoded on demand)
    that find a product by id and its siblings without going through them all."""

    def __len__(self) -> int: ...
    def __getitem__(self, number: int) -> Product: ...
    def __iter__(self) -> Iterator[Product]: ...
    def get(self, product_id: str) -> Product | None: ...
    def siblings(self, product: Product) -> list[Product]: ...


@dataclass(frozen=True)
class Catalog:
    """The products of one locale, by id, in authored order.

    ``products`` is a tuple, or a :class:`ProductSource` (:mod:`catalog.compiled`) for a
    large imported catalog: then nothing is decoded until it is asked for."""

    locale: str
    products: Sequence[Product]

    def __post_init__(self) -> None:
        if isinstance(self.products, tuple | list):
            by_id = {p.id: p for p in self.products}
            object.__setattr__(self, "_find", by_id.get)
        else:
            object.__setattr__(self, "_find", self.products.get)  # type: ignore[attr-defined]

    def get(self, product_id: str) -> Product | None:
        return self._find(product_id)  # type: ignore[attr-defined]

    def __contains__(self, product_id: str) -> bool:
        return self.get(product_id) is not None

    def __len__(self) -> int:
        return len(self.products)

    def siblings(self, product: Product) -> list[Product]:
        """Other variants of the same group, authored order."""
        if not product.group:
            return []
        if not isinstance(self.products, tuple | list):
            return self.products.siblings(product)  # type: ignore[attr-defined]
        return [p for p in self.products if p.group == product.group and p.id != product.id]
