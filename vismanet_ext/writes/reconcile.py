"""Reconciling a write whose answer was lost: read the record back and compare it with what was sent.

The rules (module docs of :mod:`vismanet_ext.writes.lost` say when they apply):

1. Read the record back (``GET`` on the write's own path; an operation without such a read is not
   reconcilable and raises `OutcomeUnknown`).
2. The record is still at the ETag the write was conditional on: nothing was applied (any applied write
   changes the version). Send the very same request again: every send carries the same If-Match, so at
   most one of them can apply. At most `MAX_RESENDS` times; a lost or 412 answer to a resend goes back
   to step 1. A DELETE whose record still exists with another version was not applied either: the
   resend's 412 is then a genuine `PreconditionFailed`.
3. A new version: the write is taken as applied when every field it sent holds the value it sent
   (:func:`holds_sent_values`; server-maintained fields such as ``timeStamp`` and
   ``lastModifiedDateTime`` and write-only flags such as ``overrideNumberSeries`` are not compared).
   The read-back is returned as a `ReconciledResult`. For a DELETE, a 404 means applied.
4. Otherwise (some field differs, cannot be compared, the record vanished): `OutcomeUnknown`, with the
   record read back in ``.current``.

The limit of step 3: if another writer, racing, wrote exactly the values this write sent while this
write was rejected, the two cannot be told apart from the record (Visma keeps no write history). Write
values that are yours (an appended token, a reference) where that matters; ``update_with_retry``
otherwise treats such a race as applied once.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ..errors import NetworkError, NotFound, PreconditionFailed, VismaNetError
from ..operations import Prepared, RawRoute, raw_route
from ..result import Result, decode_body
from .lost import RECOVERABLE, cause_of_loss, is_conditional, outcome_unknown

__all__ = [
    "MAX_RESENDS",
    "SERVER_MAINTAINED",
    "WRITE_ONLY_FLAGS",
    "ReconciledResult",
    "arecover",
    "holds_sent_values",
    "recover",
]

#: How often a conditional write is resent after reading back showed it was not applied.
MAX_RESENDS = 2

#: Fields the server changes on every write: never compared.
SERVER_MAINTAINED = frozenset(
    {"timeStamp", "timestamp", "TimeStamp", "Timestamp", "lastModifiedDateTime", "metadata", "errorInfo"}
)
#: Write DTO members that steer the write and are not stored in the record (Visma's *UpdateDto docs).
WRITE_ONLY_FLAGS = frozenset(
    {
        "overrideNumberSeries", "overrideWithClassValues", "operation", "recalculateShipment",
        "validateLineDetails", "sendToAutoinvoice", "overrideNumber",
    }
)  # fmt: skip
_REFERENCE_KEYS = ("number", "id", "value", "internalId")
_SUFFIXES = (("Id", "id"), ("ID", "id"), ("Number", "number"), ("Nbr", "number"))


class ReconciledResult(Result[Any]):
    """A write whose own answer was lost and whose outcome was established afterwards.

    ``reconciled`` is True; ``reconciled_by`` says how: ``"read-back"`` (the record read back holds what
    was sent; ``raw`` is that read, ``value`` the record, ``etag`` its new version) or ``"resent"`` (the
    read showed nothing applied and the same request was sent again; ``raw`` is the resend's answer), or
    ``"find_existing"`` (a create whose record was found by the caller's lookup). ``lost_cause`` is what
    stood in for the lost answer.
    """

    __slots__ = ("_found_id", "lost_cause", "reconciled_by")

    def __init__(
        self, value: Any, raw: httpx.Response, *, reconciled_by: str, lost_cause: str, found_id: str | None = None
    ) -> None:
        super().__init__(value, raw, value)
        self.reconciled_by = reconciled_by
        self.lost_cause = lost_cause
        self._found_id = found_id

    reconciled = True

    @property
    def id(self) -> str | None:
        return self._found_id if self._found_id is not None else super().id

    def __repr__(self) -> str:
        return f"<ReconciledResult by {self.reconciled_by} {self.raw.status_code} (answer lost: {self.lost_cause})>"


# --- comparing --------------------------------------------------------------------------------------


def _unwrap(raw: Any) -> Any:
    """Visma write DTOs wrap values as ``{"value": x}``."""
    if isinstance(raw, Mapping) and set(raw) == {"value"}:
        return raw["value"]
    return raw


def _as_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _as_moment(value: Any) -> _dt.datetime | None:
    if not isinstance(value, str) or len(value) < 10 or value[4:5] != "-":
        return None
    try:
        moment = _dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.replace(tzinfo=None)


def _same_scalar(sent: Any, current: Any) -> bool:
    if sent == current and type(sent) is not bool and type(current) is not bool:
        return True
    if isinstance(sent, bool) or isinstance(current, bool):
        return sent is current
    a, b = _as_number(sent), _as_number(current)
    if a is not None and b is not None and (isinstance(sent, (int, float)) or isinstance(current, (int, float))):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    ma, mb = _as_moment(sent), _as_moment(current)
    if ma is not None and mb is not None:
        return ma == mb
    return False


def _compare(path: str, sent: Any, current: Any) -> tuple[bool | None, str]:
    sent = _unwrap(sent)
    if isinstance(sent, Mapping):
        if not isinstance(current, Mapping):
            return (None, f"{path} is an object in the write but not in the record") if current is not None else (
                False, f"{path} is empty in the record"
            )
        return _compare_mapping(path, sent, current)
    if isinstance(sent, Sequence) and not isinstance(sent, (str, bytes)):
        if not isinstance(current, Sequence) or isinstance(current, (str, bytes)) or len(current) != len(sent):
            return None, f"{path}: the list sent cannot be matched with the record's"
        if any(isinstance(item, Mapping) and "operation" in item for item in sent):
            return None, f"{path}: line operations cannot be compared with the record"
        for i, (s, c) in enumerate(zip(sent, current)):
            verdict, why = _compare(f"{path}[{i}]", s, c)
            if verdict is not True:
                return verdict, why
        return True, ""
    if isinstance(current, Mapping):  # a reference sent as its key: {"customer": {"value": "10001"}}
        for key in _REFERENCE_KEYS:
            if key in current:
                return (True, "") if _same_scalar(sent, current[key]) else (
                    False, f"{path} is {current[key]!r}, the write sent {sent!r}"
                )
        return None, f"{path} is an object in the record"
    if sent is None:
        return (True, "") if current in (None, "") else (False, f"{path} is {current!r}, the write cleared it")
    if _same_scalar(sent, current):
        return True, ""
    return False, f"{path} is {current!r}, the write sent {sent!r}"


def _compare_mapping(prefix: str, sent: Mapping[str, Any], record: Mapping[str, Any]) -> tuple[bool | None, str]:
    unknown: tuple[bool | None, str] | None = None
    for name, raw in sent.items():
        path = f"{prefix}.{name}" if prefix else name
        if name in SERVER_MAINTAINED or name in WRITE_ONLY_FLAGS:
            continue
        if name in record:
            verdict, why = _compare(path, raw, record[name])
        else:
            verdict, why = _via_suffix(path, name, raw, record)
        if verdict is False:
            return verdict, why
        if verdict is None and unknown is None:
            unknown = (None, why)
    return unknown if unknown is not None else (True, "")


def _via_suffix(path: str, name: str, raw: Any, record: Mapping[str, Any]) -> tuple[bool | None, str]:
    """``customerClassId`` is stored as ``customerClass.id``, ``countryId`` as ``country.id``."""
    for suffix, key in _SUFFIXES:
        base = name[: -len(suffix)]
        if name.endswith(suffix) and isinstance(record.get(base), Mapping) and key in record[base]:
            return _compare(path, raw, record[base][key])
    return None, f"{path} is not in the record read back"


def holds_sent_values(sent: Any, record: Any) -> tuple[bool | None, str]:
    """(True, "") if every field of the write body ``sent`` holds its value in ``record``.

    (False, why) if one provably differs, (None, why) if one cannot be compared (not in the record, a
    list of line operations, an object against a scalar). Server-maintained fields and write-only flags
    are skipped.
    """
    if not isinstance(sent, Mapping):
        return None, "the write sent no JSON object to compare"
    if not isinstance(record, Mapping):
        return None, "the record read back is not a JSON object"
    return _compare_mapping("", sent, record)


# --- the reconciliation loop (sync and async share the decisions) -----------------------------------

_APPLIED, _RESEND, _UNKNOWN = "applied", "resend", "unknown"


def _norm_etag(tag: str | None) -> str | None:
    if tag is None:
        return None
    tag = tag.strip()
    tag = tag.removeprefix("W/")
    return tag.strip('"')


class _Reconciliation:
    """Everything about one lost conditional write that does not do I/O."""

    def __init__(self, prepared: Prepared, cause: str) -> None:
        self.prepared = prepared
        self.cause = cause
        self.etag_sent = _norm_etag(
            next((v for k, v in prepared.headers.items() if k.lower() == "if-match"), None)
        )
        self.sent = prepared.content_kwargs.get("json")
        self.resends = 0
        template = prepared.target.template if isinstance(prepared.target, RawRoute) else prepared.target.op.path
        self.read: Prepared | None = None
        from vismanet_client._operations import find

        if find("GET", template) is not None:
            self.read = Prepared("GET", prepared.url, {}, {}, {}, raw_route(f"GET {template}"))

    def judge(self, response: httpx.Response | None) -> tuple[str, str, Any]:
        """(verdict, why, record read back) for a read-back answer (None: 404)."""
        deleting = self.prepared.method == "DELETE"
        if response is None:
            if deleting:
                return _APPLIED, "", None
            return _UNKNOWN, "the record no longer exists", None
        record = decode_body(response)
        version = _norm_etag(Result(record, response, record).etag)
        if version is not None and version == self.etag_sent:
            return _RESEND, "", record
        if deleting:
            return _RESEND, "", record  # still there: the delete was not applied
        if version is None:
            return _UNKNOWN, "the record read back carries no version", record
        verdict, why = holds_sent_values(self.sent, record)
        if verdict is True:
            return _APPLIED, "", record
        return _UNKNOWN, f"the record changed since the write's ETag and {why}", record

    def may_resend(self) -> bool:
        if self.resends >= MAX_RESENDS:
            return False
        self.resends += 1
        return True

    def applied(self, response: httpx.Response, record: Any) -> ReconciledResult:
        return ReconciledResult(record, response, reconciled_by="read-back", lost_cause=self.cause)

    def resent(self, response: httpx.Response) -> ReconciledResult:
        return ReconciledResult(decode_body(response), response, reconciled_by="resent", lost_cause=self.cause)


def recover(vn: Any, prepared: Prepared, err: VismaNetError) -> ReconciledResult:
    """Called by ``VismaNet.call`` with a write's failure: reconcile it, or raise (see module docs)."""
    cause = cause_of_loss(prepared, err)
    if cause is None:
        raise err
    if not is_conditional(prepared):
        raise outcome_unknown(prepared, cause, err=err)
    rec = _Reconciliation(prepared, cause)
    if rec.read is None:
        raise outcome_unknown(prepared, cause, detail="no read operation to check it with", err=err)
    while True:
        try:
            read: httpx.Response | None = vn.send(rec.read)
        except NotFound:
            read = None
        except VismaNetError as failed:
            raise outcome_unknown(prepared, cause, detail=f"reading it back failed ({failed})", err=err) from None
        verdict, why, record = rec.judge(read)
        if verdict == _APPLIED:
            assert read is not None or prepared.method == "DELETE"
            return rec.applied(read if read is not None else _gone(prepared), record)
        if verdict == _UNKNOWN or not rec.may_resend():
            raise outcome_unknown(prepared, cause, detail=why or "still not applied after resending", current=record, err=err)
        try:
            return rec.resent(vn.send(prepared))
        except PreconditionFailed:
            if prepared.method == "DELETE" and read is not None:
                raise  # the record was there with another version: this delete was not applied
            continue
        except RECOVERABLE as again:
            if isinstance(again, NetworkError) or cause_of_loss(prepared, again) is not None:
                continue
            raise


async def arecover(vn: Any, prepared: Prepared, err: VismaNetError) -> ReconciledResult:
    """Async :func:`recover`."""
    cause = cause_of_loss(prepared, err)
    if cause is None:
        raise err
    if not is_conditional(prepared):
        raise outcome_unknown(prepared, cause, err=err)
    rec = _Reconciliation(prepared, cause)
    if rec.read is None:
        raise outcome_unknown(prepared, cause, detail="no read operation to check it with", err=err)
    while True:
        try:
            read: httpx.Response | None = await vn.send(rec.read)
        except NotFound:
            read = None
        except VismaNetError as failed:
            raise outcome_unknown(prepared, cause, detail=f"reading it back failed ({failed})", err=err) from None
        verdict, why, record = rec.judge(read)
        if verdict == _APPLIED:
            return rec.applied(read if read is not None else _gone(prepared), record)
        if verdict == _UNKNOWN or not rec.may_resend():
            raise outcome_unknown(prepared, cause, detail=why or "still not applied after resending", current=record, err=err)
        try:
            return rec.resent(await vn.send(prepared))
        except PreconditionFailed:
            if prepared.method == "DELETE" and read is not None:
                raise
            continue
        except RECOVERABLE as again:
            if isinstance(again, NetworkError) or cause_of_loss(prepared, again) is not None:
                continue
            raise


def _gone(prepared: Prepared) -> httpx.Response:
    """Stand-in answer for a reconciled DELETE (the read-back was a 404): an empty 204."""
    return httpx.Response(204, request=httpx.Request(prepared.method, prepared.url))
