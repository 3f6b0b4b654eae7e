"""The shops of the *afield* half (:mod:`bench.resolution_afield`) as merchant feeds, and what a
shopper's request means in one of them.

The same ids in fr-FR and en-US. Each maker's titles follow one of three layouts per language,
as when a shop pastes its makers' feeds together: « Tessonne – émail céladon 500 ml », « Argile
grès 10 kg / Cruchon », « Manille Brisant, lyre, 8 mm »; "Tockwell navy leather strap, 20 mm",
"Kiln Shelf (cordierite, 16 x 12 in) - Oxley", "5/16 in Shackle | PENNOCK". :class:`Wish` is
what the shopper meant (a ware, a maker, a value, a size; or a thing the shop has no ware of);
:func:`matches` is every product consistent with it.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from bench.resolution_afield_makers import Maker
from bench.resolution_afield_wares import Ware
from bench.resolution_afield_wares_more import OFF_TRADE, TRADES, UNSTOCKED
from bench.resolution_gen import LOCALES, Item, Shop
from catalog.model import Catalog, Product
from payments.money import Money

ITEMS = (40, 60)
FUNCTION_WORDS = {"de", "d", "du", "des", "la", "le", "les", "l", "à", "a", "au", "un", "une",
                  "en", "et", "the", "of", "an", "and", "with", "s"}  # fmt: skip


def fold(text: str) -> str:
    """Lower case, no accents, apostrophes, hyphens and slashes as spaces."""
    plain = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(re.sub(r"[-'’/,()|–]", " ", plain).split())


def _first_up(text: str) -> str:
    return text[:1].upper() + text[1:]


class AfieldShop(Shop):
    """An afield shop: its trade's wares, the makers it carries and each one's title layout."""

    def __init__(self, name: str, trade: str, makers: list[Maker]) -> None:
        wares = TRADES[trade]
        types = [(w.names(0)[0], w.names(1)[0], [(v[0].split("|")[0].strip(), v[1].split("|")[0].strip())
                  for v in w.values], list(w.sizes)) for w in wares]  # fmt: skip
        super().__init__(name, trade, types, [m.name for m in makers])
        self.wares: tuple[Ware, ...] = wares
        self.makers = {m.name: m for m in makers}
        self.layouts: dict[str, int] = {}

    def parts(self, item: Item, lang: int) -> tuple[str, str, str]:
        """The ware's name, the value and the size label as the feed writes them."""
        ware = self.wares[item.kind]
        value = ware.value_names(item.variant, lang)[0] if item.variant >= 0 else ""
        size = ware.size_label(item.size, lang)
        if re.fullmatch(r"X?[SML](/X?[SML])?|XL", size):
            size = f"{('Taille', 'Size')[lang]} {size}"
        return ware.names(lang)[0], value, size

    def title(self, item: Item, lang: int) -> str:
        noun, value, size = self.parts(item, lang)
        brand, layout = item.brand, self.layouts.get(item.brand, 0)
        if lang == 0:
            if layout == 0:
                text = f"{brand} – {' '.join(w for w in (noun, value, size) if w)}"
            elif layout == 1:
                text = " ".join(w for w in (_first_up(noun), value, size) if w) + f" / {brand}"
            else:
                text = ", ".join(w for w in (f"{_first_up(noun)} {brand}", value, size) if w)
        elif layout == 0:
            text = f"{brand} {' '.join(w for w in (value, noun) if w)}" + (
                f", {size}" if size else ""
            )
        elif layout == 1:
            inside = ", ".join(w for w in (value, size) if w)
            text = _capitals(noun) + (f" ({inside})" if inside else "") + f" - {brand}"
        else:
            text = " ".join(w for w in (size, value, _capitals(noun)) if w) + f" | {brand.upper()}"
        return " ".join(text.split())

    def catalog(self, locale: str) -> Catalog:
        lang = LOCALES.index(locale)
        products = []
        for number, item in enumerate(self.items):
            ware = self.wares[item.kind]
            noun, value, size = self.parts(item, lang)
            variants = {"size": size} if size else {}
            if value:
                variants[ware.axis] = value
            title = self.title(item, lang)
            cents = 350 + (number * 71 + item.kind * 389 + item.size * 157) % 21000
            products.append(Product(
                id=item.id, title=title, price=Money(cents, ("EUR", "USD")[lang]),
                brand=item.brand, description=f"{title}.", product_type=noun, variants=variants,
            ))  # fmt: skip
        return Catalog(locale, tuple(products))


def _capitals(text: str) -> str:
    return " ".join(w if w in FUNCTION_WORDS else _first_up(w) for w in text.split())


def build_shop(name: str, trade: str, makers: list[Maker], rng: random.Random) -> AfieldShop:
    """Each maker makes three to five of the trade's wares, one to four (value, size) pairs of
    each; 40 to 60 products in all; each maker's titles in one of three layouts, at least two
    layouts in the shop."""
    while True:
        shop = AfieldShop(name, trade, makers)
        for maker in shop.brands:
            shop.layouts[maker] = rng.randrange(3)
            for at in sorted(rng.sample(range(len(shop.wares)), rng.randint(3, 5))):
                ware = shop.wares[at]
                pairs = [(v, s) for v in (range(len(ware.values)) or [-1])
                         for s in range(len(ware.sizes))]  # fmt: skip
                for value, size in sorted(rng.sample(pairs, min(len(pairs), rng.randint(1, 4)))):
                    shop.items.append(Item(f"{name}-{len(shop.items):03d}", maker, at, value, size))
        if ITEMS[0] <= len(shop.items) <= ITEMS[1] and len(set(shop.layouts.values())) >= 2:
            return shop


@dataclass(frozen=True)
class Wish:
    """What the shopper meant; ``ware`` -1 for a thing the shop has no ware of (``thing``)."""

    ware: int = -1
    brand: str = ""
    value: int = -1
    size: int = -1
    thing: str = ""


def matches(shop: AfieldShop, wish: Wish) -> list[Item]:
    """Every product consistent with what was meant."""
    if wish.ware < 0:
        return []
    return [i for i in shop.items if i.kind == wish.ware
            and (not wish.brand or i.brand == wish.brand)
            and (wish.value < 0 or i.variant == wish.value)
            and (wish.size < 0 or i.size == wish.size)]  # fmt: skip


def shop_words(trade: str, lang: int) -> set[str]:
    """The content words of every name of a trade's wares and values, folded."""
    found: set[str] = set()
    for ware in TRADES[trade]:
        for name in ware.names(lang):
            found.update(fold(name).split())
        for value in range(len(ware.values)):
            for name in ware.value_names(value, lang):
                found.update(fold(name).split())
    return found - FUNCTION_WORDS


def elsewhere(trade: str, lang: int) -> list[str]:
    """Wares of the other afield trades and things of trades no afield shop has, sharing no
    content word with this trade's names."""
    own = shop_words(trade, lang)
    things = [w.names(lang)[0] for other, wares in TRADES.items() if other != trade for w in wares]
    things += [pair[lang] for pair in OFF_TRADE]
    return sorted(t for t in set(things) if not (set(fold(t).split()) - FUNCTION_WORDS) & own)


def unstocked(trade: str, lang: int) -> list[str]:
    """Things of the trade that its shop has no ware of."""
    return [pair[lang] for pair in UNSTOCKED[trade]]
