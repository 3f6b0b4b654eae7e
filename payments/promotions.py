"""What an order's promotion spends, held exactly once with the order that spends it.

**The rounding rule** (``marketing.pricing`` computes the lines; ``orders.clean_pending_order``
checks them): discounts are per line, on the line's VAT-included total, in integer minor units;
a percentage rounds half up on each line; a fixed amount is split over the lines it applies to
in proportion to their totals (shares rounded down, the minor units left over going to the
lines with the largest remainders, earlier lines first), never more than those lines. The
order is charged the sum of the lines less their discounts, plus delivery; a refund returns
that charged total.

**Holding** (``hold``): when checkout creates the order (or starts a new attempt after a
decline), the same write holds what the promotion spends, each on the version read:

- a campaign's **total budget**: the counter ``keys.campaign_budget_key`` (discounts given, per
  currency) grows by the order's discount, if it still fits; of two orders at once, the second
  write fails its condition, reads the counter again and is refused if it no longer fits;
- a campaign's **per-shopper limit**: the counter ``keys.campaign_uses_key`` (orders of this
  owner with the campaign) grows by one, if still under the limit;
- a **reward**: its record is marked used by the order, if still available.

A campaign outside its dates, gone from the content, over budget or over its per-shopper limit,
or a reward used or expired meanwhile, refuses the order before any PIN is checked: the
conversation reads the summary again without it. **Releasing** (``release``): an attempt that
is declined, an abandoned payment that went nowhere, or an order refunded (cancelled at the
shopper's request, or the merchant's refund, after shipping too: ``payments.order_refund``)
gives back what was held (the budget its discount, the shopper a use, the reward its
availability), in the same write. A refunded order also takes back the rewards it earned and
nobody used yet (``withdraw_earned``), in that write too.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from payments.agreement import PendingOrder, discount_of
from payments.keys import BUDGET_PREFIX, CAMPAIGNS_PK, campaign_budget_key, campaign_uses_key
from payments.money import Money
from payments.orders import Order
from payments.promotion import Promotion
from payments.rewards import AVAILABLE, RewardBook, give_back_put, use_put, withdraw_delete
from store.base import Item, Op, Put, Store


@dataclass(frozen=True)
class CampaignTerms:
    """What checkout enforces of a campaign (``marketing`` builds them from the content)."""

    campaign_id: str
    starts_at: int
    ends_at: int
    """The first second after the campaign."""
    budget: Mapping[str, Money] = field(default_factory=dict)
    """Total discount per currency; empty: no total budget."""
    per_shopper: int | None = None


class Promotions:
    """Holds and releases what orders' promotions spend; reads the budgets spent."""

    def __init__(
        self,
        store: Store,
        terms: Iterable[CampaignTerms] = (),
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._store = store
        self._terms = {t.campaign_id: t for t in terms}
        self._rewards = RewardBook(store, clock=clock)
        self._clock = clock

    # --- reading ---------------------------------------------------------------------------

    def spent(self) -> dict[str, dict[str, int]]:
        """Every campaign's discounts given so far, per currency (one query)."""
        out: dict[str, dict[str, int]] = {}
        for item in self._store.query(CAMPAIGNS_PK, BUDGET_PREFIX):
            campaign, currency = item.sk[len(BUDGET_PREFIX) :].rsplit("#", 1)
            out.setdefault(campaign, {})[currency] = int(item.data["spent_minor"])
        return out

    def room(self, campaign_id: str, currency: str) -> Money | None:
        """What is left of a campaign's budget in ``currency`` (one read); None: no budget."""
        terms = self._terms.get(campaign_id)
        if terms is None or not terms.budget:
            return None
        budget = terms.budget.get(currency)
        if budget is None:
            return Money.zero(currency)
        counter = self._store.get(*campaign_budget_key(campaign_id, currency))
        spent = int(counter.data["spent_minor"]) if counter else 0
        return Money(max(0, budget.minor - spent), currency)

    # --- holding ---------------------------------------------------------------------------

    def hold(self, owner: str, order_id: str, pending: PendingOrder, now: int) -> list[Op] | None:
        """The writes that spend the order's promotion, or None when it can no longer apply."""
        promotion = pending.promotion
        if promotion is None:
            return []
        discount = pending.discount
        if promotion.reward is not None:
            return self._hold_reward(promotion, order_id, now)
        return self._campaign_ops(promotion.campaign or "", owner, discount, now)

    def allows(self, campaign_id: str, owner: str, discount: Money, now: int) -> bool:
        """Whether an order of ``owner`` with ``discount`` from the campaign would be held now
        (what the checkout summary asks before saying a discount: up to two reads)."""
        return self._campaign_ops(campaign_id, owner, discount, now) is not None

    def _campaign_ops(
        self, campaign_id: str, owner: str, discount: Money, now: int
    ) -> list[Op] | None:
        terms = self._terms.get(campaign_id)
        if terms is None or not terms.starts_at <= now < terms.ends_at:
            return None
        ops: list[Op] = []
        if terms.budget:
            budget = terms.budget.get(discount.currency)
            key = campaign_budget_key(terms.campaign_id, discount.currency)
            counter = self._store.get(*key)
            spent = int(counter.data["spent_minor"]) if counter else 0
            if budget is None or spent + discount.minor > budget.minor:
                return None
            ops.append(_counter(key, "spent_minor", spent + discount.minor, counter))
        if terms.per_shopper is not None:
            key = campaign_uses_key(owner, terms.campaign_id)
            counter = self._store.get(*key)
            uses = int(counter.data["orders"]) if counter else 0
            if uses >= terms.per_shopper:
                return None
            ops.append(_counter(key, "orders", uses + 1, counter))
        return ops

    def _hold_reward(self, promotion: Promotion, order_id: str, now: int) -> list[Op] | None:
        assert promotion.reward is not None and promotion.holder is not None
        record = self._rewards.get(promotion.holder, promotion.reward)
        if record is None or record.kind == "match" or not record.available(now):
            return None
        return [use_put(record, order_id, now)]

    def withdraw_earned(self, order: Order) -> list[Op]:
        """The rewards ``order`` earned that are still unused, taken back with its refund: an
        order that does not stand earns nothing (one read of the owner's rewards). A reward
        already used stays used: the order or gift it went to stands."""
        return [
            withdraw_delete(record)
            for record in self._rewards.of(order.owner)
            if record.source == order.order_id and record.state == AVAILABLE
        ]

    def release(self, order: Order) -> list[Op]:
        """The writes that give back what ``order`` held (see the module docstring)."""
        promotion = order.promotion
        if promotion is None:
            return []
        if promotion.reward is not None and promotion.holder is not None:
            record = self._rewards.get(promotion.holder, promotion.reward)
            if record is None or record.used_by != order.order_id:
                return []
            return [give_back_put(record)]
        ops: list[Op] = []
        terms = self._terms.get(promotion.campaign or "")
        discount = discount_of(order.lines, order.currency)
        key = campaign_budget_key(promotion.campaign or "", order.currency)
        counter = self._store.get(*key)
        if counter is not None:
            left = max(0, int(counter.data["spent_minor"]) - discount.minor)
            ops.append(_counter(key, "spent_minor", left, counter))
        if terms is None or terms.per_shopper is not None:
            key = campaign_uses_key(order.owner, promotion.campaign or "")
            uses = self._store.get(*key)
            if uses is not None:
                ops.append(_counter(key, "orders", max(0, int(uses.data["orders"]) - 1), uses))
        return ops


def _counter(key: tuple[str, str], field_name: str, value: int, item: Item | None) -> Put:
    """A counter at ``value``, on the version read (0: create it)."""
    return Put(*key, {field_name: value}, expect=item.version if item else 0)
