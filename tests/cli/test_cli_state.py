"""Incremental state: watermark, overlap de-duplication, atomic save, validation."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from vismanet_ext.cli.errors import UsageError
from vismanet_ext.cli.state import (
    Checkpoint,
    Deduper,
    StateFile,
    entry_key,
    format_filter,
    parse_timestamp,
    record_key,
)


def rec(n: int, stamp: str, **extra: object) -> dict[str, object]:
    return {"internalId": n, "lastModifiedDateTime": stamp, **extra}


def test_timestamps() -> None:
    assert parse_timestamp("2025-01-02T03:04:05.1234567") == datetime(2025, 1, 2, 3, 4, 5, 123456)
    assert parse_timestamp("2025-01-02T03:04:05+02:00") == datetime(2025, 1, 2, 3, 4, 5)  # wall clock kept
    assert format_filter(datetime(2025, 1, 2, 3, 4, 5, 999999)) == "2025-01-02 03:04:05.999"


def test_record_key_prefers_identity_fields_then_digest() -> None:
    assert record_key({"internalId": 7, "number": "x"}) == "internalId=7"
    assert record_key({"documentType": "Invoice", "referenceNumber": "001"}) == "documentType=Invoice/referenceNumber=001"
    k1 = record_key({"description": "a", "x": {"y": 1}})
    assert k1.startswith("sha256=") and k1 == record_key({"x": {"y": 1}, "description": "a"})
    assert k1 != record_key({"description": "b", "x": {"y": 1}})


def test_first_run_then_incremental_run_neither_misses_nor_repeats() -> None:
    overlap = timedelta(minutes=5)
    first = Deduper(Checkpoint(), overlap)
    assert first.start() is None
    batch1 = [rec(1, "2025-01-01T10:00:00"), rec(2, "2025-01-01T12:00:00"), rec(3, "2025-01-01T12:00:00")]
    assert [first.admit(r) for r in batch1] == [True, True, True]
    cp = first.checkpoint()
    assert cp.watermark == "2025-01-01T12:00:00"
    assert cp.seen == {"internalId=2|2025-01-01T12:00:00", "internalId=3|2025-01-01T12:00:00"}  # 1 is outside overlap

    second = Deduper(cp, overlap)
    assert second.start() == datetime(2025, 1, 1, 11, 55)
    # The server returns everything >= 11:55: the two boundary records again, record 2 modified again,
    # and a record committed late with an older timestamp inside the overlap.
    batch2 = [
        rec(3, "2025-01-01T12:00:00"),
        rec(2, "2025-01-01T12:30:00"),
        rec(4, "2025-01-01T11:58:00"),
    ]
    assert [second.admit(r) for r in batch2] == [False, True, True]
    assert second.skipped == 1 and second.admitted == 2
    cp2 = second.checkpoint()
    assert cp2.watermark == "2025-01-01T12:30:00"
    assert cp2.seen == {"internalId=2|2025-01-01T12:30:00"}


def test_empty_run_keeps_watermark() -> None:
    cp = Checkpoint(watermark="2025-01-01T12:00:00", seen={"internalId=2|2025-01-01T12:00:00"})
    d = Deduper(cp, timedelta(0))
    after = d.checkpoint()
    assert after.watermark == cp.watermark and after.seen == cp.seen


def test_records_without_timestamp_are_written_not_tracked() -> None:
    d = Deduper(Checkpoint(), timedelta(0))
    assert d.admit({"internalId": 1}) and d.admit({"internalId": 1})
    assert d.checkpoint().watermark is None


def test_state_file_roundtrip_and_multiple_entries(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    sf = StateFile(str(path))
    assert sf.get("/v1/customer").watermark is None
    sf.save("/v1/customer", Checkpoint(watermark="2025-01-01T00:00:00", seen={"k|2025-01-01T00:00:00"}, exported=3))
    sf2 = StateFile(str(path))
    sf2.save(entry_key("/v1/supplier", {"status": "Active"}), Checkpoint(watermark="2025-02-01"))
    again = StateFile(str(path))
    assert again.get("/v1/customer").seen == {"k|2025-01-01T00:00:00"}
    assert again.get("/v1/supplier?status=Active").watermark == "2025-02-01"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json"]  # no temp files left


@pytest.mark.parametrize(
    "content, match",
    [
        ("not json", "unreadable"),
        ('{"version": 99, "exports": {}}', "not a vismanet export state"),
        ('{"version": 1, "exports": {"/v1/customer": {"watermark": "soon"}}}', "bad watermark"),
    ],
)
def test_bad_state_files_are_usage_errors(tmp_path: Path, content: str, match: str) -> None:
    path = tmp_path / "state.json"
    path.write_text(content)
    with pytest.raises(UsageError, match=match):
        StateFile(str(path)).get("/v1/customer")


def test_state_in_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="does not exist"):
        StateFile(str(tmp_path / "no" / "state.json"))


def test_saved_file_is_plain_json(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    StateFile(str(path)).save("/v1/x", Checkpoint(watermark="2025-01-01"))
    data = json.loads(path.read_text())
    assert data["version"] == 1 and data["exports"]["/v1/x"]["watermark"] == "2025-01-01"


def test_memory_is_bounded_by_the_overlap_window() -> None:
    d = Deduper(Checkpoint(), timedelta(seconds=10))
    for i in range(20_000):  # one record per second, ascending: at most ~11 inside any 10 s window
        sec = i % 60
        minute = (i // 60) % 60
        hour = i // 3600
        assert d.admit(rec(i, f"2025-01-01T{hour:02d}:{minute:02d}:{sec:02d}"))
    assert len(d._kept) < 2048  # pruned as the newest advanced (not 20,000)
    cp = d.checkpoint()
    assert len(cp.seen) == 11 and cp.exported == 20_000
