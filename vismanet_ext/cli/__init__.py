"""The ``vismanet`` command line: export, inspect and write Visma.net ERP data from a shell.

``main()`` parses with argparse and dispatches to ``commands``; everything heavier than argparse
(httpx, the generated models, the sandbox) is imported inside the command that needs it, so
``vismanet --help`` and ``vismanet --version`` start instantly.
"""

from __future__ import annotations

import errno
import sys
from collections.abc import Sequence
from typing import Any

from .args import build_parser
from .errors import (
    EXIT_API,
    EXIT_BROKEN_PIPE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    CLIError,
)

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (0 ok, 1 API/network error, 2 usage error, 3 a write whose outcome is
    unknown, 130 Ctrl-C, 141 broken pipe)."""
    _fill_closed_fds()
    _fill_closed_stdio()
    try:
        return _main(argv)
    except BrokenPipeError:  # stdout (or stderr) closed, or its reader went away: quietly, like `cat`
        _silence_stdout()
        return EXIT_BROKEN_PIPE


def _main(argv: Sequence[str] | None) -> int:
    if (sys.argv[1:] if argv is None else list(argv)) == ["--version"]:
        # Answered before argparse builds every subcommand's parser (half of `vismanet --version`'s own time).
        from .version import version_text

        sys.stdout.write(version_text() + "\n")
        return EXIT_OK
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse: --help (0) or a usage error (2)
        return e.code if isinstance(e.code, int) else EXIT_USAGE
    if getattr(args, "version", False):
        from .version import version_text

        sys.stdout.write(version_text() + "\n")
        return EXIT_OK
    if getattr(args, "handler", None) is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    debug = bool(getattr(args, "debug", False))
    from .logs import configure

    undo_logging = configure(quiet=bool(getattr(args, "quiet", False)), debug=debug)
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
        raise
    except Exception as e:
        known = _classify(e, args)
        if known is None:
            raise
        code, message = known
        _report(e, message, debug)
        return code
    finally:
        undo_logging()


def _fill_closed_stdio() -> None:
    """Python sets sys.stdout/sys.stderr to None when the shell closed them (`>&-`, `2>&-`).

    A closed stdout becomes a stream whose writes raise BrokenPipeError, so every command that prints ends
    with the broken-pipe status (141) instead of an AttributeError, and one that writes only to --out is
    not affected; a closed stderr swallows messages quietly.
    """
    import io

    class ClosedStdout(io.TextIOBase):
        def writable(self) -> bool:
            return True

        def write(self, text: str) -> int:
            raise BrokenPipeError(errno.EBADF, "stdout is closed")

    if sys.stdout is None:
        sys.stdout = ClosedStdout()
    if sys.stderr is None:
        sys.stderr = io.StringIO()


def _classify(e: Exception, args: Any = None) -> tuple[int, str] | None:
    """Exit code and message for the SDK's and httpx's expected errors (None: a bug, show it)."""
    sdk_errors = sys.modules.get("vismanet_ext.errors")
    if sdk_errors is not None:
        if isinstance(e, sdk_errors.InvalidArgument):
            return EXIT_USAGE, str(e)
        if isinstance(e, sdk_errors.OutcomeUnknown):
            from .errors import EXIT_OUTCOME_UNKNOWN, outcome_unknown_message

            return EXIT_OUTCOME_UNKNOWN, outcome_unknown_message(e)
        if isinstance(e, sdk_errors.ApiError):
            return EXIT_API, _api_message(e)
        if isinstance(e, sdk_errors.VismaNetError):
            return EXIT_API, str(e)
    httpx = sys.modules.get("httpx")
    if httpx is not None and isinstance(e, httpx.InvalidURL):  # not an HTTPError: nothing was sent
        return EXIT_USAGE, f"cannot build the request URL: {e}"
    if httpx is not None and isinstance(e, httpx.HTTPError):
        return EXIT_API, f"network error: {type(e).__name__}: {e}"
    if isinstance(e, OSError) and e.errno == errno.EADDRINUSE:
        port, host = getattr(args, "port", None), getattr(args, "host", None)
        if port is not None:
            return EXIT_API, (
                f"port {port} on {host or 'the host'} is already in use (another server, or an earlier "
                "sandbox still running); pick another with --port N, or --port 0 for any free port"
            )
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
    if status == 401 and "connect/token" in where:
        text += (
            ". The token endpoint refused the client credentials: check VISMANET_CLIENT_ID, "
            "VISMANET_CLIENT_SECRET and VISMANET_TENANT_ID (the tenant must have approved the application)"
        )
    elif status == 401:
        text += (
            ". The token was refused: it may have expired (tokens last about an hour) or belong to another "
            "tenant; get a new one (--token-file, VISMANET_TOKEN[_FILE]) or use client credentials "
            "(VISMANET_CLIENT_ID, VISMANET_CLIENT_SECRET, VISMANET_TENANT_ID), which renew it automatically"
        )
    elif status == 403:
        text += ". The token is valid but lacks the permission: check the scopes and the user's roles in Visma.net"
    for note in getattr(e, "__notes__", ()):  # e.g. auth's invalid_scope/invalid_client hint: scopes and client id
        text += f". {note}"
    return text


def _report(e: BaseException | None, message: str, debug: bool) -> None:
    if debug and e is not None:
        import traceback

        text = "".join(traceback.format_exception(e))
        scrubber = sys.modules.get("vismanet_ext._redact")
        sys.stderr.write(scrubber.scrub(text) if scrubber is not None else text)
    print(f"vismanet: error: {message}", file=sys.stderr)


def _silence_stdout() -> None:
    # Python would complain again when flushing stdout at exit; point fd 1 at the null device instead.
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    except OSError:
        pass


def _fill_closed_fds() -> None:
    """Occupy fds 0-2 if the shell closed them (`>&-`), so no file we open later lands on fd 1 or 2.

    Python already set ``sys.stdout``/``sys.stderr`` to None for them; commands that need stdout then
    end with the broken-pipe status (141).
    """
    import os

    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            try:
                spare = os.open(os.devnull, os.O_RDWR)
            except OSError:
                return
            if spare != fd:
                os.dup2(spare, fd)
                os.close(spare)
