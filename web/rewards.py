"""The shopper's rewards on the account page: what each is, until when, whether it was used.

One query of the shopper's reward records (``payments.rewards.RewardBook.of``); labels come from
the merchant's ``campaigns.yaml`` in the page's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from payments.money import Money
from payments.rewards import RewardBook, RewardRecord
from web import i18n
from web.context import current


@dataclass(frozen=True)
class RewardLine:
    label: str
    what: str
    until: str
    status: str
    """``available``, ``used`` or ``expired``."""


def rewards_of(owner: str, now: float) -> list[RewardLine]:
    services = current().services
    marketing = current().content.marketing
    locale = i18n.locale()
    lines = []
    for record in RewardBook(services.store).of(owner):
        rule = marketing.rule(record.reward_id)
        label = rule.text[locale].label if rule and locale in rule.text else record.reward_id
        status = record.status(now)
        lines.append(RewardLine(label, _what(record, locale), i18n.when(record.expires_at), status))
    return lines


def _what(record: RewardRecord, locale: str) -> str:
    currency = current().content.settings.locales[locale].currency
    if record.kind == "free_product":
        product = current().content.catalogs[locale].get(record.product or "")
        return i18n.t("rewards.free_product", product=product.title if product else "")
    if record.kind == "match":
        cap = record.match_max.get(currency) or next(iter(record.match_max.values()), None)
        most = i18n.money(cap) if isinstance(cap, Money) else ""
        return i18n.t("rewards.match", percent=record.match_percent, max=most)
    if record.percent:
        return i18n.t("rewards.percent", percent=record.percent)
    amount = record.amounts.get(currency) or next(iter(record.amounts.values()), None)
    return i18n.t("rewards.amount", amount=i18n.money(amount)) if amount else ""
