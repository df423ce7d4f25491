"""The export loop without HTTP: ordering of output commit and state save, abort on errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from vismanet_ext.cli.export import Page, clean, run_export, total_of
from vismanet_ext.cli.progress import Progress
from vismanet_ext.cli.state import Deduper, StateFile
from vismanet_ext.cli.writers import open_writer


def _pages(fail_after: int | None = None) -> Iterator[Page]:
    for n in range(3):
        if fail_after is not None and n == fail_after:
            raise RuntimeError("server went away")
        records = [
            {"internalId": n * 10 + i, "lastModifiedDateTime": f"2025-01-0{n + 1}T00:00:0{i}",
             "metadata": {"totalCount": 6, "maxPageSize": 2}}
            for i in range(2)
        ]
        yield Page(records, total_of(records))


def test_metadata_is_stripped_and_total_read() -> None:
    r = {"a": 1, "metadata": {"totalCount": 5}}
    assert clean(r) == {"a": 1} and total_of([r]) == 5
    assert clean({"metadata": {"other": 1}}) == {"metadata": {"other": 1}}


def test_state_saved_only_after_output_committed(tmp_path: Path) -> None:
    out, state_path = tmp_path / "o.jsonl", tmp_path / "s.json"
    sf = StateFile(str(state_path))
    d = Deduper(sf.get("k"), timedelta(0))
    progress = Progress(None)
    summary = run_export(_pages(), open_writer("jsonl", str(out)), progress=progress, deduper=d, state=(sf, "k"))
    assert summary.written == 6 and progress.total == 6
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["internalId"] for r in lines] == [0, 1, 10, 11, 20, 21] and "metadata" not in lines[0]
    assert StateFile(str(state_path)).get("k").watermark == "2025-01-03T00:00:01"


def test_failure_mid_export_removes_output_and_keeps_state(tmp_path: Path) -> None:
    out, state_path = tmp_path / "o.csv", tmp_path / "s.json"
    sf = StateFile(str(state_path))
    d = Deduper(sf.get("k"), timedelta(0))
    with pytest.raises(RuntimeError):
        run_export(_pages(fail_after=2), open_writer("csv", str(out)), progress=Progress(None), deduper=d, state=(sf, "k"))
    assert list(tmp_path.iterdir()) == []


def test_client_side_since_guard(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    s = run_export(_pages(), open_writer("jsonl", str(out)), progress=Progress(None), since=datetime(2025, 1, 2))
    assert (s.written, s.skipped) == (4, 2)
