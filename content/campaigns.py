"""``campaigns.yaml``: segment thresholds, campaigns and reward rules, checked with file:line
errors like the rest of the content (``content.loader`` calls ``read_campaigns``).

The file is optional: without it the skill runs no campaign and gives no reward. The format is
in ``content/FORMAT.md`` ("campaigns.yaml"); the model in ``marketing.model``.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from datetime import date, datetime

import yaml

from content.yamlnodes import Node, read_id
from marketing.model import (
    COUNTED,
    SEGMENTS,
    Action,
    Campaign,
    Discount,
    Marketing,
    Reward,
    RewardRule,
    SegmentRules,
    Text,
    Window,
)
from payments.money import Money

MAX_CAMPAIGNS = 1000
MAX_REWARD_RULES = 1000
MAX_LABEL = 60
MAX_SAY = 300


def read_campaigns(
    root: Node,
    locales: tuple[str, ...],
    currencies: Mapping[str, str],
    products: Container[str],
    guides: Container[str],
) -> Marketing:
    """The marketing of ``root`` (a composed ``campaigns.yaml``); problems go to its
    ``Problems``. ``currencies``: each locale's currency; ``products``, ``guides``: known ids."""
    reader = _Reader(locales, currencies, products, guides)
    if not root.is_mapping():
        return Marketing()
    root.only({"segments", "campaigns", "rewards"})
    segments_node = root.get("segments", required=False)
    segments = reader.segments(segments_node) if segments_node else SegmentRules()
    seen: set[str] = set()
    campaigns: list[Campaign] = []
    campaigns_node = root.get("campaigns", required=False)
    for node in campaigns_node.elements() if campaigns_node else []:
        campaign = reader.campaign(node, seen)
        if campaign is not None:
            campaigns.append(campaign)
    rules: list[RewardRule] = []
    rewards_node = root.get("rewards", required=False)
    for node in rewards_node.elements() if rewards_node else []:
        rule = reader.rule(node, seen)
        if rule is not None:
            rules.append(rule)
    if len(campaigns) > MAX_CAMPAIGNS and campaigns_node:
        campaigns_node.error(f"at most {MAX_CAMPAIGNS} campaigns")
    if len(rules) > MAX_REWARD_RULES and rewards_node:
        rewards_node.error(f"at most {MAX_REWARD_RULES} reward rules")
    return Marketing(segments or SegmentRules(), tuple(campaigns), tuple(rules))


class _Reader:
    def __init__(
        self,
        locales: tuple[str, ...],
        currencies: Mapping[str, str],
        products: Container[str],
        guides: Container[str],
    ) -> None:
        self.locales = locales
        self.currencies = currencies
        self.products = products
        self.guides = guides

    # --- segments -------------------------------------------------------------------------
    def segments(self, node: Node) -> SegmentRules | None:
        if not node.is_mapping():
            return None
        node.only({"active_days", "lapsed_days", "top_share", "donor_days"})
        values: dict[str, int] = {}
        for key in ("active_days", "lapsed_days", "donor_days"):
            child = node.get(key, required=False)
            number = child.integer(minimum=1) if child else None
            if number is not None:
                values[key] = number
        share = node.get("top_share", required=False)
        percent = share.integer(minimum=1) if share else None
        if share and percent is not None and percent > 50:
            share.error("top spenders are at most the top 50 %")
        elif percent is not None:
            values["top_share"] = percent
        rules = SegmentRules(**values)
        if rules.lapsed_days < rules.active_days:
            node.error("lapsed_days is below active_days: a shopper would be both", node.field)
        return rules

    # --- campaigns ------------------------------------------------------------------------
    def campaign(self, node: Node, seen: set[str]) -> Campaign | None:
        if not node.is_mapping():
            return None
        node.only(
            {
                "id", "segments", "discount", "products", "from", "until", "locales",
                "per_shopper", "budget", "text",
            }
        )  # fmt: skip
        campaign_id = self._id(node, seen)
        segments = self._segments(node.get("segments"))
        discount = self._discount(node.get("discount"))
        products = self._products(node.get("products", required=False))
        window = self._window(node)
        per_node = node.get("per_shopper", required=False)
        per_shopper = per_node.integer(minimum=1) if per_node else None
        budget_node = node.get("budget", required=False)
        budget = self._amounts(budget_node) if budget_node else {}
        text = self._texts(node.get("text"), say=True)
        if budget is None or text is None or window is None or segments is None:
            return None
        if discount is None or campaign_id is None or (per_node and per_shopper is None):
            return None
        if budget and budget_node is not None:
            self._every_currency(budget_node, budget, window.locales, "a budget")
        if discount.amounts:
            self._every_currency(node.at("discount"), discount.amounts, window.locales, "an amount")
        return Campaign(
            campaign_id, segments, discount, products, window, per_shopper, budget, text
        )

    def _products(self, node: Node | None) -> frozenset[str] | None:
        if node is None:
            return None
        if not _is_list(node):
            if node.text() != "all":
                node.error("list product ids, or write 'all'")
            return None
        ids = set()
        for element in node.elements():
            value = element.text()
            if value is not None and value not in self.products:
                element.error(f"unknown product {value!r}")
            elif value is not None:
                ids.add(value)
        if not ids:
            node.error("list product ids, or write 'all'")
        return frozenset(ids)

    # --- reward rules ---------------------------------------------------------------------
    def rule(self, node: Node, seen: set[str]) -> RewardRule | None:
        if not node.is_mapping():
            return None
        node.only({"id", "action", "reward", "from", "until", "locales", "expires_days", "text"})
        rule_id = self._id(node, seen)
        action_node = node.get("action")
        action = self._action(action_node) if action_node else None
        window = self._window(node)
        rewards = self._rewards(node.get("reward"), window.locales if window else self.locales)
        expires_node = node.get("expires_days")
        expires = expires_node.integer(minimum=1) if expires_node else None
        text = self._texts(node.get("text"), say=False)
        if None in (rule_id, action, window, rewards, expires, text):
            return None
        assert rule_id and action and window and rewards and expires and text
        return RewardRule(rule_id, action, rewards, window, expires, text)

    def _action(self, node: Node) -> Action | None:
        scalar = node.scalar() if not _is_list(node) and not _is_mapping(node) else None
        if isinstance(scalar, str):
            if scalar in ("guide_finished", "first_purchase", "donation"):
                return Action(scalar)
            node.error(
                "an action is guide_finished, first_purchase, donation, {guide_finished: [ids]},"
                " {order: N} or {count: ..., times: N, within_days: D}"
            )
            return None
        if not node.is_mapping():
            return None
        keys = set(node.keys())
        if "order" in keys:
            node.only({"order"})
            child = node.get("order")
            times = child.integer(minimum=2) if child else None
            return Action("order", times=times) if times else None
        if "guide_finished" in keys:
            node.only({"guide_finished"})
            child = node.get("guide_finished")
            ids = set()
            for element in child.elements() if child else []:
                value = element.text()
                if value is not None and value not in self.guides:
                    element.error(f"unknown guide {value!r}")
                elif value is not None:
                    ids.add(value)
            return Action("guide_finished", guides=frozenset(ids)) if ids else None
        node.only({"count", "times", "within_days"})
        counts = node.get("count")
        what = counts.choice(COUNTED) if counts else None
        times_node, days_node = node.get("times"), node.get("within_days")
        times = times_node.integer(minimum=2) if times_node else None
        days = days_node.integer(minimum=1) if days_node else None
        if what is None or times is None or days is None:
            return None
        return Action("count", times=times, counts=what, within_days=days)

    def _rewards(
        self, node: Node | None, locales: tuple[str, ...]
    ) -> tuple[tuple[str, Reward], ...] | None:
        if node is None or not node.is_mapping():
            return None
        found: list[tuple[str, Reward]] = []
        for segment, child in node.items():
            if segment not in SEGMENTS:
                child.error(f"unknown segment {segment!r}; use {', '.join(SEGMENTS)}")
                continue
            reward = self._reward(child, locales)
            if reward is not None:
                found.append((segment, reward))
        if not node.keys():
            node.error("give a reward to at least one segment")
        return tuple(found) if len(found) == len(node.keys()) else None

    def _reward(self, node: Node, locales: tuple[str, ...]) -> Reward | None:
        if not node.is_mapping():
            return None
        node.only({"discount", "free_product", "match"})
        keys = node.keys()
        if len(keys) != 1:
            node.error("one of discount, free_product or match")
            return None
        if "discount" in keys:
            discount = self._discount(node.get("discount"))
            if discount is not None and discount.amounts:
                self._every_currency(node.at("discount"), discount.amounts, locales, "an amount")
            return Reward("discount", discount=discount) if discount else None
        if "free_product" in keys:
            child = node.get("free_product")
            product = child.text() if child else None
            if product is not None and child and product not in self.products:
                child.error(f"unknown product {product!r}")
                return None
            return Reward("free_product", product=product) if product else None
        match = node.get("match")
        if match is None or not match.is_mapping():
            return None
        match.only({"percent", "max"})
        percent_node = match.get("percent", required=False)
        percent = percent_node.integer(minimum=1) if percent_node else 100
        if percent_node and percent is not None and percent > 100:
            percent_node.error("the merchant matches at most 100 % of a gift")
            return None
        max_node = match.get("max")
        cap = self._amounts(max_node) if max_node else None
        if cap and max_node is not None:
            self._every_currency(max_node, cap, locales, "a maximum")
        if percent is None or not cap:
            return None
        return Reward("match", match_percent=percent, match_max=cap)

    # --- shared ---------------------------------------------------------------------------
    def _id(self, node: Node, seen: set[str]) -> str | None:
        value = read_id(node, seen, "campaigns and rewards share ids")
        if value is not None:
            seen.add(value)
        return value

    @staticmethod
    def _segments(node: Node | None) -> tuple[str, ...] | None:
        if node is None:
            return None
        values = node.texts()
        bad = [v for v in values if v not in SEGMENTS]
        if bad:
            node.error(f"unknown segment {bad[0]!r}; use {', '.join(SEGMENTS)}")
            return None
        return tuple(dict.fromkeys(values)) or None

    def _discount(self, node: Node | None) -> Discount | None:
        if node is None or not node.is_mapping():
            return None
        node.only({"percent", "amount"})
        keys = node.keys()
        if len(keys) != 1:
            node.error('a discount is {percent: N} or {amount: ["5.00 EUR", ...]}')
            return None
        if "percent" in keys:
            child = node.get("percent")
            percent = child.integer(minimum=1) if child else None
            if child and percent is not None and percent > 100:
                child.error("a discount is at most 100 %")
                return None
            return Discount(percent=percent) if percent else None
        amounts_node = node.get("amount")
        amounts = self._amounts(amounts_node) if amounts_node else None
        return Discount(amounts=amounts) if amounts else None

    @staticmethod
    def _amounts(node: Node) -> dict[str, Money] | None:
        """A list of amounts, at most one per currency: ``["5.00 EUR", "5.00 USD"]``."""
        amounts: dict[str, Money] = {}
        elements = node.elements()
        for element in elements:
            amount = element.money()
            if amount is None:
                return None
            if amount.currency in amounts:
                element.error(f"{amount.currency} is given twice")
                return None
            if amount.minor <= 0:
                element.error("must be more than zero")
                return None
            amounts[amount.currency] = amount
        if not elements:
            node.error("must list at least one amount")
            return None
        return amounts

    def _every_currency(
        self, node: Node, amounts: Mapping[str, Money], locales: tuple[str, ...], what: str
    ) -> None:
        for locale in locales:
            currency = self.currencies.get(locale)
            if currency and currency not in amounts:
                node.error(f"{locale} pays in {currency}: give {what} in {currency}")

    def _window(self, node: Node) -> Window | None:
        first_node, last_node = node.get("from"), node.get("until")
        first = _day(first_node) if first_node else None
        last = _day(last_node) if last_node else None
        locales_node = node.get("locales", required=False)
        locales = tuple(locales_node.texts()) if locales_node else self.locales
        for locale in locales:
            if locale not in self.locales and locales_node:
                locales_node.error(f"locale {locale} is not in skill.yaml's locales")
                return None
        if first is None or last is None:
            return None
        if last < first and last_node:
            last_node.error("ends before it starts")
            return None
        return Window(first, last, locales)

    def _texts(self, node: Node | None, *, say: bool) -> dict[str, Text] | None:
        """One ``{label, say}`` per locale (``say`` only for campaigns); every locale there."""
        if node is None or not node.is_mapping():
            return None
        texts: dict[str, Text] = {}
        for locale, child in node.per_locale(self.locales):
            if not child.is_mapping():
                continue
            child.only({"label", "say"} if say else {"label"})
            label_node = child.get("label")
            label = label_node.text(max_len=MAX_LABEL) if label_node else None
            said = ""
            if say:
                say_node = child.get("say")
                said = (say_node.text(max_len=MAX_SAY) if say_node else None) or ""
                if not said:
                    continue
            if label is not None:
                texts[locale] = Text(label, said)
        return texts if set(texts) == set(self.locales) else None


def _day(node: Node) -> date | None:
    value = node.scalar() if not _is_list(node) and not _is_mapping(node) else None
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    node.error(f"must be a day like 2026-12-31, found {value!r}")
    return None


def _is_list(node: Node) -> bool:
    return isinstance(node.node, yaml.SequenceNode)


def _is_mapping(node: Node) -> bool:
    return isinstance(node.node, yaml.MappingNode)
