"""Scrubbing of secrets from anything the SDK shows a human: exception text, reprs and log lines.

Two layers, because either alone misses cases: patterns catch secrets by *shape* (``Authorization``
headers, ``client_secret=`` form fields, ``"access_token": "..."`` JSON, ``user:password@`` in URLs,
secret headers in httpcore's raw header lists), and a small registry catches secrets by *value* (the auth
objects register their client secret and every token they obtain), so a server that echoes a token
inside an arbitrary error message is still scrubbed.

Which registered values are replaced (the rule, also in the README):

* 12 characters or more: everywhere, also inside other text.
* 4 to 11 characters: wherever the value stands alone (not part of a longer run of letters, digits or
  ``-._~``), unless it is a plain lowercase word (``a-z`` only): such a value cannot be a generated
  credential, and hiding it would blank ordinary words (the sandbox's demo secret is ``sandbox``, also
  its host name).
* 1 to 3 characters: never (no credential is that short; hiding it would mangle every message).

`scrub_record` applies the same to a `logging.LogRecord`; `vismanet_ext.transports.log` installs it as
a filter on the ``httpx`` and ``httpcore`` loggers whenever the client is imported.
"""

from __future__ import annotations

import logging
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
# JSON ("access_token": "...") and Python reprs ('access_token': '...').
_JSON_RE = re.compile(rf"""(?i)((["'])(?:{_FIELDS})\2\s*:\s*)(["'])(?:(?!\3)[^\\]|\\.)*\3""")
# userinfo in a URL: https://user:password@host -> https://[REDACTED]@host
_USERINFO_RE = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^/\s@?#'\"]+@")
_HEADER_NAMES = "authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key|ocp-apim-subscription-key"
# httpcore's DEBUG log prints raw header lists: (b'Set-Cookie', b'session=...')
_HEADER_TUPLE_RE = re.compile(rf"""(?i)(\(b?(["'])(?:{_HEADER_NAMES})\2,\s*b?)(["'])(?:(?!\3)[^\\]|\\.)*\3""")
# "Authorization: ..." lines and {'authorization': '...'} mappings
_HEADER_LINE_RE = re.compile(
    rf"""(?im)((?<![A-Za-z0-9_-])["']?(?:{_HEADER_NAMES})["']?\s*:\s*)(?:(["'])(?:(?!\2)[^\\]|\\.)*\2|[^\r\n]+)"""
)
# A credential (RFC 7235 token68) after the scheme; "Bearer error=..." challenges are left alone.
_SCHEME_RE = re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9\-._~+/]+=*(?![^\s,;\"'])")

# See the module docs for the rule.
_MIN_SECRET_LEN = 12  # replaced everywhere from this length
_MIN_WORD_SECRET_LEN = 4  # replaced where it stands alone from this length
_PLAIN_WORD = re.compile(r"[a-z]+\Z")
_WORD_CHARS = r"A-Za-z0-9\-._~"
_MAX_SECRETS = 256
_secrets: deque[str] = deque(maxlen=_MAX_SECRETS)
_short_secrets: deque[tuple[str, re.Pattern[str]]] = deque(maxlen=_MAX_SECRETS)
_secrets_lock = threading.Lock()


def register_secret(value: str) -> None:
    """Remember a secret value so `scrub` hides it (bounded, newest kept; which values: module docs)."""
    if not isinstance(value, str):
        return
    value = value.strip()
    if len(value) >= _MIN_SECRET_LEN:
        with _secrets_lock:
            if value not in _secrets:
                _secrets.append(value)
        return
    if len(value) < _MIN_WORD_SECRET_LEN or _PLAIN_WORD.match(value):
        return
    pattern = re.compile(rf"(?<![{_WORD_CHARS}]){re.escape(value)}(?![{_WORD_CHARS}])")
    with _secrets_lock:
        if all(known != value for known, _ in _short_secrets):
            _short_secrets.append((value, pattern))


def scrub(text: str) -> str:
    """Return `text` with every known secret and every secret-shaped field replaced by ``[REDACTED]``."""
    if not text:
        return text
    # Shapes first: a registered value that happens to be part of a field name ("secret" inside
    # "client_secret=") must not break the pattern that hides the field's value.
    text = _FORM_RE.sub(lambda m: f"{m.group(1)}={REDACTED}", text)
    text = _JSON_RE.sub(lambda m: f"{m.group(1)}{m.group(3)}{REDACTED}{m.group(3)}", text)
    text = _HEADER_TUPLE_RE.sub(lambda m: f"{m.group(1)}{m.group(3)}{REDACTED}{m.group(3)}", text)
    text = _HEADER_LINE_RE.sub(lambda m: f"{m.group(1)}{m.group(2) or ''}{REDACTED}{m.group(2) or ''}", text)
    text = _SCHEME_RE.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    text = _USERINFO_RE.sub(lambda m: f"{m.group(1)}{REDACTED}@", text)
    with _secrets_lock:
        known = sorted(_secrets, key=len, reverse=True)
        short = sorted(_short_secrets, key=lambda item: len(item[0]), reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, REDACTED)
    for secret, pattern in short:
        if secret in text:
            text = pattern.sub(REDACTED, text)
    return text


def scrub_record(record: logging.LogRecord) -> None:
    """Scrub a log record in place: its message (arguments merged in) and any exception text."""
    try:
        message = record.getMessage()
    except (TypeError, ValueError, KeyError):  # a broken format string: leave it to logging's own error handling
        return
    clean = scrub(message)
    if clean != message or record.args:
        record.msg, record.args = clean, None
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = scrub(record.exc_text)
    if record.stack_info:
        record.stack_info = scrub(record.stack_info)


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
