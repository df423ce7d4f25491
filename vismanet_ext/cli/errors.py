"""Errors the CLI turns into exit codes without a traceback (anything else is a bug and shows one)."""

from __future__ import annotations

EXIT_OK = 0
EXIT_API = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
#: stdout closed, or its reader went away (``| head -1``): 128 + SIGPIPE, what a shell reports for
#: a process killed by SIGPIPE, so pipelines treat us like any other Unix tool.
EXIT_BROKEN_PIPE = 141
#: A write (create, attach, a job start) left and may have been applied, but no answer arrived
#: (`vismanet_ext.errors.OutcomeUnknown`): look before running the command again.
EXIT_OUTCOME_UNKNOWN = 3


def outcome_unknown_message(e: object) -> str:
    """What the CLI prints for an `OutcomeUnknown`: what happened, then what to do before rerunning."""
    where = f"{getattr(e, 'method', '') or ''} {getattr(e, 'url', '') or ''}".strip()
    cause = getattr(e, "cause", "") or "no answer"
    advice = getattr(e, "advice", "") or "check the record before sending again"
    return f"no answer arrived for {where} ({cause}); the outcome is unknown: {advice}"


class CLIError(Exception):
    """An expected failure: its message is shown as is and ``exit_code`` is returned."""

    exit_code = EXIT_API


class UsageError(CLIError):
    """The command line (or a file it names) is wrong; nothing was sent to the server."""

    exit_code = EXIT_USAGE


class APIFailure(CLIError):
    """The server or the network said no; the message is Visma's own where there is one."""

    exit_code = EXIT_API
