"""Background (long-running) operations, in the style of azure-core's pollers.

Any v1/v2 operation sent with the ``erp-api-background`` header is queued by
Visma and answered ``202 {"id", "stateLocation"}``. The state lives for 24
hours at ``GET /v1/background/{id}`` (``Started`` -> ``Finished``/``Failed``
with the operation's own ``statusCode``), the operation's response body at
``GET /v1/background/{id}/content``. A job is fully described by its id, which
is therefore the continuation token: resume it from another process with
``background_job(vn, id)``.

We always poll the documented route with the id rather than following
``stateLocation``: it keeps the bearer token on the configured host.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx

from ..errors import (
    ApiError,
    BackgroundJobFailed,
    BackgroundNotAccepted,
    BackgroundTimeout,
    InvalidArgument,
    NotFound,
)
from ..operations import check_segment
from ..result import Result, id_from_location
from ._protocols import AsyncCaller, SyncCaller
from .notify import HEADER, Notify, notify_header

__all__ = [
    "CONTENT_ROUTE",
    "STATE_ROUTE",
    "AsyncBackgroundJob",
    "BackgroundJob",
    "BackgroundResult",
    "BackgroundState",
    "abackground_job",
    "astart_background",
    "background_job",
    "start_background",
]

STATE_ROUTE = "GET /v1/background/{requestId}"
CONTENT_ROUTE = "GET /v1/background/{requestId}/content"

#: Statuses after which the state no longer changes.
DONE_STATUSES = frozenset({"finished", "failed"})


def _parse_time(value: Any) -> _dt.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = _dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    # The fields are named ...Utc; the server sometimes omits the zone designator.
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=_dt.UTC)


@dataclass(frozen=True, slots=True)
class BackgroundState:
    """One reading of ``GET /v1/background/{id}`` (Visma's ``BackgroundRequestStateDto``)."""

    id: str
    status: str
    status_code: int
    received_utc: _dt.datetime | None = None
    started_utc: _dt.datetime | None = None
    finished_utc: _dt.datetime | None = None
    error_message: str | None = None
    original_uri: str | None = None
    webhook_address: str | None = None
    reference: str | None = None
    has_response_content: bool = False
    has_request_content: bool = False
    content_location: str | None = None
    response_headers: Mapping[str, str] = field(default_factory=dict)
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_json(cls, data: Any, job_id: str) -> BackgroundState:
        if not isinstance(data, Mapping):
            raise InvalidArgument(f"background job {job_id}: the state is not a JSON object: {data!r:.200}")

        def text(key: str) -> str | None:
            value = data.get(key)
            return value if isinstance(value, str) and value else None

        code = data.get("statusCode")
        headers = data.get("responseHeaders")
        return cls(
            id=text("id") or job_id,
            status=text("status") or "Unknown",
            status_code=code if isinstance(code, int) and not isinstance(code, bool) else 0,
            received_utc=_parse_time(data.get("receivedUtc")),
            started_utc=_parse_time(data.get("startedUtc")),
            finished_utc=_parse_time(data.get("finishedUtc")),
            error_message=text("errorMessage"),
            original_uri=text("originalUri"),
            webhook_address=text("webhookAddress"),
            reference=text("reference"),
            has_response_content=data.get("hasResponseContent") is True,
            has_request_content=data.get("hasRequestContent") is True,
            content_location=text("contentLocation"),
            response_headers={str(k): str(v) for k, v in headers.items()} if isinstance(headers, Mapping) else {},
            raw=dict(data),
        )

    @property
    def done(self) -> bool:
        """The job will not change any more (``Finished`` or ``Failed``)."""
        return self.status.lower() in DONE_STATUSES

    @property
    def failed(self) -> bool:
        """Done, and either Visma reports ``Failed`` or the operation answered with an error status."""
        return self.done and (self.status.lower() == "failed" or self.status_code >= 400)


@dataclass(frozen=True, slots=True)
class BackgroundResult:
    """The outcome of a finished job: what the operation would have answered synchronously."""

    job_id: str
    status_code: int
    headers: httpx.Headers
    content: Any
    state: BackgroundState

    @property
    def location(self) -> str | None:
        """The operation's ``Location`` header (a background POST still reports the created record)."""
        location: str | None = self.headers.get("location")
        return location

    @property
    def id(self) -> str | None:
        """The created record's key from ``Location``, as ``Result.id``."""
        return id_from_location(self.location)

    @property
    def etag(self) -> str | None:
        etag: str | None = self.headers.get("etag")
        return etag


# -- shared, I/O-free pieces ------------------------------------------------------------------------------


def _check_job_id(job_id: Any) -> str:
    if not isinstance(job_id, str) or not job_id.strip():
        raise InvalidArgument(f"a background job id must be a non-empty string, got {job_id!r}")
    return check_segment("job id", job_id.strip())  # "." or ".." would poll another endpoint


def _start_kwargs(notify: Notify, kwargs: dict[str, Any]) -> dict[str, Any]:
    for name in ("erp_api_background", "erp-api-background", "erpApiBackground"):
        if name in kwargs:
            raise InvalidArgument(f"pass notify=..., not {name}=, to start a background job")
    headers = dict(kwargs.pop("headers", None) or {})
    if any(k.lower() == HEADER for k in headers):
        raise InvalidArgument(f"pass notify=..., not an explicit {HEADER} header, to start a background job")
    headers[HEADER] = notify_header(notify)
    kwargs["headers"] = headers
    return kwargs


def _accepted(result: Result[Any], target: Any) -> tuple[str, str | None]:
    """The job id and state location of a 202, or the error explaining why there is none."""
    request = result.raw.request if _has_request(result.raw) else None
    where = f"{request.method} {request.url.path}" if request is not None else str(target)
    if result.status_code != 202:
        raise BackgroundNotAccepted(
            f"{where} did not accept background execution: it answered {result.status_code} instead of "
            "202 Accepted, so the operation already ran synchronously; its response is in .result",
            result=result,
            status_code=result.status_code,
        )
    body = result.json()
    data = body if isinstance(body, Mapping) else {}
    job_id = next((data[k] for k in ("id", "jobId", "JobId", "Id") if isinstance(data.get(k), str) and data[k]), None)
    if job_id is None:
        raise ApiError(
            status_code=202,
            message=f"{where} answered 202 Accepted without a job id in its body: {str(body)[:200]}",
            method=request.method if request is not None else "",
            url=str(request.url) if request is not None else "",
            headers=result.headers,
        )
    location = data.get("stateLocation") or result.headers.get("location")
    return job_id, location if isinstance(location, str) and location else None


def _has_request(response: httpx.Response) -> bool:
    try:
        _ = response.request
    except RuntimeError:
        return False
    return True


def _explain_missing(err: ApiError, job_id: str, what: str) -> NotFound:
    expired = err.status_code == 410
    reason = (
        "its state was removed (Visma keeps background job state for 24 hours)"
        if expired
        else "the id is wrong, belongs to another company, or the job is older than 24 hours "
        "(Visma keeps background job state for 24 hours)"
    )
    found = NotFound(
        status_code=err.status_code,
        message=f"background job {job_id}: no {what} found: {reason}. Server said: {err.message or err.reason}",
        body=err.body,
        method=err.method,
        url=err.url,
        headers=err.headers,
        request_id=err.request_id,
        retries=err.retries,
    )
    found.__cause__ = err
    return found


@contextmanager
def _job_lookup(job_id: str, what: str) -> Iterator[None]:
    """Turn the server's 404/410 for a job into a NotFound that explains the 24-hour limit."""
    try:
        yield
    except ApiError as err:
        if err.status_code in (404, 410):
            raise _explain_missing(err, job_id, what) from err
        raise


def _content_of(result: Result[Any]) -> Any:
    raw = result.raw
    if not raw.content:
        return None
    if "json" in raw.headers.get("content-type", "").lower():
        return result.json()
    return raw.content


def _failure_message(state: BackgroundState, content: Any) -> str:
    if isinstance(content, Mapping):
        for key in ("message", "Message", "ExceptionMessage", "errorMessage", "detail", "title"):
            value = content.get(key)
            if isinstance(value, str) and value:
                return value
    if isinstance(content, str) and content.strip():
        return content.strip()
    if isinstance(content, bytes) and content.strip():
        return content.decode("utf-8", errors="replace").strip()
    if state.error_message:
        return state.error_message
    return f"the background operation ended with status {state.status!r} ({state.status_code})"


def _finish(state: BackgroundState, content: Any) -> BackgroundResult:
    if state.failed:
        raise BackgroundJobFailed(
            job_id=state.id,
            state=state,
            content=content,
            status_code=state.status_code,
            message=_failure_message(state, content),
            url=state.original_uri or "",
            headers=dict(state.response_headers),
        )
    return BackgroundResult(
        job_id=state.id,
        status_code=state.status_code,
        headers=httpx.Headers(dict(state.response_headers)),
        content=content,
        state=state,
    )


@dataclass(slots=True)
class _Schedule:
    """Growing poll intervals, never sleeping past the deadline."""

    timeout: float | None
    interval: float
    max_interval: float
    backoff: float
    deadline: float | None = None

    def __post_init__(self) -> None:
        if self.timeout is not None and not self.timeout >= 0:
            raise InvalidArgument(f"timeout must be None or >= 0 seconds, got {self.timeout!r}")
        if not self.interval > 0:
            raise InvalidArgument(f"poll_interval must be > 0 seconds, got {self.interval!r}")
        if not self.max_interval >= self.interval:
            raise InvalidArgument(f"max_interval ({self.max_interval!r}) must be >= poll_interval ({self.interval!r})")
        if not self.backoff >= 1:
            raise InvalidArgument(f"backoff must be >= 1, got {self.backoff!r}")
        if self.timeout is not None:
            self.deadline = time.monotonic() + self.timeout

    def next_delay(self) -> float | None:
        """Seconds to sleep before the next poll, or None when the deadline has passed."""
        delay = self.interval
        if self.deadline is not None:
            remaining = self.deadline - time.monotonic()
            if remaining <= 0:
                return None
            delay = min(delay, remaining)
        self.interval = min(self.interval * self.backoff, self.max_interval)
        return delay


class _JobBase:
    def __init__(self, job_id: str, state_location: str | None = None) -> None:
        self._id = _check_job_id(job_id)
        self._state_location = state_location
        self._state: BackgroundState | None = None
        self._result: BackgroundResult | None = None

    @property
    def id(self) -> str:
        return self._id

    @property
    def state_location(self) -> str | None:
        """Where the server said the state lives (from the 202), if known."""
        return self._state_location

    @property
    def last_state(self) -> BackgroundState | None:
        """The state from the most recent poll, without asking the server."""
        return self._state

    def continuation_token(self) -> str:
        """What to store to resume the job later: its id."""
        return self._id

    def status(self) -> str:
        """The status from the last poll (``Accepted`` before the first); makes no request."""
        return self._state.status if self._state is not None else "Accepted"

    def done(self) -> bool:
        """Whether the last poll found the job finished or failed; makes no request."""
        return self._state is not None and self._state.done

    def _timeout(self, timeout: float | None) -> BackgroundTimeout:
        return BackgroundTimeout(self, timeout=timeout, last_state=self._state)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} id={self._id!r} status={self.status()!r}>"


class BackgroundJob(_JobBase):
    """A queued operation on a sync client. Resume one from its id with :func:`background_job`."""

    def __init__(
        self,
        client: SyncCaller,
        job_id: str,
        state_location: str | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(job_id, state_location)
        self._client = client
        self._sleep = sleep

    def poll(self) -> BackgroundState:
        """Ask the server for the current state (raises ``NotFound`` for an unknown or expired id)."""
        with _job_lookup(self._id, "state"):
            result = self._client.call(STATE_ROUTE, requestId=self._id)
        self._state = BackgroundState.from_json(result.json(), self._id)
        return self._state

    def fetch_content(self) -> Any:
        """The operation's response body: parsed JSON, else bytes; None when it had none."""
        with _job_lookup(self._id, "response content"):
            result = self._client.call(CONTENT_ROUTE, requestId=self._id)
        return _content_of(result)

    def wait(
        self,
        timeout: float | None = None,
        poll_interval: float = 1.0,
        *,
        max_interval: float = 30.0,
        backoff: float = 1.5,
    ) -> BackgroundResult:
        """Poll until the job is done and return its outcome.

        Intervals start at ``poll_interval`` and grow by ``backoff`` up to ``max_interval``. Raises
        ``BackgroundJobFailed`` when the operation failed and ``BackgroundTimeout`` (carrying this job;
        call ``wait`` again to keep waiting) when ``timeout`` seconds pass first.
        """
        if self._result is not None:
            return self._result
        schedule = _Schedule(timeout, poll_interval, max_interval, backoff)
        while True:
            state = self.poll()
            if state.done:
                content = self.fetch_content() if state.has_response_content else None
                self._result = _finish(state, content)
                return self._result
            delay = schedule.next_delay()
            if delay is None:
                raise self._timeout(timeout)
            self._sleep(delay)

    result = wait


class AsyncBackgroundJob(_JobBase):
    """A queued operation on an async client: ``await job.poll()``, ``await job.wait()``."""

    def __init__(
        self,
        client: AsyncCaller,
        job_id: str,
        state_location: str | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        super().__init__(job_id, state_location)
        self._client = client
        self._sleep = sleep

    async def poll(self) -> BackgroundState:
        """Ask the server for the current state (raises ``NotFound`` for an unknown or expired id)."""
        with _job_lookup(self._id, "state"):
            result = await self._client.call(STATE_ROUTE, requestId=self._id)
        self._state = BackgroundState.from_json(result.json(), self._id)
        return self._state

    async def fetch_content(self) -> Any:
        """The operation's response body: parsed JSON, else bytes; None when it had none."""
        with _job_lookup(self._id, "response content"):
            result = await self._client.call(CONTENT_ROUTE, requestId=self._id)
        return _content_of(result)

    async def wait(
        self,
        timeout: float | None = None,
        poll_interval: float = 1.0,
        *,
        max_interval: float = 30.0,
        backoff: float = 1.5,
    ) -> BackgroundResult:
        """As :meth:`BackgroundJob.wait`."""
        if self._result is not None:
            return self._result
        schedule = _Schedule(timeout, poll_interval, max_interval, backoff)
        while True:
            state = await self.poll()
            if state.done:
                content = await self.fetch_content() if state.has_response_content else None
                self._result = _finish(state, content)
                return self._result
            delay = schedule.next_delay()
            if delay is None:
                raise self._timeout(timeout)
            await self._sleep(delay)

    result = wait


# -- entry points --------------------------------------------------------------------------------------------


def start_background(vn: SyncCaller, target: Any, /, *, notify: Notify = "none", **kwargs: Any) -> BackgroundJob:
    """Send ``target`` (an operation module or ``"METHOD /path"``) for background execution.

    ``notify``: ``"none"``, ``"subscription"``, a mapping of webhook headers, or a URL. Every other
    keyword goes to ``vn.call`` (path/query parameters, ``body=``, ``if_match=``, ...).
    """
    call_kwargs = _start_kwargs(notify, dict(kwargs))
    result = vn.call(target, **call_kwargs)
    job_id, location = _accepted(result, target)
    return BackgroundJob(vn, job_id, location)


async def astart_background(
    vn: AsyncCaller, target: Any, /, *, notify: Notify = "none", **kwargs: Any
) -> AsyncBackgroundJob:
    """Async :func:`start_background`."""
    call_kwargs = _start_kwargs(notify, dict(kwargs))
    result = await vn.call(target, **call_kwargs)
    job_id, location = _accepted(result, target)
    return AsyncBackgroundJob(vn, job_id, location)


def background_job(vn: SyncCaller, job_id: str) -> BackgroundJob:
    """Resume a job from its id (e.g. in another process); makes no request until you poll or wait."""
    return BackgroundJob(vn, job_id)


def abackground_job(vn: AsyncCaller, job_id: str) -> AsyncBackgroundJob:
    """Async :func:`background_job`."""
    return AsyncBackgroundJob(vn, job_id)
