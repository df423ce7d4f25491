"""What every call returns: the parsed value plus the response facts Visma hides in headers.

Visma reports the new record of a POST only in ``Location`` and the version of a record in ``ETag``
(or, in list responses, in the record's ``timeStamp`` field), so a bare parsed value is not enough.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from urllib.parse import unquote, urlsplit

import httpx

from . import _json
from .errors import InvalidResponse

__all__ = ["RateLimitInfo", "Result", "decode_body"]

T = TypeVar("T")

_NOT_DECODED: Any = object()
#: Response extension written by the retry layer (vismanet_ext.transports.extensions.DECODED).
_DECODED = "vismanet_decoded"


def decode_body(response: httpx.Response) -> Any:
    """The body as JSON when it is JSON, text for other text, bytes otherwise, None when empty.

    Reuses the value the retry layer decoded while checking the body (``vismanet_decoded``). A body that
    says it is JSON but does not decode raises `InvalidResponse` (never a bare ``JSONDecodeError``).
    """
    decoded = response.extensions.get(_DECODED, _NOT_DECODED)
    if decoded is not _NOT_DECODED:
        return decoded
    content = response.content
    if not content:
        return None
    content_type = response.headers.get("content-type", "")
    if "json" in content_type or (not content_type and content[:1] in (b"{", b"[")):
        try:
            return _json.loads(content)
        except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError
            raise InvalidResponse.from_response(
                response, f"the body is not JSON ({type(exc).__name__}: {exc})"
            ) from None
    if content_type.startswith("text/"):
        try:
            return response.text
        except (UnicodeDecodeError, LookupError):
            return content  # not text after all: keep every byte rather than guess
    return content


_LIMIT = "x-ratelimit-limit"
_REMAINING = "x-ratelimit-remaining"
_RESET = "x-ratelimit-reset"
_POLICY = "x-ratelimit-policy"


def _count(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        number = int(value.strip())
    except ValueError:
        try:
            real = float(value.strip())
        except ValueError:
            return None
        if not math.isfinite(real):
            return None
        number = int(real)
    return max(0, number)


def _seconds(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    return max(0.0, seconds) if math.isfinite(seconds) else None


@dataclass(frozen=True, slots=True)
class RateLimitInfo:
    """Visma's quota headers on one response (its "Rate limits" how-to; the sandbox sends them too).

    ``limit`` calls are allowed per window for the company and client (``X-RateLimit-Limit``),
    ``remaining`` are left in it (``X-RateLimit-Remaining``), the window resets in ``reset`` seconds
    from the response (``X-RateLimit-Reset``), and ``policy`` names the policy (``X-RateLimit-Policy``,
    e.g. ``4-fixed-window``). A header that is missing or unreadable is None.
    """

    limit: int | None
    remaining: int | None
    reset: float | None
    policy: str | None

    @classmethod
    def from_headers(cls, headers: httpx.Headers | Mapping[str, str]) -> RateLimitInfo | None:
        """The headers' quota facts, or None when the response carries none of them."""
        get = headers.get
        limit, remaining, reset, policy = get(_LIMIT), get(_REMAINING), get(_RESET), get(_POLICY)
        if limit is None and remaining is None and reset is None and policy is None:
            return None
        return cls(_count(limit), _count(remaining), _seconds(reset), policy.strip() if policy else None)


def id_from_location(location: str | None) -> str | None:
    """The last path segment of a ``Location`` URL, URL-decoded: how Visma reports a created record's key."""
    if not location:
        return None
    return unquote(urlsplit(location).path.rstrip("/").rsplit("/", 1)[-1]) or None


class Result(Generic[T]):
    """One response: ``value`` (a typed model for generated operations, JSON for raw calls) and its metadata.

    For generated operations the typed value is built on first access of ``value`` (building models is
    most of the client's per-call CPU, and callers that only need ``id``/``etag``/``status_code`` should
    not pay for it); a body that does not fit the model raises then.
    """

    __slots__ = ("_value", "_parse", "raw", "_json")

    #: True only on a `vismanet_ext.writes.reconcile.ReconciledResult`: the write's own answer was lost and
    #: its outcome was established afterwards (README: "When the answer is lost").
    reconciled = False

    def __init__(
        self,
        value: T,
        raw: httpx.Response,
        json_body: Any = _NOT_DECODED,
        *,
        parse: Callable[[httpx.Response], T] | None = None,
    ) -> None:
        self._value = value
        self._parse = parse
        self.raw = raw
        self._json = json_body

    @classmethod
    def lazy(cls, raw: httpx.Response, parse: Callable[[httpx.Response], T]) -> Result[T]:
        """A result whose value is ``parse(raw)``, computed when first asked for."""
        return cls(_NOT_DECODED, raw, parse=parse)

    @property
    def value(self) -> T:
        parse = self._parse
        if parse is not None:
            self._value = parse(self.raw)
            self._parse = None
        return self._value

    @property
    def status_code(self) -> int:
        return self.raw.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.raw.headers

    def json(self) -> Any:
        """The raw response body decoded once (None for an empty body)."""
        if self._json is _NOT_DECODED:
            self._json = decode_body(self.raw)
        return self._json

    @property
    def etag(self) -> str | None:
        """The ``ETag`` header, else the record's ``timeStamp`` (what If-Match expects), else None."""
        header: str | None = self.raw.headers.get("etag")
        if header:
            return header
        body = self.json() if self.raw.content else None
        if isinstance(body, dict):
            for field in ("timeStamp", "timestamp", "TimeStamp"):
                stamp = body.get(field)
                if isinstance(stamp, str) and stamp:
                    return stamp
        return None

    @property
    def rate_limit(self) -> RateLimitInfo | None:
        """The quota this response reports (``X-RateLimit-*`` headers), or None when it has none."""
        return RateLimitInfo.from_headers(self.raw.headers)

    @property
    def location(self) -> str | None:
        """The ``Location`` header: where Visma says the created record lives."""
        location: str | None = self.raw.headers.get("location")
        return location

    @property
    def id(self) -> str | None:
        """The created record's key: the last path segment of ``Location``, URL-decoded."""
        return id_from_location(self.location)

    def __repr__(self) -> str:
        try:
            request: httpx.Request | None = self.raw.request
        except RuntimeError:  # a Response built by hand has no request
            request = None
        where = f" {request.method} {request.url.path}" if request is not None else ""
        shown = "(not parsed yet)" if self._parse is not None else type(self._value).__name__
        return f"<Result{where} {self.raw.status_code} value={shown}>"
