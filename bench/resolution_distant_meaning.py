"""What a distant-half shopper means, before any word is said: one product (exact), several
(family: no size, no maker, or a ware across makers) or nothing the shop sells (none: a maker
it does not carry, a ware of the trade it does not stock, a thing of another trade, a ware
its maker does not make, a size or variant the maker does not make)."""

from __future__ import annotations

import random
from dataclasses import replace

from bench.resolution_distant_model import Intent, Item, Pair, Trade, fits

KINDS = (("exact", 0.64), ("family", 0.22), ("none", 0.14))
WHYS = (
    ("unknown_maker", 0.30),
    ("unstocked", 0.22),
    ("other_trade", 0.22),
    ("maker_lacks_ware", 0.14),
    ("not_made", 0.12),
)
FAMILY_AT_MOST = 8
# Things of other trades a shopper may ask any of these shops for.
OTHER_TRADES: tuple[Pair, ...] = (
    ("bouilloire électrique", "electric kettle"),
    ("taille-haie", "hedge trimmer"),
    ("gaufrier", "waffle maker"),
    ("aspirateur balai", "stick vacuum"),
    ("bottes en caoutchouc", "rubber boots"),
    ("matelas gonflable", "air mattress"),
    ("brosse à dents électrique", "electric toothbrush"),
    ("tapis de yoga", "yoga mat"),
    ("sèche-cheveux", "hair dryer"),
    ("parapluie pliant", "folding umbrella"),
    ("perceuse sans fil", "cordless drill"),
    ("couches pour bébé", "baby diapers"),
    ("lunettes de soleil", "sunglasses"),
    ("croquettes pour chien", "dog kibble"),
    ("pneu hiver", "winter tire"),
    ("cocotte en fonte", "cast iron dutch oven"),
    ("crème hydratante", "moisturizing cream"),
    ("raquette de tennis", "tennis racket"),
    ("moulin à poivre", "pepper grinder"),
    ("rideau de douche", "shower curtain"),
    ("ventilateur de plafond", "ceiling fan"),
    ("gilet de sauvetage", "life jacket"),
)


def kinds(per_shop: int, rng: random.Random) -> list[str]:
    """The kinds of one shop's queries in one locale, in the shared set's shares."""
    exact = round(per_shop * KINDS[0][1])
    family = round(per_shop * KINDS[1][1])
    planned = ["exact"] * exact + ["family"] * family + ["none"] * (per_shop - exact - family)
    rng.shuffle(planned)
    return planned


def meant(
    kind: str,
    trade: Trade,
    items: list[Item],
    elsewhere: list[str],
    lang: int,
    rng: random.Random,
) -> Intent:
    """What the shopper means by a query of ``kind``; ``elsewhere`` holds things of other
    trades (in the locale's language) the shop does not sell."""
    if kind == "exact":
        return _one(items, rng)
    if kind == "family":
        return _several(items, rng)
    why = rng.choices([w for w, _ in WHYS], weights=[s for _, s in WHYS])[0]
    return _nothing(why, trade, items, elsewhere, lang, rng)


def _one(items: list[Item], rng: random.Random) -> Intent:
    item = rng.choice(items)
    intent = Intent("exact", "one", item.ware, item.maker, item.value, item.size)
    droppable = [("maker", 0.15), ("value", 0.2), ("size", 0.3)]
    rng.shuffle(droppable)
    for attr, chance in droppable:
        if rng.random() < chance:
            trial = replace(intent, **{attr: None})
            if len(fits(items, trial)) == 1:
                intent = replace(trial, why=f"one_without_{attr}")
    return intent


def _several(items: list[Item], rng: random.Random) -> Intent:
    while True:
        item = rng.choice(items)
        why = rng.choice(("no_size", "no_size", "no_maker", "ware_only"))
        if why == "no_size":
            value = item.value if rng.random() < 0.4 else None
            intent = Intent("family", why, item.ware, item.maker, value)
        elif why == "no_maker":
            said = rng.choice(("value", "size", "both", "value"))
            value = item.value if said in ("value", "both") else None
            size = item.size if said in ("size", "both") else None
            intent = Intent("family", why, item.ware, None, value, size)
        else:
            intent = Intent("family", why, item.ware)
        if 2 <= len(fits(items, intent)) <= FAMILY_AT_MOST:
            return intent


def _nothing(
    why: str,
    trade: Trade,
    items: list[Item],
    elsewhere: list[str],
    lang: int,
    rng: random.Random,
) -> Intent:
    stocked = sorted({i.ware for i in items})
    if why == "unknown_maker":
        ware = trade.ware(rng.choice(stocked))
        value = rng.randrange(len(ware.values)) if ware.values and rng.random() < 0.4 else None
        size = rng.randrange(len(ware.sizes)) if rng.random() < 0.4 else None
        return Intent("none", why, ware.key, rng.choice(trade.unsold), value, size)
    if why == "unstocked":
        maker = rng.choice(trade.makers).name if rng.random() < 0.3 else None
        return Intent("none", why, None, maker, free=rng.choice(trade.unstocked)[lang])
    if why == "other_trade":
        return Intent("none", why, None, free=rng.choice(elsewhere))
    if why == "maker_lacks_ware":
        while True:
            maker = rng.choice(trade.makers).name
            lacking = [w for w in stocked if not fits(items, Intent("", "", w, maker))]
            if lacking:
                ware = trade.ware(rng.choice(lacking))
                size = rng.randrange(len(ware.sizes)) if rng.random() < 0.3 else None
                return Intent("none", why, ware.key, maker, None, size)
    while True:  # not_made: a size or variant its maker does not make
        item = rng.choice(items)
        ware = trade.ware(item.ware)
        made = fits(items, Intent("", "", item.ware, item.maker))
        values = [v for v in range(len(ware.values)) if v not in {i.value for i in made}]
        sizes = [s for s in range(len(ware.sizes)) if s not in {i.size for i in made}]
        if values and (not sizes or rng.random() < 0.5):
            return Intent("none", why, ware.key, item.maker, rng.choice(values))
        if sizes:
            value = item.value if rng.random() < 0.5 else None
            return Intent("none", why, ware.key, item.maker, value, rng.choice(sizes))
