"""The elsewhere half's shop model: wares with their axes and sizes, makers with their title
styles and the way each ear hears their name, the articles a shop stocks, its two catalogs,
and what a shopper means (an :class:`Intent`) with the products that fit it.

Everything here is said in catalog terms: an intent names the ``product_type``, ``brand`` and
``variants`` values a product must carry, so that what a query expects is read off the
catalog's own fields and never off the words the shopper said."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bench.resolution_elsewhere_numbers import size_text, title_size
from catalog.model import Catalog, Product
from payments.money import Money

LOCALES = ("fr-FR", "en-US")
EARS = ("fr", "en")


@dataclass(frozen=True)
class Value:
    """One value of an axis: as the catalog writes it, and as shoppers say it (per language)."""

    shown: tuple[str, str]
    said: tuple[tuple[str, ...], tuple[str, ...]]


def v(fr: str, en: str, said_fr: tuple[str, ...] = (), said_en: tuple[str, ...] = ()) -> Value:
    return Value((fr, en), (said_fr or (fr.lower(),), said_en or (en.lower(),)))


@dataclass(frozen=True)
class Axis:
    key: str  # the ``variants`` key, the same in both catalogs
    values: tuple[Value, ...]


@dataclass(frozen=True)
class Size:
    """A size: its amount and unit in each catalog (a knife is 20 cm in France, 8 in in the US)."""

    fr: tuple[float, str]
    en: tuple[float, str]

    def amount(self, lang: int) -> tuple[float, str]:
        return (self.fr, self.en)[lang]


def sizes(unit: str, *amounts: float, en_unit: str = "", en: tuple[float, ...] = ()) -> tuple:
    """Sizes of one unit, the same amounts in both catalogs unless ``en`` gives others."""
    theirs = en or amounts
    return tuple(
        Size((a, unit), (b, en_unit or unit)) for a, b in zip(amounts, theirs, strict=True)
    )


@dataclass(frozen=True)
class Ware:
    """A kind of product a shop sells: its noun in the catalog and in speech."""

    key: str
    noun: tuple[str, str]  # product_type, fr and en
    said: tuple[tuple[str, ...], tuple[str, ...]]  # how shoppers name it
    gender: str  # "m", "f" or "p" (plural), for the French article
    axes: tuple[Axis, ...]
    sizes: tuple[Size, ...]
    container: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    generic: tuple[str, str] = ("", "")  # a broader noun several wares answer to
    ranked: bool = True  # "the big one" means the largest of its sizes
    price: int = 900  # cents, the smallest size
    size_before: bool = False  # English says the size before the noun ("an 8 inch ...")


@dataclass(frozen=True)
class Maker:
    """An invented maker: its name, where it comes from, how its titles are written and how a
    French or an English recogniser writes its name."""

    name: str
    origin: str  # "fr" or "en"
    style: str  # a title style of :func:`title`
    lines: tuple[str, ...]  # the keys of the wares it makes
    ears: dict[str, tuple[str, ...]] = field(hash=False, compare=False, default_factory=dict)

    def heard(self, ear: str) -> str:
        """What a recogniser of ``ear`` most often writes for the name."""
        return self.ears[ear][0] if ear != self.origin else self.name


@dataclass(frozen=True)
class Trade:
    kind: str
    code: str
    wares: tuple[Ware, ...]
    makers: tuple[Maker, ...]
    unsold: tuple[str, ...]  # makers the shop does not stock
    not_stocked: tuple[tuple[str, str], ...]  # things of the trade the shop does not sell


@dataclass(frozen=True)
class Article:
    id: str
    maker: int
    ware: int
    values: tuple[int, ...]  # one index per axis of the ware
    size: int


@dataclass
class ElsewhereShop:
    name: str
    kind: str
    trade: Trade
    items: list[Article]

    @property
    def brands(self) -> list[str]:
        return [m.name for m in self.trade.makers]

    def fields(self, item: Article, lang: int) -> tuple[str, dict[str, str]]:
        """The ``product_type`` and ``variants`` of an article in one language."""
        ware = self.trade.wares[item.ware]
        variants = {
            axis.key: axis.values[index].shown[lang]
            for axis, index in zip(ware.axes, item.values, strict=True)
        }
        variants["size"] = size_text(*ware.sizes[item.size].amount(lang), lang)
        return ware.noun[lang], variants

    def title(self, item: Article, lang: int) -> str:
        ware = self.trade.wares[item.ware]
        maker = self.trade.makers[item.maker]
        noun, variants = self.fields(item, lang)
        values = [variants[axis.key] for axis in ware.axes]
        size = title_size(*ware.sizes[item.size].amount(lang), lang, maker.style)
        return title(maker.style, maker.name, noun, values, size, lang)

    def catalog(self, locale: str) -> Catalog:
        lang = LOCALES.index(locale)
        products = []
        for number, item in enumerate(self.items):
            ware = self.trade.wares[item.ware]
            noun, variants = self.fields(item, lang)
            cents = ware.price * (1 + item.size) + (number * 41) % 300
            cents = cents * (108 if lang else 100) // 100 - 1
            name = self.title(item, lang)
            products.append(
                Product(
                    id=item.id,
                    title=name,
                    price=Money(cents, ("EUR", "USD")[lang]),
                    brand=self.trade.makers[item.maker].name,
                    description=name,
                    product_type=noun,
                    group=f"{self.name}-g{item.maker}-{item.ware}",
                    variants=variants,
                )
            )
        return Catalog(locale, tuple(products))


def title(style: str, brand: str, noun: str, values: list[str], size: str, lang: int) -> str:
    """A title the way one maker's feed writes it."""
    said = " ".join(values)
    if style == "caps-dash":  # "OCRELUNE - Peinture murale - Blanc Satin - 2,5L"
        return " - ".join(p for p in (brand.upper(), noun, said, size) if p)
    if style == "noun-brand":  # "Peinture murale Halbrook Blanc Satin 2,5 L"
        return " ".join(p for p in (noun, brand, said, size) if p)
    if style == "brand-last":  # "Peinture murale blanc satin, 2,5 L | Ravalix"
        head = " ".join(p for p in (noun, said.lower()) if p)
        return f"{head}, {size} | {brand}"
    if style == "comma":  # "Halbrook Wall Paint, Satin White, 2.5 L"
        middle = " ".join(reversed(values)) if lang == 1 else said
        return ", ".join(p for p in (f"{brand} {noun}", middle, size) if p)
    if style == "values-first" and lang == 1:  # "Brushwick Satin White Wall Paint 2.5L"
        return " ".join(p for p in (brand, " ".join(reversed(values)), noun, size) if p)
    return " ".join(p for p in (brand, noun, said, size) if p)  # "Ocrelune Peinture ..."


@dataclass(frozen=True)
class Intent:
    """What the shopper meant, in the catalog's own terms: any product of one of ``types``
    (every type when empty), by ``brand`` (any when empty), carrying every ``values`` pair in
    its ``variants``; with ``end``, only those of the largest or smallest size among them."""

    locale: str
    shop: str
    types: tuple[str, ...]
    brand: str = ""
    values: tuple[tuple[str, str], ...] = ()
    end: str = ""  # "largest", "smallest" or ""
    reason: str = ""  # why nothing fits, for a none query


def amount(size: str) -> float:
    """A catalog size as a number to rank sizes by (millilitres, millimetres, a count)."""
    match = re.search(r"(\d+(?:[.,]\d+)?)\s*([a-zA-Z]*)", size)
    if not match:
        return 0.0
    scale = {"l": 1000, "cl": 10, "cm": 10, "in": 25.4, "kg": 1000}
    return float(match.group(1).replace(",", ".")) * scale.get(match.group(2).lower(), 1)


def fitting(catalog: Catalog, intent: Intent) -> list[Product]:
    """The products of ``catalog`` that fit ``intent``."""
    found = [
        p
        for p in catalog.products
        if (not intent.types or p.product_type in intent.types)
        and (not intent.brand or p.brand == intent.brand)
        and all(p.variants.get(key) == value for key, value in intent.values)
    ]
    if intent.end and found:
        pick = max if intent.end == "largest" else min
        best = pick(amount(p.variants["size"]) for p in found)
        found = [p for p in found if amount(p.variants["size"]) == best]
    return found
