"""Helpers shared by the sandbox tests (imported by name; the folder is on sys.path)."""

from __future__ import annotations

from typing import Any

import httpx


class FakeClock:
    """Injectable time: tests move it instead of sleeping."""

    def __init__(self, start: float = 1_767_225_600.0) -> None:  # 2026-01-01, after all seeded history
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def page_all(client: httpx.Client, path: str, page_size: int, **params: Any) -> list[dict[str, Any]]:
    """Read every page the way the docs recommend: until totalCount is reached."""
    records: list[dict[str, Any]] = []
    page = 1
    while True:
        reply = client.get(path, params={**params, "pageSize": page_size, "pageNumber": page})
        assert reply.status_code == 200, reply.text
        batch = reply.json()
        records.extend(batch)
        if not batch or len(records) >= batch[0]["metadata"]["totalCount"]:
            return records
        page += 1
