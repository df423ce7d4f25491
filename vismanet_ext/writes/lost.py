"""A write whose answer never arrived: was it applied? Say so, find out, or raise `OutcomeUnknown`.

A write can reach Visma and be applied while its answer is lost: the connection is reset after the
server processed it, a gateway answers 502/504 instead, the answer is cut short. The retry layer never
resends a POST after it left, nor a conditional (``If-Match``) write or a background start after it
may have been processed (see `vismanet_ext.transports.retry`); what happens then is decided here, for
every write ``call`` sends (create, update, delete, action, attachment upload, background start):

* **Conditional writes (PUT/PATCH/DELETE with If-Match)** are *reconciled*
  (:mod:`vismanet_ext.writes.reconcile`): the record is read back. Still at the ETag the write was
  conditional on -> nothing was applied: the very same request is sent again (the same If-Match makes
  at most one of the sends apply). A new version that holds every value the write sent -> taken as
  applied, returned as a `ReconciledResult` (``result.reconciled is True``). Anything else ->
  `OutcomeUnknown` with the record read back in ``.current``. A 412 is never reported for a write whose
  earlier send may have been applied.
* **Everything else that may have been applied** (POST after the request left, a plain PUT/DELETE after
  the retry budget, a background start) raises `OutcomeUnknown` with advice for its kind. Creates can
  look the record up first: ``create(..., find_existing=...)`` (:mod:`vismanet_ext.writes.created`).
* Reads, and failures where the request provably never left (connection refused), keep their
  `NetworkError` / `ServerError`.
"""

from __future__ import annotations

from typing import Any

import httpx

from ..errors import NetworkError, OutcomeUnknown, ServerError, VismaNetError
from ..operations import Prepared, RawRoute
from ..transports.extensions import IDEMPOTENT

__all__ = [
    "ADVICE",
    "RECOVERABLE",
    "SAFE_METHODS",
    "cause_of_loss",
    "is_conditional",
    "outcome_unknown",
    "send_extensions",
    "write_kind",
]

#: Methods that change nothing: their failures keep their own error.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
#: Gateway answers: the origin's answer (if any) was lost on the way. 503 is Visma refusing the call.
GATEWAY_STATUSES = frozenset({502, 504})
#: A conditional write is reconciled after these too (reading back is cheap and always safe).
CONDITIONAL_STATUSES = GATEWAY_STATUSES | {503}
#: The errors ``call`` hands to `recover` / `arecover` (anything else propagates untouched).
RECOVERABLE: tuple[type[VismaNetError], ...] = (NetworkError, ServerError)

# Failures where the request provably never left this machine (as in the retry layer).
_NOT_SENT: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

_BACKGROUND = "erp-api-background"

#: What to do before sending again, per kind of write.
ADVICE = {
    "create": (
        "the record may have been created; look it up before sending again (by a number you chose or an "
        "external reference)"
    ),
    "upload": "the file may have been attached; list the record's attachments before uploading again",
    "action": "the action may have run; read the record's status before sending it again",
    "background": (
        "a background job may have been queued and may still run; check the record (or your webhook) "
        "before starting it again"
    ),
    "update": "the update may have been applied; read the record and compare before writing again",
    "delete": "the record may have been deleted; read it before deleting again",
    "write": "the write may have been applied; check the record before sending again",
}


def _header(prepared: Prepared, name: str) -> str | None:
    for key, value in prepared.headers.items():
        if key.lower() == name:
            return value
    return None


def is_conditional(prepared: Prepared) -> bool:
    """A write carrying If-Match that is not a background start."""
    return _header(prepared, "if-match") is not None and _header(prepared, _BACKGROUND) is None


def _template(prepared: Prepared) -> str:
    target = prepared.target
    if isinstance(target, RawRoute):
        return target.template
    return str(target.op.path)


def write_kind(prepared: Prepared) -> str:
    """``create``, ``update``, ``delete``, ``action``, ``upload``, ``background`` or ``write``."""
    if _header(prepared, _BACKGROUND) is not None:
        return "background"
    op = prepared.target.op
    if op is not None and op.attachment_upload:
        return "upload"
    method = prepared.method
    if method == "POST":
        template = _template(prepared)
        if "/action/" in template:
            return "action"
        if template.rstrip("/").endswith("/attachment"):
            return "upload"
        return "create"
    if method in ("PUT", "PATCH"):
        return "update"
    if method == "DELETE":
        return "delete"
    return "write"


def cause_of_loss(prepared: Prepared, err: BaseException) -> str | None:
    """What stood in for the answer, if ``err`` means this write may have been applied; else None."""
    if prepared.method in SAFE_METHODS and _header(prepared, _BACKGROUND) is None:
        return None
    if isinstance(err, OutcomeUnknown):
        return None
    if isinstance(err, NetworkError):
        exc = err.__cause__
        if isinstance(exc, _NOT_SENT):
            return None
        return err.message
    if isinstance(err, ServerError):
        statuses = CONDITIONAL_STATUSES if is_conditional(prepared) else GATEWAY_STATUSES
        if err.status_code in statuses:
            return f"{err.status_code} {err.reason}".strip()
    return None


def _inserts_lines(body: Any) -> bool:
    """A write body with line operations that add (``Insert``, or no operation, which Visma treats as one)."""
    if not isinstance(body, dict):
        return False
    for value in body.values():
        if isinstance(value, list) and any(
            isinstance(line, dict) and _unwrap_op(line.get("operation", "Insert")) == "Insert"
            for line in value
        ):
            return True
    return False


def _unwrap_op(value: Any) -> Any:
    return value.get("value") if isinstance(value, dict) else value


def send_extensions(prepared: Prepared, extensions: dict[str, Any] | None) -> dict[str, Any] | None:
    """``extensions`` plus ``vismanet_idempotent: False`` for a PUT/PATCH that inserts lines.

    Sent twice, such a PUT adds its lines twice, so the retry layer must not resend it after it may have
    been processed (the lost answer then raises `OutcomeUnknown` or is reconciled).
    """
    if prepared.method not in ("PUT", "PATCH") or not _inserts_lines(prepared.content_kwargs.get("json")):
        return extensions
    return {**(extensions or {}), IDEMPOTENT: False}


def outcome_unknown(
    prepared: Prepared,
    cause: str,
    *,
    detail: str = "",
    current: Any = None,
    err: BaseException | None = None,
) -> OutcomeUnknown:
    """The `OutcomeUnknown` for ``prepared``: what was sent, what came instead, what to do."""
    kind = write_kind(prepared)
    advice = ADVICE[kind]
    url = prepared.url
    extra = f"; {detail}" if detail else ""
    retries = int(getattr(err, "retries", 0) or 0)
    error = OutcomeUnknown(
        f"{prepared.method} {url}: no answer arrived ({cause}){extra}. The outcome is unknown: {advice}",
        method=prepared.method,
        url=url,
        cause=cause,
        kind=kind,
        advice=advice,
        current=current,
        sent=prepared.content_kwargs.get("json"),
        retries=retries,
        is_timeout=bool(getattr(err, "is_timeout", False)),
    )
    if err is not None:
        error.__cause__ = err
        error.__suppress_context__ = True
    return error
