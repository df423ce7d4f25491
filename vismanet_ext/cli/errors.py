"""Errors the CLI turns into exit codes without a traceback (anything else is a bug and shows one)."""

from __future__ import annotations

EXIT_OK = 0
EXIT_API = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class CLIError(Exception):
    """An expected failure: its message is shown as is and ``exit_code`` is returned."""

    exit_code = EXIT_API


class UsageError(CLIError):
    """The command line (or a file it names) is wrong; nothing was sent to the server."""

    exit_code = EXIT_USAGE


class APIFailure(CLIError):
    """The server or the network said no; the message is Visma's own where there is one."""

    exit_code = EXIT_API
