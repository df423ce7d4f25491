"""``--out`` against what can be at a path, killed runs, full disks and broken pipes (issue 12, items 1-3).

Every test runs the CLI as a subprocess. Special files are private ones made inside ``tmp_path`` (a
character device node with /dev/null's numbers, a FIFO, a symlink); the machine's own are never touched.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from vismanet_ext.sandbox import Sandbox

from ._subproc import CLI, env, only_files, run

SIZES = "customer=30"


def _sandbox_env(sizes: str = SIZES, **extra: str) -> dict[str, str]:
    return env(VISMANET_SANDBOX_SIZES=sizes, **extra)


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def slow_server() -> Iterator[tuple[Sandbox, list[str]]]:
    sb = Sandbox(seed=2, sizes={"customer": 400})
    sb.faults.latency = 0.15
    with sb, sb.serve(port=0) as base_url:
        yield sb, ["--base-url", base_url, "--token", sb.issue_token(), "--page-size", "5"]


def _wait_for_part(directory: Path, proc: subprocess.Popen[str]) -> Path:
    deadline = time.monotonic() + 30
    while True:
        parts = [p for p in directory.iterdir() if p.name.endswith(".part")]
        if parts:
            return parts[0]
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the export never started"
        time.sleep(0.02)


# -- what is at the path -----------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mknod") or os.geteuid() != 0, reason="making a device node needs root")
def test_a_device_node_is_written_through_never_replaced(tmp_path: Path) -> None:
    node = tmp_path / "null"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a private /dev/null
    r = run("export", "customer", "--sandbox", "-o", str(node), environ=_sandbox_env())
    assert r.returncode == 0, r.stderr
    st = os.lstat(node)
    assert stat.S_ISCHR(st.st_mode) and st.st_rdev == os.makedev(1, 3)
    assert only_files(tmp_path) == ["null"]  # no part file, no regular file in its place


def test_a_fifo_feeds_its_reader_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[str] = []

    def read() -> None:
        with open(fifo, encoding="utf-8") as f:
            got.extend(f.read().splitlines())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    r = run("export", "customer", "--sandbox", "-q", "-o", str(fifo), environ=_sandbox_env())
    reader.join(30)
    assert r.returncode == 0, r.stderr
    assert len(got) == 30 and json.loads(got[0])["number"]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert only_files(tmp_path) == ["pipe"]


def test_a_symlink_is_followed_and_its_target_replaced_atomically(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    target = data / "customers.jsonl"
    target.write_text("old\n")
    os.chmod(target, 0o640)
    link = tmp_path / "latest.jsonl"
    link.symlink_to(target)
    r = run("export", "customer", "--sandbox", "-q", "-o", str(link), environ=_sandbox_env())
    assert r.returncode == 0, r.stderr
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert len(_lines(target)) == 30
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640  # the target keeps its permissions
    assert only_files(data) == ["customers.jsonl"] and only_files(tmp_path) == ["data", "latest.jsonl"]


def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "out.jsonl"
    link.symlink_to(tmp_path / "real.jsonl")
    r = run("export", "customer", "--sandbox", "-q", "-o", str(link), environ=_sandbox_env())
    assert r.returncode == 0, r.stderr
    assert link.is_symlink() and len(_lines(tmp_path / "real.jsonl")) == 30


def test_dash_is_stdout(tmp_path: Path) -> None:
    r = run("export", "customer", "--sandbox", "-q", "-o", "-", environ=_sandbox_env(), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == 30 and only_files(tmp_path) == []


def test_a_state_file_that_is_not_a_regular_file_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "state"
    os.mkfifo(fifo)
    r = run("export", "customer", "--sandbox", "--state", str(fifo), "-o", str(tmp_path / "c.jsonl"),
            environ=_sandbox_env(), timeout=30)
    assert r.returncode == 2 and "not a regular file" in r.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and only_files(tmp_path) == ["state"]


def test_a_directory_or_socket_is_refused(tmp_path: Path) -> None:
    import socket

    r = run("export", "customer", "--sandbox", "-o", str(tmp_path), environ=_sandbox_env())
    assert r.returncode == 2 and "is a directory" in r.stderr
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(tmp_path / "sock"))
        r = run("export", "customer", "--sandbox", "-o", str(tmp_path / "sock"), environ=_sandbox_env())
    assert r.returncode == 2 and "socket" in r.stderr and "Traceback" not in r.stderr


# -- part files ------------------------------------------------------------------------------------------


def test_part_file_is_private_while_written_and_gets_the_usual_mode_at_the_end(
    tmp_path: Path, slow_server: tuple[Sandbox, list[str]]
) -> None:
    sb, conn = slow_server
    sb.faults.latency = 0.02
    out = tmp_path / "c.jsonl"

    def umask_022() -> None:
        os.umask(0o022)

    proc = subprocess.Popen([*CLI, "export", "customer", *conn, "-q", "-o", str(out)], env=env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=umask_022)  # noqa: PLW1509
    try:
        part = _wait_for_part(tmp_path, proc)
        with contextlib.suppress(FileNotFoundError):  # it may have been renamed meanwhile
            assert stat.S_IMODE(os.stat(part).st_mode) == 0o600
            assert part.name.startswith(f".c.jsonl.{proc.pid}.")
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o644 and only_files(tmp_path) == ["c.jsonl"]


def test_part_file_of_a_killed_run_is_removed_by_the_next_run(
    tmp_path: Path, slow_server: tuple[Sandbox, list[str]]
) -> None:
    _, conn = slow_server
    out = tmp_path / "customers.jsonl"
    proc = subprocess.Popen([*CLI, "export", "customer", *conn, "-o", str(out)], env=env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    part = _wait_for_part(tmp_path, proc)
    proc.kill()  # kill -9: no cleanup can run
    proc.communicate(timeout=30)
    assert part.exists(), "SIGKILL left the part file (the case under test)"
    r = run("export", "customer", "--sandbox", "-o", str(out), environ=_sandbox_env())
    assert r.returncode == 0, r.stderr
    assert f"removed {part}" in r.stderr and "killed" in r.stderr
    assert only_files(tmp_path) == ["customers.jsonl"] and len(_lines(out)) == 30


def test_part_file_of_a_running_export_is_left_alone_and_reported(tmp_path: Path) -> None:
    # A part file named after a live process (this test's) belongs to an export still running.
    other = tmp_path / f".customers.jsonl.{os.getpid()}.abcd1234.part"
    other.write_text("in progress\n")
    out = tmp_path / "customers.jsonl"
    r = run("export", "customer", "--sandbox", "-o", str(out), environ=_sandbox_env())
    assert r.returncode == 0, r.stderr
    assert other.exists() and f"left {other} alone" in r.stderr


# -- full disk and failed state saves ------------------------------------------------------------------------

# Runs in the child before main(): the CSV spool (an anonymous temp file) fails like a full disk, on
# write and again on the final flush when it is closed, which is what broke abort() before.
_ENOSPC_SPOOL = """
import errno, tempfile

class FullDisk:
    def __init__(self, inner):
        self._inner, self._written = inner, 0
    def write(self, text):
        self._written += len(text)
        if self._written > 20000:
            raise OSError(errno.ENOSPC, "No space left on device")
        return self._inner.write(text)
    def close(self):
        self._inner.close()
        raise OSError(errno.ENOSPC, "No space left on device")
    def __getattr__(self, name):
        return getattr(self._inner, name)

_real = tempfile.TemporaryFile
tempfile.TemporaryFile = lambda *a, **k: FullDisk(_real(*a, **k))
"""


def test_csv_export_on_a_full_disk_removes_its_part_file(tmp_path: Path) -> None:
    out = tmp_path / "customers.csv"
    r = run("export", "customer", "--sandbox", "-o", str(out), environ=_sandbox_env("customer=200"),
            prelude=_ENOSPC_SPOOL)
    assert r.returncode == 1, r.stderr
    assert "No space left on device" in r.stderr and "Traceback" not in r.stderr
    assert only_files(tmp_path) == []


@contextlib.contextmanager
def _tiny_tmpfs(where: Path) -> Iterator[Path]:
    where.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", str(where)],
                             check=False, capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip()}); the injected ENOSPC test covers it")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False, capture_output=True)


@pytest.mark.skipif(sys.platform != "linux" or os.geteuid() != 0, reason="mounting a tmpfs needs root on Linux")
@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_a_real_full_disk_leaves_nothing_behind(tmp_path: Path, fmt: str) -> None:
    with _tiny_tmpfs(tmp_path / "disk") as disk:
        out = disk / f"customers.{fmt}"
        r = run("export", "customer", "--sandbox", "-o", str(out), environ=_sandbox_env("customer=300"))
        assert r.returncode == 1, r.stderr
        assert "No space left on device" in r.stderr and "Traceback" not in r.stderr
        assert only_files(disk) == []


_ENOSPC_STATE = """
import errno, os
_replace = os.replace
def replace(src, dst, *a, **k):
    if str(dst).endswith("sync.json"):
        raise OSError(errno.ENOSPC, "No space left on device")
    return _replace(src, dst, *a, **k)
os.replace = replace
"""


def test_a_failed_state_save_names_the_file_and_says_the_output_was_committed(tmp_path: Path) -> None:
    out, state = tmp_path / "c.jsonl", tmp_path / "sync.json"
    r = run("export", "customer", "--sandbox", "--state", str(state), "-o", str(out),
            environ=_sandbox_env(), prelude=_ENOSPC_STATE)
    assert r.returncode == 1, r.stderr
    assert str(state) in r.stderr and "No space left on device" in r.stderr
    assert "output was committed" in r.stderr and "state was not advanced" in r.stderr
    assert len(_lines(out)) == 30 and not state.exists()
    assert only_files(tmp_path) == ["c.jsonl"]  # the state's part file is gone too


# -- pipes -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [
    ["export", "customer", "--sandbox"],
    ["get", "customer", "10000", "--sandbox"],
    ["resources"],
    ["--version"],
])
def test_closed_stdout_ends_with_the_sigpipe_status(command: list[str]) -> None:
    proc = subprocess.run([*CLI, *command], check=False, env=_sandbox_env(), stderr=subprocess.PIPE,
                          text=True, preexec_fn=lambda: os.close(1), timeout=60)
    assert proc.returncode == 141, proc.stderr
    assert "Traceback" not in proc.stderr and "AttributeError" not in proc.stderr


def test_closed_stdout_does_not_matter_when_writing_a_file(tmp_path: Path) -> None:
    out = tmp_path / "c.jsonl"
    proc = subprocess.run([*CLI, "export", "customer", "--sandbox", "-o", str(out)], check=False, env=_sandbox_env(),
                          stderr=subprocess.PIPE, text=True, preexec_fn=lambda: os.close(1), timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert len(_lines(out)) == 30


@pytest.mark.parametrize("command", [
    ["export", "customer", "--sandbox"],
    ["export", "customer", "--sandbox", "--format", "csv"],  # the pipe breaks in the commit (second pass)
])
@pytest.mark.parametrize("stdio", [
    {"PYTHONUNBUFFERED": "", "LC_ALL": "C.UTF-8", "PYTHONIOENCODING": ""},  # buffered, strict UTF-8
    # Unbuffered: stdout's buffer is a raw file whose writes can be short; C locale: surrogateescape. One
    # 600-record page is one write, and it was cut short without an error (exit 0) until _write_all.
    {"PYTHONUNBUFFERED": "1", "LC_ALL": "C", "PYTHONIOENCODING": ""},
    {"PYTHONUNBUFFERED": "1", "PYTHONIOENCODING": "latin-1"},  # the text path (not UTF-8)
], ids=["buffered", "unbuffered", "unbuffered-latin1"])
def test_a_reader_that_goes_away_ends_quietly_with_141(command: list[str], stdio: dict[str, str]) -> None:
    # Like `| head -1`: read one line, close the pipe. Enough output to overflow the pipe buffer.
    environ = {k: v for k, v in _sandbox_env("customer=600").items() if k not in stdio or stdio[k]}
    environ.update({k: v for k, v in stdio.items() if v})
    proc = subprocess.Popen([*CLI, *command], env=environ, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert first
    assert proc.returncode == 141, err
    assert "Traceback" not in err and "Exception ignored" not in err and "error" not in err


def test_sigpipe_is_documented() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "141" in readme and "SIGPIPE" in readme
    r = run("--help")
    assert "141" in r.stdout and "SIGPIPE" in r.stdout

