"""The CLI as users run it: a subprocess talking to the sandbox over loopback HTTP.

Kept to one subprocess per behaviour; the pieces are unit-tested in the other test_cli_* files.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from vismanet_ext.sandbox import Sandbox

CUSTOMERS = 45
PAGE = "10"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VISMANET_")}
    env.update(extra)
    return env


def _default_sigint() -> None:
    # The child must start with the default SIGINT disposition so Python turns SIGINT into
    # KeyboardInterrupt, whatever the test runner's own shell did with the signal.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vismanet_ext.cli", *args],
        capture_output=True, text=True, env=env if env is not None else _env(), timeout=timeout,
    )


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[Sandbox, list[str]]]:
    sb = Sandbox(seed=7, sizes={"customer": CUSTOMERS, "supplier": 3})
    with sb, sb.serve(port=0) as base_url:
        yield sb, ["--base-url", base_url, "--token", sb.issue_token()]


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_export_every_format_matches_the_sandbox(served: tuple[Sandbox, list[str]], tmp_path: Path) -> None:
    sb, conn = served
    expected = sb.records("customer")
    for fmt in ("jsonl", "csv", "json"):
        out = tmp_path / f"customers.{fmt}"
        r = run("export", "customer", *conn, "--page-size", PAGE, "--out", str(out), "--concurrency", "3")
        assert r.returncode == 0, r.stderr
        assert f"exported {CUSTOMERS} customer records" in r.stderr
        if fmt == "jsonl":
            assert _jsonl(out) == expected
        elif fmt == "json":
            assert json.loads(out.read_text(encoding="utf-8")) == expected
        else:
            rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
            assert [row["number"] for row in rows] == [c["number"] for c in expected]
            assert [row["mainAddress.city"] for row in rows] == [c["mainAddress"]["city"] for c in expected]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["customers.csv", "customers.json", "customers.jsonl"]


def test_export_to_stdout_quiet(served: tuple[Sandbox, list[str]]) -> None:
    sb, conn = served
    r = run("export", "supplier", *conn, "--quiet")
    assert r.returncode == 0 and r.stderr == ""
    assert [json.loads(line) for line in r.stdout.splitlines()] == sb.records("supplier")


def test_since_filters_on_last_modified(served: tuple[Sandbox, list[str]]) -> None:
    sb, conn = served
    stamps = sorted(c["lastModifiedDateTime"] for c in sb.records("customer"))
    since = stamps[len(stamps) // 2][:19].replace("T", " ")
    expected = [c["number"] for c in sb.records("customer") if c["lastModifiedDateTime"][:19] >= since.replace(" ", "T")]
    r = run("export", "customer", *conn, "--since", since, "-q", "--page-size", PAGE)
    assert r.returncode == 0, r.stderr
    got = [json.loads(line)["number"] for line in r.stdout.splitlines()]
    assert got == expected and 0 < len(got) < CUSTOMERS


def test_state_across_runs_misses_nothing_repeats_nothing(tmp_path: Path) -> None:
    sb = Sandbox(seed=3, sizes={"customer": 30})
    with sb, sb.serve(port=0) as base_url:
        conn = ["--base-url", base_url, "--token", sb.issue_token()]
        state = tmp_path / "sync.json"
        first = tmp_path / "1.jsonl"
        r = run("export", "customer", *conn, "--state", str(state), "--out", str(first), "--page-size", "7")
        assert r.returncode == 0, r.stderr
        assert len(_jsonl(first)) == 30 and state.exists()

        keys = sb.keys("customer")
        sb.touch("customer", keys[3])
        sb.update("customer", keys[17], name="Renamed AS")
        new = sb.insert("customer", 2)

        second = tmp_path / "2.jsonl"
        r = run("export", "customer", *conn, "--state", str(state), "--out", str(second), "--page-size", "7")
        assert r.returncode == 0, r.stderr
        got = _jsonl(second)
        assert sorted(c["number"] for c in got) == sorted([keys[3], keys[17], *new])
        assert {c["number"]: c for c in got}[keys[17]]["name"] == "Renamed AS"

        third = tmp_path / "3.jsonl"
        r = run("export", "customer", *conn, "--state", str(state), "--out", str(third))
        assert r.returncode == 0, r.stderr
        assert third.read_text() == ""


@pytest.mark.parametrize("signum, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_interrupted_export_leaves_no_output(tmp_path: Path, signum: int, code: int) -> None:
    sb = Sandbox(seed=1, sizes={"customer": 200})
    sb.faults.latency = 0.2
    with sb, sb.serve(port=0) as base_url:
        out = tmp_path / "customers.csv"
        proc = subprocess.Popen(
            [sys.executable, "-m", "vismanet_ext.cli", "export", "customer", "--base-url", base_url,
             "--token", sb.issue_token(), "--page-size", "5", "--out", str(out)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(), preexec_fn=_default_sigint,
        )
        try:
            deadline = time.monotonic() + 30
            while not any(p.name.endswith(".part") for p in tmp_path.iterdir()):  # export under way
                assert proc.poll() is None, proc.communicate()
                assert time.monotonic() < deadline, "export never started"
                time.sleep(0.02)
            proc.send_signal(signum)
            _, stderr = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert proc.returncode == code, stderr
    assert list(tmp_path.iterdir()) == []
    assert "Traceback" not in stderr


def test_api_error_exit_1_shows_vismas_message(served: tuple[Sandbox, list[str]]) -> None:
    _, conn = served
    r = run("get", "customer", "nope-999", *conn)
    assert r.returncode == 1
    assert "404" in r.stderr and "Customer 'nope-999' was not found" in r.stderr and "Traceback" not in r.stderr
    r = run("get", "customer", "nope-999", *conn, "--debug")
    assert r.returncode == 1 and "Traceback" in r.stderr


def test_network_error_exit_1(tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = run("export", "customer", "--base-url", f"http://127.0.0.1:{port}", "--token", "t", "--retries", "0",
            "--out", str(tmp_path / "x.jsonl"))
    assert r.returncode == 1 and "vismanet: error:" in r.stderr and "Traceback" not in r.stderr
    assert list(tmp_path.iterdir()) == []


def test_usage_error_exit_2_with_suggestion() -> None:
    r = run("export", "custmer", "--sandbox")
    assert r.returncode == 2 and "did you mean: customer" in r.stderr and "Traceback" not in r.stderr


def test_missing_credentials_names_the_variables() -> None:
    r = run("export", "customer")
    assert r.returncode == 2
    for name in ("VISMANET_TOKEN", "VISMANET_CLIENT_ID", "VISMANET_CLIENT_SECRET", "VISMANET_TENANT_ID", "--sandbox"):
        assert name in r.stderr


def test_sandbox_flag_runs_offline_and_says_so() -> None:
    r = run("export", "customer", "--sandbox", env=_env(VISMANET_SANDBOX_SIZES="customer=12"))
    assert r.returncode == 0, r.stderr
    assert "offline sandbox" in r.stderr and len(r.stdout.splitlines()) == 12
    r = run("export", "customer", "--sandbox", "-q", env=_env(VISMANET_SANDBOX_SIZES="customer=2"))
    assert r.returncode == 0 and r.stderr == "" and len(r.stdout.splitlines()) == 2


def test_create_get_attach(served: tuple[Sandbox, list[str]], tmp_path: Path) -> None:
    sb, conn = served
    body = tmp_path / "new.json"
    body.write_text(json.dumps({"name": {"value": "Fjord Test AS"}, "status": {"value": "Active"}}))
    r = run("create", "customer", "--json", str(body), *conn)
    assert r.returncode == 0, r.stderr
    new_id = r.stdout.strip()
    assert sb.record("customer", new_id)["name"] == "Fjord Test AS"  # type: ignore[index]
    r = run("get", "customer", new_id, *conn)
    assert r.returncode == 0 and json.loads(r.stdout)["name"] == "Fjord Test AS"
    doc = tmp_path / "note.txt"
    doc.write_text("hello")
    r = run("attach", "salesorder", sb.keys("salesorder")[0], str(doc), *conn)
    assert r.returncode == 0, r.stderr and "attached note.txt" in r.stderr


def test_version_and_no_model_import() -> None:
    r = run("--version")
    assert r.returncode == 0
    from vismanet_client import SPEC
    from vismanet_ext._version import __version__

    assert __version__ in r.stdout and SPEC.title in r.stdout and SPEC.sha256[:12] in r.stdout
    # Baseline: whatever `import vismanet_ext` costs by itself (its __init__ belongs to the client layer);
    # the CLI must add none of the generated package (models included), httpx or the sandbox on top.
    probe = (
        "import sys, io, contextlib\n"
        "import vismanet_ext\n"
        "before = set(sys.modules)\n"
        "from vismanet_ext.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['--version']) == 0\n"
        "    assert main(['--help']) == 0\n"
        "    assert main(['export', '--help']) == 0\n"
        "heavy = ('vismanet_client', 'httpx', 'attr', 'vismanet_ext.sandbox', 'vismanet_ext.client')\n"
        "print(sorted(m for m in set(sys.modules) - before if m.startswith(heavy)))\n"
        "print(any(m.startswith('vismanet_client.models') for m in sys.modules))\n"
    )
    p = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=_env(), timeout=60)
    assert p.returncode == 0, p.stderr
    assert p.stdout.split("\n")[:2] == ["[]", "False"]


def test_job_wait_reports_the_outcome(served: tuple[Sandbox, list[str]]) -> None:
    sb, conn = served
    from vismanet_ext import VismaNet

    key = sb.keys("customer")[0]
    with VismaNet(conn[1], conn[3]) as vn:
        job = vn.start_background("GET /v1/customer/{customerCd}", customerCd=key)
    r = run("job", job.id, "--wait", *conn)
    assert r.returncode == 0, r.stderr
    outcome = json.loads(r.stdout)
    assert outcome["id"] == job.id and outcome["statusCode"] == 200 and outcome["content"]["number"] == key
    r = run("job", "no-such-job", *conn)
    assert r.returncode == 1 and "24 hours" in r.stderr


def test_sandbox_serve_until_interrupted() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "vismanet_ext.cli", "sandbox", "serve", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(), preexec_fn=_default_sigint,
    )
    try:
        assert proc.stdout is not None
        base_url = proc.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:")
        import httpx

        token = httpx.post(f"{base_url}/connect/token", data={
            "grant_type": "client_credentials", "client_id": "sandbox", "client_secret": "sandbox",
            "tenant_id": "sandbox-tenant", "scope": "vismanet_erp_service_api:read",
        }).json()["access_token"]
        r = httpx.get(f"{base_url}/v1/customer", params={"pageSize": 2, "pageNumber": 1},
                      headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200 and len(r.json()) == 2
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0 and "sandbox serving at" in err and "Traceback" not in err
