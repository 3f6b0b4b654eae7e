"""The pages' language: fr-FR or en-US, chosen by ``?lang=`` (the switch in the header, then
remembered in the session) or else by the browser's ``Accept-Language``.

Messages live in ``web/messages/<locale>.yaml`` (nested keys, ``{name}`` placeholders), like the
skill's prompt files; a test keeps both files' keys equal. Money and dates are formatted by Babel
(CLDR): "12,50 €" and "€12.50".
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import yaml
from babel.dates import format_datetime
from babel.numbers import format_currency
from flask import g, request, session

from content.yamlnodes import SAFE_LOADER
from payments.money import Money

LOCALES = ("fr-FR", "en-US")
MESSAGES_DIR = Path(__file__).resolve().parent / "messages"


def _flatten(tree: dict, prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in tree.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(_flatten(value, f"{name}."))
        else:
            out[name] = str(value)
    return out


@cache
def messages(locale: str) -> dict[str, str]:
    """``<locale>.yaml`` and every ``<locale>.<area>.yaml`` (the console's: ``.console``)."""
    out: dict[str, str] = {}
    for path in [MESSAGES_DIR / f"{locale}.yaml", *sorted(MESSAGES_DIR.glob(f"{locale}.*.yaml"))]:
        out.update(_flatten(yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER) or {}))
    return out


def select_locale() -> str:
    """The locale of this request (see the module docstring); remembered in ``g.locale``."""
    chosen = request.args.get("lang")
    if chosen in LOCALES:
        session["lang"] = chosen
    remembered = session.get("lang")
    if remembered in LOCALES:
        return remembered
    best = request.accept_languages.best_match([*LOCALES, "fr", "en"])
    if best:
        return next(loc for loc in LOCALES if loc.startswith(best[:2]))
    return LOCALES[0]


def locale() -> str:
    return getattr(g, "locale", LOCALES[0])


def t(key: str, **params: object) -> str:
    """The message ``key`` in the request's locale; a missing key is a bug (KeyError)."""
    text = messages(locale())[key]
    return text.format(**params) if params else text


def has(key: str) -> bool:
    return key in messages(locale())


def money(amount: Money) -> str:
    return format_currency(amount.amount, amount.currency, locale=locale().replace("-", "_"))


def when(timestamp: int) -> str:
    moment = datetime.fromtimestamp(timestamp, UTC)
    return format_datetime(moment, "medium", tzinfo=UTC, locale=locale().replace("-", "_"))
