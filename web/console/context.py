"""What the console's pages work with, built once per app over the web context's services."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from flask import current_app

from content.drafts import Drafts
from merchants.audit import AuditLog
from merchants.users import MerchantUsers
from payments.fulfilment import Fulfilment
from reports.daily import Reports
from web.context import WebContext

EXTENSION = "echoppe-console"


@dataclass
class ConsoleContext:
    web: WebContext
    cache: dict[str, Any] = field(default_factory=dict)
    """Per-process memo (the preview's skill on a draft revision)."""

    @property
    def store(self):  # -> store.base.Store
        return self.web.services.store

    @cached_property
    def users(self) -> MerchantUsers:
        return MerchantUsers(self.store, clock=self.web.clock)

    @cached_property
    def audit(self) -> AuditLog:
        return AuditLog(self.store, clock=self.web.clock)

    @cached_property
    def reports(self) -> Reports:
        return Reports(self.store, clock=self.web.clock)

    @cached_property
    def drafts(self) -> Drafts:
        return Drafts(self.store, self.web.settings.content_dir, clock=self.web.clock)

    @cached_property
    def fulfilment(self) -> Fulfilment:
        services = self.web.services
        return Fulfilment(
            self.store, services.checkout, services.wallets, services.gateway, clock=self.web.clock
        )


def console() -> ConsoleContext:
    return current_app.extensions[EXTENSION]
