"""Per-company-and-client call budgets, like the real API's fixed-window policy.

Visma's "Rate Limits" page (docs.vismasoftware.no/vismanetapi/api-reference/rate-limits):
policy ``4-fixed-window`` allows "X requests per hour for each company and client
combination"; every response carries ``X-RateLimit-Limit`` (calls allowed for the
company and client in the window), ``X-RateLimit-Remaining``, ``X-RateLimit-Reset``
(seconds until the window resets) and ``X-RateLimit-Policy`` (the policy's name),
and a 429 carries ``Retry-After`` (seconds to wait). Here every authenticated API
response carries them (errors and 202s included; the token endpoint and calls
without a valid bearer are not counted, so they have none). The window opens at
the first call of a company and client. The clock is injectable so tests move time
instead of waiting an hour. Per call this is one dict lookup and four short strings.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass

from .errors import ApiError

PRESETS = {"test": 500, "production": 15_000}
WINDOW_SECONDS = 3600.0
POLICY = "4-fixed-window"
# Visma's migration policy for the old integration.visma.net host: a limit per application.
LEGACY_POLICY = "6-fixed-window"

Headers = list[tuple[str, str]]


def resolve_limit(rate_limit: None | str | int) -> int | None:
    if rate_limit is None:
        return None
    if isinstance(rate_limit, bool) or not isinstance(rate_limit, (str, int)):
        raise TypeError("rate_limit must be None, 'test', 'production' or a positive int")
    if isinstance(rate_limit, str):
        try:
            return PRESETS[rate_limit]
        except KeyError:
            raise ValueError(
                f"unknown rate_limit preset {rate_limit!r}; use 'test', 'production' or an int"
            ) from None
    if isinstance(rate_limit, int) and rate_limit > 0:
        return rate_limit
    raise ValueError("rate_limit must be None, 'test', 'production' or a positive int")


@dataclass
class _Window:
    start: float
    used: int


@dataclass(frozen=True)
class LimitStatus:
    """What the headers of the next response would say (``Sandbox.rate_limit_status``)."""

    limit: int
    remaining: int
    reset: int
    policy: str


class RateLimiter:
    """Fixed windows keyed by (client id, company); ``limits`` overrides the limit per company."""

    def __init__(
        self, limit: int | None, clock: Callable[[], float], window: float = WINDOW_SECONDS,
        policy: str = POLICY,
    ) -> None:
        self.limit = limit
        self.window = window
        self.policy = policy
        self.limits: dict[str, int | None] = {}
        self._clock = clock
        self._windows: dict[tuple[str, str], _Window] = {}
        self._lock = threading.Lock()

    def set_limit(self, company: str, rate_limit: None | str | int) -> None:
        """A company's own quota (None: unlimited), e.g. one tenant on a test client."""
        with self._lock:
            self.limits[company] = resolve_limit(rate_limit)

    def limit_for(self, company: str) -> int | None:
        return self.limits.get(company, self.limit) if self.limits else self.limit

    def consume(self, company: str, client_id: str = "") -> Headers:
        """Count one call; return the rate-limit headers or raise a 429."""
        limit = self.limit_for(company)
        if limit is None:
            return []
        now = self._clock()
        key = (client_id, company)
        with self._lock:
            current = self._windows.get(key)
            if current is None or now >= current.start + self.window:
                current = self._windows[key] = _Window(now, 0)
            reset = max(0, math.ceil(current.start + self.window - now))
            if current.used >= limit:
                headers = _headers(limit, 0, reset, self.policy)
                raise ApiError(
                    429,
                    {"message": f"API call quota exceeded: maximum {limit} calls per {self._period()} for "
                                f"this company. Try again in {reset} seconds."},
                    [("Retry-After", str(max(1, reset))), *headers],
                )
            current.used += 1
            return _headers(limit, limit - current.used, reset, self.policy)

    def _period(self) -> str:
        return "hour" if self.window == WINDOW_SECONDS else f"{self.window:g} seconds"

    def status(self, company: str, client_id: str = "") -> LimitStatus | None:
        limit = self.limit_for(company)
        if limit is None:
            return None
        now = self._clock()
        with self._lock:
            current = self._windows.get((client_id, company))
            if current is None or now >= current.start + self.window:
                return LimitStatus(limit, limit, math.ceil(self.window), self.policy)
            reset = max(0, math.ceil(current.start + self.window - now))
            return LimitStatus(limit, max(0, limit - current.used), reset, self.policy)

    def remaining(self, company: str, client_id: str = "") -> int | None:
        found = self.status(company, client_id)
        return None if found is None else found.remaining


def _headers(limit: int, remaining: int, reset: int, policy: str) -> Headers:
    return [
        ("X-RateLimit-Limit", str(limit)),
        ("X-RateLimit-Remaining", str(remaining)),
        ("X-RateLimit-Reset", str(reset)),
        ("X-RateLimit-Policy", policy),
    ]
