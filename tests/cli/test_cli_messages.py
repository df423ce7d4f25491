"""What the command says, as a subprocess: logging flags (item 4), the progress line on a narrow terminal
(item 5), token input (item 7) and the messages of item 9."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import socket
import struct
import subprocess
import sys
import termios
from collections.abc import Iterator
from pathlib import Path

import pytest

from vismanet_ext.sandbox import Sandbox

from ._subproc import CLI, env, run


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[Sandbox, list[str]]]:
    sb = Sandbox(seed=9, sizes={"customer": 25, "customerinvoice": 3, "salesorder": 2})
    with sb, sb.serve(port=0) as base_url:
        yield sb, ["--base-url", base_url, "--token", sb.issue_token()]


# -- logging ---------------------------------------------------------------------------------------------


def test_retry_warnings_show_by_default_and_q_silences_them(served: tuple[Sandbox, list[str]]) -> None:
    sb, conn = served
    sb.faults.fail_next(1, status=503)
    r = run("export", "customer", *conn, "--page-size", "10")
    assert r.returncode == 0, r.stderr
    assert "warning:" in r.stderr and "retry 1" in r.stderr
    sb.faults.fail_next(1, status=503)
    r = run("export", "customer", *conn, "--page-size", "10", "-q")
    assert r.returncode == 0 and r.stderr == "" and len(r.stdout.splitlines()) == 25


def test_the_library_prints_nothing_without_logging_configured(served: tuple[Sandbox, list[str]]) -> None:
    sb, conn = served
    sb.faults.fail_next(2, status=503)
    code = (
        "import logging, sys\n"
        "from vismanet_ext import VismaNet\n"
        f"with VismaNet(base_url={conn[1]!r}, token={conn[3]!r}) as vn:\n"
        "    n = sum(1 for _ in vn.paginate('GET /v1/customer', page_size=10))\n"
        "assert any(isinstance(h, logging.NullHandler) for h in logging.getLogger('vismanet').handlers)\n"
        "print(n)\n"
    )
    p = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, env=env(), timeout=60)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "25" and p.stderr == ""


def test_debug_shows_every_logger_with_secrets_redacted(served: tuple[Sandbox, list[str]]) -> None:
    sb, conn = served
    r = run("get", "customer", sb.keys("customer")[0], *conn, "--debug")
    assert r.returncode == 0, r.stderr
    assert "httpx: HTTP Request: GET" in r.stderr  # httpx's INFO line
    assert "httpcore.http11" in r.stderr and "receive_response_headers" in r.stderr  # httpcore's DEBUG lines
    assert re.search(r"vismanet: debug: vismanet: GET \S+/v1/customer/\S+ -> 200", r.stderr)
    assert conn[3] not in r.stderr


# -- progress --------------------------------------------------------------------------------------------


def _run_on_a_terminal(argv: list[str], columns: int, environ: dict[str, str]) -> tuple[int, str]:
    """Run with stderr on a pseudo-terminal ``columns`` wide; (exit code, everything written to it)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    proc = subprocess.Popen([*CLI, *argv], stdout=subprocess.PIPE,
                            stderr=slave, env=environ)
    os.close(slave)
    chunks: list[bytes] = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed its end
            break
        if not data:
            break
        chunks.append(data)
    assert proc.stdout is not None
    proc.stdout.read()
    code = proc.wait(timeout=60)
    os.close(master)
    return code, b"".join(chunks).decode("utf-8", "replace")


def test_progress_fits_a_50_column_terminal_and_names_the_csv_pass(tmp_path: Path) -> None:
    sb = Sandbox(seed=1, sizes={"customer": 120})
    sb.faults.latency = 0.05
    with sb, sb.serve(port=0) as base_url:
        code, screen = _run_on_a_terminal(
            ["export", "customer", "--base-url", base_url, "--token", sb.issue_token(), "--page-size", "10",
             "-o", str(tmp_path / "c.csv")], 50, env())
    assert code == 0, screen
    # The pty turns \n into \r\n; every piece between carriage returns/newlines is one screen line.
    pieces = [p for p in re.split(r"[\r\n]", screen) if p.strip()]
    progress = [p for p in pieces if "/120" in p or "rec/s" in p]
    assert progress, screen
    assert all(len(p) <= 49 for p in progress), [p for p in progress if len(p) > 49]
    assert any("writing CSV" in p for p in pieces), screen
    assert any("exported 120 customer records" in p for p in pieces)


def test_render_fits_every_width_and_a_shorter_redraw_pads_over_the_longer() -> None:
    import io

    from vismanet_ext.cli.progress import Progress, render

    for width in range(10, 120):
        for phase in (None, "writing CSV 40,000/100,000", "committing"):
            assert len(render(12_345, 100_000, 3.0, width, phase)) <= width
            assert len(render(12_345, None, 3.0, width, phase)) <= width
    buf = io.StringIO()
    now = [0.0]
    p = Progress(buf, interval=0.0, clock=lambda: now[0], width=lambda: 80)
    p.set_total(1000)
    p.advance(10)
    first = buf.getvalue().split("\r")[-1]
    p.phase("committing")
    second = buf.getvalue().split("\r")[-1]
    assert "committing" in second and len(second) >= len(first)


# -- token input -----------------------------------------------------------------------------------------


def test_token_file_and_stdin_and_the_variable(served: tuple[Sandbox, list[str]], tmp_path: Path) -> None:
    sb, conn = served
    base, token = conn[1], conn[3]
    f = tmp_path / "token"
    f.write_text(token + "\n")
    f.chmod(0o600)
    key = sb.keys("customer")[0]
    r = run("get", "customer", key, "--base-url", base, "--token-file", str(f))
    assert r.returncode == 0 and json.loads(r.stdout)["number"] == key, r.stderr
    r = run("get", "customer", key, "--base-url", base, "--token-file", "-", stdin=token + "\n")
    assert r.returncode == 0, r.stderr
    r = run("get", "customer", key, environ=env(VISMANET_BASE_URL=base, VISMANET_TOKEN_FILE=str(f)))
    assert r.returncode == 0, r.stderr
    r = run("get", "customer", key, "--base-url", base, "--token-file", str(tmp_path / "missing"))
    assert r.returncode == 2 and "does not exist" in r.stderr


def test_from_env_reads_the_token_file(tmp_path: Path) -> None:
    from vismanet_ext import VismaNet
    from vismanet_ext.errors import InvalidArgument

    f = tmp_path / "token"
    f.write_text("  tok-from-file-123456  \n")
    with VismaNet.from_env({"VISMANET_TOKEN_FILE": str(f)}) as vn:
        assert "tok-from-file-123456" not in repr(vn)
        assert vn.http.auth is not None
    f.write_text("two\nlines\n")
    with pytest.raises(InvalidArgument, match="one token"):
        VismaNet.from_env({"VISMANET_TOKEN_FILE": str(f)})


def test_help_warns_that_token_is_visible() -> None:
    r = run("export", "--help")
    assert "--token-file" in r.stdout and "ps" in r.stdout


# -- messages (item 9) ------------------------------------------------------------------------------------


def test_job_timeout_advises_the_cli() -> None:
    sb = Sandbox(seed=1, sizes={"customer": 3}, background_delay=60)
    with sb, sb.serve(port=0) as base_url:
        token = sb.issue_token()
        from vismanet_ext import VismaNet

        with VismaNet(base_url=base_url, token=token) as vn:
            job = vn.start_background("GET /v1/customer/{customerCd}", customerCd=sb.keys("customer")[0])
        r = run("job", job.id, "--wait", "--timeout", "0.3", "--base-url", base_url, "--token", token)
    assert r.returncode == 1, r.stderr
    assert f"vismanet job {job.id} --wait" in r.stderr
    assert "job.wait()" not in r.stderr and "background_job(" not in r.stderr


def test_attach_to_a_resource_without_attachments(served: tuple[Sandbox, list[str]], tmp_path: Path) -> None:
    _, conn = served
    f = tmp_path / "f.pdf"
    f.write_bytes(b"%PDF-1.4\n")
    r = run("attach", "customer", "10001", str(f), *conn)
    assert r.returncode == 2 and "customer has no attachment endpoint" in r.stderr


def test_attach_to_an_invoice_line_uses_the_line_level_endpoint(
    served: tuple[Sandbox, list[str]], tmp_path: Path
) -> None:
    sb, conn = served
    f = tmp_path / "f.pdf"
    f.write_bytes(b"%PDF-1.4\n")
    invoice = sb.keys("customerinvoice")[0]
    before = len(sb.request_log)
    r = run("attach", "customerinvoice", f"{invoice}/1", str(f), *conn)
    assert r.returncode == 0, r.stderr
    posted = [e.path for e in list(sb.request_log)[before:] if e.method == "POST"]
    assert posted and posted[-1].lower().endswith(f"/customerinvoice/{invoice}/1/attachment".lower())
    attachment_id = r.stdout.strip()
    assert re.fullmatch(r"[0-9a-f-]{36}", attachment_id), r.stdout  # printed like `create` prints the new id
    assert "line-level" in r.stderr
    r = run("attach", "customerinvoice", "a/b/c", str(f), *conn)
    assert r.returncode == 2 and "ID (invoiceNumber) or ID/LINE (invoiceNumber/lineNumber)" in r.stderr


def test_sandbox_hint_is_json(served: tuple[Sandbox, list[str]]) -> None:
    import httpx

    _, conn = served
    # A bare value where Visma wants {"value": ...} (sent raw: the SDK's typed create would wrap it).
    r = httpx.post(f"{conn[1]}/v1/customer", json={"name": "Fjord AS", "number": "10001"},
                   headers={"Authorization": f"Bearer {conn[3]}"})
    assert r.status_code == 400
    message = r.json()["message"]
    assert '{"name": {"value": "Fjord AS"}}' in message and "'Fjord AS'" not in message


def test_address_in_use_names_the_port() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        port = s.getsockname()[1]
        r = run("sandbox", "serve", "--port", str(port), timeout=30)
    assert r.returncode == 1, r.stderr
    assert f"port {port}" in r.stderr and "already in use" in r.stderr and "--port 0" in r.stderr


def test_a_401_hints_about_the_token(served: tuple[Sandbox, list[str]]) -> None:
    sb, conn = served
    r = run("get", "customer", sb.keys("customer")[0], "--base-url", conn[1], "--token", "expired-token-0000")
    assert r.returncode == 1
    assert "401" in r.stderr and "token" in r.stderr.split("401", 1)[1] and "--token-file" in r.stderr
