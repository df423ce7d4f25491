"""The command's own logging: one stderr handler, set by ``-q`` / ``--debug``, that never leaks a secret.

The library only ever adds a ``NullHandler`` to the ``vismanet`` logger (a library must not print);
the command is the application, so it owns the handler:

* default: the ``vismanet`` logger's INFO and up (retry warnings, rate-limit waits) as
  ``vismanet: warning: ...``;
* ``-q``: errors only;
* ``--debug``: everything, every logger (httpx and httpcore included), with the logger's name.

Every line passes a redacting filter on the handler itself (so also records propagated from third-party
loggers), and a progress line being drawn is erased before a log line is written.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .progress import Progress

_progress: Progress | None = None


def attach_progress(progress: Progress | None) -> None:
    """The progress line to erase before each log line (None: none is drawn)."""
    global _progress
    _progress = progress


class _RedactingFilter(logging.Filter):
    """Replace the record's text by its scrubbed form (imports the scrubber on the first record only)."""

    def filter(self, record: logging.LogRecord) -> bool:
        from vismanet_ext._redact import scrub_record

        scrub_record(record)
        return True


class _StderrHandler(logging.Handler):
    """Writes to whatever ``sys.stderr`` is at the time; a closed or broken stderr is ignored."""

    def emit(self, record: logging.LogRecord) -> None:
        stream: Any = sys.stderr
        if stream is None:
            return
        try:
            text = self.format(record)
            if _progress is not None:
                _progress.clear()
            stream.write(text + "\n")
            stream.flush()
        except (OSError, ValueError):
            self.handleError(record)

    def handleError(self, record: logging.LogRecord) -> None:
        pass  # never a traceback about logging itself


class _Format(logging.Formatter):
    def __init__(self, debug: bool) -> None:
        super().__init__()
        self._debug = debug

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        if self._debug:
            text = f"vismanet: {record.levelname.lower()}: {record.name}: {message}"
        elif record.levelno >= logging.WARNING:
            text = f"vismanet: {record.levelname.lower()}: {message}"
        else:
            text = f"vismanet: {message}"
        if record.exc_info and self._debug:
            text += "\n" + self.formatException(record.exc_info)
        return text


def configure(*, quiet: bool, debug: bool) -> Callable[[], None]:
    """Install the command's handler; returns a function that puts logging back as it was.

    The command runs once per process, but ``main()`` may also be called in-process (tests, scripts):
    undoing keeps the ``vismanet`` logger's level, propagation and handlers as the caller had them.
    """
    library = logging.getLogger("vismanet")
    root = logging.getLogger()
    saved = (library.level, library.propagate, root.level)
    handler = _StderrHandler()
    handler.addFilter(_RedactingFilter())
    handler.setFormatter(_Format(debug))
    if debug:
        # Everything, from every logger, through one handler: the library's records reach it by propagation.
        library.setLevel(logging.DEBUG)
        library.propagate = True
        root.setLevel(logging.DEBUG)
        root.addHandler(handler)
    else:
        library.setLevel(logging.ERROR if quiet else logging.INFO)
        library.propagate = False
        library.addHandler(handler)

    def undo() -> None:
        library.removeHandler(handler)
        root.removeHandler(handler)
        library.setLevel(saved[0])
        library.propagate = saved[1]
        root.setLevel(saved[2])

    return undo
