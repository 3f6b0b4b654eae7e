"""Alexa request verification, one verifier at a time (Amazon's rules, in its own examples)."""

from __future__ import annotations

import json

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope

from skill.certificates import fetch_https, system_trust_roots
from skill.verification import (
    BadCertificate,
    BadCertUrl,
    BadSignature,
    CertificateCache,
    CertificateVerifier,
    EnvelopeVerifier,
    HeadersVerifier,
    MissingHeader,
    NotAnEnvelope,
    SignatureVerifier,
    SkillIdMismatch,
    SkillIdVerifier,
    StaleRequest,
    TimestampVerifier,
    build_chain,
    check_cert_url,
)
from tests.fixtures.certs import (
    CERT_URL,
    NOW,
    SKILL_ID,
    AlexaSigner,
    body_of,
    envelope,
)

OTHER_SKILL = "amzn1.ask.skill.99999999-8888-7777-6666-555555555555"


def parse(document: dict) -> RequestEnvelope:
    return DefaultSerializer().deserialize(payload=json.dumps(document), obj_type=RequestEnvelope)


def run(verifier, document: dict, headers: dict | None = None, body: bytes | None = None) -> None:
    body = body_of(document) if body is None else body
    verifier.verify(
        headers=headers or {},
        serialized_request_env=body.decode("utf-8"),
        deserialized_request_env=parse(document),
    )


class TestCertificateUrl:
    @pytest.mark.parametrize(
        "url",
        [
            "https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
            "https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem",
            "https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem",
            "HTTPS://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem",
        ],
        ids=["plain", "port 443", "dot-dot back into echo.api", "scheme and host in capitals"],
    )
    def test_amazon_urls_are_accepted(self, url: str) -> None:
        check_cert_url(url)

    @pytest.mark.parametrize(
        ("url", "reason"),
        [
            ("http://s3.amazonaws.com/echo.api/echo-api-cert.pem", "not https"),
            ("https://notamazon.com/echo.api/echo-api-cert.pem", "host"),
            ("https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem", "path"),
            ("https://s3.amazonaws.com/ECHO.API/echo-api-cert.pem", "path"),
            ("https://s3.amazonaws.com/invalid.path/echo-api-cert.pem", "path"),
            ("https://s3.amazonaws.com/echo.api/../other/echo-api-cert.pem", "path"),
            ("https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem", "port"),
            ("https://s3.amazonaws.com@evil.example/echo.api/echo-api-cert.pem", "host"),
            ("https://evil.example/s3.amazonaws.com/echo.api/echo-api-cert.pem", "host"),
            ("https://s3.amazonaws.com:https/echo.api/echo-api-cert.pem", "malformed"),
            ("", "not https"),
        ],
        ids=[
            "http",
            "other host",
            "mixed-case path",
            "ECHO.API",
            "other directory",
            "dot-dot out of echo.api",
            "port 563",
            "credentials hiding the host",
            "host in the path",
            "non-numeric port",
            "empty",
        ],
    )
    def test_other_urls_are_rejected(self, url: str, reason: str) -> None:
        with pytest.raises(BadCertUrl, match=reason):
            check_cert_url(url)


class TestCertificate:
    def test_a_valid_chain_gives_its_signing_certificate(self, certificates, pki) -> None:
        assert certificates.certificate_for(CERT_URL) == pki.valid.certificate

    @pytest.mark.parametrize(
        ("leaf", "reason"),
        [
            ("expired", "not valid now"),
            ("not_yet_valid", "not valid now"),
            ("no_san", "SAN lacks echo-api.amazon.com"),
            ("wildcard_san", "SAN lacks echo-api.amazon.com"),
            ("untrusted", "does not chain to a trusted root"),
        ],
    )
    def test_bad_signing_certificates_are_rejected(
        self, certificates, fetch, pki, leaf: str, reason: str
    ) -> None:
        fetch.chains[CERT_URL] = pki.chain_pem(getattr(pki, leaf))
        with pytest.raises(BadCertificate, match=reason):
            certificates.certificate_for(CERT_URL)

    def test_a_chain_missing_its_intermediate_is_untrusted(self, certificates, fetch, pki) -> None:
        fetch.chains[CERT_URL] = pki.valid.pem()
        with pytest.raises(BadCertificate, match="does not chain to a trusted root"):
            certificates.certificate_for(CERT_URL)

    def test_a_certificate_expired_by_now_is_rejected_even_if_it_was_cached(
        self, certificates, fetch, pki, clock
    ) -> None:
        certificates.certificate_for(CERT_URL)
        clock.now = pki.valid.certificate.not_valid_after_utc.timestamp() + 1
        with pytest.raises(BadCertificate, match="not valid now"):
            certificates.certificate_for(CERT_URL)
        assert len(fetch.calls) == 2

    @pytest.mark.parametrize("served", [None, b"", b"not a certificate"])
    def test_unfetchable_or_unreadable_chains_are_rejected(
        self, certificates, fetch, served: bytes | None
    ) -> None:
        if served is None:
            del fetch.chains[CERT_URL]
        else:
            fetch.chains[CERT_URL] = served
        with pytest.raises(BadCertificate, match="could not be fetched or read"):
            certificates.certificate_for(CERT_URL)

    def test_the_production_fetch_refuses_plain_http_before_connecting(self) -> None:
        with pytest.raises(ValueError, match="https only"):
            fetch_https("http://127.0.0.1:9/echo.api/cert.pem", timeout=0.01)

    def test_the_production_trust_store_holds_the_system_roots(self) -> None:
        roots = system_trust_roots()
        assert len(roots) > 20
        assert all(root.issuer == root.subject for root in roots[:20])


class TestCertificateCache:
    def test_a_validated_chain_is_fetched_once(self, certificates, fetch) -> None:
        for _ in range(5):
            certificates.certificate_for(CERT_URL)
        assert fetch.calls == [CERT_URL]

    def test_entries_expire_after_the_ttl(self, pki, fetch, clock) -> None:
        clock.now = NOW
        cache = CertificateCache(ttl=600, clock=clock)
        certificates = CertificateVerifier(
            trust_roots=[pki.root.certificate], fetch=fetch, clock=clock, cache=cache
        )
        certificates.certificate_for(CERT_URL)
        clock.advance(599)
        certificates.certificate_for(CERT_URL)
        assert len(fetch.calls) == 1
        clock.advance(2)
        certificates.certificate_for(CERT_URL)
        assert len(fetch.calls) == 2

    def test_the_cache_is_bounded_and_evicts_the_least_recently_used(
        self, pki, fetch, clock
    ) -> None:
        clock.now = NOW
        urls = [f"https://s3.amazonaws.com/echo.api/cert-{n}.pem" for n in range(3)]
        for url in urls:
            fetch.chains[url] = pki.chain_pem(pki.valid)
        certificates = CertificateVerifier(
            trust_roots=[pki.root.certificate],
            fetch=fetch,
            clock=clock,
            cache=CertificateCache(maxsize=2, clock=clock),
        )
        certificates.certificate_for(urls[0])
        certificates.certificate_for(urls[1])
        certificates.certificate_for(urls[0])  # urls[1] is now the least recently used
        certificates.certificate_for(urls[2])  # evicts urls[1]
        assert len(certificates.cache) == 2
        fetch.calls.clear()
        certificates.certificate_for(urls[0])
        certificates.certificate_for(urls[2])
        assert fetch.calls == []
        certificates.certificate_for(urls[1])
        assert fetch.calls == [urls[1]]

    def test_the_default_cache_holds_32_certificates(self, certificates) -> None:
        assert certificates.cache.maxsize == 32

    def test_rejected_chains_are_not_cached(self, certificates, fetch, pki) -> None:
        fetch.chains[CERT_URL] = pki.chain_pem(pki.untrusted)
        for _ in range(2):
            with pytest.raises(BadCertificate):
                certificates.certificate_for(CERT_URL)
        assert len(fetch.calls) == 2


class TestSignature:
    def document(self) -> dict:
        return envelope(NOW)

    def test_a_body_signed_by_the_certificate_passes(self, certificates, pki) -> None:
        body = body_of(self.document())
        run(SignatureVerifier(certificates), self.document(), AlexaSigner(pki.valid).headers(body))

    def test_a_tampered_body_is_rejected(self, certificates, pki) -> None:
        body = body_of(self.document())
        headers = AlexaSigner(pki.valid).headers(body)
        tampered = body.replace(b"LaunchRequest", b"SessionEndedRequest")
        assert tampered != body
        with pytest.raises(BadSignature, match="does not match"):
            run(SignatureVerifier(certificates), self.document(), headers, body=tampered)

    def test_a_signature_by_another_key_is_rejected(self, certificates, pki) -> None:
        body = body_of(self.document())
        headers = AlexaSigner(pki.valid).headers(body)
        forged = AlexaSigner(pki.untrusted_root).signature(body)
        with pytest.raises(BadSignature, match="does not match"):
            run(
                SignatureVerifier(certificates),
                self.document(),
                headers | {"Signature-256": forged},
            )

    def test_a_signature_that_is_not_base64_is_rejected(self, certificates, pki) -> None:
        headers = {"SignatureCertChainUrl": CERT_URL, "Signature-256": "not base64!"}
        with pytest.raises(BadSignature, match="not base64"):
            run(SignatureVerifier(certificates), self.document(), headers)

    @pytest.mark.parametrize("missing", ["SignatureCertChainUrl", "Signature-256"])
    def test_both_headers_are_required(self, pki, missing: str) -> None:
        headers = AlexaSigner(pki.valid).headers(body_of(self.document()))
        del headers[missing]
        with pytest.raises(MissingHeader, match=missing):
            run(HeadersVerifier(), self.document(), headers)

    def test_header_names_are_case_insensitive(self, pki) -> None:
        headers = AlexaSigner(pki.valid).headers(body_of(self.document()))
        run(HeadersVerifier(), self.document(), {k.lower(): v for k, v in headers.items()})


class TestTimestamp:
    @pytest.mark.parametrize("age", [0, 150, -150])
    def test_within_150_seconds_either_way_passes(self, clock, age: float) -> None:
        clock.now = NOW
        run(TimestampVerifier(clock=clock), envelope(NOW - age))

    @pytest.mark.parametrize("age", [151, -151, 3600])
    def test_beyond_150_seconds_either_way_is_rejected(self, clock, age: float) -> None:
        clock.now = NOW
        with pytest.raises(StaleRequest, match="more than 150 s"):
            run(TimestampVerifier(clock=clock), envelope(NOW - age))

    def test_skill_events_may_be_an_hour_late(self, clock) -> None:
        clock.now = NOW
        verifier = TimestampVerifier(clock=clock)
        run(verifier, envelope(NOW - 3000, request_type="AlexaSkillEvent.SkillEnabled"))
        with pytest.raises(StaleRequest, match="more than 3600 s"):
            run(verifier, envelope(NOW - 3601, request_type="AlexaSkillEvent.SkillEnabled"))

    def test_a_request_without_timestamp_is_rejected(self, clock) -> None:
        document = envelope(NOW)
        del document["request"]["timestamp"]
        with pytest.raises(StaleRequest, match="no timestamp"):
            run(TimestampVerifier(clock=clock), document)


class TestEnvelopeAndSkillId:
    @pytest.mark.parametrize("drop", ["version", "request", "context"])
    def test_an_envelope_needs_version_request_and_context(self, drop: str) -> None:
        document = envelope(NOW)
        del document[drop]
        with pytest.raises(NotAnEnvelope):
            run(EnvelopeVerifier(), document)

    def test_an_empty_object_is_not_an_envelope(self) -> None:
        with pytest.raises(NotAnEnvelope):
            run(EnvelopeVerifier(), {})

    def test_a_complete_envelope_passes(self) -> None:
        run(EnvelopeVerifier(), envelope(NOW))

    def test_the_skill_id_must_match(self) -> None:
        run(SkillIdVerifier(SKILL_ID), envelope(NOW))
        with pytest.raises(SkillIdMismatch):
            run(SkillIdVerifier(SKILL_ID), envelope(NOW, skill_id=OTHER_SKILL))

    def test_the_session_skill_id_must_match_too(self) -> None:
        document = envelope(NOW)
        document["session"]["application"] = {"applicationId": OTHER_SKILL}
        with pytest.raises(SkillIdMismatch):
            run(SkillIdVerifier(SKILL_ID), document)


class TestChain:
    def test_production_checks_envelope_skill_headers_url_time_certificate_signature(
        self, certificates
    ) -> None:
        chain = build_chain(skill_id=SKILL_ID, certificates=certificates)
        assert [type(v).__name__ for v in chain] == [
            "EnvelopeVerifier",
            "SkillIdVerifier",
            "HeadersVerifier",
            "CertUrlVerifier",
            "TimestampVerifier",
            "CertificateVerifier",
            "SignatureVerifier",
        ]

    def test_dev_mode_still_checks_the_envelope_and_the_skill_id(self) -> None:
        chain = build_chain(skill_id=SKILL_ID, certificates=None)
        assert [type(v).__name__ for v in chain] == ["EnvelopeVerifier", "SkillIdVerifier"]

    def test_without_a_skill_id_there_is_no_skill_id_check(self) -> None:
        assert "SkillIdVerifier" not in {
            type(v).__name__ for v in build_chain(skill_id="", certificates=None)
        }
