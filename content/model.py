"""What the loader produces: immutable, checked content, ready for the skill."""

from __future__ import annotations

from dataclasses import dataclass

from catalog.model import Catalog
from payments.money import Money


@dataclass(frozen=True)
class LocaleSettings:
    locale: str
    skill_name: str
    invocation_name: str
    currency: str
    welcome: str
    welcome_back: str


@dataclass(frozen=True)
class DeliveryRule:
    fee: Money
    free_above: Money | None

    def fee_for(self, subtotal: Money) -> Money:
        """The delivery fee for a basket worth ``subtotal`` (free above the threshold)."""
        if self.free_above is not None and subtotal >= self.free_above:
            return Money.zero(subtotal.currency)
        return self.fee


@dataclass(frozen=True)
class RoundUp:
    enabled: bool
    charity: str
    pin_reuse_seconds: int


@dataclass(frozen=True)
class Settings:
    seller_of_record: str
    support_email: str
    support_phone: str
    default_locale: str
    locales: dict[str, LocaleSettings]
    delivery: dict[str, DeliveryRule]
    daily_donation_cap: dict[str, Money]
    round_up: RoundUp | None


@dataclass(frozen=True)
class Material:
    id: str
    names: dict[str, tuple[str, ...]]
    """Per locale; the first name is the one spoken."""


@dataclass(frozen=True)
class GuideText:
    title: str
    synonyms: tuple[str, ...]
    need: tuple[str, ...]
    warnings: tuple[str, ...]
    steps: tuple[str, ...]
    material_steps: dict[str, tuple[str, ...]]
    bridge: str


@dataclass(frozen=True)
class Offer:
    product: str
    after_step: int | None
    """None: at the end of the guide; N: once the shopper has heard step N."""


@dataclass(frozen=True)
class Guide:
    id: str
    products: tuple[str, ...]
    materials: tuple[str, ...]
    offer: Offer | None
    text: dict[str, GuideText]

    def steps_for(self, locale: str, material: str | None) -> tuple[str, ...]:
        """The steps to follow, specific to the material when the guide has them."""
        text = self.text[locale]
        if material and material in text.material_steps:
            return text.material_steps[material]
        return text.steps

    def depends_on_material(self, locale: str) -> bool:
        return bool(self.text[locale].material_steps)


@dataclass(frozen=True)
class CharityText:
    name: str
    synonyms: tuple[str, ...]
    registration_kind: str
    registration_number: str
    currency: str
    minimum: Money
    maximum: Money
    suggested: tuple[Money, ...]
    tax_rule: str
    description: str


@dataclass(frozen=True)
class Charity:
    id: str
    text: dict[str, CharityText]


@dataclass(frozen=True)
class Content:
    folder: str
    settings: Settings
    materials: dict[str, Material]
    guides: dict[str, Guide]
    charities: dict[str, Charity]
    catalogs: dict[str, Catalog]

    @property
    def locales(self) -> tuple[str, ...]:
        return tuple(self.settings.locales)
