"""Creating records: the new record's key comes only from the ``Location`` header of the 201.

Visma answers a successful POST with ``201 Created``, an empty-ish body and
``Location: .../v1/customer/10001``; ``Result.id`` is that URL's last segment,
percent-decoded. :func:`create` makes a missing or useless ``Location`` an
error, because the caller would otherwise go on with ``id=None`` and the only
safe recovery (look the record up before resending) is easy to forget.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from ..errors import ApiError, InvalidArgument
from ..operations import ABSENT, resolve
from ..result import Result
from ._protocols import AsyncCaller, SyncCaller

__all__ = ["acreate", "check_created", "create"]


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


def create(vn: SyncCaller, target: Any, /, *, body: Any = ABSENT, **params: Any) -> Result[Any]:
    """POST ``body`` to ``target`` (operation module or ``"POST /path"``); ``result.id`` is the new key."""
    _check_post(target)
    if body is not ABSENT:
        params["body"] = body
    return check_created(vn.call(target, **params))


async def acreate(vn: AsyncCaller, target: Any, /, *, body: Any = ABSENT, **params: Any) -> Result[Any]:
    """Async :func:`create`."""
    _check_post(target)
    if body is not ABSENT:
        params["body"] = body
    return check_created(await vn.call(target, **params))
