"""Uploading attachments to invoices, notes, orders, journal transactions, inventory and receipts.

Every attachment operation (``Operation.attachment_upload`` in the generated
index; header and line level) takes ``multipart/form-data`` with one part named
``file``. The spec declares no request body for them, so the generated
functions cannot send one; we send the operation's route with our own
streaming body (:mod:`.multipart`), which keeps memory flat for large files and
lets the retry transport resend it.
"""

from __future__ import annotations

from typing import Any

from ..errors import InvalidArgument
from ..operations import resolve
from ..result import Result
from ._protocols import AsyncCaller, SyncCaller
from .etag import etag_value
from .multipart import AsyncMultipartFile, FileInput, MultipartFile
from .notify import notify_header

__all__ = ["attachment_operations", "aupload_attachment", "upload_attachment"]


def attachment_operations() -> tuple[Any, ...]:
    """Every attachment upload operation in the generated index."""
    from vismanet_client._operations import OPERATIONS

    return tuple(op for op in OPERATIONS if op.attachment_upload)


def _route(target: Any, params: dict[str, Any]) -> tuple[str, dict[str, Any], dict[str, str]]:
    """The raw route, its path parameters (wire names) and headers for one upload; validated."""
    resolved = resolve(target)
    op = resolved.op
    if op is None or not op.attachment_upload:
        name = resolved.name
        raise InvalidArgument(
            f"{name} is not an attachment upload operation; see vismanet_ext.writes.attachment_operations()"
        )
    by_name: dict[str, Any] = {}
    for p in op.params:
        by_name[p.python] = p
        by_name.setdefault(p.wire, p)
        by_name.setdefault(p.wire.replace("-", "_"), p)
    path: dict[str, Any] = {}
    headers: dict[str, str] = {}
    for name, value in params.items():
        if value is None:
            continue
        if name == "if_match":  # accepted on every attachment operation, declared by the spec or not
            headers["If-Match"] = etag_value(value)
            continue
        param = by_name.get(name)
        if param is None:
            allowed = ", ".join(p.python for p in op.params if p.location == "path")
            raise InvalidArgument(
                f"{op.method} {op.path}: unknown keyword {name!r}; path parameters: {allowed}, "
                "plus filename=, content_type=, if_match="
            )
        if param.location == "path":
            if isinstance(value, bool) or not isinstance(value, (str, int)):
                raise InvalidArgument(f"{op.method} {op.path}: {param.python} must be a str or int, got {value!r}")
            if param.wire in path:
                raise InvalidArgument(f"{op.method} {op.path}: {param.python!r} given twice")
            path[param.wire] = value
        elif param.wire.lower() == "if-match":
            headers["If-Match"] = etag_value(value)
        elif param.wire.lower() == "erp-api-background":
            headers["erp-api-background"] = notify_header(value)
        else:
            raise InvalidArgument(f"{op.method} {op.path}: {param.python} is not supported by upload_attachment")
    missing = [p.python for p in op.params if p.location == "path" and p.wire not in path]
    if missing:
        raise InvalidArgument(f"{op.method} {op.path}: missing path parameter(s) {', '.join(missing)}")
    return f"{op.method} {op.path}", path, headers


def upload_attachment(
    vn: SyncCaller,
    target: Any,
    file: FileInput,
    /,
    *,
    filename: str | None = None,
    content_type: str | None = None,
    **path_params: Any,
) -> Result[Any]:
    """Upload ``file`` (a path, bytes or a binary file object) to an attachment operation.

    ``filename`` defaults to the path's or file object's name (required for bytes); ``content_type`` is
    guessed from it. Everything is checked before the request; the file is streamed, never loaded whole.
    """
    route, path, headers = _route(target, path_params)
    body = MultipartFile(file, filename=filename, content_type=content_type)
    return vn.call(route, content=body, headers={**headers, **body.headers}, **path)


async def aupload_attachment(
    vn: AsyncCaller,
    target: Any,
    file: FileInput,
    /,
    *,
    filename: str | None = None,
    content_type: str | None = None,
    **path_params: Any,
) -> Result[Any]:
    """Async :func:`upload_attachment`."""
    route, path, headers = _route(target, path_params)
    body = AsyncMultipartFile(file, filename=filename, content_type=content_type)
    return await vn.call(route, content=body, headers={**headers, **body.headers}, **path)
