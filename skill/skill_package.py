"""The ASK CLI skill package, generated from the content: what `ask deploy` uploads.

``skill-package/skill.json`` (the manifest: store listing per locale, privacy and compliance,
permissions) and ``skill-package/interactionModels/custom/<locale>.json`` are written by
``echoppe models build`` and compared by ``echoppe models check``. Account linking is not part of
a skill package (SMAPI manages it apart): when the settings configure it (``ECHOPPE_OAUTH_CLIENT_ID``
and ``ECHOPPE_PUBLIC_URL``, where ``web.oauth`` serves ``/oauth/authorize`` and ``/oauth/token``),
the request body for ``ask smapi update-account-linking-info`` is written to
``infrastructure/account-linking.json``, without the client secret, given at upload time.

The endpoint belongs to the deployer: ``ask deploy`` writes the function's ARN into the local
``skill.json``, so a build keeps ``apis.custom.endpoint``/``regions`` as they are and a check
ignores them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from content.model import Content, LocaleSettings
from skill.interaction_model import build_all, build_model, check_all, normalise
from skill.settings import MODELS_SUBDIR, Settings

MANIFEST_FILE = "skill.json"
ACCOUNT_LINKING_FILE = Path("infrastructure") / "account-linking.json"
"""Relative to the skill package's parent folder (the project root)."""
AUTHORIZE_PATH = "/oauth/authorize"
TOKEN_PATH = "/oauth/token"
_TOKEN_SCHEMES = {
    "client_secret_basic": "HTTP_BASIC",
    "client_secret_post": "REQUEST_BODY_CREDENTIALS",
}
PERMISSIONS = ("alexa::person_id:read", "alexa::authenticate:2:optional")
"""Recognised speakers (state per person), and Alexa's own voice PIN (``AMAZON.VerifyPerson``)
as an option beside the wallet PIN (``ECHOPPE_PIN_MODE=alexa``)."""
_DEPLOYER_KEYS = ("endpoint", "regions")
_LAUNCH = {"en-US": ("open", "ask"), "fr-FR": ("ouvre", "demande à")}
"""Per locale: the words that open a skill, and those that ask it something directly."""
_TESTING = (
    "Link an account, then say: 'how do I remove a wine stain', 'add the stain remover to my "
    "cart', 'check out'. The PIN of the test wallet is in the certification notes."
)

JsonObject = dict[str, Any]


def manifest(content: Content, deployed: JsonObject | None = None) -> JsonObject:
    """``skill.json`` for ``content``; ``deployed`` is the current file, whose endpoint is kept."""
    settings = content.settings
    publishing: JsonObject = {}
    legal: JsonObject = {}
    for locale in content.locales:
        local = settings.locales[locale]
        publishing[locale] = _listing(local)
        pages = _legal_pages(local)
        if pages:
            legal[locale] = pages
    privacy: JsonObject = {
        "allowsPurchases": True,
        "usesPersonalInfo": True,
        "isChildDirected": False,
        "isExportCompliant": True,
        "containsAds": False,
    }
    if legal:
        privacy["locales"] = legal
    custom: JsonObject = {"interfaces": []}
    old_custom = ((deployed or {}).get("manifest", {}).get("apis") or {}).get("custom") or {}
    custom.update({key: old_custom[key] for key in _DEPLOYER_KEYS if key in old_custom})
    return {
        "manifest": {
            "manifestVersion": "1.0",
            "publishingInformation": {
                "locales": publishing,
                "isAvailableWorldwide": False,
                "distributionCountries": sorted({loc.split("-")[1] for loc in content.locales}),
                "category": settings.category,
                "testingInstructions": _TESTING,
            },
            "privacyAndCompliance": privacy,
            "permissions": [{"name": name} for name in PERMISSIONS],
            "apis": {"custom": custom},
        }
    }


def _listing(local: LocaleSettings) -> JsonObject:
    listing = local.listing
    summary = (listing.summary if listing else "") or local.skill_name
    opening, _ = _LAUNCH.get(local.locale, _LAUNCH["en-US"])
    info: JsonObject = {
        "name": local.skill_name,
        "summary": summary,
        "description": (listing.description if listing else "") or summary,
        "examplePhrases": [
            f"Alexa, {opening} {local.invocation_name}",
            *(listing.examples if listing else ()),
        ],
    }
    if listing and listing.keywords:
        info["keywords"] = list(listing.keywords)
    return info


def _legal_pages(local: LocaleSettings) -> JsonObject:
    listing = local.listing
    pages: JsonObject = {}
    if listing and listing.privacy_url:
        pages["privacyPolicyUrl"] = listing.privacy_url
    if listing and listing.terms_url:
        pages["termsOfUseUrl"] = listing.terms_url
    return pages


def account_linking_request(settings: Settings) -> JsonObject | None:
    """SMAPI's ``accountLinkingRequest`` (authorization code grant, without the secret), or
    ``None`` when account linking is not configured."""
    if not settings.account_linking:
        return None
    if not settings.public_url:
        raise ValueError("account linking needs ECHOPPE_PUBLIC_URL, where the web pages are")
    return {
        "accountLinkingRequest": {
            "type": "AUTH_CODE",
            "authorizationUrl": settings.public_url + AUTHORIZE_PATH,
            "accessTokenUrl": settings.public_url + TOKEN_PATH,
            "clientId": settings.oauth_client_id,
            "scopes": list(settings.oauth_scopes),
            "domains": [urlsplit(settings.public_url).hostname or ""],
            "accessTokenScheme": _TOKEN_SCHEMES[settings.oauth_client_auth],
            "skipOnEnablement": False,
        }
    }


def render(data: JsonObject) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _read_json(path: Path) -> JsonObject | None:
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return loaded if isinstance(loaded, dict) else None


def build_package(content: Content, settings: Settings) -> list[Path]:
    """Write the manifest, the interaction models and (when configured) the account linking."""
    package_dir = settings.skill_package
    written = build_all(content, package_dir / MODELS_SUBDIR)
    manifest_path = package_dir / MANIFEST_FILE
    manifest_path.write_text(render(manifest(content, _read_json(manifest_path))), encoding="utf-8")
    written.append(manifest_path)
    linking = account_linking_request(settings)
    if linking is not None:
        path = package_dir.parent / ACCOUNT_LINKING_FILE
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(linking), encoding="utf-8")
        written.append(path)
    return written


def check_package(content: Content, settings: Settings) -> list[str]:
    """Problems with the committed package: stale or missing files, a manifest SMAPI's model
    rejects, example phrases Alexa would not recognise, models against Alexa's rules."""
    package_dir = settings.skill_package
    problems = check_all(content, package_dir / MODELS_SUBDIR)
    manifest_path = package_dir / MANIFEST_FILE
    current = _read_json(manifest_path)
    expected = manifest(content, current)
    if current is None:
        problems.append(f"{manifest_path}: missing or not JSON; run `echoppe models build`")
    elif current != expected:
        problems.append(
            f"{manifest_path}: differs from what the content generates; run `echoppe models build`"
        )
    try:
        problems += [f"{manifest_path}: {p}" for p in validate_manifest(expected)]
    except ModuleNotFoundError:
        problems.append(f"{manifest_path}: cannot validate: install requirements-dev.txt")
    problems += [f"{manifest_path}: {p}" for p in check_examples(content)]
    try:
        linking = account_linking_request(settings)
    except ValueError as exc:
        return [*problems, str(exc)]
    if linking is not None:
        path = package_dir.parent / ACCOUNT_LINKING_FILE
        if _read_json(path) != linking:
            problems.append(f"{path}: missing or stale; run `echoppe models build`")
        problems += [f"{path}: {p}" for p in validate_account_linking(linking)]
    return problems


def check_examples(content: Content) -> list[str]:
    """Each merchant example must be "Alexa, <ask> <invocation> <an utterance of the model>",
    with slot values the model's slot types hold (Alexa's certification rule)."""
    problems = []
    for locale in content.locales:
        local = content.settings.locales[locale]
        if local.listing is None or not local.listing.examples:
            continue
        _, asking = _LAUNCH.get(locale, _LAUNCH["en-US"])
        prefix = normalise(f"alexa {asking} {local.invocation_name}") + " "
        understood = _utterances(content, locale)
        for example in local.listing.examples:
            said = normalise(example)
            if not said.startswith(prefix):
                problems.append(
                    f"{locale}: example {example!r} must start with "
                    f"'Alexa, {asking} {local.invocation_name}'"
                )
            elif not understood(said[len(prefix) :]):
                problems.append(f"{locale}: example {example!r} matches no sample utterance")
    return problems


def _utterances(content: Content, locale: str) -> Callable[[str], bool]:
    """Whether the model would understand ``text``: a sample whose slots hold known values."""
    language = build_model(content, locale)["interactionModel"]["languageModel"]
    values = {
        slot_type["name"]: {
            normalise(text)
            for value in slot_type["values"]
            for text in [value["name"]["value"], *value["name"].get("synonyms", [])]
        }
        for slot_type in language["types"]
    }
    samples: list[tuple[re.Pattern[str], dict[str, str]]] = []
    for intent in language["intents"]:
        types = {slot["name"]: slot["type"] for slot in intent.get("slots", [])}
        for sample in intent["samples"]:
            parts = re.split(r"(\{\w+\})", normalise(sample))
            if not "".join(p for p in parts if not p.startswith("{")).strip():
                continue  # a bare slot ("{pin}") says nothing an example could be checked on
            regex = "".join(
                f"(?P<{p[1:-1]}>.+?)" if p.startswith("{") else re.escape(p) for p in parts
            )
            samples.append((re.compile(regex), types))

    def understood(text: str) -> bool:
        for pattern, types in samples:
            match = pattern.fullmatch(text)
            if match and all(
                types.get(slot, "").startswith("AMAZON.")
                or value in values.get(types.get(slot, ""), set())
                for slot, value in match.groupdict().items()
            ):
                return True
        return False

    return understood


def validate_manifest(data: JsonObject) -> list[str]:
    """Load the manifest into ask-smapi-model's ``SkillManifestEnvelope`` (offline): a value
    outside an enumeration fails, and a field the model does not know is reported."""
    from ask_smapi_model.v1.skill.manifest.skill_manifest_envelope import SkillManifestEnvelope

    return _round_trip(data, SkillManifestEnvelope)


def validate_account_linking(linking: JsonObject) -> list[str]:
    from ask_smapi_model.v1.skill.account_linking.account_linking_request import (
        AccountLinkingRequest,
    )

    return _round_trip(linking, AccountLinkingRequest)


def _round_trip(data: JsonObject, model: type) -> list[str]:
    from ask_sdk_core.exceptions import SerializationException
    from ask_sdk_core.serialize import DefaultSerializer

    serializer = DefaultSerializer()
    try:
        loaded = serializer.deserialize(json.dumps(data), model)
    except SerializationException as exc:
        return [f"not a valid {model.__name__}: {exc}"]
    return [
        f"{field}: not a field of {model.__name__}"
        for field in _unknown(data, serializer.serialize(loaded))
    ]


def _unknown(given: Any, kept: Any, where: str = "") -> list[str]:
    """Paths present in ``given`` and dropped by the model's round trip."""
    if isinstance(given, dict) and isinstance(kept, dict):
        found = []
        for key, value in given.items():
            path = f"{where}.{key}" if where else key
            if key not in kept:
                found.append(path)
            else:
                found += _unknown(value, kept[key], path)
        return found
    if isinstance(given, list) and isinstance(kept, list):
        return [
            p
            for i, (a, b) in enumerate(zip(given, kept, strict=False))
            for p in _unknown(a, b, f"{where}[{i}]")
        ]
    return []
