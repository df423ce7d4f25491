"""Fault knobs for tests and benchmarks.

* ``latency``: seconds added to every request (applied outside all locks).
* ``fail_next(n, status)``: the next n requests answer 500/503 (optionally with
  ``Retry-After``) before any other processing.
* ``drop_next(n)``: the next n requests get no answer at all: the HTTP server
  closes the socket, the in-process transports raise ``httpx.RemoteProtocolError``.
* ``after_list_call(k, action)``: run ``action`` right after the k-th list call
  from now, i.e. between two page requests; ``insert_after_list_call`` and
  ``delete_after_list_call`` are the common cases.

``path`` restricts a fault to requests whose path contains that text.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .errors import json_response
from .messages import SandboxRequest, SandboxResponse


@dataclass
class _Pending:
    remaining: int
    status: int
    retry_after: float | None
    path: str | None
    drop: bool


@dataclass
class _ListHook:
    countdown: int
    resource: str | None
    action: Callable[[], None]


class Faults:
    def __init__(
        self,
        insert: Callable[[str, int], list[str]],
        delete: Callable[[str, Sequence[str] | int], list[str]],
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._insert = insert
        self._delete = delete
        self.sleep = sleep  # replaceable, e.g. to observe latency without waiting
        self._lock = threading.Lock()
        self._latency = 0.0
        self._pending: list[_Pending] = []
        self._hooks: list[_ListHook] = []
        self.list_calls: dict[str, int] = {}

    # --- knobs ---------------------------------------------------------------------

    @property
    def latency(self) -> float:
        return self._latency

    @latency.setter
    def latency(self, seconds: float) -> None:
        if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or seconds < 0:
            raise ValueError(f"latency must be a non-negative number of seconds, got {seconds!r}")
        self._latency = float(seconds)

    def fail_next(
        self, n: int = 1, status: int = 503, *, retry_after: float | None = None,
        path: str | None = None,
    ) -> None:
        _check_count(n)
        if status not in (500, 502, 503, 504):
            raise ValueError(f"status must be 500, 502, 503 or 504, got {status!r}")
        if retry_after is not None and retry_after < 0:
            raise ValueError("retry_after must be non-negative")
        with self._lock:
            self._pending.append(_Pending(n, status, retry_after, path, drop=False))

    def drop_next(self, n: int = 1, *, path: str | None = None) -> None:
        _check_count(n)
        with self._lock:
            self._pending.append(_Pending(n, 0, None, path, drop=True))

    def after_list_call(
        self, k: int, action: Callable[[], None], resource: str | None = None
    ) -> None:
        """Run ``action`` after the k-th list call (of ``resource``) made from now on."""
        _check_count(k)
        with self._lock:
            self._hooks.append(_ListHook(k, resource, action))

    def insert_after_list_call(self, k: int, resource: str, n: int = 1) -> None:
        _check_count(n)

        def insert() -> None:
            self._insert(resource, n)

        self.after_list_call(k, insert, resource)

    def delete_after_list_call(
        self, k: int, resource: str, keys: Sequence[str] | int = 1
    ) -> None:
        def delete() -> None:
            self._delete(resource, keys)

        self.after_list_call(k, delete, resource)

    def reset(self) -> None:
        with self._lock:
            self._latency = 0.0
            self._pending.clear()
            self._hooks.clear()

    # --- used by the app ------------------------------------------------------------

    def before(self, request: SandboxRequest) -> SandboxResponse | None:
        """Sleep the latency, then answer for a pending failure or drop, if any."""
        if self._latency:
            self.sleep(self._latency)
        with self._lock:
            for pending in self._pending:
                if pending.path is None or pending.path.lower() in request.path.lower():
                    pending.remaining -= 1
                    if pending.remaining <= 0:
                        self._pending.remove(pending)
                    break
            else:
                return None
        if pending.drop:
            return SandboxResponse(0, drop=True)
        headers = []
        if pending.retry_after is not None:
            headers.append(("Retry-After", _seconds(pending.retry_after)))
        message = "An error has occurred." if pending.status == 500 else "Service Unavailable"
        return json_response(pending.status, {"message": message}, headers)

    def after_list(self, resource: str) -> None:
        due: list[_ListHook] = []
        with self._lock:
            self.list_calls[resource] = self.list_calls.get(resource, 0) + 1
            for hook in list(self._hooks):
                if hook.resource is None or hook.resource == resource:
                    hook.countdown -= 1
                    if hook.countdown <= 0:
                        self._hooks.remove(hook)
                        due.append(hook)
        for hook in due:
            hook.action()


def _check_count(n: int) -> None:
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"count must be a positive int, got {n!r}")


def _seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
