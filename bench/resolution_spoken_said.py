"""What the shopper of the spoken half said (:mod:`bench.resolution_spoken`), as tests over a
shop's products, and the products it names: the expectation of a query is computed from what
was said, never chosen beforehand."""

from __future__ import annotations

from dataclasses import dataclass

from bench import resolution_noise as noise
from bench import resolution_spoken_speech as speech
from bench.resolution_gen import Item, _matching
from bench.resolution_spoken_shops import SpokenShop


@dataclass(frozen=True)
class Said:
    """What the shopper expressed, each part a test over the shop's products."""

    brand: str = ""  # the whole brand
    brand_part: str = ""  # one word of it, or its start (folded)
    kinds: tuple[int, ...] = ()  # the types the noun (or word, or description) names; () any
    variant: str = ""  # the variant value as the catalog writes it in the locale
    size: str = ""  # the size as the catalog writes it
    near: float = 0.0  # a rounded size: products within speech.APPROX_TOLERANCE of it
    end: str = ""  # "max" or "min": the biggest or smallest size of the rest
    foreign: bool = False  # a thing the shop does not sell: nothing matches


def fold(text: str) -> str:
    return noise.strip_accents(text.lower())


def expected(shop: SpokenShop, lang: int, said: Said) -> list[Item]:
    """Every product of the shop consistent with all that was said."""
    if said.foreign:
        return []

    def fits(item: Item) -> bool:
        _noun, value, size = shop.words(item, lang)
        brand = fold(item.brand)
        if said.brand and item.brand != said.brand:
            return False
        if said.brand_part and not (
            said.brand_part in brand.split() or brand.replace(" ", "").startswith(said.brand_part)
        ):
            return False
        if said.kinds and item.kind not in said.kinds:
            return False
        if (said.variant and value != said.variant) or (said.size and size != said.size):
            return False
        if said.near:
            read = speech.amount(size)
            if read is None or abs(read[0] - said.near) / said.near > speech.APPROX_TOLERANCE:
                return False
        return True

    items = [i for i in shop.items if fits(i)]
    if said.end and items:
        pick = max if said.end == "max" else min
        end = pick(i.size for i in items)
        items = [i for i in items if i.size == end]
    return items


def is_family(shop: SpokenShop, items: list[Item]) -> bool:
    """Several products of one type that are every product sharing their type and whatever
    brand and variant they share (the rule of tests/catalog/generated_halves.py)."""
    if len(items) < 2 or len({i.kind for i in items}) > 1:
        return False
    shared: dict[str, int | str] = {
        attr: getattr(items[0], attr)
        for attr in ("kind", "brand", "variant")
        if len({getattr(i, attr) for i in items}) == 1
    }
    return {i.id for i in _matching(shop, shared)} == {i.id for i in items}
