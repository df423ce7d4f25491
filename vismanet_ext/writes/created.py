"""Creating records: the new record's key comes only from the ``Location`` header of the 201.

Visma answers a successful POST with ``201 Created``, an empty-ish body and
``Location: .../v1/customer/10001``; ``Result.id`` is that URL's last segment,
percent-decoded. :func:`create` makes a missing or useless ``Location`` an
error, because the caller would otherwise go on with ``id=None`` and the only
safe recovery (look the record up before resending) is easy to forget.

A POST is never resent after it left: when its answer is lost, ``call`` raises
`OutcomeUnknown`. ``create(..., find_existing=lookup)`` makes that recoverable
where the record can be found by a natural key (a number the caller chose, an
external reference): after a lost answer it calls ``lookup()``; a key back means
the record exists (returned as a `ReconciledResult` with that ``id``, nothing
resent), ``None`` means it does not, and the POST is sent again (at most
``max_sends`` POSTs in all). A lookup right after a *timeout* can miss a record
the server is still creating; resets, cut-short answers and gateway errors come
after the server finished.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import httpx

from ..errors import ApiError, InvalidArgument, OutcomeUnknown
from ..operations import ABSENT, resolve
from ..result import Result
from ._protocols import AsyncCaller, SyncCaller
from .reconcile import ReconciledResult

__all__ = ["FindExisting", "acreate", "check_created", "create"]

#: ``find_existing()``: the key of the record the create would make if it already exists, else None
#: (may be a coroutine function for the async client).
FindExisting = Callable[[], Any]


def _check_post(target: Any) -> None:
    resolved = resolve(target)
    method = resolved.op.method if resolved.op is not None else getattr(resolved, "method", "")
    if str(method).upper() != "POST":
        raise InvalidArgument(f"create() sends POSTs; {resolved.name} is a {method}: use call() for it")


def check_created(result: Result[Any]) -> Result[Any]:
    """Return ``result``, or raise ``ApiError`` if it is a 201 whose ``Location`` names no record."""
    if result.status_code != 201:
        return result
    location = result.location
    try:
        request_path = result.raw.request.url.path.rstrip("/")
        method, url = result.raw.request.method, str(result.raw.request.url)
    except RuntimeError:
        request_path, method, url = "", "", ""
    problem = None
    if not location:
        problem = "without a Location header"
    elif not result.id:
        problem = f"with a Location header that names no record ({location!r})"
    elif urlsplit(location).path.rstrip("/") == request_path:
        problem = f"with a Location header pointing back at the collection ({location!r})"
    if problem is None:
        return result
    raise ApiError(
        status_code=201,
        message=(
            f"the server answered 201 Created {problem}, so the new record's id is unknown. "
            "The record was probably created: look it up before sending the POST again, or you may create a duplicate"
        ),
        body=result.raw.text[:2000] if result.raw.content else "",
        method=method,
        url=url,
        headers=result.headers,
    )


def _check_lookup(find_existing: Any, max_sends: Any) -> None:
    if find_existing is not None and not callable(find_existing):
        raise InvalidArgument(f"find_existing must be callable, got {type(find_existing).__name__}")
    if isinstance(max_sends, bool) or not isinstance(max_sends, int) or max_sends < 1:
        raise InvalidArgument(f"max_sends must be an int >= 1, got {max_sends!r}")


def _found(key: Any, lost: OutcomeUnknown) -> ReconciledResult | None:
    if key is None:
        return None
    if isinstance(key, bool) or not isinstance(key, (str, int)) or not str(key).strip():
        raise InvalidArgument(f"find_existing must return the record's key (str or int) or None, got {key!r}")
    url = lost.url or ""
    placeholder = httpx.Response(200, request=httpx.Request(lost.method or "POST", url or "/"))
    return ReconciledResult(
        None, placeholder, reconciled_by="find_existing", lost_cause=lost.cause, found_id=str(key)
    )


def create(
    vn: SyncCaller,
    target: Any,
    /,
    *,
    body: Any = ABSENT,
    find_existing: FindExisting | None = None,
    max_sends: int = 2,
    **params: Any,
) -> Result[Any]:
    """POST ``body`` to ``target`` (operation module or ``"POST /path"``); ``result.id`` is the new key.

    A lost answer raises `OutcomeUnknown`, unless ``find_existing`` is given (module docs).
    """
    _check_post(target)
    _check_lookup(find_existing, max_sends)
    if body is not ABSENT:
        params["body"] = body
    for sent in range(1, max_sends + 1):
        try:
            return check_created(vn.call(target, **params))
        except OutcomeUnknown as lost:
            if find_existing is None:
                raise
            found = _found(find_existing(), lost)
            if found is not None:
                return found
            if sent == max_sends:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


async def acreate(
    vn: AsyncCaller,
    target: Any,
    /,
    *,
    body: Any = ABSENT,
    find_existing: FindExisting | None = None,
    max_sends: int = 2,
    **params: Any,
) -> Result[Any]:
    """Async :func:`create`; ``find_existing`` may be a plain or an async function."""
    _check_post(target)
    _check_lookup(find_existing, max_sends)
    if body is not ABSENT:
        params["body"] = body
    for sent in range(1, max_sends + 1):
        try:
            return check_created(await vn.call(target, **params))
        except OutcomeUnknown as lost:
            if find_existing is None:
                raise
            key = find_existing()
            if inspect.isawaitable(key):
                key = await key
            found = _found(key, lost)
            if found is not None:
                return found
            if sent == max_sends:
                raise
    raise AssertionError("unreachable")  # pragma: no cover
