"""A fault-injecting HTTP proxy on 127.0.0.1, for tests.

Import it as ``from faultproxy import Fault, FaultProxy`` (``tests/`` is on pytest's pythonpath).
Put it in front of any upstream (usually the sandbox served with ``sb.serve(port=0)``) and point
the client at ``proxy.url``. Requests pass through unchanged (the client's ``Host`` header
included, so the sandbox's ``Location`` headers name the proxy) until a rule says otherwise::

    with sb.serve(port=0) as upstream, FaultProxy(upstream) as proxy:
        lost = proxy.add(Fault.reset_after_forward(method="PUT", path=r"/v1/customer/", times=1))
        vn = VismaNet(base_url=proxy.url, **sb.client_kwargs(proxy.url))
        ...
        assert lost.faulted == 1 and proxy.forwarded == ...

Faults (constructors on :class:`Fault`; every one takes the selectors below):

- ``Fault.status_429(retry_after=1, http_date=False)``: a 429 with ``Retry-After`` in seconds,
  or (``http_date=True``) as an HTTP-date that many seconds ahead;
- ``Fault.status_503(retry_after=None)``; ``Fault.html_502()`` (a gateway's HTML error page);
- ``Fault.invalid_json(status=200)``: a 200 whose ``application/json`` body does not parse;
- ``Fault.reset_before_forward()``: the request is read in full, then the connection is reset
  (TCP RST); the upstream never sees it;
- ``Fault.reset_after_forward()``: the request is forwarded, the upstream's answer read in full,
  then the client connection is reset without a byte of the answer (the write happened, the
  answer is lost);
- ``Fault.truncated_body()``: the upstream's answer is forwarded with a ``Content-Length``
  larger than the bytes sent, then the connection is closed (use it on answers with a body);
- ``Fault.latency(seconds)``: sleep, then forward normally.

The answer-replacing faults (429/503/502/invalid JSON) take ``forward=True`` to forward first and
replace the upstream's answer (the write happened, a gateway answered instead).

Selectors: ``method`` (exact, case-insensitive; ``None`` = any), ``path`` (a regex searched in the
request target, query included; ``None`` = any), and a count: ``times=N`` faults the next N
matching requests, ``every=k`` faults every k-th matching request (k-th, 2k-th, ...), neither =
every matching request; ``skip=M`` lets the first M matching requests through untouched first.
Rules are tried in the order added; the first rule that decides to fault wins (every matching
rule counts the request in ``seen``).

Counters: each :class:`Fault` has ``seen`` (matching requests) and ``faulted``; the proxy has
``requests`` (all requests read), ``forwarded`` (reached the upstream), ``faulted`` and a ``log``
of :class:`Passage` records (method, target, the fault kind or ``None``, upstream status).
``proxy.clear()`` removes all rules (counters stay).

Bounded: loopback only, socket timeouts on both sides (``timeout``), daemon threads, and the
proxy shuts itself down after ``max_lifetime`` seconds even if a test forgets to close it.
"""

from __future__ import annotations

import email.utils
import http.client
import re
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self
from urllib.parse import urlsplit

__all__ = ["Fault", "FaultProxy", "Passage"]

_HOP_BY_HOP = {
    "connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade",
}


@dataclass
class Fault:
    """One rule: which requests (selectors, count) get which fault (``kind`` and its parameters)."""

    kind: str
    method: str | None = None
    path: str | None = None
    times: int | None = None
    every: int | None = None
    skip: int = 0
    forward: bool = False
    status: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay: float = 0.0
    retry_after: float | None = None
    http_date: bool = False
    seen: int = 0
    faulted: int = 0

    def __post_init__(self) -> None:
        if self.times is not None and self.every is not None:
            raise ValueError("choose times= or every=, not both")
        if self.every is not None and self.every < 1:
            raise ValueError("every= must be >= 1")
        self._pattern = re.compile(self.path) if self.path is not None else None
        self._lock = threading.Lock()

    # --- constructors ---------------------------------------------------------------------

    @classmethod
    def status_429(cls, retry_after: float = 1, *, http_date: bool = False, **select: object) -> Fault:
        return cls("status", status=429, retry_after=retry_after, http_date=http_date,
                   body=b'{"message":"API calls quota exceeded! maximum admitted 500 per 1h."}',
                   headers={"Content-Type": "application/json"}, **select)  # type: ignore[arg-type]

    @classmethod
    def status_503(cls, retry_after: float | None = None, *, http_date: bool = False,
                   **select: object) -> Fault:
        return cls("status", status=503, retry_after=retry_after, http_date=http_date,
                   body=b'{"message":"Service unavailable"}',
                   headers={"Content-Type": "application/json"}, **select)  # type: ignore[arg-type]

    @classmethod
    def html_502(cls, **select: object) -> Fault:
        page = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
        return cls("status", status=502, body=page,
                   headers={"Content-Type": "text/html"}, **select)  # type: ignore[arg-type]

    @classmethod
    def invalid_json(cls, status: int = 200, **select: object) -> Fault:
        return cls("status", status=status, body=b'{"customerCd": "C1", "name": ',
                   headers={"Content-Type": "application/json"}, **select)  # type: ignore[arg-type]

    @classmethod
    def reset_before_forward(cls, **select: object) -> Fault:
        return cls("reset_before", **select)  # type: ignore[arg-type]

    @classmethod
    def reset_after_forward(cls, **select: object) -> Fault:
        return cls("reset_after", forward=True, **select)  # type: ignore[arg-type]

    @classmethod
    def truncated_body(cls, **select: object) -> Fault:
        return cls("truncated", forward=True, **select)  # type: ignore[arg-type]

    @classmethod
    def latency(cls, seconds: float, **select: object) -> Fault:
        return cls("latency", delay=seconds, forward=True, **select)  # type: ignore[arg-type]

    # --- selection --------------------------------------------------------------------------

    def matches(self, method: str, target: str) -> bool:
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return self._pattern is None or self._pattern.search(target) is not None

    def decide(self, method: str, target: str, available: bool = True) -> bool:
        """Count a matching request; True when this one is to be faulted.

        ``available=False``: an earlier rule already faults it; only ``seen`` counts it then, so
        ``times=N`` still means N requests faulted by this rule.
        """
        if not self.matches(method, target):
            return False
        with self._lock:
            self.seen += 1
            ordinal = self.seen - self.skip
            if ordinal <= 0 or not available:
                return False
            if self.times is not None:
                hit = self.faulted < self.times
            elif self.every is not None:
                hit = ordinal % self.every == 0
            else:
                hit = True
            if hit:
                self.faulted += 1
            return hit

    def replacement_headers(self) -> dict[str, str]:
        headers = dict(self.headers)
        if self.retry_after is not None:
            if self.http_date:
                headers["Retry-After"] = email.utils.formatdate(time.time() + self.retry_after, usegmt=True)
            else:
                headers["Retry-After"] = f"{self.retry_after:g}"
        return headers


@dataclass(frozen=True)
class Passage:
    """What happened to one request."""

    method: str
    target: str
    fault: str | None
    upstream_status: int | None


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    proxy: FaultProxy


def _reset(sock: socket.socket) -> None:
    """Close with a TCP RST (SO_LINGER 0): the client sees 'connection reset', not a clean EOF."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(self.server.proxy.timeout)

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            parts: list[bytes] = []
            while True:
                size = int(self.rfile.readline(65537).split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(parts)
                parts.append(self.rfile.read(size))
                self.rfile.readline(3)
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _dispatch(self) -> None:
        proxy = self.server.proxy
        try:
            body = self._read_body()
        except (OSError, ValueError):
            self.close_connection = True
            return
        method, target = self.command, self.path
        fault = proxy._choose(method, target)
        kind = fault.kind if fault else None
        if fault is not None and fault.kind == "latency":
            time.sleep(fault.delay)
        if fault is not None and fault.kind == "reset_before":
            proxy._record(Passage(method, target, kind, None))
            self._abort()
            return
        upstream: tuple[int, str, list[tuple[str, str]], bytes] | None = None
        if fault is None or fault.forward:
            try:
                upstream = proxy._forward(method, target, list(self.headers.items()), body)
            except OSError:
                proxy._record(Passage(method, target, kind, None))
                self._abort()
                return
        proxy._record(Passage(method, target, kind, upstream[0] if upstream else None))
        if fault is not None and fault.kind == "reset_after":
            self._abort()
            return
        if fault is not None and fault.kind == "status":
            self._answer(fault.status, "", list(fault.replacement_headers().items()), fault.body)
            return
        assert upstream is not None
        status, reason, headers, answer = upstream
        if fault is not None and fault.kind == "truncated":
            self.close_connection = True
            self._answer(status, reason, headers, answer[: len(answer) // 2],
                         declared=max(len(answer), 1) * 2)
            return
        self._answer(status, reason, headers, answer)

    def _abort(self) -> None:
        self.close_connection = True
        _reset(self.connection)

    def _answer(self, status: int, reason: str, headers: list[tuple[str, str]], body: bytes,
                declared: int | None = None) -> None:
        self.send_response(status, reason or None)
        for name, value in headers:
            if name.lower() in _HOP_BY_HOP or name.lower() == "content-length":
                continue
            if name.lower() == "location":
                value = self.server.proxy._rewrite_location(value)
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body) if declared is None else declared))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.wfile.flush()

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _dispatch


class FaultProxy:
    """A started proxy (start happens in ``__init__``); use as a context manager or call ``close``."""

    def __init__(self, upstream_url: str, *, timeout: float = 10.0, max_lifetime: float = 600.0) -> None:
        parts = urlsplit(upstream_url)
        if parts.hostname not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError(f"the fault proxy only fronts loopback upstreams, not {upstream_url!r}")
        self.upstream_host = parts.hostname
        self.upstream_port = parts.port or 80
        self.upstream_origin = f"{parts.scheme}://{parts.netloc}"
        self._prefix = parts.path.rstrip("/")
        self.timeout = timeout
        self.rules: list[Fault] = []
        self.log: list[Passage] = []
        self.requests = 0
        self.forwarded = 0
        self.faulted = 0
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.proxy = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
            name="fault-proxy", daemon=True,
        )
        self._thread.start()
        self._closed = False
        self.stopped = threading.Event()  # set once the listening socket is closed
        self._watchdog = threading.Timer(max_lifetime, self.close)
        self._watchdog.daemon = True
        self._watchdog.start()

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def url(self) -> str:
        """The proxy's base URL: the upstream URL with the proxy's host and port."""
        return self.origin + self._prefix

    def add(self, fault: Fault) -> Fault:
        """Add a rule (tried after the existing ones); returns it so a test can read its counters."""
        with self._lock:
            self.rules.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self.rules.clear()

    def passages(self, method: str | None = None, path: str | None = None) -> list[Passage]:
        """The log, filtered like a rule's selectors."""
        probe = Fault("probe", method=method, path=path)
        with self._lock:
            return [p for p in self.log if probe.matches(p.method, p.target)]

    # --- used by the handler -----------------------------------------------------------------

    def _choose(self, method: str, target: str) -> Fault | None:
        with self._lock:
            self.requests += 1
            rules = list(self.rules)
        chosen: Fault | None = None
        for rule in rules:
            if rule.decide(method, target, available=chosen is None):
                chosen = rule
        if chosen is not None:
            with self._lock:
                self.faulted += 1
        return chosen

    def _record(self, passage: Passage) -> None:
        with self._lock:
            self.log.append(passage)

    def _forward(self, method: str, target: str, headers: list[tuple[str, str]],
                 body: bytes) -> tuple[int, str, list[tuple[str, str]], bytes]:
        connection = http.client.HTTPConnection(self.upstream_host, self.upstream_port, timeout=self.timeout)
        try:
            connection.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
            for name, value in headers:
                if name.lower() in _HOP_BY_HOP or name.lower() == "content-length":
                    continue
                connection.putheader(name, value)
            connection.putheader("Content-Length", str(len(body)))
            connection.putheader("Connection", "close")
            connection.endheaders(body)
            response = connection.getresponse()
            answer = response.read()
            with self._lock:
                self.forwarded += 1
            return response.status, response.reason, list(response.getheaders()), answer
        finally:
            connection.close()

    def _rewrite_location(self, value: str) -> str:
        if value.startswith(self.upstream_origin):
            return self.origin + value[len(self.upstream_origin):]
        return value

    # --- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._watchdog.cancel()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=2.0)
        self.stopped.set()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
