"""``echoppe seed``: prepare the local store for the example merchant and a demo shopper."""

from __future__ import annotations

from collections.abc import Iterator

from skill.app import build_store, cached_content
from skill.settings import Settings

DEMO_USER = "amzn1.ask.account.SIMULATOR"


def seed(settings: Settings) -> Iterator[str]:
    content = cached_content(str(settings.content_dir))
    store = build_store(settings)
    try:
        where = settings.db_path if settings.store == "sqlite" else settings.table
        yield f"store ready: {settings.store} {where}"
        yield (
            f"merchant: {content.settings.seller_of_record}, "
            f"{len(content.guides)} guides, locales {', '.join(content.locales)}"
        )
    finally:
        store.close()
