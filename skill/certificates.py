"""Where the certificates come from: the chain fetched over HTTPS (no redirects, a short
timeout, a size cap) and the operating system's trust roots. ``skill.verification`` checks
requests against them; tests inject a dict and a generated root instead."""

from __future__ import annotations

import logging
import os
import ssl
import urllib.request
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.utils import CryptographyDeprecationWarning

log = logging.getLogger("echoppe.verification")

MAX_CHAIN_BYTES = 64 * 1024


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def fetch_https(url: str, *, timeout: float = 3.0) -> bytes:
    """GET ``url`` over verified TLS: no redirects, ``timeout`` per socket operation, at most
    64 KiB. Alexa waits about 8 s for the whole turn, so a slow S3 must not hold it."""
    if urlsplit(url).scheme.lower() != "https":
        raise ValueError("certificate chains are fetched over https only")
    opener = urllib.request.build_opener(
        _NoRedirect, urllib.request.HTTPSHandler(context=ssl.create_default_context())
    )
    with opener.open(url, timeout=timeout) as response:
        data = response.read(MAX_CHAIN_BYTES + 1)
    if len(data) > MAX_CHAIN_BYTES:
        raise ValueError("certificate chain is larger than 64 KiB")
    return data


_BUNDLES = (
    "/etc/ssl/certs/ca-certificates.crt",  # Debian, Ubuntu, Alpine
    "/etc/pki/tls/certs/ca-bundle.crt",  # Amazon Linux, Fedora, RHEL (and Lambda)
    "/etc/ssl/cert.pem",  # macOS, BSD
)


def system_trust_roots() -> list[x509.Certificate]:
    """The operating system's root certificates (``SSL_CERT_FILE`` first, certifi last).

    Certificates ``cryptography`` cannot parse are skipped, not fatal: one odd legacy root must
    not take the service down.
    """
    paths = ssl.get_default_verify_paths()
    candidates: list[str | None] = [
        os.environ.get("SSL_CERT_FILE"),
        paths.cafile,
        paths.openssl_cafile,
        *_BUNDLES,
    ]
    try:
        import certifi

        candidates.append(certifi.where())
    except ImportError:
        pass
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            roots = list(_parse_bundle(Path(candidate).read_bytes()))
            if roots:
                return roots
    raise RuntimeError("no CA bundle found: set SSL_CERT_FILE to a PEM file of trusted roots")


def _parse_bundle(data: bytes) -> Iterable[x509.Certificate]:
    end = b"-----END CERTIFICATE-----"
    for block in data.split(end)[:-1]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", CryptographyDeprecationWarning)
            try:
                yield x509.load_pem_x509_certificate(block + end)
            except ValueError:
                log.debug("skipped an unparseable root certificate")
