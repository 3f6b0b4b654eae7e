"""Settings from environment variables: the one place that reads them."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONTENT = ROOT / "content" / "example"
DEFAULT_MODELS = ROOT / "interaction_models"


class SettingsError(ValueError):
    """A setting is missing or wrong; the message names the environment variable."""


@dataclass(frozen=True)
class Settings:
    content_dir: Path = DEFAULT_CONTENT
    models_dir: Path = DEFAULT_MODELS
    store: str = "sqlite"
    db_path: Path = Path("var/echoppe.sqlite3")
    table: str = ""
    region: str = ""
    dynamodb_endpoint: str = ""
    skill_id: str = ""
    pin_mode: str = "wallet"
    pin_pepper: str = ""
    pin_pepper_param: str = ""
    gateway: str = "sandbox"
    stripe_secret_arn: str = ""
    log_format: str = "text"

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        store = env.get("ECHOPPE_STORE", "sqlite")
        if store not in ("sqlite", "dynamodb"):
            raise SettingsError(f"ECHOPPE_STORE must be sqlite or dynamodb, not {store!r}")
        if store == "dynamodb" and not env.get("ECHOPPE_TABLE"):
            raise SettingsError("ECHOPPE_TABLE must name the DynamoDB table")
        pin_mode = env.get("ECHOPPE_PIN_MODE", "wallet")
        if pin_mode not in ("wallet", "alexa"):
            raise SettingsError(f"ECHOPPE_PIN_MODE must be wallet or alexa, not {pin_mode!r}")
        gateway = env.get("ECHOPPE_GATEWAY", "sandbox")
        if gateway not in ("sandbox", "stripe"):
            raise SettingsError(f"ECHOPPE_GATEWAY must be sandbox or stripe, not {gateway!r}")
        return cls(
            content_dir=Path(env.get("ECHOPPE_CONTENT", str(DEFAULT_CONTENT))),
            models_dir=Path(env.get("ECHOPPE_MODELS", str(DEFAULT_MODELS))),
            store=store,
            db_path=Path(env.get("ECHOPPE_DB", "var/echoppe.sqlite3")),
            table=env.get("ECHOPPE_TABLE", ""),
            region=env.get("AWS_REGION", env.get("AWS_DEFAULT_REGION", "")),
            dynamodb_endpoint=env.get("ECHOPPE_DYNAMODB_ENDPOINT", ""),
            skill_id=env.get("SKILL_ID", ""),
            pin_mode=pin_mode,
            pin_pepper=env.get("ECHOPPE_PIN_PEPPER", ""),
            pin_pepper_param=env.get("ECHOPPE_PIN_PEPPER_PARAM", ""),
            gateway=gateway,
            stripe_secret_arn=env.get("ECHOPPE_STRIPE_SECRET_ARN", ""),
            log_format=env.get("ECHOPPE_LOG_FORMAT", "text"),
        )
