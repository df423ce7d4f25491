"""A one-line progress display on stderr: records done of totalCount, rate and ETA.

Redraws at most ``interval`` seconds apart so a fast export is not slowed by the terminal; the
clock is injectable so tests need no sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import IO


def _duration(seconds: float) -> str:
    seconds = int(max(0, seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def render(done: int, total: int | None, elapsed: float, width: int = 24) -> str:
    """The text of one progress line (pure, for tests)."""
    rate = done / elapsed if elapsed > 0 else 0.0
    rate_text = f"{rate:,.0f} rec/s"
    if total is None or total <= 0:
        return f"{done:,} records  {rate_text}  {_duration(elapsed)} elapsed"
    shown = min(done, total)
    filled = int(width * shown / total)
    bar = "#" * filled + "-" * (width - filled)
    pct = 100 * shown / total
    eta = _duration((total - shown) / rate) if rate > 0 and shown < total else "0:00"
    return f"[{bar}] {done:,}/{total:,} {pct:3.0f}%  {rate_text}  ETA {eta}"


class Progress:
    """Counts records; draws on ``stream`` when enabled, otherwise costs nearly nothing."""

    def __init__(
        self,
        stream: IO[str] | None,
        *,
        interval: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._stream = stream
        self._interval = interval
        self._clock = clock
        self._start = clock()
        self._last_draw: float | None = None
        self._width = 0
        self.done = 0
        self.total: int | None = None

    @property
    def enabled(self) -> bool:
        return self._stream is not None

    def set_total(self, total: int | None) -> None:
        """totalCount from the latest page (Visma says it can change while paging)."""
        if total is not None:
            self.total = total

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self._stream is None:
            return
        now = self._clock()
        if self._last_draw is None or now - self._last_draw >= self._interval:
            self._draw(now)

    def _draw(self, now: float) -> None:
        assert self._stream is not None
        line = render(self.done, self.total, now - self._start)
        pad = " " * max(0, self._width - len(line))
        self._stream.write("\r" + line + pad)
        self._stream.flush()
        self._width = len(line)
        self._last_draw = now

    def finish(self, message: str | None = None) -> None:
        """Draw the final state and end the line (or clear it and print ``message``)."""
        if self._stream is None:
            return
        if self.total is None or self.total < self.done:
            self.total = self.done
        self._draw(self._clock())
        self._stream.write("\n")
        if message:
            self._stream.write(message + "\n")
        self._stream.flush()

    def clear(self) -> None:
        """Erase the line (before printing an error), if one was drawn."""
        if self._stream is None or self._last_draw is None:
            return
        self._stream.write("\r" + " " * self._width + "\r")
        self._stream.flush()
        self._width = 0
