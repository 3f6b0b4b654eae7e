"""The distant half's data model: a trade (its makers, wares, what it does not stock, how its
feed writes titles) and what a shopper meant (an :class:`Intent`), from which a query's
expected products are derived."""

from __future__ import annotations

from dataclasses import dataclass

Pair = tuple[str, str]  # (fr-FR, en-US)


@dataclass(frozen=True)
class Maker:
    """A brand a shop carries: its name, the language it sounds like, a shorter name shoppers
    use ("" when none) and how each locale's recogniser may write it (fr, en)."""

    name: str
    origin: str
    short: str
    heard: tuple[tuple[str, ...], tuple[str, ...]]
    wares: tuple[str, ...]  # the keys of the wares it makes


@dataclass(frozen=True)
class Ware:
    """A kind of product: its feed noun, other names shoppers give it, its variant axis and
    values, its sizes as the feed writes them, its French gender ("m", "f", "mp", "fp") and
    its price range in major units."""

    key: str
    noun: Pair
    said: tuple[tuple[str, ...], tuple[str, ...]]
    gender: str
    axis: str
    values: tuple[Pair, ...]
    sizes: tuple[Pair, ...]
    price: tuple[int, int]

    def value(self, index: int, lang: int) -> str:
        return self.values[index][lang]

    def size(self, index: int, lang: int) -> str:
        return self.sizes[index][lang]


@dataclass(frozen=True)
class Trade:
    """A kind of shop. ``titles`` holds, per locale, the title templates of its feed (one per
    maker, in turn); ``short`` the abbreviations a template marked ``{short}`` uses."""

    kind: str
    makers: tuple[Maker, ...]
    wares: tuple[Ware, ...]
    unsold: tuple[str, ...]  # makers of the trade the shop does not carry
    unstocked: tuple[Pair, ...]  # wares of the trade the shop does not stock
    titles: tuple[tuple[str, ...], tuple[str, ...]]
    short: tuple[tuple[Pair, ...], tuple[Pair, ...]]

    def ware(self, key: str) -> Ware:
        return next(w for w in self.wares if w.key == key)

    def maker(self, name: str) -> Maker | None:
        return next((m for m in self.makers if m.name == name), None)


@dataclass(frozen=True)
class Item:
    """One product of a shop, by its attributes (indices into its ware's values and sizes)."""

    id: str
    maker: str
    ware: str
    value: int | None
    size: int


@dataclass(frozen=True)
class Intent:
    """What the shopper meant: the ware (None for a thing the shop does not stock, then
    ``free`` holds its words), the maker, variant value and size said (None when left out);
    ``why`` tells how the query was chosen (for none: unknown_maker, unstocked, other_trade,
    maker_lacks_ware, not_made)."""

    kind: str
    why: str
    ware: str | None
    maker: str | None = None
    value: int | None = None
    size: int | None = None
    free: str = ""


def fits(items: list[Item], intent: Intent) -> list[Item]:
    """Every item that fits what the shopper meant."""
    if intent.ware is None:
        return []
    return [
        i
        for i in items
        if i.ware == intent.ware
        and intent.maker in (None, i.maker)
        and intent.value in (None, i.value)
        and intent.size in (None, i.size)
    ]


def capitalised(words: str) -> str:
    """Each word's first letter in upper case, the rest as written ("OFC copper" stays OFC)."""
    return " ".join(w[:1].upper() + w[1:] for w in words.split(" "))
