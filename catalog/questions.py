"""How the resolver words a question: which axis, which options.

Products that fit about equally well are asked about (:class:`catalog.resolver.Resolver`):
variants of one family by the axis on which they differ ("which size, 250 or 500 ml?"), one
kind of product from several brands by the brand, anything else by name ("this one or that
one?"), two at most.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from catalog.documents import fold
from catalog.model import Product
from catalog.variants import size_sort_key, variant_axes

if TYPE_CHECKING:
    from catalog.index import Alignment
    from catalog.resolver import Candidate

__all__ = ["MAX_OPTIONS", "axis_question", "two_families"]

MAX_OPTIONS = 5  # more choices than this cannot be read out as one question
_AXIS_ORDER = {"size": 0, "color": 1, "variant": 3}


def axis_question(
    products: list[Product], candidates: list[Candidate], families: int
) -> tuple[str, list[str]] | None:
    """What to ask among ``products`` (from ``families`` families; one of ``candidates``
    each, in the same order), and its options: the axis their variants differ on when they
    are one family, the brand when they are one kind of product from as many brands. The
    candidates are put in the order their options will be read out. ``None``: ask by name."""
    if len(products) > 1 and families == 1:
        axes = variant_axes(products)
        choice = _pick_axis(axes, products)
        if choice is not None:
            axis, options = choice
            _in_option_order(candidates, axes[axis], options)
            return axis, options
    if families > 1:
        kinds = {fold(p.product_type) for p in products}
        brands = list(dict.fromkeys(p.brand for p in products if p.brand))
        one_kind = len(kinds) == 1 and "" not in kinds
        if one_kind and len(brands) == families and 1 < len(brands) <= MAX_OPTIONS:
            _in_option_order(candidates, {p.id: p.brand for p in products}, brands)
            return "brand", brands
    return None


def two_families(
    tied: list[tuple[int, Alignment]],
    fits: list[tuple[int, Alignment]],
    families: Sequence[int],
) -> list[tuple[int, Alignment]]:
    """ "This one or that one?": the best product of the two best families (``families``:
    each product's family number)."""
    pair: list[tuple[int, Alignment]] = []
    seen: set[int] = set()
    # A lone product that fits is offered first (to confirm), then the next family.
    for number, alignment in tied if len(tied) > 1 else [*tied, *fits]:
        family = families[number]
        if family not in seen:
            seen.add(family)
            pair.append((number, alignment))
        if len(pair) == 2:
            break
    return pair


def _in_option_order(
    candidates: list[Candidate], values: dict[str, str], options: list[str]
) -> None:
    """Candidates in the order their options will be read out, so "the first one" is the
    first option heard."""
    order = {value: index for index, value in enumerate(options)}
    candidates.sort(key=lambda c: order.get(values.get(c.product.id, ""), len(options)))


def _pick_axis(
    axes: dict[str, dict[str, str]], products: list[Product]
) -> tuple[str, list[str]] | None:
    """The axis whose answer narrows most among those that can be asked in one breath;
    failing that, the one with the fewest options."""
    best: tuple[tuple[bool, int, int], str, list[str]] | None = None
    for axis, by_id in axes.items():
        values = list(dict.fromkeys(by_id[p.id] for p in products if p.id in by_id))
        if len(values) < 2:
            continue
        if axis == "size":
            values.sort(key=size_sort_key)
        # Askable first (few options), then the most telling, then the plainest axis.
        too_many = len(values) > MAX_OPTIONS
        rank = (too_many, len(values) if too_many else -len(values), _AXIS_ORDER.get(axis, 2))
        if best is None or rank < best[0]:
            best = (rank, axis, values)
    return None if best is None else (best[1], best[2])
