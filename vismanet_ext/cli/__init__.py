"""The ``vismanet`` command line: export, inspect and write Visma.net ERP data from a shell.

``main()`` parses with argparse and dispatches to ``commands``; everything heavier than argparse
(httpx, the generated models, the sandbox) is imported inside the command that needs it, so
``vismanet --help`` and ``vismanet --version`` start instantly.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .args import build_parser
from .errors import EXIT_API, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, CLIError

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (0 ok, 1 API/network error, 2 usage error, 130 Ctrl-C)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse: --help (0) or a usage error (2)
        return e.code if isinstance(e.code, int) else EXIT_USAGE
    if getattr(args, "version", False):
        from .version import version_text

        print(version_text())
        return EXIT_OK
    if getattr(args, "handler", None) is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    debug = bool(getattr(args, "debug", False))
    try:
        code: int = args.handler(args)
        return code
    except KeyboardInterrupt:
        _report(None, "interrupted", debug)
        return EXIT_INTERRUPTED
    except CLIError as e:
        _report(e, str(e), debug)
        return e.exit_code
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_API
    except Exception as e:
        known = _classify(e)
        if known is None:
            raise
        code, message = known
        _report(e, message, debug)
        return code


def _classify(e: Exception) -> tuple[int, str] | None:
    """Exit code and message for the SDK's and httpx's expected errors (None: a bug, show it)."""
    sdk_errors = sys.modules.get("vismanet_ext.errors")
    if sdk_errors is not None:
        if isinstance(e, sdk_errors.InvalidArgument):
            return EXIT_USAGE, str(e)
        if isinstance(e, sdk_errors.ApiError):
            return EXIT_API, _api_message(e)
        if isinstance(e, sdk_errors.VismaNetError):
            return EXIT_API, str(e)
    httpx = sys.modules.get("httpx")
    if httpx is not None and isinstance(e, httpx.HTTPError):
        return EXIT_API, f"network error: {type(e).__name__}: {e}"
    if isinstance(e, OSError):
        where = f" {e.filename}" if e.filename else ""
        return EXIT_API, f"{e.strerror or e}{':' if where else ''}{where}"
    return None


def _api_message(e: Exception) -> str:
    """``Visma says: <message>`` first, then status and request (and a request id for support)."""
    message = getattr(e, "message", "") or ""
    status = getattr(e, "status_code", "")
    reason = getattr(e, "reason", "")
    where = f"{getattr(e, 'method', '')} {getattr(e, 'url', '')}".strip()
    text = f"{status} {reason}".strip()
    if where:
        text += f" from {where}"
    if message:
        text += f": {message}"
    request_id = getattr(e, "request_id", None)
    if request_id:
        text += f" (request id {request_id})"
    return text


def _report(e: BaseException | None, message: str, debug: bool) -> None:
    if debug and e is not None:
        import traceback

        traceback.print_exception(e)
    print(f"vismanet: error: {message}", file=sys.stderr)


def _silence_stdout() -> None:
    # Python would complain again when flushing stdout at exit; point it at /dev/null instead.
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
