"""ETag optimistic concurrency: what to send as ``If-Match`` and a read-modify-write loop.

Visma reports a record's version in the ``ETag`` header of single-record
responses and in the record's ``timeStamp`` field (the only place in list
responses). ``If-Match`` is honoured on the PUTs of 25 resources and on ten
release/void/... actions (the latter only together with ``erp-api-background``),
but the spec declares the header on just 22 operations; :func:`if_match_operations`
is the union of both, taken from the developer portal's "ETag and If-Match" page.
A 412 is raised as ``PreconditionFailed`` and never retried behind your back;
:func:`update_with_retry` is the explicit way to retry from a fresh read. A conditional
write whose answer was lost is never resent with its stale ETag by the retry layer: it is
reconciled (:mod:`vismanet_ext.writes.reconcile`).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Awaitable, Callable, Mapping
from functools import cache
from typing import Any

from ..errors import InvalidArgument, PreconditionFailed, VismaNetError
from ..result import Result
from ._protocols import AsyncCaller, SyncCaller

__all__ = [
    "DOCUMENTED_IF_MATCH_ACTIONS",
    "DOCUMENTED_IF_MATCH_RESOURCES",
    "Mutate",
    "aupdate_with_retry",
    "etag_value",
    "if_match_headers",
    "if_match_operations",
    "supports_if_match",
    "update_with_retry",
]

_STAMP_FIELDS = ("timeStamp", "timestamp", "TimeStamp", "Timestamp")

#: "Endpoints & Operations Supporting If-Match Request Header": their PUTs honour If-Match.
DOCUMENTED_IF_MATCH_RESOURCES = frozenset(
    {
        "Account", "Budget", "CashTransaction", "CashSale", "Contact", "Customer", "CustomerDebitNote",
        "CustomerInvoice", "CustomerOverdueCharge", "CustomerPayment", "Dimension", "Employee", "ExpenseClaim",
        "JournalTransaction", "PurchaseOrder", "PurchaseOrderBasic", "PurchaseReceipt", "PurchaseReceiptBasic",
        "Shipment", "Subaccount", "Supplier", "SupplierInvoice", "SupplierLocation", "SupplierPayment", "Timecard",
    }
)  # fmt: skip

#: Actions that honour If-Match, but only when sent with ``erp-api-background``: (resource, action).
DOCUMENTED_IF_MATCH_ACTIONS = frozenset(
    {
        ("CustomerDebitNote", "release"),
        ("CustomerDebitNote", "sendtoautoinvoice"),
        ("CustomerOverdueCharge", "release"),
        ("CustomerPayment", "release"),
        ("CustomerPayment", "void"),
        ("SupplierPayment", "release"),
        ("SupplierInvoice", "release"),
        ("SupplierInvoice", "prebook"),
        ("SupplierInvoice", "voidinvoice"),
        ("SupplierInvoice", "sendtoapproval"),
    }
)


def _norm(name: str) -> str:
    """``CustomerDebitNote``, ``customer_debit_note`` and ``journal_transaction_v2`` -> comparable keys."""
    return re.sub(r"v\d+$", "", name.replace("_", "").lower())


@cache
def if_match_operations() -> frozenset[str]:
    """operation_ids on which Visma checks If-Match: declared in the spec, or on the documented lists.

    Built on first use (the generated index is large, and importing the client should stay cheap).
    """
    from vismanet_client._operations import OPERATIONS

    resources = {_norm(r) for r in DOCUMENTED_IF_MATCH_RESOURCES}
    actions = {(_norm(r), a.lower()) for r, a in DOCUMENTED_IF_MATCH_ACTIONS}
    ids: set[str] = set()
    for op in OPERATIONS:
        tag = _norm(op.tag)
        if op.if_match or op.method == "PUT" and tag in resources:
            ids.add(op.operation_id)
        elif op.method == "POST" and "/action/" in op.path:
            action = op.path.rsplit("/action/", 1)[1].split("/", 1)[0].lower()
            if (tag, action) in actions:
                ids.add(op.operation_id)
    return frozenset(ids)


def _operation_of(target: Any) -> Any | None:
    from ..operations import resolve

    return resolve(target).op


def supports_if_match(target: Any) -> bool:
    """Whether Visma checks If-Match on this operation (module, function or ``"METHOD /path"``)."""
    op = _operation_of(target)
    return op is not None and op.operation_id in if_match_operations()


def etag_value(value: Any) -> str:
    """The ETag to send as ``If-Match``, from an ETag string, a `Result`, or a record with ``timeStamp``.

    Records may be dicts or generated models (their ``timeStamp`` may sit in ``additional_properties``).
    """
    if isinstance(value, str):
        tag = value.strip()
        if not tag or any(c in tag for c in "\r\n"):
            raise InvalidArgument(f"if_match must be a non-empty single-line ETag, got {value!r}")
        return tag
    if isinstance(value, Result):
        if value.etag is None:
            raise InvalidArgument(
                "if_match: the result carries no ETag (no ETag header and no timeStamp field); "
                "read the record from an endpoint that reports one"
            )
        return value.etag
    record: Any = value
    if not isinstance(record, Mapping) and callable(getattr(record, "to_dict", None)):
        record = record.to_dict()
    if isinstance(record, Mapping):
        for key in _STAMP_FIELDS:
            stamp = record.get(key)
            if isinstance(stamp, str) and stamp:
                return stamp
        raise InvalidArgument("if_match: the record has no timeStamp field to use as its ETag")
    raise InvalidArgument(
        f"if_match must be an ETag string, a Result or a record with timeStamp, not {type(value).__name__}"
    )


#: ``mutate(record)``: returns the body to PUT, or None after changing ``record`` in place (then the fields
#: it changed are sent). It is called again with a fresh record after every 412, so keep it pure.
Mutate = Callable[[Any], Any]


def _check(put_op: Any, mutate: Any, attempts: Any, check_if_match: bool) -> None:
    if not callable(mutate):
        raise InvalidArgument(f"mutate must be callable, got {type(mutate).__name__}")
    if not isinstance(attempts, int) or isinstance(attempts, bool) or attempts < 1:
        raise InvalidArgument(f"attempts must be an int >= 1, got {attempts!r}")
    if check_if_match and not supports_if_match(put_op):
        raise InvalidArgument(
            f"{_name(put_op)} does not honour If-Match (not in the spec nor in Visma's documented list), so "
            "update_with_retry could not detect a concurrent change; pass check_if_match=False to send it anyway"
        )


def _etag_of_read(result: Result[Any], get_op: Any) -> str:
    etag = result.etag
    if etag is None:
        raise VismaNetError(
            f"{get_op!r} answered without an ETag header or a timeStamp field, so the update cannot be "
            "made conditional; use an endpoint that reports the record's version"
        )
    return etag


def _snapshot(record: Any) -> dict[str, Any] | None:
    """The record's wire fields as an independent copy (models via ``to_dict()``), or None for other values."""
    to_dict = getattr(record, "to_dict", None)
    if callable(to_dict):
        value = to_dict()
    elif isinstance(record, dict):
        value = record
    else:
        return None
    return copy.deepcopy(value) if isinstance(value, dict) else None


def _body(record: Any, before: dict[str, Any] | None, mutated: Any, put_op: Any) -> Any:
    """What to PUT: what ``mutate`` returned, or, when it changed the record in place and returned None, the
    fields it changed (plain values; the body layer shapes them for the update schema).

    The record read is a read model (``CustomerDto``); the PUT takes another (``CustomerUpdateDto``, values
    wrapped as ``{"value": ...}``), so the read model itself cannot be sent.
    """
    if mutated is not None:
        return mutated
    after = _snapshot(record)
    if before is None or after is None:
        raise InvalidArgument(
            f"{_name(put_op)}: mutate returned None and the record read is not a model or a dict; return the "
            "fields to change"
        )
    changed = {name: value for name, value in after.items() if name not in before or before[name] != value}
    if not changed:
        raise InvalidArgument(
            f"{_name(put_op)}: mutate returned None and changed no field of the record; return the fields to "
            "change (nothing was sent)"
        )
    return changed


def _name(put_op: Any) -> str:
    """``PUT /v1/customer/{customerCd}`` for an indexed operation, else its repr (for error messages)."""
    op = _operation_of(put_op)
    return f"{op.method} {op.path}" if op is not None else repr(put_op)


def update_with_retry(
    vn: SyncCaller,
    get_op: Any,
    put_op: Any,
    mutate: Mutate,
    *,
    attempts: int = 3,
    check_if_match: bool = True,
    **key: Any,
) -> Result[Any]:
    """Read (with its ETag), ``mutate``, write with ``If-Match``; after a 412 start again from a fresh read.

    ``key`` holds the path parameters both operations take (e.g. ``customer_cd="10001"``). Returns the
    PUT's `Result`; after ``attempts`` lost races raises the last `PreconditionFailed`.

    ``mutate`` is never applied twice: a PUT whose answer was lost is reconciled by ``call`` (a
    `ReconciledResult` when it was applied, `OutcomeUnknown` when that cannot be told; see
    :mod:`vismanet_ext.writes.reconcile`), and a 412 only ever means someone else's write won.
    """
    _check(put_op, mutate, attempts, check_if_match)
    last: PreconditionFailed | None = None
    for _ in range(attempts):
        read = vn.call(get_op, **key)
        etag = _etag_of_read(read, get_op)
        before = _snapshot(read.value)
        body = _body(read.value, before, mutate(read.value), put_op)
        try:
            return vn.call(put_op, body=body, if_match=etag, **key)
        except PreconditionFailed as err:
            last = err
    assert last is not None
    raise last


async def aupdate_with_retry(
    vn: AsyncCaller,
    get_op: Any,
    put_op: Any,
    mutate: Callable[[Any], Any] | Callable[[Any], Awaitable[Any]],
    *,
    attempts: int = 3,
    check_if_match: bool = True,
    **key: Any,
) -> Result[Any]:
    """Async :func:`update_with_retry`; ``mutate`` may be a plain or an async function."""
    _check(put_op, mutate, attempts, check_if_match)
    last: PreconditionFailed | None = None
    for _ in range(attempts):
        read = await vn.call(get_op, **key)
        etag = _etag_of_read(read, get_op)
        before = _snapshot(read.value)
        mutated = mutate(read.value)
        if isinstance(mutated, Awaitable):
            mutated = await mutated
        body = _body(read.value, before, mutated, put_op)
        try:
            return await vn.call(put_op, body=body, if_match=etag, **key)
        except PreconditionFailed as err:
            last = err
    assert last is not None
    raise last


def if_match_headers(headers: Mapping[str, str] | None, if_match: Any) -> Mapping[str, str] | None:
    """``headers`` plus ``If-Match`` from ``if_match`` (see :func:`etag_value`); for ``call(if_match=...)``.

    The header goes on any request: Visma honours it on more operations than its spec declares.
    """
    if if_match is None:
        return headers
    merged = dict(headers or {})
    if any(name.lower() == "if-match" for name in merged):
        raise InvalidArgument("If-Match given twice: as if_match= and in headers=")
    merged["If-Match"] = etag_value(if_match)
    return merged
