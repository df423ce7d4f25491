"""Receiving Visma webhooks: verify the signature, parse the notification, send the feedback.

Visma's Developer Portal signs each webhook message: "hashing the utf-8 message with the HMAC SHA-256
algorithm, and encoding it with base64 to compare with the signature sent in the header", with the
signature key generated for the subscription (docs.vismasoftware.no, Visma Net API, "Setup webhooks for your
application"; the Business NXT page says the same). Those pages do **not** name the header, so it is a
parameter everywhere here; :data:`DEFAULT_SIGNATURE_HEADER` is our assumption, not a documented name —
check a real delivery (or the Developer Portal) and pass ``header=`` if yours differs.

::

    from vismanet_ext.webhooks import parse_webhook, send_webhook_feedback

    def receive(headers, raw_body: bytes):            # in your web framework's handler
        note = parse_webhook(raw_body, headers=headers, secret=os.environ["VISMA_WEBHOOK_SECRET"])
        ...                                           # WebhookSignatureError -> answer 401, do nothing
        send_webhook_feedback(vn, note, success=True, description="imported")

Verify the **raw bytes** as received: re-serialised JSON has other bytes and never matches. Comparison is
constant-time (``hmac.compare_digest``). The notification body's field names are not in the docs we have
either; the parser looks for the usual spellings (``notificationId``/``id``, ``event``/``eventType``,
``tenantId``, ``entity``/``resource``, ``entityId``/``key``, ``timestamp``) case-insensitively and keeps the
whole body in ``data``, so nothing is lost when Visma's names differ. ``POST /v1/webhooknotificationfeedback``
(``WebhookNotificationFeedbackDto``: notificationId, source, description, isSuccess) tells Visma whether the
notification was consumed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import InvalidArgument, VismaNetError

__all__ = [
    "DEFAULT_SIGNATURE_HEADER",
    "FEEDBACK_OPERATION",
    "WebhookNotification",
    "WebhookParseError",
    "WebhookSignatureError",
    "asend_webhook_feedback",
    "parse_webhook",
    "send_webhook_feedback",
    "sign_webhook",
    "verify_webhook",
]

#: Our assumption for the signature header's name (Visma's pages we have do not name it): pass ``header=``.
DEFAULT_SIGNATURE_HEADER = "X-Visma-Signature"
#: The feedback operation, by its id in the generated operation index.
FEEDBACK_OPERATION = "WebhookNotificationFeedback_Post"
DEFAULT_FEEDBACK_SOURCE = "vismanet-python"

Secret = str | bytes


class WebhookSignatureError(VismaNetError):
    """The message is not signed with the secret (missing, malformed or wrong signature): do not act on it."""


class WebhookParseError(VismaNetError, ValueError):
    """The (verified) body is not a JSON object."""


def _key_bytes(secret: Any) -> bytes:
    if isinstance(secret, bytes) and secret:
        return secret
    if isinstance(secret, str) and secret:
        return secret.encode("utf-8")
    raise InvalidArgument("the webhook secret must be a non-empty str or bytes (the subscription's signature key)")


def _body_bytes(body: Any) -> bytes:
    if isinstance(body, (bytes, bytearray, memoryview)):
        return bytes(body)
    if isinstance(body, str):
        return body.encode("utf-8")
    raise InvalidArgument(
        f"pass the raw request body (bytes or str) as received, not {type(body).__name__}: re-serialised JSON "
        "has other bytes than the ones Visma signed"
    )


def sign_webhook(body: bytes | str, secret: Secret) -> str:
    """The signature Visma sends for ``body``: base64 of HMAC-SHA256 over its UTF-8 bytes (for tests, senders)."""
    digest = hmac.new(_key_bytes(secret), _body_bytes(body), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def _secrets(secret: Secret | Sequence[Secret]) -> list[bytes]:
    if isinstance(secret, (str, bytes)):
        return [_key_bytes(secret)]
    keys = [_key_bytes(s) for s in secret]
    if not keys:
        raise InvalidArgument("no webhook secret given")
    return keys


def verify_webhook(body: bytes | str, signature: str | bytes | None, secret: Secret | Sequence[Secret]) -> bool:
    """True when ``signature`` is the base64 HMAC-SHA256 of ``body`` under ``secret`` (constant-time).

    ``secret`` may be a list (while rotating keys, any one may match). A missing or non-base64 signature is
    False, never an exception: the sender is untrusted.
    """
    payload = _body_bytes(body)
    keys = _secrets(secret)
    if signature is None:
        return False
    text = signature.decode("ascii", "replace") if isinstance(signature, bytes) else str(signature)
    try:
        given = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        return False
    matched = False
    for key in keys:  # every key is compared, so timing does not tell which one matched
        expected = hmac.new(key, payload, hashlib.sha256).digest()
        matched |= hmac.compare_digest(expected, given)
    return matched


def _header(headers: Mapping[str, str] | Any, name: str) -> str | None:
    getter = getattr(headers, "get", None)
    if getter is None:
        raise InvalidArgument(f"headers must be a mapping of header names to values, got {type(headers).__name__}")
    value = getter(name)
    if value is None:
        wanted = name.lower()
        items = headers.items() if hasattr(headers, "items") else ()
        value = next((v for k, v in items if str(k).lower() == wanted), None)
    return None if value is None else str(value)


@dataclass(frozen=True, slots=True)
class WebhookNotification:
    """One notification: the fields a receiver needs first, and the whole body in ``data``."""

    id: str | None  # the notification's id: what the feedback call refers to
    event: str | None  # e.g. "customer_changed", "BACKGROUND_API_RESPONSE"
    tenant_id: str | None
    resource: str | None  # the entity the event is about, e.g. "Customer"
    key: str | None  # that record's key, e.g. "10001"
    timestamp: str | None  # as sent (ISO 8601 text)
    data: Mapping[str, Any] = field(repr=False)
    headers: Mapping[str, str] = field(default_factory=dict, repr=False)  # e.g. background "k=v" pairs


_FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("notificationid", "notification_id", "id", "messageid"),
    "event": ("event", "eventtype", "event_type", "type", "eventname"),
    "tenant_id": ("tenantid", "tenant_id", "tenant", "companyid"),
    "resource": ("entity", "entitytype", "resource", "resourcetype", "objecttype"),
    "key": ("entityid", "entity_id", "key", "objectid", "recordid", "number"),
    "timestamp": ("timestamp", "createdat", "created", "time", "eventtime", "occurredat"),
}


def _pick(data: Mapping[str, Any], names: tuple[str, ...]) -> str | None:
    lowered: dict[str, Any] = {}
    for k, v in data.items():
        lowered.setdefault(str(k).lower(), v)
    for name in names:
        value = lowered.get(name)
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value):
            return str(value)
    return None


def parse_webhook(
    body: bytes | str,
    *,
    headers: Mapping[str, str] | None = None,
    secret: Secret | Sequence[Secret] | None = None,
    signature: str | None = None,
    header: str = DEFAULT_SIGNATURE_HEADER,
) -> WebhookNotification:
    """Verify (when ``secret`` is given) and parse a webhook body into a :class:`WebhookNotification`.

    The signature is ``signature=`` or the ``header`` of ``headers``. With a secret, a missing or wrong
    signature raises :class:`WebhookSignatureError` before the body is even decoded.
    """
    raw = _body_bytes(body)
    if secret is not None:
        given = signature if signature is not None else (_header(headers, header) if headers is not None else None)
        if given is None:
            raise WebhookSignatureError(f"no signature: the {header} header is missing (pass header= if Visma "
                                        "uses another name)")  # fmt: skip
        if not verify_webhook(raw, given, secret):
            raise WebhookSignatureError("the webhook signature does not match the body and secret")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise WebhookParseError(f"the webhook body is not UTF-8 JSON: {exc}") from None
    if not isinstance(data, dict):
        raise WebhookParseError(f"the webhook body is JSON but not an object ({type(data).__name__})")
    found = {name: _pick(data, names) for name, names in _FIELDS.items()}
    return WebhookNotification(data=data, headers=dict(headers.items()) if headers is not None else {}, **found)


def _feedback_body(notification: WebhookNotification | str, success: Any, description: str, source: str) -> dict[str, Any]:
    notification_id = notification.id if isinstance(notification, WebhookNotification) else notification
    try:
        text = str(uuid.UUID(str(notification_id)))
    except (ValueError, TypeError, AttributeError):
        raise InvalidArgument(
            f"the feedback needs the notification's id, a UUID (WebhookNotificationFeedbackDto.notificationId), "
            f"got {notification_id!r}"
        ) from None
    if not isinstance(success, bool):
        raise InvalidArgument(f"success must be True or False, got {success!r}")
    if not isinstance(description, str) or not isinstance(source, str):
        raise InvalidArgument("description and source must be strings")
    return {"notificationId": text, "isSuccess": success, "description": description, "source": source}


def _feedback_operation() -> Any:
    from .lookup import operation

    return operation(FEEDBACK_OPERATION).load()


def send_webhook_feedback(
    vn: Any,
    notification: WebhookNotification | str,
    *,
    success: bool,
    description: str = "",
    source: str = DEFAULT_FEEDBACK_SOURCE,
) -> Any:
    """``POST /v1/webhooknotificationfeedback``: whether ``notification`` (or its id) was consumed."""
    body = _feedback_body(notification, success, description, source)
    return vn.call(_feedback_operation(), body=body)


async def asend_webhook_feedback(
    vn: Any,
    notification: WebhookNotification | str,
    *,
    success: bool,
    description: str = "",
    source: str = DEFAULT_FEEDBACK_SOURCE,
) -> Any:
    """Async :func:`send_webhook_feedback` (``vn`` an ``AsyncVismaNet``)."""
    body = _feedback_body(notification, success, description, source)
    return await vn.call(_feedback_operation(), body=body)
