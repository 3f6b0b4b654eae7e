"""Secrets the skill needs (the PIN pepper, the Stripe key, the web secret that signs account-link
tokens, the OAuth client secret): where each comes from.

On AWS they live in SSM Parameter Store / Secrets Manager and are fetched once per container,
on first use; locally the pepper may be given in ``ECHOPPE_PIN_PEPPER`` or, for the embedded
SQLite store only, is generated once into a private file beside the database.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from skill.settings import Settings, SettingsError
from store.private import opened_to_others, private_dir

PEPPER_FILE = "pin-pepper"
MIN_PEPPER_CHARS = 32
"""The generated pepper is 64 hex characters (256 bits); 32 is the least accepted from a file."""
WEB_SECRET_FILE = "web-secret"


def pin_pepper(settings: Settings) -> str:
    if settings.pin_pepper:
        return settings.pin_pepper
    if settings.pin_pepper_param:
        import boto3

        client = boto3.client("ssm", region_name=settings.region or None)
        response = client.get_parameter(Name=settings.pin_pepper_param, WithDecryption=True)
        return response["Parameter"]["Value"]
    if settings.store == "sqlite":
        return _local_pepper(settings.db_path.parent / PEPPER_FILE)
    raise SettingsError("set ECHOPPE_PIN_PEPPER_PARAM (an SSM SecureString) or ECHOPPE_PIN_PEPPER")


def _local_pepper(path: Path) -> str:
    """A random pepper kept next to the SQLite file (mode 0600, in a 0700 folder).

    An existing pepper file that others may read, or that is shorter than ``MIN_PEPPER_CHARS``,
    is refused rather than used or repaired: it may have been copied, or written by hand.
    """
    private_dir(path.parent)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _existing_pepper(path)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(secrets.token_hex(32))
    return path.read_text(encoding="ascii").strip()


def _existing_pepper(path: Path) -> str:
    if not path.is_file():
        raise SettingsError(f"{path}: the PIN pepper must be a regular file")
    if opened_to_others(path):
        raise SettingsError(
            f"{path}: the PIN pepper is readable or writable by others; if it was never copied,"
            f" `chmod 600 {path}`, else set new PINs with a new pepper"
        )
    try:
        pepper = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: cannot read the PIN pepper: {exc}") from exc
    if len(pepper) < MIN_PEPPER_CHARS:
        raise SettingsError(
            f"{path}: the PIN pepper has {len(pepper)} characters, fewer than {MIN_PEPPER_CHARS}"
        )
    return pepper


def stripe_key(settings: Settings) -> str:
    key = os.environ.get("ECHOPPE_STRIPE_SECRET_KEY", "")
    if key:
        return key
    if not settings.stripe_secret_arn:
        raise SettingsError("ECHOPPE_GATEWAY=stripe needs ECHOPPE_STRIPE_SECRET_ARN")
    import boto3

    client = boto3.client("secretsmanager", region_name=settings.region or None)
    return client.get_secret_value(SecretId=settings.stripe_secret_arn)["SecretString"]


def _ssm(settings: Settings, name: str) -> str:
    import boto3

    client = boto3.client("ssm", region_name=settings.region or None)
    return client.get_parameter(Name=name, WithDecryption=True)["Parameter"]["Value"]


def web_secret(settings: Settings) -> str:
    """The secret the web pages and the skill share: access tokens are signed with a key derived
    from it (``accounts.links.derive_key``), and so are session cookies and e-mail codes."""
    if settings.web_secret:
        return settings.web_secret
    if settings.web_secret_param:
        return _ssm(settings, settings.web_secret_param)
    if settings.store == "sqlite":
        return _local_pepper(settings.db_path.parent / WEB_SECRET_FILE)
    raise SettingsError("set ECHOPPE_WEB_SECRET_PARAM (an SSM SecureString) or ECHOPPE_WEB_SECRET")


def oauth_client_secret(settings: Settings) -> str:
    """The secret Alexa presents at the token endpoint (account linking)."""
    if settings.oauth_client_secret:
        return settings.oauth_client_secret
    if not settings.oauth_client_secret_arn:
        raise SettingsError("account linking needs ECHOPPE_OAUTH_CLIENT_SECRET(_ARN)")
    import boto3

    client = boto3.client("secretsmanager", region_name=settings.region or None)
    return client.get_secret_value(SecretId=settings.oauth_client_secret_arn)["SecretString"]
