"""Campaigns and rewards, measured: per campaign and per reward rule, over a range of UTC days.

For each promotion (a campaign, a reward rule):

- **reached**: shoppers who heard it (a campaign: said with an offer or in a checkout summary)
  or earned it (a reward);
- **actions**: for a reward, the deeds that earned it (one per shopper: a reward is earned
  once); for a campaign, its orders;
- **redeemed**: shoppers who used it (an order with it, or a gift it matched);
- **orders** and **revenue**: paid orders with it (not cancelled or refunded since) and what
  they charged; **cost**: the discounts they carried (a free product costs its price), plus
  the merchant's matched gifts;
- **cost per action** (cost over actions) and, for a campaign aimed at new shoppers, **cost per
  acquired shopper** (cost over first orders made with it).

Sources: the conversation's events (``skill.state.EVENTS_PK``: ``campaign_heard``,
``reward_earned``, ``promotion`` with the order, ``match`` with the gift; one range query), then
one read of each order's merchant record and of the order, and of each match record. Events
are written in the same write as the turn that heard, earned or settled, so the numbers are the
conversations' own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marketing.model import Marketing
from payments.keys import match_key
from payments.merchant_view import get_merchant_record
from payments.money import Money
from payments.orders import OrderBook, OrderState
from reports.days import DayRange
from skill.state import EVENTS_PK
from store.base import Store

_KEPT = (OrderState.PAID, OrderState.CLAIMED, OrderState.SHIPPED)


@dataclass
class PromotionRow:
    id: str
    kind: str
    """``campaign`` or ``reward``."""
    label: str
    segments: tuple[str, ...]
    reached: set[str] = field(default_factory=set)
    redeemed: set[str] = field(default_factory=set)
    earned: int = 0
    orders: int = 0
    acquired: int = 0
    """Orders that were the shopper's first paid order."""
    revenue: dict[str, int] = field(default_factory=dict)
    cost: dict[str, int] = field(default_factory=dict)

    @property
    def actions(self) -> int:
        return self.earned if self.kind == "reward" else self.orders

    def cost_per_action(self) -> list[Money]:
        return _per(self.cost, self.actions)

    def cost_per_acquired(self) -> list[Money] | None:
        """Only for a campaign aimed at new shoppers."""
        if self.kind != "campaign" or "new" not in self.segments:
            return None
        return _per(self.cost, self.acquired)


def _per(amounts: dict[str, int], count: int) -> list[Money]:
    if count <= 0:
        return []
    return [Money((minor + count // 2) // count, c) for c, minor in sorted(amounts.items())]


def _add(total: dict[str, int], money: Money) -> None:
    total[money.currency] = total.get(money.currency, 0) + money.minor


def campaigns_report(
    store: Store, marketing: Marketing, days: DayRange, locale: str
) -> list[PromotionRow]:
    """One row per campaign, then per reward rule, in ``campaigns.yaml``'s order; promotions
    no longer in the file but found in the events come last. ``locale`` names the labels."""
    rows: dict[str, PromotionRow] = {}
    for c in marketing.campaigns:
        label = c.text[locale].label if locale in c.text else c.id
        rows[c.id] = PromotionRow(c.id, "campaign", label, c.segments)
    for r in marketing.rewards:
        label = r.text[locale].label if locale in r.text else r.id
        rows[r.id] = PromotionRow(r.id, "reward", label, tuple(s for s, _ in r.rewards))
    events = store.query(EVENTS_PK, start=_key(days.since), end=_key(days.until))
    orders: dict[str, tuple[str, bool, str]] = {}  # order → (promotion, first, shopper)
    matches: dict[str, tuple[str, str]] = {}  # donation → (reward, shopper)
    for item in events:
        data = item.data
        kind = data.get("kind")
        shopper = item.sk.split("#")[1] if "#" in item.sk else ""
        if kind == "campaign_heard":
            _row(rows, data.get("campaign"), "campaign").reached.add(shopper)
        elif kind == "reward_earned":
            row = _row(rows, data.get("reward"), "reward")
            row.reached.add(shopper)
            row.earned += 1
        elif kind == "promotion" and data.get("order"):
            kind_of = "campaign" if data.get("via") == "campaign" else "reward"
            _row(rows, data.get("promotion"), kind_of)
            orders[data["order"]] = (data["promotion"], bool(data.get("first")), shopper)
        elif kind == "match" and data.get("donation"):
            _row(rows, data.get("promotion"), "reward")
            matches[data["donation"]] = (data["promotion"], shopper)
    book = OrderBook(store)
    for order_id, (promotion, first, shopper) in sorted(orders.items()):
        record = get_merchant_record(store, order_id)
        order = book.get(record.data["owner"], order_id) if record else None
        if order is None or order.state not in _KEPT:
            continue
        row = rows[promotion]
        row.orders += 1
        row.acquired += 1 if first else 0
        row.redeemed.add(shopper)
        _add(row.revenue, order.total)
        _add(row.cost, order.discount)
    for donation_id, (reward, shopper) in sorted(matches.items()):
        match = store.get(*match_key(donation_id))
        if match is None or match.data.get("state") != "given":
            continue
        row = rows[reward]
        row.redeemed.add(shopper)
        _add(row.cost, Money.from_json(match.data["amount"]))
    return list(rows.values())


def _row(rows: dict[str, PromotionRow], promotion_id: str | None, kind: str) -> PromotionRow:
    key = promotion_id or "?"
    if key not in rows:
        rows[key] = PromotionRow(key, kind, key, ())
    return rows[key]


def _key(timestamp: int) -> str:
    return f"{timestamp:017.6f}"


def _money(amounts: dict[str, int] | list[Money] | None) -> str:
    if amounts is None:
        return "-"
    if isinstance(amounts, dict):
        amounts = [Money(minor, c) for c, minor in sorted(amounts.items())]
    return ", ".join(str(m) for m in amounts) or "-"


COLUMNS = (
    "promotion", "kind", "reached", "actions", "redeemed", "orders", "revenue", "cost",
    "cost/action", "cost/new shopper",
)  # fmt: skip


def render(rows: list[PromotionRow], days: DayRange) -> str:
    """``echoppe report campaigns``: one line per promotion."""
    table = [COLUMNS]
    for row in rows:
        table.append(
            (
                row.id,
                row.kind,
                str(len(row.reached)),
                str(row.actions),
                str(len(row.redeemed)),
                str(row.orders),
                _money(row.revenue),
                _money(row.cost),
                _money(row.cost_per_action()),
                _money(row.cost_per_acquired()),
            )
        )
    widths = [max(len(line[i]) for line in table) for i in range(len(COLUMNS))]
    lines = [
        f"campaigns and rewards {days.first.isoformat()} to {days.last.isoformat()} (UTC days)"
    ]
    lines.append("")
    for n, line in enumerate(table):
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)).rstrip())
        if n == 0:
            lines.append("-" * len(lines[-1]))
    return "\n".join(lines)
