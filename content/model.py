"""What the loader produces: immutable, checked content, ready for the skill."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from catalog.folding import language, singular, strip_accents
from catalog.lexicon import function_word
from catalog.model import Catalog
from content.samples import Sample
from content.wording import Prompt
from content.yamlnodes import ContentError
from marketing.model import NO_MARKETING, Marketing
from payments.money import Money

# Between the things a guide needs that do the same job ("table salt or cornstarch").
_OR = {"fr": " ou ", "en": " or "}


def _content_words(text: str, lang: str) -> frozenset[str]:
    words = strip_accents(text.lower()).replace("'", " ").replace("-", " ").split()
    return frozenset(singular(w) for w in words if not function_word(w, lang))


# A step that says how long to wait: a duration in the step's language ("wait fifteen minutes",
# « laissez agir une nuit », "let it sit overnight").
_WAIT_WORDS = re.compile(
    r"\b(?:minutes?|min|heures?|h|nuit|nuits|secondes?|jours?|journée"
    r"|hours?|overnight|night|seconds?|days?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Grammar:
    """How a name is said inside a sentence, in one locale (``skill.grammar.Name``)."""

    gender: str | None = None
    """``masculine`` or ``feminine``: French pronouns and articles need it."""
    plural: bool = False
    article: bool = True
    """Takes a definite article: « la Croix-Rouge française », "the French Red Cross"."""
    elision: bool | None = None
    """French « l' »; None: decided by the first letter (a vowel elides, an h does not)."""
    proper: bool = False
    """A proper noun keeps its capital after an article."""
    short: str | None = None
    """A spoken short name for a long title."""


GRAMMAR_DEFAULTS = {
    ("product", "fr"): Grammar(),
    ("product", "en"): Grammar(article=False, proper=True),
    ("charity", "fr"): Grammar(proper=True),
    ("charity", "en"): Grammar(proper=True),
    ("guide", "fr"): Grammar(),
    ("guide", "en"): Grammar(),
    ("material", "fr"): Grammar(),
    ("material", "en"): Grammar(article=False),
}
"""What a name without a ``grammar`` block gets, by kind and language."""


def default_grammar(kind: str, locale: str) -> Grammar:
    """A language without defaults says names bare, as written."""
    return GRAMMAR_DEFAULTS.get((kind, locale[:2]), Grammar(article=False, proper=True))


@dataclass(frozen=True)
class LocaleSettings:
    locale: str
    skill_name: str
    invocation_name: str
    currency: str
    welcome: str
    welcome_back: str
    listing: Listing | None = None
    """How the skill is presented in the Alexa Skills Store (``skill-package/skill.json``)."""


@dataclass(frozen=True)
class Listing:
    """A locale's store listing and legal pages, for the skill manifest."""

    summary: str
    description: str
    examples: tuple[str, ...] = ()
    """Example phrases after the generated "Alexa, open <invocation>" (at most two)."""
    keywords: tuple[str, ...] = ()
    privacy_url: str | None = None
    terms_url: str | None = None


@dataclass(frozen=True)
class DeliveryRule:
    fee: Money
    free_above: Money | None
    days: tuple[int, int] | None = None
    """How many working days delivery takes, fewest and most (``days: {from: 2, to: 4}``);
    None when the merchant did not say."""

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
    to: int = 1
    """The total is brought up to a multiple of this many major units (1: the next euro)."""


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
    category: str = "SHOPPING"
    """The Alexa Skills Store category."""


@dataclass(frozen=True)
class Material:
    id: str
    names: dict[str, tuple[str, ...]]
    """Per locale; the first name is the one spoken."""
    grammar: dict[str, Grammar] = field(default_factory=dict)
    """Per locale, how the spoken name is said in sentences (« sur la soie », "on silk")."""
    washable: bool = True
    """False for a surface that is not soaked nor put in a machine (a carpet, a couch): a
    guide's general steps, written for what it is meant for, are not read for it."""


@dataclass(frozen=True)
class GuideText:
    title: str
    synonyms: tuple[str, ...]
    need: tuple[str, ...]
    warnings: tuple[str, ...]
    steps: tuple[str, ...]
    material_steps: dict[str, tuple[str, ...]]
    bridge: str
    grammar: Grammar = Grammar()


@dataclass(frozen=True)
class Offer:
    product: str
    after_step: int | None
    """None: at the end of the guide; N: once the shopper has heard step N."""
    instead: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    """Per material, the product offered instead ("wool": the wool and silk remover, never
    the oxygen spray that would harm it)."""

    def product_for(self, material: str | None) -> str:
        return self.instead.get(material or "", self.product)


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

    def timed_steps(self, locale: str, material: str | None) -> tuple[tuple[int, str], ...]:
        """The steps (numbered from 1) that say how long to wait, for "how long do I leave it?"."""
        steps = self.steps_for(locale, material)
        return tuple((n, step) for n, step in enumerate(steps, 1) if _WAIT_WORDS.search(step))

    def instead_of(self, locale: str, said: str) -> tuple[str, tuple[str, ...]] | None:
        """The thing the guide needs that ``said`` names ("salt" in "table salt or cornstarch")
        and the others its need list gives for the same job, when it gives some."""
        lang = language(locale)
        wanted = _content_words(said, lang)
        if not wanted:
            return None
        for need in self.text[locale].need:
            choices = need.split(_OR[lang])
            for choice in choices:
                if wanted <= _content_words(choice, lang):
                    return choice, tuple(c for c in choices if c != choice)
        return None

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
    grammar: Grammar = Grammar(proper=True)


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
    product_grammar: dict[str, dict[str, Grammar]] = field(default_factory=dict)
    """Per locale and product id, from the content's ``grammar`` blocks (feeds carry none)."""
    warnings: tuple[ContentError, ...] = ()
    """What is missing but has a default (a French name without a gender)."""
    marketing: Marketing = NO_MARKETING
    """Segments, campaigns and reward rules (``campaigns.yaml``, optional)."""
    samples: dict[str, dict[str, tuple[Sample, ...]]] = field(default_factory=dict)
    """Per locale and intent, the sample utterances the shop adds to the interaction model
    (``samples.yaml``, optional; ``content.samples``)."""
    prompts: dict[str, dict[str, Prompt]] = field(default_factory=dict)
    """Per locale, the merchant's wording of the skill's prompts (``prompts.yaml``, optional;
    ``content.wording``)."""

    @property
    def locales(self) -> tuple[str, ...]:
        return tuple(self.settings.locales)
