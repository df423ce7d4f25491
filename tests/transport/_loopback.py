"""A scripted, misbehaving HTTP server on 127.0.0.1 for transport tests.

Each request is answered by the next `Reply` of a script (or by a responder function). A reply can be
a normal response, a dropped connection (request read, socket closed without an answer) or a slow
answer (to provoke client read timeouts). Every request is recorded with its headers in wire order,
its body and its arrival time (``time.monotonic()``).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs


@dataclass
class Seen:
    method: str
    path: str
    headers: list[tuple[str, str]]
    body: bytes
    at: float

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None

    def form(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.body.decode(), keep_blank_values=True).items()}


@dataclass
class Reply:
    status: int = 200
    body: bytes | str | dict[str, Any] | list[Any] = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering
    drop: bool = False  # read the request, then close the connection without answering
    #: Announce the whole body's Content-Length but send only this many bytes, then close (a body cut short).
    truncate_at: int | None = None

    def encoded(self) -> tuple[bytes, dict[str, str]]:
        headers = dict(self.headers)
        body = self.body
        if isinstance(body, (dict, list)):
            headers.setdefault("Content-Type", "application/json")
            return json.dumps(body).encode(), headers
        if isinstance(body, str):
            headers.setdefault("Content-Type", "text/plain; charset=utf-8")
            return body.encode(), headers
        return body, headers


Responder = Callable[[Seen], Reply]


def free_port() -> int:
    """A loopback port nobody listens on right now (connections to it are refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


class LoopbackServer:
    """Serve a script of replies (or a responder) on 127.0.0.1; use as a context manager."""

    def __init__(self, script: Sequence[Reply] | Responder = (), *, port: int = 0) -> None:
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        if callable(script):
            self._responder: Responder = script
        else:
            remaining = list(script)

            def scripted(_: Seen) -> Reply:
                with self._lock:
                    if remaining:
                        return remaining.pop(0)
                return Reply(599, b"script exhausted")

            self._responder = scripted
        self._server = _Server(("127.0.0.1", port), _make_handler(self))
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )
        self._thread.start()

    @property
    def port(self) -> int:
        port: int = self._server.server_address[1]
        return port

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> LoopbackServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _record(self, seen: Seen) -> Reply:
        with self._lock:
            self.seen.append(seen)
        return self._responder(seen)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # many clients connect at once in concurrency tests

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients hanging up mid-answer is what these tests provoke


def _make_handler(owner: LoopbackServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _read_body(self) -> bytes:
            if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
                parts: list[bytes] = []
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                    if size == 0:
                        self.rfile.readline()
                        return b"".join(parts)
                    parts.append(self.rfile.read(size))
                    self.rfile.readline()
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""

        def _handle(self) -> None:
            body = self._read_body()
            seen = Seen(self.command, self.path, list(self.headers.items()), body, time.monotonic())
            reply = owner._record(seen)
            if reply.delay:
                owner._stopping.wait(reply.delay)
            if reply.drop:
                self.close_connection = True
                return
            payload, headers = reply.encoded()
            self.send_response_only(reply.status)
            if not any(k.lower() == "date" for k in headers):
                self.send_header("Date", self.date_time_string())
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if reply.truncate_at is not None:
                self.wfile.write(payload[: reply.truncate_at])
                self.wfile.flush()
                self.close_connection = True
                return
            if self.command != "HEAD":
                self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _handle

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler
