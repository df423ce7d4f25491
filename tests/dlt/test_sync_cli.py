"""`vismanet sync`: the command line face of the dlt source (subprocesses and in-process main())."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest

from vismanet_ext.cli import main
from vismanet_ext.sandbox import Sandbox
from vismanet_ext.tenants import Tenants

SIZES = "customer=30,supplier=12,customerinvoice=10,account=8,journaltransaction=6"


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VISMANET_")}
    env.update(DLT_DATA_DIR=str(tmp_path / "dlt-data"), VISMANET_SANDBOX_SIZES=SIZES, **extra)
    return env


def _sync(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vismanet_ext.cli", "sync", *args], check=False, cwd=tmp_path,
                          env=_env(tmp_path, **env), capture_output=True, text=True, timeout=300)


def _counts(path: Path, dataset: str = "visma_net") -> dict[str, int]:
    with duckdb.connect(str(path), read_only=True) as db:
        tables = [r[0] for r in db.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_name NOT LIKE '_dlt%'",
            [dataset]).fetchall()]
        return {t: db.execute(f'SELECT COUNT(*) FROM {dataset}."{t}"').fetchone()[0] for t in tables}  # type: ignore[index]


def test_sync_sandbox_creates_a_duckdb_file_and_a_second_run_loads_nothing(tmp_path: Path) -> None:
    first = _sync(tmp_path, "--sandbox")
    assert first.returncode == 0, first.stderr
    counts = _counts(tmp_path / "visma.duckdb")
    assert counts["customer"] == 30 and counts["supplier"] == 12 and counts["account"] == 8
    assert counts["journaltransaction"] == 6 and counts["customerinvoice__invoice_lines"] > 10
    assert "customer [sandbox-tenant]: 30 new or changed" in first.stderr
    assert "loaded" in first.stderr

    second = _sync(tmp_path, "--sandbox")
    assert second.returncode == 0, second.stderr
    assert "nothing new to load" in second.stderr
    assert _counts(tmp_path / "visma.duckdb") == counts


def test_sync_named_resources_and_tenants_into_postgres(tmp_path: Path, postgres_url: str) -> None:
    dsn = postgres_url
    dataset = f"cli_{os.getpid()}_{tmp_path.name[-8:]}".replace("-", "_").lower()
    run = _sync(tmp_path, "customer", "account", "--sandbox", "--tenant", "a", "--tenant", "b",
                "--to", dsn, "--dataset", dataset, "--work-dir", str(tmp_path))
    assert run.returncode == 0, run.stderr
    assert ":***@" in run.stderr and ":vismanet@" not in run.stderr  # the password is never printed
    import psycopg2

    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(f"SELECT tenant_id, COUNT(*) FROM {dataset}.customer GROUP BY 1 ORDER BY 1")
        assert cur.fetchall() == [("a", 30), ("b", 30)]
        cur.execute(f"DROP SCHEMA {dataset} CASCADE")


def test_usage_errors_exit_2_before_anything_is_sent(tmp_path: Path) -> None:
    for args, text in (
        (["--sandbox", "nosuchthing"], "unknown resource"),
        (["--sandbox", "--to", "mysql://x"], "unsupported destination"),
        (["--sandbox", "--to", "duckdb:///missing/dir/x.duckdb"], "does not exist"),
        (["customer"], "VISMANET_CLIENT_ID"),
        ([], "name the listings"),
        (["--sandbox", "--token", "abc"], "cannot be combined"),
        (["--sandbox", "--overlap", "nan"], "--overlap"),
        (["--sandbox", "--page-size", "0"], "--page-size"),
    ):
        run = _sync(tmp_path, *args)
        assert run.returncode == 2, (args, run.stderr)
        assert text in run.stderr, (args, run.stderr)
    assert not (tmp_path / "visma.duckdb").exists()


def test_a_failing_tenant_exits_1_and_the_others_are_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DLT_DATA_DIR", str(tmp_path / "dlt-data"))
    server = Sandbox(tenants=["ok", "broken"], sizes={"customer": 9})
    server.fail_tenant("broken")

    def pool(args: Any, environ: Any) -> tuple[Tenants, list[str]]:
        return Tenants.sandbox(server), ["ok", "broken"]

    monkeypatch.setattr("vismanet_ext.cli.sync._sandbox_pool", pool)
    target = tmp_path / "out.duckdb"
    code = main(["sync", "customer", "--sandbox", "--to", f"duckdb:///{target}", "--work-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "customer [broken]: failed" in err and "invalid_grant" in err
    assert _counts(target) == {"customer": 9}


def test_sync_with_client_credentials_over_loopback(tmp_path: Path) -> None:
    server = Sandbox(tenants=["c1", "c2"], sizes={"customer": 7})
    with server.serve(port=0) as url:
        creds = server.client_kwargs(url)
        run = _sync(tmp_path, "customer", "--base-url", url, "--to", "duckdb:///x.duckdb",
                    VISMANET_CLIENT_ID=creds["client_id"], VISMANET_CLIENT_SECRET=creds["client_secret"],
                    VISMANET_TOKEN_URL=creds["token_url"], VISMANET_TENANT_ID="c1,c2")
    assert run.returncode == 0, run.stderr
    assert _counts(tmp_path / "x.duckdb") == {"customer": 14}
    assert server.token_requests == 2


def test_sigterm_during_a_sync_exits_143(tmp_path: Path) -> None:
    import signal

    env = _env(tmp_path, VISMANET_SANDBOX_LATENCY="0.3")
    proc = subprocess.Popen([sys.executable, "-m", "vismanet_ext.cli", "sync", "customer", "--sandbox",
                             "--page-size", "5", "--concurrency", "1", "--progress"], cwd=tmp_path, env=env,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    for line in proc.stderr:  # wait until records are arriving (30 customers in 5-record pages, 0.3 s each)
        if "records..." in line:
            break
    proc.send_signal(signal.SIGTERM)
    rest = proc.stderr.read()
    assert proc.wait(timeout=120) == 143, rest
    assert "terminated (SIGTERM)" in rest
