"""The cart: lines of product ids and quantities, priced from the catalog with the delivery rule.

A cart holds **one currency**. One account may shop in several locales (a French and an English
device in one home), and each locale's catalog prices the same product ids in its own currency:
each line records the currency it was added in, a product in another currency is refused
(``other_currency``), and a cart whose lines are not all in the currency this catalog prices
them in is never priced here: money is never summed, nor charged, across currencies.

**Which lines words name** (``lines_named``): « enlève les savons au fiel » with a plain and a
lavender ox gall soap in the cart names both. The words said decide, never their number: "the ox
gall soaps" is how people name a kind of product, not a count of lines. A line answers to the
words when its product's names (title, short spoken name, synonyms, variant values) hold every
one of them, function words aside, accents and plural endings folded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from catalog.folding import language, singular, strip_accents
from catalog.lexicon import function_word
from catalog.model import Catalog, Product
from payments.money import Money

MAX_QUANTITY = 99


class CartError(ValueError):
    """An operation the cart refuses; ``reason`` names it for the speech."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class PricedLine:
    product: Product
    quantity: int

    @property
    def amount(self) -> Money:
        return self.product.price * self.quantity


@dataclass(frozen=True)
class Totals:
    lines: tuple[PricedLine, ...]
    subtotal: Money
    delivery: Money
    total: Money

    @property
    def items(self) -> int:
        return sum(line.quantity for line in self.lines)


def check_quantity(quantity: int) -> int:
    if not 1 <= quantity <= MAX_QUANTITY:
        raise CartError("quantity")
    return quantity


def currency(lines: list[dict]) -> str | None:
    """The currency the lines were added in; None for an empty cart (or lines older than the
    record of their currency)."""
    return next((line["currency"] for line in lines if line.get("currency")), None)


def add(lines: list[dict], product: Product, quantity: int) -> list[dict]:
    """Lines with ``quantity`` more of ``product``; refuses out-of-stock products, > 99, and a
    product priced in another currency than the cart's."""
    check_quantity(quantity)
    if not product.in_stock:
        raise CartError("out_of_stock")
    if currency(lines) not in (None, product.price.currency):
        raise CartError("other_currency")
    result = [dict(line) for line in lines]
    for line in result:
        if line["id"] == product.id:
            line["qty"] = check_quantity(line["qty"] + quantity)
            line["currency"] = product.price.currency
            return result
    return [*result, {"id": product.id, "qty": quantity, "currency": product.price.currency}]


def set_quantity(lines: list[dict], product: Product, quantity: int) -> list[dict]:
    """Lines where ``product``'s line holds ``quantity`` (1 to 99), in its place and with what
    else it carries (the guide that offered it); a line that grows is checked as :func:`add`
    checks it (in stock, the cart's currency). Raises ``KeyError`` when it is not in the cart."""
    check_quantity(quantity)
    held = next((line for line in lines if line["id"] == product.id), None)
    if held is None:
        raise KeyError(product.id)
    if quantity > held["qty"]:
        return add(lines, product, quantity - held["qty"])
    return [{**line, "qty": quantity} if line["id"] == product.id else dict(line) for line in lines]


def held(lines: list[dict], product_id: str) -> int:
    """How many of ``product_id`` the cart holds (0: none)."""
    return next((line["qty"] for line in lines if line["id"] == product_id), 0)


def remove(lines: list[dict], product_id: str) -> list[dict]:
    if not any(line["id"] == product_id for line in lines):
        raise CartError("not_in_cart")
    return [dict(line) for line in lines if line["id"] != product_id]


def in_other_currency(lines: list[dict], catalog: Catalog) -> bool:
    """True when the lines are not all in one currency with the prices ``catalog`` gives them:
    the cart was filled in another locale's currency (or its lines disagree)."""
    recorded = {line["currency"] for line in lines if line.get("currency")}
    products = (catalog.get(line["id"]) for line in lines)
    prices = {product.price.currency for product in products if product is not None}
    return len(recorded | prices) > 1


def price(lines: list[dict], catalog: Catalog, delivery_fee: Callable[[Money], Money]) -> Totals:
    """Price the lines still in the catalog; ``delivery_fee(subtotal)`` gives the delivery fee.
    Refuses (``other_currency``) lines that are not all in one currency with these prices."""
    if in_other_currency(lines, catalog):
        raise CartError("other_currency")
    found = ((catalog.get(line["id"]), line) for line in lines)
    priced = tuple(
        PricedLine(product, int(line["qty"])) for product, line in found if product is not None
    )
    if not priced:
        raise CartError("empty")
    subtotal = Money.zero(priced[0].product.price.currency)
    for line in priced:
        subtotal = subtotal + line.amount
    delivery = delivery_fee(subtotal)
    return Totals(priced, subtotal, delivery, subtotal + delivery)


_NOT_A_WORD = re.compile(r"[^\w]+")


def said_words(text: str, locale: str) -> frozenset[str]:
    """The words of ``text`` as names are compared: case, accents and punctuation folded (« l'eau »
    is « l eau »), singular, function words aside (:func:`catalog.lexicon.function_word`:
    articles, pronouns, « celle »)."""
    lang = language(locale)
    folded = _NOT_A_WORD.sub(" ", strip_accents(text.lower())).split()
    return frozenset(singular(word) for word in folded if not function_word(word, lang))


def fitting(names: Mapping[str, Iterable[str]], text: str, locale: str) -> list[str]:
    """The ids (in ``names``' order) whose names, taken together, hold every word of ``text``;
    none when ``text`` has no word that names anything (« celui-là »)."""
    said = said_words(text, locale)
    if not said:
        return []
    return [
        key
        for key, spoken in names.items()
        if said <= frozenset().union(*(said_words(name, locale) for name in spoken))
    ]


def product_names(product: Product, *spoken: str) -> list[str]:
    """Every name ``product`` answers to: its title, the names it is ``spoken`` by (the
    content's short name), its synonyms and its variant values ("lavender"); none empty."""
    names = [product.title, *spoken, *product.synonyms, *product.variants.values()]
    return [name for name in names if name]


def lines_named(
    products: Iterable[Product],
    text: str,
    locale: str,
    spoken: Mapping[str, str] | None = None,
) -> list[str]:
    """The ids of ``products`` (usually the cart's lines, in its order) that ``text`` names;
    ``spoken``: a product's short spoken name by id, when it has one."""
    short = spoken or {}
    names = {p.id: product_names(p, short.get(p.id, "")) for p in products}
    return fitting(names, text, locale)
