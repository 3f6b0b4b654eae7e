"""Is this request from Alexa, for this skill, and fresh? A chain of small verifiers.

Each verifier checks one thing and raises one exception type; the web service runs them in order
and turns any ``RequestRejected`` into HTTP 400. Exceptions::

    VerificationException          (ask_sdk_webservice_support: SkillAdapter maps it to 400 too)
    └── RequestRejected            every rejection; ``code`` is a short machine-readable reason
        ├── NotAnEnvelope          the JSON is not an Alexa request envelope
        ├── SkillIdMismatch        the envelope is addressed to another skill
        ├── MissingHeader          SignatureCertChainUrl or Signature-256 is absent
        ├── BadCertUrl             the certificate URL breaks Amazon's rules
        ├── BadCertificate         unfetchable, unreadable, not valid now, no SAN, untrusted
        ├── BadSignature           Signature-256 does not match the raw body
        └── StaleRequest           the timestamp is more than 150 s away from now

Why not ask-sdk-webservice-support's own ``RequestVerifier``: it validates chains with
certvalidator on oscrypto (the broken import ``skill.compat`` works around), fetches the
certificate with ``urlopen`` and no timeout, keeps every URL ever seen in an unbounded dict, and
re-validates the chain on every request. Here ``cryptography`` does X.509 path validation
(``cryptography.x509.verification``) and the signature; the certificate fetch and the trust
roots are injected (HTTPS with a short timeout and the system roots in production, a dict and a
generated root in tests); validated certificates sit in a small LRU cache whose entries expire.
The classes implement ``AbstractVerifier``, so they also plug into flask-ask-sdk's
``SkillAdapter(verifiers=[...])``.
"""

from __future__ import annotations

import base64
import binascii
import http.client
import logging
import posixpath
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.x509.verification import DNSName, PolicyBuilder, Store, VerificationError

from skill.certificates import fetch_https, system_trust_roots
from skill.compat import AbstractVerifier, VerificationException, verifier_constants

log = logging.getLogger("echoppe.verification")

Clock = Callable[[], float]
"""Returns Unix seconds; ``time.time`` in production, a settable fake in tests."""

Fetch = Callable[[str], bytes]
"""Returns the PEM certificate chain found at a URL, or raises ``OSError``/``ValueError``."""

CERT_URL_HEADER = "SignatureCertChainUrl"
SIGNATURE_HEADER = "Signature-256"
CERT_HOST = "s3.amazonaws.com"
CERT_PATH_PREFIX = "/echo.api/"
CERT_SAN = "echo-api.amazon.com"
TOLERANCE_SECONDS = 150.0
SKILL_EVENT_TOLERANCE_SECONDS = 3600.0
"""Alexa delivers skill events (enabled, disabled, account linked…) up to an hour late."""
SKILL_EVENT_TYPES = frozenset(verifier_constants.ALEXA_SKILL_EVENT_LIST)


class RequestRejected(VerificationException):
    """A request the web service refuses; ``str(exc)`` is a short message safe to log and return.

    Messages never quote the request: no body, no header values.
    """

    code = "rejected"


class NotAnEnvelope(RequestRejected):
    code = "not_an_envelope"


class SkillIdMismatch(RequestRejected):
    code = "wrong_skill"


class MissingHeader(RequestRejected):
    code = "missing_header"


class BadCertUrl(RequestRejected):
    code = "bad_certificate_url"


class BadCertificate(RequestRejected):
    code = "bad_certificate"


class BadSignature(RequestRejected):
    code = "bad_signature"


class StaleRequest(RequestRejected):
    code = "stale_request"


def header(headers: Mapping[str, Any], name: str) -> str | None:
    """A header's value, whatever the case of its name (Flask headers or a plain dict)."""
    value = headers.get(name)
    if value is None:
        lowered = name.lower()
        value = next((v for k, v in headers.items() if k.lower() == lowered), None)
    return value if value else None


class EnvelopeVerifier(AbstractVerifier):
    """The body must be a request envelope: version, request type, id and timestamp, context.

    ask-sdk deserialises ``{}`` or ``[]`` into an empty ``RequestEnvelope``; handlers would then
    fail on ``None`` and answer 500. Runs always, in dev mode too.
    """

    def verify(
        self, headers: Any, serialized_request_env: str, deserialized_request_env: Any
    ) -> None:
        envelope = deserialized_request_env
        request = getattr(envelope, "request", None)
        context = getattr(envelope, "context", None)
        if (
            not getattr(envelope, "version", None)
            or request is None
            or not getattr(request, "object_type", None)
            or not getattr(request, "request_id", None)
            or getattr(request, "timestamp", None) is None
            or getattr(context, "system", None) is None
        ):
            raise NotAnEnvelope("body is not an Alexa request envelope")


class SkillIdVerifier(AbstractVerifier):
    """The envelope's application id (context, and session when present) is this skill's id.

    ask-sdk's ``CustomSkill.invoke`` makes the same check but raises ``AskSdkException``, which
    web frameworks answer with 500; checking here first makes it a 400. Runs always.
    """

    def __init__(self, skill_id: str) -> None:
        self.skill_id = skill_id

    def verify(
        self, headers: Any, serialized_request_env: str, deserialized_request_env: Any
    ) -> None:
        envelope = deserialized_request_env
        ids = [_application_id(getattr(envelope, "context", None))]
        if getattr(envelope, "session", None) is not None:
            ids.append(
                getattr(getattr(envelope.session, "application", None), "application_id", None)
            )
        if any(application_id != self.skill_id for application_id in ids):
            raise SkillIdMismatch("request is for another skill")


def _application_id(context: Any) -> str | None:
    system = getattr(context, "system", None)
    return getattr(getattr(system, "application", None), "application_id", None)


class HeadersVerifier(AbstractVerifier):
    """Both signature headers are present and non-empty."""

    def verify(
        self, headers: Any, serialized_request_env: str, deserialized_request_env: Any
    ) -> None:
        for name in (CERT_URL_HEADER, SIGNATURE_HEADER):
            if header(headers, name) is None:
                raise MissingHeader(f"missing header {name}")


def check_cert_url(url: str) -> None:
    """Amazon's rules for ``SignatureCertChainUrl``; raises ``BadCertUrl``.

    https (any case), host ``s3.amazonaws.com`` (any case), port absent or 443, path starting with
    ``/echo.api/`` (this case) once ``.`` and ``..`` are resolved. Credentials in the URL are
    refused too: Amazon never sends them and they make host parsing ambiguous.
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise BadCertUrl("certificate URL is malformed") from exc
    if parts.scheme.lower() != "https":
        raise BadCertUrl("certificate URL is not https")
    if (parts.hostname or "").lower() != CERT_HOST or parts.username or parts.password:
        raise BadCertUrl(f"certificate URL host is not {CERT_HOST}")
    if port not in (None, 443):
        raise BadCertUrl("certificate URL port is not 443")
    if not posixpath.normpath(parts.path or "/").startswith(CERT_PATH_PREFIX):
        raise BadCertUrl(f"certificate URL path does not start with {CERT_PATH_PREFIX}")


class CertUrlVerifier(AbstractVerifier):
    """``SignatureCertChainUrl`` follows Amazon's rules (see ``check_cert_url``)."""

    def verify(
        self, headers: Any, serialized_request_env: str, deserialized_request_env: Any
    ) -> None:
        url = header(headers, CERT_URL_HEADER)
        if url is None:
            raise BadCertUrl(f"missing header {CERT_URL_HEADER}")
        check_cert_url(url)


@dataclass(frozen=True)
class _Entry:
    certificate: x509.Certificate
    expires_at: float


class CertificateCache:
    """Validated signing certificates by URL: at most ``maxsize`` entries, least recently used
    evicted first, each dropped after ``ttl`` seconds or when a certificate of its chain expires.
    Thread-safe (the web server is threaded)."""

    def __init__(self, *, maxsize: int = 32, ttl: float = 3600.0, clock: Clock = time.time) -> None:
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self.maxsize = maxsize
        self.ttl = ttl
        self._clock = clock
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, url: str) -> x509.Certificate | None:
        with self._lock:
            entry = self._entries.get(url)
            if entry is None:
                return None
            if entry.expires_at <= self._clock():
                del self._entries[url]
                return None
            self._entries.move_to_end(url)
            return entry.certificate

    def put(self, url: str, certificate: x509.Certificate, *, not_after: float) -> None:
        """Keep ``certificate`` until ``ttl`` from now, or ``not_after`` if sooner."""
        expires_at = min(self._clock() + self.ttl, not_after)
        with self._lock:
            self._entries[url] = _Entry(certificate, expires_at)
            self._entries.move_to_end(url)
            while len(self._entries) > self.maxsize:
                self._entries.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)


class CertificateVerifier(AbstractVerifier):
    """The chain at ``SignatureCertChainUrl`` is valid now, its leaf names ``echo-api.amazon.com``
    in its SAN, and it chains to a trusted root. The validated leaf is cached by URL.

    Runs after ``CertUrlVerifier``: it fetches whatever URL it is given.
    """

    def __init__(
        self,
        *,
        trust_roots: Sequence[x509.Certificate],
        fetch: Fetch,
        clock: Clock = time.time,
        cache: CertificateCache | None = None,
    ) -> None:
        if not trust_roots:
            raise ValueError("trust_roots is empty: no certificate could ever be trusted")
        self._store = Store(list(trust_roots))
        self._fetch = fetch
        self._clock = clock
        self.cache = cache if cache is not None else CertificateCache(clock=clock)

    @classmethod
    def production(cls, *, clock: Clock = time.time) -> CertificateVerifier:
        """System trust roots, HTTPS fetch with a 3 s timeout, 32-entry cache."""
        return cls(trust_roots=system_trust_roots(), fetch=fetch_https, clock=clock)

    def verify(
        self, headers: Any, serialized_request_env: str, deserialized_request_env: Any
    ) -> None:
        url = header(headers, CERT_URL_HEADER)
        if url is None:
            raise BadCertificate(f"missing header {CERT_URL_HEADER}")
        self.certificate_for(url)

    def certificate_for(self, url: str) -> x509.Certificate:
        """The validated signing certificate at ``url``; raises ``BadCertificate``."""
        certificate = self.cache.get(url)
        if certificate is not None:
            return certificate
        try:
            chain = x509.load_pem_x509_certificates(self._fetch(url))
        except (OSError, http.client.HTTPException, ValueError) as exc:
            # OSError covers timeouts, TLS and HTTP errors; ValueError unreadable PEM. The message
            # names neither the URL nor the body (attacker-chosen text stays out of the log).
            raise BadCertificate("certificate chain could not be fetched or read") from exc
        leaf, intermediates = chain[0], chain[1:]
        now = datetime.fromtimestamp(self._clock(), UTC)
        if not leaf.not_valid_before_utc <= now <= leaf.not_valid_after_utc:
            raise BadCertificate("signing certificate is not valid now")
        if not _san_has(leaf, CERT_SAN):
            raise BadCertificate(f"signing certificate SAN lacks {CERT_SAN}")
        if not isinstance(leaf.public_key(), RSAPublicKey):
            raise BadCertificate("signing certificate key is not RSA")
        verifier = (
            PolicyBuilder().store(self._store).time(now).build_server_verifier(DNSName(CERT_SAN))
        )
        try:
            path = verifier.verify(leaf, intermediates)
        except VerificationError as exc:
            raise BadCertificate("signing certificate does not chain to a trusted root") from exc
        not_after = min(cert.not_valid_after_utc for cert in path).timestamp()
        self.cache.put(url, leaf, not_after=not_after)
        return leaf


def _san_has(certificate: x509.Certificate, name: str) -> bool:
    try:
        san = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName)
    except x509.ExtensionNotFound:
        return False
    return name in (dns.lower() for dns in san.value.get_values_for_type(x509.DNSName))


class SignatureVerifier(AbstractVerifier):
    """``Signature-256`` is the RSA PKCS#1 v1.5 SHA-256 signature of the raw body by the
    certificate at ``SignatureCertChainUrl``.

    It takes the certificate from ``certificates``, which has validated (and cached) it one step
    earlier in the chain; used alone it would raise ``BadCertificate`` for a bad chain.
    """

    def __init__(self, certificates: CertificateVerifier) -> None:
        self._certificates = certificates

    def verify(
        self, headers: Any, serialized_request_env: str, deserialized_request_env: Any
    ) -> None:
        url = header(headers, CERT_URL_HEADER)
        encoded = header(headers, SIGNATURE_HEADER)
        if url is None or encoded is None:
            raise BadSignature("missing signature headers")
        try:
            signature = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise BadSignature("Signature-256 is not base64") from exc
        key = self._certificates.certificate_for(url).public_key()
        if not isinstance(key, RSAPublicKey):  # CertificateVerifier admits RSA keys only
            raise BadSignature("signing key is not RSA")
        try:
            key.verify(signature, serialized_request_env.encode("utf-8"), PKCS1v15(), SHA256())
        except InvalidSignature as exc:
            raise BadSignature("Signature-256 does not match the body") from exc


class TimestampVerifier(AbstractVerifier):
    """``request.timestamp`` is within 150 s of now, either way (an hour for skill events)."""

    def __init__(self, *, clock: Clock = time.time, tolerance: float = TOLERANCE_SECONDS) -> None:
        self._clock = clock
        self.tolerance = tolerance

    def verify(
        self, headers: Any, serialized_request_env: str, deserialized_request_env: Any
    ) -> None:
        request = getattr(deserialized_request_env, "request", None)
        stamp = getattr(request, "timestamp", None)
        if not isinstance(stamp, datetime):
            raise StaleRequest("request has no timestamp")
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=UTC)
        skew = abs(self._clock() - stamp.timestamp())
        tolerance = self.tolerance
        if getattr(request, "object_type", None) in SKILL_EVENT_TYPES:
            tolerance = max(tolerance, SKILL_EVENT_TOLERANCE_SECONDS)
        if skew > tolerance:
            raise StaleRequest(f"request timestamp is more than {tolerance:.0f} s from now")


def build_chain(
    *,
    skill_id: str | None,
    certificates: CertificateVerifier | None,
    clock: Clock = time.time,
) -> list[AbstractVerifier]:
    """The verifiers in the order they run, cheapest first.

    The envelope and skill-id checks always run. With ``certificates`` (production), the
    signature checks and the timestamp run too; ``None`` means dev mode: no signature, no clock.
    """
    chain: list[AbstractVerifier] = [EnvelopeVerifier()]
    if skill_id:
        chain.append(SkillIdVerifier(skill_id))
    if certificates is not None:
        chain += [
            HeadersVerifier(),
            CertUrlVerifier(),
            TimestampVerifier(clock=clock),
            certificates,
            SignatureVerifier(certificates),
        ]
    return chain
