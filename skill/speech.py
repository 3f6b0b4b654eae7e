"""Speech: per-locale prompt files rendered into SSML that merchant text cannot break.

Prompt templates are trusted SSML with ``{name}`` placeholders. Values are escaped when they fill a
placeholder unless they are already ``Ssml`` (the output of another render), so a product called
"Savon & <Fiel>" is spoken, never parsed. A ``skill.grammar.Name`` fills ``{charity.to}``,
``{product.it}``… (its forms are escaped too).

A prompt is a string, or a choice of strings on one parameter::

    pin_wrong:
      select: left                 # a number: its CLDR plural category in this locale
      one: "Il vous reste {left} essai."
      other: "Il vous reste {left} essais."
    out_of_stock_sibling:
      select: product              # a Name: masculine, feminine or plural
      feminine: "… Je la mets à la place ?"
      other: "… Je le mets à la place ?"
    guide_which_one:
      select: guides               # a list of Names: feminine when all are, else masculine
      feminine: "Laquelle : {options} ?"
      other: "Lequel : {options} ?"

``other`` is required: it is said when no other key fits. ``_plural`` in a locale's main file is
the CLDR plural rule of the locale (``skill.grammar``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal

from content.wording import Prompt, merged
from payments.money import Money
from skill.grammar import Name, group_category, plural_category

MAX_SPEECH_CHARS = 8000
_TAG_RE = re.compile(r"<[^>]+>")
_SPACES_RE = re.compile(r"\s+")


class Ssml(str):
    """A string that is already valid SSML content (escaped)."""


def escape(text: str | Name) -> Ssml:
    """Escape text for SSML; ``Ssml`` values pass unchanged, a ``Name`` is its spoken name."""
    if isinstance(text, Ssml):
        return text
    if isinstance(text, Name):
        return Ssml(text.name)
    return Ssml(html.escape(str(text), quote=True))


def plain(ssml: str) -> str:
    """The words of an SSML fragment, for cards, logs of length and the text simulator."""
    text = _TAG_RE.sub(" ", ssml.replace("<break", " <break"))
    return _SPACES_RE.sub(" ", html.unescape(text)).strip()


class Speaker:
    """Renders prompts of one locale."""

    def __init__(self, locale: str, overrides: Mapping[str, Prompt] | None = None) -> None:
        """``overrides``: the merchant's wording (``Content.prompts``), checked and escaped."""
        self.locale = locale
        self.prompts = merged(locale, overrides)
        self.plural_rule = str(self.prompts.get("_plural", ""))

    def say(self, key: str, **params: object) -> Ssml:
        template = self.prompts[key]
        if isinstance(template, dict):
            template = self._choose(key, template, params)
        safe = {name: self._value(value) for name, value in params.items()}
        return Ssml(template.format(**safe).strip())

    def _choose(self, key: str, choices: dict[str, str], params: dict[str, object]) -> str:
        value = params[choices["select"]]
        category = self.category(value)
        return choices.get(category) or choices["other"]

    def category(self, value: object) -> str:
        """What a ``select`` chooses on: a Name's category, a list of Names' group category
        (``skill.grammar.group_category``) or a number's plural category."""
        if isinstance(value, Name):
            return value.category
        if isinstance(value, list | tuple) and all(isinstance(item, Name) for item in value):
            return group_category(value)
        if isinstance(value, Money):
            value = value.amount
        if isinstance(value, int | Decimal):
            return plural_category(self.plural_rule, value)
        return "other"

    def _value(self, value: object) -> object:
        if isinstance(value, Ssml | Name):
            return value
        if isinstance(value, Money):
            return self.money(value)
        if isinstance(value, int):
            return Ssml(str(value))
        return escape(str(value))

    def money(self, amount: Money) -> Ssml:
        """An amount as a listener expects it: "9,90 €", « 1 000 € » in French, "$10.90",
        "$1,000" in English."""
        value = amount.amount
        whole = value == value.to_integral_value()
        number = f"{value:,.0f}" if whole else f"{value:,.2f}"  # "1,000.50"
        if self.locale.startswith("fr"):
            symbol = {"EUR": "€", "USD": "dollars"}.get(amount.currency, amount.currency)
            # « 1 000,50 € »: thousands apart by a space, a comma before the cents
            french = number.replace(",", " ").replace(".", ",")
            return Ssml(f"{french} {symbol}")
        if amount.currency == "USD":
            return Ssml(f"${number}")
        return Ssml(f"{number} {'euros' if amount.currency == 'EUR' else amount.currency}")

    def text(self, key: str) -> str:
        """A prompt that is one plain string (a word, a date format)."""
        value = self.prompts[key]
        if not isinstance(value, str):
            raise TypeError(f"prompt {key!r} is a choice, not a string")
        return value

    def either(self, items: Sequence[str | Name]) -> Ssml:
        """ "A or B", "A, B or C" in the locale (a ``Name`` as ``listed`` says it)."""
        return self._join(items, self.text("word_or"))

    def both(self, items: Sequence[str | Name]) -> Ssml:
        """ "A and B", "A, B and C" in the locale (a ``Name`` as ``listed`` says it)."""
        return self._join(items, self.text("word_and"))

    @staticmethod
    def listed(item: str | Name) -> Ssml:
        """How an item reads inside a list: a ``Name`` with its definite article as its grammar
        says (``Name.the``: « le spray à l'oxygène actif », « la tache de sang »; "the red wine
        stain", or an English product's title bare), since a list is said mid-sentence; any
        other text escaped as it is."""
        if isinstance(item, Name):
            return Ssml(item.the)
        return escape(item)

    def _join(self, items: Sequence[str | Name], word: str) -> Ssml:
        escaped = [self.listed(i) for i in items]
        if len(escaped) <= 1:
            return Ssml("".join(escaped))
        return Ssml(f"{', '.join(escaped[:-1])} {word} {escaped[-1]}")

    def join(self, *parts: str) -> Ssml:
        """Sentences one after another, each already SSML."""
        return Ssml(" ".join(escape(p) for p in parts if p))
