"""Every exception the SDK raises, and the factory that turns a failed HTTP response into one.

Design rules:

* one base class (`VismaNetError`) so callers can catch everything the SDK raises;
* HTTP failures are subclasses of `ApiError` keyed by status, so callers catch the case they can handle
  (`NotFound`, `PreconditionFailed`, ...) without comparing numbers;
* exceptions keep only plain, redacted data (no `httpx.Request`, whose headers carry the bearer token),
  so printing, logging or pickling one never leaks a secret.
"""

from __future__ import annotations

import email.utils
import json
import math
import re
import time
from http import HTTPStatus
from typing import Any

import httpx

from . import _redact

__all__ = [
    "REQUEST_ID_HEADERS",
    "ApiError",
    "AuthenticationError",
    "BadRequest",
    "Conflict",
    "InvalidArgument",
    "InvalidResponse",
    "NetworkError",
    "NotFound",
    "PermissionDenied",
    "PreconditionFailed",
    "RateLimited",
    "ServerError",
    "VismaNetError",
    "aerror_from_response",
    "error_class_for_status",
    "error_from_response",
    "parse_retry_after",
]

#: Response headers searched, in order, for an id to quote to Visma support.
REQUEST_ID_HEADERS = (
    "x-request-id",
    "request-id",
    "x-correlation-id",
    "correlation-id",
    "ipp-request-id",
    "x-ms-request-id",
    "x-amzn-requestid",
)

_MAX_MESSAGE = 500
_TAG_RE = re.compile(r"<[^>]+>")


class VismaNetError(Exception):
    """Base of everything the SDK raises: ``except VismaNetError`` catches them all."""


class InvalidArgument(VismaNetError, ValueError):
    """Bad input detected on the client side; raised before any request is sent."""


class NetworkError(VismaNetError):
    """The server could not be reached or did not answer (after the retry budget was spent).

    The originating httpx exception is chained as ``__cause__``.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        url: str | None = None,
        retries: int = 0,
        is_timeout: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = _redact.scrub(message)
        self.method = method
        self.url = _redact.redact_url(url) if url else url
        self.retries = retries
        self.is_timeout = is_timeout

    @classmethod
    def from_exception(cls, exc: BaseException, request: httpx.Request | None = None) -> NetworkError:
        """Wrap an httpx transport error; use as ``raise NetworkError.from_exception(exc) from exc``."""
        if request is None and isinstance(exc, httpx.RequestError):
            try:
                request = exc.request
            except RuntimeError:
                request = None
        method = request.method if request is not None else None
        url = _redact.redact_url(request.url) if request is not None else None
        detail = _redact.scrub(str(exc)) or "no detail"
        where = f" {method} {url}" if request is not None else ""
        retries = int(getattr(exc, "vismanet_retries", 0) or 0)
        suffix = f" (after {retries} retries)" if retries else ""
        err = cls(
            f"{type(exc).__name__}:{where}: {detail}{suffix}",
            method=method,
            url=url,
            retries=retries,
            is_timeout=isinstance(exc, httpx.TimeoutException),
        )
        err.__cause__ = exc
        err.__suppress_context__ = True
        return err

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), self.args, dict(self.__dict__)))


class ApiError(VismaNetError):
    """The server answered with a non-2xx status.

    ``message`` is Visma's own text, taken from whichever body shape came back; ``body`` is the raw text
    (redacted); ``headers`` are the response headers (redacted); ``retries`` is how often the transport
    resent the request before giving up.
    """

    def __init__(
        self,
        *,
        status_code: int,
        message: str = "",
        exception_type: str | None = None,
        fault_code: str | None = None,
        message_id: str | None = None,
        details: Any = None,
        body: str = "",
        method: str = "",
        url: str = "",
        headers: httpx.Headers | dict[str, str] | None = None,
        request_id: str | None = None,
        retries: int = 0,
    ) -> None:
        self.status_code = status_code
        self.message = _readable(_redact.scrub(message or ""))
        self.exception_type = exception_type
        self.fault_code = fault_code
        self.message_id = message_id
        self.details = details
        self.body = _redact.scrub(body or "")
        self.method = method
        self.url = _redact.redact_url(url) if url else ""
        self.headers = _redact.redact_headers(headers)
        self.request_id = request_id
        self.retries = retries
        super().__init__(self._summary())

    @property
    def reason(self) -> str:
        """The standard reason phrase of ``status_code`` ("Not Found"), or "" if it has none."""
        try:
            return HTTPStatus(self.status_code).phrase
        except ValueError:
            return ""

    def _summary(self) -> str:
        parts = [f"{self.status_code} {self.reason}".strip()]
        if self.method or self.url:
            parts.append(f"{self.method} {self.url}".strip())
        if self.message:
            parts.append(self.message)
        else:
            fault = self._fault_text()
            if fault:
                parts.append(fault)
        return ": ".join(parts)

    def _fault_text(self) -> str:
        """What else Visma sent when its message is empty (a real 400 carried only fault code 12002).

        ``IPPException fault 12002 (message id 12002_...)``; "" when there is nothing either.
        """
        words = [self.exception_type or ""]
        if self.fault_code:
            words.append(f"fault {self.fault_code}")
        text = " ".join(w for w in words if w)
        if self.message_id:
            text = f"{text} (message id {self.message_id})" if text else f"message id {self.message_id}"
        return _one_line(_redact.scrub(text))

    def __str__(self) -> str:
        return self._summary()

    def __repr__(self) -> str:
        fields = [f"status_code={self.status_code!r}", f"message={self.message!r}"]
        for name in ("exception_type", "fault_code", "message_id", "request_id"):
            value = getattr(self, name)
            if value is not None:
                fields.append(f"{name}={value!r}")
        fields.append(f"method={self.method!r}")
        fields.append(f"url={self.url!r}")
        return f"{type(self).__name__}({', '.join(fields)})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), self.args, dict(self.__dict__)))


class BadRequest(ApiError):
    """400: the server rejected the request as invalid (validation errors, unknown fields, ...)."""


class AuthenticationError(ApiError):
    """401, or any failure of the OAuth token endpoint (bad client id/secret, tenant, scope)."""


class PermissionDenied(ApiError):
    """403: authenticated, but the user/client may not do this (roles, company access)."""


class NotFound(ApiError):
    """404: the resource does not exist (or is not visible to this company)."""


class Conflict(ApiError):
    """409: the request conflicts with the resource's current state."""


class PreconditionFailed(ApiError):
    """412: the If-Match ETag no longer matches; someone changed the resource since you read it.

    ``etag_sent`` is the If-Match value of the failed request, so you can tell which version you had.
    """

    def __init__(self, *, etag_sent: str | None = None, **kwargs: Any) -> None:
        self.etag_sent = etag_sent
        super().__init__(**kwargs)


class RateLimited(ApiError):
    """429: the company's call quota is spent. ``retry_after`` is the server's hint in seconds, if any."""

    def __init__(self, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(**kwargs)


class ServerError(ApiError):
    """5xx: the server failed; safe to retry later for idempotent requests."""


#: How many bytes of an unusable body `InvalidResponse` keeps (enough to recognise an HTML page).
BODY_PREVIEW_BYTES = 200


class InvalidResponse(ApiError):
    """A 2xx answer whose body cannot be used: cut short, not JSON, or not the shape the operation returns.

    Idempotent requests are resent first, like after a dropped connection (see
    `vismanet_ext.transports.retry`); this is raised when the retry budget is spent. ``problem`` says what
    was wrong (``"the body is not JSON (...)"``, ``"expected a JSON list of objects, got a JSON object"``);
    ``body`` holds the first `BODY_PREVIEW_BYTES` bytes received, decoded leniently.
    """

    def __init__(self, *, problem: str = "", **kwargs: Any) -> None:
        self.problem = problem
        super().__init__(**kwargs)

    @classmethod
    def from_response(
        cls,
        response: httpx.Response,
        problem: str,
        content: bytes | None = None,
        *,
        request: httpx.Request | None = None,
        retries: int | None = None,
    ) -> InvalidResponse:
        """Build one from the response (``content``: the bytes received, when reading did not finish;
        ``request``: for a transport, where the response is not bound to its request yet)."""
        if content is None:
            try:
                content = response.content
            except httpx.ResponseNotRead:
                content = b""
        preview = content[:BODY_PREVIEW_BYTES].decode("utf-8", errors="replace")
        shown = f"{preview!r}" + ("..." if len(content) > BODY_PREVIEW_BYTES else "")
        if request is None:
            request = _request_of(response)
        if retries is None:
            retries = int(response.extensions.get("vismanet_retries", 0) or 0)
        suffix = f" (after {retries} retries)" if retries else ""
        return cls(
            problem=problem,
            status_code=response.status_code,
            message=f"invalid response: {problem}; {len(content)} bytes, starting {shown}{suffix}"
            if content
            else f"invalid response: {problem}; the body is empty{suffix}",
            body=preview,
            method=request.method if request is not None else "",
            url=str(request.url) if request is not None else "",
            headers=response.headers,
            request_id=_request_id(response.headers),
            retries=retries,
        )


_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequest,
    401: AuthenticationError,
    403: PermissionDenied,
    404: NotFound,
    409: Conflict,
    412: PreconditionFailed,
    429: RateLimited,
}


def error_class_for_status(status_code: int) -> type[ApiError]:
    """The `ApiError` subclass raised for `status_code`."""
    if status_code in _BY_STATUS:
        return _BY_STATUS[status_code]
    if 500 <= status_code <= 599:
        return ServerError
    return ApiError


def parse_retry_after(
    value: str | None, *, now: float | None = None, date: str | None = None
) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta seconds or an HTTP date), or None.

    An HTTP date is measured against the response's own ``Date`` header when given (so client clock
    skew does not matter), else against `now` (epoch seconds, default ``time.time()``). Past dates give 0.
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        if not math.isfinite(seconds):
            return None
        return max(0.0, seconds)
    target = _parse_http_date(value)
    if target is None:
        return None
    reference = _parse_http_date(date) if date else None
    if reference is None:
        reference = time.time() if now is None else now
    return max(0.0, target - reference)


def _parse_http_date(value: str) -> float | None:
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed is None:
        return None
    return parsed.timestamp()


def error_from_response(
    response: httpx.Response, *, error_class: type[ApiError] | None = None
) -> ApiError:
    """Build the right `ApiError` subclass for a non-2xx response.

    Reads the body if it was not read yet (sync streams); for an unread async stream call
    `aerror_from_response` or ``await response.aread()`` first. `error_class` overrides the class chosen
    by status (the auth flow uses it to raise `AuthenticationError` for any token-endpoint failure).
    """
    body = _body_text(response)
    message, exception_type, fault_code, message_id, details = _parse_body(
        body, response.headers.get("content-type", "")
    )
    request = _request_of(response)
    cls = error_class or error_class_for_status(response.status_code)
    kwargs: dict[str, Any] = {
        "status_code": response.status_code,
        "message": message,
        "exception_type": exception_type,
        "fault_code": fault_code,
        "message_id": message_id,
        "details": details,
        "body": body,
        "method": request.method if request is not None else "",
        "url": str(request.url) if request is not None else "",
        "headers": response.headers,
        "request_id": _request_id(response.headers),
        # Key written by RetryTransport (vismanet_ext.transports.extensions.RETRIES).
        "retries": int(response.extensions.get("vismanet_retries", 0) or 0),
    }
    if issubclass(cls, RateLimited):
        kwargs["retry_after"] = parse_retry_after(
            response.headers.get("retry-after"), date=response.headers.get("date")
        )
    if issubclass(cls, PreconditionFailed):
        kwargs["etag_sent"] = request.headers.get("if-match") if request is not None else None
    return cls(**kwargs)


async def aerror_from_response(
    response: httpx.Response, *, error_class: type[ApiError] | None = None
) -> ApiError:
    """`error_from_response` for async responses: reads an unread async stream first."""
    try:
        await response.aread()
    except (httpx.StreamError, RuntimeError):
        pass
    return error_from_response(response, error_class=error_class)


def _restore(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> BaseException:
    err = cls.__new__(cls)
    err.args = args
    err.__dict__.update(state)
    return err


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:
        return None


def _body_text(response: httpx.Response) -> str:
    try:
        _ = response.content
    except httpx.ResponseNotRead:
        try:
            response.read()
        except (httpx.StreamError, RuntimeError):
            return ""
    try:
        return response.text
    except (UnicodeDecodeError, LookupError):
        return response.content.decode("utf-8", errors="replace")


def _request_id(headers: httpx.Headers) -> str | None:
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return str(value)
    return None


def _readable(text: str) -> str:
    """A multi-line message on one line, each line still recognisable.

    Visma's validation errors come as several lines (``...Please review the errors.\\r\\nError: 'Customer
    ID' cannot be empty.\\r\\n``, ON-IT/Visma.Net issue #78). Lines (``\\r\\n``, ``\\n``, ``\\r``) are joined
    with a space after a line that ends a sentence, else with ``"; "`` so two list items never run together.
    """
    out = ""
    for line in text.splitlines():
        line = " ".join(line.split())
        if not line:
            continue
        if out:
            out += " " if out[-1] in ".!?:;," else "; "
        out += line
    return _one_line(out)


def _one_line(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > _MAX_MESSAGE:
        text = text[: _MAX_MESSAGE - 1] + "\u2026"
    return text


def _str_or_none(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


_Parsed = tuple[str, str | None, str | None, str | None, Any]


def _parse_body(body: str, content_type: str) -> _Parsed:
    """(message, exception_type, fault_code, message_id, details) from any body shape we have seen."""
    stripped = body.strip()
    if not stripped:
        return "", None, None, None, None
    try:
        data = json.loads(stripped)
    except ValueError:
        return _plain_text_message(stripped, content_type), None, None, None, None
    if isinstance(data, dict):
        return _parse_mapping(data)
    if isinstance(data, str):
        return data, None, None, None, None
    if isinstance(data, list):
        messages = [_parse_mapping(item)[0] if isinstance(item, dict) else str(item) for item in data]
        return "; ".join(m for m in messages if m), None, None, None, data
    return stripped, None, None, None, None


def _parse_mapping(data: dict[str, Any]) -> _Parsed:
    # Visma's exception shape.
    if any(key in data for key in ("ExceptionMessage", "ExceptionType", "ExceptionFaultCode")):
        return (
            str(data.get("ExceptionMessage") or data.get("message") or data.get("Message") or ""),
            _str_or_none(data.get("ExceptionType")),
            _str_or_none(data.get("ExceptionFaultCode")),
            _str_or_none(data.get("ExceptionMessageID")),
            data.get("ExceptionDetails"),
        )
    # OAuth error shape: {"error": "invalid_client", "error_description": "..."}.
    if isinstance(data.get("error"), str) and ("error_description" in data or len(data) <= 3):
        code = data["error"]
        description = data.get("error_description")
        message = f"{code}: {description}" if description else code
        return message, None, code, None, data.get("error_uri")
    # {"message": ...} (Visma), ASP.NET {"Message", "MessageDetail"}, problem+json {"title", "detail"}.
    for key in ("message", "Message", "title", "detail", "error_description"):
        value = data.get(key)
        if isinstance(value, str) and value:
            details = None
            for detail_key in ("MessageDetail", "ModelState", "errors", "details", "Details"):
                if data.get(detail_key) is not None:
                    details = data[detail_key]
                    break
            if key == "title" and isinstance(data.get("detail"), str):
                value = f"{value}: {data['detail']}"
            return value, None, _str_or_none(data.get("code") or data.get("errorCode")), None, details
    if isinstance(data.get("error"), dict):
        return _parse_mapping(data["error"])
    return json.dumps(data, ensure_ascii=False), None, None, None, None


def _plain_text_message(text: str, content_type: str) -> str:
    if "html" in content_type.lower() or text.startswith("<"):
        title = re.search(r"(?is)<title[^>]*>(.*?)</title>", text)
        if title and title.group(1).strip():
            return title.group(1)
        text = " ".join(_TAG_RE.sub(" ", text).split())  # markup line breaks mean nothing
    return text


# --- background jobs (owned by vismanet_ext.writes) ---------------------------------------------------------

__all__ += ["BackgroundJobFailed", "BackgroundNotAccepted", "BackgroundTimeout"]


class BackgroundJobFailed(ApiError):
    """A background job finished, but its operation failed (``Failed``, or its status code was >= 400).

    ``status_code`` and ``message`` are the operation's own (e.g. 400, "Payment can't be updated because it
    is already released."); ``url`` is the operation's original URI; ``job_id``, ``state`` (the last
    `BackgroundState`) and ``content`` (its response body: JSON, bytes or None) describe the job.
    """

    def __init__(self, *, job_id: str, state: Any = None, content: Any = None, **kwargs: Any) -> None:
        self.job_id = job_id
        self.state = state
        self.content = content
        super().__init__(**kwargs)

    def _summary(self) -> str:
        return f"background job {self.job_id}: {super()._summary()}"


class BackgroundTimeout(VismaNetError):
    """A background job was not done within the timeout. ``job`` is still valid: call ``job.wait()`` again."""

    def __init__(self, job: Any, *, timeout: float | None = None, last_state: Any = None) -> None:
        self.job = job
        self.job_id: str = getattr(job, "id", str(job))
        self.timeout = timeout
        self.last_state = last_state
        status = getattr(last_state, "status", None) or "unknown"
        super().__init__(
            f"background job {self.job_id} not done after {timeout}s (last status: {status}); "
            f"call job.wait() again, or resume later with background_job({self.job_id!r})"
        )


class BackgroundNotAccepted(VismaNetError):
    """The server answered a background request with a 2xx other than 202: the operation ran synchronously.

    ``result`` is that synchronous `Result` (the work is done; do not resend blindly).
    """

    def __init__(self, message: str, *, result: Any, status_code: int) -> None:
        super().__init__(message)
        self.result = result
        self.status_code = status_code


# --- writes whose answer was lost (owned by vismanet_ext.writes; see vismanet_ext.writes.lost) ------------

__all__ += ["OutcomeUnknown"]


class OutcomeUnknown(NetworkError):
    """A write left the client and may have been applied, but no answer arrived: do not resend blindly.

    Raised for a POST (create, action, attachment upload, background start) after the request left, and for
    a conditional write (``If-Match``) or DELETE whose outcome could not be established by reading the record
    back. ``method`` and ``url`` (redacted) name the request, ``cause`` describes what happened instead of
    an answer (``"ReadError: ..."``, ``"502 Bad Gateway"``; the exception itself is chained as
    ``__cause__``), ``kind`` is ``"create"``, ``"update"``, ``"delete"``, ``"action"``, ``"upload"``,
    ``"background"`` or ``"write"``, and ``advice`` says what to do before sending again. ``current`` is the
    record as read back during reconciliation (or None), ``sent`` the JSON body that was sent (or None).
    A subclass of `NetworkError`, so existing ``except NetworkError`` handlers still see it.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        url: str | None = None,
        cause: str = "",
        kind: str = "write",
        advice: str = "",
        current: Any = None,
        sent: Any = None,
        retries: int = 0,
        is_timeout: bool = False,
    ) -> None:
        super().__init__(message, method=method, url=url, retries=retries, is_timeout=is_timeout)
        self.cause = _redact.scrub(cause)
        self.kind = kind
        self.advice = advice
        self.current = current
        self.sent = sent


# --- responses that do not fit the documented models (owned by vismanet_ext.validation) -------------------

__all__ += ["ResponseValidationError"]


class ResponseValidationError(VismaNetError):
    """A parsed value holds data that does not fit the types Visma's spec documents (strict mode).

    Parsing is lenient by default (a value of another type is kept as received); ``vismanet_ext.validate()``
    and ``VismaNet(strict=True)`` raise this instead. ``problems`` lists each value (``.model``, ``.field``,
    ``.path``, ``.value``, ``.expected``); ``str()`` names the first few: model, field path and value.
    """

    def __init__(self, message: str, *, problems: list[Any]) -> None:
        super().__init__(message)
        self.problems = problems

    def __reduce__(self) -> Any:
        return (_restore, (type(self), self.args, self.__dict__))
