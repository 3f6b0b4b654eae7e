"""Reading ``skill.yaml``: names, invocation, seller, listing, delivery and donation rules."""

from __future__ import annotations

import re

from content.model import (
    Charity,
    DeliveryRule,
    Listing,
    LocaleSettings,
    RoundUp,
    Settings,
)
from content.reading import SUPPORTED_LOCALES, Reading, _https_url, _opt_text
from content.yamlnodes import Node
from payments.money import Money

_LISTING_KEYS = ("summary", "description", "examples", "keywords", "privacy_url", "terms_url")
MAX_EXAMPLES = 2
_CATEGORY_RE = re.compile(r"^[A-Z][A-Z_]{2,63}$")


class SettingsReading(Reading):
    # --- skill.yaml -----------------------------------------------------------------------
    def _settings(self, root: Node) -> Settings | None:
        if not root.is_mapping():
            return None
        root.only(
            {
                "seller_of_record",
                "support",
                "default_locale",
                "locales",
                "delivery",
                "donations",
                "category",
            }
        )
        category = _opt_text(root.get("category", required=False), default="SHOPPING")
        if category and not _CATEGORY_RE.match(category):
            root.at("category").error("use an Alexa Skills Store category such as SHOPPING")
        seller = _opt_text(root.get("seller_of_record"))
        support = root.get("support")
        email = phone = None
        if support and support.is_mapping():
            support.only({"email", "phone"})
            email = _opt_text(support.get("email"))
            phone = _opt_text(support.get("phone"))
        locales_node = root.get("locales")
        locales: dict[str, LocaleSettings] = {}
        if locales_node and locales_node.is_mapping():
            for locale, node in locales_node.items():
                if locale not in SUPPORTED_LOCALES:
                    node.error(f"unsupported locale; use one of {', '.join(SUPPORTED_LOCALES)}")
                    continue
                read = self._locale_settings(locale, node)
                if read:
                    locales[locale] = read
            if not locales_node.keys():
                locales_node.error("must list at least one locale")
        if locales:
            self.locales = tuple(locales)
        default = root.get("default_locale")
        default_locale = default.text() if default else None
        if default_locale and default_locale not in locales and default:
            default.error(f"{default_locale!r} is not one of the locales")
        delivery = self._delivery(root.get("delivery"))
        cap, round_up = self._donation_settings(root.get("donations", required=False))
        if seller is None or email is None or phone is None or default_locale is None:
            return None
        if not locales:
            return None
        return Settings(
            seller_of_record=seller,
            support_email=email,
            support_phone=phone,
            default_locale=default_locale,
            locales=locales,
            delivery=delivery,
            daily_donation_cap=cap,
            round_up=round_up,
            category=category or "SHOPPING",
        )

    def _locale_settings(self, locale: str, node: Node) -> LocaleSettings | None:
        if not node.is_mapping():
            return None
        fields = ("skill_name", "invocation_name", "currency", "welcome", "welcome_back")
        node.only({*fields, *_LISTING_KEYS})
        values = {f: _opt_text(node.get(f)) for f in fields}
        listing = self._listing(node)
        read = {f: v for f, v in values.items() if v is not None}
        if len(read) < len(fields):
            return None
        return LocaleSettings(locale=locale, **read, listing=listing)

    @staticmethod
    def _listing(node: Node) -> Listing:
        """The optional store listing of a locale; the manifest fills what is left out."""
        examples_node = node.get("examples", required=False)
        examples = tuple(examples_node.texts(max_len=200)) if examples_node else ()
        if examples_node and len(examples) > MAX_EXAMPLES:
            examples_node.error(
                f"at most {MAX_EXAMPLES} (Alexa shows three, the first is generated)"
            )
        keywords_node = node.get("keywords", required=False)
        keywords = tuple(keywords_node.texts(max_len=60)) if keywords_node else ()
        return Listing(
            summary=_opt_text(node.get("summary", required=False)) or "",
            description=_opt_text(node.get("description", required=False)) or "",
            examples=examples,
            keywords=keywords,
            privacy_url=_https_url(node.get("privacy_url", required=False)),
            terms_url=_https_url(node.get("terms_url", required=False)),
        )

    def _delivery(self, node: Node | None) -> dict[str, DeliveryRule]:
        rules: dict[str, DeliveryRule] = {}
        if node is None or not node.is_mapping():
            return rules
        for currency, rule in node.items():
            if not rule.is_mapping():
                continue
            rule.only({"fee", "free_above", "days"})
            fee_node = rule.get("fee")
            fee = fee_node.money() if fee_node else None
            free_node = rule.get("free_above", required=False)
            free = free_node.money() if free_node else None
            for amount, where in ((fee, fee_node), (free, free_node)):
                if amount is not None and amount.currency != currency and where:
                    where.error(f"is in {amount.currency}, expected {currency}")
            days_node = rule.get("days", required=False)
            days = self._delivery_days(days_node) if days_node else None
            if fee is not None:
                rules[currency] = DeliveryRule(fee=fee, free_above=free, days=days)
        return rules

    def _delivery_days(self, node: Node) -> tuple[int, int] | None:
        """``days: {from: 2, to: 4}``: working days, fewest and most."""
        if not node.is_mapping():
            node.error("must be the working days like {from: 2, to: 4}")
            return None
        node.only({"from", "to"})
        low_node, high_node = node.get("from"), node.get("to")
        low = low_node.integer(minimum=0) if low_node else None
        high = high_node.integer(minimum=1) if high_node else None
        if low is None or high is None or high_node is None:
            return None
        if high < low:
            high_node.error(f"must be at least from ({low})")
            return None
        return low, high

    def _donation_settings(self, node: Node | None) -> tuple[dict[str, Money], RoundUp | None]:
        caps: dict[str, Money] = {}
        if node is None or not node.is_mapping():
            return caps, None
        node.only({"daily_cap", "round_up"})
        cap_node = node.get("daily_cap", required=False)
        if cap_node and cap_node.is_mapping():
            for currency, amount_node in cap_node.items():
                amount = amount_node.money()
                if amount is not None and amount.currency != currency:
                    amount_node.error(f"is in {amount.currency}, expected {currency}")
                elif amount is not None:
                    caps[currency] = amount
        round_node = node.get("round_up", required=False)
        round_up = None
        if round_node and round_node.is_mapping():
            round_node.only({"enabled", "charity", "pin_reuse_seconds", "to"})
            enabled = round_node.get("enabled")
            charity = round_node.get("charity")
            reuse = round_node.get("pin_reuse_seconds", required=False)
            to_node = round_node.get("to", required=False)
            is_enabled = enabled.boolean() if enabled else None
            charity_id = charity.text() if charity else None
            seconds = reuse.integer(minimum=0) if reuse else 0
            to = to_node.integer(minimum=1) if to_node else 1
            if reuse and seconds is not None and seconds > 60:
                reuse.error("a PIN may be reused for at most 60 seconds")
            if (
                is_enabled is not None
                and charity_id is not None
                and seconds is not None
                and to is not None
            ):
                round_up = RoundUp(is_enabled, charity_id, seconds, to)
        return caps, round_up

    def _settings_references(
        self, settings: Settings, root: Node, charities: dict[str, Charity]
    ) -> None:
        if settings.round_up and settings.round_up.charity not in charities:
            node = root.at("donations", "round_up", "charity")
            node.error(f"unknown charity {settings.round_up.charity!r}")
        for locale in settings.locales.values():
            if locale.currency not in settings.delivery:
                root.at("delivery").error(f"no delivery rule for {locale.currency}")
