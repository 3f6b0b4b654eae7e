"""The web service over Flask's test client: Alexa's signed requests get answers, everything else
gets a 400 with a reason, and nothing from the request reaches the log."""

from __future__ import annotations

import io
import logging
from dataclasses import replace

import pytest
from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_core.utils import is_request_type
from flask import Flask

from skill.compat import SkillAdapter
from skill.verification import build_chain
from skill.webservice import DEV_MODE_WARNING, MAX_BODY, create_app, warn_dev_mode
from tests.fixtures.certs import (
    CERT_URL,
    NOW,
    SKILL_ID,
    AlexaSigner,
    Pki,
    body_of,
    envelope,
)

OTHER_SKILL = "amzn1.ask.skill.99999999-8888-7777-6666-555555555555"
SECRET = "Atza|secret-access-token"


class Launch(AbstractRequestHandler):
    def can_handle(self, handler_input):
        return is_request_type("LaunchRequest")(handler_input)

    def handle(self, handler_input):
        return handler_input.response_builder.speak("Welcome to the test shop.").response


def test_skill(skill_id: str | None = SKILL_ID):
    """A one-handler skill; the real one comes from ``skill.app.build_skill``."""
    builder = SkillBuilder()
    builder.skill_id = skill_id
    builder.add_request_handler(Launch())
    return builder.create()


test_skill.__test__ = False  # a factory, not a test


@pytest.fixture
def client(certificates, clock):
    return create_app(test_skill(), certificates=certificates, clock=clock).test_client()


@pytest.fixture
def alexa(pki: Pki) -> AlexaSigner:
    return AlexaSigner(pki.valid)


def post(client, body: bytes, headers: dict[str, str] | None = None):
    return client.post("/alexa", data=body, headers=headers or {})


def assert_rejected(response, code: str) -> None:
    assert (response.status_code, response.get_json()["error"]) == (400, code)


class TestSignedRequests:
    def test_a_correctly_signed_request_is_answered(self, client, alexa) -> None:
        body = body_of(envelope(NOW))
        response = post(client, body, alexa.headers(body))
        assert response.status_code == 200
        speech = response.get_json()["response"]["outputSpeech"]["ssml"]
        assert "Welcome to the test shop." in speech

    def test_the_certificate_is_fetched_once_for_many_requests(self, client, alexa, fetch) -> None:
        for _ in range(10):
            body = body_of(envelope(NOW))
            assert post(client, body, alexa.headers(body)).status_code == 200
        assert fetch.calls == [CERT_URL]

    def test_health_answers_without_verification(self, client) -> None:
        response = client.get("/health")
        assert (response.status_code, response.get_json()) == (
            200,
            {"status": "ok", "verify": True},
        )


def test_by_default_verification_is_on_with_the_system_roots() -> None:
    client = create_app(test_skill()).test_client()
    assert client.get("/health").get_json() == {"status": "ok", "verify": True}


class TestRejections:
    """Every rejection is a 400 naming its reason; none is a 500."""

    @pytest.mark.parametrize(
        ("body", "code"),
        [
            (b'{"version": "1.0", "request": ', "not_json"),
            (b"\xff\xfe not utf-8", "not_json"),
            (b"hello", "not_json"),
            (b"", "not_json"),
            (b"[1, 2]", "not_an_envelope"),
            (b'"text"', "not_an_envelope"),
            (b'{"hello": "world"}', "not_an_envelope"),
            (b"[" * 100_000, "not_json"),
        ],
        ids=["truncated", "not utf-8", "text", "empty", "array", "string", "object", "deep"],
    )
    def test_bodies_that_are_not_envelopes(self, client, alexa, body: bytes, code: str) -> None:
        assert_rejected(post(client, body, alexa.headers(body)), code)

    def test_an_unknown_request_type(self, client, alexa) -> None:
        body = body_of(envelope(NOW, request_type="Future.UnknownRequest"))
        assert_rejected(post(client, body, alexa.headers(body)), "not_an_envelope")

    def test_a_body_over_one_mebibyte(self, client, alexa) -> None:
        document = envelope(NOW)
        document["padding"] = "x" * MAX_BODY
        body = body_of(document)
        assert_rejected(post(client, body, alexa.headers(body)), "body_too_large")

    @pytest.mark.parametrize("missing", ["SignatureCertChainUrl", "Signature-256"])
    def test_a_missing_signature_header(self, client, alexa, missing: str) -> None:
        body = body_of(envelope(NOW))
        headers = alexa.headers(body)
        del headers[missing]
        assert_rejected(post(client, body, headers), "missing_header")

    def test_a_tampered_body(self, client, alexa) -> None:
        body = body_of(envelope(NOW))
        headers = alexa.headers(body)
        assert_rejected(
            post(client, body.replace(b"TESTUSER", b"OTHERUSR"), headers), "bad_signature"
        )

    @pytest.mark.parametrize("leaf", ["expired", "no_san", "untrusted"])
    def test_a_bad_signing_certificate(self, client, fetch, pki, leaf: str) -> None:
        fetch.chains[CERT_URL] = pki.chain_pem(getattr(pki, leaf))
        body = body_of(envelope(NOW))
        assert_rejected(
            post(client, body, AlexaSigner(getattr(pki, leaf)).headers(body)), "bad_certificate"
        )

    def test_a_certificate_url_off_amazon(self, client, fetch, pki) -> None:
        url = "https://s3.amazonaws.com:563/echo.api/echo-api-cert-test.pem"
        fetch.chains[url] = pki.chain_pem(pki.valid)
        body = body_of(envelope(NOW))
        assert_rejected(
            post(client, body, AlexaSigner(pki.valid, url).headers(body)), "bad_certificate_url"
        )
        assert fetch.calls == []

    def test_a_request_151_seconds_old(self, client, alexa) -> None:
        body = body_of(envelope(NOW - 151))
        assert_rejected(post(client, body, alexa.headers(body)), "stale_request")

    def test_a_request_150_seconds_old_is_still_answered(self, client, alexa) -> None:
        body = body_of(envelope(NOW - 150))
        assert post(client, body, alexa.headers(body)).status_code == 200

    def test_a_request_for_another_skill(self, client, alexa) -> None:
        body = body_of(envelope(NOW, skill_id=OTHER_SKILL))
        assert_rejected(post(client, body, alexa.headers(body)), "wrong_skill")

    def test_rejections_never_log_the_request(self, client, alexa, caplog) -> None:
        caplog.set_level(logging.DEBUG)
        body = body_of(envelope(NOW, access_token=SECRET))
        headers = alexa.headers(body)
        post(client, body.replace(b"TESTUSER", b"OTHERUSR"), headers)
        post(client, body[:-1], headers)
        post(client, body_of(envelope(NOW, access_token=SECRET, request_type="Nope")), headers)
        assert "bad_signature" in caplog.text
        assert SECRET not in caplog.text
        assert headers["Signature-256"] not in caplog.text


class TestRealSkill:
    """The same guarantees with echoppe's own skill (``skill.app.build_skill``)."""

    @pytest.fixture
    def real_client(self, settings, sqlite_store, certificates, clock):
        from skill.app import build_skill

        skill = build_skill(replace(settings, skill_id=SKILL_ID), store=sqlite_store, clock=clock)
        return create_app(skill, certificates=certificates, clock=clock).test_client()

    def test_a_signed_launch_request_is_answered(self, real_client, alexa) -> None:
        body = body_of(envelope(NOW))
        response = post(real_client, body, alexa.headers(body))
        assert response.status_code == 200, response.get_json()
        assert response.get_json()["response"]["outputSpeech"]["ssml"]

    def test_a_request_for_another_skill_is_a_400_not_a_500(self, real_client, alexa) -> None:
        body = body_of(envelope(NOW, skill_id=OTHER_SKILL))
        assert_rejected(post(real_client, body, alexa.headers(body)), "wrong_skill")

    def test_a_tampered_body_is_rejected(self, real_client, alexa) -> None:
        body = body_of(envelope(NOW))
        headers = alexa.headers(body)
        assert_rejected(
            post(real_client, body.replace(b"TESTUSER", b"OTHERUSR"), headers), "bad_signature"
        )


class TestSkillFailures:
    def test_a_skill_that_cannot_handle_a_request_answers_500_without_details(
        self, certificates, clock, alexa
    ) -> None:
        client = create_app(test_skill(), certificates=certificates, clock=clock).test_client()
        body = body_of(envelope(NOW, request_type="SessionEndedRequest"))
        response = post(client, body, alexa.headers(body))
        assert (response.status_code, response.get_json()) == (
            500,
            {"error": "internal", "message": "the skill failed"},
        )


class TestDevMode:
    @pytest.fixture
    def dev(self):
        return create_app(test_skill(), verify=False).test_client()

    def test_unsigned_requests_are_answered(self, dev) -> None:
        response = post(dev, body_of(envelope(NOW - 10_000)))
        assert response.status_code == 200

    def test_the_skill_id_is_still_checked(self, dev) -> None:
        assert_rejected(post(dev, body_of(envelope(NOW, skill_id=OTHER_SKILL))), "wrong_skill")

    def test_envelopes_are_still_checked(self, dev) -> None:
        assert_rejected(post(dev, b'{"hello": "world"}'), "not_an_envelope")

    def test_health_says_verification_is_off(self, dev) -> None:
        assert dev.get("/health").get_json()["verify"] is False

    def test_creating_a_dev_app_logs_a_warning(self, caplog) -> None:
        with caplog.at_level(logging.WARNING, logger="echoppe.webservice"):
            create_app(test_skill(), verify=False)
        assert "verification is OFF" in caplog.text

    def test_the_cli_warning_is_loud(self) -> None:
        stream = io.StringIO()
        warn_dev_mode(stream)
        assert stream.getvalue() == DEV_MODE_WARNING + "\n"
        assert "NOT verified" in DEV_MODE_WARNING

    def test_certificates_without_verification_is_a_mistake(self, certificates) -> None:
        with pytest.raises(ValueError, match="verify=False"):
            create_app(test_skill(), verify=False, certificates=certificates)


class TestSkillAdapterInterop:
    """The verifiers also work inside flask-ask-sdk's own ``SkillAdapter``."""

    @pytest.fixture
    def adapter_client(self, certificates, clock):
        app = Flask(__name__)
        # Off: these two keys add ask-sdk's oscrypto-based verifiers; ours replace them.
        app.config.update(ASK_SDK_VERIFY_SIGNATURE=False, ASK_SDK_VERIFY_TIMESTAMP=False)
        chain = build_chain(skill_id=SKILL_ID, certificates=certificates, clock=clock)
        SkillAdapter(skill=test_skill(), skill_id=SKILL_ID, verifiers=chain, app=app).register(
            app, "/alexa"
        )
        return app.test_client()

    def test_signed_is_answered_tampered_is_400(self, adapter_client, alexa) -> None:
        body = body_of(envelope(NOW))
        headers = alexa.headers(body)
        assert post(adapter_client, body, headers).status_code == 200
        tampered = body.replace(b"TESTUSER", b"OTHERUSR")
        assert post(adapter_client, tampered, headers).status_code == 400
