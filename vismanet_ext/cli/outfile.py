"""Where an output file's bytes go, without ever destroying what is at the path.

* ``-`` (or no path) is stdout; a closed stdout is a broken pipe (exit 141), not a traceback.
* A path that exists and is not a regular file (a device such as ``/dev/null``, a FIFO, a terminal) is
  written *through*: opened for writing, never truncated, renamed or replaced.  Running as root,
  the old temp-file-and-rename scheme replaced ``/dev/null`` with a regular file.
* A symlink is followed: its target is replaced atomically and the link stays a link.
* A regular file (or a new name) is written to a hidden part file beside it,
  ``.NAME.<pid>.<random>.part``, created 0600 (the data may be confidential until it is complete) and
  given the usual permissions only when it is renamed into place.  The pid in the name lets the next
  run tell a part file left by a killed run (its process is gone: removed) from one that another
  running export is still writing (left alone, reported).
* Every abort removes the part file, even when closing it fails again (a full disk fails the flush).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
from typing import IO

from .errors import UsageError

__all__ = ["Output", "close_quietly", "create_part", "sweep_leftovers"]


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def _part_pattern(base: str) -> re.Pattern[str]:
    # mkstemp's random part is 8 characters of [a-z0-9_]; older versions wrote no pid.
    return re.compile(rf"\.{re.escape(base)}\.(?:(\d+)\.)?([a-z0-9_]{{8}})\.part\Z")


def sweep_leftovers(directory: str, base: str) -> list[str]:
    """Remove part files of earlier, killed runs for ``base``; return one note per file found."""
    pattern = _part_pattern(base)
    notes: list[str] = []
    try:
        names = os.listdir(directory)
    except OSError:
        return notes
    for name in sorted(names):
        m = pattern.match(name)
        if m is None:
            continue
        path = os.path.join(directory, name)
        pid = int(m.group(1)) if m.group(1) else None
        if pid is not None and pid != os.getpid() and _pid_alive(pid):
            notes.append(f"left {path} alone: process {pid}, which is writing it, is still running")
            continue
        if pid is None:
            notes.append(f"found {path}, a partial output of an older version; remove it if no export is running")
            continue
        try:
            os.unlink(path)
        except FileNotFoundError:
            continue
        except OSError as e:
            notes.append(f"cannot remove leftover partial output {path}: {e.strerror or e}")
            continue
        notes.append(f"removed {path}, partial output of an earlier run that was killed (process {pid})")
    return notes


def create_part(directory: str, base: str) -> tuple[int, str]:
    """A new, empty 0600 part file for ``base`` in ``directory``: (fd, path)."""
    import tempfile  # here, not at the top: `vismanet --help` imports this module and needs no tempfile

    return tempfile.mkstemp(dir=directory, prefix=f".{base}.{os.getpid()}.", suffix=".part")


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


class Output:
    """One output target; ``stream`` takes the text, ``commit()`` publishes it, ``abort()`` discards it."""

    def __init__(self, path: str | None, stdout: IO[str] | None = None) -> None:
        self.path = path
        self.notes: list[str] = []
        self.write_through = True
        self._part: str | None = None
        self._final: str | None = None
        self._mode = 0o644
        self._owns_stream = False
        if path is None or path == "-":
            stream = stdout if stdout is not None else sys.stdout
            if stream is None:  # started with stdout closed (`>&-`)
                raise BrokenPipeError(errno.EBADF, "stdout is closed")
            self.stream: IO[str] = stream
            return
        if not path:
            raise UsageError("--out: the file name is empty (use - for stdout)")
        real = os.path.realpath(path)  # a symlink's (possibly not yet existing) target
        try:
            st: os.stat_result | None = os.stat(real)
        except FileNotFoundError:
            st = None
        except OSError as e:
            raise UsageError(f"cannot write {path}: {e.strerror or e}") from None
        if st is not None and stat.S_ISDIR(st.st_mode):
            raise UsageError(f"cannot write {path}: it is a directory")
        if st is not None and not stat.S_ISREG(st.st_mode):
            self._open_through(path, real, st)
            return
        directory, base = os.path.split(real)
        if not os.path.isdir(directory):
            raise UsageError(f"cannot write {path}: directory {directory} does not exist")
        self.notes = sweep_leftovers(directory, base)
        self._mode = st.st_mode & 0o7777 if st is not None else _default_mode()
        self._final = real
        self.write_through = False
        fd, self._part = create_part(directory, base)
        try:
            self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="")
        except BaseException:
            os.close(fd)
            self._remove_part()
            raise

    def _open_through(self, path: str, real: str, st: os.stat_result) -> None:
        if stat.S_ISSOCK(st.st_mode):
            raise UsageError(f"cannot write {path}: it is a socket")
        try:
            # No O_TRUNC, no O_CREAT: whatever is there is written to, never replaced. A FIFO blocks
            # here until its reader opens it, as `> fifo` does in a shell.
            fd = os.open(real, os.O_WRONLY | os.O_CLOEXEC)
        except OSError as e:
            raise UsageError(f"cannot write {path}: {e.strerror or e}") from None
        self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self._owns_stream = True

    @property
    def part_path(self) -> str | None:
        """The hidden part file being written (None when writing through)."""
        return self._part

    def commit(self) -> None:
        """Publish: flush (write-through), or fsync, chmod and rename the part file over the target."""
        if self._part is None:
            self.stream.flush()
            if self._owns_stream:
                self._owns_stream = False
                self.stream.close()
            return
        assert self._final is not None
        self.stream.flush()
        fd = self.stream.fileno()
        os.fchmod(fd, self._mode)
        os.fsync(fd)
        self.stream.close()
        os.replace(self._part, self._final)
        self._part = None
        _fsync_directory(os.path.dirname(self._final))

    def abort(self) -> None:
        """Discard: the part file is removed even if closing it fails (ENOSPC on the final flush)."""
        if self._part is None:
            if self._owns_stream:
                self._owns_stream = False
                close_quietly(self.stream)
            return
        close_quietly(self.stream)
        self._remove_part()

    def _remove_part(self) -> None:
        if self._part is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._part)
            self._part = None


def close_quietly(stream: IO[str]) -> None:
    """Close, dropping buffered text if the flush fails (the data is being discarded anyway)."""
    try:
        stream.close()
    except (OSError, ValueError):
        # The buffered writer keeps the fd open when its flush fails; close the fd itself.
        with contextlib.suppress(OSError, ValueError):
            os.close(stream.fileno())
        with contextlib.suppress(OSError, ValueError):
            stream.close()


def _fsync_directory(directory: str) -> None:
    """Make the rename durable (best effort: not every file system allows opening a directory)."""
    try:
        fd = os.open(directory or ".", os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
