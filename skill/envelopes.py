"""Real Alexa request envelopes (the JSON Alexa sends), for the simulator, the tests and the bench."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

APPLICATION_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def envelope(
    request: dict[str, Any],
    *,
    user_id: str,
    session_id: str | None,
    new: bool = False,
    attributes: dict[str, Any] | None = None,
    person_id: str | None = None,
    application_id: str = APPLICATION_ID,
    access_token: str | None = None,
    person_token: str | None = None,
) -> dict[str, Any]:
    """A whole request envelope around ``request``; ``session_id=None`` sends no session.
    ``access_token``: the linked account's token, as Alexa sends it once the shopper linked
    (``person_token``: a recognised voice profile's own)."""
    user: dict[str, Any] = {"userId": user_id}
    if access_token:
        user["accessToken"] = access_token
    system: dict[str, Any] = {
        "application": {"applicationId": application_id},
        "user": user,
        "device": {"deviceId": "amzn1.ask.device.SIMULATOR", "supportedInterfaces": {}},
        "apiEndpoint": "https://api.amazonalexa.com",
    }
    if person_id:
        system["person"] = {"personId": person_id}
        if person_token:
            system["person"]["accessToken"] = person_token
    body: dict[str, Any] = {"version": "1.0", "context": {"System": system}, "request": request}
    if session_id is not None:
        body["session"] = {
            "new": new,
            "sessionId": session_id,
            "application": {"applicationId": application_id},
            "user": user,
            "attributes": attributes or {},
        }
    return body


def _base(kind: str, locale: str) -> dict[str, Any]:
    return {
        "type": kind,
        "requestId": f"amzn1.echo-api.request.{uuid.uuid4()}",
        "timestamp": _now(),
        "locale": locale,
    }


def launch_request(locale: str) -> dict[str, Any]:
    return _base("LaunchRequest", locale)


def session_ended_request(locale: str, reason: str = "USER_INITIATED") -> dict[str, Any]:
    return {**_base("SessionEndedRequest", locale), "reason": reason}


def intent_request(
    locale: str, name: str, slots: dict[str, dict[str, Any]] | None = None
) -> dict[str, Any]:
    """``slots`` maps a slot name to ``{"value": ..., "id": ..., "authority": ...}``; an ``id``
    adds an ER_SUCCESS_MATCH resolution as Alexa does for custom slot types."""
    rendered = {}
    for slot_name, spec in (slots or {}).items():
        slot: dict[str, Any] = {"name": slot_name, "confirmationStatus": "NONE"}
        if spec.get("value") is not None:
            slot["value"] = spec["value"]
        if spec.get("type"):
            authority = f"amzn1.er-authority.echo-sdk.{APPLICATION_ID}.{spec['type']}"
            if spec.get("id"):
                resolution = {
                    "authority": authority,
                    "status": {"code": "ER_SUCCESS_MATCH"},
                    "values": [
                        {"value": {"name": spec.get("name", spec["value"]), "id": spec["id"]}}
                    ],
                }
            else:
                resolution = {"authority": authority, "status": {"code": "ER_SUCCESS_NO_MATCH"}}
            slot["resolutions"] = {"resolutionsPerAuthority": [resolution]}
        rendered[slot_name] = slot
    return {
        **_base("IntentRequest", locale),
        "dialogState": "COMPLETED",
        "intent": {"name": name, "confirmationStatus": "NONE", "slots": rendered},
    }


def session_resumed_request(locale: str, status: str, token: str = "") -> dict[str, Any]:
    """Alexa's answer after a Connections.StartConnection (e.g. AMAZON.VerifyPerson)."""
    return {
        **_base("SessionResumedRequest", locale),
        "cause": {
            "type": "ConnectionCompleted",
            "token": token,
            "status": {"code": "200", "message": "OK"},
            "result": {"status": status},
        },
    }
