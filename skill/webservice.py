"""The skill as a web service: ``POST /alexa`` (verified) and ``GET /health``, on Flask.

A request goes: size limit → UTF-8 → JSON → ``RequestEnvelope`` → verifier chain
(``skill.verification``) → ``skill.invoke`` → JSON response. Every rejection along the way is an
HTTP 400 with ``{"error": code, "message": short text}``; the log gets the same code and message,
never the body or a header value (envelopes carry access tokens).

Why the view runs the chain itself instead of ``SkillAdapter(...).dispatch_request()``: the
adapter deserialises first and answers any ``AskSdkException`` with 500, so malformed JSON, an
unknown request type or a wrong skill id become server errors; and it logs those exceptions with
``exc_info``, where ask-sdk's ``SerializationException`` message embeds the whole body. The
verifiers still implement flask-ask-sdk's ``AbstractVerifier`` (``tests/skill`` checks they work
inside ``SkillAdapter``), and ``skill.compat`` keeps flask-ask-sdk importable.

Verification is on by default; ``verify=False`` is for ``echoppe serve --dev`` only, which must
call ``warn_dev_mode()``. The skill-id check runs in both modes.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from typing import Any, TextIO

from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.skill import CustomSkill
from ask_sdk_model import RequestEnvelope
from flask import Flask, Response, jsonify, request
from werkzeug.exceptions import InternalServerError, RequestEntityTooLarge

from skill.compat import VerificationException
from skill.settings import SettingsError
from skill.verification import CertificateVerifier, Clock, RequestRejected, build_chain

log = logging.getLogger("echoppe.webservice")  # not __name__: that is Flask's app.logger

MAX_BODY = 1024 * 1024
"""Alexa's requests weigh a few kilobytes; 1 MiB bounds what an unverified sender makes us parse."""

DEV_MODE_WARNING = (
    "WARNING: dev mode: Alexa request signatures and timestamps are NOT verified. "
    "Anyone who can reach this port can act as any Alexa user. Never expose it to the internet."
)


def warn_dev_mode(stream: TextIO | None = None) -> None:
    """Print the dev-mode warning (to stderr by default). The CLI calls it for ``--dev``."""
    print(DEV_MODE_WARNING, file=stream if stream is not None else sys.stderr, flush=True)


def create_app(
    skill: CustomSkill,
    *,
    verify: bool = True,
    max_body: int = MAX_BODY,
    certificates: CertificateVerifier | None = None,
    clock: Clock = time.time,
) -> Flask:
    """A Flask app serving ``skill``.

    ``verify``: check the signature, the certificate and the timestamp (the default).
    ``max_body``: larger bodies are rejected with 400 before they are read.
    ``certificates``: how certificates are fetched, trusted and cached; by default the system
    roots, an HTTPS fetch and a 32-entry cache (tests inject their own root and a dict).
    ``clock``: Unix seconds, for the timestamp check.

    The skill id to enforce is the skill's own (``SkillBuilder.skill_id``). With ``verify`` it
    must be set: a signed request is genuine Alexa traffic, but maybe for another skill.
    """
    if not verify and certificates is not None:
        raise ValueError("certificates given but verify=False: nothing would check them")
    if verify and not getattr(skill, "skill_id", None):
        raise SettingsError(
            "SKILL_ID must be set (amzn1.ask.skill....): the web service answers only its skill"
        )
    if verify and certificates is None:
        certificates = CertificateVerifier.production(clock=clock)
    if not verify:
        log.warning("Alexa request verification is OFF (dev mode)")
    chain = build_chain(
        skill_id=getattr(skill, "skill_id", None), certificates=certificates, clock=clock
    )

    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = max_body

    @app.get("/health")
    def health() -> Response:
        return jsonify(status="ok", verify=verify)

    @app.post("/alexa")
    def alexa() -> Response | tuple[Response, int]:
        body = request.get_data(cache=False)
        try:
            text = body.decode("utf-8")
            parsed = json.loads(text)
        except (UnicodeDecodeError, ValueError, RecursionError):
            return _reject("not_json", "body is not JSON")
        if not isinstance(parsed, dict):
            return _reject("not_an_envelope", "body is not an Alexa request envelope")
        try:
            envelope = skill.serializer.deserialize(payload=text, obj_type=RequestEnvelope)
        except (SerializationException, ValueError, TypeError, RecursionError):
            # The exception's message quotes the body: it is not logged.
            return _reject("not_an_envelope", "body is not an Alexa request envelope")
        try:
            for verifier in chain:
                verifier.verify(
                    headers=dict(request.headers),
                    serialized_request_env=text,
                    deserialized_request_env=envelope,
                )
        except RequestRejected as exc:
            return _reject(exc.code, str(exc))
        except VerificationException:
            return _reject("rejected", "request failed verification")
        response = skill.invoke(request_envelope=envelope, context=None)
        return jsonify(skill.serializer.serialize(response))

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(_: RequestEntityTooLarge) -> tuple[Response, int]:
        return _reject("body_too_large", f"body is larger than {max_body} bytes")

    @app.errorhandler(InternalServerError)
    def internal(_: InternalServerError) -> tuple[Response, int]:
        # Flask has already logged the traceback; the caller learns nothing about it.
        return jsonify(error="internal", message="the skill failed"), 500

    return app


def _reject(code: str, message: str) -> tuple[Response, int]:
    log.info("rejected Alexa request: %s: %s", code, message)
    body: dict[str, Any] = {"error": code, "message": message}
    return jsonify(body), 400
