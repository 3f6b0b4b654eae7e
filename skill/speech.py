"""Speech: per-locale prompt files rendered into SSML that merchant text cannot break.

Prompt templates are trusted SSML with ``{name}`` placeholders. Values are escaped when they fill a
placeholder unless they are already ``Ssml`` (the output of another render), so a product called
"Savon & <Fiel>" is spoken, never parsed.
"""

from __future__ import annotations

import html
import re
from functools import cache
from pathlib import Path

import yaml

from content.yamlnodes import SAFE_LOADER
from payments.money import Money

PROMPTS_DIR = Path(__file__).resolve().parent / "prompts"
MAX_SPEECH_CHARS = 8000
_TAG_RE = re.compile(r"<[^>]+>")
_SPACES_RE = re.compile(r"\s+")


class Ssml(str):
    """A string that is already valid SSML content (escaped)."""


def escape(text: str) -> Ssml:
    """Escape text for SSML; ``Ssml`` values pass unchanged."""
    if isinstance(text, Ssml):
        return text
    return Ssml(html.escape(str(text), quote=True))


def plain(ssml: str) -> str:
    """The words of an SSML fragment, for cards, logs of length and the text simulator."""
    text = _TAG_RE.sub(" ", ssml.replace("<break", " <break"))
    return _SPACES_RE.sub(" ", html.unescape(text)).strip()


@cache
def load_prompts(locale: str) -> dict[str, str]:
    """``prompts/<locale>.yaml`` plus every ``prompts/<locale>.<part>.yaml`` (one per flow)."""
    prompts: dict[str, str] = {}
    for path in [PROMPTS_DIR / f"{locale}.yaml", *sorted(PROMPTS_DIR.glob(f"{locale}.*.yaml"))]:
        with path.open(encoding="utf-8") as handle:
            part = yaml.load(handle, Loader=SAFE_LOADER) or {}
        clash = set(part) & set(prompts)
        if clash:
            raise ValueError(f"{path.name}: prompt keys defined twice: {', '.join(sorted(clash))}")
        prompts.update(part)
    return prompts


class Speaker:
    """Renders prompts of one locale."""

    def __init__(self, locale: str) -> None:
        self.locale = locale
        self.prompts = load_prompts(locale)

    def say(self, key: str, **params: object) -> Ssml:
        template = self.prompts[key]
        safe = {name: self._value(value) for name, value in params.items()}
        return Ssml(template.format(**safe).strip())

    def _value(self, value: object) -> Ssml:
        if isinstance(value, Ssml):
            return value
        if isinstance(value, Money):
            return self.money(value)
        if isinstance(value, int):
            return Ssml(str(value))
        return escape(str(value))

    def money(self, amount: Money) -> Ssml:
        """An amount as a listener expects it: "9,90 €" in French, "$10.90" in English."""
        value = amount.amount
        whole = value == value.to_integral_value()
        number = f"{value:.0f}" if whole else f"{value:.2f}"
        if self.locale.startswith("fr"):
            symbol = {"EUR": "€", "USD": "dollars"}.get(amount.currency, amount.currency)
            return Ssml(f"{number.replace('.', ',')} {symbol}")
        if amount.currency == "USD":
            return Ssml(f"${number}")
        return Ssml(f"{number} {'euros' if amount.currency == 'EUR' else amount.currency}")

    def either(self, items: list[str]) -> Ssml:
        """ "A or B", "A, B or C" in the locale."""
        return self._join(items, self.prompts["word_or"])

    def both(self, items: list[str]) -> Ssml:
        """ "A and B", "A, B and C" in the locale."""
        return self._join(items, self.prompts["word_and"])

    def _join(self, items: list[str], word: str) -> Ssml:
        escaped = [escape(i) for i in items]
        if len(escaped) <= 1:
            return Ssml("".join(escaped))
        return Ssml(f"{', '.join(escaped[:-1])} {word} {escaped[-1]}")

    def join(self, *parts: str) -> Ssml:
        """Sentences one after another, each already SSML."""
        return Ssml(" ".join(escape(p) for p in parts if p))
