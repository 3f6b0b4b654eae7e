"""The catalog's data model, shared by content YAML, feed import, the resolver and the cart."""

from __future__ import annotations

from dataclasses import dataclass, field

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


@dataclass(frozen=True)
class Catalog:
    """The products of one locale, by id, in authored order."""

    locale: str
    products: tuple[Product, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {p.id: p for p in self.products})

    def get(self, product_id: str) -> Product | None:
        return self._by_id.get(product_id)  # type: ignore[attr-defined]

    def __contains__(self, product_id: str) -> bool:
        return product_id in self._by_id  # type: ignore[attr-defined]

    def __len__(self) -> int:
        return len(self.products)

    def siblings(self, product: Product) -> list[Product]:
        """Other variants of the same group, authored order."""
        if not product.group:
            return []
        return [p for p in self.products if p.group == product.group and p.id != product.id]
