"""What an offshore shopper means: one product, several, or nothing the shop sells.

An :class:`Intent` is drawn first (a product, a family of them, or a request the shop cannot
fill, and why), and its expected ids are every product of the stock that fits what it names;
only then is it said (:mod:`bench.resolution_offshore_voice`)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.resolution_offshore_model import Stock, Trade

# The shared set's mix of kinds (exact 0.64, family 0.22, none 0.14).
KINDS = (("exact", 0.64), ("family", 0.22), ("none", 0.14))
# Why nothing fits, and how often.
NONE_WHYS = (("unknown_maker", 5), ("not_made", 4), ("maker_lacks_ware", 3), ("unstocked", 4),
             ("other_trade", 4))  # fmt: skip

# Things of other trades (none of the four shops sells them), in fr-FR and en-US.
OTHER_TRADES = (
    ("pneus neige", "snow tires"), ("croquettes pour chat", "dry cat food"),
    ("perceuse sans fil", "cordless drill"), ("raquette de tennis", "tennis racket"),
    ("cordes de guitare", "guitar strings"), ("huile moteur", "motor oil"),
    ("sac de couchage", "sleeping bag"), ("poêle antiadhésive", "nonstick frying pan"),
    ("cartouche d'encre", "ink cartridge"), ("tondeuse à gazon", "lawn mower"),
    ("chaussures de randonnée", "hiking boots"), ("essuie glaces", "wiper blades"),
    ("clé à molette", "adjustable wrench"), ("pâtée pour chien", "wet dog food"),
)  # fmt: skip


@dataclass(frozen=True)
class Intent:
    """What the shopper meant; ``None`` for what they leave unsaid. ``free`` is the noun of a
    ware the shop does not stock, in the query's language."""

    kind: str
    why: str
    ware: str | None
    maker: str | None
    value: int | None
    size: int | None
    expect: frozenset[str]
    free: str = ""
    unique_without_maker: bool = False


def fits(
    stock: list[Stock], ware: str | None, maker: str | None, value: int | None, size: int | None
) -> frozenset[str]:
    """Every product of the stock that is what was named (an unnamed attribute fits all)."""
    if ware is None:
        return frozenset()
    return frozenset(
        p.id
        for p in stock
        if p.ware == ware
        and maker in (None, p.maker)
        and value in (None, p.value)
        and size in (None, p.size)
    )


def schedule(per_shop: int, rng: random.Random) -> list[str]:
    """The kinds of one shop and locale's queries, in the shared set's shares, shuffled."""
    family = round(per_shop * KINDS[1][1])
    none = round(per_shop * KINDS[2][1])
    kinds = ["exact"] * (per_shop - family - none) + ["family"] * family + ["none"] * none
    rng.shuffle(kinds)
    return kinds


def _value(product: Stock) -> int | None:
    return product.value if product.value >= 0 else None


def exact(stock: list[Stock], rng: random.Random) -> Intent:
    """One product, named whole."""
    p = rng.choice(stock)
    alone = fits(stock, p.ware, None, _value(p), p.size) == {p.id}
    return Intent("exact", "one", p.ware, p.maker, _value(p), p.size, frozenset({p.id}),
                  unique_without_maker=alone)  # fmt: skip


def family(stock: list[Stock], rng: random.Random) -> Intent:
    """Several products: no size, no maker, or only the ware said."""
    while True:
        p = rng.choice(stock)
        ways = {
            "maker_ware": (p.maker, None, None),
            "no_size": (p.maker, _value(p), None),
            "no_maker": (None, _value(p), p.size),
            "ware_value": (None, _value(p), None),
            "ware_only": (None, None, None),
        }
        why = rng.choice(sorted(ways))
        maker, value, size = ways[why]
        found = fits(stock, p.ware, maker, value, size)
        if len(found) >= 2:
            return Intent("family", why, p.ware, maker, value, size, found)


def nothing(trade: Trade, stock: list[Stock], lang: int, rng: random.Random) -> Intent:
    """A request the shop cannot fill, for one of :data:`NONE_WHYS`."""
    why = rng.choices([w for w, _ in NONE_WHYS], [n for _, n in NONE_WHYS])[0]
    makers = sorted({p.maker for p in stock})
    if why in ("unstocked", "other_trade"):
        pool = trade.unstocked if why == "unstocked" else OTHER_TRADES
        maker = rng.choice(makers) if rng.random() < 0.35 else None
        return Intent("none", why, None, maker, None, None, frozenset(), rng.choice(pool)[lang])
    while True:
        p = rng.choice(stock)
        ware = trade.ware(p.ware)
        if why == "unknown_maker":
            size = p.size if rng.random() < 0.5 else None
            return Intent("none", why, p.ware, rng.choice(trade.unsold), _value(p), size,
                          frozenset())  # fmt: skip
        if why == "maker_lacks_ware":
            made = {q.ware for q in stock if q.maker == p.maker}
            lacking = sorted({q.ware for q in stock} - made)
            if lacking:
                return Intent("none", why, rng.choice(lacking), p.maker, None, None, frozenset())
            continue
        # not_made: a variant or a size of this ware the maker does not make
        tries: list[tuple[int | None, int | None]] = [(v, None) for v in range(len(ware.values))]
        tries += [(_value(p), s) for s in range(len(ware.sizes))]
        value, size = rng.choice(tries)
        if not fits(stock, p.ware, p.maker, value, size):
            return Intent("none", why, p.ware, p.maker, value, size, frozenset())
