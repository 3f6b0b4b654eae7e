"""Secrets the skill needs (the PIN pepper, the Stripe key): where each comes from.

On AWS they live in SSM Parameter Store / Secrets Manager and are fetched once per container,
on first use; locally the pepper may be given in ``ECHOPPE_PIN_PEPPER`` or, for the embedded
SQLite store only, is generated once into a private file beside the database.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from skill.settings import Settings, SettingsError

PEPPER_FILE = "pin-pepper"


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
    """A random pepper kept next to the SQLite file, readable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(secrets.token_hex(32))
    return path.read_text(encoding="ascii").strip()


def stripe_key(settings: Settings) -> str:
    key = os.environ.get("ECHOPPE_STRIPE_SECRET_KEY", "")
    if key:
        return key
    if not settings.stripe_secret_arn:
        raise SettingsError("ECHOPPE_GATEWAY=stripe needs ECHOPPE_STRIPE_SECRET_ARN")
    import boto3

    client = boto3.client("secretsmanager", region_name=settings.region or None)
    return client.get_secret_value(SecretId=settings.stripe_secret_arn)["SecretString"]
