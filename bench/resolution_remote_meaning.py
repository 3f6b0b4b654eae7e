"""What the remote half's shoppers mean, before anything is said: one product, several (every
product fitting what they will say), or something the shop does not sell.

The expected ids come from the meaning alone (:func:`bench.resolution_remote_model.fitting`);
how it is then said (:mod:`bench.resolution_remote_voice`) never changes them."""

from __future__ import annotations

import random

from bench.resolution_remote_model import Intent, Stocked, Trade, fitting

# The shared set's mix (exact 0.64, family 0.22, none 0.14).
KINDS = (("exact", 0.64), ("family", 0.22), ("none", 0.14))
WHYS = ("unknown_maker", "other_trade", "maker_lacks_ware", "unstocked", "unmade")
_WHY_WEIGHTS = (0.32, 0.22, 0.16, 0.18, 0.12)
# Goods of trades none of the half's shops is (fr, en): what a shopper asks the wrong shop for.
OTHER_TRADES = (
    ("presse-agrumes", "citrus juicer"), ("nichoir à mésanges", "bird feeder"),
    ("ramasse-miettes", "crumb sweeper"), ("cintres en velours", "velvet hangers"),
    ("pinces à linge", "clothespins"), ("housse de couette", "duvet cover"),
    ("épluche-légumes", "vegetable peeler"), ("arrosoir", "watering can"),
    ("tapis de souris", "mouse pad"), ("coquetier", "egg cup"), ("marque-page", "bookmark"),
    ("moule à cake", "loaf pan"), ("brosse à chaussures", "shoe brush"),
    ("sac de couchage", "sleeping bag"), ("bougies d'anniversaire", "birthday candles"),
    ("pèse-personne", "bathroom scale"), ("store enrouleur", "roller blind"),
)  # fmt: skip
# (said, weight): a family is what is said of one product, less what tells it from others.
_FAMILY_SAYS = ((("maker",), 0.4), (("maker", "value"), 0.2), (("value",), 0.15),
                (("size",), 0.1), (("maker", "size"), 0.08), ((), 0.07))  # fmt: skip


def schedule(per_shop: int, rng: random.Random) -> list[str]:
    """The kinds of a shop's ``per_shop`` queries in one locale, in the shared set's mix."""
    exact = round(per_shop * KINDS[0][1])
    family = round(per_shop * KINDS[1][1])
    kinds = ["exact"] * exact + ["family"] * family + ["none"] * (per_shop - exact - family)
    rng.shuffle(kinds)
    return kinds


def _ids(found: list[Stocked]) -> frozenset[str]:
    return frozenset(p.id for p in found)


def exact(products: list[Stocked], trade: Trade, rng: random.Random) -> Intent:
    """One product, said with what a shopper would say of it (the maker mostly, the value
    mostly, the size often), plus whatever else it takes to leave only it. Of two sizes, the
    shopper sometimes says "the big one" instead."""
    product = rng.choice(products)
    maker = product.maker if rng.random() < 0.85 else None
    value = product.value if rng.random() < 0.8 else None
    size: int | None = product.size if rng.random() < 0.55 else None
    for attr in ("maker", "value", "size"):
        if len(fitting(products, product.ware, maker, value, size)) == 1:
            break
        if attr == "maker":
            maker = product.maker
        elif attr == "value":
            value = product.value
        elif size is None:
            rest = fitting(products, product.ware, maker, value)
            sizes = sorted(p.size for p in rest)
            scaled = trade.ware(product.ware).scaled
            if scaled and len(rest) == 2 and sizes[0] != sizes[1] and rng.random() < 0.3:
                extreme = "big" if product.size == sizes[1] else "small"
                return Intent("exact", "extreme", _ids([product]), product.ware, maker, value,
                              None, extreme)  # fmt: skip
            size = product.size
    found = fitting(products, product.ware, maker, value, size)
    assert found == [product], (product, found)
    said = "+".join(
        n for n, v in (("maker", maker), ("value", value), ("size", size)) if v is not None
    )
    return Intent("exact", said or "ware", _ids(found), product.ware, maker, value, size)


def family(products: list[Stocked], trade: Trade, rng: random.Random) -> Intent:
    """Several products: what the shopper says of one leaves two to ten fitting."""
    says, weights = zip(*_FAMILY_SAYS, strict=True)
    while True:
        product = rng.choice(products)
        said = rng.choices(says, weights)[0]
        if "value" in said and product.value is None:
            continue
        maker = product.maker if "maker" in said else None
        value = product.value if "value" in said else None
        size = product.size if "size" in said else None
        found = fitting(products, product.ware, maker, value, size)
        if 2 <= len(found) <= 10:
            why = "+".join(said) or "ware"
            return Intent("family", why, _ids(found), product.ware, maker, value, size)


def nothing(
    trade: Trade, products: list[Stocked], lang: int, elsewhere: list[str], rng: random.Random
) -> Intent:
    """Something the shop does not sell: another maker's, a ware its maker does not make, a
    value or size nobody stocks, the trade's goods the shop does not carry, or another trade's
    (``elsewhere``: the other shops' nouns)."""
    why = rng.choices(WHYS, _WHY_WEIGHTS)[0]
    product = rng.choice(products)
    value = product.value if rng.random() < 0.3 else None
    if why == "unknown_maker":
        return Intent("none", why, frozenset(), product.ware, rng.choice(trade.unsold), value)
    if why == "maker_lacks_ware":
        lacking = [
            (m.name, w.key)
            for m in trade.makers
            for w in trade.wares
            if not fitting(products, w.key, m.name)
        ]
        maker, ware = rng.choice(lacking)
        return Intent("none", why, frozenset(), ware, maker)
    if why == "unmade":
        wares = [w for w in trade.wares if w.unmade_values or w.unmade_sizes]
        ware = rng.choice(wares)
        is_size = not ware.unmade_values or (bool(ware.unmade_sizes) and rng.random() < 0.5)
        odd = rng.choice(ware.unmade_sizes if is_size else ware.unmade_values)
        makers = sorted({p.maker for p in fitting(products, ware.key)})
        maker = rng.choice(makers) if rng.random() < 0.5 else None
        return Intent("none", why, frozenset(), ware.key, maker, odd=odd, odd_is_size=is_size)
    maker = rng.choice(trade.makers).name if rng.random() < 0.3 else None
    if why == "unstocked":
        free = rng.choice(trade.unstocked)[lang]
    else:
        free = rng.choice([pair[lang] for pair in OTHER_TRADES] + elsewhere)
    return Intent("none", why, frozenset(), None, maker, free=free)
