"""One DEBUG line per HTTP request on the ``vismanet`` logger, with secrets redacted.

The line reads ``GET https://api.finance.visma.net/v1/customer?pageSize=100 -> 200 in 84 ms (retries=0)``;
failures read ``... -> ConnectError in 3 ms (retries=4)``. The URL has userinfo removed and secret
query parameters (``access_token``, ``client_secret``, ...) replaced by ``[REDACTED]``; headers and
bodies are never logged. Elapsed time runs until the response headers arrived, across all retries,
so put this transport outermost.

Importing this module (the client always does) also makes logging safe around the SDK:

* the ``vismanet`` logger gets a ``NullHandler``: a library never prints, even with logging
  unconfigured (Python's last-resort handler would write our retry warnings to stderr);
* the loggers of httpx and httpcore get a redacting filter. httpx logs the full URL at INFO (a
  ``user:password@`` in the base URL included) and httpcore logs raw response headers at DEBUG (a
  token echoed in ``WWW-Authenticate``, a ``Set-Cookie``); the filter rewrites each of their records
  with `vismanet_ext._redact.scrub` before any handler sees it. Filters sit on the loggers that create
  the records (a filter on a parent logger would not see a child's records).
"""

from __future__ import annotations

import logging
import time

import httpx

from .. import _redact
from . import extensions

__all__ = ["LOGGER_NAME", "AsyncLoggingTransport", "LoggingTransport", "RedactingFilter", "install_redaction"]

LOGGER_NAME = "vismanet"

#: Every logger that creates records about our HTTP traffic (httpcore has one per module; hpack and h2
#: log header blocks when HTTP/2 is on).
THIRD_PARTY_LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "hpack",
    "hpack.hpack",
    "hpack.table",
    "h2",
    "h2.connection",
)


class RedactingFilter(logging.Filter):
    """Rewrites a record's message (and exception text) with secrets redacted; never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        _redact.scrub_record(record)
        return True


_FILTER = RedactingFilter()


def install_redaction() -> None:
    """Put the redacting filter on the third-party HTTP loggers and a NullHandler on ours (idempotent)."""
    ours = logging.getLogger(LOGGER_NAME)
    if not any(isinstance(h, logging.NullHandler) for h in ours.handlers):
        ours.addHandler(logging.NullHandler())
    for name in THIRD_PARTY_LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)


install_redaction()


def _log_response(
    logger: logging.Logger, request: httpx.Request, response: httpx.Response, started: float
) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %d in %.0f ms (retries=%d)",
            request.method,
            _redact.redact_url(request.url),
            response.status_code,
            (time.perf_counter() - started) * 1000,
            int(response.extensions.get(extensions.RETRIES, 0) or 0),
        )


def _log_error(
    logger: logging.Logger, request: httpx.Request, exc: BaseException, started: float
) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %s in %.0f ms (retries=%d): %s",
            request.method,
            _redact.redact_url(request.url),
            type(exc).__name__,
            (time.perf_counter() - started) * 1000,
            int(getattr(exc, extensions.RETRIES, 0) or 0),
            _redact.scrub(str(exc)),
        )


class LoggingTransport(httpx.BaseTransport):
    """Logs each request once at DEBUG after the inner stack (retries included) finished with it."""

    def __init__(self, inner: httpx.BaseTransport, logger: logging.Logger | None = None) -> None:
        self.inner = inner
        self.logger = logger or logging.getLogger(LOGGER_NAME)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        started = time.perf_counter()
        try:
            response = self.inner.handle_request(request)
        except Exception as exc:
            _log_error(self.logger, request, exc, started)
            raise
        _log_response(self.logger, request, response, started)
        return response

    def close(self) -> None:
        self.inner.close()


class AsyncLoggingTransport(httpx.AsyncBaseTransport):
    """The async twin of `LoggingTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, logger: logging.Logger | None = None) -> None:
        self.inner = inner
        self.logger = logger or logging.getLogger(LOGGER_NAME)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        started = time.perf_counter()
        try:
            response = await self.inner.handle_async_request(request)
        except Exception as exc:
            _log_error(self.logger, request, exc, started)
            raise
        _log_response(self.logger, request, response, started)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
