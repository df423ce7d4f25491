"""Scrubbing of secrets from anything the SDK shows a human: exception text, reprs and log lines.

Two layers, because either alone misses cases: patterns catch secrets by *shape* (``Authorization``
headers, ``client_secret=`` form fields, ``"access_token": "..."`` JSON), and a small registry catches
secrets by *value* (the auth objects register their client secret and every token they obtain), so a
server that echoes a token inside an arbitrary error message is still scrubbed.
"""

from __future__ import annotations

import re
import threading
from collections import deque
from collections.abc import Mapping, Sequence

import httpx

REDACTED = "[REDACTED]"

#: Header names whose values are always hidden, request or response.
SECRET_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "api-key",
        "ocp-apim-subscription-key",
    }
)

#: Form, query and JSON field names whose values are always hidden.
SECRET_FIELDS = (
    "client_secret",
    "access_token",
    "refresh_token",
    "id_token",
    "client_assertion",
    "password",
)

_FIELDS = "|".join(SECRET_FIELDS)
_FORM_RE = re.compile(rf"(?i)(?<![A-Za-z0-9_])({_FIELDS})=([^&\s\"']*)")
_JSON_RE = re.compile(rf'(?i)("(?:{_FIELDS})"\s*:\s*)"(?:[^"\\]|\\.)*"')
# A credential (RFC 7235 token68) after the scheme; "Bearer error=..." challenges are left alone.
_SCHEME_RE = re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9\-._~+/]+=*(?![^\s,;\"'])")

# Values shorter than this are not registered: replacing them everywhere would mangle ordinary text
# (a test client's secret "sandbox" would blank out the sandbox's host name). Real Visma secrets and
# tokens are far longer; short ones are still caught by the patterns.
_MIN_SECRET_LEN = 12
_MAX_SECRETS = 256
_secrets: deque[str] = deque(maxlen=_MAX_SECRETS)
_secrets_lock = threading.Lock()


def register_secret(value: str) -> None:
    """Remember a secret value so `scrub` hides it wherever it appears (bounded, newest kept)."""
    if not isinstance(value, str) or len(value) < _MIN_SECRET_LEN:
        return
    with _secrets_lock:
        if value not in _secrets:
            _secrets.append(value)


def scrub(text: str) -> str:
    """Return `text` with every known secret and every secret-shaped field replaced by ``[REDACTED]``."""
    if not text:
        return text
    # Shapes first: a registered value that happens to be part of a field name ("secret" inside
    # "client_secret=") must not break the pattern that hides the field's value.
    text = _FORM_RE.sub(lambda m: f"{m.group(1)}={REDACTED}", text)
    text = _JSON_RE.sub(lambda m: f'{m.group(1)}"{REDACTED}"', text)
    text = _SCHEME_RE.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    with _secrets_lock:
        known = sorted(_secrets, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


def redact_url(url: httpx.URL | str) -> str:
    """The URL as text without userinfo and with secret query parameters hidden."""
    try:
        parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        return scrub(str(url))
    if parsed.userinfo:
        parsed = parsed.copy_with(username=None, password=None)
    return scrub(str(parsed))


def redact_headers(
    headers: httpx.Headers | Mapping[str, str] | Sequence[tuple[str, str]] | None,
) -> httpx.Headers:
    """A copy of `headers` safe to keep on an exception or print."""
    source = httpx.Headers(headers or {})
    return httpx.Headers(
        [
            (name, REDACTED if name.lower() in SECRET_HEADERS else scrub(value))
            for name, value in source.multi_items()
        ]
    )
