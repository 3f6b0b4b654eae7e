"""What every page works with, built once per app: settings, the domain services, accounts, the
OAuth clients and the card set-up; ``current()`` returns it inside a request."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from flask import current_app

from accounts.links import AccessTokens
from accounts.mail import Mailer
from accounts.oauth import OAuthClient
from accounts.service import Accounts
from content.model import Content
from content.versions import LiveContent
from payments.wallet_admin import WalletAdmin
from skill.services import Services
from skill.settings import Settings
from web.cards import CardSetup

EXTENSION = "echoppe"


@dataclass
class WebContext:
    settings: Settings
    services: Services
    accounts: Accounts
    tokens: AccessTokens
    clients: dict[str, OAuthClient]
    cards: CardSetup
    mailer: Mailer
    clock: Callable[[], float] = time.time
    dev: bool = False
    extra: dict[str, object] = field(default_factory=dict)

    @cached_property
    def live(self) -> LiveContent:
        from skill.app import live_content

        return live_content(self.settings, self.services.store, self.clock)

    @property
    def content(self) -> Content:
        """The content published last (a console publish shows without a restart; at most one
        small read every ``content.versions.CHECK_EVERY`` seconds per process)."""
        return self.live.get()

    @cached_property
    def admin(self) -> WalletAdmin:
        return WalletAdmin(self.services.wallets)


def current() -> WebContext:
    return current_app.extensions[EXTENSION]
