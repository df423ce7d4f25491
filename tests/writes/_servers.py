"""Tiny loopback HTTP servers for wire-level tests (127.0.0.1, port 0)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Reply:
    status: int = 201
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


Responder = Callable[[Recorded], Reply]


@contextmanager
def recording_server(
    responder: Responder | None = None, *, discard_body: bool = False
) -> Iterator[tuple[str, list[Recorded]]]:
    """Serve on loopback, record every request's raw body (or only count it when discarding)."""
    seen: list[Recorded] = []
    respond = responder or (lambda _req: Reply())

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            chunks: list[bytes] = []
            received = 0
            while received < length:
                chunk = self.rfile.read(min(65536, length - received))
                if not chunk:
                    break
                received += len(chunk)
                if not discard_body:
                    chunks.append(chunk)
            body = b"".join(chunks) if not discard_body else str(received).encode()
            rec = Recorded(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
            seen.append(rec)
            reply = respond(rec)
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)

        do_GET = do_POST = do_PUT = do_DELETE = _handle

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()
