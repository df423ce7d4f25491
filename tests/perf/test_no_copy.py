"""The export loop hands the writer the decoded record itself (no per-record copy), without its metadata."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from vismanet_ext.cli.export import Page, clean, run_export
from vismanet_ext.cli.outfile import Output
from vismanet_ext.cli.progress import Progress


class Recorder:
    on_phase = None

    def __init__(self) -> None:
        self.records: list[Mapping[str, Any]] = []
        self.committed = False

    @property
    def output(self) -> Output:
        raise AssertionError("not used")

    def write(self, record: Mapping[str, Any]) -> None:
        raise AssertionError("the export writes a page at a time")

    def write_records(self, records: list[Mapping[str, Any]], *, decoded: bool = False) -> None:
        assert decoded  # the pager's own decoded records
        self.records.extend(records)

    def commit(self) -> None:
        self.committed = True

    def abort(self) -> None:
        raise AssertionError("not aborted")


def test_records_reach_the_writer_without_a_copy_and_without_paging_metadata() -> None:
    decoded = [{"internalId": i, "metadata": {"totalCount": 3, "maxPageSize": 1000}} for i in range(3)]
    other = {"internalId": 9, "metadata": {"note": "a field of the record, kept"}}
    frozen = MappingProxyType({"internalId": 10, "metadata": {"totalCount": 3}})
    writer = Recorder()
    summary = run_export([Page([*decoded, other, frozen], 3)], writer, progress=Progress(None))  # type: ignore[arg-type]
    assert summary.written == 5 and writer.committed
    assert [id(r) for r in writer.records[:4]] == [id(r) for r in [*decoded, other]]  # the same objects
    assert writer.records[:3] == [{"internalId": 0}, {"internalId": 1}, {"internalId": 2}]
    assert writer.records[3] == {"internalId": 9, "metadata": {"note": "a field of the record, kept"}}
    assert writer.records[4] == {"internalId": 10} and dict(frozen) == {"internalId": 10, "metadata": {"totalCount": 3}}


def test_clean_still_returns_a_copy_and_leaves_its_argument_alone() -> None:
    record = {"a": 1, "metadata": {"totalCount": 5}}
    assert clean(record) == {"a": 1} and record == {"a": 1, "metadata": {"totalCount": 5}}
