"""Names as sentences need them: articles, elision, contractions, pronouns, and CLDR plurals.

A merchant's names ("Croix-Rouge française", "Terre de Sommières 250 g", "Tache de vin rouge")
are said inside sentences, and French needs their gender, number and article ("à la
Croix-Rouge française", "de l'éponge", "du savon", "la terre de Sommières… Voulez-vous la
commander ?"); English needs "the" before many organisation names. The content declares what it
knows per locale (``content.model.Grammar``: gender, number, article, elision, proper noun, a
short spoken name); ``Name`` turns that into the forms prompt templates use as attributes::

    {charity.to}   fr: "à la Croix-Rouge française", "au Secours populaire", "à l'Unicef"
                   en: "to the American Red Cross"
    {product.the}  fr: "la terre de Sommières", "l'éponge", "les lingettes"   en: "the …" or bare
    {product.The}  the same, capitalised to start a sentence
    {product.of}   fr: "de la terre de Sommières", "du savon", "de l'éponge", "des lingettes"
    {product.it}   fr: object pronoun before a consonant: "le", "la", "les"   en: "it", "them"
    {product.he}   fr: subject pronoun "il", "elle", "ils", "elles"           en: "it", "they"
    {product.name} the short spoken name, or the name, without article ({product.Name}: capitalised)

Templates choose whole sentences on a name's ``category`` (masculine, feminine, plural), on a
list of names' ``group_category`` (masculine or feminine: « Laquelle / Lequel : A ou B ? »), or on
a number's CLDR plural category (one, many, other...) with a ``select`` entry (``skill.speech``).
Plural categories come from Babel's CLDR plural rules (``babel.plural.PluralRule``); the rule
text of each locale sits in its prompt file, so no locale data is loaded on a cold start, and a
test keeps it equal to Babel's.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

from content.model import Grammar

if TYPE_CHECKING:
    from babel.plural import PluralRule

_VOWELS = set("aeiouy")


def _starts_with_vowel(text: str) -> bool:
    first = unicodedata.normalize("NFD", text[:1].lower())[:1]
    return first in _VOWELS


@cache
def plural_rule(rule: str) -> PluralRule:
    """A compiled CLDR rule, e.g. ``"one: i in 0,1"``. Babel is imported on the first count
    said, not with the skill (a launch says none)."""
    from babel.plural import PluralRule

    parts = dict(part.split(":", 1) for part in rule.split(";") if part.strip())
    return PluralRule({key.strip(): value.strip() for key, value in parts.items()})


def plural_category(rule: str, number: int | Decimal) -> str:
    """``"one"``, ``"many"``, ``"other"``… for ``number`` under the locale's CLDR rule."""
    return plural_rule(rule)(number)


@dataclass(frozen=True)
class Name:
    """A name in one locale with the forms templates need (see the module docstring).

    Every form is SSML-escaped text: merchant names cannot break a response.
    """

    text: str
    locale: str
    grammar: Grammar

    @property
    def _french(self) -> bool:
        return self.locale.startswith("fr")

    @property
    def spoken(self) -> str:
        return self.grammar.short or self.text

    @property
    def _inner(self) -> str:
        """The name after an article: lowercased in French unless a proper noun."""
        word = self.spoken
        if self.grammar.article and not self.grammar.proper and word[:1].isupper():
            second = word[1:2]
            if not second.isupper():
                word = word[:1].lower() + word[1:]
        return word

    @property
    def _elides(self) -> bool:
        if self.grammar.elision is not None:
            return self.grammar.elision
        return _starts_with_vowel(self.spoken)

    @property
    def category(self) -> str:
        """What a template selects on: ``plural``, ``feminine`` or ``masculine``."""
        if self.grammar.plural:
            return "plural"
        return "feminine" if self.grammar.gender == "feminine" else "masculine"

    @property
    def name(self) -> str:
        return _esc(self.spoken)

    @property
    def Name(self) -> str:
        """``name`` at the start of a sentence."""
        return _esc(self.spoken[:1].upper() + self.spoken[1:])

    def _article(self, prefix: str = "") -> str:
        """French: ``prefix`` ("à", "de" or "") with the definite article, contracted."""
        if not self.grammar.article:
            return f"{prefix} " if prefix else ""
        if self.grammar.plural:
            article = {"": "les", "à": "aux", "de": "des"}[prefix]
            return f"{article} "
        if self._elides:
            return f"{prefix} l'" if prefix else "l'"
        if self.category == "feminine":
            return f"{prefix} la " if prefix else "la "
        article = {"": "le", "à": "au", "de": "du"}[prefix]
        return f"{article} "

    @property
    def the(self) -> str:
        if self._french:
            return _esc(self._article() + self._inner)
        return _esc(f"the {self._inner}" if self.grammar.article else self.spoken)

    @property
    def The(self) -> str:
        """``the`` at the start of a sentence."""
        form = self.the
        return form[:1].upper() + form[1:]

    @property
    def to(self) -> str:
        if self._french:
            return _esc(self._article("à") + self._inner)
        return _esc(f"to {'the ' + self._inner if self.grammar.article else self.spoken}")

    @property
    def of(self) -> str:
        if self._french:
            return _esc(self._article("de") + self._inner)
        return _esc(f"of {'the ' + self._inner if self.grammar.article else self.spoken}")

    @property
    def it(self) -> str:
        if self._french:
            return {"plural": "les", "feminine": "la"}.get(self.category, "le")
        return "them" if self.grammar.plural else "it"

    @property
    def he(self) -> str:
        if self._french:
            feminine = self.grammar.gender == "feminine"
            if self.grammar.plural:
                return "elles" if feminine else "ils"
            return "elle" if feminine else "il"
        return "they" if self.grammar.plural else "it"

    def __str__(self) -> str:
        return self.name


def group_category(names: Sequence[Name]) -> str:
    """What a template selects on to ask for one of several names (« Laquelle : la tache de
    vin ou la tache de café ? », « Lequel : le détartrage ou la tache de rouille ? »):
    ``feminine`` when every name is feminine, else ``masculine``, as French agrees a mixed
    group. Their number does not count: one of them is asked for."""
    if names and all(name.grammar.gender == "feminine" for name in names):
        return "feminine"
    return "masculine"


def _esc(text: str) -> str:
    return html.escape(text, quote=False)
