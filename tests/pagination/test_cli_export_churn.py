"""`vismanet export` as a subprocess under churn: every surviving record, or exit 1 with nothing kept.

The watermark in --state must never move past a gap: when the pager cannot prove the listing complete
(IncompleteListing) the output file is not kept and the state file is left as it was.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from vn_loopback import Listing, Loopback, customers

from vismanet_ext.sandbox import Sandbox


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("VISMANET_")}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vismanet_ext.cli", *args],
        check=False, capture_output=True, text=True, env=_env(), timeout=120,
    )


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("concurrency", ["1", "4"])
def test_export_with_state_under_deletes_keeps_every_surviving_record(tmp_path: Path, concurrency: str) -> None:
    sb = Sandbox(seed=5, sizes={"customer": 64})
    original = sb.keys("customer")
    doomed = [original[1], original[2], original[9], original[30]]  # pages 1 and 4, read before they go
    sb.faults.delete_after_list_call(3, "customer", doomed)
    out, state = tmp_path / "c.jsonl", tmp_path / "state.json"
    with sb, sb.serve(port=0) as url:
        conn = ["--base-url", url, "--token", sb.issue_token()]
        r = run("export", "customer", *conn, "--page-size", "8", "--concurrency", concurrency,
                "--state", str(state), "--out", str(out))
    assert r.returncode == 0, r.stderr
    got = [c["number"] for c in _jsonl(out)]
    assert len(got) == len(set(got))
    assert set(original) - set(doomed) <= set(got)
    assert state.exists()


def test_an_incomplete_listing_exits_1_keeps_no_output_and_leaves_the_state_alone(tmp_path: Path, loopback: Loopback) -> None:
    stamped = [dict(c, lastModifiedDateTime=f"2024-01-{1 + i % 28:02d}T10:00:00") for i, c in enumerate(customers(25))]
    listing = Listing(stamped)
    loopback.route("GET", "/v1/customer", listing)
    conn = ["--base-url", loopback.base_url, "--token", "t"]
    state = tmp_path / "state.json"
    first = run("export", "customer", *conn, "--page-size", "10", "--state", str(state), "--out", str(tmp_path / "1.jsonl"))
    assert first.returncode == 0, first.stderr
    saved = state.read_bytes()

    listing.stale_total = 40  # the server now counts 15 records it never serves
    out = tmp_path / "2.jsonl"
    r = run("export", "customer", *conn, "--page-size", "10", "--state", str(state), "--out", str(out))
    assert r.returncode == 1
    assert "but the server's last totalCount is 40" in r.stderr
    assert f"Export failed: {out} was not written; the state file was not advanced." in r.stderr
    assert "Traceback" not in r.stderr
    assert not out.exists() and [p.name for p in tmp_path.iterdir() if p.name.startswith(".2.jsonl")] == []
    assert state.read_bytes() == saved


def test_max_pages_and_a_repeating_server_stop_the_export(tmp_path: Path, loopback: Loopback) -> None:
    loopback.route("GET", "/v1/customer", Listing(customers(100)))
    loopback.route("GET", "/v1/supplier", Listing(customers(50), ignore_page_number=True))
    conn = ["--base-url", loopback.base_url, "--token", "t"]
    out = tmp_path / "c.jsonl"
    r = run("export", "customer", *conn, "--page-size", "10", "--max-pages", "3", "--out", str(out))
    assert r.returncode == 1 and "after 3 pages (max_pages)" in r.stderr and not out.exists()
    before = len(loopback.requests)
    r = run("export", "supplier", *conn, "--page-size", "10", "--out", str(out))
    assert r.returncode == 1 and "ignore pageNumber" in r.stderr and not out.exists()
    assert len(loopback.requests) - before == 3
    assert run("export", "customer", *conn, "--max-pages", "0").returncode == 2
