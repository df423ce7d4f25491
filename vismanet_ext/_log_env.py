"""``VISMANET_LOG=debug|info|warning|error`` turns on the SDK's logging without touching code.

Like ``OPENAI_LOG`` and ``AZURE_LOG_LEVEL``: read when a client is constructed. It sets the level of the
``vismanet`` logger and, when nothing would print its records (no handler of the application on it or on
the root logger), adds one stderr handler. What each level shows:

* ``debug``: one line per HTTP request, after its retries (``GET https://.../v1/customer -> 200 in 84 ms
  (retries=1)``), plus everything below;
* ``info`` / ``warning``: each retry as it happens, with its number and the budget (``GET ...: 503
  Service Unavailable; retry 1 of 4 in 0.50 s``) and the throttle's waits;
* ``error``: only errors.

URLs are redacted by the lines themselves (no tokens, secrets or ``Authorization`` headers are logged).
An unknown value is ignored with one ``RuntimeWarning``; an application's own logging setup wins over the
variable's handler (the level is still applied).
"""

from __future__ import annotations

import logging
import os
import warnings
from collections.abc import Mapping

__all__ = ["ENV_VARIABLE", "LEVELS", "configure_from_env"]

ENV_VARIABLE = "VISMANET_LOG"
LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "warn": logging.WARNING,
    "error": logging.ERROR,
}
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_applied: str | None = None


class _EnvHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler this module adds (kept apart from an application's handlers)."""


def _prints(logger: logging.Logger) -> bool:
    """Whether some handler other than a NullHandler would emit this logger's records."""
    current: logging.Logger | None = logger
    while current is not None:
        if any(not isinstance(h, logging.NullHandler) for h in current.handlers):
            return True
        if not current.propagate:
            return False
        current = current.parent
    return False


def configure_from_env(environ: Mapping[str, str] | None = None) -> int | None:
    """Apply ``VISMANET_LOG`` (idempotent; cheap when unset). Returns the level set, or None."""
    global _applied
    raw = (os.environ if environ is None else environ).get(ENV_VARIABLE, "").strip().lower()
    if not raw or raw == _applied:
        return LEVELS.get(raw) if raw else None
    _applied = raw
    level = LEVELS.get(raw)
    if level is None:
        warnings.warn(
            f"{ENV_VARIABLE}={raw!r} is not one of debug, info, warning, error; ignored",
            RuntimeWarning,
            stacklevel=3,
        )
        return None
    logger = logging.getLogger("vismanet")
    logger.setLevel(level)
    if not _prints(logger):
        handler = _EnvHandler()  # sys.stderr
        handler.setFormatter(logging.Formatter(FORMAT))
        logger.addHandler(handler)
    return level
