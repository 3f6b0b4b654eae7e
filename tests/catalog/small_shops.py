"""Small catalogs written inline for the resolver's tests: (id, title, brand, product type)."""

from __future__ import annotations

from catalog.model import Catalog, Product
from catalog.resolver import Resolver
from payments.money import Money

Row = tuple[str, str, str, str]


def catalog_of(
    locale: str, rows: list[Row], variants: dict[str, dict[str, str]] | None = None
) -> Catalog:
    """A catalog of one product per row, priced apart, in the locale's currency;
    ``variants``: the variant values of the products that have some, by id."""
    currency = "EUR" if locale == "fr-FR" else "USD"
    values = variants or {}
    products = tuple(
        Product(
            id=pid,
            title=title,
            price=Money(300 + n, currency),
            brand=brand,
            product_type=kind,
            variants=values.get(pid, {}),
        )
        for n, (pid, title, brand, kind) in enumerate(rows)
    )
    return Catalog(locale, products)


def resolver_of(
    locale: str, rows: list[Row], variants: dict[str, dict[str, str]] | None = None
) -> Resolver:
    """A resolver over :func:`catalog_of` the rows."""
    return Resolver(catalog_of(locale, rows, variants))


def matched(resolver: Resolver, text: str) -> str | None:
    """The id of the product sold on ``text``, or None when it is asked about or unknown."""
    product = resolver.resolve(text).product
    return product.id if product else None


def ids_of(resolver: Resolver, text: str) -> set[str]:
    """The ids of the products answered on ``text``: sold, asked about or offered."""
    return {c.product.id for c in resolver.resolve(text).candidates}
