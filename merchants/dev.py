"""The development merchant user ``echoppe serve --dev`` creates and prints (``make run``): an
owner of the example shop, with a random password kept in a private file beside the SQLite
database, so it stays the same from one run to the next. Never created without ``--dev``."""

from __future__ import annotations

import contextlib
import secrets
from pathlib import Path

from accounts.errors import EmailTaken
from merchants.roles import Role
from merchants.users import MerchantUsers
from store.base import Store
from store.private import private_dir

DEV_EMAIL = "owner@example.com"
PASSWORD_FILE = "dev-merchant-password"


def dev_merchant(store: Store, folder: Path) -> tuple[str, str]:
    """``(e-mail, password)`` of the development owner, created on first use."""
    users = MerchantUsers(store)
    path = folder / PASSWORD_FILE
    password = path.read_text(encoding="utf-8").strip() if path.exists() else ""
    if not password:
        password = "dev-" + secrets.token_urlsafe(12)
        private_dir(folder)
        path.touch(mode=0o600)
        path.write_text(password + "\n", encoding="utf-8")
    if users.find_by_email(DEV_EMAIL) is None:
        with contextlib.suppress(EmailTaken):  # another process added it meanwhile
            users.add(DEV_EMAIL, password, Role.OWNER)
    else:
        users.set_password(DEV_EMAIL, password)
    return DEV_EMAIL, password
