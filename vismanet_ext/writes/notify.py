"""The value of the ``erp-api-background`` header, validated before any request.

Visma accepts ``none`` (fire and forget), ``subscription`` (webhook event
BACKGROUND_API_RESPONSE set up in the Developer Portal), ``subscription:k=v,..``
(the pairs come back as headers on that webhook) and, deprecated but still
working, an absolute URL to post the notification to.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import urlsplit

from ..errors import InvalidArgument

__all__ = ["HEADER", "Notify", "notify_header"]

HEADER = "erp-api-background"

#: ``"none"``, ``"subscription"``, ``"subscription:k=v,..."``, a mapping of webhook headers, or an http(s) URL.
Notify = str | Mapping[str, object]

# The pairs become HTTP header names on the webhook call, so keys must be header tokens.
_TOKEN = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")


def _pairs(pairs: Mapping[str, object]) -> str:
    if not pairs:
        raise InvalidArgument("notify mapping is empty; use notify='subscription' for no custom headers")
    parts: list[str] = []
    for key, raw in pairs.items():
        if not isinstance(key, str) or not _TOKEN.match(key):
            raise InvalidArgument(
                f"notify key {key!r} must be a non-empty HTTP header name (letters, digits, - _ . and no '=' or ',')"
            )
        value = str(raw)
        if any(c in value for c in ",=\r\n") or not value.isprintable() or not value.isascii():
            raise InvalidArgument(
                f"notify value {value!r} for {key!r} must be printable ASCII without ',' or '='"
            )
        parts.append(f"{key}={value}")
    return ",".join(parts)


def _parse_pairs(text: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for item in text.split(","):
        key, sep, value = item.partition("=")
        if not sep:
            raise InvalidArgument(f"notify pair {item!r} is not of the form name=value")
        pairs[key.strip()] = value.strip()
    return pairs


def notify_header(notify: Notify) -> str:
    """Turn the ``notify=`` argument into the header value, or raise ``InvalidArgument``.

    >>> notify_header({"orderRef": "A-17", "batch": 3})
    'subscription:orderRef=A-17,batch=3'
    """
    if isinstance(notify, Mapping):
        return "subscription:" + _pairs(notify)
    if not isinstance(notify, str):
        raise InvalidArgument(f"notify must be a string or a mapping, not {type(notify).__name__}")
    text = notify.strip()
    lowered = text.lower()
    if lowered == "none":
        return "none"
    if lowered == "subscription":
        return "subscription"
    if lowered.startswith("subscription:"):
        return "subscription:" + _pairs(_parse_pairs(text[len("subscription:") :]))
    if "://" in text:
        url = urlsplit(text)
        if url.scheme not in ("http", "https") or not url.hostname:
            raise InvalidArgument(f"notify URL {text!r} must be an absolute http(s) URL")
        if any(c.isspace() for c in text) or not text.isascii():
            raise InvalidArgument(f"notify URL {text!r} contains spaces or non-ASCII characters; percent-encode it")
        try:
            _ = url.port
        except ValueError as exc:
            raise InvalidArgument(f"notify URL {text!r} has an invalid port") from exc
        return text
    raise InvalidArgument(
        f"notify={notify!r} is not 'none', 'subscription', 'subscription:name=value,...', a mapping or an http(s) URL"
    )
