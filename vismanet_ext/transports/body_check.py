"""Is a 2xx body whole, JSON, and the shape the operation returns? (used by the retry layer)

The body of a response is read after the transport stack returned, so a body that ends early (a
``Content-Length`` the connection did not deliver, a chunked body cut off), invalid JSON, or a list
endpoint answering an object, ``null``, an empty body or an HTML page would escape every retry and surface
as a raw ``RemoteProtocolError`` / ``JSONDecodeError`` traceback, or as a complete-looking export of
garbage. `RetryTransport` therefore reads the body of idempotent requests that carry the
``vismanet_expect`` extension (set by the client from the operation index) and checks it here; a failed
check is retried like a dropped connection and, when the budget is spent, raised as
`vismanet_ext.errors.InvalidResponse`.

The decoded body is kept in the response's ``vismanet_decoded`` extension, so the page is decoded once
(`vismanet_ext.result.decode_body` reuses it). Decoding runs with the cyclic collector paused, as the pager
does (see `vismanet_ext._gc`).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

import httpx

from .. import _json
from .._gc import collector_paused
from . import extensions

__all__ = [
    "EXPECT_JSON",
    "EXPECT_LIST",
    "EXPECT_OBJECT",
    "EXPECT_PAGED",
    "SHAPES",
    "BodyProblem",
    "aread_and_check",
    "checks_body",
    "read_and_check",
    "shape_problem",
]

EXPECT_LIST = "list"
EXPECT_PAGED = "paged"
EXPECT_OBJECT = "object"
EXPECT_JSON = "json"
SHAPES = frozenset({EXPECT_LIST, EXPECT_PAGED, EXPECT_OBJECT, EXPECT_JSON})

#: Statuses whose body is checked (a 204/205 has none; 201/202 bodies belong to the writes layer).
_CHECKED_STATUSES = frozenset({200, 203, 206})


@dataclass(frozen=True, slots=True)
class BodyProblem:
    """Why a body was rejected; ``content`` is what arrived (possibly cut short)."""

    problem: str
    content: bytes
    #: True when the connection broke while the body was read (the body ended early).
    truncated: bool = False


def checks_body(request: httpx.Request, response: httpx.Response) -> str | None:
    """The expected shape when this response's body must be checked, else None.

    Only GETs: they may be resent (a HEAD has no body; a write's body is the writes layer's business).
    """
    expect = request.extensions.get(extensions.EXPECT)
    if not expect or request.method != "GET" or response.status_code not in _CHECKED_STATUSES:
        return None
    return str(expect)


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a JSON boolean"
    if isinstance(value, (int, float)):
        return "a JSON number"
    if isinstance(value, str):
        return "a JSON string"
    if isinstance(value, list):
        return "a JSON list"
    return "a JSON object"


def _non_object_item(items: list[Any]) -> str | None:
    for index, item in enumerate(items):
        if type(item) is not dict:
            return f"item {index} is {_describe(item)}"
    return None


def shape_problem(data: Any, expect: str) -> str | None:
    """What is wrong with decoded JSON `data` for shape `expect`, or None when it fits."""
    if expect == EXPECT_LIST:
        if not isinstance(data, list):
            return f"expected a JSON list of objects, got {_describe(data)}"
        bad = _non_object_item(data)
        return f"expected a JSON list of objects, but {bad}" if bad else None
    if expect == EXPECT_PAGED:
        if not isinstance(data, dict):
            return f"expected a JSON object with a 'records' list, got {_describe(data)}"
        records = data.get("records")
        if records is None:
            return None  # Visma leaves out empty properties; an empty page may come without records
        if not isinstance(records, list):
            return f"expected 'records' to be a JSON list of objects, got {_describe(records)}"
        bad = _non_object_item(records)
        return f"expected 'records' to be a JSON list of objects, but {bad}" if bad else None
    if expect == EXPECT_OBJECT:
        return None if isinstance(data, dict) else f"expected a JSON object, got {_describe(data)}"
    return None


def _says_json(response: httpx.Response) -> bool:
    return "json" in response.headers.get("content-type", "").lower()


def check_content(response: httpx.Response, content: bytes, expect: str) -> BodyProblem | None:
    """Decode and check a fully read body; on success keep the decoded value in the response."""
    if not content.strip():
        if expect in (EXPECT_LIST, EXPECT_PAGED):
            return BodyProblem(f"expected {_expected_words(expect)}, got an empty body", content)
        return None
    if expect in (EXPECT_JSON, EXPECT_OBJECT) and not _says_json(response):
        return None  # a PDF, an attachment, text: not ours to judge
    try:
        with collector_paused():
            data = _json.loads(content)  # orjson when installed (the `fast` extra), same values
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        content_type = response.headers.get("content-type") or "none"
        return BodyProblem(
            f"the body is not JSON ({type(exc).__name__}: {exc}; content-type {content_type})", content
        )
    problem = shape_problem(data, expect)
    if problem is not None:
        return BodyProblem(problem, content)
    _keep(response, data)
    return None


def _expected_words(expect: str) -> str:
    return {
        EXPECT_LIST: "a JSON list of objects",
        EXPECT_PAGED: "a JSON object with a 'records' list",
    }.get(expect, "a JSON body")


def _keep(response: httpx.Response, data: Any) -> None:
    try:
        response.extensions[extensions.DECODED] = data
    except TypeError:  # an immutable mapping from some exotic transport
        merged = dict(response.extensions)
        merged[extensions.DECODED] = data
        response.extensions = merged


def read_and_check(response: httpx.Response, expect: str) -> BodyProblem | None:
    """Read the whole body (sync) and check it; a connection cut mid-body is a truncated `BodyProblem`.

    Other transport errors while reading (a read timeout, a reset) propagate to the retry loop.
    """
    chunks: list[bytes] = []
    try:
        chunks.extend(response.iter_bytes())  # keeps the chunks read before a break
    except httpx.RemoteProtocolError as exc:
        response.close()
        return _truncated(exc, chunks)
    return check_content(response, _store(response, chunks), expect)


async def aread_and_check(response: httpx.Response, expect: str) -> BodyProblem | None:
    """The async twin of `read_and_check`."""
    chunks: list[bytes] = []
    try:
        async for chunk in response.aiter_bytes():
            chunks.append(chunk)
    except httpx.RemoteProtocolError as exc:
        await response.aclose()
        return _truncated(exc, chunks)
    return check_content(response, _store(response, chunks), expect)


def _truncated(exc: Exception, chunks: list[bytes]) -> BodyProblem:
    return BodyProblem(f"the body ended early ({type(exc).__name__}: {exc})", b"".join(chunks), True)


def _store(response: httpx.Response, chunks: list[bytes]) -> bytes:
    """What ``response.read()`` does with the chunks (read by hand to keep the bytes of a broken body)."""
    content = chunks[0] if len(chunks) == 1 else b"".join(chunks)
    response._content = content
    return content


def expected_shape(method: str, op: Any | None) -> str | None:
    """The body a 2xx answer to ``method`` must have, from the operation index entry `op` (None: not indexed).

    Only GETs are checked (they may be resent; write bodies belong to the writes layer): a list operation
    answers a list of objects, a ``BasePaginationDto`` one an object with ``records``, one with a response
    model an object; anything else only has to be valid JSON when it says it is JSON.
    """
    if method.upper() != "GET":
        return None
    if op is None:
        return EXPECT_JSON
    if op.response_is_list:
        return EXPECT_LIST
    if op.pages:
        return EXPECT_PAGED
    if op.response_model and not _free_form(op.response_model):
        return EXPECT_OBJECT
    return EXPECT_JSON


def _free_form(model_name: str) -> bool:
    """True for a schema without properties (print outputs, attachments, background job content)."""
    models = importlib.import_module("vismanet_client.models")
    cls = getattr(models, model_name, None)
    fields = getattr(cls, "__attrs_attrs__", None)
    if fields is None:
        return True
    return all(f.name == "additional_properties" for f in fields)
