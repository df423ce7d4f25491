"""A one-line progress display on stderr: records done of totalCount, rate and ETA, or the current phase.

Kept in the standard library (tqdm or rich would add import time to every ``vismanet`` start for one
line of output).  What makes a one-line display correct:

* The line never reaches the terminal's width (``COLUMNS``, else the width of the stream's terminal,
  read at every redraw so a resized window is honoured, else 80): a line that wraps cannot be
  overwritten by ``\\r`` and every redraw would leave a line behind.  Parts are dropped, shortest
  first, to fit: the bar shrinks, then goes, then the rate; the text is cut last.
* A redraw pads over the previous line, so a shorter line leaves no tail.
* After the last page it says what it is doing (``writing CSV 40,000/100,000``, ``committing``)
  instead of sitting at 100% with a stale ETA.

Redraws happen at most ``interval`` seconds apart so a fast export is not slowed by the terminal; the
clock and the width are injectable so tests need neither sleeping nor a terminal.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import IO

_BAR = 24
_MIN_BAR = 5
_TAIL_RESERVE = len("  12,345 rec/s  ETA 1:23:45")


def _duration(seconds: float) -> str:
    seconds = int(max(0, seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def _fit(parts: list[str], width: int) -> str:
    line = "  ".join(p for p in parts if p)
    return line if len(line) <= width else line[: max(0, width - 1)] + "\u2026" if width > 0 else ""


def render(
    done: int,
    total: int | None,
    elapsed: float,
    width: int | None = None,
    phase: str | None = None,
) -> str:
    """The text of one progress line, at most ``width`` characters (pure, for tests)."""
    limit = width if width is not None else 10_000
    rate = done / elapsed if elapsed > 0 else 0.0
    rate_text = f"{rate:,.0f} rec/s"
    if total is None or total <= 0:
        parts = [f"{done:,} records", phase or rate_text, "" if phase else f"{_duration(elapsed)} elapsed"]
        return _fit(parts, limit)
    shown = min(done, total)
    pct = f"{100 * shown / total:3.0f}%"
    counts = f"{done:,}/{total:,}"
    if phase:
        tail = [phase]
    else:
        eta = _duration((total - shown) / rate) if rate > 0 and shown < total else "0:00"
        tail = [rate_text, f"ETA {eta}"]

    def with_bar(bar_width: int) -> list[str]:
        filled = int(bar_width * shown / total)
        return [f"[{'#' * filled}{'-' * (bar_width - filled)}] {counts} {pct}", *tail]

    # The bar's width depends only on the terminal and the total, so it stays put from redraw to redraw
    # while counts, rate and phase texts change length.
    widest_counts = f"{max(done, total):,}/{total:,}"
    bar = max(_MIN_BAR, min(_BAR, limit - (len("[] ") + len(widest_counts) + len(" 100%") + _TAIL_RESERVE)))
    for candidate in (
        with_bar(bar),
        [f"{counts} {pct}", *tail],
        [f"{counts} {pct}", tail[-1]],
    ):
        line = "  ".join(candidate)
        if len(line) <= limit:
            return line
    return _fit([f"{counts} {pct}", tail[-1]], limit)


def terminal_width(stream: IO[str] | None, environ: dict[str, str] | None = None) -> int:
    """Columns available to ``stream``: COLUMNS, else its terminal's width, else 80."""
    env = os.environ if environ is None else environ
    try:
        columns = int(env.get("COLUMNS", ""))
        if columns > 0:
            return columns
    except ValueError:
        pass
    try:
        fd = stream.fileno() if stream is not None else 2
        return os.get_terminal_size(fd).columns or 80
    except (OSError, ValueError, AttributeError):
        return 80


class Progress:
    """Counts records; draws on ``stream`` when enabled, otherwise costs nearly nothing."""

    def __init__(
        self,
        stream: IO[str] | None,
        *,
        interval: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
        width: Callable[[], int] | None = None,
    ) -> None:
        self._stream = stream
        self._interval = interval
        self._clock = clock
        self._columns = width if width is not None else (lambda: terminal_width(stream))
        self._start = clock()
        self._last_draw: float | None = None
        self._drawn = 0  # characters on the screen line now
        self._phase: str | None = None
        self._phase_name: str | None = None
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

    def phase(self, text: str, done: int = 0, total: int | None = None, *, force: bool = False) -> None:
        """Say what is happening after the paging (``writing CSV`` with its own count, ``committing``)."""
        changed = text != self._phase_name
        self._phase_name = text
        self._phase = f"{text} {done:,}/{total:,}" if total else text
        if self._stream is None:
            return
        now = self._clock()
        # A new phase is shown at once (it may be short, but the user should see what is happening).
        if force or changed or self._last_draw is None or now - self._last_draw >= self._interval or total == done:
            self._draw(now)

    def _draw(self, now: float) -> None:
        assert self._stream is not None
        # One column is kept free: writing the last column makes some terminals wrap at once.
        width = max(10, self._columns() - 1)
        line = render(self.done, self.total, now - self._start, width, self._phase)
        pad = " " * max(0, min(self._drawn, width) - len(line))
        self._stream.write("\r" + line + pad)
        self._stream.flush()
        self._drawn = len(line)
        self._last_draw = now

    def finish(self, message: str | None = None) -> None:
        """Draw the final state and end the line (then print ``message``)."""
        if self._stream is None:
            return
        if self.total is None or self.total < self.done:
            self.total = self.done
        self._phase = self._phase_name = None
        self._draw(self._clock())
        self._stream.write("\n")
        if message:
            self._stream.write(message + "\n")
        self._stream.flush()
        self._drawn = 0
        self._last_draw = None

    def clear(self) -> None:
        """Erase the line (before printing an error or a log line), if one was drawn."""
        if self._stream is None or self._last_draw is None or not self._drawn:
            return
        self._stream.write("\r" + " " * self._drawn + "\r")
        self._stream.flush()
        self._drawn = 0
        self._last_draw = None  # the next advance() redraws at once
