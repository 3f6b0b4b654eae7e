"""What echoppe knows of a shopper for segments and rewards, kept on the shopper's own state item.

The profile lives in ``skill.state.UserState.profile`` (JSON): it is read with the state, so a
turn that needs a shopper's segments costs no store request. It changes only when something
settles, in the conversation's functions that apply an outcome once (``UserState.settled``):
a paid order (``paid``), a gift given (``gave``), a guide finished (``did``).

**Segments** (``segments``) are computed from it at the moment they are asked, with the
merchant's ``SegmentRules``, so "active" ends by itself N days after the last order:

- ``new``: no paid order;
- ``active``: a paid order in the last ``active_days`` days;
- ``lapsed``: paid orders, none in the last ``lapsed_days`` days;
- ``top``: spend over the last 12 calendar months (this one included) at or above the top
  spenders' cut in one of its currencies (``marketing.thresholds``: computed offline over every
  payer, copied here when an order settles);
- ``donor``: a gift in the last ``donor_days`` days.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from marketing.model import DAY, SegmentRules

MONTHS = 12
MAX_DEEDS = 50
"""Times kept per kind of deed: enough for any count within a period a merchant declares."""
MAX_KEPT_REWARDS = 20


def month_index(timestamp: float) -> int:
    moment = datetime.fromtimestamp(timestamp, UTC)
    return moment.year * 12 + moment.month - 1


def _month_key(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _index_of(key: str) -> int:
    year, month = key.split("-")
    return int(year) * 12 + int(month) - 1


@dataclass
class Profile:
    orders: int = 0
    last_order_at: int | None = None
    spend: dict[str, dict[str, int]] = field(default_factory=dict)
    """``"YYYY-MM"`` → currency → minor units paid that month (the last ``MONTHS`` kept)."""
    gifts: int = 0
    last_gift_at: int | None = None
    deeds: dict[str, list[int]] = field(default_factory=dict)
    """``guide_finished``, ``purchase``, ``donation`` → their latest times (``MAX_DEEDS``)."""
    guides: list[str] = field(default_factory=list)
    """The guides this shopper heard to the end, each counted once (``finished_guide``)."""
    top_cut: dict[str, int] = field(default_factory=dict)
    """The top spenders' 12-month spend, per currency, when an order last settled."""
    campaigns: dict[str, int] = field(default_factory=dict)
    """Campaign id → orders paid with it (its per-shopper limit, said without a read)."""
    earned: list[str] = field(default_factory=list)
    """Reward rule ids this shopper earned: each is tried once per shopper and state."""
    rewards: list[dict[str, Any]] = field(default_factory=list)
    """The rewards this shopper holds, as ``payments.rewards.RewardRecord`` JSON (to say them
    and to apply them at checkout without a read; the record stays the truth)."""

    # --- reading ---------------------------------------------------------------------------

    def spend_12_months(self, now: float) -> dict[str, int]:
        first = month_index(now) - (MONTHS - 1)
        out: dict[str, int] = {}
        for key, amounts in self.spend.items():
            if _index_of(key) >= first:
                for currency, minor in amounts.items():
                    out[currency] = out.get(currency, 0) + minor
        return out

    def segments(self, rules: SegmentRules, now: float) -> frozenset[str]:
        found = {"everyone"}
        if self.orders == 0:
            found.add("new")
        if self.last_order_at is not None:
            if now - self.last_order_at <= rules.active_days * DAY:
                found.add("active")
            if now - self.last_order_at > rules.lapsed_days * DAY:
                found.add("lapsed")
        spend = self.spend_12_months(now)
        if any(0 < cut <= spend.get(currency, 0) for currency, cut in self.top_cut.items()):
            found.add("top")
        if self.last_gift_at is not None and now - self.last_gift_at <= rules.donor_days * DAY:
            found.add("donor")
        return frozenset(found)

    def count(self, deed: str, within_days: int, now: float) -> int:
        since = now - within_days * DAY
        return sum(1 for at in self.deeds.get(deed, []) if at >= since)

    # --- changing (once per outcome: the callers apply each outcome once) -------------------

    def paid(self, at: int, currency: str, minor: int, campaign: str | None) -> None:
        self.orders += 1
        self.last_order_at = max(at, self.last_order_at or 0)
        month = _month_key(month_index(at))
        bucket = self.spend.setdefault(month, {})
        bucket[currency] = bucket.get(currency, 0) + minor
        first = month_index(at) - (MONTHS - 1)
        self.spend = {k: v for k, v in self.spend.items() if _index_of(k) >= first}
        if campaign:
            self.campaigns[campaign] = self.campaigns.get(campaign, 0) + 1
        self.did("purchase", at)

    def gave(self, at: int) -> None:
        self.gifts += 1
        self.last_gift_at = max(at, self.last_gift_at or 0)
        self.did("donation", at)

    def finished_guide(self, guide: str, at: int) -> bool:
        """A guide heard to its end counts once: hearing the same guide again earns nothing
        (a merchant rewards guides learnt, not one guide replayed). False when counted before."""
        if guide in self.guides:
            return False
        self.guides = [*self.guides, guide][-MAX_DEEDS:]
        self.did("guide_finished", at)
        return True

    def did(self, deed: str, at: int) -> None:
        self.deeds[deed] = [*self.deeds.get(deed, []), at][-MAX_DEEDS:]

    def hold(self, reward: dict[str, Any]) -> None:
        """A reward earned (its record's JSON, without its empty fields: the state item is
        read and written every turn), kept to be said and applied."""
        kept = [r for r in self.rewards if r.get("reward_id") != reward.get("reward_id")]
        slim = {k: v for k, v in reward.items() if v not in (None, {}, [], "")}
        self.rewards = [*kept, slim][-MAX_KEPT_REWARDS:]

    def cancelled(self, at: int, currency: str, minor: int, campaign: str | None) -> None:
        """An order :meth:`paid` counted, cancelled and refunded: it no longer counts (a first
        order cancelled leaves the shopper new, the welcome offer theirs again)."""
        self.orders = max(0, self.orders - 1)
        bucket = self.spend.get(_month_key(month_index(at)))
        if bucket is not None and currency in bucket:
            bucket[currency] = max(0, bucket[currency] - minor)
        if campaign and self.campaigns.get(campaign):
            self.campaigns[campaign] -= 1
        times = list(self.deeds.get("purchase", []))
        if at in times:
            times.remove(at)
            self.deeds["purchase"] = times
        if self.orders == 0:
            self.last_order_at = None
        elif self.last_order_at == at and times:
            self.last_order_at = max(times)

    def withdrawn(self, source: str) -> None:
        """The unused rewards ``source`` (a refunded order) earned are gone, and their rules may
        reward this shopper again (``payments.promotions.withdraw_earned`` deleted the records)."""
        gone = {
            r.get("reward_id") for r in self.rewards
            if r.get("source") == source and r.get("state", "available") == "available"
        }  # fmt: skip
        self.rewards = [r for r in self.rewards if r.get("reward_id") not in gone]
        self.earned = [rule for rule in self.earned if rule not in gone]

    def given_back(self, reward_id: str, by: str) -> None:
        """The reward ``by`` used is available again (its order was cancelled)."""
        for reward in self.rewards:
            if reward.get("reward_id") == reward_id and reward.get("used_by") == by:
                reward["state"] = "available"
                reward.pop("used_by", None)

    def used(self, reward_id: str, by: str) -> None:
        for reward in self.rewards:
            if reward.get("reward_id") == reward_id:
                reward["state"] = "used"
                reward["used_by"] = by

    def drop_expired(self, now: float) -> None:
        self.rewards = [r for r in self.rewards if r.get("expires_at", 0) > now]

    # --- JSON ------------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "orders": self.orders,
            "last_order_at": self.last_order_at,
            "spend": self.spend,
            "gifts": self.gifts,
            "last_gift_at": self.last_gift_at,
            "deeds": self.deeds,
            "guides": self.guides,
            "top_cut": self.top_cut,
            "campaigns": self.campaigns,
            "earned": self.earned,
            "rewards": self.rewards,
        }
        return {k: v for k, v in data.items() if v not in (None, 0, {}, [])}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Profile:
        data = data or {}
        return cls(
            orders=int(data.get("orders", 0)),
            last_order_at=data.get("last_order_at"),
            spend={k: dict(v) for k, v in (data.get("spend") or {}).items()},
            gifts=int(data.get("gifts", 0)),
            last_gift_at=data.get("last_gift_at"),
            deeds={k: list(v) for k, v in (data.get("deeds") or {}).items()},
            guides=list(data.get("guides") or []),
            top_cut=dict(data.get("top_cut") or {}),
            campaigns=dict(data.get("campaigns") or {}),
            earned=list(data.get("earned") or []),
            rewards=[dict(r) for r in (data.get("rewards") or [])],
        )
