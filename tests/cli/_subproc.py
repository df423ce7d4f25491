"""Helpers for running ``vismanet`` as a subprocess, the way users run it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CLI = [sys.executable, "-m", "vismanet_ext.cli"]


def env(**extra: str) -> dict[str, str]:
    """The test's environment without VISMANET_* (and COLUMNS, so terminal widths are the pty's)."""
    out = {k: v for k, v in os.environ.items() if not k.startswith("VISMANET_") and k != "COLUMNS"}
    out.update(extra)
    return out


def default_signals() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run(
    *args: str,
    environ: dict[str, str] | None = None,
    stdin: str | None = None,
    timeout: float = 60,
    prelude: str | None = None,
    **kwargs: Any,
) -> subprocess.CompletedProcess[str]:
    """Run the CLI; ``prelude`` is Python run in the child first (fault injection), then ``main(args)``."""
    if prelude is None:
        command = [*CLI, *args]
    else:
        code = textwrap.dedent(prelude) + (
            "\nimport sys\nfrom vismanet_ext.cli import main\nsys.exit(main(sys.argv[1:]))\n"
        )
        command = [sys.executable, "-c", code, *args]
    return subprocess.run(
        command, check=False, capture_output=True, text=True, input=stdin, timeout=timeout,
        env=environ if environ is not None else env(), **kwargs,
    )


@contextmanager
def trap() -> Iterator[tuple[str, socket.socket]]:
    """A listening socket nobody answers: (base URL, socket). ``contacted(sock)`` says if anyone connected."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(16)
        s.setblocking(False)
        yield f"http://127.0.0.1:{s.getsockname()[1]}", s


def contacted(sock: socket.socket) -> bool:
    try:
        conn, _ = sock.accept()
    except BlockingIOError:
        return False
    conn.close()
    return True


def only_files(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())
