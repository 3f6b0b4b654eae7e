"""What a process knows of the campaigns' budgets, to leave a spent campaign unsaid.

Checkout checks a campaign's budget exactly, in the write that creates the order
(``payments.promotions``). Saying a campaign with the guide's offer is not a payment turn, and
reading the budget counters there would cost the turn a request. So each process keeps the
budgets spent as it last read them (``payments.promotions.Promotions.spent``: one query of the
``campaigns`` partition, every counter at once) and reads them again at most once every
``LOOK_EVERY`` seconds, only on a turn about to say a campaign that has a budget, and again
right after it paid an order with a campaign itself. Between two looks a campaign spent by
another process may still be said; its checkout summary (which reads the counters) then leaves
it out, and no order gets it past its budget.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping

from payments.money import Money
from payments.promotions import Promotions

LOOK_EVERY = 60.0


class BudgetView:
    def __init__(
        self, promotions: Promotions, clock: Callable[[], float], every: float = LOOK_EVERY
    ) -> None:
        self._promotions = promotions
        self._clock = clock
        self._every = every
        self._lock = threading.Lock()
        self._spent: dict[str, dict[str, int]] = {}
        self._next = 0.0

    def spent(self) -> Mapping[str, Mapping[str, int]]:
        """Each campaign's discounts given, per currency, as last read (see the module doc)."""
        now = self._clock()
        if now < self._next:
            return self._spent
        with self._lock:
            if now >= self._next:
                self._spent = self._promotions.spent()
                self._next = now + self._every
        return self._spent

    def fits(self, campaign_id: str, budget: Money | None, discount: Money) -> bool:
        """Whether ``discount`` fits what is left of ``budget`` (None: no budget), as known."""
        if budget is None:
            return True
        spent = self.spent().get(campaign_id, {}).get(discount.currency, 0)
        return spent + discount.minor <= budget.minor

    def forget(self) -> None:
        """This process just spent a budget (an order paid): look again before saying one."""
        with self._lock:
            self._next = 0.0
