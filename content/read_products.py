"""Reading ``products.yaml`` and the imported feeds (``catalog/<locale>.tsv``, and their
compiled index when it is current)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from catalog.feed import MAX_CELL, FeedRowError, price_problem
from catalog.model import AVAILABILITY, Product
from content.reading import Reading, _opt_text
from content.yamlnodes import ContentError, Node

LONG_TITLE = 40
"""A product title longer than this should have a short spoken name (a content warning)."""


class ProductReading(Reading):
    # --- products.yaml --------------------------------------------------------------------
    def _products(self, root: Node | None) -> dict[str, list[Product]]:
        catalogs: dict[str, list[Product]] = {loc: [] for loc in self.locales}
        seen: set[str] = set()
        if root is None:
            return catalogs
        for node in root.elements():
            if not node.is_mapping():
                continue
            node.only({"id", "group", "brand", "gtin", "availability", "variants", "locales"})
            product_id = self._id(node, seen)
            group = _opt_text(node.get("group", required=False)) or ""
            brand = _opt_text(node.get("brand", required=False)) or ""
            gtin_node = node.get("gtin", required=False)
            gtin = ""
            if gtin_node:
                gtin = str(gtin_node.scalar() or "")
                if not _gtin_ok(gtin):
                    gtin_node.error(f"{gtin!r} is not a valid GTIN (digits or check digit)")
            avail_node = node.get("availability", required=False)
            availability = avail_node.choice(AVAILABILITY) if avail_node else "in stock"
            variants: dict[str, str] = {}
            variants_node = node.get("variants", required=False)
            if variants_node and variants_node.is_mapping():
                for axis, value in variants_node.items():
                    text = value.text()
                    if text:
                        variants[axis] = text
            texts = self._per_locale(node.get("locales"), self._product_text)
            if product_id is None or texts is None or availability is None:
                continue
            seen.add(product_id)
            for locale, local in texts.items():
                local_variants = {**variants, **local["variants"]}
                self.product_grammar[locale][product_id] = local["grammar"]
                fields = {k: v for k, v in local.items() if k not in ("variants", "grammar")}
                catalogs[locale].append(
                    Product(
                        id=product_id,
                        group=group,
                        brand=brand,
                        gtin=gtin,
                        availability=availability,
                        variants=local_variants,
                        **fields,
                    )
                )
        return catalogs

    def _product_text(self, node: Node, locale: str) -> dict[str, Any] | None:
        if not node.is_mapping():
            return None
        node.only(
            {"title", "synonyms", "description", "product_type", "price", "variants", "grammar"}
        )
        title = _opt_text(node.get("title"), max_len=MAX_CELL["title"])
        synonyms_node = node.get("synonyms", required=False)
        synonyms = tuple(synonyms_node.texts(allow_empty=True)) if synonyms_node else ()
        description = _opt_text(node.get("description"), max_len=MAX_CELL["description"])
        product_type = _opt_text(node.get("product_type", required=False), default="")
        price_node = node.get("price")
        price = price_node.money() if price_node else None
        problem = price_problem(price) if price is not None else None
        if problem is not None and price_node is not None:
            price_node.error(problem)
            price = None
        variants: dict[str, str] = {}
        variants_node = node.get("variants", required=False)
        if variants_node and variants_node.is_mapping():
            variants = {axis: v for axis, n in variants_node.items() if (v := n.text())}
        grammar = self._grammar(node, "product", locale)
        if title is None or grammar is None or None in (description, price):
            return None
        if len(title) > LONG_TITLE and not grammar.short:
            self.warnings.append(
                ContentError(
                    node.file,
                    node.line,
                    f"{node.field}.grammar.short",
                    f"a title of {len(title)} characters: give a short spoken name",
                )
            )
        return {
            "grammar": grammar,
            "variants": variants,
            "title": title,
            "synonyms": synonyms,
            "description": description,
            "product_type": product_type,
            "price": price,
        }

    def _imported_feeds(self, catalogs: dict[str, list[Product]]) -> None:
        """Products imported with ``echoppe catalog import`` live in ``catalog/<locale>.tsv``."""
        feeds = self.folder / "catalog"
        if not feeds.is_dir():
            return
        from catalog.compiled import open_current
        from catalog.feed import FeedError, read_feed

        for locale in self.locales:
            path = feeds / f"{locale}.tsv"
            if not path.exists():
                continue
            # A current compiled index (built by `echoppe catalog import`/`catalog index` from
            # this feed and these products.yaml products) is mapped, not parsed: fast cold start.
            compiled = open_current(path, catalogs[locale])
            if compiled is not None:
                self.compiled[locale] = compiled
                continue
            try:
                imported = read_feed(path, locale)
            except FeedError as exc:
                for row in exc.errors:
                    self.problems.errors.append(_feed_error(path, row))
                continue
            known = {p.id for p in catalogs[locale]}
            for product in imported:
                if product.id in known:
                    self.problems.errors.append(
                        _feed_error(path, None, f"id {product.id!r} is also in products.yaml")
                    )
                else:
                    catalogs[locale].append(product)


def _gtin_ok(gtin: str) -> bool:
    """GTIN-8/12/13/14 with a valid mod-10 check digit."""
    if not gtin.isdigit() or len(gtin) not in (8, 12, 13, 14):
        return False
    digits = [int(d) for d in gtin]
    body, check = digits[:-1], digits[-1]
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def _feed_error(path: Path, row: FeedRowError | None, message: str | None = None) -> ContentError:
    if row is None:
        return ContentError(str(path), 1, "id", message or "")
    return ContentError(str(path), row.line, row.field, row.message)
