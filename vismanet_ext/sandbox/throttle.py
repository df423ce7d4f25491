"""Per-company call budgets, like the real API's fixed-window policy.

Every API response carries ``X-RateLimit-Limit/-Remaining/-Reset/-Policy``; a
call beyond the budget gets 429 with ``Retry-After`` (whole seconds until the
window resets and a slot frees). The window opens at a company's first call.
The clock is injectable so tests move time instead of waiting an hour.
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


class RateLimiter:
    def __init__(
        self, limit: int | None, clock: Callable[[], float], window: float = WINDOW_SECONDS
    ) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._windows: dict[str, _Window] = {}
        self._lock = threading.Lock()

    def consume(self, company: str) -> list[tuple[str, str]]:
        """Count one call; return the rate-limit headers or raise a 429."""
        if self.limit is None:
            return []
        now = self._clock()
        with self._lock:
            current = self._windows.get(company)
            if current is None or now >= current.start + self.window:
                current = self._windows[company] = _Window(now, 0)
            reset = max(0, math.ceil(current.start + self.window - now))
            if current.used >= self.limit:
                headers = self._headers(0, reset)
                raise ApiError(
                    429,
                    {"message": f"API call quota exceeded: maximum {self.limit} calls per {self._period()} for "
                                f"this company. Try again in {reset} seconds."},
                    [("Retry-After", str(max(1, reset))), *headers],
                )
            current.used += 1
            return self._headers(self.limit - current.used, reset)

    def _period(self) -> str:
        return "hour" if self.window == WINDOW_SECONDS else f"{self.window:g} seconds"

    def remaining(self, company: str) -> int | None:
        if self.limit is None:
            return None
        with self._lock:
            current = self._windows.get(company)
            if current is None or self._clock() >= current.start + self.window:
                return self.limit
            return self.limit - current.used

    def _headers(self, remaining: int, reset: int) -> list[tuple[str, str]]:
        assert self.limit is not None
        return [
            ("X-RateLimit-Limit", str(self.limit)),
            ("X-RateLimit-Remaining", str(remaining)),
            ("X-RateLimit-Reset", str(reset)),
            ("X-RateLimit-Policy", POLICY),
        ]
