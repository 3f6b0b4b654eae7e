"""What an order's discount comes from: a merchant's campaign, or a reward the shopper earned.

A ``PendingOrder`` carries it with the per-line discounts (``payments.orders.OrderLine``), so
it is part of what the shopper agreed to (and of the order id). ``payments.promotions`` holds
what it spends when the order is created: the campaign's budget, the reward itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from payments.errors import InvalidOrder

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_HOLDER_RE = re.compile(r"^\S{1,256}$")
"""As an owner key (``payments.wallet_records.clean_owner``): opaque, no whitespace."""


@dataclass(frozen=True)
class Promotion:
    """One of ``campaign`` (a campaign id) or ``reward`` (a reward id, with the ``holder``
    whose reward it is: the owner key its record lives under)."""

    campaign: str | None = None
    reward: str | None = None
    holder: str | None = None

    def __post_init__(self) -> None:
        if (self.campaign is None) == (self.reward is None):
            raise InvalidOrder("a promotion is a campaign or a reward")
        for value in (self.campaign, self.reward):
            if value is not None and (not isinstance(value, str) or not _ID_RE.match(value)):
                raise InvalidOrder("a campaign or reward id is lowercase letters, digits, - and _")
        if self.reward is not None and (
            not isinstance(self.holder, str) or not _HOLDER_RE.match(self.holder)
        ):
            raise InvalidOrder("a reward names its holder")
        if self.campaign is not None and self.holder is not None:
            raise InvalidOrder("a campaign has no holder")

    @property
    def id(self) -> str:
        return self.campaign or self.reward or ""

    def to_json(self) -> dict[str, Any]:
        if self.campaign is not None:
            return {"campaign": self.campaign}
        return {"reward": self.reward, "holder": self.holder}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Promotion | None:
        if not data:
            return None
        return cls(data.get("campaign"), data.get("reward"), data.get("holder"))
