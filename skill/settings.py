"""Settings from environment variables: the one place that reads them."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONTENT = ROOT / "content" / "example"
DEFAULT_SKILL_PACKAGE = ROOT / "skill-package"
MODELS_SUBDIR = Path("interactionModels") / "custom"
"""Where the ASK CLI skill package keeps the interaction models, one ``<locale>.json`` each."""


class SettingsError(ValueError):
    """A setting is missing or wrong; the message names the environment variable."""


@dataclass(frozen=True)
class Settings:
    content_dir: Path = DEFAULT_CONTENT
    skill_package: Path = DEFAULT_SKILL_PACKAGE
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
    match_token: str = ""
    """The gateway token of the merchant's own payment method, charged when a shopper's reward
    matches a gift (``payments.matching``); the sandbox uses ``tok_visa`` when unset."""
    log_format: str = "text"
    live: bool = False
    """Shoppers are real: a real gateway and the skill id are required."""
    metrics: bool = False
    """One CloudWatch EMF line per turn on stdout (``skill.metrics``); on by default on Lambda."""
    metrics_namespace: str = "echoppe"
    public_url: str = ""
    """The https base URL the web pages are served at (account linking's authorize and token
    URLs in the skill package are under it)."""
    # --- shopper web pages and Alexa account linking (accounts/, web/) ---
    web_secret: str = field(default="", repr=False)
    """Signs access tokens, session cookies and e-mail codes (keys derived per purpose)."""
    web_secret_param: str = ""
    """SSM SecureString holding ``web_secret`` (AWS)."""
    oauth_client_id: str = ""
    """The Alexa skill's OAuth client id; set = account linking is configured and required."""
    oauth_client_secret: str = field(default="", repr=False)
    oauth_client_secret_arn: str = ""
    """Secrets Manager secret holding ``oauth_client_secret`` (AWS)."""
    oauth_redirect_uris: tuple[str, ...] = ()
    oauth_client_auth: str = "client_secret_basic"
    oauth_scopes: tuple[str, ...] = ("wallet",)
    oauth_pkce_required: bool = True
    """Refuse an authorization request without a PKCE S256 challenge."""
    mail: str = "outbox"
    """How e-mail leaves: ``outbox`` (files in ``outbox_dir``, development) or ``smtp``."""
    outbox_dir: Path = Path("var/outbox")
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_user: str = ""
    smtp_password: str = field(default="", repr=False)
    mail_from: str = "echoppe@localhost"
    stripe_publishable_key: str = ""
    """``pk_...``: the page that mounts Stripe's Payment Element needs it."""

    @property
    def account_linking(self) -> bool:
        """Account linking is configured: the skill requires a linked account to pay."""
        return bool(self.oauth_client_id)

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
        on_lambda = bool(env.get("AWS_LAMBDA_FUNCTION_NAME"))
        if on_lambda and not env.get("ECHOPPE_GATEWAY"):
            # The sandbox approves without moving money: on Lambda it is never a silent default.
            raise SettingsError("ECHOPPE_GATEWAY must be set on Lambda: stripe, or sandbox to test")
        gateway = env.get("ECHOPPE_GATEWAY", "sandbox")
        if gateway not in ("sandbox", "stripe"):
            raise SettingsError(f"ECHOPPE_GATEWAY must be sandbox or stripe, not {gateway!r}")
        live = env.get("ECHOPPE_LIVE", "false").lower()
        if live not in ("true", "false"):
            raise SettingsError(f"ECHOPPE_LIVE must be true or false, not {live!r}")
        if live == "true" and gateway == "sandbox":
            raise SettingsError(
                "ECHOPPE_LIVE=true with the sandbox gateway would take orders without payment:"
                " set ECHOPPE_GATEWAY=stripe"
            )
        if live == "true" and not env.get("SKILL_ID"):
            raise SettingsError("ECHOPPE_LIVE=true needs SKILL_ID, the skill's id")
        public_url = env.get("ECHOPPE_PUBLIC_URL", "").rstrip("/")
        if public_url and not public_url.startswith("https://"):
            raise SettingsError(f"ECHOPPE_PUBLIC_URL must be an https:// URL, not {public_url!r}")
        metrics = env.get("ECHOPPE_METRICS", "emf" if on_lambda else "off")
        if metrics not in ("emf", "off"):
            raise SettingsError(f"ECHOPPE_METRICS must be emf or off, not {metrics!r}")
        linking = _linking_from_env(env)
        mail = env.get("ECHOPPE_MAIL", "outbox")
        if mail not in ("outbox", "smtp"):
            raise SettingsError(f"ECHOPPE_MAIL must be outbox or smtp, not {mail!r}")
        if mail == "smtp" and not env.get("ECHOPPE_SMTP_HOST"):
            raise SettingsError("ECHOPPE_MAIL=smtp needs ECHOPPE_SMTP_HOST")
        smtp_port = env.get("ECHOPPE_SMTP_PORT", "587")
        if not smtp_port.isdigit():
            raise SettingsError(f"ECHOPPE_SMTP_PORT must be a port number, not {smtp_port!r}")
        db_path = Path(env.get("ECHOPPE_DB", "var/echoppe.sqlite3"))
        return cls(
            content_dir=Path(env.get("ECHOPPE_CONTENT", str(DEFAULT_CONTENT))),
            skill_package=Path(env.get("ECHOPPE_SKILL_PACKAGE", str(DEFAULT_SKILL_PACKAGE))),
            store=store,
            db_path=db_path,
            table=env.get("ECHOPPE_TABLE", ""),
            region=env.get("AWS_REGION", env.get("AWS_DEFAULT_REGION", "")),
            dynamodb_endpoint=env.get("ECHOPPE_DYNAMODB_ENDPOINT", ""),
            skill_id=env.get("SKILL_ID", ""),
            pin_mode=pin_mode,
            pin_pepper=env.get("ECHOPPE_PIN_PEPPER", ""),
            pin_pepper_param=env.get("ECHOPPE_PIN_PEPPER_PARAM", ""),
            gateway=gateway,
            stripe_secret_arn=env.get("ECHOPPE_STRIPE_SECRET_ARN", ""),
            match_token=env.get("ECHOPPE_MATCH_TOKEN", ""),
            log_format=env.get("ECHOPPE_LOG_FORMAT", "text"),
            live=live == "true",
            metrics=metrics == "emf",
            metrics_namespace=env.get("ECHOPPE_METRICS_NAMESPACE", "echoppe"),
            public_url=public_url,
            web_secret=env.get("ECHOPPE_WEB_SECRET", ""),
            web_secret_param=env.get("ECHOPPE_WEB_SECRET_PARAM", ""),
            **linking,
            mail=mail,
            outbox_dir=Path(env.get("ECHOPPE_OUTBOX", str(db_path.parent / "outbox"))),
            smtp_host=env.get("ECHOPPE_SMTP_HOST", ""),
            smtp_port=int(smtp_port),
            smtp_user=env.get("ECHOPPE_SMTP_USER", ""),
            smtp_password=env.get("ECHOPPE_SMTP_PASSWORD", ""),
            mail_from=env.get("ECHOPPE_MAIL_FROM", "echoppe@localhost"),
            stripe_publishable_key=env.get("ECHOPPE_STRIPE_PUBLISHABLE_KEY", ""),
        )

    @property
    def models_dir(self) -> Path:
        """The interaction models, ``<locale>.json``, inside the skill package."""
        return self.skill_package / MODELS_SUBDIR


_CLIENT_AUTH = {"basic": "client_secret_basic", "post": "client_secret_post"}


def _linking_from_env(env: dict[str, str]) -> dict:
    """The OAuth client Alexa uses for account linking; empty when linking is not configured."""
    client_id = env.get("ECHOPPE_OAUTH_CLIENT_ID", "")
    uris = tuple(u for u in env.get("ECHOPPE_OAUTH_REDIRECT_URIS", "").replace(",", " ").split())
    auth = env.get("ECHOPPE_OAUTH_CLIENT_AUTH", "basic")
    scopes = tuple(env.get("ECHOPPE_OAUTH_SCOPES", "wallet").split())
    pkce = env.get("ECHOPPE_OAUTH_PKCE", "required")
    if pkce not in ("required", "optional"):
        raise SettingsError(f"ECHOPPE_OAUTH_PKCE must be required or optional, not {pkce!r}")
    if auth not in _CLIENT_AUTH:
        raise SettingsError(f"ECHOPPE_OAUTH_CLIENT_AUTH must be basic or post, not {auth!r}")
    if client_id:
        if not uris:
            raise SettingsError(
                "ECHOPPE_OAUTH_REDIRECT_URIS must list the Alexa redirect URLs (space-separated)"
            )
        for uri in uris:
            if not uri.startswith("https://"):
                raise SettingsError(f"ECHOPPE_OAUTH_REDIRECT_URIS: {uri!r} is not an https URL")
        if not (
            env.get("ECHOPPE_OAUTH_CLIENT_SECRET") or env.get("ECHOPPE_OAUTH_CLIENT_SECRET_ARN")
        ):
            raise SettingsError(
                "ECHOPPE_OAUTH_CLIENT_ID needs ECHOPPE_OAUTH_CLIENT_SECRET (or its _ARN on AWS)"
            )
    return {
        "oauth_client_id": client_id,
        "oauth_client_secret": env.get("ECHOPPE_OAUTH_CLIENT_SECRET", ""),
        "oauth_client_secret_arn": env.get("ECHOPPE_OAUTH_CLIENT_SECRET_ARN", ""),
        "oauth_redirect_uris": uris,
        "oauth_client_auth": _CLIENT_AUTH[auth],
        "oauth_scopes": scopes or ("wallet",),
        "oauth_pkce_required": pkce == "required",
    }
