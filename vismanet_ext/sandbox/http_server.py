"""Real HTTP on loopback with the standard library, around the same handler.

HTTP/1.1 with keep-alive (benchmarks make thousands of small calls), request
bodies spooled to disk past 1 MiB and accepted with Content-Length or chunked
encoding. A "dropped" response closes the socket without writing a byte.
"""

from __future__ import annotations

import socket
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .messages import REASONS, Body, SandboxRequest, SandboxResponse

Handle = Callable[[SandboxRequest], SandboxResponse]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], handle: Handle) -> None:
        self.handle_request_fn = handle
        self.open_sockets: set[socket.socket] = set()
        self.sockets_lock = threading.Lock()
        super().__init__(address, _RequestHandler)

    def process_request(self, request: socket.socket, client_address: object) -> None:  # type: ignore[override]
        with self.sockets_lock:
            self.open_sockets.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: socket.socket) -> None:  # type: ignore[override]
        with self.sockets_lock:
            self.open_sockets.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hung up (a cancelled page, an interrupted export) is normal; anything else is not."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]

    def address_text(self) -> str:
        host, port = self.server_address[:2]
        return f"{host!s}:{port}" if isinstance(host, str) else f"{host.decode()}:{port}"

    def close_open_sockets(self) -> None:
        with self.sockets_lock:
            sockets = list(self.open_sockets)
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body in one buffered write, sent without Nagle's delay: otherwise
    # each small response waits ~40 ms for the client's delayed ACK.
    disable_nagle_algorithm = True
    wbufsize = 64 * 1024
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: tests read Sandbox.request_log instead

    def _dispatch(self) -> None:
        try:
            body = self._read_body()
        except (ConnectionError, ValueError):
            self.close_connection = True
            return
        host = self.headers.get("Host") or self.server.address_text()
        request = SandboxRequest.build(
            self.command, self.path, list(self.headers.items()), body, f"http://{host}"
        )
        response = self.server.handle_request_fn(request)
        if response.drop:
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        self.send_response(response.status, REASONS.get(response.status))
        has_length = False
        for name, value in response.headers:
            self.send_header(name, value)
            has_length = has_length or name.lower() == "content-length"
        if not has_length:
            self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if response.body and self.command != "HEAD":
            self.wfile.write(response.body)
        self.wfile.flush()

    def _read_body(self) -> Body:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            return Body.from_chunks(self._chunks())
        length = int(self.headers.get("Content-Length") or 0)
        if length < 0:
            raise ValueError("negative Content-Length")
        return Body.from_reader(self.rfile.read, length)

    def _chunks(self) -> Iterator[bytes]:
        while True:
            line = self.rfile.readline(65537)
            if not line:
                raise ConnectionError("connection closed inside a chunked body")
            size = int(line.split(b";", 1)[0].strip(), 16)
            if size == 0:
                while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return
            remaining = size
            while remaining:
                data = self.rfile.read(min(remaining, 65536))
                if not data:
                    raise ConnectionError("connection closed inside a chunk")
                remaining -= len(data)
                yield data
            self.rfile.readline(3)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _dispatch


class LoopbackServer:
    """A started server; use as a context manager or call :meth:`close`."""

    def __init__(self, handle: Handle, host: str = "127.0.0.1", port: int = 0) -> None:
        self._server = _Server((host, port), handle)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
            name="sandbox-http", daemon=True,
        )

    @property
    def base_url(self) -> str:
        return f"http://{self._server.address_text()}"

    def start(self) -> LoopbackServer:
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        try:
            self._server.serve_forever(poll_interval=0.05)
        finally:
            self._server.server_close()

    def close(self) -> None:
        self._server.shutdown()
        self._server.close_open_sockets()
        self._server.server_close()
        self._thread.join(timeout=2.0)


@contextmanager
def serving(handle: Handle, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    server = LoopbackServer(handle, host, port).start()
    try:
        yield server.base_url
    finally:
        server.close()
