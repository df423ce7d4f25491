"""A tiny loopback HTTP server for the client tests: real sockets on 127.0.0.1, port 0.

``loopback.route(method, path, handler)`` registers ``handler(request) -> Reply``; every request is
recorded in ``loopback.requests`` (so a test can assert that nothing was sent). ``Listing`` serves a
Visma-style paged list (records carrying ``metadata: {totalCount, maxPageSize}``) whose data a test can
change between pages.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    raw_path: str = ""

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # JSON-encoded unless bytes
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[Seen], Reply]


class Loopback:
    def __init__(self) -> None:
        self.requests: list[Seen] = []
        self.routes: dict[tuple[str, str], Handler] = {}
        self.fallback: Handler | None = None
        self.lock = threading.Lock()
        self.open_connections = 0
        self.connections_total = 0
        self.idle = threading.Condition(self.lock)
        outer = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def setup(self) -> None:
                super().setup()
                with outer.lock:
                    outer.open_connections += 1
                    outer.connections_total += 1

            def finish(self) -> None:
                try:
                    super().finish()
                finally:
                    with outer.lock:
                        outer.open_connections -= 1
                        outer.idle.notify_all()

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _serve(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                seen = Seen(
                    method=self.command,
                    path=unquote(parts.path),
                    raw_path=parts.path,
                    query={k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()},
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=body,
                )
                with outer.lock:
                    outer.requests.append(seen)
                handler = outer.routes.get((seen.method, seen.path)) or outer.fallback
                reply = handler(seen) if handler else Reply(404, {"message": f"no route {seen.path}"})
                payload = (
                    reply.body
                    if isinstance(reply.body, bytes)
                    else (b"" if reply.body is None else json.dumps(reply.body).encode())
                )
                self.send_response(reply.status)
                headers = (
                    {"Content-Type": "application/json; charset=utf-8"}
                    if payload and not isinstance(reply.body, bytes)
                    else {}
                )
                headers.update(reply.headers)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        self.thread.start()
        port = self.server.server_address[1]
        self.base_url = f"http://127.0.0.1:{port}"

    def route(self, method: str, path: str, handler: Handler | Reply) -> None:
        if isinstance(handler, Reply):
            reply = handler
            self.routes[(method, path)] = lambda _seen: reply
        else:
            self.routes[(method, path)] = handler

    def wait_idle(self, timeout: float = 5.0) -> bool:
        with self.lock:
            return self.idle.wait_for(lambda: self.open_connections == 0, timeout)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class Listing:
    """A Visma-style paged list at one path. ``before_page(n)`` hooks let a test change data mid-paging."""

    def __init__(
        self,
        records: list[dict[str, Any]],
        *,
        max_page_size: int | None = None,
        report_max: bool = True,
        stale_total: int | None = None,
        ignore_page_number: bool = False,
        shape: str = "metadata",  # or "pagination-dto"
    ) -> None:
        self.records = records
        self.max_page_size = max_page_size
        self.report_max = report_max
        self.stale_total = stale_total
        self.ignore_page_number = ignore_page_number
        self.shape = shape
        self.hooks: dict[int, Callable[[], None]] = {}
        self.fail_pages: dict[int, Reply] = {}
        self.served: list[tuple[int, int]] = []
        self.gate: Callable[[int], None] | None = None

    def __call__(self, seen: Seen) -> Reply:
        number = int(seen.query.get("pageNumber", "1"))
        size = int(seen.query.get("pageSize", "100"))
        if self.gate is not None:
            self.gate(number)
        hook = self.hooks.pop(number, None)
        if hook is not None:
            hook()
        self.served.append((number, size))
        if number in self.fail_pages:
            return self.fail_pages[number]
        if self.max_page_size is not None:
            size = min(size, self.max_page_size)
        start = 0 if self.ignore_page_number else (number - 1) * size
        page = self.records[start : start + size]
        total = self.stale_total if self.stale_total is not None else len(self.records)
        meta: dict[str, Any] = {"totalCount": total}
        if self.report_max and self.max_page_size is not None:
            meta["maxPageSize"] = self.max_page_size
        if self.shape == "pagination-dto":
            return Reply(200, {"pageNumber": number, "pageSize": size, "totalCount": total, "records": page})
        return Reply(200, [dict(r, metadata=meta) for r in page])


def customers(n: int, start: int = 1) -> list[dict[str, Any]]:
    return [{"internalId": i, "number": f"C{i:05d}", "name": f"Customer {i}"} for i in range(start, start + n)]
