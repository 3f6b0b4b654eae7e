"""``echoppe seed``: prepare the local store for the example merchant and a demo shopper."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

from skill.app import build_store, cached_content
from skill.merchant_cli import parse_address
from skill.services import build_services
from skill.settings import Settings
from skill.state import owner_key

DEMO_USER = "amzn1.ask.account.SIMULATOR"
DEMO_ADDRESS = "12 rue des Lilas, 75011 Paris"


def seed(settings: Settings) -> Iterator[str]:
    """Idempotent: a second run leaves what the first created."""
    content = cached_content(str(settings.content_dir))
    store = build_store(settings)
    try:
        where = settings.db_path if settings.store == "sqlite" else settings.table
        yield f"store ready: {settings.store} {where}"
        yield (
            f"merchant: {content.settings.seller_of_record}, {len(content.guides)} guides, "
            f"locales {', '.join(content.locales)}"
        )
        services = build_services(settings, content, store, time.time)
        owner = owner_key(DEMO_USER)
        if services.wallets.show(owner) is None:
            pin = os.environ.get("ECHOPPE_DEMO_PIN", "4826")
            address = parse_address(DEMO_ADDRESS, "Camille Martin", "FR")
            services.wallets.enroll(owner, "tok_visa", address, pin)
            yield f"demo wallet for the simulator user: sandbox Visa 4242, PIN {pin} (sandbox only)"
        else:
            yield "demo wallet for the simulator user: already enrolled"
    finally:
        store.close()
