"""The background API: ``erp-api-background: none | subscription[:k=v,..] | <url>``.

A request carrying the header is answered ``202 {"id", "stateLocation"}`` and
replayed later by a worker thread (after ``delay`` seconds; ``None`` means only
when a test calls :meth:`BackgroundQueue.run_pending`). Its state document
(``BackgroundRequestStateDto``) and response content live for 24 hours.
For a URL value the finished notification is POSTed there (best effort);
every notification is also recorded in ``notifications`` for tests.
"""

from __future__ import annotations

import heapq
import json
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from .errors import bad_request, message_error, not_found
from .messages import SandboxRequest, SandboxResponse

RETENTION_SECONDS = 24 * 3600.0
_PASSED_HEADERS = ("location", "etag", "content-type")


@dataclass(frozen=True)
class Mode:
    kind: str                      # "none" | "subscription" | "url"
    target: str = ""               # the URL for kind "url"
    values: tuple[tuple[str, str], ...] = ()  # subscription name/value pairs


def parse_mode(raw: str) -> Mode:
    value = raw.strip()
    if value.lower() == "none":
        return Mode("none")
    if value.lower() == "subscription":
        return Mode("subscription")
    if value.lower().startswith("subscription:"):
        pairs = []
        for item in value[len("subscription:"):].split(","):
            name, sep, val = item.partition("=")
            if not sep or not name.strip() or not val.strip():
                raise bad_request(
                    f"Invalid erp-api-background header value '{raw}'. Expected "
                    "'subscription:<name>=<value>,..' with non-empty names and values."
                )
            pairs.append((name.strip(), val.strip()))
        return Mode("subscription", values=tuple(pairs))
    parts = urlsplit(value)
    if parts.scheme in ("http", "https") and parts.netloc:
        return Mode("url", target=value)
    raise bad_request(
        f"Invalid erp-api-background header value '{raw}'. Supported values: 'none', "
        "'subscription', 'subscription:<name>=<value>,..' or an absolute http(s) URL."
    )


def _utc(moment: float) -> str:
    return datetime.fromtimestamp(moment, UTC).isoformat(timespec="milliseconds").replace(
        "+00:00", "Z"
    )


@dataclass
class Job:
    id: str
    company: str
    mode: Mode
    request: SandboxRequest
    run: Callable[[], SandboxResponse]
    state_location: str
    received: float
    due: float | None
    status: str = "Started"
    started: float | None = None
    finished: float | None = None
    response: SandboxResponse | None = None
    error: str | None = None
    done: threading.Event = field(default_factory=threading.Event)

    @property
    def content_location(self) -> str:
        return f"{self.state_location}/content"

    def state(self) -> dict[str, Any]:
        response = self.response
        has_content = bool(response is not None and response.body)
        webhook = self.mode.target if self.mode.kind == "url" else self.mode.kind
        document: dict[str, Any] = {
            "id": self.id,
            "status": self.status,
            "statusCode": response.status if response is not None else 0,
            "receivedUtc": _utc(self.received),
            "webhookAddress": webhook,
            "originalUri": self.request.base_url + self.request.path
            + (f"?{self.request.query_string}" if self.request.query_string else ""),
            "hasResponseContent": has_content,
            "hasRequestContent": self.request.body.size > 0,
        }
        if self.mode.values:
            document["reference"] = ",".join(f"{k}={v}" for k, v in self.mode.values)
        if self.started is not None:
            document["startedUtc"] = _utc(self.started)
        if self.finished is not None:
            document["finishedUtc"] = _utc(self.finished)
        if self.error:
            document["errorMessage"] = self.error
        if has_content:
            document["contentLocation"] = self.content_location
        if response is not None:
            document["responseHeaders"] = {
                name: value for name, value in response.headers
                if name.lower() in _PASSED_HEADERS
            }
        return document


class BackgroundQueue:
    def __init__(
        self,
        delay: float | None,
        clock: Callable[[], float],
        notify: Callable[[str, dict[str, Any], dict[str, str]], None] | None = None,
    ) -> None:
        if delay is not None and (isinstance(delay, bool) or delay < 0):
            raise ValueError("background_delay must be None or a non-negative number of seconds")
        self.delay = delay
        self._clock = clock
        self._notify = notify
        self._jobs: dict[str, Job] = {}
        self._queue: list[tuple[float, int, str]] = []
        self._sequence = 0
        self._cond = threading.Condition()
        self._worker: threading.Thread | None = None
        self._closed = False
        self.notifications: list[dict[str, Any]] = []

    # --- submission and execution ----------------------------------------------------

    def submit(
        self, company: str, mode: Mode, request: SandboxRequest, run: Callable[[], SandboxResponse],
        state_base: str,
    ) -> Job:
        now = self._clock()
        job_id = str(uuid.uuid4())
        job = Job(
            id=job_id, company=company, mode=mode, request=request, run=run,
            state_location=f"{state_base}/{job_id}", received=now,
            due=None if self.delay is None else now + self.delay,
        )
        with self._cond:
            self._jobs[job_id] = job
            if job.due is not None:
                self._sequence += 1
                heapq.heappush(self._queue, (job.due, self._sequence, job_id))
                self._ensure_worker()
                self._cond.notify_all()
        return job

    def run_pending(self) -> int:
        """Execute every job that has not run yet, now, in this thread."""
        with self._cond:
            pending = [job for job in self._jobs.values() if job.started is None]
        count = 0
        for job in pending:
            if self._execute(job):
                count += 1
        return count

    def wait(self, job_id: str, timeout: float | None = None) -> bool:
        job = self._jobs.get(job_id)
        return bool(job and job.done.wait(timeout))

    def _execute(self, job: Job) -> bool:
        with self._cond:
            if job.started is not None:
                return False
            job.started = self._clock()
        try:
            response = job.run()
        except Exception as exc:  # noqa: BLE001 - the job crashed: Failed, no content
            job.error = f"{type(exc).__name__}: {exc}"
            job.status = "Failed"
            job.finished = self._clock()
        else:
            job.response = response
            job.finished = self._clock()
            if response.status >= 400:
                job.status = "Failed"
                job.error = _message_of(response) or f"HTTP {response.status}"
            else:
                job.status = "Finished"
        job.done.set()
        self._announce(job)
        return True

    def _announce(self, job: Job) -> None:
        if job.mode.kind == "none":
            return
        document = {
            "id": job.id,
            "statusCode": job.response.status if job.response is not None else 0,
            "stateLocation": job.state_location,
            "contentLocation": job.content_location,
        }
        headers = dict(job.mode.values)
        target = job.mode.target if job.mode.kind == "url" else "subscription"
        self.notifications.append({"target": target, "body": document, "headers": headers})
        if job.mode.kind == "url" and self._notify is not None:
            threading.Thread(
                target=self._notify, args=(job.mode.target, document, headers),
                name="sandbox-webhook", daemon=True,
            ).start()

    def _ensure_worker(self) -> None:
        if self._worker is None or not self._worker.is_alive():
            self._worker = threading.Thread(target=self._loop, name="sandbox-background", daemon=True)
            self._worker.start()

    def _loop(self) -> None:
        while True:
            with self._cond:
                while not self._closed and (
                    not self._queue or self._queue[0][0] > self._clock()
                ):
                    timeout = None if not self._queue else max(0.0, self._queue[0][0] - self._clock())
                    # Re-check at least every 50 ms: an injected clock may jump.
                    self._cond.wait(0.05 if timeout is None else min(timeout, 0.05))
                if self._closed:
                    return
                _, _, job_id = heapq.heappop(self._queue)
                job = self._jobs.get(job_id)
            if job is not None:
                self._execute(job)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        if self._worker is not None:
            self._worker.join(timeout=1.0)

    # --- state endpoints --------------------------------------------------------------

    def _find(self, job_id: str, company: str) -> Job:
        job = self._jobs.get(job_id)
        if job is None:
            raise not_found(f"No background operation state was found for id '{job_id}'.")
        if job.company != company:
            raise message_error(
                403, "State request was not done by same company/user as for the background operation request."
            )
        return job

    def state(self, job_id: str, company: str) -> dict[str, Any]:
        job = self._find(job_id, company)
        if self._expired(job):
            raise not_found(f"No background operation state was found for id '{job_id}'.")
        return job.state()

    def content(self, job_id: str, company: str) -> SandboxResponse:
        job = self._find(job_id, company)
        if self._expired(job):
            raise message_error(410, "State for background operation has been removed after 24 hours.")
        response = job.response
        if response is None or not response.body:
            raise not_found(f"No background operation response content was found for id '{job_id}'.")
        content_type = response.header("content-type") or "application/json; charset=utf-8"
        return SandboxResponse(200, [("Content-Type", content_type)], response.body)

    def _expired(self, job: Job) -> bool:
        return self._clock() >= job.received + RETENTION_SECONDS

    def jobs(self) -> list[Job]:
        return list(self._jobs.values())


def _message_of(response: SandboxResponse) -> str | None:
    try:
        body = json.loads(response.body)
    except (ValueError, UnicodeDecodeError):
        return None
    if isinstance(body, dict):
        for key in ("message", "ExceptionMessage"):
            if isinstance(body.get(key), str):
                return str(body[key])
    return None

